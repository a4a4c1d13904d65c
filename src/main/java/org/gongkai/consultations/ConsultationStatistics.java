package org.gongkai.consultations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly counts of an agency's questions for the annual report's narrative, computed
 * from the records by SQL every time, never kept as counters. The named interface
 * {@code consultations :: statistics} is what the reports module may use.
 */
@Service
@NamedInterface({ "api", "statistics" })
public class ConsultationStatistics {

	private final JdbcClient jdbc;

	ConsultationStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counts of one agency-year.
	 *
	 * @param received questions received in the year
	 * @param answered of those, the ones answered (by any day, also after the year)
	 * @param byChannel received per channel: {@code mailbox}, {@code online},
	 * {@code phone}, {@code hotline12345}, each present, 0 where none
	 * @param byType received per type: {@code consultation}, {@code complaint},
	 * {@code suggestion}, each present, 0 where none
	 */
	public record Yearly(int received, int answered, Map<String, Integer> byChannel, Map<String, Integer> byType) {

		public Yearly {
			byChannel = Map.copyOf(byChannel);
			byType = Map.copyOf(byType);
		}

	}

	/** The counts of questions {@code agencyId} received in {@code year}. */
	@Transactional(readOnly = true)
	public Yearly yearly(long agencyId, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Map<String, Integer> byChannel = new LinkedHashMap<>();
		for (QuestionChannel channel : QuestionChannel.values()) {
			byChannel.put(channel.code(), 0);
		}
		Map<String, Integer> byType = new LinkedHashMap<>();
		for (QuestionType type : QuestionType.values()) {
			byType.put(type.code(), 0);
		}
		int[] totals = new int[2];
		jdbc.sql("""
				select channel, question_type, count(*) as received, count(answered_on) as answered
				from consultation_question
				where agency_id = :agency and received_on between :first and :last
				group by channel, question_type""")
			.param("agency", agencyId)
			.param("first", first)
			.param("last", last)
			.query(rs -> {
				int received = rs.getInt("received");
				byChannel.merge(QuestionChannel.valueOf(rs.getString("channel")).code(), received, Integer::sum);
				byType.merge(QuestionType.valueOf(rs.getString("question_type")).code(), received, Integer::sum);
				totals[0] += received;
				totals[1] += rs.getInt("answered");
			});
		return new Yearly(totals[0], totals[1], byChannel, byType);
	}

}
