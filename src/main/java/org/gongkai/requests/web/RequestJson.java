package org.gongkai.requests.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gongkai.calendar.DerivedDeadlines;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.ApplicationDraft;
import org.gongkai.requests.ConsultationKind;
import org.gongkai.requests.ExcessiveInquiry;
import org.gongkai.requests.Extension;
import org.gongkai.requests.ConsultationStance;
import org.gongkai.requests.DeadlineStatus;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.Consultation;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.DocumentKind;
import org.gongkai.requests.HandlingRound;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.InformationSought;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestDocuments;
import org.gongkai.requests.RequestHistory;
import org.gongkai.requests.RequestStatus;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.ResponsibleAgency;
import org.gongkai.requests.ReviewDecision;
import org.gongkai.shared.UploadedFile;

/** The JSON shapes of the applications API. */
final class RequestJson {

	private RequestJson() {
	}

	@Schema(description = "工作人员登记一件申请（信件、当面、传真、电子邮件、12345 热线）")
	record IntakeBody(@Schema(description = "受理机关 ID") Long agencyId, @Schema(description = "渠道") Channel channel,
			@Schema(description = "提交或到达日期") LocalDate submittedOn,
			@Schema(description = "挂号信、EMS：签收日期") LocalDate signedForOn,
			@Schema(description = "需确认的渠道：与申请人确认收到的日期，未确认则留空") LocalDate confirmedOn,
			@Schema(description = "邮件单号、传真号、12345 工单号等") String receiptNote,
			@Schema(description = "申请内容") ApplicationDraft application,
			@Schema(description = "委托代理人的授权委托书，内容为 Base64；填写 application.agentName 时必须提供") AttachmentBody powerOfAttorney) {
	}

	@Schema(description = "网上提交一件申请（公众）")
	record PublicBody(@Schema(description = "受理机关 ID") Long agencyId,
			@Schema(description = "申请内容") ApplicationDraft application,
			@Schema(description = "附件（PDF、PNG、JPEG），内容为 Base64") List<AttachmentBody> attachments,
			@Schema(description = "委托代理人的授权委托书（PDF、PNG、JPEG），内容为 Base64；填写 application.agentName 时必须提供") AttachmentBody powerOfAttorney) {
	}

	record AttachmentBody(String filename, String contentBase64) {

		/** The decoded file; a clear error for content that is not Base64. */
		UploadedFile file() {
			try {
				return new UploadedFile(filename,
						Base64.getDecoder().decode(contentBase64 == null ? "" : contentBase64));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("附件 " + filename + " 的内容不是有效的 Base64");
			}
		}

	}

	@Schema(description = "提交结果：申请编号与查询码，凭二者查询办理进度")
	record SubmissionJson(String trackingCode, String accessCode, RequestStatus status, LocalDate receivedOn,
			boolean replayed) {
	}

	record TermJson(String label, LocalDate from, int workingDays, LocalDate due) {

		static TermJson of(DerivedDeadlines.Term term) {
			return new TermJson(term.label(), term.from(), term.workingDays(), term.due());
		}

	}

	@Schema(description = "由已记录的事实推算出的法定期限（不可编辑）")
	record DeadlinesJson(LocalDate readOn, LocalDate replyDue, LocalDate correctionNoticeDue,
			LocalDate correctionTermEnds, int workingDaysLeft, boolean paused, boolean overdue, boolean provisional,
			String badge, Boolean inTime, List<DeadlineStatus.ConsultationTerm> consultations, List<TermJson> terms) {

		static DeadlinesJson of(DeadlineStatus clock) {
			DerivedDeadlines reading = clock.reading();
			return new DeadlinesJson(clock.readOn(), clock.replyDue(),
					reading == null ? null : reading.correctionNoticeDue(), clock.correctionTermEnds(),
					clock.workingDaysLeft(), clock.paused(), clock.overdue(), reading != null && reading.provisional(),
					clock.badge().name(), clock.inTime(), clock.consultations(),
					clock.terms().stream().map(TermJson::of).toList());
		}

	}

