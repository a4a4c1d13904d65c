package org.gongkai.disclosure;

import org.gongkai.agencies.Role;
import org.gongkai.shared.InvalidInput;

/**
 * One level of an agency's review chain.
 *
 * @param level 1 for the first
 * @param role the role, held in the agency, that decides at this level
 * @param secrecyReview whether this level is the 保密审查 (secrecy review)
 * @param othersOnly whether the drafter may not approve at this level themselves
 * @param name what the agency calls the level, such as 初审; {@code 第N级审核} when none is
 * given
 */
public record ReviewLevel(int level, Role role, boolean secrecyReview, boolean othersOnly, String name) {

	/** The longest name of a level, in characters. */
	public static final int NAME_LENGTH = 50;

	public ReviewLevel {
		name = name == null || name.isBlank() ? "第" + level + "级审核" : name.strip();
		if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
			throw InvalidInput.of("levels", "disclosure.chain.name", NAME_LENGTH);
		}
	}

	/** A level with the default name. */
	public ReviewLevel(int level, Role role, boolean secrecyReview, boolean othersOnly) {
		this(level, role, secrecyReview, othersOnly, null);
	}

}
