package org.gongkai.requests.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.requests.Actor;
import org.gongkai.requests.ApplicantCorrections;
import org.gongkai.requests.ApplicantTracking;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.RequestIntake;
import org.gongkai.shared.IdempotencyKeys;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's JSON API, without sign-in: submit an application online (idempotent by
 * {@code Idempotency-Key}) and follow it with the tracking code and its verification.
 * Guessing is limited per client address.
 */
@RestController
@RequestMapping(path = "/api/v1/public/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "依申请公开（申请人）", description = "网上提交申请与查询办理进度，无需登录")
class PublicRequestApiController {

	private final RequestIntake intake;

	private final ApplicantTracking tracking;

	private final ApplicantCorrections corrections;

	private final Clock clock;

	PublicRequestApiController(RequestIntake intake, ApplicantTracking tracking, ApplicantCorrections corrections,
			Clock clock) {
		this.intake = intake;
		this.tracking = tracking;
		this.corrections = corrections;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "网上提交申请",
			description = "收到日期为双方确认之日（第三十一条第（三）项）：提交后待机关确认。返回申请编号与查询码；同一 Idempotency-Key 的重复提交返回同一件申请。")
	@ApiResponse(responseCode = "201", description = "已提交")
	@ApiResponse(responseCode = "200", description = "同一 Idempotency-Key 的重复提交：返回原申请")
	@ApiResponse(responseCode = "409", description = "幂等键已用于另一份申请：内容、受理机关或附件不同（request.idempotency-key-reused）")
	@ApiResponse(responseCode = "413", description = "附件超过大小限制（upload.too-large）")
	@ApiResponse(responseCode = "415", description = "附件不是 PDF、PNG 或 JPEG（按内容识别，upload.type）")
	ResponseEntity<RequestJson.SubmissionJson> submit(@RequestBody RequestJson.PublicBody body,
			@Parameter(description = "幂等键：客户端为每份申请生成一次") @RequestHeader(name = "Idempotency-Key",
					required = false) String key) {
		if (body.agencyId() == null || body.application() == null) {
			throw new IllegalArgumentException("须提供 agencyId 和 application");
		}
		List<UploadedFile> files = new ArrayList<>();
		if (body.attachments() != null) {
			for (RequestJson.AttachmentBody attachment : body.attachments()) {
				try {
					files.add(new UploadedFile(attachment.filename(), Base64.getDecoder()
						.decode(attachment.contentBase64() == null ? "" : attachment.contentBase64())));
				}
				catch (IllegalArgumentException e) {
					throw new IllegalArgumentException("附件 " + attachment.filename() + " 的内容不是有效的 Base64");
				}
			}
		}
		var submission = intake.submit(body.agencyId(),
				new InformationRequest.Intake(Channel.ONLINE, LocalDate.now(clock), null, null, null),
				body.application(), IdempotencyKeys.scoped("public", "Idempotency-Key", key), files,
				body.powerOfAttorney() == null ? null : body.powerOfAttorney().file(), Actor.PUBLIC);
		var reference = submission.reference();
		return ResponseEntity.status(submission.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new RequestJson.SubmissionJson(reference.trackingCode(), submission.accessCode(), reference.status(),
					reference.receivedOn(), submission.replayed()));
	}

	/** What the applicant gives to follow a case. */
	record TrackBody(String trackingCode, String verification) {
	}

	@PostMapping(path = "/track", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "查询办理进度", description = "凭申请编号和验证信息（查询码，或证件号码后四位）查询状态、期限和已送达文件清单。错误次数过多时按来源地址限制（429）。")
	@ApiResponse(responseCode = "200", description = "办理进度")
	@ApiResponse(responseCode = "404", description = "申请编号或验证信息不符")
	@ApiResponse(responseCode = "429", description = "错误次数过多，请稍后再试")
	ApplicantTracking.Status track(@RequestBody TrackBody body, HttpServletRequest request) {
		return tracking.look(body.trackingCode(), body.verification(), request.getRemoteAddr());
	}

	/**
	 * The applicant's correction: what they give to follow the case, the text and files.
	 */
	record ApplicantCorrectionBody(String trackingCode, String verification, String text,
			List<RequestJson.AttachmentBody> attachments) {
	}

	@PostMapping(path = "/track/correction", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "网上提交补正", description = "凭申请编号和验证信息提交补正内容和补正材料（第三十条）：与工作人员登记“收到补正”相同，答复期限自今天起重新计算。返回补正后的办理进度。")
	@ApiResponse(responseCode = "200", description = "补正已收到：办理进度")
	@ApiResponse(responseCode = "400", description = "补正内容和材料均为空或内容过长（input.invalid）；材料不是 PDF、PNG 或 JPEG（upload.type）")
	@ApiResponse(responseCode = "404", description = "申请编号或验证信息不符")
	@ApiResponse(responseCode = "409",
			description = "补正期限已届满（request.correction-term-passed）、补正已收到（request.correction-already-received）或没有待补正事项（request.correction-not-requested）")
	ApplicantTracking.Status correct(@RequestBody ApplicantCorrectionBody body, HttpServletRequest request) {
		long id = tracking.look(body.trackingCode(), body.verification(), request.getRemoteAddr()).requestId();
		List<UploadedFile> files = new ArrayList<>();
		if (body.attachments() != null) {
			body.attachments().forEach(attachment -> files.add(attachment.file()));
		}
		corrections.submit(id, body.text(), files);
		return tracking.statusOf(id);
	}

	@PostMapping(path = "/track/documents/{documentId}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.ALL_VALUE)
	@Operation(summary = "下载已送达的文件", description = "同样需要申请编号和验证信息；答复书在答复发出后才可下载。")
	@ApiResponse(responseCode = "200", description = "文件（附件方式下载）")
	@ApiResponse(responseCode = "429", description = "错误次数过多，请稍后再试")
	ResponseEntity<byte[]> download(@PathVariable long documentId, @RequestBody TrackBody body,
			HttpServletRequest request) {
		var download = tracking.download(body.trackingCode(), body.verification(), documentId, request.getRemoteAddr());
		return Downloads.attachment(download.document().filename(), download.document().contentType(),
				download.content());
	}

}
