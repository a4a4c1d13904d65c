package org.gongkai.disclosure;

import java.util.List;

import org.gongkai.agencies.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's review chain and 索引号 pattern; the defaults
 * ({@link ReviewChain#standard()}, {@link IndexPattern#DEFAULT}) where the agency set
 * none.
 */
@Service
public class DisclosureSettings {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DisclosureSettings(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The chain of {@code agencyId}. */
	@Transactional(readOnly = true)
	public ReviewChain chain(long agencyId) {
		List<ReviewLevel> levels = jdbc.sql("""
				select level, role, secrecy_review, others_only from disclosure_review_level
				where agency_id = :agency order by level""")
			.param("agency", agencyId)
			.query((rs, row) -> new ReviewLevel(rs.getInt(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
					rs.getBoolean(4)))
			.list();
		return levels.isEmpty() ? ReviewChain.standard() : new ReviewChain(levels);
	}

	/** The 索引号 pattern of {@code agencyId}. */
	@Transactional(readOnly = true)
	public IndexPattern pattern(long agencyId) {
		return jdbc.sql("select index_pattern from disclosure_settings where agency_id = :agency")
			.param("agency", agencyId)
			.query(String.class)
			.optional()
			.map(IndexPattern::new)
			.orElseGet(IndexPattern::standard);
	}

	/**
	 * Replaces the chain of {@code agencyId}; entries in review continue on the new one.
	 */
	@Transactional
	public void changeChain(long agencyId, ReviewChain chain, String actor) {
		jdbc.sql("delete from disclosure_review_level where agency_id = :agency").param("agency", agencyId).update();
		for (ReviewLevel level : chain.levels()) {
			jdbc.sql("""
					insert into disclosure_review_level (agency_id, level, role, secrecy_review, others_only)
					values (:agency, :level, :role, :secrecy, :others)""")
				.param("agency", agencyId)
				.param("level", level.level())
				.param("role", level.role().name())
				.param("secrecy", level.secrecyReview())
				.param("others", level.othersOnly())
				.update();
		}
		events.publishEvent(new DisclosureSettingsChanged(agencyId, actor, "chain",
				chain.levels().stream().map(level -> level.level() + ":" + level.role()).toList().toString()));
	}

	/** Replaces the 索引号 pattern of {@code agencyId}; numbers already given stay. */
	@Transactional
	public void changePattern(long agencyId, IndexPattern pattern, String actor) {
		int updated = jdbc.sql("update disclosure_settings set index_pattern = :pattern where agency_id = :agency")
			.param("pattern", pattern.pattern())
			.param("agency", agencyId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into disclosure_settings (agency_id, index_pattern) values (:agency, :pattern)")
				.param("pattern", pattern.pattern())
				.param("agency", agencyId)
				.update();
		}
		events.publishEvent(new DisclosureSettingsChanged(agencyId, actor, "index-pattern", pattern.pattern()));
	}

}
