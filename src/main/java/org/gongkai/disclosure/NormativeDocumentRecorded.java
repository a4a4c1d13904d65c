package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

	@Override
	public String summaryCode() {
		return repealedOn == null ? "history.normative.recorded" : "history.normative.repealed";
	}

	/**
	 * The kind is a label that keeps its code in Chinese, as the summary always wrote it.
	 */
	@Override
	public List<Object> summaryArgs() {
		List<Object> args = new ArrayList<>(
				List.of(new Label("history.normative.kind." + kind.name(), kind.name()), title, issuedOn));
		if (repealedOn != null) {
			args.add(repealedOn);
		}
		return args;
	}

}
