package org.gongkai.supervision.web;

/**
 * The 催办 form: the agency, optionally the 申请编号 of the application concerned, and the
 * text.
 */
public class UrgingForm {

	private Long agencyId;

	private String trackingCode;

	private String text;

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	public void setTrackingCode(String trackingCode) {
		this.trackingCode = trackingCode;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
