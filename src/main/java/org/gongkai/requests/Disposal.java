package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How the current handling round ended: the reply sent and its service, or the closing
 * without a reply, and the archiving; all {@code null} while the round is open (a
 * dismissal only records its note).
 *
 * @param outcome the outcome counted in table 三
 * @param legalBasis the reply's legal basis
 * @param replyText the reply's text
 * @param repliedOn the day the reply was sent
 * @param replyDelivery how it was sent
 * @param closedOn the day the round was disposed of
 * @param closingNote why it was closed without a reply, or dismissed
 * @param servedOn the day the reply was served
 * @param archivedAt when the application was archived
 * @param responsibleAgency for 不属于本机关公开, the agency the reply names as responsible for
 * disclosing the information (Article 36 (五))
 * @param responsibleAgencyContact that agency's contact details, as the reply gives them
 */
public record Disposal(Outcome outcome, String legalBasis, String replyText, LocalDate repliedOn,
		DeliveryMethod replyDelivery, LocalDate closedOn, String closingNote, LocalDate servedOn, Instant archivedAt,
		String responsibleAgency, String responsibleAgencyContact) {

	static final Disposal NONE = new Disposal(null, null, null, null, null, null, null, null, null, null, null);

	static Disposal dismissed(String note) {
		return new Disposal(null, null, null, null, null, null, note, null, null, null, null);
	}

	static Disposal replied(ReplyDraft draft, LocalDate on, DeliveryMethod delivery) {
		return new Disposal(draft.outcome(), draft.legalBasis(), draft.text(), on, delivery, on, null, null, null,
				draft.responsibleAgency(), draft.responsibleAgencyContact());
	}

	static Disposal closed(Outcome outcome, LocalDate on, String note) {
		return new Disposal(outcome, null, null, null, null, on, note, null, null, null, null);
	}

	Disposal served(LocalDate on) {
		return new Disposal(outcome, legalBasis, replyText, repliedOn, replyDelivery, closedOn, closingNote, on,
				archivedAt, responsibleAgency, responsibleAgencyContact);
	}

	Disposal archived(Instant at) {
		return new Disposal(outcome, legalBasis, replyText, repliedOn, replyDelivery, closedOn, closingNote, servedOn,
				at, responsibleAgency, responsibleAgencyContact);
	}

}
