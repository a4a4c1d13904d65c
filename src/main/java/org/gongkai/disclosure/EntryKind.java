package org.gongkai.disclosure;

/** What a catalogue entry is. */
public enum EntryKind {

	/** A document or item of information. */
	DOCUMENT,
	/** 政策解读: an interpretation of another entry, which it names. */
	INTERPRETATION,
	/** A list such as the 重大行政决策事项目录. */
	LIST

}
