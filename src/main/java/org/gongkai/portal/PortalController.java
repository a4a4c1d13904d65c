package org.gongkai.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.disclosure.PublicCatalogue;
import org.gongkai.disclosure.Validity;
import org.gongkai.shared.PublicEndpoints;
import org.gongkai.shared.RecordNotFound;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's home page and each agency's 政府信息公开 column: the guide, the rules, the
 * statutory proactive content with its 公开目录 table, the annual reports and 依申请公开; and each
 * entry's page with its metadata block and attachments.
 */
@Controller
class PortalController {

	/** Lines of the 公开目录 table per page. */
	static final int PAGE_SIZE = 20;

	private final Agencies agencies;

	private final AgencyDirectory directory;

	private final PublicCatalogue catalogue;

	private final PortalLinks links;

	PortalController(Agencies agencies, AgencyDirectory directory, PublicCatalogue catalogue, PortalLinks links) {
		this.agencies = agencies;
		this.directory = directory;
		this.catalogue = catalogue;
		this.links = links;
	}

	@Bean
	static PublicEndpoints portalPublicEndpoints() {
		return PublicEndpoints.of("portal", "/", "/agencies/**", "/entries/**", "/search", "/sitemap.xml",
				"/robots.txt");
	}

	@GetMapping("/")
	String showHome(Model model) {
		model.addAttribute("regions", directory.regions());
		model.addAttribute("agencies", directory.disclosing());
		model.addAttribute("links", links);
		return "portal/home";
	}

	@GetMapping("/agencies/{id}")
	String showAgency(@PathVariable long id, Model model) {
		AgencyDirectory.Entry agency = column(id, model);
		// The column page shows the latest entries only: the counts per item are the
		// catalogue page's.
		model.addAttribute("latest",
				catalogue.list(new PublicCatalogue.Query(agency.id(), null, null, null, null, false, 1, 10)));
		return "portal/agency";
	}

	@GetMapping("/agencies/{id}/guide")
	String showGuide(@PathVariable long id, Model model) {
		column(id, model);
		Agency agency = agencies.findById(id).orElseThrow(() -> new RecordNotFound("机关", id));
		model.addAttribute("guide", agency);
		return "portal/guide";
	}

	@GetMapping("/agencies/{id}/apply")
	String showApply(@PathVariable long id, Model model) {
		column(id, model);
		model.addAttribute("guide", agencies.findById(id).orElseThrow(() -> new RecordNotFound("机关", id)));
		return "portal/apply";
	}

	@GetMapping("/agencies/{id}/rules")
	String showRules(@PathVariable long id, @RequestParam(required = false) String page, Model model) {
		AgencyDirectory.Entry agency = column(id, model);
		model.addAttribute("listing", catalogue.list(new PublicCatalogue.Query(agency.id(), null, null, null, null,
				true, Params.integer(page, 1, 100_000, 1), PAGE_SIZE)));
		return "portal/rules";
	}

	@GetMapping("/agencies/{id}/catalogue")
	String showCatalogue(@PathVariable long id, @RequestParam(required = false) String item,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String year,
			@RequestParam(required = false) String validity, @RequestParam(required = false) String page, Model model) {
		AgencyDirectory.Entry agency = column(id, model);
		Integer chosenItem = Params.integer(item, 1, 15, null);
		Integer chosenYear = Params.integer(year, 2000, 2100, null);
		Validity chosenValidity = Params.validity(validity);
		String chosenTopic = Params.text(topic, 100);
		model.addAttribute("item", chosenItem);
		model.addAttribute("year", chosenYear);
		model.addAttribute("validity", chosenValidity == null ? null : chosenValidity.name());
		model.addAttribute("topic", chosenTopic);
		model.addAttribute("items", catalogue.countsByItem(agency.id()));
		model.addAttribute("topics", catalogue.topics(agency.id()));
		model.addAttribute("years", catalogue.years(agency.id()));
		model.addAttribute("validities", Validity.values());
		model.addAttribute("listing", catalogue.list(new PublicCatalogue.Query(agency.id(), chosenItem, chosenTopic,
				chosenYear, chosenValidity, false, Params.integer(page, 1, 100_000, 1), PAGE_SIZE)));
		return "portal/catalogue";
	}

	@GetMapping("/entries/{id}")
	String showEntry(@PathVariable long id, Model model) {
		PublicCatalogue.Entry entry = catalogue.entry(id).orElseThrow(() -> new RecordNotFound("公开条目", id));
		column(entry.agencyId(), model);
		model.addAttribute("entry", entry);
		model.addAttribute("attachments", catalogue.attachments(id));
		model.addAttribute("interpretations", catalogue.interpretationsOf(id));
		Set<Long> linked = new LinkedHashSet<>(entry.related());
		List<PublicCatalogue.Line> interpreted = entry.interpretationOf() == null ? List.of()
				: catalogue.lines(List.of(entry.interpretationOf()));
		model.addAttribute("interpreted", interpreted.isEmpty() ? null : interpreted.get(0));
		linked.remove(id);
		model.addAttribute("related", catalogue.lines(new ArrayList<>(linked)));
		model.addAttribute("canonical", links.entry(id));
		return "portal/entry";
	}

	@GetMapping("/entries/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> downloadAttachment(@PathVariable long id, @PathVariable long attachmentId) {
		PublicCatalogue.AttachmentFile file = catalogue.attachment(id, attachmentId)
			.orElseThrow(() -> new RecordNotFound("附件", attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/**
	 * Puts the agency of a column page in the model, from the directory's cached list: a
	 * column page reads no agency row.
	 */
	private AgencyDirectory.Entry column(long id, Model model) {
		AgencyDirectory.Entry agency = directory.disclosing()
			.stream()
			.filter(entry -> entry.id() == id)
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("机关", id));
		model.addAttribute("agency", agency);
		model.addAttribute("links", links);
		model.addAttribute("applyLink", links.apply(agency));
		return agency;
	}

}
