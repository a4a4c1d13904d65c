package org.gongkai.disclosure;

/**
 * Where the working copy of a catalogue entry stands. The public sees an entry's last
 * approved version whatever its working copy does, until it is withdrawn.
 */
public enum EntryState {

	/** 草稿: being written or returned for changes. */
	DRAFT,
	/** 审核中: on the review chain, at the level the entry names. */
	IN_REVIEW,
	/** 定时发布: approved at every level, waiting for its publication time. */
	SCHEDULED,
	/** 已发布: the working copy is the public version. */
	PUBLISHED,
	/** 已撤回: taken off the public pages with a reason. */
	WITHDRAWN;

	/** Whether the Article 26 clock runs: formed or changed and not yet published. */
	public boolean clockRuns() {
		return this == DRAFT || this == IN_REVIEW || this == SCHEDULED;
	}

}
