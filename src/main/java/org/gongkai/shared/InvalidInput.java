package org.gongkai.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Thrown when input fails checks a bean-validation annotation cannot express (a checksum,
 * a duplicate, a rule across fields or one that needs the database); nothing was stored.
 * It carries every problem found, each a message key against the field it concerns. The
 * API answers 400 with a Chinese message per field ({@link ApiProblems}); pages show each
 * message beside its field ({@link FormErrors}).
 */
public class InvalidInput extends RuntimeException {

	/**
	 * One rule broken.
	 *
	 * @param field the form or JSON property it concerns, such as {@code creditCode}
	 * @param code the message key naming the rule, such as
	 * {@code agency.creditCode.checksum}
	 * @param args the message arguments (dates as ISO strings)
	 * @param message the Chinese text when the bundles have none, or {@code null}
	 */
	public record FieldProblem(String field, String code, List<Object> args, String message) {

		public FieldProblem {
			args = args == null ? List.of() : List.copyOf(args);
		}

		public FieldProblem(String field, String code, Object... args) {
			this(field, code, Arrays.asList(args), null);
		}

	}

	private final String code;

	private final List<FieldProblem> problems;

	/**
	 * @param code the rule set the input failed, such as {@code request.invalid}
	 * @param problems every problem found, in the order found; at least one
	 */
	public InvalidInput(String code, List<FieldProblem> problems) {
		super(summary(problems));
		this.code = code;
		this.problems = List.copyOf(problems);
	}

	/** One field in error: its code is also the rule set's. */
	public static InvalidInput of(String field, String code, Object... args) {
		return new InvalidInput(code, List.of(new FieldProblem(field, code, args)));
	}

	/** The rule set the input failed, or the one rule when there is one problem. */
	public String code() {
		return code;
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	private static String summary(List<FieldProblem> problems) {
		if (!problems.isEmpty() && problems.get(0).message() != null) {
			return problems.get(0).message();
		}
		return "有 " + problems.size() + " 处填写有误：" + problems.stream().map(FieldProblem::field).distinct().toList();
	}

}
