package org.gongkai.portal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.disclosure.PublicCatalogue;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.Zones;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feeds and discovery: Atom and RSS 2.0 of an agency's newest published entries (of all
 * items, or of one item of Article 20), {@code sitemap.xml} and {@code robots.txt}. A
 * withdrawn entry leaves the feeds with its public version.
 */
@RestController
class FeedController {

	/** Entries per feed. */
	static final int FEED_SIZE = 20;

	/** Entries in the sitemap (the protocol's limit per file). */
	static final int SITEMAP_SIZE = 50_000;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final AgencyDirectory directory;

	private final PublicCatalogue catalogue;

	private final PortalLinks links;

	private final MessageSource messages;

	FeedController(AgencyDirectory directory, PublicCatalogue catalogue, PortalLinks links, MessageSource messages) {
		this.directory = directory;
		this.catalogue = catalogue;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping("/agencies/{id}/feed.atom")
	ResponseEntity<String> agencyAtom(@PathVariable long id) {
		return ResponseEntity.ok().contentType(ATOM).body(atom(agency(id), null));
	}

	@GetMapping("/agencies/{id}/feed.rss")
	ResponseEntity<String> agencyRss(@PathVariable long id) {
		return ResponseEntity.ok().contentType(RSS).body(rss(agency(id), null));
	}

	@GetMapping("/agencies/{id}/items/{item}/feed.atom")
	ResponseEntity<String> itemAtom(@PathVariable long id, @PathVariable int item) {
		return ResponseEntity.ok().contentType(ATOM).body(atom(agency(id), item(item)));
	}

	@GetMapping("/agencies/{id}/items/{item}/feed.rss")
	ResponseEntity<String> itemRss(@PathVariable long id, @PathVariable int item) {
		return ResponseEntity.ok().contentType(RSS).body(rss(agency(id), item(item)));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		url(xml, links.absolute("/"), null);
		for (AgencyDirectory.Entry agency : directory.disclosing()) {
			url(xml, links.agency(agency.id()), null);
			url(xml, links.agency(agency.id()) + "/guide", null);
			url(xml, links.agency(agency.id()) + "/catalogue", null);
			url(xml, links.agency(agency.id()) + "/rules", null);
		}
		for (PublicCatalogue.Stamp stamp : catalogue.stamps(SITEMAP_SIZE - 1 - 4 * directory.disclosing().size())) {
			url(xml, links.entry(stamp.id()), stamp.publishedOn());
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(XML).body(xml.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.body("User-agent: *\nDisallow: /console\nDisallow: /api/\nDisallow: /track\nSitemap: "
					+ links.absolute("/sitemap.xml") + "\n");
	}

	private static void url(StringBuilder xml, String location, LocalDate modified) {
		xml.append("  <url><loc>").append(escape(location)).append("</loc>");
		if (modified != null) {
			xml.append("<lastmod>").append(modified).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

	private AgencyDirectory.Entry agency(long id) {
		return directory.disclosing()
			.stream()
			.filter(entry -> entry.id() == id)
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("机关", id));
	}

	private static Integer item(int item) {
		if (item < 1 || item > 15) {
			throw new RecordNotFound("第二十条事项", item);
		}
		return item;
	}

	private List<PublicCatalogue.Line> lines(AgencyDirectory.Entry agency, Integer item) {
		return catalogue.list(new PublicCatalogue.Query(agency.id(), item, null, null, null, false, 1, FEED_SIZE))
			.lines();
	}

	private String title(AgencyDirectory.Entry agency, Integer item) {
		String column = messages.getMessage("column.statutory", null, Locale.SIMPLIFIED_CHINESE);
		String itemLabel = item == null ? ""
				: " · " + messages.getMessage("disclosure.article20." + item, null, "", Locale.SIMPLIFIED_CHINESE);
		return agency.name() + " " + column + itemLabel;
	}

	private String self(AgencyDirectory.Entry agency, Integer item, String kind) {
		return links.agency(agency.id()) + (item == null ? "" : "/items/" + item) + "/feed." + kind;
	}

	String atom(AgencyDirectory.Entry agency, Integer item) {
		List<PublicCatalogue.Line> lines = lines(agency, item);
		String updated = lines.isEmpty() ? "2000-01-01T00:00:00Z" : instant(lines.get(0).publishedOn());
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
			.append("  <id>")
			.append(escape(self(agency, item, "atom")))
			.append("</id>\n")
			.append("  <title>")
			.append(escape(title(agency, item)))
			.append("</title>\n")
			.append("  <updated>")
			.append(updated)
			.append("</updated>\n")
			.append("  <link rel=\"self\" href=\"")
			.append(escape(self(agency, item, "atom")))
			.append("\"/>\n")
			.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
			.append(escape(links.agency(agency.id()) + "/catalogue" + (item == null ? "" : "?item=" + item)))
			.append("\"/>\n")
			.append("  <author><name>")
			.append(escape(agency.name()))
			.append("</name></author>\n");
		for (PublicCatalogue.Line line : lines) {
			xml.append("  <entry>\n")
				.append("    <id>")
				.append(escape(links.entry(line.id())))
				.append("</id>\n")
				.append("    <title>")
				.append(escape(line.title()))
				.append("</title>\n")
				.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
				.append(escape(links.entry(line.id())))
				.append("\"/>\n")
				.append("    <updated>")
				.append(instant(line.publishedOn()))
				.append("</updated>\n")
				.append("    <summary>")
				.append(escape(line.indexNumber() + (line.documentNumber() == null ? "" : " " + line.documentNumber())))
				.append("</summary>\n")
				.append("  </entry>\n");
		}
		return xml.append("</feed>\n").toString();
	}

	String rss(AgencyDirectory.Entry agency, Integer item) {
		List<PublicCatalogue.Line> lines = lines(agency, item);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
			.append("  <title>")
			.append(escape(title(agency, item)))
			.append("</title>\n")
			.append("  <link>")
			.append(escape(links.agency(agency.id())))
			.append("</link>\n")
			.append("  <description>")
			.append(escape(title(agency, item)))
			.append("</description>\n")
			.append("  <language>zh-cn</language>\n")
			.append("  <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
			.append(escape(self(agency, item, "rss")))
			.append("\"/>\n");
		for (PublicCatalogue.Line line : lines) {
			xml.append("  <item>\n")
				.append("    <title>")
				.append(escape(line.title()))
				.append("</title>\n")
				.append("    <link>")
				.append(escape(links.entry(line.id())))
				.append("</link>\n")
				.append("    <guid isPermaLink=\"true\">")
				.append(escape(links.entry(line.id())))
				.append("</guid>\n")
				.append("    <pubDate>")
				.append(DateTimeFormatter.RFC_1123_DATE_TIME
					.format(line.publishedOn().atStartOfDay(Zones.BEIJING).withZoneSameInstant(ZoneOffset.UTC)))
				.append("</pubDate>\n")
				.append("  </item>\n");
		}
		return xml.append("</channel>\n</rss>\n").toString();
	}

	private static String instant(LocalDate day) {
		return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(Zones.BEIJING).toInstant());
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
