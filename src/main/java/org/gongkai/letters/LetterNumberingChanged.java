package org.gongkai.letters;

/** Published when an agency changed the pattern of its document numbers (文号). */
public record LetterNumberingChanged(Long agencyId, String pattern, String actor) implements LetterEvent {

	@Override
	public String action() {
		return "letter.numbering-changed";
	}

	@Override
	public String subjectType() {
		return "letter-numbering";
	}

	@Override
	public String subjectId() {
		return Long.toString(agencyId);
	}

	@Override
	public String summary() {
		return "文号规则改为 " + pattern;
	}

}
