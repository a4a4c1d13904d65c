package org.gongkai.consultations;

/**
 * How a question reached the agency. The first two come through the public form, the
 * others are entered by staff.
 */
public enum QuestionChannel {

	/** 信箱: the agency's (领导) mailbox on the portal. */
	MAILBOX("mailbox", true),
	/** 在线咨询: the online consultation form. */
	ONLINE("online", true),
	/** 电话: a call taken by the agency's staff. */
	PHONE("phone", false),
	/** 12345 政务服务便民热线: a work order passed on by the hotline. */
	HOTLINE_12345("hotline12345", false);

	private final String code;

	private final boolean publicForm;

	QuestionChannel(String code, boolean publicForm) {
		this.code = code;
		this.publicForm = publicForm;
	}

	/** The key of the statistics' {@code byChannel} map. */
	public String code() {
		return code;
	}

	/** Whether the public form offers this channel. */
	public boolean isPublicForm() {
		return publicForm;
	}

}
