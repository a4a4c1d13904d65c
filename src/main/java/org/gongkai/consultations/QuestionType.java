package org.gongkai.consultations;

/** What the asker wants: an answer, a remedy or a change. */
public enum QuestionType {

	/** 咨询. */
	CONSULTATION("consultation"),
	/** 投诉. */
	COMPLAINT("complaint"),
	/** 建议. */
	SUGGESTION("suggestion");

	private final String code;

	QuestionType(String code) {
		this.code = code;
	}

	/** The key of the statistics' {@code byType} map. */
	public String code() {
		return code;
	}

}
