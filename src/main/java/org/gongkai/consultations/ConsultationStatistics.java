package org.gongkai.consultations;

import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The yearly counts of the questions an agency received and answered, for the narrative
 * of the annual report. Placeholder of the API only (zeros and empty maps), replaced by
 * the consultations branch at the merge.
 */
@Service
@NamedInterface("statistics")
public class ConsultationStatistics {

	/**
	 * The counts of one agency-year.
	 *
	 * @param received questions received in the year
	 * @param answered questions answered in the year
	 * @param byChannel received per channel
	 * @param byType received per type
	 */
	public record Yearly(int received, int answered, Map<String, Integer> byChannel, Map<String, Integer> byType) {
	}

	/** The counts of agency {@code agencyId} for {@code year}. */
	public Yearly yearly(long agencyId, int year) {
		return new Yearly(0, 0, Map.of(), Map.of());
	}

}
