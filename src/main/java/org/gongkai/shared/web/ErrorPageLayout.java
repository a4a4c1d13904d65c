package org.gongkai.shared.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Which header the error page (templates/error.html) carries: the console's for a
 * signed-in staff member, so that a 403 or 404 met in the console keeps its layout, the
 * portal's for a visitor. The page is rendered by Spring Boot's error controller (a 403
 * of the security filters) and by the exception handlers of {@code PageProblems} and
 * {@link MvcErrorPages} (an address nobody serves, Spring MVC's refusals; both through
 * {@link #page}), which get no model attributes of the controller advice; the security
 * context is there in both, so templates read it as the bean {@code @errorPageLayout}.
 */
@Component("errorPageLayout")
public class ErrorPageLayout {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final String ROLE = "ROLE_";

	/**
	 * The error page with its status and message (or {@code null}: the status's text of
	 * the bundle), as the pages' exception handlers answer.
	 */
	public static ModelAndView page(HttpStatus status, String message) {
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", status.value());
		view.addObject("message", message);
		view.setStatus(status);
		return view;
	}

	/**
	 * The signed-in staff member's role names, as the console's navigation reads them
	 * ({@code currentRoles}), or {@code null} for a visitor.
	 */
	public Set<String> staffRoles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!TRUST.isAuthenticated(authentication)) {
			return null;
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(ROLE))
			.map(authority -> authority.substring(ROLE.length()))
			.collect(Collectors.toUnmodifiableSet());
	}

}
