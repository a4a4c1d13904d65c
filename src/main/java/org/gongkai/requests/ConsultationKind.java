package org.gongkai.requests;

import org.gongkai.calendar.Pause;

/**
 * Whose opinion is sought before deciding, each with 15 working days to answer; the time
 * does not count (Article 33).
 */
public enum ConsultationKind {

	/** 征求第三方意见 (Article 32). */
	THIRD_PARTY(Pause.Kind.THIRD_PARTY),
	/** 征求其他机关意见 (Article 34; silence is consent). */
	OTHER_AGENCY(Pause.Kind.OTHER_AGENCY);

	private final Pause.Kind pauseKind;

	ConsultationKind(Pause.Kind pauseKind) {
		this.pauseKind = pauseKind;
	}

	Pause.Kind pauseKind() {
		return pauseKind;
	}

}
