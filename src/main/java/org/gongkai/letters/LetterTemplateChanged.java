package org.gongkai.letters;

/**
 * Published when an agency saved its own wording of a kind of letter ({@code version} ≥
 * 1), or went back to the default ({@code version} 0).
 */
public record LetterTemplateChanged(Long agencyId, String kind, int version, String actor) implements LetterEvent {

	@Override
	public String action() {
		return version == 0 ? "letter.template-reset" : "letter.template-saved";
	}

	@Override
	public String subjectType() {
		return "letter-template";
	}

	@Override
	public String subjectId() {
		return agencyId + ":" + kind;
	}

	@Override
	public String summary() {
		String title = LetterKind.ofCode(kind).title() + "（" + kind + "）";
		return version == 0 ? "文书模板恢复默认：" + title : "保存文书模板：" + title + "，第 " + version + " 版";
	}

}
