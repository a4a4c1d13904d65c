package org.gongkai.appeals;

/** What a document of a case is. */
public enum AppealDocumentKind {

	/** 复议申请书、起诉状: what the applicant filed. */
	FILING("复议申请书、起诉状"),
	/** 答复书、答辩状 and evidence the agency submitted. */
	DEFENCE("答复书、答辩状及证据"),
	/** 复议决定书、判决书、裁定书、调解书, or the notice of withdrawal. */
	DECISION("复议决定书、判决书、裁定书、调解书"),
	/** Anything else. */
	OTHER("其他");

	private final String label;

	AppealDocumentKind(String label) {
		this.label = label;
	}

	/**
	 * The Chinese name, as the case history and the audit trail write it (the pages'
	 * labels are the same).
	 */
	public String label() {
		return this.label;
	}

}
