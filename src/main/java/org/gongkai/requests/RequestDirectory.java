package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.agencies.ReportingYears;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications as other modules see them: look one up to link an appeal to it, and
 * reopen one when an appeal's result corrects (纠正) the agency's disposal. No
 * authorisation happens here: callers are modules acting on their own checked records.
 */
@Service
@NamedInterface("api")
public class RequestDirectory {

	private static final String SELECT = """
			select id, agency_id, tracking_code, applicant_type, applicant_name, info_title, received_on, status,
			       outcome, closed_on
			from information_request
			""";

	/**
	 * Maps a row by column name: JdbcClient's record mapping asks PostgreSQL's driver for
	 * each camel-case field name first, and the driver answers every unknown column with
	 * an exception.
	 */
	private static final RowMapper<RequestReference> REFERENCE = (rs, n) -> new RequestReference(rs.getLong("id"),
			rs.getLong("agency_id"), rs.getString("tracking_code"),
			ApplicantType.valueOf(rs.getString("applicant_type")), rs.getString("applicant_name"),
			rs.getString("info_title"), rs.getObject("received_on", LocalDate.class),
			RequestStatus.valueOf(rs.getString("status")),
			rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
			rs.getObject("closed_on", LocalDate.class));

	private final JdbcClient jdbc;

	private final RequestStore store;

	private final Clock clock;

	private final ReportingYears reportingYears;

	RequestDirectory(JdbcClient jdbc, RequestStore store, Clock clock, ReportingYears reportingYears) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
		this.reportingYears = reportingYears;
	}

	/** The application with identifier {@code id}, if it exists. */
	@Transactional(readOnly = true)
	public Optional<RequestReference> find(long id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(REFERENCE).optional();
	}

	/** The application with tracking code {@code trackingCode}, if it exists. */
	@Transactional(readOnly = true)
	public Optional<RequestReference> findByTrackingCode(String trackingCode) {
		String code = trackingCode == null ? "" : trackingCode.trim().toUpperCase();
		return jdbc.sql(SELECT + "where tracking_code = :code").param("code", code).query(REFERENCE).optional();
	}

	/**
	 * Reopens an answered, closed or archived application for handling again, today, as a
	 * reconsideration decision or a judgment that corrects the disposal requires;
	 * publishes {@link RequestReopened}.
	 *
	 * <p>
	 * How the statistics treat it (table 三): reopened in the year of the revoked
	 * disposal, the new round replaces that disposal (the application counts once that
	 * year, under its final outcome, or carried forward if open at year end); reopened in
	 * a later year, the earlier disposal stays counted in its year, so published reports
	 * never change, and the new round counts as newly received (一、本年新收) in the year of
	 * reopening. R-OFF-1 holds in every year.
	 *
	 * <p>
	 * The law requires the reopening, so it is never refused for a signed-off year: dated
	 * inside one, it is recorded with that year as a flag
	 * ({@link InformationRequest#getLockedYearFlag()}) for the report's correction.
	 * @param reason the decision that requires it, such as the reconsideration decision's
	 * number
	 * @param actor who records it (a user name)
	 * @throws org.gongkai.shared.RecordNotFound if no such application exists
	 * @throws org.gongkai.shared.RuleViolation if it is still open or was never received
	 */
	@Transactional
	public void reopen(long id, String reason, String actor) {
		reopen(id, reason, actor, ReopeningTerm.NONE);
	}

	/**
	 * Reopens as {@link #reopen(long, String, String)} with the period the decision sets
	 * for the new reply ({@link ReopeningTerm}); the 20 working days of Article 33 only
	 * where it sets none.
	 */
	@Transactional
	public void reopen(long id, String reason, String actor, ReopeningTerm term) {
		InformationRequest request = store.load(id);
		LocalDate today = LocalDate.now(clock);
		request.reopen(reason, term, new Actor(null, actor, actor), clock.instant(), today);
		if (reportingYears.isLocked(request.getAgencyId(), today.getYear())) {
			request.flagLockedYear(today.getYear());
		}
		store.save(request);
	}

	/**
	 * Gives the handling round reopened on {@code reopenedOn} the period a corrected
	 * decision sets for the new reply ({@link ReopeningTerm}), while that round is still
	 * being handled: the reply is then due as the corrected decision says.
	 * @return whether the round took it; not when it was answered or is not the latest
	 * @throws org.gongkai.shared.RecordNotFound if no such application exists
	 * @throws org.gongkai.shared.RuleViolation for a date before today or a service day
	 * after today
	 */
	@Transactional
	public boolean changeReopeningTerm(long id, LocalDate reopenedOn, ReopeningTerm term) {
		InformationRequest request = store.load(id);
		boolean changed = request.changeReopeningTerm(reopenedOn, term, LocalDate.now(clock));
		if (changed) {
			store.save(request);
		}
		return changed;
	}

}
