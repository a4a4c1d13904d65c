package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * A span during which the reply period does not run: consultation of a third party (Article 32) or of another agency
 * (Article 34). The clock stops on {@code from} (the day the consultation letter is sent) and runs again after
 * {@code until} (the day the answer arrives or the 15-working-day term ends); an open pause has no {@code until}.
 *
 * @param kind why the clock stopped
 * @param from first day not counted
 * @param until last day not counted, or {@code null} while the pause lasts
 */
public record Pause(Kind kind, LocalDate from, LocalDate until) {

	public enum Kind {
		/** 征求第三方意见 (Article 32). */
		THIRD_PARTY,
		/** 征求其他机关意见 (Article 34). */
		OTHER_AGENCY,
		/** 收费通知 awaiting payment (国办函〔2020〕109号); whether it pauses is configurable. */
		FEE_PAYMENT
	}

	public Pause {
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException("暂停结束日不能早于开始日");
		}
	}

	public boolean isOpen() {
		return until == null;
	}

}
