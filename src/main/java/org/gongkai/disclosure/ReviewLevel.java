package org.gongkai.disclosure;

import org.gongkai.agencies.Role;

/**
 * One level of an agency's review chain.
 *
 * @param level 1 for the first
 * @param role the role, held in the agency, that decides at this level
 * @param secrecyReview whether this level is the 保密审查 (secrecy review)
 * @param othersOnly whether the drafter may not approve at this level themselves
 */
public record ReviewLevel(int level, Role role, boolean secrecyReview, boolean othersOnly) {
}