	record DocumentJson(long id, int round, DocumentKind kind, String filename, String contentType, long size,
			Instant uploadedAt, String uploadedBy) {

		static DocumentJson of(RequestDocuments.Document document) {
			return new DocumentJson(document.id(), document.roundNo(), document.kind(), document.filename(),
					document.contentType(), document.size(), document.uploadedAt(), document.uploadedBy());
		}

	}

	@Schema(description = "一件申请的全部事实、推算的期限、文件与办理记录")
	record RequestJsonView(long id, int version, String trackingCode, long agencyId, Channel channel,
			Applicant applicant, InformationSought information, LocalDate submittedOn, LocalDate signedForOn,
			LocalDate confirmedOn, String confirmationReason, LocalDate receivedOn, String receiptNote,
			RequestStatus status, Long handlerId, String handlerName, LocalDate correctionRequestedOn,
			LocalDate correctionServedOn, String correctionMatters, Integer correctionTermDays,
			LocalDate correctionReceivedOn, List<Consultation> consultations, Integer extensionDays,
			String extensionApprovedBy, LocalDate extensionApprovedOn, String extensionReason, int draftNo,
			Outcome draftOutcome, String draftLegalBasis, String draftText, String draftResponsibleAgency,
			String draftResponsibleAgencyContact, int pendingReviewLevel, List<ReviewDecision> reviews, Outcome outcome,
			String legalBasis, String responsibleAgency, String responsibleAgencyContact, LocalDate repliedOn,
			DeliveryMethod replyDelivery, LocalDate closedOn, String closingNote, LocalDate servedOn,
			Instant archivedAt, Long splitFrom, Long repeatOf, int round, List<HandlingRound> rounds,
			DeadlinesJson clock, List<DocumentJson> documents, List<RequestHistory.Step> history,
			ExcessiveInquiry excessive,
			@Schema(description = "延期：承办人的申请、公开办负责人的批准或不同意（《条例》第三十三条）") Extension extension) {

		static RequestJsonView of(InformationRequest r, DeadlineStatus clock, List<RequestDocuments.Document> documents,
				List<RequestHistory.Step> history) {
			return new RequestJsonView(r.getId(), r.getVersion(), r.getTrackingCode(), r.getAgencyId(), r.getChannel(),
					r.getApplicant(), r.getSought(), r.getSubmittedOn(), r.getSignedForOn(), r.getConfirmedOn(),
					r.getConfirmationReason(), r.getReceivedOn(), r.getReceiptNote(), r.getStatus(), r.getHandlerId(),
					r.getHandlerName(), r.getCorrectionRequestedOn(), r.getCorrectionServedOn(),
					r.getCorrectionMatters(), r.getCorrectionTermDays(), r.getCorrectionReceivedOn(),
					r.getConsultations(), r.getExtensionDays(), r.getExtensionApprovedBy(), r.getExtensionApprovedOn(),
					r.getExtensionReason(), r.getDraftNo(), r.getDraftOutcome(), r.getDraftLegalBasis(),
					r.getDraftText(), r.getDraftResponsibleAgency(), r.getDraftResponsibleAgencyContact(),
					r.pendingReviewLevel(), r.getReviews(), r.getOutcome(), r.getLegalBasis(), r.getResponsibleAgency(),
					r.getResponsibleAgencyContact(), r.getRepliedOn(), r.getReplyDelivery(), r.getClosedOn(),
					r.getClosingNote(), r.getServedOn(), r.getArchivedAt(), r.getSplitFrom(), r.getRepeatOf(),
					r.getRound(), r.getRounds(), DeadlinesJson.of(clock),
					documents.stream().map(DocumentJson::of).toList(), history, r.getExcessive(), r.getExtension());
		}

	}

	record DateBody(LocalDate date) {
	}

	record ConfirmationBody(@Schema(description = "确认日期") LocalDate date,
			@Schema(description = "平常信函晚于到达之日确认的理由（《条例》第三十一条第（二）项）") String reason) {
	}

