package org.gongkai.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wording of each kind of letter for each agency: the agency's own, saved from the
 * console, or else the shipped default ({@code templates/letters/defaults/<code>.txt},
 * version 0). Saving checks the wording first ({@link LetterTemplate#parse}) and refuses
 * it with the line of each problem; nothing is saved then.
 */
@Service
public class LetterTemplates {

	private static final String DEFAULTS = "/templates/letters/defaults/";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<LetterKind, LetterTemplate> defaults = new EnumMap<>(LetterKind.class);

	LetterTemplates(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		for (LetterKind kind : LetterKind.values()) {
			this.defaults.put(kind, LetterTemplate.parse(kind, defaultSource(kind)));
		}
	}

	/**
	 * The wording in force for a kind at an agency.
	 *
	 * @param kind the kind of letter
	 * @param source the template's source
	 * @param version 0 for the default, else the agency's saved version
	 * @param updatedAt when the agency saved it, or none for the default
	 * @param updatedBy who saved it, or none for the default
	 */
	public record Current(LetterKind kind, String source, int version, Instant updatedAt, String updatedBy) {

		/** Whether the agency uses its own wording. */
		public boolean custom() {
			return version > 0;
		}

	}

	/** The shipped wording of {@code kind}. */
	public static String defaultSource(LetterKind kind) {
		try (InputStream in = LetterTemplates.class.getResourceAsStream(DEFAULTS + kind.code() + ".txt")) {
			if (in == null) {
				throw new IllegalStateException("缺少默认文书模板：" + DEFAULTS + kind.code() + ".txt");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The wording in force for {@code kind} at the agency. */
	public Current current(long agencyId, LetterKind kind) {
		return saved(agencyId, kind).orElseGet(() -> new Current(kind, defaults.get(kind).source(), 0, null, null));
	}

	/** The wording in force for every kind at the agency, in the order of the kinds. */
	public List<Current> all(long agencyId) {
		Map<LetterKind, Current> saved = new EnumMap<>(LetterKind.class);
		jdbc.sql("select kind, source, version, updated_at, updated_by from letter_template where agency_id = :agency")
			.param("agency", agencyId)
			.query((rs, row) -> new Current(LetterKind.ofCode(rs.getString("kind")), rs.getString("source"),
					rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
			.list()
			.forEach(current -> saved.put(current.kind(), current));
		List<Current> all = new ArrayList<>();
		for (LetterKind kind : LetterKind.values()) {
			all.add(saved.containsKey(kind) ? saved.get(kind)
					: new Current(kind, defaults.get(kind).source(), 0, null, null));
		}
		return all;
	}

	/** The parsed wording in force for {@code kind} at the agency, with its version. */
	Parsed parsed(long agencyId, LetterKind kind) {
		Optional<Current> saved = saved(agencyId, kind);
		return saved.map(current -> new Parsed(LetterTemplate.parse(kind, current.source()), current.version()))
			.orElseGet(() -> new Parsed(defaults.get(kind), 0));
	}

	record Parsed(LetterTemplate template, int version) {
	}

	/**
	 * Saves the agency's wording of {@code kind} over {@code expectedVersion} (0 over the
	 * default) and answers the new version.
	 * @throws TemplateRejected with every problem of the wording, nothing saved
	 * @throws OptimisticLockingFailureException when someone saved in between
	 */
	@Transactional
	public int save(long agencyId, LetterKind kind, String source, int expectedVersion, String actor) {
		LetterTemplate template = LetterTemplate.parse(kind, source);
		Timestamp now = Timestamp.from(clock.instant());
		int changed;
		if (expectedVersion == 0) {
			changed = jdbc
				.sql("insert into letter_template (agency_id, kind, source, version, updated_at, updated_by) "
						+ "values (:agency, :kind, :source, 1, :at, :actor) on conflict do nothing")
				.param("agency", agencyId)
				.param("kind", kind.code())
				.param("source", template.source())
				.param("at", now)
				.param("actor", actor)
				.update();
		}
		else {
			changed = jdbc
				.sql("update letter_template set source = :source, version = version + 1, updated_at = :at, "
						+ "updated_by = :actor where agency_id = :agency and kind = :kind and version = :expected")
				.param("source", template.source())
				.param("at", now)
				.param("actor", actor)
				.param("agency", agencyId)
				.param("kind", kind.code())
				.param("expected", expectedVersion)
				.update();
		}
		if (changed == 0) {
			throw new OptimisticLockingFailureException("文书模板已被他人修改，请重新打开后再保存");
		}
		int version = expectedVersion + 1;
		events.publishEvent(new LetterTemplateChanged(agencyId, kind.code(), version, actor));
		return version;
	}

	/** Goes back to the default wording of {@code kind} at the agency. */
	@Transactional
	public void reset(long agencyId, LetterKind kind, String actor) {
		int deleted = jdbc.sql("delete from letter_template where agency_id = :agency and kind = :kind")
			.param("agency", agencyId)
			.param("kind", kind.code())
			.update();
		if (deleted > 0) {
			events.publishEvent(new LetterTemplateChanged(agencyId, kind.code(), 0, actor));
		}
	}

	private Optional<Current> saved(long agencyId, LetterKind kind) {
		return jdbc
			.sql("select source, version, updated_at, updated_by from letter_template "
					+ "where agency_id = :agency and kind = :kind")
			.param("agency", agencyId)
			.param("kind", kind.code())
			.query((rs, row) -> new Current(kind, rs.getString("source"), rs.getInt("version"),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
			.optional();
	}

}
