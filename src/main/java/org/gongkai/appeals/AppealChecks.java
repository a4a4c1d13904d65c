package org.gongkai.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;
import org.gongkai.shared.InvalidInput.FieldProblem;

/**
 * Field-by-field checks of what staff enter for a case and its result. Each problem is a
 * message key of the {@code appeals} bundle, so that the form shows it beside its field
 * and the API names the field.
 */
final class AppealChecks {

	/**
	 * The code of a case or result refused for its fields; each field's own code names
	 * the rule it broke.
	 */
	static final String INVALID = "appeal.invalid";

	static final int MAX_NAME = 200;

	static final int MAX_NUMBER = 100;

	static final int MAX_REFERENCE = 300;

	static final int MAX_TEXT = 2000;

	private AppealChecks() {
	}

	/**
	 * Problems of the case facts, given the earliest possible filing date ({@code null}
	 * if unknown).
	 */
	static List<FieldProblem> facts(CaseFacts facts, LocalDate earliestFiling, String earliestWhat, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "body", facts.body(), MAX_NAME);
		length(problems, "caseNumber", facts.caseNumber(), MAX_NUMBER);
		if (facts.filedOn() == null) {
			problems.add(new FieldProblem("filedOn", "appeal.error.filedOn.required"));
		}
		else if (facts.filedOn().isAfter(today)) {
			problems.add(new FieldProblem("filedOn", "appeal.error.date.future", today.toString()));
		}
		else if (earliestFiling != null && facts.filedOn().isBefore(earliestFiling)) {
			problems.add(new FieldProblem("filedOn", "appeal.error.filedOn.tooEarly", earliestWhat,
					earliestFiling.toString()));
		}
		if (facts.contestedAct() == null) {
			problems.add(new FieldProblem("contestedAct", "appeal.error.contestedAct.required"));
		}
		length(problems, "claims", facts.claims(), MAX_TEXT);
		return problems;
	}

	/** Problems of an older application's reference entered by hand. */
	static List<FieldProblem> older(ApplicationLink.Older older, ContestedAct act, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "externalReference", older.reference(), MAX_REFERENCE);
		if (older.applicantType() == null) {
			problems.add(new FieldProblem("applicantType", "appeal.error.applicantType.required"));
		}
		required(problems, "applicantName", older.applicantName(), MAX_NAME);
		if (older.repliedOn() == null && act == ContestedAct.REPLY) {
			problems.add(new FieldProblem("originalReplyOn", "appeal.error.originalReplyOn.required"));
		}
		else if (older.repliedOn() != null && older.repliedOn().isAfter(today)) {
			problems.add(new FieldProblem("originalReplyOn", "appeal.error.date.future", today.toString()));
		}
		return problems;
	}

	/** Problems of a result for a case of {@code kind} filed on {@code filedOn}. */
	static List<FieldProblem> decision(Decision decision, AppealKind kind, LocalDate filedOn, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (decision.disposition() == null) {
			problems.add(new FieldProblem("disposition", "appeal.error.disposition.required"));
		}
		else if (!decision.disposition().appliesTo(kind)) {
			problems.add(new FieldProblem("disposition", "appeal.error.disposition.kind"));
		}
		if (decision.decidedOn() == null) {
			problems.add(new FieldProblem("decidedOn", "appeal.error.decidedOn.required"));
		}
		else if (decision.decidedOn().isAfter(today)) {
			problems.add(new FieldProblem("decidedOn", "appeal.error.date.future", today.toString()));
		}
		else if (decision.decidedOn().isBefore(filedOn)) {
			problems.add(new FieldProblem("decidedOn", "appeal.error.decidedOn.beforeFiling", filedOn.toString()));
		}
		length(problems, "documentNumber", decision.documentNumber(), MAX_NUMBER);
		length(problems, "summary", decision.summary(), MAX_TEXT);
		return problems;
	}

	/** Problems of the reason a correction or a voiding needs. */
	static List<FieldProblem> reason(String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "reason", CaseFacts.trimmed(reason), 1000);
		return problems;
	}

	static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(AppealChecks.INVALID, problems);
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "appeal.error." + field + ".required"));
		}
		else {
			length(problems, field, value, max);
		}
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (TextInput.longerThan(value, max)) {
			problems.add(new FieldProblem(field, "appeal.error.tooLong", max));
		}
	}

}
