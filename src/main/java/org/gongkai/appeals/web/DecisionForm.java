package org.gongkai.appeals.web;

import java.time.LocalDate;

import org.gongkai.appeals.Decision;
import org.gongkai.appeals.Disposition;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The console form for recording, correcting or withdrawing a result, and for voiding a
 * case.
 */
public class DecisionForm {

	private Disposition disposition;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decidedOn;

	private String documentNumber;

	private String summary;

	private String reason;

	/** The day the decision sets for the new reply, if it sets a date. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reopeningDueOn;

	/** The working days the decision sets for the new reply, if it sets days. */
	private Integer reopeningDays;

	/** The day the decision was served on the agency, needed with the days. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decisionServedOn;

	/** For a correction: withdraw the result instead of replacing it. */
	private boolean withdraw;

	private Integer version;

	Decision decision() {
		return new Decision(disposition, decidedOn, documentNumber, summary,
				Decision.term(reopeningDueOn, reopeningDays, decisionServedOn));
	}

	public LocalDate getReopeningDueOn() {
		return reopeningDueOn;
	}

	public void setReopeningDueOn(LocalDate reopeningDueOn) {
		this.reopeningDueOn = reopeningDueOn;
	}

	public Integer getReopeningDays() {
		return reopeningDays;
	}

	public void setReopeningDays(Integer reopeningDays) {
		this.reopeningDays = reopeningDays;
	}

	public LocalDate getDecisionServedOn() {
		return decisionServedOn;
	}

	public void setDecisionServedOn(LocalDate decisionServedOn) {
		this.decisionServedOn = decisionServedOn;
	}

	public Disposition getDisposition() {
		return disposition;
	}

	public void setDisposition(Disposition disposition) {
		this.disposition = disposition;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isWithdraw() {
		return withdraw;
	}

	public void setWithdraw(boolean withdraw) {
		this.withdraw = withdraw;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
