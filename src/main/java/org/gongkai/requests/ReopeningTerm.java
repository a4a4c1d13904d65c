package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.shared.RuleViolation;
import org.springframework.modulith.NamedInterface;

/**
 * The period a correcting decision (纠正: a reconsideration decision or a judgment) sets
 * for the new reply: a date, or a number of working days counted from the day the
 * decision was served on the agency; none when the decision sets none, and the reopened
 * round then has the 20 working days of Article 33 from the reopening (issue 11, item 7).
 *
 * @param dueOn the day the decision sets, or none
 * @param workingDays the working days the decision sets, or none
 * @param decisionServedOn the day the decision was served on the agency, needed with
 * {@code workingDays}
 */
@NamedInterface("api")
public record ReopeningTerm(LocalDate dueOn, Integer workingDays, LocalDate decisionServedOn) {

	/** No period set by the decision. */
	public static final ReopeningTerm NONE = new ReopeningTerm(null, null, null);

	public ReopeningTerm {
		if (dueOn != null && workingDays != null) {
			throw new RuleViolation("request.reopening-term-ambiguous", "决定书所定期限只能是一个日期或若干工作日，不能两者并填");
		}
		if (workingDays != null && (workingDays < 1 || workingDays > 365)) {
			throw new RuleViolation("request.reopening-term-days", "决定书所定的工作日数须在 1 至 365 之间");
		}
		if (workingDays != null && decisionServedOn == null) {
			throw new RuleViolation("request.reopening-term-served-missing", "按工作日计算的期限须写明决定书送达本机关的日期");
		}
	}

	/** The decision sets the day the reply is due. */
	public static ReopeningTerm until(LocalDate dueOn) {
		return new ReopeningTerm(dueOn, null, null);
	}

	/**
	 * The decision sets {@code days} working days from the day it was served on the
	 * agency.
	 */
	public static ReopeningTerm workingDaysFrom(int days, LocalDate decisionServedOn) {
		return new ReopeningTerm(null, days, decisionServedOn);
	}

	/** Whether the decision sets a period. */
	public boolean set() {
		return dueOn != null || workingDays != null;
	}

}
