package org.gongkai.disclosure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's disclosure settings: its review chain, 索引号 pattern, whether it may make
 * 规章 and its administrative level (which Article 21 groups its entries may carry); the
 * defaults ({@link ReviewChain#standard()}, {@link IndexPattern#DEFAULT}, no 规章, no
 * level) where the agency set none.
 */
@Service
public class DisclosureSettings {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DisclosureSettings(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The settings of one agency other than its chain.
	 *
	 * @param pattern the 索引号 pattern
	 * @param mayMakeRegulations whether the agency may make 规章 (Article 93 of the
	 * Legislation Law); the registry refuses a 规章 otherwise
	 * @param level the administrative level, {@code null} when not set
	 */
	public record AgencySettings(IndexPattern pattern, boolean mayMakeRegulations, AdministrativeLevel level) {

		/** The Article 21 groups the agency's entries may carry. */
		public Set<Integer> article21Groups() {
			return AdministrativeLevel.article21Groups(level);
		}

	}

	/** The chain of {@code agencyId}. */
	@Transactional(readOnly = true)
	public ReviewChain chain(long agencyId) {
		List<ReviewLevel> levels = jdbc.sql("""
				select level, role, secrecy_review, others_only, name from disclosure_review_level
				where agency_id = :agency order by level""")
			.param("agency", agencyId)
			.query((rs, row) -> new ReviewLevel(rs.getInt(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
					rs.getBoolean(4), rs.getString(5)))
			.list();
		return levels.isEmpty() ? ReviewChain.standard() : new ReviewChain(levels);
	}

	/** The settings of {@code agencyId}, the defaults where none were set. */
	@Transactional(readOnly = true)
	public AgencySettings of(long agencyId) {
		return row(agencyId).orElseGet(() -> new AgencySettings(IndexPattern.standard(), false, null));
	}

	/** The 索引号 pattern of {@code agencyId}. */
	@Transactional(readOnly = true)
	public IndexPattern pattern(long agencyId) {
		return of(agencyId).pattern();
	}

	/**
	 * Replaces the chain of {@code agencyId}; entries in review continue on the new one.
	 */
	@Transactional
	public void changeChain(long agencyId, ReviewChain chain, String actor) {
		jdbc.sql("delete from disclosure_review_level where agency_id = :agency").param("agency", agencyId).update();
		for (ReviewLevel level : chain.levels()) {
			jdbc.sql("""
					insert into disclosure_review_level (agency_id, level, role, secrecy_review, others_only, name)
					values (:agency, :level, :role, :secrecy, :others, :name)""")
				.param("agency", agencyId)
				.param("level", level.level())
				.param("role", level.role().name())
				.param("secrecy", level.secrecyReview())
				.param("others", level.othersOnly())
				.param("name", level.name())
				.update();
		}
		events.publishEvent(new DisclosureSettingsChanged(agencyId, actor, "chain",
				chain.levels()
					.stream()
					.map(level -> level.level() + ":" + level.name() + ":" + level.role()
							+ (level.secrecyReview() ? ":保密审查" : ""))
					.toList()
					.toString()));
	}

	/** Replaces the 索引号 pattern of {@code agencyId}; numbers already given stay. */
	@Transactional
	public void changePattern(long agencyId, IndexPattern pattern, String actor) {
		ensureRow(agencyId);
		jdbc.sql("""
				update disclosure_settings set index_pattern = :pattern, version = version + 1
				where agency_id = :agency""").param("pattern", pattern.pattern()).param("agency", agencyId).update();
		events.publishEvent(new DisclosureSettingsChanged(agencyId, actor, "index-pattern", pattern.pattern()));
	}

	/** Records whether {@code agencyId} may make 规章. */
	@Transactional
	public void changeRegulationFlag(long agencyId, boolean allowed, String actor) {
		ensureRow(agencyId);
		jdbc.sql("""
				update disclosure_settings set may_make_regulations = :allowed, version = version + 1
				where agency_id = :agency""").param("allowed", allowed).param("agency", agencyId).update();
		events.publishEvent(new DisclosureSettingsChanged(agencyId, actor, "may-make-regulations", "" + allowed));
	}

	/** Records the administrative level of {@code agencyId}; {@code null} unsets it. */
	@Transactional
	public void changeLevel(long agencyId, AdministrativeLevel level, String actor) {
		ensureRow(agencyId);
		jdbc.sql("""
				update disclosure_settings set administrative_level = :level, version = version + 1
				where agency_id = :agency""")
			.param("level", level == null ? null : level.name())
			.param("agency", agencyId)
			.update();
		events.publishEvent(new DisclosureSettingsChanged(agencyId, actor, "administrative-level", "" + level));
	}

	private Optional<AgencySettings> row(long agencyId) {
		return jdbc.sql("""
				select index_pattern, may_make_regulations, administrative_level from disclosure_settings
				where agency_id = :agency""")
			.param("agency", agencyId)
			.query((rs, row) -> new AgencySettings(
					rs.getString(1) == null ? IndexPattern.standard() : new IndexPattern(rs.getString(1)),
					rs.getBoolean(2), rs.getString(3) == null ? null : AdministrativeLevel.valueOf(rs.getString(3))))
			.optional();
	}

	private void ensureRow(long agencyId) {
		if (row(agencyId).isEmpty()) {
			jdbc.sql("insert into disclosure_settings (agency_id) values (:agency)").param("agency", agencyId).update();
		}
	}

}
