package org.gongkai.shared;

import org.springframework.validation.BindingResult;

/**
 * Puts refused input onto a page's form: each problem beside its field, the others at the
 * top of the form.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Each problem of {@code e} beside its field, or at the top when the form has no such
	 * field.
	 */
	public static void reject(BindingResult binding, InvalidInput e) {
		for (InvalidInput.FieldProblem problem : e.problems()) {
			Object[] args = problem.args().toArray();
			String fallback = problem.message() != null ? problem.message() : problem.code();
			if (binding.getFieldType(problem.field()) != null) {
				binding.rejectValue(problem.field(), problem.code(), args, fallback);
			}
			else {
				binding.reject(problem.code(), args, fallback);
			}
		}
	}

	/**
	 * A broken rule that concerns the form as a whole (the intake facts, the uploads),
	 * shown at its top.
	 */
	public static void reject(BindingResult binding, RuleViolation e) {
		binding.reject(e.code(), e.getMessage());
	}

}
