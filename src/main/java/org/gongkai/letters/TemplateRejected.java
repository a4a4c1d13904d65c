package org.gongkai.letters;

import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.shared.RuleViolation;

/**
 * A letter template refused when saved or previewed: each problem names its line. The API
 * answers it as a broken rule ({@code letters.template-invalid}); the console lists the
 * problems beside the editor.
 */
public class TemplateRejected extends RuleViolation {

	private final transient List<LetterTemplate.Problem> problems;

	TemplateRejected(LetterKind kind, List<LetterTemplate.Problem> problems) {
		super("letters.template-invalid", "文书模板（" + kind.title() + "）有误："
				+ problems.stream().map(LetterTemplate.Problem::describe).collect(Collectors.joining("；")));
		this.problems = List.copyOf(problems);
	}

	public List<LetterTemplate.Problem> problems() {
		return problems;
	}

}
