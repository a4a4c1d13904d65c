package org.gongkai.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.CalendarAdministration.LoadResult;
import org.gongkai.calendar.CalendarAdministration.YearStatus;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's holiday arrangements: every year with its source and counts, and — for
 * administrators — the upload of a holiday-cn JSON file, the form to enter a year's days,
 * and the withdrawal of a load. A rejected notice is shown again with every problem and
 * the administrator's input kept; nothing is written.
 */
@Controller
@RequestMapping("/console/calendar")
class CalendarConsoleController {

	private final CalendarAdministration administration;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	CalendarConsoleController(CalendarAdministration administration, WorkingCalendar calendar, MessageSource messages,
			Clock clock) {
		this.administration = administration;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String showYears(@RequestParam(required = false) Integer edit, Model model) {
		List<YearStatus> years = administration.years(LocalDate.now(clock));
		int suggested = years.stream()
			.filter(YearStatus::missing)
			.mapToInt(YearStatus::year)
			.max()
			.orElse(LocalDate.now(clock).getYear() + 1);
		if (edit != null) {
			model.addAttribute("entryYear", String.valueOf(edit));
			model.addAttribute("entryPapers", calendar.notice(edit).map(n -> String.join("\n", n.papers())).orElse(""));
			model.addAttribute("entryDays", administration.lines(edit).orElse(""));
		}
		else {
			model.addAttribute("entryYear", String.valueOf(suggested));
			model.addAttribute("entryPapers", "");
			model.addAttribute("entryDays", "");
		}
		return page(model, years);
	}

	@PostMapping("/upload")
	String processUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		try {
			LoadResult result = administration.loadJson(bytes, file == null ? null : file.getOriginalFilename());
			return done(result, redirect);
		}
		catch (InvalidInput e) {
			model.addAttribute("entryYear", String.valueOf(LocalDate.now(clock).getYear() + 1));
			model.addAttribute("entryPapers", "");
			model.addAttribute("entryDays", "");
			return rejected(e, model, response);
		}
	}

	@PostMapping("/entry")
	String processEntry(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String papers,
			@RequestParam(defaultValue = "") String days, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			return done(administration.loadLines(year, papers, days), redirect);
		}
		catch (InvalidInput e) {
			model.addAttribute("entryYear", year);
			model.addAttribute("entryPapers", papers);
			model.addAttribute("entryDays", days);
			return rejected(e, model, response);
		}
	}

	@PostMapping("/{year}/withdraw")
	String processWithdrawal(@PathVariable int year, RedirectAttributes redirect) {
		administration.withdraw(year);
		redirect.addFlashAttribute("done", message("calendar.console.withdrawn", String.valueOf(year)));
		return "redirect:/console/calendar/" + year;
	}

	@GetMapping("/{year}")
	String showYear(@PathVariable int year, Model model) {
		YearStatus status = administration.years(LocalDate.now(clock))
			.stream()
			.filter(candidate -> candidate.year() == year)
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("节假日安排", year));
		model.addAttribute("administrator", CalendarAdministration.mayAdminister());
		model.addAttribute("status", status);
		model.addAttribute("loads", administration.loads(year));
		return "calendar/year";
	}

	@GetMapping("/{year}/download")
	ResponseEntity<byte[]> download(@PathVariable int year) {
		String json = administration.json(year).orElseThrow(() -> new RecordNotFound("节假日安排", year));
		return Downloads.attachment(year + ".json", MediaType.APPLICATION_JSON_VALUE,
				json.getBytes(StandardCharsets.UTF_8));
	}

	private String done(LoadResult result, RedirectAttributes redirect) {
		int year = result.notice().year();
		redirect.addFlashAttribute("done",
				result.changed()
						? message("calendar.console.done", String.valueOf(year),
								String.valueOf(result.notice().offDays()), String.valueOf(result.notice().makeUpDays()),
								String.valueOf(result.added().size()), String.valueOf(result.removed().size()))
						: message("calendar.console.unchanged", String.valueOf(year)));
		return "redirect:/console/calendar/" + year;
	}

	private String rejected(InvalidInput e, Model model, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("problems", e.problems()
			.stream()
			.map(problem -> messages.getMessage(problem.code(), problem.args().toArray(), problem.message(), locale))
			.toList());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model, administration.years(LocalDate.now(clock)));
	}

	private String page(Model model, List<YearStatus> years) {
		model.addAttribute("administrator", CalendarAdministration.mayAdminister());
		model.addAttribute("years", years);
		model.addAttribute("today", LocalDate.now(clock));
		return "calendar/console";
	}

	private String message(String code, String... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
