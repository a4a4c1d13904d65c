package org.gongkai.appeals.web;

import java.time.LocalDate;

import org.gongkai.appeals.AppealCase;
import org.gongkai.appeals.AppealHandling;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.CaseFacts;
import org.gongkai.appeals.ContestedAct;
import org.gongkai.requests.ApplicantType;
import org.springframework.format.annotation.DateTimeFormat;

/** The console form for entering a case and amending its facts. */
public class AppealForm {

	private Long agencyId;

	private AppealKind kind;

	/**
	 * The longest reference to an application a form takes: as long as an external
	 * reference may be.
	 */
	static final int MAX_REFERENCE = 300;

	private String requestRef;

	private Long reconsiderationId;

	private String externalReference;

	private ApplicantType applicantType;

	private String applicantName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate originalReplyOn;

	private String body;

	private String caseNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate filedOn;

	private ContestedAct contestedAct;

	private String claims;

	/** One token per opened form: submitting it twice enters one case. */
	private String token;

	/** The version the amendment is based on. */
	private Integer version;

	static AppealForm of(AppealCase appeal) {
		AppealForm form = new AppealForm();
		form.agencyId = appeal.getAgencyId();
		form.kind = appeal.getKind();
		form.body = appeal.getBody();
		form.caseNumber = appeal.getCaseNumber();
		form.filedOn = appeal.getFiledOn();
		form.contestedAct = appeal.getContestedAct();
		form.claims = appeal.getClaims();
		form.version = appeal.getVersion();
		return form;
	}

	CaseFacts facts() {
		return new CaseFacts(body, caseNumber, filedOn, contestedAct, claims);
	}

	AppealHandling.NewAppeal newAppeal(String submissionKey) {
		boolean after = kind == AppealKind.LITIGATION_AFTER_RECONSIDERATION;
		return new AppealHandling.NewAppeal(agencyId, kind, after ? null : requestRef, after ? reconsiderationId : null,
				after ? null : externalReference, after ? null : applicantType, after ? null : applicantName,
				after ? null : originalReplyOn, facts(), submissionKey);
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public AppealKind getKind() {
		return kind;
	}

	public void setKind(AppealKind kind) {
		this.kind = kind;
	}

	public String getRequestRef() {
		return requestRef;
	}

	public void setRequestRef(String requestRef) {
		this.requestRef = requestRef;
	}

	public Long getReconsiderationId() {
		return reconsiderationId;
	}

	public void setReconsiderationId(Long reconsiderationId) {
		this.reconsiderationId = reconsiderationId;
	}

	public String getExternalReference() {
		return externalReference;
	}

	public void setExternalReference(String externalReference) {
		this.externalReference = externalReference;
	}

	public ApplicantType getApplicantType() {
		return applicantType;
	}

	public void setApplicantType(ApplicantType applicantType) {
		this.applicantType = applicantType;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public void setApplicantName(String applicantName) {
		this.applicantName = applicantName;
	}

	public LocalDate getOriginalReplyOn() {
		return originalReplyOn;
	}

	public void setOriginalReplyOn(LocalDate originalReplyOn) {
		this.originalReplyOn = originalReplyOn;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public void setCaseNumber(String caseNumber) {
		this.caseNumber = caseNumber;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public void setFiledOn(LocalDate filedOn) {
		this.filedOn = filedOn;
	}

	public ContestedAct getContestedAct() {
		return contestedAct;
	}

	public void setContestedAct(ContestedAct contestedAct) {
		this.contestedAct = contestedAct;
	}

	public String getClaims() {
		return claims;
	}

	public void setClaims(String claims) {
		this.claims = claims;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
