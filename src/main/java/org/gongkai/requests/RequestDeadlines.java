package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongkai.calendar.DeadlineFacts;
import org.gongkai.calendar.DerivedDeadlines;
import org.gongkai.calendar.Pause;
import org.gongkai.calendar.DeadlineRules;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Derives an application's clock from its recorded facts through the calendar module's
 * {@link DeadlineRules}: the receipt date (or the reopening date of a later round), the
 * correction notice and corrected application, each consultation's pause and the
 * extension. Nothing it computes is ever stored as an editable date.
 */
@Component
public class RequestDeadlines {

	private final DeadlineRules deadlineRules;

	private final WorkingCalendar calendar;

	private final RequestsProperties properties;

	RequestDeadlines(DeadlineRules deadlineRules, WorkingCalendar calendar, RequestsProperties properties) {
		this.deadlineRules = deadlineRules;
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * Reads the clock on {@code today}; a disposed application's clock is read on its
	 * disposal day.
	 */
	public DeadlineStatus read(InformationRequest request, LocalDate today) {
		if (request.getReceivedOn() == null) {
			return new DeadlineStatus(today, null, null, List.of(), DeadlineStatus.Badge.NONE, null, List.of());
		}
		boolean disposed = request.getStatus().isDisposed();
		LocalDate on = disposed ? request.getClosedOn() : today;
		List<DeadlineStatus.ConsultationTerm> consultations = consultationTerms(request, on);
		DerivedDeadlines reading = reasonablePeriod(request,
				decisionPeriod(request, deadlineRules.read(facts(request, consultations, on), on), on), on);
		LocalDate correctionTermEnds = correctionTermEnds(request);
		List<DerivedDeadlines.Term> terms = new ArrayList<>();
		// The calendar explains one consultation term per pause, in the order of the
		// consultations: each is shown with its own party and the dates the consultation
		// table shows (Articles 32, 34).
		int consultation = 0;
		for (DerivedDeadlines.Term term : reading.terms()) {
			if (term.kind() == DerivedDeadlines.Term.Kind.THIRD_PARTY
					|| term.kind() == DerivedDeadlines.Term.Kind.OTHER_AGENCY) {
				String party = consultations.get(consultation++).party();
				terms.add(new DerivedDeadlines.Term(term.kind(), party, term.from(), term.workingDays(),
						term.excludedDays(), term.due(), term.crossed(), term.provisional()));
			}
			else {
				terms.add(term);
			}
		}
		if (correctionTermEnds != null) {
			terms.add(new DerivedDeadlines.Term(DerivedDeadlines.Term.Kind.CORRECTION, null,
					request.getCorrectionServedOn(), request.getCorrectionTermDays(), correctionTermEnds));
		}
		Boolean inTime = null;
		DeadlineStatus.Badge badge;
		if (disposed) {
			badge = DeadlineStatus.Badge.DONE;
			inTime = request.getOutcome() == Outcome.OTHER_DISPOSAL_CORRECTION_OVERDUE || !reading.overdueOn(on);
		}
		else {
			badge = openBadge(request.getStatus(), pausedOn(request, consultations, on), reading.replyDue(), on);
		}
		return new DeadlineStatus(on, reading, correctionTermEnds, consultations, badge, inTime, List.copyOf(terms));
	}

	/**
	 * The reading of a round reopened after 纠正 whose decision set the period of the new
	 * reply: the day it set, or its working days counted from the day it was served on
	 * the agency, in place of the 20 working days of Article 33 (issue 11, item 7).
	 */
	private DerivedDeadlines decisionPeriod(InformationRequest request, DerivedDeadlines reading, LocalDate on) {
		List<HandlingRound> rounds = request.getRounds();
		if (request.getRound() <= 1 || rounds.isEmpty() || reading.replyDue() == null) {
			return reading;
		}
		ReopeningTerm term = rounds.get(rounds.size() - 1).term();
		if (!term.set()) {
			return reading;
		}
		LocalDate due = term.dueOn() != null ? term.dueOn()
				: calendar.addWorkingDays(term.decisionServedOn(), term.workingDays());
		LocalDate from = term.dueOn() != null ? request.roundStart() : term.decisionServedOn();
		int days = term.workingDays() != null ? term.workingDays()
				: (due.isAfter(from) ? calendar.countWorkingDays(from, due) : 0);
		List<DerivedDeadlines.Term> terms = new ArrayList<>(reading.terms());
		terms.add(new DerivedDeadlines.Term(DerivedDeadlines.Term.Kind.OTHER, "纠正决定所定的重新答复期限", from, days, due));
		return new DerivedDeadlines(due, reading.correctionNoticeDue(), workingDaysLeft(due, on), reading.paused(),
				reading.provisional(), terms, reading.correctionDue(), reading.feePaymentDue());
	}

	/**
	 * The reading with the reasonable extended period of Article 35, where one is set:
	 * the reply is due on the day set, or the working days set after the Article 33 due
	 * date, and the term is explained with its reason.
	 */
	private DerivedDeadlines reasonablePeriod(InformationRequest request, DerivedDeadlines reading, LocalDate on) {
		ExcessiveInquiry excessive = request.getExcessive();
		if (excessive == null || !excessive.periodSet() || reading.replyDue() == null) {
			return reading;
		}
		LocalDate base = reading.replyDue();
		LocalDate due = excessive.periodDue() != null ? excessive.periodDue()
				: calendar.addWorkingDays(base, excessive.periodDays());
		int days = excessive.periodDays() != null ? excessive.periodDays()
				: (due.isAfter(base) ? calendar.countWorkingDays(base, due) : 0);
		List<DerivedDeadlines.Term> terms = new ArrayList<>(reading.terms());
		terms.add(new DerivedDeadlines.Term(DerivedDeadlines.Term.Kind.OTHER,
				"《条例》第三十五条 延迟答复的合理期限：" + excessive.periodReason(), base, days, due));
		return new DerivedDeadlines(due, reading.correctionNoticeDue(), workingDaysLeft(due, on), reading.paused(),
				reading.provisional(), terms, reading.correctionDue(), reading.feePaymentDue());
	}

	/**
	 * A list line's badge from its indexed due date and pause end, without loading the
	 * application: the same function as the case page's badge on the same facts, so that
	 * lists, counts and the case page agree.
	 */
	public DeadlineStatus.Badge listBadge(RequestSearch.Row row, LocalDate today) {
		if (row.status().isDisposed()) {
			return DeadlineStatus.Badge.DONE;
		}
		return openBadge(row.status(), row.pausedOn(today), row.dueIndex(), today);
	}

	/**
	 * The badge of an application not disposed of, the one rule for the case page and
	 * every list: no clock before receipt or once dismissed; paused while a correction is
	 * awaited or a consultation's pause lasts; late on any day after the reply due date;
	 * otherwise by the working days left.
	 */
	private DeadlineStatus.Badge openBadge(RequestStatus status, boolean paused, LocalDate due, LocalDate today) {
		if (!status.isOpen()) {
			return DeadlineStatus.Badge.NONE;
		}
		if (paused) {
			return DeadlineStatus.Badge.PAUSED;
		}
		if (due == null) {
			return DeadlineStatus.Badge.NONE;
		}
		// Late on any day after the due date, the weekend or holiday after it included.
		if (today.isAfter(due)) {
			return DeadlineStatus.Badge.LATE;
		}
		return workingDaysLeft(due, today) <= properties.dueSoonDays() ? DeadlineStatus.Badge.SOON
				: DeadlineStatus.Badge.OK;
	}

	LocalDate addWorkingDays(LocalDate from, int days) {
		return calendar.addWorkingDays(from, days);
	}

	/** The last due date that counts as "due soon" on {@code today}. */
	public LocalDate dueSoonLimit(LocalDate today) {
		return calendar.addWorkingDays(today, properties.dueSoonDays());
	}

	/**
	 * Working days from {@code today} to {@code due}, negative when overdue, as the
	 * calendar counts them.
	 */
	public int workingDaysLeft(LocalDate due, LocalDate today) {
		return due.isBefore(today) ? -calendar.countWorkingDays(due, today) : calendar.countWorkingDays(today, due);
	}

	/**
	 * Whether the reply clock stands still on {@code day}: a correction is awaited, or
	 * {@code day} lies in a consultation's paused span (from the sending day to the
	 * answer day or the end of the party's term, both excluded from the period).
	 */
	private static boolean pausedOn(InformationRequest request, List<DeadlineStatus.ConsultationTerm> consultations,
			LocalDate day) {
		if (request.getStatus() == RequestStatus.AWAITING_CORRECTION) {
			return true;
		}
		return consultations.stream()
			.anyMatch(term -> !day.isBefore(term.sentOn())
					&& (term.pausedUntil() == null || !day.isAfter(term.pausedUntil())));
	}

	/**
	 * The facts of the current round: each consultation is its own pause from the day its
	 * letter was sent (the calendar merges overlapping pauses and never counts a period's
	 * start day twice, under either {@code count-start-day} setting).
	 */
	private DeadlineFacts facts(InformationRequest request, List<DeadlineStatus.ConsultationTerm> consultations,
			LocalDate today) {
		boolean firstRound = request.getRound() <= 1;
		LocalDate start = firstRound ? request.getReceivedOn() : request.roundStart();
		List<Pause> pauses = consultations.stream()
			.map(term -> new Pause(term.kind().pauseKind(), term.sentOn(), term.pausedUntil()))
			.toList();
		int extension = request.getExtensionDays() == null ? 0 : request.getExtensionDays();
		return new DeadlineFacts(start, firstRound ? request.getCorrectionRequestedOn() : null,
				firstRound ? request.getCorrectionReceivedOn() : null, pauses, extension);
	}

	/**
	 * The working days a submission has waited for confirmation on {@code today}: 0 on
	 * the day it arrived; from 1 on it is shown with a warning (an ordinary letter is to
	 * be confirmed the day it arrives, Article 31 (二)).
	 */
	public int confirmationWait(LocalDate submittedOn, LocalDate today) {
		return today.isAfter(submittedOn) ? calendar.countWorkingDays(submittedOn, today) : 0;
	}

	/**
	 * The last day of the applicant's correction term: the agency's term in working days
	 * after the day the notice was served (Article 30); none while it is not served.
	 */
	public LocalDate correctionTermEnds(InformationRequest request) {
		if (request.getCorrectionServedOn() == null || request.getCorrectionTermDays() == null) {
			return null;
		}
		return calendar.addWorkingDays(request.getCorrectionServedOn(), request.getCorrectionTermDays());
	}

	/**
	 * The last day for a correction notice: 7 working days after receipt (Article 30).
	 */
	public LocalDate correctionNoticeDue(InformationRequest request) {
		return calendar.addWorkingDays(request.getReceivedOn(), StatutoryTerms.CORRECTION_NOTICE_DAYS);
	}

	/**
	 * The date lists index by: the reply due date of an open case, {@code null}
	 * otherwise.
	 */
	LocalDate dueIndex(InformationRequest request, LocalDate today) {
		if (!request.getStatus().isOpen()) {
			return null;
		}
		return read(request, today).replyDue();
	}

	/**
	 * The index of a consultation pause: the last day a consultation of the current round
	 * keeps the clock still, an unanswered one until its 15-working-day term ends
	 * (Articles 32, 34), an answered one until its answer; {@code null} without
	 * consultations or once the application is no longer open.
	 */
	LocalDate pauseIndex(InformationRequest request, LocalDate today) {
		if (!request.getStatus().isOpen()) {
			return null;
		}
		// An unanswered consultation pauses until its term ends, whether or not that day
		// has come.
		return consultationTerms(request, today).stream()
			.map(term -> term.pausedUntil() != null ? term.pausedUntil() : term.termEnds())
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	private List<DeadlineStatus.ConsultationTerm> consultationTerms(InformationRequest request, LocalDate today) {
		List<DeadlineStatus.ConsultationTerm> terms = new ArrayList<>();
		List<Consultation> all = request.getConsultations();
		for (int i = 0; i < all.size(); i++) {
			Consultation consultation = all.get(i);
			if (consultation.roundNo() != request.getRound()) {
				continue;
			}
			LocalDate termEnds = calendar.addWorkingDays(consultation.sentOn(), StatutoryTerms.CONSULTATION_DAYS);
			LocalDate until;
			if (consultation.answeredOn() != null) {
				until = consultation.answeredOn().isAfter(termEnds) ? termEnds : consultation.answeredOn();
			}
			else {
				until = today.isAfter(termEnds) ? termEnds : null;
			}
			terms.add(new DeadlineStatus.ConsultationTerm(i + 1, consultation.kind(), consultation.party(),
					consultation.sentOn(), termEnds, consultation.answeredOn(), until));
		}
		return terms;
	}

}
