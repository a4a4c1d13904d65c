package org.gongkai.requests.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.ConsultationKind;
import org.gongkai.requests.ConsultationStance;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.DocumentKind;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ResponsibleAgency;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms of the case page's steps, one per step, bound as the model attribute
 * {@code step}: a value that does not convert (a date, a number, a choice) is a
 * {@code typeMismatch.step.*} error and a missing required choice a Bean Validation
 * error, both shown on the case page in the bundle's words. Blank optional fields stay
 * {@code null}, and the step's own rules decide about them.
 */
final class StepForms {

	private StepForms() {
	}

	/**
	 * The part every step's form has: the version of the application the staff member
	 * saw.
	 */
	public static class StepForm {

		private Integer version;

		/**
		 * Whether to generate the step's letter in the same click (issue 12); on unless
		 * the form unticks it (its {@code _letter} marker then says so).
		 */
		private boolean letter = true;

		public boolean isLetter() {
			return letter;
		}

		public void setLetter(boolean letter) {
			this.letter = letter;
		}

		public Integer getVersion() {
			return version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

	}

	/** A step that takes a day: confirming receipt, receiving a correction. */
	public static class DateForm extends StepForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate date;

		public LocalDate getDate() {
			return date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

	}

	/**
	 * Confirming receipt: the day, and why an ordinary letter is confirmed later than it
	 * arrived (Article 31 (二)).
	 */
	public static class ConfirmForm extends DateForm {

		private String reason;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** A step that takes a reason: dismissing a submission. */
	public static class ReasonForm extends StepForm {

		private String reason;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** The correction notice of Article 30. */
	public static class CorrectionForm extends StepForm {

		private String matters;

		private Integer termDays;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate issuedOn;

		/** The day the notice was served; empty while not yet served (Article 30). */
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate servedOn;

		public String getMatters() {
			return matters;
		}

		public void setMatters(String matters) {
			this.matters = matters;
		}

		public Integer getTermDays() {
			return termDays;
		}

		public void setTermDays(Integer termDays) {
			this.termDays = termDays;
		}

		public LocalDate getIssuedOn() {
			return issuedOn;
		}

		public void setIssuedOn(LocalDate issuedOn) {
			this.issuedOn = issuedOn;
		}

		public LocalDate getServedOn() {
			return servedOn;
		}

		public void setServedOn(LocalDate servedOn) {
			this.servedOn = servedOn;
		}

	}

	/** Accepting with a handler, or reassigning to another with a reason. */
	public static class HandlerForm extends StepForm {

		@NotNull(message = "{request.step.error.handler}")
		private Long handlerId;

		private String reason;

		public Long getHandlerId() {
			return handlerId;
		}

