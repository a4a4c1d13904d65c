package org.gongkai.requests.web;

import java.time.ZoneId;

import org.gongkai.shared.Zones;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the module's pages the zone in which instants are shown (Beijing time, like every
 * statutory day).
 */
@ControllerAdvice(basePackageClasses = RequestPagesAdvice.class)
class RequestPagesAdvice {

	@ModelAttribute("zone")
	ZoneId zone() {
		return Zones.BEIJING;
	}

}
