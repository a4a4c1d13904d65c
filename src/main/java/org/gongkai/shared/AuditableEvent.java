package org.gongkai.shared;

/**
 * An event that the audit trail records. Every state-changing action in every module
 * publishes one (a past-tense record), so the trail is complete without any module
 * depending on the audit module.
 */
public interface AuditableEvent {

	/**
	 * The signed-in user or API client who acted; "system" for scheduled work, "public"
	 * for anonymous applicants.
	 */
	String actor();

	/**
	 * The agency on whose records the action was taken, or {@code null} for region-wide
	 * settings.
	 */
	Long agencyId();

	/** A stable action key such as {@code agency.updated} or {@code request.answered}. */
	String action();

	/** The kind of record changed, such as {@code agency}. */
	String subjectType();

	/** The identifier of the record changed. */
	String subjectId();

	/** A short before/after summary, already free of unmasked personal data. */
	String summary();

}
