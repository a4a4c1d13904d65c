package org.gongkai.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.shared.PublicEndpoints;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an address that {@link PublicNotFound} marked as served by nobody with the
 * public 404 page, after the security filters have written the pages' headers.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(-99)
class PublicNotFoundAnswer extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(PublicEndpoints.UNSERVED) != null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
		else {
			chain.doFilter(request, response);
		}
	}

}
