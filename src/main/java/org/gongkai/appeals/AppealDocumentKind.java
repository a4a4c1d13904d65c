package org.gongkai.appeals;

/** What a document of a case is. */
public enum AppealDocumentKind {

	/** 复议申请书、起诉状: what the applicant filed. */
	FILING,
	/** 答复书、答辩状 and evidence the agency submitted. */
	DEFENCE,
	/** 复议决定书、判决书、裁定书、调解书, or the notice of withdrawal. */
	DECISION,
	/** Anything else. */
	OTHER

}
