package org.gongkai.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A summary longer than the stored limit: the audit trail and the history tables cut it
 * at the same {@link StoredTexts#SUMMARY_LENGTH}, and its code still agrees with the cut
 * text, so audit verification does not report it as altered.
 */
@SpringBootTest
class StoredTextsIntegrationTests {

	@Autowired
	StoredTexts texts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	/** A step whose reason makes its summary longer than the limit. */
	record Withdrawn(String subjectId, String reason) implements AuditableEvent {

		@Override
		public String actor() {
			return "handler";
		}

		@Override
		public Long agencyId() {
			return null;
		}

		@Override
		public String action() {
			return "test.withdrawn";
		}

		@Override
		public String subjectType() {
			return "stored-texts-test";
		}

		@Override
		public String summary() {
			return "撤回：" + reason;
		}

		@Override
		public String summaryCode() {
			return "history.disclosure.withdrawn";
		}

		@Override
		public List<Object> summaryArgs() {
			return Arrays.asList(reason);
		}

	}

	@Test
	void anAuditSummaryCutAtItsLimitAgreesWithItsCode() {
		String id = UUID.randomUUID().toString();
		String reason = "理由".repeat(StoredTexts.SUMMARY_LENGTH / 2 + 10);
		events.publishEvent(new Withdrawn(id, reason));
		Map<String, Object> row = jdbc.sql(
				"select summary, summary_code, summary_args from audit_entry where subject_type = ? and subject_id = ?")
			.params("stored-texts-test", id)
			.query()
			.singleRow();
		String summary = row.get("SUMMARY").toString();
		assertThat(summary).hasSize(StoredTexts.SUMMARY_LENGTH).isEqualTo(("撤回：" + reason).substring(0, 4000));
		String code = (String) row.get("SUMMARY_CODE");
		String args = (String) row.get("SUMMARY_ARGS");
		assertThat(texts.agrees(code, args, summary)).isTrue();
		// the arguments must still give back the signed text up to the cut
		assertThat(texts.agrees(code, args.replaceFirst("理由", "情况"), summary)).isFalse();
		// a text shorter than the limit is not a cut: it must be given back whole
		assertThat(texts.agrees(code, args, summary.substring(0, StoredTexts.SUMMARY_LENGTH - 1))).isFalse();
		assertThat(texts.render(code, args, summary, Locale.ENGLISH)).startsWith("Withdrawn: 理由")
			.hasSize(reason.length() + "Withdrawn: ".length());
	}

	@Test
	void aSummaryIsCutAtTheLimitOnly() {
		assertThat(StoredTexts.cut("短")).isEqualTo("短");
		assertThat(StoredTexts.cut("长".repeat(StoredTexts.SUMMARY_LENGTH + 1))).hasSize(StoredTexts.SUMMARY_LENGTH);
		assertThat(StoredTexts.cut("长".repeat(StoredTexts.SUMMARY_LENGTH))).hasSize(StoredTexts.SUMMARY_LENGTH);
	}

}