	record ReasonBody(String reason) {
	}

	record CorrectionBody(String matters, Integer termDays, LocalDate issuedOn,
			@Schema(description = "补正告知书送达日期；未送达时留空，补正期限自送达之日起计算（第三十条）") LocalDate servedOn,
			@Schema(description = "为真时在同一步骤中生成并附上补正告知书（issue 12），默认不生成") Boolean letter) {
	}

	record AcceptBody(Long handlerId, String reason,
			@Schema(description = "为真时在同一步骤中生成并附上受理回执（改派时不用）（issue 12），默认不生成") Boolean letter) {
	}

	record ConsultBody(ConsultationKind kind, String party, LocalDate sentOn,
			@Schema(description = "为真时在同一步骤中生成并附上征求意见书（函）（issue 12），默认不生成") Boolean letter) {
	}

	record ApplicantTypeBody(ApplicantType applicantType, String reason) {
	}

	record AskReasonsBody(LocalDate askedOn, LocalDate answerBy) {
	}

	record ReasonsBody(LocalDate answeredOn, String reasons) {
	}

	record ReasonablePeriodBody(LocalDate dueOn, Integer days, String reason) {
	}

	record ConsultAnswerBody(LocalDate answeredOn, String answer, ConsultationStance stance) {
	}

	record ExtendBody(@Schema(description = "申请延长的工作日数，1 至 20") Integer days,
			@Schema(description = "需要延长的理由") String reason) {
	}

	record ExtensionDecisionBody(@Schema(description = "真为同意，假为不同意") Boolean approve,
			@Schema(description = "意见；不同意时必填") String comment,
			@Schema(description = "告知申请人的日期，默认今天") LocalDate noticeOn,
			@Schema(description = "为真时在同一步骤中生成并附上延期答复告知书（issue 12），默认不生成") Boolean letter) {
	}

	record DraftBody(Outcome outcome, String legalBasis, String text,
			@Schema(description = "不属于本机关公开（《条例》第三十六条第（五）项）：负责公开该信息的行政机关名称") String responsibleAgency,
			@Schema(description = "该行政机关的联系方式") String responsibleAgencyContact) {

		ResponsibleAgency responsible() {
			return responsibleAgency == null && responsibleAgencyContact == null ? null
					: new ResponsibleAgency(responsibleAgency, responsibleAgencyContact);
		}

	}

	record ReviewBody(Boolean approve, String comment) {
	}

	record AnswerBody(LocalDate repliedOn, DeliveryMethod delivery,
			@Schema(description = "是否由系统生成答复书，默认生成；为假时须已上传本轮答复书（类别 REPLY）并写明 letterReason") Boolean generateLetter,
			@Schema(description = "以上传的答复书代替生成的答复书的理由") String letterReason,
			@Schema(description = "第三方不同意公开而决定公开的，为真时在同一步骤中生成告知第三方的告知书（《条例》第三十二条），默认不生成") Boolean thirdPartyNotice) {

		RequestHandling.ReplyLetter replyLetter() {
			return Boolean.FALSE.equals(generateLetter) ? RequestHandling.ReplyLetter.uploaded(letterReason)
					: RequestHandling.ReplyLetter.generated();
		}

	}

	record WithdrawBody(LocalDate withdrawnOn, String reason) {
	}

	record SplitBody(List<InformationSought> parts) {
	}

	record RepeatBody(@Schema(description = "前次申请的内部 ID（可改用 earlierTrackingCode）") Long earlierId,
			@Schema(description = "前次申请的申请编号，如 GK-7Q2M-4XKD-9T") String earlierTrackingCode) {
	}

	record PageJson(List<RowJson> items, Long nextBeforeId) {
	}

	record RowJson(long id, long agencyId, String agencyName, String trackingCode, ApplicantType applicantType,
			String applicantName, Channel channel, LocalDate submittedOn, LocalDate receivedOn, RequestStatus status,
			Outcome outcome, String handlerName, String title, LocalDate replyDue, Integer workingDaysLeft,
			String badge) {
	}

}
