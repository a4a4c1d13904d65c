package org.gongkai.disclosure.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.shared.InvalidInput;

/**
 * The problems of refused input as a page shows them after a redirect: flash attributes
 * live in the session, which is stored in the database, so they must be serialisable (the
 * problems of {@link InvalidInput} are not).
 */
final class FlashProblems {

	private FlashProblems() {
	}

	/**
	 * One problem: its message key, the key's arguments as text and the field.
	 */
	record Problem(String code, List<String> args, String field) implements Serializable {
	}

	static ArrayList<Problem> of(InvalidInput refused) {
		ArrayList<Problem> problems = new ArrayList<>();
		for (InvalidInput.FieldProblem problem : refused.problems()) {
			problems.add(new Problem(problem.code(),
					problem.args()
						.stream()
						.map(String::valueOf)
						.collect(ArrayList::new, ArrayList::add, ArrayList::addAll),
					problem.field()));
		}
		return problems;
	}

}
