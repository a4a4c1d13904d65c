package org.gongkai.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case history: every step of an application as the case page lists it, written as each event is published. */
@Component
public class RequestHistory {

	/** One step: when, who, what. */
	public record Step(Instant occurredAt, String actor, String action, String summary) {
	}

	private final JdbcClient jdbc;

	RequestHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void record(RequestEvent event) {
		jdbc.sql("""
				insert into request_history (request_id, occurred_at, actor, action, summary)
				values (:request, :at, :actor, :action, :summary)
				""")
			.param("request", event.requestId())
			.param("at", Timestamp.from(event.occurredAt()))
			.param("actor", event.actor())
			.param("action", event.action())
			.param("summary", event.summary().length() > 4000 ? event.summary().substring(0, 4000) : event.summary())
			.update();
	}

	/** The steps of one application, oldest first. */
	public List<Step> of(long requestId) {
		return jdbc.sql("""
				select occurred_at, actor, action, summary from request_history
				where request_id = :request order by id
				""").param("request", requestId).query(Step.class).list();
	}

}
