package org.gongkai.shared;

import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link IfMatch} parameters from the {@code If-Match} header with Spring's
 * entity-tag parsing.
 */
class IfMatchResolver implements HandlerMethodArgumentResolver {

	/**
	 * An {@code If-Match} header that is missing where required (428) or names no version
	 * (400).
	 */
	static class Refused extends RuntimeException {

		private final HttpStatus status;

		private final String code;

		Refused(HttpStatus status, String code, String message) {
			super(message);
			this.status = status;
			this.code = code;
		}

		HttpStatus status() {
			return status;
		}

		String code() {
			return code;
		}

	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(IfMatch.class) && parameter.getParameterType() == Integer.class;
	}

	@Override
	public Integer resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		boolean required = parameter.getParameterAnnotation(IfMatch.class).required();
		return version(request.getHeader(HttpHeaders.IF_MATCH), required);
	}

	/**
	 * The version {@code header} names, or {@code null} for none where none is required.
	 */
	static Integer version(String header, boolean required) {
		if (header == null || header.isBlank()) {
			return none(required);
		}
		String value = header.strip();
		List<ETag> tags = ETag.parse(value);
		// A bare number (3) is no entity tag, but clients send it; read it as "3".
		ETag tag = tags.isEmpty() ? ETag.create(value) : tags.size() == 1 ? tags.get(0) : null;
		if (tag == null) {
			throw malformed();
		}
		if (tag.isWildcard()) {
			return none(required);
		}
		try {
			int version = Integer.parseInt(tag.tag());
			if (version < 0) {
				throw malformed();
			}
			return version;
		}
		catch (NumberFormatException e) {
			throw malformed();
		}
	}

	private static Integer none(boolean required) {
		if (required) {
			throw new Refused(HttpStatus.PRECONDITION_REQUIRED, "if-match.required",
					"修改须在 If-Match 头中给出所依据的版本号（即读取时的 ETag），例如 If-Match: \"3\"");
		}
		return null;
	}

	private static Refused malformed() {
		return new Refused(HttpStatus.BAD_REQUEST, "if-match.malformed", "If-Match 须为一个版本号，例如 \"3\" 或 W/\"3\"");
	}

}
