package org.gongkai.agencies.web;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console page where every staff member manages their own personal API tokens: create
 * one (its secret is shown on this response only and never stored), list them and revoke
 * them.
 */
@Controller
@RequestMapping("/console/tokens")
class TokenConsoleController {

	private final ApiTokens tokens;

	TokenConsoleController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String showTokens(@AuthenticationPrincipal StaffPrincipal owner, Model model) {
		return page(model, owner);
	}

	@PostMapping
	String processCreationForm(@RequestParam(defaultValue = "") String name,
			@AuthenticationPrincipal StaffPrincipal owner, Model model, HttpServletResponse response) {
		try {
			// Rendered directly rather than redirected: the secret must not pass through
			// the session (flash map).
			model.addAttribute("secret", tokens.create(owner, name));
		}
		catch (InvalidInput e) {
			model.addAttribute("nameError", e.code());
			model.addAttribute("name", name);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return page(model, owner);
	}

	@PostMapping("/{id}/revoke")
	String processRevoke(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal owner,
			RedirectAttributes redirect) {
		tokens.revoke(owner, id);
		redirect.addFlashAttribute("saved", "token.revoked");
		return "redirect:/console/tokens";
	}

	private String page(Model model, StaffPrincipal owner) {
		model.addAttribute("tokens", tokens.list(owner.id()));
		return "agencies/tokens";
	}

}
