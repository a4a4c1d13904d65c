package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.agencies.AgencyContacts;
import org.gongkai.agencies.Agencies;
import org.gongkai.letters.GeneratedLetter;
import org.gongkai.letters.LetterFacts;
import org.gongkai.letters.LetterFormat;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.Letters;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.UploadedFile;
import org.springframework.stereotype.Component;

/**
 * The letters a step of an application produces in the same click (issue 12): builds the
 * facts of the case, has the letters module generate and number the letter, and attaches
 * its PDF to the case as a document of the matching kind, so that staff download it (DOCX
 * from the letters module) and the applicant on /track once it is served. Called within
 * the transaction of the step: a refused letter refuses the step.
 */
@Component
class RequestLetters {

	private final Letters letters;

	private final RequestDocuments documents;

	private final Agencies agencies;

	private final Clock clock;

	RequestLetters(Letters letters, RequestDocuments documents, Agencies agencies, Clock clock) {
		this.letters = letters;
		this.documents = documents;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The facts every letter of {@code request} shares, issued on {@code issuedOn}. */
	LetterFacts facts(InformationRequest request, LocalDate issuedOn) {
		Applicant applicant = request.getApplicant();
		String contact = firstOf(applicant.phone(), applicant.email());
		AgencyContacts agency = agencies.findById(request.getAgencyId())
			.orElseThrow(() -> new RecordNotFound("机关", request.getAgencyId()))
			.contacts();
		LetterFacts.AgencyBlock block = new LetterFacts.AgencyBlock(agency.name(), agency.disclosureOffice(),
				agency.address(), agency.postcode(), agency.officeHours(), agency.phone(), agency.fax(),
				agency.website(), agency.email());
		InformationSought sought = request.getSought();
		return LetterFacts
			.of(request.getTrackingCode(), new LetterFacts.Party(applicant.name(), applicant.address(), contact), block,
					request.roundStart(), issuedOn)
			.withInformationSought(sought == null ? null : firstOf(sought.title(), sought.description()));
	}

	/**
	 * Generates {@code kind} for {@code request} from {@code facts}, attaches its PDF to
	 * the current round as {@code documentKind} and records the attachment on the
	 * application.
	 */
	GeneratedLetter issue(InformationRequest request, LetterKind kind, DocumentKind documentKind, LetterFacts facts,
			Actor actor, String username) {
		GeneratedLetter letter = letters
			.generate(new Letters.NewLetter(request.getAgencyId(), request.getId(), kind, facts), username);
		byte[] pdf = letters.file(letter.id(), LetterFormat.PDF);
		UploadedFile file = new UploadedFile(letter.filename(LetterFormat.PDF), pdf);
		long documentId = documents.store(request.getId(), Math.max(request.getRound(), 1), documentKind, file,
				username, letter.id());
		request.attached(documentId, documentKind.name(), RequestDocuments.safeName(file.filename()), actor, now());
		return letter;
	}

	/** The editable Word file of letter {@code letterId}. */
	RequestHandling.LetterFile docx(long letterId) {
		GeneratedLetter letter = letters.find(letterId).orElseThrow(() -> new RecordNotFound("文书", letterId));
		return new RequestHandling.LetterFile(letter.filename(LetterFormat.DOCX), LetterFormat.DOCX.contentType(),
				letters.file(letterId, LetterFormat.DOCX));
	}

	private Instant now() {
		return clock.instant();
	}

	private static String firstOf(String first, String second) {
		return first != null && !first.isBlank() ? first : second;
	}

}
