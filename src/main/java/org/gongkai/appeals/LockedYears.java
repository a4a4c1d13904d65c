package org.gongkai.appeals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.agencies.ReportingYears;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The year lock of the annual report inside the appeals (agencies
 * {@link ReportingYears}): table 四 of a year counts the cases filed in it, in the column
 * of the result reached by its 31 December. A step that would change the table of a year
 * whose report is signed off is refused with {@value ReportingYears#LOCKED} before
 * anything changes, except the steps the law requires recording (a late-entered appeal
 * filed in that year, and its result decided in that year): those are recorded and
 * flagged ({@code appeal_locked_year_entry}), which opens a correction of the published
 * report.
 */
@Component
class LockedYears {

	private final ReportingYears years;

	private final JdbcClient jdbc;

	private final Clock clock;

	LockedYears(ReportingYears years, JdbcClient jdbc, Clock clock) {
		this.years = years;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the report of the year of {@code date} is signed off. */
	boolean locked(long agencyId, LocalDate date) {
		return date != null && this.years.isLocked(agencyId, date.getYear());
	}

	/**
	 * Refuses a step dated {@code date} in a locked year.
	 * @throws org.gongkai.shared.RuleViolation ({@value ReportingYears#LOCKED})
	 */
	void checkOpen(long agencyId, LocalDate date) {
		if (date != null) {
			this.years.checkOpen(agencyId, date);
		}
	}

	/**
	 * Refuses an amendment that moves the filing day of a case to another year when
	 * either year is locked: the case would leave or join a signed-off table 四.
	 */
	void checkAmendment(AppealCase appeal, CaseFacts facts) {
		LocalDate before = appeal.getFiledOn();
		LocalDate after = facts.filedOn();
		if (before == null || after == null || before.getYear() == after.getYear()) {
			return;
		}
		checkOpen(appeal.getAgencyId(), before);
		checkOpen(appeal.getAgencyId(), after);
	}

	/**
	 * Refuses a correction of a result that changes the column of the case in the locked
	 * table of its filing year.
	 */
	void checkCorrection(AppealCase appeal, Decision decision) {
		LocalDate filed = appeal.getFiledOn();
		if (!locked(appeal.getAgencyId(), filed)) {
			return;
		}
		int year = filed.getYear();
		AppealResult before = columnIn(year, appeal.getResult(), appeal.getDecidedOn());
		AppealResult after = (decision == null) ? AppealResult.PENDING
				: columnIn(year, decision.disposition().result(), decision.decidedOn());
		if (before != after) {
			this.years.checkOpen(appeal.getAgencyId(), filed);
		}
	}

	/** Refuses voiding a case counted in a locked table 四. */
	void checkVoid(AppealCase appeal) {
		checkOpen(appeal.getAgencyId(), appeal.getFiledOn());
	}

	/**
	 * Records a late-entered case filed in a locked year, flagged for the correction of
	 * that year's report.
	 */
	void flagRegistration(AppealCase appeal, String actor) {
		if (locked(appeal.getAgencyId(), appeal.getFiledOn())) {
			flag(appeal, "REGISTERED", appeal.getFiledOn(),
					"登记" + appeal.getKind().label() + "「" + appeal.title() + "」，申请或起诉日期 " + appeal.getFiledOn(), actor);
		}
	}

	/**
	 * Records a result reached inside the locked filing year of the case, flagged for the
	 * correction of that year's report; a result of a later year leaves the table alone.
	 */
	void flagDecision(AppealCase appeal, String actor) {
		LocalDate filed = appeal.getFiledOn();
		LocalDate decided = appeal.getDecidedOn();
		if (decided != null && decided.getYear() == filed.getYear() && locked(appeal.getAgencyId(), filed)) {
			flag(appeal, "DECIDED", decided, "登记「" + appeal.title() + "」的结果："
					+ appeal.getDisposition().label(appeal.getKind()) + "（" + decided + "）", actor);
		}
	}

	private static AppealResult columnIn(int year, AppealResult result, LocalDate decidedOn) {
		return (result == null || result == AppealResult.PENDING || decidedOn == null || decidedOn.getYear() > year)
				? AppealResult.PENDING : result;
	}

	private void flag(AppealCase appeal, String step, LocalDate on, String summary, String actor) {
		this.jdbc.sql("""
				insert into appeal_locked_year_entry (appeal_id, agency_id, report_year, step, step_on, summary,
				  recorded_at, recorded_by)
				values (:appeal, :agency, :year, :step, :on, :summary, :at, :by)""")
			.param("appeal", appeal.getId())
			.param("agency", appeal.getAgencyId())
			.param("year", appeal.getFiledOn().getYear())
			.param("step", step)
			.param("on", on)
			.param("summary", (summary.length() > 500) ? summary.substring(0, 500) : summary)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", actor)
			.update();
	}

}
