package org.gongkai.letters;

import java.util.List;

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

	@Override
	public String summaryCode() {
		return version == 0 ? "history.letter.templateReset" : "history.letter.templateSaved";
	}

	/** The kind reads as its name (its full title in Chinese) and its code. */
	@Override
	public List<Object> summaryArgs() {
		Label title = new Label("letter.kind." + kind, LetterKind.ofCode(kind).title());
		return version == 0 ? List.of(title, kind) : List.of(title, kind, version);
	}

}
