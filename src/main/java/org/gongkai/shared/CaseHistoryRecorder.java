package org.gongkai.shared;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one listener that writes case histories: appends every {@link CaseHistoryEvent} to
 * the table the event names, in the transaction of the step, so a step that rolls back
 * leaves no history behind.
 */
@Component
class CaseHistoryRecorder {

	private final JdbcClient jdbc;

	CaseHistoryRecorder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void record(CaseHistoryEvent event) {
		CaseHistory.Table table = event.history();
		String summary = event.summary();
		jdbc.sql("insert into " + table.name() + " (" + table.caseColumn()
				+ ", occurred_at, actor, action, summary, summary_code, summary_args)"
				+ " values (:case, :at, :actor, :action, :summary, :code, :args)")
			.param("case", event.caseId())
			.param("at", Timestamp.from(event.occurredAt()))
			.param("actor", event.actor())
			.param("action", event.action())
			.param("summary", StoredTexts.cut(summary))
			.param("code", event.summaryCode())
			.param("args", StoredTexts.encode(event.summaryArgs()))
			.update();
	}

}
