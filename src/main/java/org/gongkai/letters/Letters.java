package org.gongkai.letters;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the letters of a case and keeps them: fills the agency's wording of the kind
 * with the facts, takes the next document number (文号) of the agency, renders DOCX and PDF
 * and stores both with who generated it. The applications module calls {@link #generate}
 * in the transaction of the step that needs the letter and attaches the answer to the
 * case (docs/letters.md).
 *
 * <p>
 * An adverse reply (every reply but 予以公开) is refused without reasons: the Regulations
 * require it to state them (Article 36 item 3, Article 37), as well as the article and
 * the remedies, which its wording must keep ({@link LetterTemplate}).
 */
@Service
@NamedInterface("api")
public class Letters {

	/** The document number printed on a preview, which takes no number. */
	static final String PREVIEW_NUMBER = "〔文号〕";

	private static final RowMapper<GeneratedLetter> LETTER = (rs, row) -> new GeneratedLetter(rs.getLong("id"),
			rs.getLong("agency_id"), (Long) rs.getObject("case_id", Long.class),
			LetterKind.ofCode(rs.getString("kind")), rs.getInt("revision"), rs.getString("number"),
			rs.getInt("template_version"), rs.getString("title"), rs.getTimestamp("generated_at").toInstant(),
			rs.getString("generated_by"));

	private static final String COLUMNS = "id, agency_id, case_id, kind, revision, number, template_version, title, "
			+ "generated_at, generated_by";

	private final JdbcClient jdbc;

	private final LetterTemplates templates;

	private final LetterNumbers numbers;

	private final LetterRenderer renderer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Letters(JdbcClient jdbc, LetterTemplates templates, LetterNumbers numbers, LetterRenderer renderer,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.numbers = numbers;
		this.renderer = renderer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What to generate.
	 *
	 * @param agencyId the agency writing the letter (its wording and its numbers)
	 * @param caseId the application, or none
	 * @param kind the kind of letter
	 * @param facts the facts of the case
	 */
	public record NewLetter(long agencyId, Long caseId, LetterKind kind, LetterFacts facts) {
	}

	/** A letter rendered without a number and not kept: the console's preview. */
	public record Preview(String title, String html, byte[] docx, byte[] pdf) {
	}

	/**
	 * Generates the letter, takes its number and keeps it.
	 * @throws RuleViolation {@code letters.reasons-required} for an adverse reply without
	 * reasons; {@code letters.font-missing} when the PDF font is not installed
	 */
	@Transactional
	public GeneratedLetter generate(NewLetter letter, String actor) {
		LetterKind kind = letter.kind();
		checkFacts(kind, letter.facts());
		LetterTemplates.Parsed wording = templates.parsed(letter.agencyId(), kind);
		renderer.fonts().check();
		String number = numbers.next(letter.agencyId());
		List<LetterTemplate.Paragraph> paragraphs = wording.template()
			.fill(Placeholders.values(kind, letter.facts(), number));
		byte[] docx = renderer.docx(kind.title(), paragraphs);
		byte[] pdf = renderer.pdf(kind.title(), paragraphs);
		int revision = letter.caseId() == null ? 1
				: jdbc.sql("select coalesce(max(revision), 0) + 1 from letter where case_id = :case and kind = :kind")
					.param("case", letter.caseId())
					.param("kind", kind.code())
					.query(Integer.class)
					.single();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into letter (agency_id, case_id, kind, revision, number, template_version, title, docx, pdf,
					    generated_at, generated_by)
					values (:agency, :case, :kind, :revision, :number, :version, :title, :docx, :pdf, :at, :by)
					""")
				.param("agency", letter.agencyId())
				.param("case", letter.caseId())
				.param("kind", kind.code())
				.param("revision", revision)
				.param("number", number)
				.param("version", wording.version())
				.param("title", kind.title())
				.param("docx", docx)
				.param("pdf", pdf)
				.param("at", Timestamp.from(clock.instant()))
				.param("by", actor)
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("letters.concurrent", "同一案件的同类文书正在由他人生成，请稍后重试");
		}
		long id = keys.getKey().longValue();
		events.publishEvent(new LetterGenerated(id, letter.agencyId(), letter.caseId(), kind.code(), number, actor));
		return find(id).orElseThrow();
	}

	/**
	 * Renders the agency's wording of {@code kind}, or {@code source} when given (the
	 * editor's unsaved text), for {@code facts} without taking a number or keeping it.
	 * @throws TemplateRejected when {@code source} has problems
	 */
	public Preview preview(long agencyId, LetterKind kind, String source, LetterFacts facts, boolean files) {
		LetterTemplate template = source != null ? LetterTemplate.parse(kind, source)
				: templates.parsed(agencyId, kind).template();
		List<LetterTemplate.Paragraph> paragraphs = template.fill(Placeholders.values(kind, facts, PREVIEW_NUMBER));
		String html = renderer.html(kind.title(), paragraphs, false);
		return new Preview(kind.title(), html, files ? renderer.docx(kind.title(), paragraphs) : null,
				files ? renderer.pdf(kind.title(), paragraphs) : null);
	}

	/** The letter, if it exists. */
	public Optional<GeneratedLetter> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from letter where id = :id").param("id", id).query(LETTER).optional();
	}

	/** The letters of a case, oldest first. */
	public List<GeneratedLetter> forCase(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from letter where case_id = :case order by id")
			.param("case", caseId)
			.query(LETTER)
			.list();
	}

	/**
	 * The letter's bytes in {@code format}.
	 * @throws RecordNotFound when there is no such letter
	 */
	public byte[] file(long id, LetterFormat format) {
		String column = format == LetterFormat.PDF ? "pdf" : "docx";
		return jdbc.sql("select " + column + " from letter where id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new RecordNotFound("letter", id));
	}

	private static void checkFacts(LetterKind kind, LetterFacts facts) {
		if (kind.isAdverse() && Placeholders.blank(facts.reasons())) {
			throw new RuleViolation("letters.reasons-required",
					"不利答复须说明理由（《条例》第三十六条第（三）项、第三十七条）：" + kind.title() + "（" + kind.code() + "）缺少理由");
		}
		if (kind == LetterKind.FEE_NOTICE && facts.fee() == null) {
			throw new RuleViolation("letters.fee-required", "收费通知书须载明收费的依据、标准、数额和缴纳方式：缺少收费信息");
		}
	}

	/** Every placeholder with what it stands for. */
	public static Map<String, String> placeholders() {
		return Placeholders.all();
	}

}
