package org.gongkai.calendar;

import org.gongkai.calendar.Channel;
import org.gongkai.calendar.ReceiptDates.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.calendar.Fixtures.date;

/** Article 31: which day counts as the receipt of an application, by channel. */
class ReceiptDatesTests {

	final ReceiptDates receipts = new ReceiptDates();

	@Test
	void inPersonCountsTheDayOfSubmission() {
		assertThat(receipts.receiptDate(Channel.IN_PERSON, date("2026-03-02"), null, date("2026-03-05")))
			.isEqualTo(date("2026-03-02"));
	}

	@Test
	void registeredMailCountsTheDayTheAgencySignedForIt() {
		assertThat(receipts.receiptDate(Channel.REGISTERED_MAIL, date("2026-03-02"), date("2026-03-03"), null))
			.isEqualTo(date("2026-03-03"));
		assertThatThrownBy(() -> receipts.receiptDate(Channel.REGISTERED_MAIL, date("2026-03-02"), null, null))
			.hasMessageContaining("签收");
	}

	@Test
	void ordinaryLetterOnlineAndFaxCountTheDayOfConfirmation() {
		for (Channel channel : new Channel[] { Channel.ORDINARY_LETTER, Channel.ONLINE, Channel.FAX }) {
			assertThat(receipts.receiptDate(channel, date("2026-03-02"), null, date("2026-03-04"))).as(channel.name())
				.isEqualTo(date("2026-03-04"));
		}
		assertThatThrownBy(() -> receipts.receiptDate(Channel.ONLINE, date("2026-03-02"), null, null))
			.hasMessageContaining("尚未确认");
	}

	@Test
	void emailAndTheHotlineCountTheDayOfConfirmationByDefault() {
		assertThat(receipts.ruleFor(Channel.EMAIL)).isEqualTo(Rule.CONFIRMATION_DAY);
		assertThat(receipts.receiptDate(Channel.HOTLINE_12345, date("2026-03-02"), null, date("2026-03-03")))
			.isEqualTo(date("2026-03-03"));
	}

	@Test
	void emailAndTheHotlineCanBeReadByTheirArrivalDay() {
		ReceiptDates byArrival = new ReceiptDates(Rule.ARRIVAL_DAY, Rule.ARRIVAL_DAY);
		assertThat(byArrival.receiptDate(Channel.EMAIL, date("2026-03-02"), null, null)).isEqualTo(date("2026-03-02"));
		assertThat(byArrival.ruleFor(Channel.ORDINARY_LETTER)).as("named channels keep Article 31")
			.isEqualTo(Rule.CONFIRMATION_DAY);
		assertThatThrownBy(() -> new ReceiptDates(Rule.SIGNED_FOR_DAY, Rule.ARRIVAL_DAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aConfirmationBeforeArrivalIsRejected() {
		assertThatThrownBy(() -> receipts.receiptDate(Channel.FAX, date("2026-03-05"), null, date("2026-03-04")))
			.hasMessageContaining("不能早于");
	}

	@Test
	void aChannelNeedingConfirmationHasNoReceiptDateUntilItIsConfirmed() {
		assertThat(receipts.receiptDateOnceKnown(Channel.ONLINE, date("2026-03-02"), null, null)).isNull();
		assertThat(receipts.receiptDateOnceKnown(Channel.ONLINE, date("2026-03-02"), null, date("2026-03-03")))
			.isEqualTo(date("2026-03-03"));
		assertThat(receipts.receiptDateOnceKnown(Channel.IN_PERSON, date("2026-03-02"), null, null))
			.isEqualTo(date("2026-03-02"));
		assertThatThrownBy(() -> receipts.receiptDateOnceKnown(Channel.REGISTERED_MAIL, date("2026-03-02"), null, null))
			.hasMessageContaining("签收");
	}

}
