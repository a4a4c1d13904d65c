package org.gongkai.calendar;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A span during which the reply period does not run: consultation of a third party
 * (Article 32) or of another agency (Article 34), both excluded by Article 33 ¶3, or —
 * where configured — a fee notice awaiting payment. The clock stops on {@code from} (the
 * day the consultation letter or fee notice is sent) and runs again after {@code until}
 * (the day the answer or the payment arrives); both days are excluded. An open pause has
 * no {@code until}. Overlapping pauses (a third party and another agency consulted at
 * once) exclude their days once.
 *
 * @param kind why the clock stopped
 * @param from first day not counted
 * @param until last day not counted, or {@code null} while the pause lasts
 */
@NamedInterface("api")
public record Pause(Kind kind, LocalDate from, LocalDate until) {

	public enum Kind {

		/** 征求第三方意见 (Article 32). */
		THIRD_PARTY,
		/** 征求其他机关意见 (Article 34). */
		OTHER_AGENCY,
		/**
		 * 收费通知 awaiting payment (国办函〔2020〕109号); whether it stops the reply period is
		 * UNCONFIRMED and set by {@code gongkai.calendar.fee-payment-pauses-reply}
		 * (default {@code true}).
		 */
		FEE_PAYMENT

	}

	public Pause {
		if (kind == null || from == null) {
			throw new IllegalArgumentException("暂停须写明原因和开始日");
		}
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException("暂停结束日不能早于开始日");
		}
	}

	/**
	 * A third-party consultation (Article 32) from the day the letter was sent;
	 * {@code until} may be {@code null}.
	 */
	public static Pause thirdParty(LocalDate from, LocalDate until) {
		return new Pause(Kind.THIRD_PARTY, from, until);
	}

	/**
	 * Another agency's consultation (Article 34) from the day the letter was sent;
	 * {@code until} may be {@code null}.
	 */
	public static Pause otherAgency(LocalDate from, LocalDate until) {
		return new Pause(Kind.OTHER_AGENCY, from, until);
	}

	/**
	 * A fee notice from the day it was sent until the day the fee was paid; {@code until}
	 * may be {@code null}.
	 */
	public static Pause feePayment(LocalDate from, LocalDate until) {
		return new Pause(Kind.FEE_PAYMENT, from, until);
	}

	public boolean isOpen() {
		return until == null;
	}

	/** Whether this is a consultation of Articles 32–34. */
	public boolean isConsultation() {
		return kind == Kind.THIRD_PARTY || kind == Kind.OTHER_AGENCY;
	}

}
