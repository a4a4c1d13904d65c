package org.gongkai.requests;

/** The identity document an applicant proves who they are with (身份证明, Article 29 (一)). */
public enum IdDocumentType {

	/** 居民身份证, checked by its GB 11643 check digit. */
	RESIDENT_ID,
	/** 护照. */
	PASSPORT,
	/** 港澳居民来往内地通行证. */
	HK_MACAO_PERMIT,
	/** 台湾居民来往大陆通行证. */
	TAIWAN_PERMIT,
	/** 外国人永久居留身份证. */
	FOREIGN_PERMANENT_RESIDENT,
	/** 统一社会信用代码 of an organisation, checked by its GB 32100 check character. */
	CREDIT_CODE,
	/**
	 * Another identity document of an organisation without a 统一社会信用代码 (a foreign
	 * organisation, some 其他组织), accepted with a reason (issue 11, item 14).
	 */
	OTHER_DOCUMENT;

	/** Whether the document proves an organisation's identity. */
	public boolean organisational() {
		return this == CREDIT_CODE || this == OTHER_DOCUMENT;
	}

}
