package org.gongkai.shared;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * The history of one kind of case: every step as the case page and the API list it, one
 * row per {@link CaseHistoryEvent} in the module's table. A module reads its history
 * through a subclass naming its table; {@link CaseHistoryRecorder} writes every module's
 * rows.
 */
public class CaseHistory {

	/**
	 * One step: when, who, what; with the message code and arguments that render the
	 * summary in the reader's language (see {@link StoredTexts}), {@code null} on steps
	 * recorded before codes were kept. The API lists the stored summary only.
	 */
	public record Step(Instant occurredAt, String actor, String action, String summary, @JsonIgnore String summaryCode,
			@JsonIgnore String summaryArgs) {

		/** The same step told as done by {@code actor}. */
		public Step by(String actor) {
			return new Step(occurredAt, actor, action, summary, summaryCode, summaryArgs);
		}

	}

	/**
	 * A history table: columns {@code id} (in insertion order), the case's id in
	 * {@code caseColumn}, {@code occurred_at}, {@code actor}, {@code action} and
	 * {@code summary} (at most {@value StoredTexts#SUMMARY_LENGTH} characters).
	 */
	public record Table(String name, String caseColumn) {

		public Table {
			// The names go into SQL text: plain identifiers only.
			Assert.isTrue(name.matches("[a-z_]+") && caseColumn.matches("[a-z_]+"), "not a plain identifier");
		}

	}

	private final JdbcClient jdbc;

	private final Table table;

	protected CaseHistory(JdbcClient jdbc, Table table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	/** The steps of one case, oldest first. */
	public List<Step> of(long caseId) {
		return jdbc
			.sql("select occurred_at, actor, action, summary, summary_code, summary_args from " + table.name()
					+ " where " + table.caseColumn() + " = :case order by id")
			.param("case", caseId)
			.query(Rows.of(Step.class))
			.list();
	}

}
