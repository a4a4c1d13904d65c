package org.gongkai.requests;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The applications, stored and loaded as whole aggregates. */
interface InformationRequests extends ListCrudRepository<InformationRequest, Long> {

	Optional<InformationRequest> findByTrackingCode(String trackingCode);

	Optional<InformationRequest> findBySubmissionKey(String submissionKey);

}
