package org.gongkai.calendar;

import org.springframework.modulith.NamedInterface;

/**
 * The numbers of working days the Regulations (and the fee notice) fix, each defined
 * once; every rule, check and computation refers to these.
 */
@NamedInterface("api")
public final class StatutoryTerms {

	/**
	 * Article 33: the agency replies within 20 working days of receipt (or of the
	 * corrected application).
	 */
	public static final int REPLY_DAYS = 20;

	/**
	 * Article 33: the one extension, approved by the office head, is at most 20 working
	 * days.
	 */
	public static final int MAX_EXTENSION_DAYS = 20;

	/** Article 30: a correction notice is issued within 7 working days of receipt. */
	public static final int CORRECTION_NOTICE_DAYS = 7;

	/**
	 * Article 30 asks only for a "reasonable" correction term, set by the agency; a
	 * longer term than this is not accepted.
	 */
	public static final int MAX_CORRECTION_TERM_DAYS = 60;

	/**
	 * Articles 32 and 34: a consulted third party or agency answers within 15 working
	 * days of receiving the letter.
	 */
	public static final int CONSULTATION_DAYS = 15;

	/**
	 * 国办函〔2020〕109号 (as restated by provincial notices): pay within 20 working days from
	 * the day after the notice.
	 */
	public static final int FEE_PAYMENT_DAYS = 20;

	private StatutoryTerms() {
	}

}
