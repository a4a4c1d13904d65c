package org.gongkai.letters;

import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * One audit event of every kind of summary the letters module writes (each variant of
 * each sentence).
 */
public final class LetterAuditSamples {

	private LetterAuditSamples() {
	}

	public static List<AuditableEvent> events() {
		return List.of(new LetterTemplateChanged(3L, LetterKind.ACKNOWLEDGEMENT.code(), 2, "head"),
				new LetterTemplateChanged(3L, LetterKind.REPLY_PARTIALLY_GRANTED.code(), 0, "head"),
				new LetterNumberingChanged(3L, "{机关代字}〔{年}〕{序:3}号", "head"),
				new LetterGenerated(11, 3L, 12L, LetterKind.FEE_NOTICE.code(), "宛商公开〔2026〕003号", "handler"),
				new LetterGenerated(12, 3L, null, LetterKind.CORRECTION_NOTICE.code(), "宛商公开〔2026〕004号", "handler"));
	}

}
