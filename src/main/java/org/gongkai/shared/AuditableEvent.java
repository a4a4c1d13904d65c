package org.gongkai.shared;

import java.util.List;

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

	/**
	 * The message code that renders {@link #summary()} in the reader's language with
	 * {@link #summaryArgs()}, or {@code null} when the event keeps its summary in Chinese
	 * only. In Chinese it must give back exactly {@link #summary()}.
	 */
	default String summaryCode() {
		return null;
	}

	/**
	 * The arguments of {@link #summaryCode()}: names and data as text, labels as
	 * {@link Label}s so that they read in the reader's language.
	 */
	default List<Object> summaryArgs() {
		return List.of();
	}

	/**
	 * An argument that is itself a label: the message key it reads as, and the Chinese
	 * words the summary used when they differ from the bundle's (an enum's own label), or
	 * {@code null}.
	 */
	record Label(String code, String chinese) {

		public Label(String code) {
			this(code, null);
		}

	}

}
