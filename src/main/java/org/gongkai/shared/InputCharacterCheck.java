package org.gongkai.shared;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose parameters (query, form and multipart fields, their names too)
 * or {@code Idempotency-Key} hold a character no field accepts ({@link TextInput}), or
 * one longer than the widest field the application stores
 * ({@value TextInput#MAX_PARAMETER} characters), before any handler binds them; each
 * field's own limit is checked where it is known. It throws {@link InvalidInput} naming
 * the parameter, so the API answers 400 problem+json ({@link ApiProblems}) and pages the
 * error page with the Chinese message ({@link PageProblems}); nothing is stored. JSON
 * bodies are checked as they are read ({@link JsonTextCheck}).
 */
class InputCharacterCheck implements HandlerInterceptor {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			// Static files read no parameter, and no advice would answer for them.
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			if (TextInput.hasForbiddenCharacter(name)) {
				throw InvalidInput.of("?", TextInput.CHARACTERS, "?");
			}
			for (String value : parameter.getValue()) {
				TextInput.require(name, value, TextInput.MAX_PARAMETER);
			}
		}
		TextInput.require(IDEMPOTENCY_KEY, request.getHeader(IDEMPOTENCY_KEY), TextInput.MAX_PARAMETER);
		return true;
	}

}
