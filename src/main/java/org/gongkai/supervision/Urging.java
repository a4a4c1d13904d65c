package org.gongkai.supervision;

import java.time.Instant;

import org.gongkai.shared.RuleViolation;

/**
 * A 催办: a supervising office's written reminder to one agency of its region, about one
 * application (by its 申请编号) or the agency's work in general, with the agency's answer and
 * the moment the office read it. Sent once, answered once, read once; nothing is ever
 * deleted.
 */
public class Urging {

	private final Long id;

	private final long officeId;

	private final long agencyId;

	private final Long requestId;

	private final String trackingCode;

	private final String body;

	private final long sentBy;

	private final String sentByName;

	private final Instant sentAt;

	private String answer;

	private Long answeredBy;

	private String answeredByName;

	private Instant answeredAt;

	private Instant readAt;

	private final int version;

	Urging(Long id, long officeId, long agencyId, Long requestId, String trackingCode, String body, long sentBy,
			String sentByName, Instant sentAt, String answer, Long answeredBy, String answeredByName,
			Instant answeredAt, Instant readAt, int version) {
		this.id = id;
		this.officeId = officeId;
		this.agencyId = agencyId;
		this.requestId = requestId;
		this.trackingCode = trackingCode;
		this.body = body;
		this.sentBy = sentBy;
		this.sentByName = sentByName;
		this.sentAt = sentAt;
		this.answer = answer;
		this.answeredBy = answeredBy;
		this.answeredByName = answeredByName;
		this.answeredAt = answeredAt;
		this.readAt = readAt;
		this.version = version;
	}

	/** A new 催办, not yet stored. */
	static Urging send(long officeId, long agencyId, Long requestId, String trackingCode, String body, long sentBy,
			String sentByName, Instant sentAt) {
		return new Urging(null, officeId, agencyId, requestId, trackingCode, body, sentBy, sentByName, sentAt, null,
				null, null, null, null, 0);
	}

	/** Records the agency's answer; a 催办 is answered once. */
	void answer(String text, long staffId, String staffName, Instant at) {
		if (answeredAt != null) {
			throw new RuleViolation("supervision.already-answered", "该催办已于 " + answeredAt + " 答复，不能再次答复");
		}
		this.answer = text;
		this.answeredBy = staffId;
		this.answeredByName = staffName;
		this.answeredAt = at;
	}

	/** Records that the office read the answer; only an answered 催办 is read, once. */
	void markRead(Instant at) {
		if (answeredAt == null) {
			throw new RuleViolation("supervision.not-answered", "该催办尚未答复");
		}
		if (readAt != null) {
			throw new RuleViolation("supervision.already-read", "该催办的答复已阅");
		}
		this.readAt = at;
	}

	public boolean isAnswered() {
		return answeredAt != null;
	}

	public boolean isRead() {
		return readAt != null;
	}

	public Long getId() {
		return id;
	}

	public long getOfficeId() {
		return officeId;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public Long getRequestId() {
		return requestId;
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	public String getBody() {
		return body;
	}

	public long getSentBy() {
		return sentBy;
	}

	public String getSentByName() {
		return sentByName;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public String getAnswer() {
		return answer;
	}

	public Long getAnsweredBy() {
		return answeredBy;
	}

	public String getAnsweredByName() {
		return answeredByName;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public int getVersion() {
		return version;
	}

}
