package org.gongkai.fees.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's fee page for staff: the calculator and every configured schedule with its
 * validity dates, the one in force marked.
 */
@Controller
class FeeConsoleController {

	private final FeeCalculatorView view;

	FeeConsoleController(FeeCalculatorView view) {
		this.view = view;
	}

	@GetMapping("/console/fees")
	String showSchedule(@RequestParam(required = false) String basis, @RequestParam(required = false) String count,
			Model model, HttpServletResponse response) {
		view.fill(basis, count, model, response);
		model.addAttribute("schedules", view.schedules());
		return "fees/console";
	}

}
