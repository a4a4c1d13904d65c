package org.gongkai.disclosure;

import java.util.Map;

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
 * given. The default names read in the page's language ({@link #nameKey()}); a name the
 * agency chose is data and reads as it was entered.
 */
public record ReviewLevel(int level, Role role, boolean secrecyReview, boolean othersOnly, String name) {

	/** The longest name of a level, in characters. */
	public static final int NAME_LENGTH = 50;

	/**
	 * The names of the default chain and their message keys; each key's Chinese message
	 * is the name itself.
	 */
	private static final Map<String, String> DEFAULT_NAMES = Map.of("初审", "disclosure.level.name.first", "复审",
			"disclosure.level.name.second", "终审", "disclosure.level.name.final", "终审（签发）",
			"disclosure.level.name.finalSignOff");

	public ReviewLevel {
		name = name == null || name.isBlank() ? numberedName(level) : name.strip();
		if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
			throw InvalidInput.of("levels", "disclosure.chain.name", NAME_LENGTH);
		}
	}

	/**
	 * The message key of the name when it is a default one (初审, 复审, 终审（签发）, or
	 * {@code 第N级审核}, whose key takes the level as its argument), else {@code null}: the
	 * name is the agency's own.
	 */
	public String nameKey() {
		if (name.equals(numberedName(level))) {
			return "disclosure.level.name.numbered";
		}
		return DEFAULT_NAMES.get(name);
	}

	private static String numberedName(int level) {
		return "第" + level + "级审核";
	}

	/** A level with the default name. */
	public ReviewLevel(int level, Role role, boolean secrecyReview, boolean othersOnly) {
		this(level, role, secrecyReview, othersOnly, null);
	}

}
