package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.Rows;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of 规章 and 行政规范性文件 with their issue, validity and repeal dates. What was
 * issued, repealed or in force in a year is a query over these dates, never a counter
 * (table 二, first block). A 规章 is accepted only for an agency that may make them.
 */
@Service
public class NormativeRegistry {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AgencyAccess access;

	private final DisclosureSettings settings;

	private final ApplicationEventPublisher events;

	NormativeRegistry(JdbcClient jdbc, Agencies agencies, AgencyAccess access, DisclosureSettings settings,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.access = access;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * A document as registered.
	 *
	 * @param kind 规章 or 行政规范性文件
	 * @param title its title
	 * @param documentNumber 文号
	 * @param issuedOn 制发日期
	 * @param effectiveOn 施行日期
	 * @param expiresOn the end of its validity term (有效期至), if it has one
	 * @param repealedOn 废止日期
	 * @param entryId the catalogue entry that publishes it
	 */
	public record Document(Long id, long agencyId, DocumentKind kind, String title, String documentNumber,
			LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, LocalDate repealedOn, Long entryId,
			int version) {

		/** Whether it is in force at the end of {@code day}. */
		public boolean inForceOn(LocalDate day) {
			return !issuedOn.isAfter(day) && (repealedOn == null || repealedOn.isAfter(day))
					&& (expiresOn == null || expiresOn.isAfter(day));
		}

	}

	/** Issued, repealed and in force at the end of a year: a cell row of table 二. */
	public record YearCounts(long issued, long repealed, long inForce) {
	}

	/** Registers a document; refuses a 规章 for an agency that may not make them. */
	@Transactional
	public long register(StaffPrincipal staff, Document document) {
		Catalogue.checkActs(staff, document.agencyId(), Role.PUBLISHER, Role.OFFICE_HEAD);
		check(document);
		Agency agency = agencies.findById(document.agencyId())
			.orElseThrow(() -> new RecordNotFound("机关", document.agencyId()));
		if (document.kind() == DocumentKind.REGULATION && !settings.of(agency.getId()).mayMakeRegulations()) {
			throw new RuleViolation("disclosure.regulation-not-allowed",
					agency.getName() + "无规章制定权（主动公开设置中未勾选“可制定规章”），不能登记规章；行政规范性文件请按行政规范性文件登记");
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into normative_document (agency_id, kind, title, document_number, issued_on, effective_on,
				  expires_on, repealed_on, entry_id)
				values (:agency, :kind, :title, :number, :issued, :effective, :expires, :repealed, :entry)""")
			.param("agency", document.agencyId())
			.param("kind", document.kind().name())
			.param("title", document.title().strip())
			.param("number", document.documentNumber())
			.param("issued", document.issuedOn())
			.param("effective", document.effectiveOn())
			.param("expires", document.expiresOn())
			.param("repealed", document.repealedOn())
			.param("entry", document.entryId())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new NormativeDocumentRecorded(id, document.agencyId(), staff.username(), document.kind(),
				document.title(), document.issuedOn(), document.repealedOn()));
		return id;
	}

	/** Records the repeal of a document on {@code repealedOn}. */
	@Transactional
	public void repeal(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate repealedOn) {
		Document document = find(staff, id);
		Catalogue.checkActs(staff, document.agencyId(), Role.PUBLISHER, Role.OFFICE_HEAD);
		if (repealedOn == null || repealedOn.isBefore(document.issuedOn())) {
			throw InvalidInput.of("repealedOn", "disclosure.repealedOn.beforeIssue");
		}
		int updated = jdbc.sql("""
				update normative_document set repealed_on = :repealed, version = version + 1
				where id = :id and version = :version""")
			.param("repealed", repealedOn)
			.param("id", id)
			.param("version", expectedVersion == null ? document.version() : expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("normative document " + id);
		}
		events.publishEvent(new NormativeDocumentRecorded(id, document.agencyId(), staff.username(), document.kind(),
				document.title(), document.issuedOn(), repealedOn));
	}

	/** A document the person may read. */
	@Transactional(readOnly = true)
	public Document find(StaffPrincipal staff, long id) {
		Document document = jdbc.sql("select * from normative_document where id = :id")
			.param("id", id)
			.query(Rows.of(Document.class))
			.optional()
			.orElseThrow(() -> new RecordNotFound("规范性文件", id));
		access.checkReadable(staff, document.agencyId(), "规范性文件", id);
		return document;
	}

	/** The documents of {@code agencies}, of a kind when given, newest first. */
	@Transactional(readOnly = true)
	public List<Document> list(Collection<Long> agencies, DocumentKind kind, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select * from normative_document where agency_id in (:agencies)"
					+ (kind == null ? "" : " and kind = :kind") + " order by issued_on desc, id desc limit :limit")
			.param("agencies", agencies)
			.param("kind", kind == null ? "" : kind.name())
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query(Rows.of(Document.class))
			.list();
	}

	/** Issued in {@code year}, repealed in it and in force at its end, for one kind. */
	@Transactional(readOnly = true)
	public YearCounts counts(long agencyId, DocumentKind kind, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return jdbc.sql("""
				select
				  (select count(*) from normative_document where agency_id = :agency and kind = :kind
				     and issued_on between :first and :last),
				  (select count(*) from normative_document where agency_id = :agency and kind = :kind
				     and repealed_on between :first and :last),
				  (select count(*) from normative_document where agency_id = :agency and kind = :kind
				     and issued_on <= :last and (repealed_on is null or repealed_on > :last)
				     and (expires_on is null or expires_on > :last))""")
			.param("agency", agencyId)
			.param("kind", kind.name())
			.param("first", first)
			.param("last", last)
			.query((rs, row) -> new YearCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** Records whether an agency may make 规章; its administrators only. */
	@Transactional
	public void allowRegulations(StaffPrincipal staff, long agencyId, boolean allowed) {
		if (!access.administeredAgencies(staff).contains(agencyId)) {
			throw new AccessDeniedException("只有管理该机关的管理员可以设置规章制定权");
		}
		agencies.findById(agencyId).orElseThrow(() -> new RecordNotFound("机关", agencyId));
		settings.changeRegulationFlag(agencyId, allowed, staff.username());
	}

	/** Those of {@code agencies} that may not make 规章, for the registry's warning. */
	@Transactional(readOnly = true)
	public List<Agency> withoutRegulations(Collection<Long> agencyIds) {
		return agencies.findAllById(agencyIds)
			.stream()
			.filter(agency -> !settings.of(agency.getId()).mayMakeRegulations())
			.toList();
	}

	private static void check(Document document) {
		List<FieldProblem> problems = new ArrayList<>();
		if (document.kind() == null) {
			problems.add(new FieldProblem("kind", "disclosure.kind.required"));
		}
		if (document.title() == null || document.title().isBlank()) {
			problems.add(new FieldProblem("title", "disclosure.title.required"));
		}
		if (document.issuedOn() == null) {
			problems.add(new FieldProblem("issuedOn", "disclosure.issuedOn.required"));
		}
		else {
			if (document.repealedOn() != null && document.repealedOn().isBefore(document.issuedOn())) {
				problems.add(new FieldProblem("repealedOn", "disclosure.repealedOn.beforeIssue"));
			}
			if (document.expiresOn() != null && document.expiresOn().isBefore(document.issuedOn())) {
				problems.add(new FieldProblem("expiresOn", "disclosure.expiresOn.beforeIssue"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("disclosure.invalid", problems);
		}
	}

}
