package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

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

	RequestDirectory(JdbcClient jdbc, RequestStore store, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
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
	 * How the statistics treat it (table 三): the earlier disposal stays counted in the
	 * year it was made, so published reports never change; the new handling round counts
	 * as newly received (一、本年新收) in the year of reopening, and like any application is
	 * then disposed of or carried forward. R-OFF-1 holds in every year.
	 * @param reason the decision that requires it, such as the reconsideration decision's
	 * number
	 * @param actor who records it (a user name)
	 * @throws org.gongkai.shared.RecordNotFound if no such application exists
	 * @throws org.gongkai.shared.RuleViolation if it is still open or was never received
	 */
	@Transactional
	public void reopen(long id, String reason, String actor) {
		InformationRequest request = store.load(id);
		request.reopen(reason, new Actor(null, actor, actor), clock.instant(), LocalDate.now(clock));
		store.save(request);
	}

}
