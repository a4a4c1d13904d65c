package org.gongkai.letters;

import java.util.List;

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

	@Override
	public String summaryCode() {
		return "history.letter.numberingChanged";
	}

	@Override
	public List<Object> summaryArgs() {
		return List.of(pattern);
	}

}
