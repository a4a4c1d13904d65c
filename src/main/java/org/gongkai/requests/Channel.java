package org.gongkai.requests;

/**
 * How an application reached the agency. The channel decides which fact fixes the receipt date (Article 31, see
 * {@link ReceiptDates}).
 */
public enum Channel {

	/** 网上申请: the public form at /apply or the JSON API (a data message: day both sides confirm). */
	ONLINE,
	/** 当面提交 (including an oral application written down by staff): the day it was handed in. */
	IN_PERSON,
	/** 邮寄·需签收 (registered mail, EMS): the day the agency signed for it. */
	REGISTERED_MAIL,
	/** 平常信函: the day the agency confirmed receipt with the applicant. */
	ORDINARY_LETTER,
	/** 传真: the day both sides confirm. */
	FAX,
	/** 电子邮件 (a data message): the day both sides confirm. */
	EMAIL,
	/** 12345 热线转办 (a data message): the day both sides confirm. */
	HOTLINE_12345;

	/** Whether the receipt date is the day of a confirmation with the applicant rather than a day of handing over. */
	public boolean needsConfirmation() {
		return this != IN_PERSON && this != REGISTERED_MAIL;
	}

}
