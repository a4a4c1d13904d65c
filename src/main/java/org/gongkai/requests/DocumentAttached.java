package org.gongkai.requests;

/** Published when a document was attached to an application. */
public record DocumentAttached(long requestId, Long agencyId, String actor, java.time.Instant occurredAt, long documentId, String kind, String filename) implements RequestEvent {

	@Override
	public String action() {
		return "request.document-attached";
	}

	@Override
	public String summary() {
		return "附件 " + kind + "：" + filename;
	}

}
