package org.gongkai.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own refusals of a request (an address nobody serves, an address whose
 * number is not a number, a parameter missing or of the wrong type, a form's action
 * opened with GET) as the error page on HTML pages, in the page's layout and language,
 * instead of the raw {@code application/problem+json} a browser would otherwise show; the
 * API keeps exactly the problem details it had (built by the same
 * {@link ResponseEntityExceptionHandler} as Spring Boot's). Ordered after
 * {@code ApiProblems} and before Spring Boot's handler.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MvcErrorPages {

	private final ResponseEntityExceptionHandler problems = new ResponseEntityExceptionHandler() {
	};

	private final MessageSource messages;

	MvcErrorPages(MessageSource messages) {
		this.messages = messages;
		problems.setMessageSource(messages);
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class, ServletRequestBindingException.class, TypeMismatchException.class,
			MissingServletRequestPartException.class })
	Object refused(Exception e, HttpServletRequest request, WebRequest webRequest) throws Exception {
		if (!isPage(request)) {
			return problems.handleException(e, webRequest);
		}
		if (e instanceof NoResourceFoundException) {
			// An address nobody serves: a mistyped console address keeps the console.
			return ErrorPageLayout.page(HttpStatus.NOT_FOUND, null);
		}
		if (e instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			// The address names no record (/console/requests/abc): as an unknown number
			// would.
			return ErrorPageLayout.page(HttpStatus.NOT_FOUND, null);
		}
		if (e instanceof HttpRequestMethodNotSupportedException) {
			return ErrorPageLayout.page(HttpStatus.METHOD_NOT_ALLOWED, message("error.method"));
		}
		if (e instanceof HttpMediaTypeNotSupportedException) {
			return ErrorPageLayout.page(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);
		}
		if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
			return ErrorPageLayout.page(HttpStatus.BAD_REQUEST, message("error.parameter", mismatch.getPropertyName()));
		}
		return ErrorPageLayout.page(HttpStatus.BAD_REQUEST, null);
	}

	/**
	 * Whether the request was for an HTML page: not under {@code /api/}, and its handler
	 * (when one was found) writes no response body; without a handler (a method the
	 * address does not take), whether the client asked for HTML.
	 */
	static boolean isPage(HttpServletRequest request) {
		if (ApiPaths.isApi(request)) {
			return false;
		}
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
			return !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
					&& !handler.hasMethodAnnotation(ResponseBody.class);
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("text/html");
	}

	private String message(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(code, args, locale);
	}

}
