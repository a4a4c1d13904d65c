package org.gongkai.appeals;

import org.gongkai.requests.ApplicantType;

/** How an applicant's name appears in lists, exports and the audit trail. */
public final class ApplicantNames {

	private ApplicantNames() {
	}

	/**
	 * A natural person's name keeps its first character only (王小明 → 王**); an
	 * organisation's name is not personal data and stays whole.
	 */
	public static String masked(ApplicantType type, String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		if (type != null && type.isOrganisation()) {
			return name;
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

}
