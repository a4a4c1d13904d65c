package org.gongkai.requests.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.requests.Actor;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DocumentKind;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestDeadlines;
import org.gongkai.requests.RequestDocuments;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestHistory;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestSearch;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.RequestStatus;
import org.gongkai.shared.IdempotencyKeys;
import org.gongkai.shared.IfMatch;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API of applications for staff and connected systems (a provincial platform,
 * the 12345 system): intake, every step of the lifecycle, lists, deadlines and the yearly
 * statistics. Authenticated by personal API tokens; the same agency boundaries and roles
 * apply as in the console. Steps accept {@code If-Match} with the version last seen, and
 * answer 409 when someone else changed the application since.
 */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "依申请公开", description = "政府信息公开申请的登记、办理、答复、归档与统计")
class RequestApiController {

	private final RequestIntake intake;

	private final RequestHandling handling;

	private final RequestSearch search;

	private final RequestDeadlines requestDeadlines;

	private final RequestDocuments documents;

	private final RequestHistory history;

	private final RequestStatistics statistics;

	private final AgencyAccess agencyAccess;

	private final Clock clock;

	RequestApiController(RequestIntake intake, RequestHandling handling, RequestSearch search,
			RequestDeadlines requestDeadlines, RequestDocuments documents, RequestHistory history,
			RequestStatistics statistics, AgencyAccess agencyAccess, Clock clock) {
		this.intake = intake;
		this.handling = handling;
		this.search = search;
		this.requestDeadlines = requestDeadlines;
		this.documents = documents;
		this.history = history;
		this.statistics = statistics;
		this.agencyAccess = agencyAccess;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "登记一件申请", description = "按《条例》第三十一条由渠道确定收到日期。带 Idempotency-Key 的重复提交返回同一件申请（200），首次登记返回 201。")
	ResponseEntity<RequestJson.RequestJsonView> register(@RequestBody RequestJson.IntakeBody body,
			@Parameter(description = "幂等键：同一键重复提交只登记一次") @RequestHeader(name = "Idempotency-Key",
					required = false) String key,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (body.agencyId() == null || body.channel() == null || body.application() == null) {
			throw new IllegalArgumentException("须提供 agencyId、channel 和 application");
		}
		handling.checkMayRegister(staff, body.agencyId());
		LocalDate submittedOn = body.submittedOn() != null ? body.submittedOn()
				: body.signedForOn() != null ? body.signedForOn() : LocalDate.now(clock);
		var submission = intake.submit(body.agencyId(),
				new InformationRequest.Intake(body.channel(), submittedOn, body.signedForOn(), body.confirmedOn(),
						body.receiptNote()),
				body.application(), IdempotencyKeys.scoped("api:" + staff.id(), "Idempotency-Key", key), List.of(),
				body.powerOfAttorney() == null ? null : body.powerOfAttorney().file(),
				Actor.staff(staff.id(), staff.username(), staff.displayName()));
		return ResponseEntity.status(submission.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header(HttpHeaders.LOCATION, "/api/v1/requests/" + submission.reference().id())
			.body(view(staff, submission.reference().id()));
	}

	@GetMapping
	@Operation(summary = "申请列表", description = "按状态、办理结果、申请人类型、收到日期、承办人筛选；按 ID 倒序，以 beforeId 翻页（键集分页）。")
	RequestJson.PageJson list(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) Set<RequestStatus> status, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) ApplicantType applicantType,
			@RequestParam(required = false) LocalDate receivedFrom,
			@RequestParam(required = false) LocalDate receivedTo, @RequestParam(required = false) Long handlerId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long beforeId,
			@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal StaffPrincipal staff) {
		Set<Long> agencies = AgencyScope.of(agencyAccess.readableAgencies(staff), agencyId);
		RequestSearch.Page page = search.search(new RequestSearch.Filter(agencies, status, outcome, applicantType,
				receivedFrom, receivedTo, handlerId, q, beforeId, limit));
		return new RequestJson.PageJson(rows(page.rows()), page.nextBeforeId());
	}

	@GetMapping("/deadlines")
	@Operation(summary = "期限视图", description = "view=overdue（已逾期）、due-soon（临近期限）或 paused（期限暂停）；督办人员可看所督办机关。")
	List<RequestJson.RowJson> deadlines(@RequestParam(defaultValue = "overdue") String view,
			@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Long handlerId,
			@RequestParam(defaultValue = "100") int limit, @AuthenticationPrincipal StaffPrincipal staff) {
		Set<Long> agencies = AgencyScope.of(agencyAccess.readableAgencies(staff), agencyId);
		return rows(
				DeadlineViews.rows(view, agencies, handlerId, limit, search, requestDeadlines, LocalDate.now(clock)));
	}

	@GetMapping("/statistics")
	@Operation(summary = "年度统计（年报表三）", description = "一个机关一年的 25 行 × 7 列，键名与年报 JSON 交换格式一致。")
	StatisticsJson statistics(@RequestParam long agencyId, @RequestParam int year,
			@AuthenticationPrincipal StaffPrincipal staff) {
		agencyAccess.checkReadable(staff, agencyId, "机关", agencyId);
		if (year < 2008 || year > 2100) {
			throw new IllegalArgumentException("年份无效：" + year);
		}
		var table = statistics.forYear(agencyId, year);
		return new StatisticsJson(agencyId, year, table.applications(), statistics.reopenedRounds(agencyId, year));
	}

	/** Table 三 in the shape of the annual-report JSON's {@code applications} object. */
	record StatisticsJson(long agencyId, int year, Map<String, Object> applications,
			@Schema(description = "本年因复议、诉讼纠正而重新办理的轮次（计入本年新收，供年报说明）") long reopenedRounds) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "一件申请", description = "全部事实、推算的期限（每项期限的说明）、文件和办理记录。ETag 为版本号。")
	ResponseEntity<RequestJson.RequestJsonView> show(@PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal staff) {
		RequestJson.RequestJsonView view = view(staff, id);
		return ResponseEntity.ok().eTag(Integer.toString(view.version())).body(view);
	}

	@PostMapping("/{id}/receipt-confirmation")
	@Operation(summary = "确认收到", description = "网上、传真、电子邮件、12345：以双方确认之日为收到之日；平常信函以到达之日为收到之日，晚于到达之日确认须写明理由（第三十一条）。")
	RequestJson.RequestJsonView confirmReceipt(@PathVariable long id, @RequestBody RequestJson.ConfirmationBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.confirmReceipt(staff, id, version, body.date(), body.reason()));
	}

	@PostMapping("/{id}/dismissal")
	@Operation(summary = "不予登记", description = "未确认收到的提交（测试、重复、无法联系）搁置，不计入统计。")
	RequestJson.RequestJsonView dismiss(@PathVariable long id, @RequestBody RequestJson.ReasonBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.dismiss(staff, id, version, body.reason()));
	}

	@PostMapping("/{id}/correction-notice")
	@Operation(summary = "告知补正",
			description = "收到申请之日起 7 个工作日内一次性告知（受理分派后亦可），并给出合理的补正期限；补正期限自送达之日（servedOn，未送达时留空）起计算（第三十条）。")
	RequestJson.RequestJsonView requestCorrection(@PathVariable long id, @RequestBody RequestJson.CorrectionBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.requestCorrection(staff, id, version, body.matters(), body.termDays(),
				body.issuedOn(), body.servedOn(), Boolean.TRUE.equals(body.letter())));
	}

	@PostMapping("/{id}/correction-notice/service")
	@Operation(summary = "登记补正告知书送达", description = "补正期限自送达之日起计算（第三十条）；日期留空为今天。")
	RequestJson.RequestJsonView recordCorrectionService(@PathVariable long id, @RequestBody RequestJson.DateBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.recordCorrectionService(staff, id, version, body.date()));
	}

	@PostMapping("/{id}/correction")
	@Operation(summary = "收到补正", description = "答复期限自收到补正申请之日起重新计算（第三十条）。")
	RequestJson.RequestJsonView receiveCorrection(@PathVariable long id, @RequestBody RequestJson.DateBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.receiveCorrection(staff, id, version,
				body.date() == null ? LocalDate.now(clock) : body.date()));
	}

	@PostMapping("/{id}/correction-lapse")
	@Operation(summary = "逾期不补正", description = "补正期限届满后视为放弃申请，计入“其他处理·逾期不补正”。")
	RequestJson.RequestJsonView closeForMissingCorrection(@PathVariable long id, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.closeForMissingCorrection(staff, id, version));
	}

	@PostMapping("/{id}/acceptance")
	@Operation(summary = "受理并分派承办人")
	RequestJson.RequestJsonView accept(@PathVariable long id, @RequestBody RequestJson.AcceptBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.accept(staff, id, version, required(body.handlerId(), "handlerId"),
				Boolean.TRUE.equals(body.letter())));
	}

	@PostMapping("/{id}/handler")
	@Operation(summary = "改派承办人")
	RequestJson.RequestJsonView reassign(@PathVariable long id, @RequestBody RequestJson.AcceptBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id,
				() -> handling.reassign(staff, id, version, required(body.handlerId(), "handlerId"), body.reason()));
	}

	@PostMapping("/{id}/consultations")
	@Operation(summary = "书面征求意见", description = "第三方（第三十二条）或其他机关（第三十四条），15 个工作日，期间不计入答复期限。")
	RequestJson.RequestJsonView consult(@PathVariable long id, @RequestBody RequestJson.ConsultBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.consult(staff, id, version, required(body.kind(), "kind"), body.party(),
				body.sentOn(), Boolean.TRUE.equals(body.letter())));
	}

	@PostMapping("/{id}/consultations/{number}/answer")
	@Operation(summary = "登记征求意见的答复")
	RequestJson.RequestJsonView consultationAnswered(@PathVariable long id, @PathVariable int number,
			@RequestBody RequestJson.ConsultAnswerBody body, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.recordConsultationAnswer(staff, id, version, number, body.answeredOn(),
				body.answer(), body.stance()));
	}

	@PostMapping("/{id}/applicant-type")
	@Operation(summary = "更正申请人类型", description = "答复前由登记人员更正；统计表三按更正后的类型计数。")
	RequestJson.RequestJsonView correctApplicantType(@PathVariable long id,
			@RequestBody RequestJson.ApplicantTypeBody body, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id,
				() -> handling.correctApplicantType(staff, id, version, body.applicantType(), body.reason()));
	}

	@PostMapping("/{id}/reasons-request")
	@Operation(summary = "要求申请人说明理由", description = "申请数量、频次明显超过合理范围的，可以要求申请人说明理由（第三十五条）。")
	RequestJson.RequestJsonView askReasons(@PathVariable long id, @RequestBody RequestJson.AskReasonsBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.askReasons(staff, id, version, body.askedOn(), body.answerBy()));
	}

	@PostMapping("/{id}/reasons")
	@Operation(summary = "登记申请人说明的理由", description = "第三十五条。")
	RequestJson.RequestJsonView recordReasons(@PathVariable long id, @RequestBody RequestJson.ReasonsBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.recordReasons(staff, id, version, body.answeredOn(), body.reasons()));
	}

	@PostMapping("/{id}/reasonable-period")
	@Operation(summary = "确定延迟答复的合理期限", description = "理由合理但无法在第三十三条规定的期限内答复的，确定延迟答复的合理期限（第三十五条）：日期或工作日数，二者选一。")
	RequestJson.RequestJsonView setReasonablePeriod(@PathVariable long id,
			@RequestBody RequestJson.ReasonablePeriodBody body, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id,
				() -> handling.setReasonablePeriod(staff, id, version, body.dueOn(), body.days(), body.reason()));
	}

	@PostMapping("/{id}/extension")
	@Operation(summary = "申请延长答复期限", description = "承办人说明理由申请延长，仅一次，最长 20 个工作日；经政府信息公开工作机构负责人同意后期限才延长（第三十三条）。")
	RequestJson.RequestJsonView extend(@PathVariable long id, @RequestBody RequestJson.ExtendBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id,
				() -> handling.requestExtension(staff, id, version, required(body.days(), "days"), body.reason()));
	}

	@PostMapping("/{id}/extension/decision")
	@Operation(summary = "审批延期申请", description = "公开办负责人同意或不同意待审批的延期申请，日期为当天；申请人本人不能审批；不同意须说明理由，答复期限不变（第三十三条）。")
	RequestJson.RequestJsonView decideExtension(@PathVariable long id,
			@RequestBody RequestJson.ExtensionDecisionBody body, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.decideExtension(staff, id, version, required(body.approve(), "approve"),
				body.comment(), body.noticeOn(), Boolean.TRUE.equals(body.letter())));
	}

	@PostMapping("/{id}/draft")
	@Operation(summary = "提交答复草稿", description = "选定一种办理结果（表三 22 行之一）及法律依据，进入审核链。")
	RequestJson.RequestJsonView draft(@PathVariable long id, @RequestBody RequestJson.DraftBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.draftReply(staff, id, version, body.outcome(), body.legalBasis(),
				body.text(), body.responsible()));
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "审核答复", description = "当前审核级别的审核人通过或退回（退回须写明意见）。")
	RequestJson.RequestJsonView review(@PathVariable long id, @RequestBody RequestJson.ReviewBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id,
				() -> handling.review(staff, id, version, required(body.approve(), "approve"), body.comment()));
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "答复", description = "发出已审核通过的答复：答复日期与送达方式。")
	RequestJson.RequestJsonView answer(@PathVariable long id, @RequestBody RequestJson.AnswerBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.answer(staff, id, version, body.repliedOn(), body.delivery(),
				body.replyLetter(), Boolean.TRUE.equals(body.thirdPartyNotice())));
	}

	@PostMapping("/{id}/service")
	@Operation(summary = "登记送达", description = "送达凭证另以文件（PROOF_OF_SERVICE）上传。")
	RequestJson.RequestJsonView service(@PathVariable long id, @RequestBody RequestJson.DateBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.recordService(staff, id, version, body.date()));
	}

	@PostMapping("/{id}/archive")
	@Operation(summary = "归档", description = "归档后只读。")
	RequestJson.RequestJsonView archive(@PathVariable long id, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.archive(staff, id, version));
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "申请人撤回", description = "计入“其他处理·其他”。")
	RequestJson.RequestJsonView withdraw(@PathVariable long id, @RequestBody RequestJson.WithdrawBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		return step(staff, id, () -> handling.withdraw(staff, id, version, body.withdrawnOn(), body.reason()));
	}

	@PostMapping("/{id}/split")
	@Operation(summary = "一事一申请拆分", description = "本申请保留第一项，其余各项各成一件申请（同一收到日期）。返回新申请的 ID。")
	List<Long> split(@PathVariable long id, @RequestBody RequestJson.SplitBody body, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return handling.split(staff, id, version, body.parts());
	}

	@PostMapping("/{id}/repeat-of")
	@Operation(summary = "标记重复申请", description = "标记为本机关已答复申请的重复申请（第三十六条第（六）项）。")
	RequestJson.RequestJsonView markRepeated(@PathVariable long id, @RequestBody RequestJson.RepeatBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		if (body.earlierTrackingCode() != null && !body.earlierTrackingCode().isBlank()) {
			return step(staff, id, () -> handling.markRepeated(staff, id, version, body.earlierTrackingCode()));
		}
		return step(staff, id,
				() -> handling.markRepeated(staff, id, version, required(body.earlierId(), "earlierId").longValue()));
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传文件", description = "PDF、PNG、JPEG（按文件内容识别），如答复书、送达凭证。")
	ResponseEntity<RequestJson.DocumentJson> upload(@PathVariable long id, @RequestParam DocumentKind kind,
			@RequestPart("file") MultipartFile file, @AuthenticationPrincipal StaffPrincipal staff) throws IOException {
		long documentId = handling.attach(staff, id, kind,
				new UploadedFile(file.getOriginalFilename(), file.getBytes()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(RequestJson.DocumentJson.of(handling.document(staff, id, documentId)));
	}

	@GetMapping(path = "/{id}/documents/{documentId}", produces = MediaType.ALL_VALUE)
	@Operation(summary = "下载文件")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		var download = handling.download(staff, id, documentId);
		return Downloads.attachment(download.document().filename(), download.document().contentType(),
				download.content());
	}

	private RequestJson.RequestJsonView step(StaffPrincipal staff, long id, Runnable action) {
		action.run();
		return view(staff, id);
	}

	private RequestJson.RequestJsonView view(StaffPrincipal staff, long id) {
		InformationRequest request = handling.show(staff, id);
		return RequestJson.RequestJsonView.of(request, handling.deadlineStatusOf(request), documents.of(id),
				history.of(id));
	}

	private List<RequestJson.RowJson> rows(List<RequestSearch.Row> rows) {
		return ListLine.of(rows, requestDeadlines, LocalDate.now(clock)).stream().map(line -> {
			RequestSearch.Row row = line.row();
			return new RequestJson.RowJson(row.id(), row.agencyId(), row.agencyName(), row.trackingCode(),
					row.applicantType(), row.applicantName(), row.channel(), row.submittedOn(), row.receivedOn(),
					row.status(), row.outcome(), row.handlerName(), row.infoTitle(),
					row.status().isOpen() ? row.dueIndex() : null, line.workingDaysLeft(), line.badge().name());
		}).toList();
	}

	private static <T> T required(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("缺少字段 " + name);
		}
		return value;
	}

}
