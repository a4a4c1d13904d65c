package org.gongkai.appeals;

import java.util.List;
import java.util.Optional;

import org.gongkai.requests.RequestDirectory;
import org.gongkai.requests.RequestReference;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * Finds the application a case concerns through the applications module's API: by
 * identifier or tracking code, only among the case's agency's applications (another
 * agency's application answers like a missing one).
 */
@Component
class LinkedApplications {

	private final RequestDirectory directory;

	LinkedApplications(RequestDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The application of agency {@code agencyId} that {@code ref} names: a number is its
	 * identifier, anything else its tracking code.
	 * @throws InvalidInput naming the field {@code requestRef} when there is none in that
	 * agency (another agency's application is reported exactly like a missing one)
	 */
	ApplicationLink.Linked find(long agencyId, String ref) {
		String wanted = ref == null ? "" : ref.strip();
		Optional<RequestReference> found = wanted.matches("\\d{1,18}") ? directory.find(Long.parseLong(wanted))
				: directory.findByTrackingCode(wanted);
		return found.filter(reference -> reference.agencyId() == agencyId)
			.map(this::describe)
			.orElseThrow(() -> new InvalidInput(AppealChecks.INVALID,
					List.of(new FieldProblem("requestRef", "appeal.error.requestRef.notFound", wanted))));
	}

	/** The application {@code requestId} as it stands now. */
	ApplicationLink.Linked find(long requestId) {
		return directory.find(requestId).map(this::describe).orElseThrow(() -> new RecordNotFound("申请", requestId));
	}

	private ApplicationLink.Linked describe(RequestReference reference) {
		return new ApplicationLink.Linked(reference.id(), reference.agencyId(), reference.trackingCode(),
				reference.applicantType(), reference.applicantName(), reference.infoTitle(), reference.receivedOn(),
				reference.status().isDisposed() ? reference.closedOn() : null, reference.status());
	}

}
