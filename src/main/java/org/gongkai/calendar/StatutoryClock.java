package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Derives an application's deadlines from its recorded facts (Articles 30–34 of the Regulations): the correction
 * notice within 7 working days of receipt, the reply within 20 working days of receipt (or of the corrected
 * application), plus consultation pauses and one extension of at most 20 working days.
 */
@Service
public class StatutoryClock {

	/** Article 33: reply within 20 working days. */
	public static final int REPLY_DAYS = 20;

	/** Article 30: correction notice within 7 working days. */
	public static final int CORRECTION_NOTICE_DAYS = 7;

	private final WorkingCalendar calendar;

	StatutoryClock(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** Reads the clock on {@code today}. */
	public ClockReading read(ClockFacts facts, LocalDate today) {
		List<ClockReading.Term> terms = new ArrayList<>();
		LocalDate noticeDue = calendar.addWorkingDays(facts.receivedOn(), CORRECTION_NOTICE_DAYS);
		terms.add(new ClockReading.Term("补正告知期限（第三十条）", facts.receivedOn(), CORRECTION_NOTICE_DAYS, noticeDue, List.of()));
		boolean awaitingCorrection = facts.correctionRequestedOn() != null && facts.correctionReceivedOn() == null;
		if (awaitingCorrection) {
			return new ClockReading(null, noticeDue, 0, true, calendar.isProvisional(facts.receivedOn(), noticeDue), terms);
		}
		LocalDate start = facts.correctionReceivedOn() != null ? facts.correctionReceivedOn() : facts.receivedOn();
		int paused = 0;
		boolean pausedToday = false;
		for (Pause pause : facts.pauses()) {
			LocalDate until = pause.isOpen() ? today : pause.until();
			paused += calendar.countWorkingDays(pause.from().minusDays(1), until);
			pausedToday |= pause.isOpen();
		}
		LocalDate due = calendar.addWorkingDays(start, REPLY_DAYS + facts.extensionDays() + paused);
		terms.add(new ClockReading.Term("答复期限（第三十三条）", start, REPLY_DAYS + facts.extensionDays() + paused, due, List.of()));
		int left = due.isBefore(today) ? -calendar.countWorkingDays(due, today) : calendar.countWorkingDays(today, due);
		return new ClockReading(due, noticeDue, left, pausedToday, calendar.isProvisional(facts.receivedOn(), due), terms);
	}

}
