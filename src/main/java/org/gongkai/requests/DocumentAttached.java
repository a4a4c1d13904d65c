package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when a document was attached to an application. */
public record DocumentAttached(long requestId, Long agencyId, String actor, Instant occurredAt, long documentId,
		String kind, String filename) implements RequestEvent {

	@Override
	public String action() {
		return "request.document-attached";
	}

	@Override
	public String summary() {
		return "附件 " + ChineseLabels.ofDocumentKind(kind) + "：" + filename;
	}

	@Override
	public String summaryCode() {
		return "history.request.documentAttached";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(new Label("request.document." + kind), filename);
	}

}
