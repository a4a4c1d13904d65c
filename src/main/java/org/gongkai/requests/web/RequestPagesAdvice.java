package org.gongkai.requests.web;

import java.time.ZoneId;

import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.requests.RequestHandling;
import org.gongkai.shared.Zones;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the module's pages the zone in which instants are shown (Beijing time, like every
 * statutory day), and whether the signed-in person may register an application: the
 * sub-navigation offers 登记申请 only to them, never a link that answers 403.
 */
@ControllerAdvice(basePackageClasses = RequestPagesAdvice.class)
class RequestPagesAdvice {

	@ModelAttribute("zone")
	ZoneId zone() {
		return Zones.BEIJING;
	}

	@ModelAttribute("mayRegister")
	boolean mayRegister(@AuthenticationPrincipal StaffPrincipal staff) {
		return staff != null && RequestHandling.registersAnywhere(staff);
	}

}
