package org.gongkai.requests;

/**
 * How information or a reply reaches the applicant (Article 29 (三)): wanted by the
 * applicant, used by the agency.
 */
public enum DeliveryMethod {

	/** 邮寄. */
	POST,
	/** 电子邮件. */
	EMAIL,
	/** 当面领取. */
	IN_PERSON,
	/** 网上获取 (download on /track). */
	ONLINE

}
