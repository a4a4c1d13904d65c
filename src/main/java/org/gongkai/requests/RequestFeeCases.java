package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.agencies.StaffMembers;
import org.gongkai.fees.CaseState;
import org.gongkai.fees.FeeCases;
import org.gongkai.letters.LetterFormat;
import org.gongkai.letters.LetterGenerated;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.Letters;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedFile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The applications as the fee-notice step sees them (issue 12): whether a 收费通知书 may be
 * issued and the facts its letter shares with the case's other letters; and, when the
 * fees module has generated the letter, its PDF attached to the case in the same
 * transaction as a document served on the applicant, as every step letter is.
 */
@Component
class RequestFeeCases implements FeeCases {

	private final InformationRequests requests;

	private final RequestStore store;

	private final RequestLetters letters;

	private final RequestDocuments documents;

	private final Letters letterFiles;

	private final StaffMembers staff;

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestFeeCases(InformationRequests requests, RequestStore store, RequestLetters letters,
			RequestDocuments documents, Letters letterFiles, StaffMembers staff, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.store = store;
		this.letters = letters;
		this.documents = documents;
		this.letterFiles = letterFiles;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public Optional<FeeCase> find(long requestId, LocalDate issuedOn) {
		return requests.findById(requestId).map(request -> {
			if (request.getStatus() == RequestStatus.SUBMITTED) {
				// the reply period has not started: a fee is assessed on an accepted
				// application
				throw new RuleViolation("fee.case-not-received",
						"申请 %s 尚未确认收到，不能发出收费通知书".formatted(request.getTrackingCode()));
			}
			CaseState state = request.getStatus().isOpen() ? CaseState.OPEN
					: request.getStatus() == RequestStatus.DISMISSED ? CaseState.UNKNOWN : CaseState.CLOSED;
			return new FeeCase(request.getId(), request.getAgencyId(), state, letters.facts(request, issuedOn));
		});
	}

	@Override
	public Optional<String> caseNumber(long requestId) {
		return jdbc.sql("select tracking_code from information_request where id = ?")
			.param(requestId)
			.query(String.class)
			.optional();
	}

	/**
	 * Attaches a generated 收费通知书 to its application: synchronous, so that the notice, its
	 * letter and the case document commit or roll back together.
	 */
	@EventListener
	void on(LetterGenerated generated) {
		if (!LetterKind.FEE_NOTICE.code().equals(generated.kind()) || generated.caseId() == null) {
			return;
		}
		InformationRequest request = requests.findById(generated.caseId()).orElse(null);
		if (request == null) {
			// a notice issued through the fees module alone (its own tests): no case to
			// attach to
			return;
		}
		Actor actor = staff.findByUsername(generated.actor())
			.map(member -> Actor.staff(member.getId(), member.getUsername(), member.getDisplayName()))
			.orElse(Actor.SYSTEM);
		String filename = letterFiles.find(generated.letterId())
			.map(letter -> letter.filename(LetterFormat.PDF))
			.orElse("收费通知书.pdf");
		UploadedFile file = new UploadedFile(filename, letterFiles.file(generated.letterId(), LetterFormat.PDF));
		long documentId = documents.store(request.getId(), Math.max(request.getRound(), 1), DocumentKind.FEE_NOTICE,
				file, generated.actor(), generated.letterId());
		request.attached(documentId, DocumentKind.FEE_NOTICE.name(), RequestDocuments.safeName(file.filename()), actor,
				clock.instant());
		store.save(request);
	}

}
