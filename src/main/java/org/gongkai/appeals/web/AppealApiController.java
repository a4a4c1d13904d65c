package org.gongkai.appeals.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealCase;
import org.gongkai.appeals.AppealDocumentKind;
import org.gongkai.appeals.AppealDocuments;
import org.gongkai.appeals.AppealHandling;
import org.gongkai.appeals.AppealHistory;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.AppealSearch;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.appeals.CaseFacts;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API of 行政复议 and 行政诉讼 cases: entering, listing, reading, amending, recording
 * and correcting results, voiding, documents and table 四. Authenticated by personal API
 * tokens, under the same agency boundaries and roles as the console. Changes accept
 * {@code If-Match} with the version last read (the {@code ETag}) and answer 409 when
 * someone else changed the case since.
 */
@RestController
@RequestMapping(path = "/api/v1/appeals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "行政复议与行政诉讼", description = "因政府信息公开引起的行政复议、行政诉讼案件及年报表四")
class AppealApiController {

	private final AppealHandling handling;

	private final AppealSearch search;

	private final AppealStatistics statistics;

	private final AppealDocuments documents;

	private final AppealHistory history;

	private final AgencyAccess agencyAccess;

	AppealApiController(AppealHandling handling, AppealSearch search, AppealStatistics statistics,
			AppealDocuments documents, AppealHistory history, AgencyAccess agencyAccess) {
		this.handling = handling;
		this.search = search;
		this.statistics = statistics;
		this.documents = documents;
		this.history = history;
		this.agencyAccess = agencyAccess;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "登记案件",
			description = "行政复议或未经复议直接起诉：以 requestRef 关联本系统的申请，或以 externalReference、applicantType、applicantName、originalReplyOn 登记系统外的旧申请；复议后起诉：以 reconsiderationId 关联已有结果的复议案件。带 Idempotency-Key 的重复提交返回同一案件（200），首次登记返回 201。")
	ResponseEntity<AppealJson.CaseJson> register(@RequestBody AppealJson.NewCaseBody body,
			@Parameter(description = "幂等键：同一键重复提交只登记一次") @RequestHeader(name = "Idempotency-Key",
					required = false) String key,
			@AuthenticationPrincipal StaffPrincipal staff) {
		AppealHandling.Registration registration = handling.register(
				staff, new AppealHandling.NewAppeal(body.agencyId(), body.kind(), body.requestRef(),
						body.reconsiderationId(), body.externalReference(), body.applicantType(), body.applicantName(),
						body.originalReplyOn(), new CaseFacts(body.body(), body.caseNumber(), body.filedOn(),
								body.contestedAct(), body.claims()),
						IdempotencyKeys.scoped("api:" + staff.id(), "Idempotency-Key", key)));
		AppealCase appeal = registration.appeal();
		return ResponseEntity.status(registration.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header(HttpHeaders.LOCATION, "/api/v1/appeals/" + appeal.getId())
			.eTag(Integer.toString(appeal.getVersion()))
			.body(view(staff, appeal.getId()));
	}

	@GetMapping
	@Operation(summary = "案件列表", description = "按机关、类别、结果、年度（申请或起诉日期）和关键词筛选；按 ID 倒序，以 beforeId 翻页。申请人姓名已脱敏。")
	AppealJson.AppealPageJson list(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) AppealKind kind, @RequestParam(required = false) AppealResult result,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long requestId, @RequestParam(defaultValue = "false") boolean voided,
			@RequestParam(required = false) Long beforeId, @RequestParam(defaultValue = "50") int limit,
			@AuthenticationPrincipal StaffPrincipal staff) {
		Set<Long> agencies = agencyAccess.readableAgencies(staff);
		if (agencyId != null) {
			agencies = agencies.contains(agencyId) ? Set.of(agencyId) : Set.of();
		}
		AppealSearch.Page page = search
			.search(new AppealSearch.Filter(agencies, kind, result, year, q, requestId, voided, beforeId, limit));
		return new AppealJson.AppealPageJson(page.rows().stream().map(AppealApiController::row).toList(),
				page.nextBeforeId());
	}

	@GetMapping("/statistics")
	@Operation(summary = "年度统计（年报表四）",
			description = "一个机关一年的行政复议、行政诉讼情况，键名与年报 JSON 交换格式的 reviewAndLitigation 一致。按申请或起诉日期计入年度，当年 12 月 31 日前未有结果的计为尚未审结。")
	AppealJson.AppealStatisticsJson statistics(@RequestParam long agencyId, @RequestParam int year,
			@AuthenticationPrincipal StaffPrincipal staff) {
		agencyAccess.checkReadable(staff, agencyId, "机关", agencyId);
		AppealStatistics.checkYear(year);
		return new AppealJson.AppealStatisticsJson(agencyId, year, statistics.forYear(agencyId, year),
				statistics.decidedAfterYearEnd(agencyId, year));
	}

	@GetMapping("/{id}")
	@Operation(summary = "一件案件", description = "全部事实、结果、文书和办理记录。ETag 为版本号。")
	ResponseEntity<AppealJson.CaseJson> show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		AppealJson.CaseJson view = view(staff, id);
		return ResponseEntity.ok().eTag(Integer.toString(view.version())).body(view);
	}

	@PutMapping(path = "/{id}/facts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "修改案件信息", description = "整体替换复议机关或法院、案号、申请或起诉日期、被申请（被诉）行为和请求。")
	ResponseEntity<AppealJson.CaseJson> amend(@PathVariable long id, @RequestBody AppealJson.FactsBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		handling.amend(staff, id, version,
				new CaseFacts(body.body(), body.caseNumber(), body.filedOn(), body.contestedAct(), body.claims()));
		return current(staff, id);
	}

	@PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "登记结果",
			description = "只能对尚未审结的案件登记一次；撤销、变更、责令履行的结果在同一事务中将关联的申请重新打开办理，"
					+ "答复期限为决定书所定的日期（reopeningDueOn）或自决定书送达本机关之日（decisionServedOn）起的工作日数（reopeningDays），"
					+ "决定书未定期限的为重新办理之日起 20 个工作日。")
	ResponseEntity<AppealJson.CaseJson> decide(@PathVariable long id, @RequestBody AppealJson.DecisionBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		handling.decide(staff, id, version, body.decision());
		return current(staff, id);
	}

	@PostMapping(path = "/{id}/decision-correction", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "更正结果", description = "更正已登记的结果（须说明理由）；disposition 为空则撤回结果，案件恢复为尚未审结。")
	ResponseEntity<AppealJson.CaseJson> correct(@PathVariable long id,
			@RequestBody AppealJson.DecisionCorrectionBody body, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		handling.correctDecision(staff, id, version, body.decision(), body.reason());
		return current(staff, id);
	}

	@PostMapping(path = "/{id}/void", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "作废（误录）", description = "仅公开办负责人；作废后案件只读，不计入统计。")
	ResponseEntity<AppealJson.CaseJson> voidEntry(@PathVariable long id, @RequestBody AppealJson.VoidReasonBody body,
			@IfMatch Integer version, @AuthenticationPrincipal StaffPrincipal staff) {
		handling.voidEntry(staff, id, version, body.reason());
		return current(staff, id);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传文书", description = "PDF、PNG 或 JPEG，按文件内容识别类型。")
	ResponseEntity<AppealJson.AppealDocumentJson> attach(@PathVariable long id,
			@RequestParam(defaultValue = "DECISION") AppealDocumentKind kind, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff) throws IOException {
		long documentId = handling.attach(staff, id, kind,
				new UploadedFile(file.getOriginalFilename(), file.getBytes()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.LOCATION, "/api/v1/appeals/" + id + "/documents/" + documentId)
			.body(document(handling.document(staff, id, documentId)));
	}

	@GetMapping(path = "/{id}/documents/{documentId}", produces = MediaType.ALL_VALUE)
	@Operation(summary = "下载文书")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		AppealHandling.Download download = handling.download(staff, id, documentId);
		return Downloads.attachment(download.document().filename(), download.document().contentType(),
				download.content());
	}

	private ResponseEntity<AppealJson.CaseJson> current(StaffPrincipal staff, long id) {
		AppealJson.CaseJson view = view(staff, id);
		return ResponseEntity.ok().eTag(Integer.toString(view.version())).body(view);
	}

	private AppealJson.CaseJson view(StaffPrincipal staff, long id) {
		AppealCase appeal = handling.show(staff, id);
		AppealJson.ApplicationJson application = handling.application(appeal)
			.map(linked -> new AppealJson.ApplicationJson(linked.id(), linked.trackingCode(), linked.title(),
					linked.status(), null, null))
			.orElseGet(() -> new AppealJson.ApplicationJson(null, null, null, null, appeal.getExternalReference(),
					appeal.getOriginalReplyOn()));
		List<AppealJson.AppealDocumentJson> files = documents.of(id)
			.stream()
			.map(AppealApiController::document)
			.toList();
		List<AppealJson.StepJson> steps = history.of(id)
			.stream()
			.map(step -> new AppealJson.StepJson(step.occurredAt(), step.actor(), step.action(), step.summary()))
			.toList();
		return new AppealJson.CaseJson(appeal.getId(), appeal.getAgencyId(), appeal.getKind(),
				appeal.getReconsiderationId(), handling.laterLawsuit(appeal).map(AppealCase::getId).orElse(null),
				application, appeal.getApplicantType(), appeal.getApplicantName(), appeal.getBody(),
				appeal.getCaseNumber(), appeal.getFiledOn(), appeal.getContestedAct(), appeal.getClaims(),
				appeal.getResult(), appeal.getDisposition(), appeal.getDecidedOn(), appeal.getDecisionNumber(),
				appeal.getDecisionSummary(), appeal.getReopeningDueOn(), appeal.getReopeningDays(),
				appeal.getDecisionServedOn(), appeal.getRequestReopenedOn(), appeal.getCorrections(), appeal.isVoided(),
				appeal.getVoidReason(), appeal.getVersion(), files, steps);
	}

	private static AppealJson.AppealDocumentJson document(AppealDocuments.Document d) {
		return new AppealJson.AppealDocumentJson(d.id(), d.kind(), d.filename(), d.contentType(), d.size(),
				d.uploadedAt(), d.uploadedBy(), "/api/v1/appeals/" + d.appealId() + "/documents/" + d.id());
	}

	private static AppealJson.AppealRowJson row(AppealSearch.Row r) {
		return new AppealJson.AppealRowJson(r.id(), r.agencyId(), r.agencyName(), r.kind(), r.body(), r.caseNumber(),
				r.filedOn(), r.applicantType(), r.applicant(), r.requestId(), r.application(), r.result(),
				r.disposition(), r.decidedOn(), r.voided(), r.version());
	}

}
