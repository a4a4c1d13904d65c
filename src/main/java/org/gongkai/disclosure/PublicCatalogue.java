package org.gongkai.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published catalogue as the public may read it, for the portal: only entries with a
 * public version, in that version's words. The metadata a version does not carry (主题分类,
 * 发布机构, 体裁, 公开方式, the interpreted and related entries) is the entry's own. Reads only;
 * nothing here changes an entry.
 */
@Service
@NamedInterface("api")
public class PublicCatalogue {

	/** The largest page a caller may ask for. */
	public static final int MAX_PAGE = 100;

	// Columns carry the records' component names: JdbcClient's record mapping asks for
	// agencyId before agency_id, and each miss is an SQLException built and caught (and
	// written to H2's trace file), a cost per column and row on the public pages.
	private static final String LINE = """
			select e.id, e.agency_id as agencyId, e.index_number as indexNumber, v.title, v.published_on as publishedOn,
			  v.document_number as documentNumber, v.article20_item as article20Item, e.topic, v.validity, e.kind
			from disclosure_entry e
			join disclosure_entry_version v on v.entry_id = e.id and v.number = e.public_version
			""";

	private final JdbcClient jdbc;

	PublicCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One line of the 公开目录 table. */
	public record Line(long id, long agencyId, String indexNumber, String title, LocalDate publishedOn,
			String documentNumber, Integer article20Item, String topic, String validity, String kind) {
	}

	/**
	 * What to list; {@code null} fields do not filter.
	 *
	 * @param agencyId the agency
	 * @param article20Item the item of Article 20
	 * @param topic 主题分类
	 * @param year year of publication
	 * @param validity {@code VALID}, {@code EXPIRED} or {@code REPEALED}
	 * @param rules only the agency's 政府信息公开制度 (see {@link #RULES})
	 * @param page from 1
	 * @param size at most {@link #MAX_PAGE}
	 */
	public record Query(long agencyId, Integer article20Item, String topic, Integer year, Validity validity,
			boolean rules, int page, int size) {

		public Query {
			page = Math.max(1, page);
			size = Math.max(1, Math.min(size, MAX_PAGE));
		}

	}

	/** A page of lines with the total. */
	public record Listing(List<Line> lines, long total, int page, int size) {

		/** The number of pages, at least 1. */
		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/**
	 * Which entries are the agency's 政府信息公开制度: those of the 体裁 制度 or the 主题 政务公开, and
	 * those whose title names 政务公开 or 政府信息公开 other than the annual reports.
	 */
	static final String RULES = """
			(e.genre = '制度' or e.topic = '政务公开' or ((v.title like '%政务公开%' or v.title like '%政府信息公开%')
			  and v.title not like '%年度报告%'))""";

