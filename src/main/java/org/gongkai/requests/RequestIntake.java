package org.gongkai.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.calendar.ReceiptDates;
import org.gongkai.shared.IdempotencyKeys;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;

import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.TextInput;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Uploads;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers new applications, from the public form, the JSON API and staff intake,
 * idempotently: a submission carries a key (a one-time token of the form, or the
 * {@code Idempotency-Key} header), which a unique constraint holds once; a double click,
 * a client retry or two instances racing on the same key yield the one application
 * already made.
 */
@Service
public class RequestIntake {

	private final InformationRequests requests;

	private final RequestStore store;

	private final TrackingCodes codes;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Agencies agencies;

	private final RequestDocuments documents;

	private final RequestsProperties properties;

	private final RequestMails mails;

	private final ReceiptDates receiptRules;

	private final JdbcClient jdbc;

	private final RequestDirectory directory;

	RequestIntake(InformationRequests requests, RequestStore store, TrackingCodes codes,
			PlatformTransactionManager transactions, Clock clock, Agencies agencies, RequestDocuments documents,
			RequestsProperties properties, RequestMails mails, ReceiptDates receiptRules, JdbcClient jdbc,
			RequestDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.mails = mails;
		this.receiptRules = receiptRules;
		this.agencies = agencies;
		this.documents = documents;
		this.properties = properties;
		this.requests = requests;
		this.store = store;
		this.codes = codes;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * A new application as submitted.
	 *
	 * @param agencyId the agency applied to
	 * @param intake how and when it arrived
	 * @param applicant who applied (already validated field by field by
	 * {@link ApplicationChecks})
	 * @param sought what is asked for
	 * @param submissionKey the idempotency key, scoped by the caller (form token, API
	 * client), or {@code null}
	 * @param payloadHash a hash of what was submitted, so that a key reused for different
	 * content is refused
	 */
	public record NewApplication(long agencyId, InformationRequest.Intake intake, Applicant applicant,
			InformationSought sought, String submissionKey, String payloadHash, List<UploadedFile> attachments,
			UploadedFile powerOfAttorney) {

		public NewApplication {
			attachments = attachments == null ? List.of() : List.copyOf(attachments);
		}

		public NewApplication(long agencyId, InformationRequest.Intake intake, Applicant applicant,
				InformationSought sought, String submissionKey, String payloadHash, List<UploadedFile> attachments) {
			this(agencyId, intake, applicant, sought, submissionKey, payloadHash, attachments, null);
		}

		public NewApplication(long agencyId, InformationRequest.Intake intake, Applicant applicant,
				InformationSought sought, String submissionKey, String payloadHash) {
			this(agencyId, intake, applicant, sought, submissionKey, payloadHash, List.of());
		}

	}

	/**
	 * Checks {@code draft} field by field and, if it passes, submits it as {@code intake}
	 * to agency {@code agencyId}.
	 * @throws InvalidInput listing every field in error; nothing is stored
	 */
	public Submission submit(long agencyId, InformationRequest.Intake intake, ApplicationDraft draft,
			String submissionKey, List<UploadedFile> attachments, Actor actor) {
		return submit(agencyId, intake, draft, submissionKey, attachments, null, actor);
	}

	/**
	 * Checks and submits {@code draft} as above, with the 授权委托书 of its agent
	 * ({@code powerOfAttorney}), which an agent requires (issue 11, item 14).
	 * @throws InvalidInput listing every field in error; nothing is stored
	 */
	public Submission submit(long agencyId, InformationRequest.Intake intake, ApplicationDraft draft,
			String submissionKey, List<UploadedFile> attachments, UploadedFile powerOfAttorney, Actor actor) {
		ApplicationChecks.requireValid(draft);
		return submit(new NewApplication(agencyId, intake, draft.applicant(), draft.sought(), submissionKey,
				draft.digest(), attachments, powerOfAttorney), actor);
	}

	/**
	 * The result of a submission.
	 *
	 * @param reference the application
	 * @param accessCode the code the applicant follows it with, together with the
	 * tracking code
	 * @param replayed whether the key had been seen and the earlier application is
	 * returned
	 * @param mailed whether the confirmation email was accepted by the mail server (never
	 * on a replay)
	 */
	public record Submission(RequestReference reference, String accessCode, boolean replayed, boolean mailed) {

		public Submission(RequestReference reference, String accessCode, boolean replayed) {
			this(reference, accessCode, replayed, false);
		}

	}

	/**
	 * Registers {@code application}, or returns the application already registered under
	 * its key. The key's record is read with plain SQL, not as an aggregate, so that a
	 * retry answers the application it names whatever state its other rows are in; only a
	 * clash of keys is retried, never an insert the database refused for its content.
	 * @throws InvalidInput if the key is too long or holds a forbidden character
	 * @throws RuleViolation ({@code request.idempotency-key-reused}) if the key was used
	 * for a different submission: other content, another agency or other attachments
	 */
	public Submission submit(NewApplication application, Actor actor) {
		requireKey(application.submissionKey());
		String agencyName = agencies.findById(application.agencyId())
			// The supervising office answers applications too (issue 14); a region is no
			// agency.
			.filter(agency -> agency.getKind() != AgencyKind.REGION)
			.orElseThrow(() -> new RecordNotFound("机关", application.agencyId()))
			.getName();
		Uploads.checkCount(application.attachments().size(), properties.attachments().maxFiles());
		application.attachments().forEach(documents::check);
		if (application.applicant().agentName() != null && application.powerOfAttorney() == null) {
			throw InvalidInput.of("agentName", "apply.error.powerOfAttorney.required");
		}
		if (application.powerOfAttorney() != null) {
			documents.check(application.powerOfAttorney());
		}
		String digest = digest(application);
		if (application.submissionKey() != null) {
			var existing = keyed(application.submissionKey());
			if (existing.isPresent()) {
				return replay(existing.get(), digest);
			}
		}
		for (int attempt = 0;; attempt++) {
			try {
				InformationRequest created = transaction.execute(status -> create(application, digest, actor));
				String accessCode = codes.accessCode(created.getTrackingCode());
				boolean mailed = mails.confirmSubmission(created.reference(), accessCode, created.getApplicant(),
						agencyName);
				return new Submission(created.reference(), accessCode, false, mailed);
			}
			catch (DuplicateKeyException e) {
				if (application.submissionKey() != null) {
					var existing = keyed(application.submissionKey());
					if (existing.isPresent()) {
						return replay(existing.get(), digest);
					}
				}
				if (attempt >= 2) {
					throw e;
				}
				// Otherwise a tracking-code collision (one in 2^50): try again with a
				// fresh code.
			}
		}
	}

	/** The longest submission key stored, scope included (the column's width). */
	static final int MAX_KEY = 200;

	private static void requireKey(String key) {
		if (TextInput.longerThan(key, MAX_KEY) || TextInput.hasForbiddenCharacter(key)) {
			throw InvalidInput.of("submissionKey", IdempotencyKeys.INVALID, IdempotencyKeys.MAX);
		}
	}

	/** The row a key names: enough to answer a retry. */
	private record Keyed(long id, String trackingCode, String hash) {
	}

	private Optional<Keyed> keyed(String key) {
		return jdbc
			.sql("select id, tracking_code, submission_hash from information_request where submission_key = :key")
			.param("key", key)
			.query((rs, n) -> new Keyed(rs.getLong("id"), rs.getString("tracking_code"),
					rs.getString("submission_hash")))
			.optional();
	}

	private Submission replay(Keyed existing, String digest) {
		if (digest != null && existing.hash() != null && !Objects.equals(existing.hash(), digest)) {
			throw new RuleViolation("request.idempotency-key-reused",
					"该幂等键已用于另一份内容不同的申请（内容、受理机关或附件不同），请使用新的 Idempotency-Key");
		}
		RequestReference reference = directory.find(existing.id())
			.orElseThrow(() -> new RecordNotFound("申请", existing.id()));
		return new Submission(reference, codes.accessCode(existing.trackingCode()), true);
	}

	/**
	 * What a retry must repeat to be the same submission: the content's digest, the
	 * agency and each attachment's name and bytes; {@code null} when the caller gave no
	 * content digest.
	 */
	static String digest(NewApplication application) {
		if (application.payloadHash() == null) {
			return null;
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(
					(application.payloadHash() + "\u001f" + application.agencyId()).getBytes(StandardCharsets.UTF_8));
			List<UploadedFile> files = new ArrayList<>(application.attachments());
			if (application.powerOfAttorney() != null) {
				files.add(application.powerOfAttorney());
			}
			for (UploadedFile file : files) {
				sha.update(("\u001e" + file.filename() + "\u001f").getBytes(StandardCharsets.UTF_8));
				sha.update(MessageDigest.getInstance("SHA-256").digest(file.content()));
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private InformationRequest create(NewApplication application, String digest, Actor actor) {
		var now = clock.instant();
		InformationRequest request = InformationRequest.register(application.agencyId(), application.intake(),
				receiptRules, application.applicant(), application.sought(),
				new InformationRequest.Keys(codes.newTrackingCode(), application.submissionKey(), digest), actor, now,
				LocalDate.now(clock));
		InformationRequest saved = store.save(request);
		saved.registered(actor, now);
		for (UploadedFile file : application.attachments()) {
			long documentId = documents.store(saved.getId(), Math.max(saved.getRound(), 1), DocumentKind.APPLICATION,
					file, actor.name());
			saved.attached(documentId, DocumentKind.APPLICATION.name(), RequestDocuments.safeName(file.filename()),
					actor, now);
		}
		UploadedFile power = application.powerOfAttorney();
		if (power != null) {
			long documentId = documents.store(saved.getId(), Math.max(saved.getRound(), 1),
					DocumentKind.POWER_OF_ATTORNEY, power, actor.name());
			saved.attached(documentId, DocumentKind.POWER_OF_ATTORNEY.name(),
					RequestDocuments.safeName(power.filename()), actor, now);
		}
		store.publish(saved.drainEvents());
		return saved;
	}

}
