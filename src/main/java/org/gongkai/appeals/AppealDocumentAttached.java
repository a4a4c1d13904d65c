package org.gongkai.appeals;

import java.time.Instant;

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

}
