package org.gongkai.appeals;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The cases, stored and loaded as whole aggregates. */
interface AppealCases extends ListCrudRepository<AppealCase, Long> {

	Optional<AppealCase> findBySubmissionKey(String submissionKey);

	/**
	 * The lawsuit brought after reconsideration {@code reconsiderationId} that is not
	 * voided, if any.
	 */
	@Query("select * from appeal_case where reconsideration_id = :reconsiderationId and voided_at is null")
	Optional<AppealCase> findLaterLawsuit(long reconsiderationId);

}
