package org.gongkai.disclosure;

import java.util.Set;

/**
 * The level of government an agency belongs to, as far as proactive disclosure cares:
 * Article 21 of the Regulations adds areas for 设区的市级 and 县级 governments and their
 * departments, and others for 乡（镇） governments.
 */
public enum AdministrativeLevel {

	/** 省级及以上: no Article 21 areas. */
	PROVINCE(Set.of()),

	/** 设区的市级 government or department. */
	CITY(Set.of(1, 2)),

	/** 县级 (county, county-level city, district) government or department. */
	COUNTY(Set.of(1, 2)),

	/** 乡（镇） government. */
	TOWNSHIP(Set.of(3, 4));

	private final Set<Integer> article21Groups;

	AdministrativeLevel(Set<Integer> article21Groups) {
		this.article21Groups = article21Groups;
	}

	/**
	 * The groups of Article 21 (1–4, {@code disclosure.article21.N}) an agency of this
	 * level may file entries under.
	 */
	public Set<Integer> article21Groups() {
		return article21Groups;
	}

	/** The groups for an agency of {@code level}; none when the level is not set. */
	public static Set<Integer> article21Groups(AdministrativeLevel level) {
		return level == null ? Set.of() : level.article21Groups();
	}

}
