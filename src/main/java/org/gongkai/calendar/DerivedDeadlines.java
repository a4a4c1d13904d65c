package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

import org.gongkai.shared.ChineseBundles;

import org.springframework.modulith.NamedInterface;

/**
 * An application's statutory clock as read on one day, with every term explained.
 *
 * @param replyDue the last day to reply (Article 33), {@code null} while awaiting a
 * correction
 * @param correctionNoticeDue the last day to issue a correction notice (Article 30: 7
 * working days after receipt)
 * @param workingDaysLeft working days from {@code today} (exclusive) to {@code replyDue}
 * (inclusive); negative when overdue, 0 while awaiting a correction
 * @param paused whether the clock stands still today (an open pause, or awaiting a
 * correction)
 * @param provisional whether a computed date depends on days whose official calendar is
 * not loaded
 * @param terms each term: what it counted and which holidays and make-up days it crossed
 * @param correctionDue the last day for the applicant to correct (the term the agency
 * set), or {@code null}
 * @param feePaymentDue the last day to pay a fee (20 working days from the day after the
 * notice arrived), or {@code null}
 */
@NamedInterface("api")
public record DerivedDeadlines(LocalDate replyDue, LocalDate correctionNoticeDue, int workingDaysLeft, boolean paused,
		boolean provisional, List<Term> terms, LocalDate correctionDue, LocalDate feePaymentDue) {

	public DerivedDeadlines {
		terms = List.copyOf(terms);
	}

	/** A reading without the applicant's correction and fee terms. */
	public DerivedDeadlines(LocalDate replyDue, LocalDate correctionNoticeDue, int workingDaysLeft, boolean paused,
			boolean provisional, List<Term> terms) {
		this(replyDue, correctionNoticeDue, workingDaysLeft, paused, provisional, terms, null, null);
	}

	/**
	 * Whether the reply is late by at least one working day on the day the clock was
	 * read; whether it is late at all is {@link #overdueOn(LocalDate)}.
	 */
	public boolean overdue() {
		return replyDue != null && workingDaysLeft < 0;
	}

	/**
	 * Whether a reply on {@code day} is late: any day after the due date, the weekend or
	 * holiday right after it included (a period's last day is its due date; Article 33).
	 */
	public boolean overdueOn(LocalDate day) {
		return replyDue != null && day.isAfter(replyDue);
	}

	/** The term of {@code kind}, if the clock counted one. */
	public Optional<Term> term(Term.Kind kind) {
		return terms.stream().filter(term -> term.kind() == kind).findFirst();
	}

	/**
	 * One term of the clock, explained. Its name is the message {@link #messageKey()};
	 * pages render that, the Chinese API uses {@link #label()}.
	 *
	 * @param kind which term of the Regulations it is
	 * @param note what distinguishes it from others of its kind, such as the consulted
	 * party, or {@code null}
	 * @param from the day it starts from (not counted under the default convention)
	 * @param workingDays the working days it counts (for the reply: 20 plus any
	 * extension)
	 * @param excludedDays working days within it that did not count (consultation and, if
	 * configured, fee pauses)
	 * @param due the day it ends
	 * @param crossed declared days (holidays and make-up days) from its first counted day
	 * to its last
	 * @param provisional whether it reaches days whose official calendar is not loaded
	 */
	public record Term(Kind kind, String note, LocalDate from, int workingDays, int excludedDays, LocalDate due,
			List<DeclaredDay> crossed, boolean provisional) {

		private static final ResourceBundle CHINESE = ChineseBundles.of("i18n/calendar");

		public Term {
			crossed = List.copyOf(crossed);
		}

		/** A term counted outside the calendar module, without declared days. */
		public Term(Kind kind, String note, LocalDate from, int workingDays, LocalDate due) {
			this(kind, note, from, workingDays, 0, due, List.of(), false);
		}

		/** The message key of the term's name, {@code calendar.term.NAME}. */
		public String messageKey() {
			return kind.messageKey();
		}

		/**
		 * The Chinese name from the default (Chinese) bundle, followed by the note if
		 * any: for the Chinese API.
		 */
		public String label() {
			String name = CHINESE.getString(messageKey());
			return note == null ? name : name + "：" + note;
		}

		/**
		 * The terms the clock counts, each with its legal basis in its message
		 * {@code calendar.term.NAME}.
		 */
		public enum Kind {

			/** 补正告知期限: 7 working days from receipt (Article 30). */
			CORRECTION_NOTICE,
			/** 申请人补正期限: the reasonable term the agency set (Article 30). */
			CORRECTION,
			/**
			 * 答复期限: 20 working days from receipt or from the corrected application, plus
			 * extension (Articles 30, 33).
			 */
			REPLY,
			/** 第三方提出意见期限: 15 working days (Article 32). */
			THIRD_PARTY,
			/** 被征求意见机关提出意见期限: 15 working days (Article 34). */
			OTHER_AGENCY,
			/**
			 * 缴费期限: 20 working days from the day after the fee notice arrived
			 * (国办函〔2020〕109号).
			 */
			FEE_PAYMENT,
			/** Any other term. */
			OTHER;

			/** The message key of the name, {@code calendar.term.NAME}. */
			public String messageKey() {
				return "calendar.term." + name();
			}

		}

	}

}
