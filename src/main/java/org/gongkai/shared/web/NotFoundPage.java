package org.gongkai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers a page that does not exist, asked for by a browser, with the error page: a
 * signed-in staff member who mistypes a console address meets the console's 404 page
 * (templates/error.html, {@link ErrorPageLayout}) instead of the problem JSON that
 * Spring's problem details give every client. API addresses and clients that do not ask
 * for HTML keep the problem JSON: this resolver runs before the exception handlers and
 * leaves them everything else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NotFoundPage implements HandlerExceptionResolver {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof NoResourceFoundException) || !wantsPage(request)) {
			return null;
		}
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", HttpStatus.NOT_FOUND.value());
		view.setStatus(HttpStatus.NOT_FOUND);
		return view;
	}

	private static boolean wantsPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
	}

}
