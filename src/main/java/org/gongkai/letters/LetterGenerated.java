package org.gongkai.letters;

/** Published when a letter was generated and stored with its document number. */
public record LetterGenerated(long letterId, Long agencyId, Long caseId, String kind, String number,
		String actor) implements LetterEvent {

	@Override
	public String action() {
		return "letter.generated";
	}

	@Override
	public String subjectType() {
		return "letter";
	}

	@Override
	public String subjectId() {
		return Long.toString(letterId);
	}

	@Override
	public String summary() {
		return "生成文书 %s（%s）%s".formatted(number, LetterKind.ofCode(kind).title(),
				caseId == null ? "" : "，申请 " + caseId);
	}

}
