package org.gongkai.requests;

/**
 * Who performs a step: a staff member (with their id), an API client acting as a staff
 * member, the anonymous public (an online applicant) or the system (scheduled work).
 *
 * @param staffId the staff member's id, {@code null} for the public and the system
 * @param name the user name recorded in the trail
 * @param displayName the name shown on the case page
 */
public record Actor(Long staffId, String name, String displayName) {

	/** An online applicant. */
	public static final Actor PUBLIC = new Actor(null, "public", "申请人");

	/** Scheduled work. */
	public static final Actor SYSTEM = new Actor(null, "system", "系统");

	public static Actor staff(long id, String username, String displayName) {
		return new Actor(id, username, displayName);
	}

}
