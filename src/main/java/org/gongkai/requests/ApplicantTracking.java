package org.gongkai.requests;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.gongkai.calendar.Channel;
import org.gongkai.calendar.DerivedDeadlines;
import org.gongkai.shared.RateLimits;
import org.gongkai.shared.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an applicant sees of their own application, given its tracking code and a
 * verification (the access code, or the last four characters of the identity document
 * number): status, the derived terms and the documents served on them. Nothing of any
 * other application is reachable; a wrong code and a wrong verification are refused
 * alike. Guessing is limited per client address by the shared {@link RateLimits} (limit
 * {@code tracking}: {@code gongkai.requests.tracking.max-failures} within its window),
 * atomically across threads and instances: a look-up with the last four characters of the
 * identity number, which are few to guess, costs a try before it is checked, so no burst
 * gets more tries than the limit; a look-up with the access code (40 random bits) is
 * checked first and costs a try only when wrong, so a right code and access code are
 * never refused because others at the same address guessed wrong.
 */
@Service
public class ApplicantTracking {

	/** The applicant's view of an application. */
	public record Status(@JsonIgnore long requestId, String trackingCode, String agencyName, String title,
			RequestStatus status, Channel channel, LocalDate submittedOn, LocalDate receivedOn, LocalDate replyDue,
			Integer workingDaysLeft, boolean paused, String badge, String correctionMatters,
			LocalDate correctionTermEnds, Integer extensionDays, String extensionReason, Outcome outcome,
			LocalDate repliedOn, List<String> terms, List<ServedDocument> documents, List<String> relatedTrackingCodes,
			@JsonIgnore List<DerivedDeadlines.Term> termDetails, PauseReason pauseReason, boolean correctionOpen,
			boolean correctionLate, String legalBasis, String replyText, boolean overdue, Remedies remedies,
			LocalDate reopenedOn, String reopenedReason) {
	}

	/** Why the reply period stands still. */
	public enum PauseReason {

		/** The applicant was asked to correct the application (Article 30). */
		CORRECTION,
		/** A third party or another agency is consulted (Articles 32, 33). */
		CONSULTATION

	}

	/**
	 * Where and within what terms the applicant may seek remedies (Article 51): 行政复议
	 * before the people's government of {@code region} within {@code reviewDays} days,
	 * 行政诉讼 within {@code litigationMonths} months, a complaint to
	 * {@code supervisingOffice} (Article 47).
	 *
	 * @param region the agency's region, whose people's government reconsiders (行政复议法
	 * Article 24); {@code null} when the directory names none
	 * @param supervisingOffice the region's supervising office, {@code null} when the
	 * agency is that office itself (then the office one level up)
	 */
	public record Remedies(String region, int reviewDays, int litigationMonths, String supervisingOffice) {

		/** 行政复议 within 60 days of learning of the act (行政复议法 Article 20). */
		public static final int REVIEW_DAYS = 60;

		/** 行政诉讼 within 6 months of learning of the act (行政诉讼法 Article 46). */
		public static final int LITIGATION_MONTHS = 6;

	}

	/** A document the applicant may download. */
	public record ServedDocument(long id, DocumentKind kind, String filename, long size) {
	}

	/**
	 * The tracking code or the verification is wrong (or the code does not exist: the
	 * same answer).
	 */
	public static class NotVerified extends RuntimeException {

		public NotVerified() {
			super("申请编号或验证信息不正确");
		}

	}

	/** Too many failed look-ups from one client address. */
	public static class TooManyAttempts extends RuntimeException {

		public TooManyAttempts(long minutes) {
			super("查询错误次数过多，请 " + minutes + " 分钟后再试");
		}

	}

	/** The name of the guessing limit in {@link RateLimits}. */
	static final String TRACKING_LIMIT = "tracking";

	private final InformationRequests requests;

	private final TrackingCodes codes;

	private final RequestDeadlines requestDeadlines;

	private final RequestDocuments documents;

	private final RequestsProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RateLimits limits;

	private final TransactionTemplate reading;

