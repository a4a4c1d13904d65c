package org.gongkai.portal;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.shared.PublicEndpoints;
import org.gongkai.shared.RecordNotFound;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The portal's home page and each agency's 政府信息公开 column. */
@Controller
class PortalController {

	private final Agencies agencies;

	private final AgencyDirectory directory;

	PortalController(Agencies agencies, AgencyDirectory directory) {
		this.agencies = agencies;
		this.directory = directory;
	}

	@Bean
	static PublicEndpoints portalPublicEndpoints() {
		return PublicEndpoints.of("portal", "/", "/agencies/**");
	}

	@GetMapping("/")
	String showHome(Model model) {
		model.addAttribute("regions", directory.regions());
		model.addAttribute("agencies", directory.disclosing());
		return "portal/home";
	}

	@GetMapping("/agencies/{id}")
	String showAgency(@PathVariable long id, Model model) {
		Agency agency = agencies.findById(id)
			.filter(found -> found.getKind() != AgencyKind.REGION)
			.orElseThrow(() -> new RecordNotFound("机关", id));
		model.addAttribute("agency", agency);
		return "portal/agency";
	}

	@GetMapping("/agencies/{id}/guide")
	String showGuide(@PathVariable long id, Model model) {
		showAgency(id, model);
		return "portal/guide";
	}

}