	/** A page of the agency's published entries, newest first. */
	@Transactional(readOnly = true)
	public Listing list(Query query) {
		StringBuilder where = new StringBuilder(" where e.agency_id = :agency and e.public_version is not null");
		Map<String, Object> params = new HashMap<>();
		params.put("agency", query.agencyId());
		if (query.article20Item() != null) {
			where.append(" and v.article20_item = :item");
			params.put("item", query.article20Item());
		}
		if (query.topic() != null && !query.topic().isBlank()) {
			where.append(" and e.topic = :topic");
			params.put("topic", query.topic());
		}
		if (query.year() != null) {
			where.append(" and v.published_on between :from and :to");
			params.put("from", LocalDate.of(query.year(), 1, 1));
			params.put("to", LocalDate.of(query.year(), 12, 31));
		}
		if (query.validity() != null) {
			where.append(" and v.validity = :validity");
			params.put("validity", query.validity().name());
		}
		if (query.rules()) {
			where.append(" and ").append(RULES);
		}
		long total = jdbc.sql("""
				select count(*) from disclosure_entry e
				join disclosure_entry_version v on v.entry_id = e.id and v.number = e.public_version""" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", query.size());
		params.put("offset", (long) (query.page() - 1) * query.size());
		List<Line> lines = jdbc
			.sql(LINE + where + " order by v.published_on desc, e.id desc limit :limit offset :offset")
			.params(params)
			.query(Rows.of(Line.class))
			.list();
		return new Listing(lines, total, query.page(), query.size());
	}

	/** The 主题分类 used by the agency's published entries, by name. */
	@Transactional(readOnly = true)
	public List<String> topics(long agencyId) {
		return jdbc.sql("""
				select distinct e.topic from disclosure_entry e
				where e.agency_id = :agency and e.public_version is not null and e.topic is not null
				order by e.topic""").param("agency", agencyId).query(String.class).list();
	}

	/** The years in which the agency's public versions were published, latest first. */
	@Transactional(readOnly = true)
	public List<Integer> years(long agencyId) {
		return jdbc.sql("""
				select distinct extract(year from published_on) from disclosure_entry
				where agency_id = :agency and public_version is not null and published_on is not null""")
			.param("agency", agencyId)
			.query((rs, row) -> rs.getInt(1))
			.list()
			.stream()
			.sorted((a, b) -> b - a)
			.toList();
	}

	/** How many entries of the agency are public under each item of Article 20. */
	@Transactional(readOnly = true)
	public Map<Integer, Long> countsByItem(long agencyId) {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select v.article20_item, count(*) from disclosure_entry e
				join disclosure_entry_version v on v.entry_id = e.id and v.number = e.public_version
				where e.agency_id = :agency and e.public_version is not null and v.article20_item is not null
				group by v.article20_item order by v.article20_item""")
			.param("agency", agencyId)
			.query((rs, row) -> counts.put(rs.getInt(1), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * A public entry: the public version with the entry's metadata block.
	 *
	 * @param formedOn 生成日期
	 * @param issuingBody 发布机构 as written, {@code null} for the agency itself
	 */
	public record Entry(long id, long agencyId, String indexNumber, int version, String kind, String title,
			String summary, String body, String documentNumber, Integer article20Item, Integer article21Item,
			String validity, LocalDate validFrom, LocalDate validityChangedOn, LocalDate formedOn,
			LocalDate publishedOn, Instant publishedAt, LocalDate firstPublishedOn, String issuingBody, String topic,
			String genre, String disclosureMethod, Long interpretationOf, String relatedIds) {

		/** The ids of the related entries. */
		public List<Long> related() {
			List<Long> ids = new ArrayList<>();
			if (relatedIds != null) {
				for (String part : relatedIds.split(",")) {
					if (!part.isBlank()) {
						try {
							ids.add(Long.parseLong(part.strip()));
						}
						catch (NumberFormatException ignored) {
							// not an id: nothing to link
						}
					}
				}
			}
			return ids;
		}

	}

	private static final String ENTRY = """
			select e.id, e.agency_id as agencyId, e.index_number as indexNumber, v.number as version, e.kind, v.title,
			  v.summary, v.body, v.document_number as documentNumber, v.article20_item as article20Item,
			  e.article21_item as article21Item, v.validity, e.valid_from as validFrom,
			  e.validity_changed_on as validityChangedOn, v.formed_on as formedOn, v.published_on as publishedOn,
			  v.published_at as publishedAt, e.first_published_on as firstPublishedOn, e.issuing_body as issuingBody,
			  e.topic, e.genre, e.disclosure_method as disclosureMethod, e.interpretation_of as interpretationOf,
			  e.related_ids as relatedIds
			from disclosure_entry e
			join disclosure_entry_version v on v.entry_id = e.id and v.number = e.public_version
			""";

	/** The public entry, or empty while none of its versions is public. */
	@Transactional(readOnly = true)
	public Optional<Entry> entry(long id) {
		return jdbc.sql(ENTRY + " where e.id = :id and e.public_version is not null")
			.param("id", id)
			.query(Rows.of(Entry.class))
			.optional();
	}

	/**
	 * Public entries in id order after {@code afterId}, {@code limit} at most: the walk
	 * that rebuilds a search index.
	 */
	@Transactional(readOnly = true)
	public List<Entry> entriesAfter(long afterId, int limit) {
		return jdbc.sql(ENTRY + " where e.id > :after and e.public_version is not null order by e.id limit :limit")
			.param("after", afterId)
			.param("limit", Math.max(1, Math.min(limit, 10_000)))
			.query(Rows.of(Entry.class))
			.list();
	}

	/**
	 * Public lines of the given entries (the linked interpretations, related entries).
	 */
	@Transactional(readOnly = true)
	public List<Line> lines(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(LINE + " where e.id in (:ids) and e.public_version is not null order by v.published_on desc")
			.param("ids", ids)
			.query(Rows.of(Line.class))
			.list();
	}

	/** The public 政策解读 of an entry. */
	@Transactional(readOnly = true)
	public List<Line> interpretationsOf(long entryId) {
		return jdbc
			.sql(LINE + " where e.interpretation_of = :id and e.public_version is not null order by v.published_on")
			.param("id", entryId)
			.query(Rows.of(Line.class))
			.list();
	}

	/** An attachment of a public entry, without its bytes. */
	public record Attachment(long id, long entryId, String filename, String contentType, long sizeBytes) {
	}

	/** The attachments of a public entry; none for an entry that is not public. */
	@Transactional(readOnly = true)
	public List<Attachment> attachments(long entryId) {
		return jdbc.sql("""
				select a.id, a.entry_id as entryId, a.filename, a.content_type as contentType, a.size_bytes as sizeBytes
				from disclosure_attachment a
				join disclosure_entry e on e.id = a.entry_id
				where a.entry_id = :id and e.public_version is not null order by a.id""")
			.param("id", entryId)
			.query(Rows.of(Attachment.class))
			.list();
	}

	/** An attachment with its bytes. */
	public record AttachmentFile(long id, long entryId, String filename, String contentType, byte[] content) {
	}

	/** One attachment of a public entry with its bytes, or empty. */
	@Transactional(readOnly = true)
	public Optional<AttachmentFile> attachment(long entryId, long attachmentId) {
		return jdbc.sql("""
				select a.id, a.entry_id as entryId, a.filename, a.content_type as contentType, a.content
				from disclosure_attachment a
				join disclosure_entry e on e.id = a.entry_id
				where a.id = :attachment and a.entry_id = :entry and e.public_version is not null""")
			.param("attachment", attachmentId)
			.param("entry", entryId)
			.query(Rows.of(AttachmentFile.class))
			.optional();
	}

	/**
	 * Every attachment of the given public entries with its bytes (for the search index).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<AttachmentFile>> attachmentFiles(Collection<Long> entryIds) {
		Map<Long, List<AttachmentFile>> files = new HashMap<>();
		if (entryIds.isEmpty()) {
			return files;
		}
		jdbc.sql("""
				select a.id, a.entry_id as entryId, a.filename, a.content_type as contentType, a.content
				from disclosure_attachment a
				where a.entry_id in (:ids) order by a.id""")
			.param("ids", entryIds)
			.query(Rows.of(AttachmentFile.class))
			.list()
			.forEach(file -> files.computeIfAbsent(file.entryId(), id -> new ArrayList<>()).add(file));
		return files;
	}

	/**
	 * The newest public lines across agencies (the sitemap), newest first, with when each
	 * public version was published.
	 */
	public record Stamp(long id, long agencyId, LocalDate publishedOn, Timestamp publishedAt) {
	}

	/** Every public entry's id, agency and publication (the sitemap), newest first. */
	@Transactional(readOnly = true)
	public List<Stamp> stamps(int limit) {
		return jdbc.sql("""
				select e.id, e.agency_id, v.published_on, v.published_at from disclosure_entry e
				join disclosure_entry_version v on v.entry_id = e.id and v.number = e.public_version
				where e.public_version is not null order by v.published_at desc, e.id desc limit :limit""")
			.param("limit", Math.max(1, Math.min(limit, 50_000)))
			.query(Rows.of(Stamp.class))
			.list();
	}

	/** How many entries are public. */
	@Transactional(readOnly = true)
	public long countPublic() {
		return jdbc.sql("select count(*) from disclosure_entry where public_version is not null")
			.query(Long.class)
			.single();
	}

}
