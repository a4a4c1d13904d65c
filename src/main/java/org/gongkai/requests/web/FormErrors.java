package org.gongkai.requests.web;

import java.util.Map;

import org.gongkai.requests.InvalidApplication;
import org.gongkai.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts an application's field errors and rule violations onto the form, beside the fields they concern. */
final class FormErrors {

	private FormErrors() {
	}

	static void add(BindingResult binding, InvalidApplication e) {
		for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
			binding.rejectValue(error.getKey(), error.getValue());
		}
	}

	/** A violation that concerns the intake facts or the uploads, shown at the top of the form. */
	static void add(BindingResult binding, RuleViolation e) {
		binding.reject(e.code(), e.getMessage());
	}

}
