package org.gongkai.requests;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Where an application stands in the stages of Article 45 of the Regulations
 * (登记、审核、办理、答复、归档).
 */
@NamedInterface("api")
public enum RequestStatus {

	/**
	 * 待确认收到: submitted online, by fax, email, ordinary letter or 12345, not yet confirmed
	 * (Article 31).
	 */
	SUBMITTED,
	/** 已登记: received on a known day; to be checked. */
	RECEIVED,
	/** 待补正: a correction notice was issued; the reply clock waits (Article 30). */
	AWAITING_CORRECTION,
	/** 办理中: accepted and assigned to a handler. */
	IN_HANDLING,
	/** 审核中: a draft reply is going through the review chain. */
	IN_REVIEW,
	/** 待答复: every review level approved; the reply may be sent. */
	APPROVED,
	/** 已答复: replied with one outcome. */
	ANSWERED,
	/**
	 * 已终止: closed without a reply letter (withdrawn, or deemed abandoned for a missing
	 * correction).
	 */
	CLOSED,
	/** 已归档: read-only. */
	ARCHIVED,
	/**
	 * 不予登记: an unconfirmed submission set aside (test, duplicate, unreachable sender);
	 * never counted.
	 */
	DISMISSED;

	private static final Set<RequestStatus> OPEN = EnumSet.of(RECEIVED, AWAITING_CORRECTION, IN_HANDLING, IN_REVIEW,
			APPROVED);

	/**
	 * Whether the application was received and is not yet disposed of: its reply clock
	 * runs.
	 */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** Whether the application was disposed of (answered, closed or archived). */
	public boolean isDisposed() {
		return this == ANSWERED || this == CLOSED || this == ARCHIVED;
	}

}
