package org.gongkai.appeals.web;

import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealHandling;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the signed-in person may enter a case: the sub-navigation offers 登记案件 only to
 * them, never a link that answers 403.
 */
@ControllerAdvice(basePackageClasses = AppealPagesAdvice.class)
class AppealPagesAdvice {

	@ModelAttribute("mayEnter")
	boolean mayEnter(@AuthenticationPrincipal StaffPrincipal staff) {
		return staff != null && AppealHandling.entersAnywhere(staff);
	}

}