		public void setHandlerId(Long handlerId) {
			this.handlerId = handlerId;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** A written consultation of a third party or another agency. */
	public static class ConsultationForm extends StepForm {

		@NotNull(message = "{request.step.error.kind}")
		private ConsultationKind kind;

		private String party;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate sentOn;

		public ConsultationKind getKind() {
			return kind;
		}

		public void setKind(ConsultationKind kind) {
			this.kind = kind;
		}

		public String getParty() {
			return party;
		}

		public void setParty(String party) {
			this.party = party;
		}

		public LocalDate getSentOn() {
			return sentOn;
		}

		public void setSentOn(LocalDate sentOn) {
			this.sentOn = sentOn;
		}

	}

	/** The corrected applicant type and why. */
	public static class ApplicantTypeForm extends StepForm {

		private ApplicantType applicantType;

		private String reason;

		public ApplicantType getApplicantType() {
			return applicantType;
		}

		public void setApplicantType(ApplicantType applicantType) {
			this.applicantType = applicantType;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/**
	 * A step of Article 35: the request for reasons ({@code askedOn}, {@code answerBy}),
	 * the applicant's reasons ({@code answeredOn}, {@code reasons}) or the reasonable
	 * extended period ({@code dueOn} or {@code days}, {@code reason}).
	 */
	public static class ExcessiveForm extends StepForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate askedOn;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate answerBy;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate answeredOn;

		private String reasons;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		private Integer days;

		private String reason;

		public LocalDate getAskedOn() {
			return askedOn;
		}

		public void setAskedOn(LocalDate askedOn) {
			this.askedOn = askedOn;
		}

		public LocalDate getAnswerBy() {
			return answerBy;
		}

		public void setAnswerBy(LocalDate answerBy) {
			this.answerBy = answerBy;
		}

		public LocalDate getAnsweredOn() {
			return answeredOn;
		}

		public void setAnsweredOn(LocalDate answeredOn) {
			this.answeredOn = answeredOn;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		public LocalDate getDueOn() {
			return dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

		public Integer getDays() {
			return days;
		}

		public void setDays(Integer days) {
			this.days = days;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** The answer to consultation {@code number}. */
	public static class ConsultationAnswerForm extends StepForm {

		@NotNull(message = "{request.step.error.number}")
		private Integer number;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate answeredOn;

		private String answer;

		private ConsultationStance stance;

		public ConsultationStance getStance() {
			return stance;
		}

		public void setStance(ConsultationStance stance) {
			this.stance = stance;
		}

		public Integer getNumber() {
			return number;
		}

		public void setNumber(Integer number) {
			this.number = number;
		}

		public LocalDate getAnsweredOn() {
			return answeredOn;
		}

		public void setAnsweredOn(LocalDate answeredOn) {
			this.answeredOn = answeredOn;
		}

		public String getAnswer() {
			return answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer;
		}

	}

	/** The handler's request to extend the reply period (Article 33). */
	public static class ExtensionForm extends StepForm {

		@NotNull(message = "{request.step.error.days}")
		private Integer days;

		private String reason;

		public Integer getDays() {
			return days;
		}

		public void setDays(Integer days) {
			this.days = days;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/**
	 * The office head's decision on an extension request: {@code approve} or
	 * {@code refuse}, with a comment and the day the applicant is told.
	 */
	public static class ExtensionDecisionForm extends StepForm {

		private String decision;

		private String comment;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate noticeOn;

		public String getDecision() {
			return decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

		public LocalDate getNoticeOn() {
			return noticeOn;
		}

		public void setNoticeOn(LocalDate noticeOn) {
			this.noticeOn = noticeOn;
		}

	}

	/** A draft reply sent to review. */
	public static class DraftForm extends StepForm {

		private Outcome outcome;

		private String legalBasis;

		private String text;

		private String responsibleAgency;

		private String responsibleAgencyContact;

		public String getResponsibleAgency() {
			return responsibleAgency;
		}

		public void setResponsibleAgency(String responsibleAgency) {
			this.responsibleAgency = responsibleAgency;
		}

		public String getResponsibleAgencyContact() {
			return responsibleAgencyContact;
		}

		public void setResponsibleAgencyContact(String responsibleAgencyContact) {
			this.responsibleAgencyContact = responsibleAgencyContact;
		}

		/** The responsible agency as entered, or {@code null} when nothing was. */
		ResponsibleAgency responsible() {
			return responsibleAgency == null && responsibleAgencyContact == null ? null
					: new ResponsibleAgency(responsibleAgency, responsibleAgencyContact);
		}

		public Outcome getOutcome() {
			return outcome;
		}

		public void setOutcome(Outcome outcome) {
			this.outcome = outcome;
		}

		public String getLegalBasis() {
			return legalBasis;
		}

		public void setLegalBasis(String legalBasis) {
			this.legalBasis = legalBasis;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	/** A review decision: {@code approve} or {@code return}, with a comment. */
	public static class ReviewForm extends StepForm {

		private String decision;

		private String comment;

		public String getDecision() {
			return decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

	/** Sending the approved reply. */
	public static class AnswerForm extends StepForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate repliedOn;

		private DeliveryMethod delivery;

		/** Why an uploaded 答复书 is used instead of a generated one. */
		private String letterReason;

		/** Whether to generate the notice to the objecting third parties (Article 32). */
		private boolean thirdPartyNotice;

		public boolean isThirdPartyNotice() {
			return thirdPartyNotice;
		}

		public void setThirdPartyNotice(boolean thirdPartyNotice) {
			this.thirdPartyNotice = thirdPartyNotice;
		}

		public String getLetterReason() {
			return letterReason;
		}

		public void setLetterReason(String letterReason) {
			this.letterReason = letterReason;
		}

		public LocalDate getRepliedOn() {
			return repliedOn;
		}

		public void setRepliedOn(LocalDate repliedOn) {
			this.repliedOn = repliedOn;
		}

		public DeliveryMethod getDelivery() {
			return delivery;
		}

		public void setDelivery(DeliveryMethod delivery) {
			this.delivery = delivery;
		}

	}

	/** The day the reply was served. */
	public static class ServiceForm extends StepForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate servedOn;

		public LocalDate getServedOn() {
			return servedOn;
		}

		public void setServedOn(LocalDate servedOn) {
			this.servedOn = servedOn;
		}

	}

	/** The applicant's withdrawal. */
	public static class WithdrawalForm extends StepForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate withdrawnOn;

		private String reason;

		public LocalDate getWithdrawnOn() {
			return withdrawnOn;
		}

		public void setWithdrawnOn(LocalDate withdrawnOn) {
			this.withdrawnOn = withdrawnOn;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** The matters of a split, one a line. */
	public static class SplitForm extends StepForm {

		private String parts;

		public String getParts() {
			return parts;
		}

		public void setParts(String parts) {
			this.parts = parts;
		}

	}

	/** The earlier answered application this one repeats. */
	public static class RepeatForm extends StepForm {

		/** The earlier application's 申请编号, as staff know it. */
		private String earlierCode;

		/** The earlier application's internal id, for older forms and scripts. */
		private Long earlierId;

		public String getEarlierCode() {
			return earlierCode;
		}

		public void setEarlierCode(String earlierCode) {
			this.earlierCode = earlierCode;
		}

		public Long getEarlierId() {
			return earlierId;
		}

		public void setEarlierId(Long earlierId) {
			this.earlierId = earlierId;
		}

	}

	/** A document for the application's current round. */
	public static class UploadForm extends StepForm {

		private DocumentKind kind;

		private MultipartFile file;

		public DocumentKind getKind() {
			return kind;
		}

		public void setKind(DocumentKind kind) {
			this.kind = kind;
		}

		public MultipartFile getFile() {
			return file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

	}

}
