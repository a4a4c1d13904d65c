package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongkai.calendar.DerivedDeadlines.Term;
import org.springframework.modulith.NamedInterface;

/**
 * Derives an application's deadlines from its recorded facts, and explains each:
 * <ul>
 * <li>the correction notice within 7 working days of receipt (Article 30);</li>
 * <li>the applicant's correction term, as the agency set it (Article 30);</li>
 * <li>the reply within 20 working days of receipt, or of the day the corrected
 * application arrived (Articles 30, 33), plus one extension of at most 20 working days
 * approved by the office head (Article 33);</li>
 * <li>consultation of third parties and other agencies excluded from the reply period
 * (Article 33 ¶3), each consulted party answering within 15 working days (Articles 32,
 * 34);</li>
 * <li>the fee payment term of 20 working days from the day after the fee notice arrives
 * (国办函〔2020〕109号), and — UNCONFIRMED, configurable — the reply period standing still
 * while a fee notice awaits payment.</li>
 * </ul>
 * Nothing here is stored: read the clock again with new facts, or after a year's calendar
 * arrives, and every date follows.
 */
@NamedInterface("api")
public class DeadlineRules {

	private final WorkingCalendar calendar;

	private final boolean feePaymentPausesReply;

	/**
	 * A clock on {@code calendar} under which fee notices stop the reply period (the
	 * default).
	 */
	public DeadlineRules(WorkingCalendar calendar) {
		this(calendar, true);
	}

	/**
	 * A clock on {@code calendar}.
	 * @param feePaymentPausesReply whether a {@link Pause.Kind#FEE_PAYMENT} pause stops
	 * the reply period ({@code gongkai.calendar.fee-payment-pauses-reply}, UNCONFIRMED at
	 * national level)
	 */
	public DeadlineRules(WorkingCalendar calendar, boolean feePaymentPausesReply) {
		this.calendar = calendar;
		this.feePaymentPausesReply = feePaymentPausesReply;
	}

	/** Reads the clock on {@code today}. */
	public DerivedDeadlines read(DeadlineFacts facts, LocalDate today) {
		List<Term> terms = new ArrayList<>();
		Term notice = term(Term.Kind.CORRECTION_NOTICE, facts.receivedOn(), StatutoryTerms.CORRECTION_NOTICE_DAYS, 0,
				calendar.addWorkingDays(facts.receivedOn(), StatutoryTerms.CORRECTION_NOTICE_DAYS), false);
		terms.add(notice);
		LocalDate correctionDue = null;
		if (facts.correctionRequestedOn() != null && facts.correctionTermDays() != null) {
			correctionDue = calendar.addWorkingDays(facts.correctionRequestedOn(), facts.correctionTermDays());
			terms.add(term(Term.Kind.CORRECTION, facts.correctionRequestedOn(), facts.correctionTermDays(), 0,
					correctionDue, false));
		}
		for (Pause pause : facts.pauses()) {
			if (pause.isConsultation()) {
				Term.Kind kind = pause.kind() == Pause.Kind.THIRD_PARTY ? Term.Kind.THIRD_PARTY
						: Term.Kind.OTHER_AGENCY;
				terms.add(term(kind, pause.from(), StatutoryTerms.CONSULTATION_DAYS, 0,
						calendar.addWorkingDays(pause.from(), StatutoryTerms.CONSULTATION_DAYS), false));
			}
		}
		LocalDate feeDue = null;
		if (facts.feeNoticeReceivedOn() != null) {
			feeDue = calendar.nthWorkingDayAfter(facts.feeNoticeReceivedOn(), StatutoryTerms.FEE_PAYMENT_DAYS);
			terms.add(term(Term.Kind.FEE_PAYMENT, facts.feeNoticeReceivedOn(), StatutoryTerms.FEE_PAYMENT_DAYS, 0,
					feeDue, true));
		}

		if (facts.awaitingCorrection()) {
			return new DerivedDeadlines(null, notice.due(), 0, true, anyProvisional(terms), terms, correctionDue,
					feeDue);
		}

		LocalDate start = facts.correctionReceivedOn() != null ? facts.correctionReceivedOn() : facts.receivedOn();
		int running = StatutoryTerms.REPLY_DAYS + facts.extensionDays();
		// The last day already counted; the period runs on the working days after it that
		// no pause covers.
		LocalDate cursor = calendar.startDayCounted() ? start.minusDays(1) : start;
		int remaining = running;
		int excluded = 0;
		List<Span> stops = stops(facts, today);
		boolean pausedToday = stops.stream()
			.anyMatch(span -> !today.isBefore(span.from()) && !today.isAfter(span.until()));
		for (Span span : stops) {
			LocalDate stopFrom = span.from().isAfter(cursor) ? span.from() : cursor.plusDays(1);
			if (span.until().isBefore(stopFrom)) {
				continue;
			}
			int before = calendar.countWorkingDays(cursor, stopFrom.minusDays(1));
			if (before >= remaining) {
				break;
			}
			remaining -= before;
			excluded += calendar.countWorkingDays(stopFrom.minusDays(1), span.until());
			cursor = span.until();
		}
		LocalDate due = calendar.nthWorkingDayAfter(cursor, remaining);
		terms.add(term(Term.Kind.REPLY, start, running, excluded, due, false));
		int left = due.isBefore(today) ? -calendar.countWorkingDays(due, today) : calendar.countWorkingDays(today, due);
		return new DerivedDeadlines(due, notice.due(), left, pausedToday, anyProvisional(terms), terms, correctionDue,
				feeDue);
	}

	/**
	 * The spans that stop the reply period, merged where they overlap or touch, in date
	 * order.
	 */
	private List<Span> stops(DeadlineFacts facts, LocalDate today) {
		List<Span> spans = facts.pauses()
			.stream()
			.filter(pause -> pause.isConsultation() || feePaymentPausesReply)
			.map(pause -> new Span(pause.from(), pause.isOpen() ? max(today, pause.from()) : pause.until()))
			.sorted(Comparator.comparing(Span::from))
			.toList();
		List<Span> merged = new ArrayList<>();
		for (Span span : spans) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !span.from().isAfter(last.until().plusDays(1))) {
				merged.set(merged.size() - 1, new Span(last.from(), max(last.until(), span.until())));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	private Term term(Term.Kind kind, LocalDate from, int workingDays, int excludedDays, LocalDate due,
			boolean startsNextDay) {
		LocalDate firstCounted = calendar.startDayCounted() && !startsNextDay ? from : from.plusDays(1);
		boolean provisional = !due.isBefore(firstCounted) && calendar.isProvisional(firstCounted, due);
		return new Term(kind, null, from, workingDays, excludedDays, due,
				calendar.declaredBetween(firstCounted.minusDays(1), due), provisional);
	}

	private static boolean anyProvisional(List<Term> terms) {
		return terms.stream().anyMatch(Term::provisional);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private record Span(LocalDate from, LocalDate until) {
	}

}
