package org.gongkai.appeals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when a document was attached to a case. */
public record AppealDocumentAttached(long appealId, Long agencyId, String actor, Instant occurredAt, long documentId,
		AppealDocumentKind kind, String filename) implements AppealEvent {

	@Override
	public String action() {
		return "appeal.document-attached";
	}

	@Override
	public String summary() {
		return "上传文件（" + kind.label() + "）：" + filename;
	}

	@Override
	public String summaryCode() {
		return "history.appeal.documentAttached";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(new Label("appeal.documentKind." + kind.name(), kind.label()), filename);
	}

}