	ApplicantTracking(InformationRequests requests, TrackingCodes codes, RequestDeadlines requestDeadlines,
			RequestDocuments documents, RequestsProperties properties, JdbcClient jdbc, Clock clock, RateLimits limits,
			PlatformTransactionManager transactions) {
		this.requests = requests;
		this.codes = codes;
		this.requestDeadlines = requestDeadlines;
		this.documents = documents;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * The status of the application with {@code trackingCode}, if {@code verification}
	 * proves the caller is its applicant.
	 * @param client the caller's address, for the guessing limit
	 * @throws TooManyAttempts when the client failed too often recently
	 * @throws NotVerified when code and verification do not match an application
	 */
	public Status look(String trackingCode, String verification, String client) {
		// Verified outside a transaction: the limit takes a connection of its own, and
		// holding one here meanwhile could exhaust the pool under a burst.
		InformationRequest request = verified(trackingCode, verification, client);
		return reading.execute(status -> status(requests.findById(request.getId()).orElseThrow(NotVerified::new)));
	}

	/**
	 * A served document's description and bytes, after the same verification as
	 * {@link #look}.
	 */
	public Download download(String trackingCode, String verification, long documentId, String client) {
		long requestId = verified(trackingCode, verification, client).getId();
		return reading.execute(status -> downloadFor(requestId, documentId));
	}

	/**
	 * A served document of an application the caller was verified for earlier in their
	 * session.
	 */
	@Transactional(readOnly = true)
	public Download downloadFor(long requestId, long documentId) {
		InformationRequest request = requests.findById(requestId).orElseThrow(NotVerified::new);
		return served(request).stream()
			.filter(document -> document.id() == documentId)
			.findFirst()
			.map(document -> new Download(documents.find(documentId).orElseThrow(), documents.content(documentId)))
			.orElseThrow(() -> new RecordNotFound("文件", documentId));
	}

	/**
	 * The status of an application the caller was verified for earlier in their session.
	 */
	@Transactional(readOnly = true)
	public Status statusOf(long requestId) {
		return status(requests.findById(requestId).orElseThrow(NotVerified::new));
	}

	/** A document and its bytes. */
	public record Download(RequestDocuments.Document document, byte[] content) {
	}

	private InformationRequest verified(String trackingCode, String verification, String client) {
		String key = client == null ? "unknown" : client.length() > 100 ? client.substring(0, 100) : client;
		RateLimits.Limit limit = new RateLimits.Limit(properties.tracking().maxFailures(),
				properties.tracking().window());
		boolean identityTail = verification != null && verification.strip().length() == 4;
		if (identityTail && !limits.tryConsumeForClient(TRACKING_LIMIT, limit, key).allowed()) {
			throw new TooManyAttempts(properties.tracking().window().toMinutes());
		}
		String code = TrackingCodes.normalise(trackingCode);
		InformationRequest request = TrackingCodes.isWellFormed(code) ? requests.findByTrackingCode(code).orElse(null)
				: null;
		if (request != null && matches(request, verification)) {
			return request;
		}
		if (!identityTail && !limits.tryConsumeForClient(TRACKING_LIMIT, limit, key).allowed()) {
			throw new TooManyAttempts(properties.tracking().window().toMinutes());
		}
		throw new NotVerified();
	}

	private boolean matches(InformationRequest request, String verification) {
		if (verification == null || verification.isBlank()) {
			return false;
		}
		String typed = verification.strip().toUpperCase();
		if (typed.length() == 4) {
			String tail = request.getApplicant().idNumberTail();
			return tail.length() == 4 && MessageDigest.isEqual(tail.getBytes(), typed.getBytes());
		}
		return codes.accessCodeMatches(request.getTrackingCode(), typed);
	}

	/**
	 * Drops the failure records of the former count (table {@code request_track_failure},
	 * no longer written; the limit's buckets purge themselves); called by the daily
	 * sweep.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public int purgeOldFailures() {
		return jdbc.sql("delete from request_track_failure where failed_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(properties.tracking().window().multipliedBy(2))))
			.update();
	}

	private Status status(InformationRequest request) {
		LocalDate today = LocalDate.now(clock);
		DeadlineStatus deadlineStatus = requestDeadlines.read(request, today);
		boolean open = request.getStatus().isOpen();
		String agencyName = jdbc.sql("select name from agency where id = :id")
			.param("id", request.getAgencyId())
			.query(String.class)
			.single();
		List<String> related = jdbc.sql("""
				select tracking_code from information_request
				where (split_from = :id or id = :parent) and id <> :id order by id
				""")
			.param("id", request.getId())
			.param("parent", request.getSplitFrom() == null ? -1L : request.getSplitFrom())
			.query(String.class)
			.list();
		boolean disposed = request.getStatus().isDisposed();
		boolean awaitingCorrection = request.getStatus() == RequestStatus.AWAITING_CORRECTION;
		LocalDate termEnds = awaitingCorrection ? deadlineStatus.correctionTermEnds() : null;
		boolean correctionLate = termEnds != null && today.isAfter(termEnds);
		PauseReason pauseReason = !open || !deadlineStatus.paused() ? null
				: awaitingCorrection ? PauseReason.CORRECTION : PauseReason.CONSULTATION;
		boolean overdue = open && deadlineStatus.badge() == DeadlineStatus.Badge.LATE;
		HandlingRound current = request.getRound() > 1 ? request.getRounds()
			.stream()
			.filter(round -> round.roundNo() == request.getRound())
			.findFirst()
			.orElse(null) : null;
		return new Status(request.getId(), request.getTrackingCode(), agencyName, request.getSought().title(),
				request.getStatus(), request.getChannel(), request.getSubmittedOn(), request.getReceivedOn(),
				open ? deadlineStatus.replyDue() : null,
				open && deadlineStatus.replyDue() != null ? deadlineStatus.workingDaysLeft() : null,
				open && deadlineStatus.paused(), deadlineStatus.badge().name(),
				request.getStatus() == RequestStatus.AWAITING_CORRECTION ? request.getCorrectionMatters() : null,
				request.getStatus() == RequestStatus.AWAITING_CORRECTION ? deadlineStatus.correctionTermEnds() : null,
				request.getExtensionDays(), request.getExtensionReason(), disposed ? request.getOutcome() : null,
				disposed ? request.getRepliedOn() : null,
				deadlineStatus.terms().stream().map(ApplicantTracking::chinese).toList(), served(request), related,
				deadlineStatus.terms(), pauseReason, awaitingCorrection && !correctionLate, correctionLate,
				disposed ? request.getLegalBasis() : null, disposed ? request.getReplyText() : null, overdue,
				disposed || overdue ? remedies(request.getAgencyId()) : null,
				current == null ? null : current.startedOn(), current == null ? null : current.reason());
	}

	/**
	 * The remedies against the agency's reply or silence, with the bodies named from the
	 * agency directory: the region above the agency and its supervising office.
	 */
	private Remedies remedies(long agencyId) {
		record Place(Long regionId, String regionName) {
		}
		Place place = jdbc.sql("""
				select r.id, r.name from agency a join agency r on r.id = a.parent_id
				where a.id = :id and r.kind = 'REGION'
				""")
			.param("id", agencyId)
			.query((rs, n) -> new Place(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(new Place(null, null));
		String office = place.regionId() == null ? null
				: jdbc.sql("""
						select name from agency where parent_id = :region and kind = 'SUPERVISING_OFFICE' and id <> :id
						order by id
						""")
					.param("region", place.regionId())
					.param("id", agencyId)
					.query(String.class)
					.list()
					.stream()
					.findFirst()
					.orElse(null);
		return new Remedies(place.regionName(), Remedies.REVIEW_DAYS, Remedies.LITIGATION_MONTHS, office);
	}

	/**
	 * The documents served on the applicant: their own attachments and corrections,
	 * notices once issued, the reply only once it was sent (a draft reply never leaks).
	 */
	private List<ServedDocument> served(InformationRequest request) {
		boolean replied = request.getStatus() == RequestStatus.ANSWERED
				|| request.getStatus() == RequestStatus.ARCHIVED;
		return documents.of(request.getId())
			.stream()
			.filter(document -> document.kind().servedToApplicant())
			.filter(document -> document.kind() != DocumentKind.REPLY || replied
					|| document.roundNo() < request.getRound())
			.map(document -> new ServedDocument(document.id(), document.kind(), document.filename(), document.size()))
			.toList();
	}

	/**
	 * A term in the Chinese of the public API: its name from the bundle, its start,
	 * length and end.
	 */
	private static String chinese(DerivedDeadlines.Term term) {
		return term.label() + "：" + term.from() + " 起 " + term.workingDays() + " 个工作日，至 " + term.due();
	}

}
