package org.gongkai.appeals;

import java.util.List;

/**
 * Thrown when the fields of a case or a decision fail their checks: carries every problem as a message key of the
 * {@code appeals} bundle against its field, with the key's arguments. Nothing was stored.
 */
public class InvalidAppeal extends RuntimeException {

	/** One problem: the field, the message key and its arguments (dates as ISO strings). */
	public record FieldProblem(String field, String code, Object... args) {
	}

	private final List<FieldProblem> problems;

	public InvalidAppeal(List<FieldProblem> problems) {
		super("案件有 " + problems.size() + " 处填写有误：" + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
