package org.gongkai.agencies.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The answer to a failed form sign-in: back to the sign-in page with the reason. A wrong
 * password, an unknown name and a paused or locked account read the same, so that a
 * guesser learns nothing about the account; a disabled account says so, and a password
 * that could not be checked (a service error) says that, rather than blaming the
 * password.
 */
class SignInFailureAnswer implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception));
	}

	static String reason(AuthenticationException exception) {
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		return exception instanceof AuthenticationServiceException ? "unavailable" : "bad";
	}

}
