package org.gongkai.portal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Marks a GET of an address nobody serves ({@link PublicEndpoints#UNSERVED}) before the
 * security filters would send the visitor to the staff sign-in: security then lets it
 * through its public reading chain, with the pages' headers, and
 * {@link PublicNotFoundAnswer} answers the public 404 page. Addresses of the console, the
 * API and the platform (sign-in, static files, actuator, API documentation) keep their
 * own handling.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(-101)
class PublicNotFound extends OncePerRequestFilter {

	private static final List<String> NOT_PUBLIC = List.of("/console", "/api/", "/login", "/logout", "/actuator",
			"/v3/", "/swagger-ui", "/error", "/webjars/", "/css/", "/js/", "/img/", "/favicon.ico");

	private final HandlerMapping mappings;

	PublicNotFound(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NOT_PUBLIC.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!served(request)) {
			request.setAttribute(PublicEndpoints.UNSERVED, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

	private boolean served(HttpServletRequest request) {
		RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : null;
		ServletRequestPathUtils.parseAndCache(request);
		try {
			return mappings.getHandler(request) != null;
		}
		catch (Exception e) {
			// A handler exists but refuses this request (method, media type): not ours.
			return true;
		}
		finally {
			if (previous != null) {
				ServletRequestPathUtils.setParsedRequestPath(previous, request);
			}
			else {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

}
