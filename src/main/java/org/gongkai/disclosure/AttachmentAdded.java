package org.gongkai.disclosure;

import java.time.Instant;

/** Published when a file was attached to an entry after passing the upload checks. */
public record AttachmentAdded(long entryId, Long agencyId, String actor, Instant occurredAt, String filename,
		String contentType) implements DisclosureEvent {

	@Override
	public String action() {
		return "disclosure.attachment-added";
	}

	@Override
	public String summary() {
		return "附件：" + filename + "（" + contentType + "）";
	}

}
