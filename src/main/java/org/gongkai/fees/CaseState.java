package org.gongkai.fees;

import org.springframework.modulith.NamedInterface;

/**
 * The state of the application a fee notice is for, as the caller (the applications
 * module) knows it: this module keeps no applications of its own.
 */
@NamedInterface("api")
public enum CaseState {

	/** Being handled: a notice may be issued (within the reply period). */
	OPEN,

	/** Answered, closed or archived: no notice any more. */
	CLOSED,

	/** No such application (or not the caller's agency's). */
	UNKNOWN

}
