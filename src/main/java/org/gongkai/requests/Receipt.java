package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Column;

/**
 * How and when an application arrived, and the receipt date Article 31 derives from it
 * (see {@link org.gongkai.calendar.ReceiptDates}).
 *
 * @param submittedAt the moment it was registered
 * @param submittedOn the day it was handed in, posted online or arrived
 * @param signedForOn for registered mail, the day the agency signed for it
 * @param confirmedOn for channels needing confirmation, the day both sides confirmed
 * @param receivedOn the receipt date, {@code null} while a needed confirmation is missing
 * @param note registered-mail number, fax number, 12345 ticket and similar
 * @param confirmationReason why an ordinary letter was confirmed later than the day it
 * arrived (Article 31 (二) asks for confirmation that day)
 */
public record Receipt(Instant submittedAt, LocalDate submittedOn, LocalDate signedForOn, LocalDate confirmedOn,
		LocalDate receivedOn, @Column("receipt_note") String note,
		@Column("confirmation_reason") String confirmationReason) {

	Receipt received(LocalDate on) {
		return new Receipt(submittedAt, submittedOn, signedForOn, confirmedOn, on, note, confirmationReason);
	}

	Receipt confirmed(LocalDate on, String reason) {
		return new Receipt(submittedAt, submittedOn, signedForOn, on, receivedOn, note, reason);
	}

}
