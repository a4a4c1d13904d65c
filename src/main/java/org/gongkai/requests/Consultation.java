package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A written consultation of a third party (Article 32) or of another agency (Article 34):
 * part of the {@link InformationRequest} aggregate. Its 15-working-day term and the pause
 * it causes are derived, not stored.
 *
 * @param roundNo the handling round it belongs to (a reopened application starts a new
 * round)
 * @param kind whom it consults
 * @param party the name of the consulted party
 * @param sentOn the day the consultation letter was sent: the clock stops from this day
 * @param answeredOn the day the answer arrived, or {@code null}
 * @param answer what the party said, in short
 * @param stance agreement, objection or no answer (Article 32), or {@code null} where not
 * recorded
 */
@Table("request_consultation")
public record Consultation(int roundNo, ConsultationKind kind, String party, LocalDate sentOn, LocalDate answeredOn,
		String answer, ConsultationStance stance) {

	Consultation answered(LocalDate on, String summary, ConsultationStance said) {
		return new Consultation(roundNo, kind, party, sentOn, on, summary, said);
	}

	/**
	 * Whether an answer may still be recorded: neither answered nor recorded as no
	 * answer.
	 */
	public boolean awaited() {
		return answeredOn == null && stance != ConsultationStance.NO_ANSWER;
	}

	/** Whether the party objected to disclosure. */
	public boolean objected() {
		return stance == ConsultationStance.OBJECTED;
	}

	public boolean isAnswered() {
		return answeredOn != null;
	}

}
