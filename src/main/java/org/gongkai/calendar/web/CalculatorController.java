package org.gongkai.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.calendar.CalendarProperties;
import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.DeadlineQuery;
import org.gongkai.calendar.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public working-day calculator: a start date and a number of working days give the
 * last day of the period, with the holidays and make-up working days it crossed. A plain
 * GET form, so it works without JavaScript and each result has an address that can be
 * bookmarked or sent; htmx, when present, swaps only the result.
 */
@Controller
class CalculatorController {

	private final WorkingCalendar calendar;

	private final CalendarProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	CalculatorController(WorkingCalendar calendar, CalendarProperties properties, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String showCalculator(@RequestParam(required = false) String from,
			@RequestParam(required = false) String workingDays, Model model, HttpServletResponse response) {
		model.addAttribute("maxWorkingDays", properties.maxWorkingDays());
		model.addAttribute("knownYears", calendar.knownYears());
		model.addAttribute("startDayCounted", calendar.startDayCounted());
		if (from == null && workingDays == null) {
			model.addAttribute("from", LocalDate.now(clock).toString());
			model.addAttribute("workingDays", "20");
			return "calendar/calculator";
		}
		model.addAttribute("from", from);
		model.addAttribute("workingDays", workingDays);
		try {
			DeadlineQuery query = DeadlineQuery.parse(from, workingDays, properties.maxWorkingDays());
			Deadline deadline = calendar.deadline(query.from(), query.workingDays());
			model.addAttribute("deadline", deadline);
			model.addAttribute("missingYears",
					String.join("、", deadline.missingYears().stream().map(String::valueOf).toList()));
		}
		catch (DeadlineQuery.Invalid e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error",
					messages.getMessage(e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale()));
		}
		return "calendar/calculator";
	}

}
