package org.gongkai.requests;

/**
 * What a consulted party said (Article 32): agreement, objection, or no answer within its
 * 15 working days. Disclosing over a third party's objection needs the written notice to
 * that party ({@link DocumentKind#THIRD_PARTY_NOTICE}).
 */
public enum ConsultationStance {

	/** 同意公开. */
	AGREED,
	/** 不同意公开. */
	OBJECTED,
	/** 逾期未提出意见. */
	NO_ANSWER

}
