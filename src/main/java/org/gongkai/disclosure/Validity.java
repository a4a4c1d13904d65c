package org.gongkai.disclosure;

/** 有效性 of a catalogue entry. */
public enum Validity {

	/** 有效. */
	VALID,
	/** 失效: lapsed at the end of its term. */
	EXPIRED,
	/** 废止: repealed. */
	REPEALED

}
