package org.gongkai.agencies.web;

import org.gongkai.agencies.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page a {@code GET /logout} answers (a typed or bookmarked address): signing out is
 * a POST with the CSRF token, so a signed-in person is asked to confirm with that form,
 * in the console's layout; anyone else is told they are signed out. Spring Security
 * processes the POST.
 */
@Controller
class LogoutPageController {

	@GetMapping("/logout")
	String showLogout(@AuthenticationPrincipal StaffPrincipal staff) {
		return staff == null ? "agencies/signed-out" : "agencies/logout";
	}

}
