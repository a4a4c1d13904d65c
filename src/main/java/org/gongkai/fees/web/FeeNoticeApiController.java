package org.gongkai.fees.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.fees.FeeNotice;
import org.gongkai.fees.FeeNoticeLetters;
import org.gongkai.fees.FeeNotices.Standing;
import org.gongkai.letters.GeneratedLetter;
import org.gongkai.letters.LetterFormat;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongkai.shared.IfMatch;

/**
 * Fee notices over the API (token required): an agency's notices with where they stand,
 * one notice with its {@code ETag}, and the recording of its service and payment, each
 * with {@code If-Match} (428 without it, 409 {@code stale-version} when stale).
 */
@RestController
@RequestMapping(path = "/api/v1/fees/notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "收费通知书", description = "信息处理费收费通知书：送达与缴费登记")
class FeeNoticeApiController {

	private final FeeNoticeDesk desk;

	FeeNoticeApiController(FeeNoticeDesk desk) {
		this.desk = desk;
	}

	/**
	 * A fee notice and where it stands today.
	 *
	 * @param status {@code issued}, {@code served} (awaiting payment), {@code overdue}
	 * (served, unpaid, term passed) or {@code paid}
	 * @param paymentDue the last day of the payment term, none before service
	 * @param paymentDueProvisional whether that day rests on predicted holidays
	 */
	@Schema(description = "收费通知书")
	record FeeNoticeJson(long id, long requestId, long agencyId, String basis, int units, String schedule,
			String standard, BigDecimal amountYuan, String paymentInstructions, LocalDate issuedOn, String issuedBy,
			String status, LocalDate receivedOn, String serviceMethod, LocalDate paymentDue,
			boolean paymentDueProvisional, BigDecimal paidAmountYuan, LocalDate paidOn, String receiptNumber,
			int version) {

		static FeeNoticeJson of(Standing standing) {
			FeeNotice notice = standing.notice();
			FeeNotice.Service service = notice.service();
			FeeNotice.Payment payment = notice.payment();
			return new FeeNoticeJson(notice.id(), notice.requestId(), notice.agencyId(), notice.basis().parameter(),
					notice.units(), notice.scheduleName(), notice.standard(), notice.amountYuan(),
					notice.paymentInstructions(), notice.issuedOn(), notice.issuedBy(), standing.status().parameter(),
					service == null ? null : service.receivedOn(), service == null ? null : service.method(),
					standing.paymentDue(), standing.provisional(), payment == null ? null : payment.amountYuan(),
					payment == null ? null : payment.paidOn(), payment == null ? null : payment.receiptNumber(),
					notice.version());
		}

	}

	/**
	 * A new fee notice.
	 *
	 * @param requestId the application
	 * @param basis {@code per-application} or {@code per-page}
	 * @param pages for per-page, the pages to be provided
	 * @param paymentInstructions how to pay, none for the configured text
	 */
	@Schema(description = "发出收费通知书")
	record FeeNoticeBody(Long requestId, String basis, Integer pages, String paymentInstructions) {
	}

	/**
	 * A notice issued with its letter.
	 *
	 * @param notice the notice
	 * @param letter the 收费通知书 generated in the same step
	 */
	@Schema(description = "已发出的收费通知书及其文书")
	record IssuedJson(FeeNoticeJson notice, LetterJson letter) {
	}

	/**
	 * A generated letter.
	 *
	 * @param id its identifier
	 * @param kind its kind, {@code fee-notice}
	 * @param revision 1, 2, … per case and kind
	 * @param number its document number (文号)
	 * @param generatedBy who generated it
	 * @param generatedAt when
	 * @param pdf where to download its PDF
	 * @param docx where to download its DOCX
	 */
	@Schema(description = "文书")
	record LetterJson(long id, String kind, int revision, String number, String generatedBy, Instant generatedAt,
			String pdf, String docx) {

		static LetterJson of(long noticeId, GeneratedLetter letter) {
			String base = "/api/v1/fees/notices/" + noticeId + "/letter.";
			return new LetterJson(letter.id(), letter.kind().code(), letter.revision(), letter.number(),
					letter.generatedBy(), letter.generatedAt(), base + "pdf", base + "docx");
		}

	}

	/** The service of a notice: the day the applicant received it and how. */
	@Schema(description = "收费通知书送达登记")
	record FeeServiceBody(LocalDate receivedOn, String method) {
	}

	/** The payment of a notice. */
	@Schema(description = "信息处理费缴费登记")
	record FeePaymentBody(BigDecimal amountYuan, LocalDate paidOn, String receiptNumber) {
	}

	@GetMapping
	@Operation(summary = "本机关的收费通知书", description = "按发出日期倒序（最多 500 份）；status 为 issued（已发出未送达）、served（已送达待缴费）、"
			+ "overdue（逾期未缴费）或 paid（已缴费），未知的 status 返回 400。")
	List<FeeNoticeJson> list(@RequestParam long agencyId, @RequestParam(required = false) String status,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return desk.list(staff, agencyId, status).stream().map(FeeNoticeJson::of).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "发出收费通知书（同时生成收费通知书文书）",
			description = "本机关的承办人、登记员或公开办负责人为办理中的申请发出收费通知书，同一步骤生成收费通知书（DOCX 与 PDF，"
					+ "载明收费依据、标准、金额、缴费方式和自收到次日起 20 个工作日的缴费期限），作为该申请的文书保存。"
					+ "每件申请只适用一种计收标准；已办结的申请返回 409 fee.case-closed。")
	ResponseEntity<IssuedJson> issue(@RequestBody FeeNoticeBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		if (body.requestId() == null) {
			throw InvalidInput.of("requestId", "fee.notice.invalid");
		}
		FeeNoticeLetters.Issued issued = desk.issue(staff, body.requestId(), body.basis(), body.pages(),
				body.paymentInstructions());
		Standing standing = desk.get(staff, issued.notice().id());
		return ResponseEntity.created(URI.create("/api/v1/fees/notices/" + issued.notice().id()))
			.eTag("\"" + standing.notice().version() + "\"")
			.body(new IssuedJson(FeeNoticeJson.of(standing), LetterJson.of(issued.notice().id(), issued.letter())));
	}

	@GetMapping(path = "/{id}/letter.{format}",
			produces = { MediaType.APPLICATION_PDF_VALUE,
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document" })
	@Operation(summary = "收费通知书文书（PDF 或 DOCX）", description = "最新生成的一份；format 为 pdf 或 docx。")
	ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable String format,
			@AuthenticationPrincipal StaffPrincipal staff) {
		LetterFormat wanted = "docx".equals(format) ? LetterFormat.DOCX
				: "pdf".equals(format) ? LetterFormat.PDF : null;
		if (wanted == null) {
			throw new RecordNotFound("fee-notice-letter", id);
		}
		GeneratedLetter letter = desk.letter(staff, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(wanted.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(letter.filename(wanted), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(desk.file(letter, wanted));
	}

	@GetMapping("/{id}")
	@Operation(summary = "收费通知书", description = "ETag 为版本号。")
	ResponseEntity<FeeNoticeJson> show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return answer(desk.get(staff, id));
	}

	@PostMapping(path = "/{id}/service", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "登记送达",
			description = "申请人收到收费通知书之日（不早于发出日、不晚于今天）及送达方式，只登记一次；" + "缴费期限自收到次日起 20 个工作日。须带 If-Match。")
	ResponseEntity<FeeNoticeJson> recordService(@PathVariable long id, @IfMatch(required = true) Integer version,
			@RequestBody FeeServiceBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		return answer(desk.recordService(staff, id, version, body.receivedOn(), body.method()));
	}

	@PostMapping(path = "/{id}/payment", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "登记缴费",
			description = "金额须与通知金额一致，缴费日期不早于发出日、不晚于今天，须有财政票据号；只登记一次" + "（重复登记返回 409 fee.already-paid）。须带 If-Match。")
	ResponseEntity<FeeNoticeJson> recordPayment(@PathVariable long id, @IfMatch(required = true) Integer version,
			@RequestBody FeePaymentBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		return answer(desk.recordPayment(staff, id, version,
				new FeeNotice.Payment(body.amountYuan(), body.paidOn(), body.receiptNumber())));
	}

	private static ResponseEntity<FeeNoticeJson> answer(Standing standing) {
		return ResponseEntity.ok().eTag("\"" + standing.notice().version() + "\"").body(FeeNoticeJson.of(standing));
	}

}
