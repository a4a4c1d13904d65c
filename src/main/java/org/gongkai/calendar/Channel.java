package org.gongkai.calendar;

import org.springframework.modulith.NamedInterface;

/**
 * How an application reached the agency. The channel decides which fact fixes the receipt
 * date (Article 31, see {@link ReceiptDates}); its name is shown through the message key
 * {@code calendar.channel.NAME}.
 */
@NamedInterface("api")
public enum Channel {

	/**
	 * 网上申请: an internet channel, the public form or the API (Article 31(3)): the day both
	 * sides confirm.
	 */
	ONLINE,
	/**
	 * 当面提交, including an oral application written down by staff (Article 31(1)): the day
	 * it was handed in.
	 */
	IN_PERSON,
	/** 挂号信、EMS 等需签收的邮件 (Article 31(2)): the day the agency signed for it. */
	REGISTERED_MAIL,
	/**
	 * 平常信函等无需签收的邮件 (Article 31(2)): the day the agency confirmed receipt with the
	 * applicant.
	 */
	ORDINARY_LETTER,
	/** 政府信息公开工作机构的传真 (Article 31(3)): the day both sides confirm. */
	FAX,
	/**
	 * 电子邮件 [INTERPRETATION: an internet channel of Article 31(3)]: the day both sides
	 * confirm by default.
	 */
	EMAIL,
	/**
	 * 12345 热线转办 [INTERPRETATION: an oral application written down under Article 29]: as
	 * email.
	 */
	HOTLINE_12345;

	/** The message key of the channel's name. */
	public String messageKey() {
		return "calendar.channel." + name();
	}

}
