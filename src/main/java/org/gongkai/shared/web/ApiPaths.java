package org.gongkai.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the JSON API is: under {@code /api/}. The request filters, the rejected-request
 * handler and the error pages each answer an API request with problem details and any
 * other with a page.
 */
public final class ApiPaths {

	private ApiPaths() {
	}

	/** Whether the request is for the JSON API. */
	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path != null && path.startsWith(request.getContextPath() + "/api/");
	}

}
