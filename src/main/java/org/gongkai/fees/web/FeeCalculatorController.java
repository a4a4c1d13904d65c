package org.gongkai.fees.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public fee calculator (part of the 公开指南): a basis and a count give the fee with the
 * tiers applied. A plain GET form, so it works without JavaScript and a result has an
 * address; htmx, when present, swaps only the result.
 */
@Controller
class FeeCalculatorController {

	private final FeeCalculatorView view;

	FeeCalculatorController(FeeCalculatorView view) {
		this.view = view;
	}

	@GetMapping("/fees")
	String showCalculator(@RequestParam(required = false) String basis, @RequestParam(required = false) String count,
			Model model, HttpServletResponse response) {
		view.fill(basis, count, model, response);
		return "fees/calculator";
	}

}
