package org.gongkai.requests;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The applications, stored and loaded as whole aggregates.
 *
 * <p>
 * Look-ups by tracking code and idempotency key read the id with fixed SQL and then load
 * by id: a derived query ({@code findBySubmissionKey}) made Spring Data JDBC build the
 * select of the whole aggregate again on every call, a third of the CPU of an online
 * submission (docs/performance/requests.md).
 */
interface InformationRequests extends ListCrudRepository<InformationRequest, Long> {

	@Query("select id from information_request where tracking_code = :trackingCode")
	Optional<Long> findIdByTrackingCode(String trackingCode);

	@Query("select id from information_request where submission_key = :submissionKey")
	Optional<Long> findIdBySubmissionKey(String submissionKey);

	default Optional<InformationRequest> findByTrackingCode(String trackingCode) {
		return findIdByTrackingCode(trackingCode).flatMap(this::findById);
	}

	default Optional<InformationRequest> findBySubmissionKey(String submissionKey) {
		return findIdBySubmissionKey(submissionKey).flatMap(this::findById);
	}

}
