package org.gongkai.disclosure.web;

import java.util.function.Supplier;

import org.gongkai.disclosure.BatchRefused;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Names the refused item in the problem of a batch call: the item's own refusal is
 * answered by the house's problem handlers (same status and {@code code} as the single
 * call), and this advice adds {@code index} (from 0) and {@code entryId} to it.
 */
@RestControllerAdvice
class BatchProblems implements ResponseBodyAdvice<Object> {

	private static final String REFUSED = BatchProblems.class.getName() + ".refused";

	/**
	 * Runs a batch; when an item is refused, notes which on the request and throws the
	 * item's own refusal.
	 */
	static <T> T run(HttpServletRequest request, Supplier<T> batch) {
		try {
			return batch.get();
		}
		catch (BatchRefused e) {
			request.setAttribute(REFUSED, e);
			throw e.refusal();
		}
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet
				&& servlet.getServletRequest().getAttribute(REFUSED) instanceof BatchRefused refused) {
			problem.setProperty("index", refused.index());
			if (refused.entryId() != null) {
				problem.setProperty("entryId", refused.entryId());
			}
		}
		return body;
	}

}
