package org.gongkai.requests;

/** What a document attached to an application is. */
public enum DocumentKind {

	/**
	 * An attachment of the application itself (identity proof, power of attorney, the
	 * applicant's documents).
	 */
	APPLICATION(true),
	/** 授权委托书 of an agent (委托代理人), attached with the application. */
	POWER_OF_ATTORNEY(true),
	/** 受理回执: served on the applicant. */
	ACKNOWLEDGEMENT(true),
	/** 补正告知书: served on the applicant. */
	CORRECTION_NOTICE(true),
	/** The corrected application or its attachments. */
	CORRECTION(true),
	/** 延期答复告知书: served on the applicant. */
	EXTENSION_NOTICE(true),
	/** 征求意见书 and answers: internal. */
	CONSULTATION(false),
	/**
	 * 告知书 to a third party that the agency discloses over its objection (Article 32):
	 * served on the third party, not the applicant.
	 */
	THIRD_PARTY_NOTICE(false),
	/** 收费通知书 of the information-processing fee: served on the applicant. */
	FEE_NOTICE(true),
	/** 答复书 and the information provided: served on the applicant once answered. */
	REPLY(true),
	/** 送达回证, postal receipt, delivery record: internal proof. */
	PROOF_OF_SERVICE(false),
	/** Anything else: internal. */
	OTHER(false);

	private final boolean servedToApplicant;

	DocumentKind(boolean servedToApplicant) {
		this.servedToApplicant = servedToApplicant;
	}

	/** Whether the applicant may download it on /track. */
	public boolean servedToApplicant() {
		return servedToApplicant;
	}

}
