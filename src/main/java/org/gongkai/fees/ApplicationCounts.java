package org.gongkai.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications the 按件 count knows: every application of the installation, whatever
 * the agency, registered with its applicant's {@link ApplicantKey} and day of receipt.
 * The applications module registers each application when it records its receipt (and
 * again if the receipt day is corrected); a 按件 fee notice looks up the application's
 * place in its applicant's month here.
 */
@Service
@NamedInterface("api")
public class ApplicationCounts {

	private final JdbcClient jdbc;

	private final Clock clock;

	ApplicationCounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers application {@code requestId} of the applicant with identity number
	 * {@code identityNumber}, received by agency {@code agencyId} on {@code receivedOn};
	 * registering it again replaces what was registered.
	 * @throws InvalidInput {@code fee.count.invalid} for a blank identity number or no
	 * receipt day
	 */
	@Transactional
	public void register(long requestId, String identityNumber, long agencyId, LocalDate receivedOn) {
		if (identityNumber == null || identityNumber.isBlank()) {
			throw InvalidInput.of("identityNumber", "fee.count.invalid");
		}
		if (receivedOn == null) {
			throw InvalidInput.of("receivedOn", "fee.count.invalid");
		}
		ApplicantKey key = ApplicantKey.of(identityNumber);
		int updated = jdbc.sql("""
				update fee_counted_application set applicant_key = :key, agency_id = :agency, received_on = :received
				where request_id = :request""")
			.param("key", key.value())
			.param("agency", agencyId)
			.param("received", receivedOn)
			.param("request", requestId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into fee_counted_application
					  (request_id, applicant_key, agency_id, received_on, registered_at)
					values (:request, :key, :agency, :received, :at)""")
				.param("request", requestId)
				.param("key", key.value())
				.param("agency", agencyId)
				.param("received", receivedOn)
				.param("at", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/**
	 * The place of application {@code requestId} among its applicant's applications of
	 * the same calendar month at every agency, counted from 1, if it is registered.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> ordinal(long requestId) {
		return find(requestId).map(application -> application
			.ordinalAmong(month(application.applicant(), YearMonth.from(application.receivedOn()))));
	}

	/**
	 * How many applications the applicant with identity number {@code identityNumber}
	 * filed in {@code month} at every agency of the installation.
	 */
	@Transactional(readOnly = true)
	public int countInMonth(String identityNumber, YearMonth month) {
		return month(ApplicantKey.of(identityNumber), month).size();
	}

	Optional<CountedApplication> find(long requestId) {
		return jdbc
			.sql("select request_id, applicant_key, agency_id, received_on from fee_counted_application "
					+ "where request_id = :request")
			.param("request", requestId)
			.query((rs, row) -> new CountedApplication(rs.getLong(1), new ApplicantKey(rs.getString(2)), rs.getLong(3),
					rs.getObject(4, LocalDate.class)))
			.optional();
	}

	private List<CountedApplication> month(ApplicantKey applicant, YearMonth month) {
		return jdbc.sql("""
				select request_id, applicant_key, agency_id, received_on from fee_counted_application
				where applicant_key = :key and received_on between :first and :last""")
			.param("key", applicant.value())
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())
			.query((rs, row) -> new CountedApplication(rs.getLong(1), new ApplicantKey(rs.getString(2)), rs.getLong(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

}
