package org.gongkai.appeals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case history: every change of a case as its page lists it, written in the transaction of the change. */
@Component
public class AppealHistory {

	/** One change: when, who, what. */
	public record Step(Instant occurredAt, String actor, String action, String summary) {
	}

	private final JdbcClient jdbc;

	AppealHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void record(AppealEvent event) {
		String summary = event.summary();
		jdbc.sql("""
				insert into appeal_history (appeal_id, occurred_at, actor, action, summary)
				values (:appeal, :at, :actor, :action, :summary)
				""")
			.param("appeal", event.appealId())
			.param("at", Timestamp.from(event.occurredAt()))
			.param("actor", event.actor())
			.param("action", event.action())
			.param("summary", summary.length() > 4000 ? summary.substring(0, 4000) : summary)
			.update();
	}

	/** The changes of one case, oldest first. */
	public List<Step> of(long appealId) {
		return jdbc.sql("""
				select occurred_at, actor, action, summary from appeal_history
				where appeal_id = :appeal order by id
				""").param("appeal", appealId).query(Step.class).list();
	}

}
