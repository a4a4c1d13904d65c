package org.gongkai.disclosure;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

	@Override
	public String summaryCode() {
		return "history.disclosure.attachmentAdded";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(filename, contentType);
	}

}
