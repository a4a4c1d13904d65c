package org.gongkai.requests;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.agencies.ReportingYears;
import org.gongkai.shared.ChineseFonts;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.TextInput;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Uploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The applicant's own correction (补正) of an application online, from the tracking page:
 * the corrected text and attachments are stored as the application's correction documents
 * and the correction is received as the staff step 收到补正 records it (the same domain
 * call), so the reply period runs anew from today (Article 30) with the same history,
 * deadlines and events. Refused, nothing changed, after the correction term, a second
 * time, or with nothing to submit.
 */
@Service
public class ApplicantCorrections {

	/** The longest correction text accepted, in characters. */
	static final int MAX_TEXT = 4000;

	/** The code of a correction submitted after its term ended. */
	public static final String TERM_PASSED = "request.correction-term-passed";

	/** The code of a second correction. */
	public static final String ALREADY_RECEIVED = "request.correction-already-received";

	/** The code of a correction while none is requested. */
	public static final String NOT_REQUESTED = "request.correction-not-requested";

	private final RequestStore store;

	private final RequestDeadlines requestDeadlines;

	private final RequestDocuments documents;

	private final RequestsProperties properties;

	private final ReportingYears reportingYears;

	private final ChineseFonts fonts;

	private final Clock clock;

	ApplicantCorrections(RequestStore store, RequestDeadlines requestDeadlines, RequestDocuments documents,
			RequestsProperties properties, ReportingYears reportingYears, ChineseFonts fonts, Clock clock) {
		this.store = store;
		this.requestDeadlines = requestDeadlines;
		this.documents = documents;
		this.properties = properties;
		this.reportingYears = reportingYears;
		this.fonts = fonts;
		this.clock = clock;
	}

	/**
	 * Receives the applicant's correction of application {@code requestId} today.
	 * @param text the corrected or supplemented content, kept as a PDF among the
	 * application's correction documents
	 * @param attachments files of the correction (PDF, PNG, JPEG by content)
	 * @throws InvalidInput ({@code text}) when neither text nor a file is given, or the
	 * text is too long
	 * @throws RuleViolation {@link #TERM_PASSED}, {@link #ALREADY_RECEIVED} or
	 * {@link #NOT_REQUESTED}
	 */
	@Transactional
	public void submit(long requestId, String text, List<UploadedFile> attachments) {
		InformationRequest request = store.load(requestId);
		LocalDate today = LocalDate.now(clock);
		if (request.getStatus() != RequestStatus.AWAITING_CORRECTION) {
			if (request.getCorrectionReceivedOn() != null) {
				throw new RuleViolation(ALREADY_RECEIVED,
						"补正已于 " + request.getCorrectionReceivedOn() + " 收到，无需再次提交；答复期限已重新起算");
			}
			throw new RuleViolation(NOT_REQUESTED, "本申请没有待补正的事项");
		}
		LocalDate termEnds = requestDeadlines.correctionTermEnds(request);
		if (termEnds != null && today.isAfter(termEnds)) {
			throw new RuleViolation(TERM_PASSED, "补正期限已于 " + termEnds + " 届满，不能再网上提交补正；如有正当理由，请与受理机关联系");
		}
		String content = text == null ? "" : text.strip();
		if (content.isEmpty() && attachments.isEmpty()) {
			throw InvalidInput.of("text", "track.correction.error.empty");
		}
		if (TextInput.longerThan(content, MAX_TEXT) || TextInput.hasForbiddenCharacter(content)) {
			throw InvalidInput.of("text", "track.correction.error.text");
		}
		Uploads.checkCount(attachments.size(), properties.attachments().maxFiles());
		attachments.forEach(documents::check);
		reportingYears.checkOpen(request.getAgencyId(), today);
		Instant now = clock.instant();
		request.receiveCorrection(today, Actor.PUBLIC, now, today);
		int round = Math.max(request.getRound(), 1);
		if (!content.isEmpty()) {
			UploadedFile pdf = new UploadedFile("补正内容.pdf", fonts.render(xhtml(request, content, today)));
			attach(request, round, pdf, now);
		}
		for (UploadedFile file : attachments) {
			attach(request, round, file, now);
		}
		store.save(request);
	}

	private void attach(InformationRequest request, int round, UploadedFile file, Instant now) {
		long id = documents.store(request.getId(), round, DocumentKind.CORRECTION, file, Actor.PUBLIC.name());
		request.attached(id, DocumentKind.CORRECTION.name(), RequestDocuments.safeName(file.filename()), Actor.PUBLIC,
				now);
	}

	/** The correction text as a page: what it corrects, when, and the text itself. */
	private static String xhtml(InformationRequest request, String content, LocalDate today) {
		StringBuilder body = new StringBuilder();
		for (String line : content.split("\\R", -1)) {
			body.append("<p>").append(line.isEmpty() ? "&#160;" : HtmlUtils.htmlEscape(line, "UTF-8")).append("</p>");
		}
		return ChineseFonts.a4Page("补正内容", "body { line-height: 1.6; }", "<h1>政府信息公开申请补正</h1><p>申请编号："
				+ HtmlUtils.htmlEscape(request.getTrackingCode(), StandardCharsets.UTF_8.name()) + "</p><p>网上提交日期："
				+ today + "</p><p>需要补正的事项：" + HtmlUtils.htmlEscape(nullToEmpty(request.getCorrectionMatters()), "UTF-8")
				+ "</p><h2>补正内容</h2>" + body);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
