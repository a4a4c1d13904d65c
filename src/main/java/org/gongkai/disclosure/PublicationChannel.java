package org.gongkai.disclosure;

/**
 * A channel through which an agency publishes (the seed report's 平台建设): the website,
 * whose count the catalogue gives, and the others, whose counts are entered or imported
 * per year.
 */
public enum PublicationChannel {

	/** 政府网站: the entries first published in the year. */
	WEBSITE,
	/** 政务微信公众号. */
	WECHAT,
	/** 政务服务网. */
	GOVERNMENT_SERVICE_PORTAL,
	/** 政府公报. */
	GAZETTE,
	/** 新闻发布会. */
	PRESS_CONFERENCES

}
