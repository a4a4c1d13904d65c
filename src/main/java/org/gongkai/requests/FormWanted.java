package org.gongkai.requests;

/**
 * The form in which the applicant wants the information (Article 29 (三)): the forms of
 * Article 40, 纸质、电子, and 查阅 or 抄录 of the records where the information cannot be copied
 * or provided otherwise.
 */
public enum FormWanted {

	/** 纸质. */
	PAPER,
	/** 电子. */
	ELECTRONIC,
	/** 查阅 (Article 40: 安排申请人查阅相关资料). */
	INSPECTION,
	/** 抄录 (Article 40: 提供复制件或者其他适当形式；查阅、抄录). */
	COPYING

}
