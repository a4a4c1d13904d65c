package org.gongkai.disclosure;

import java.time.LocalDate;

import org.gongkai.shared.AuditableEvent;

/** Published when a 规章 or 行政规范性文件 was entered in the registry or its dates changed. */
public record NormativeDocumentRecorded(long documentId, Long agencyId, String actor, DocumentKind kind, String title,
		LocalDate issuedOn, LocalDate repealedOn) implements AuditableEvent {

	@Override
	public String action() {
		return "disclosure.normative-document-recorded";
	}

	@Override
	public String subjectType() {
		return "normative-document";
	}

	@Override
	public String subjectId() {
		return Long.toString(documentId);
	}

	@Override
	public String summary() {
		return kind + "：" + title + "，制发 " + issuedOn + (repealedOn == null ? "" : "，废止 " + repealedOn);
	}

}
