package org.gongkai.calendar.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.calendar.CalendarProperties;
import org.gongkai.calendar.DeclaredDay;
import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.DeadlineQuery;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.WorkingCalendar;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only calendar API: deadlines, working-day counts and the loaded years.
 */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "工作日日历", description = "工作日日历与期限计算（公开，无需令牌）")
class CalendarApiController {

	private final WorkingCalendar calendar;

	private final CalendarProperties properties;

	CalendarApiController(WorkingCalendar calendar, CalendarProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * A declared day in an answer.
	 *
	 * @param date the day
	 * @param weekday its day of the week in Chinese, such as 周六
	 * @param name the holiday
	 * @param offDay {@code true} for a day off, {@code false} for a make-up working day
	 * @param predicted {@code true} for a statutory holiday predicted for a year without
	 * a loaded notice (provisional)
	 */
	record CrossedDay(LocalDate date, String weekday, String name, boolean offDay, boolean predicted) {

		static CrossedDay of(DeclaredDay day) {
			return new CrossedDay(day.date(),
					day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE), day.name(),
					day.offDay(), day.predicted());
		}

	}

	/**
	 * A deadline.
	 *
	 * @param from the start date
	 * @param workingDays the working days counted
	 * @param due the last day of the period
	 * @param provisional whether a year without loaded holiday arrangements was involved
	 * (statutory holidays predicted, no 调休)
	 * @param missingYears the years whose arrangements would settle a provisional answer
	 * @param startDayCounted whether the start date itself was counted
	 * @param crossed holidays and make-up working days within the period
	 */
	@Schema(description = "期限计算结果")
	record DeadlineAnswer(LocalDate from, int workingDays, LocalDate due, boolean provisional,
			List<Integer> missingYears, boolean startDayCounted, List<CrossedDay> crossed) {
	}

	/**
	 * A count of working days.
	 *
	 * @param from the day after which counting starts
	 * @param to the last day counted
	 * @param workingDays the working days after {@code from} up to and including
	 * {@code to}
	 * @param provisional whether a year without loaded holiday arrangements was involved
	 */
	record CountAnswer(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
	}

	/**
	 * A loaded year.
	 *
	 * @param year the year of the notice
	 * @param offDays days declared off
	 * @param makeUpDays make-up working days
	 * @param papers addresses of the notice
	 */
	record YearAnswer(int year, long offDays, long makeUpDays, List<String> papers) {
	}

	@GetMapping("/deadline")
	@Operation(summary = "计算期限届满日",
			description = "自 from 起 workingDays 个工作日的期限届满日。默认起算日当天不计入（期间开始之日不计算在内）。"
					+ "涉及未载入节假日安排的年份时按放假办法预测该年法定节假日（不含调休，crossed 中 predicted=true）推算，并返回 provisional=true。")
	@ApiResponse(responseCode = "200", description = "期限届满日及期间内的节假日和调休上班日")
	@ApiResponse(responseCode = "400", description = "日期无效、工作日数为负数或超过上限",
			content = @Content(mediaType = "application/problem+json"))
	DeadlineAnswer deadline(
			@Parameter(description = "起算日期，YYYY-MM-DD（1950-01-01 至 2199-12-31）",
					example = "2026-09-21") @RequestParam String from,
			@Parameter(description = "工作日数，0 到 gongkai.calendar.max-working-days（默认 366）",
					example = "20") @RequestParam String workingDays) {
		DeadlineQuery query = DeadlineQuery.parse(from, workingDays, properties.maxWorkingDays());
		Deadline deadline = calendar.deadline(query.from(), query.workingDays());
		return new DeadlineAnswer(deadline.from(), deadline.workingDays(), deadline.due(), deadline.provisional(),
				deadline.missingYears(), deadline.startDayCounted(),
				deadline.crossed().stream().map(CrossedDay::of).toList());
	}

	@GetMapping("/working-days")
	@Operation(summary = "计算两个日期之间的工作日数", description = "from 之后（不含）到 to（含）之间的工作日数；to 早于 from 时为 0。")
	@ApiResponse(responseCode = "200", description = "工作日数")
	@ApiResponse(responseCode = "400", description = "日期无效", content = @Content(mediaType = "application/problem+json"))
	CountAnswer workingDays(
			@Parameter(description = "起始日期（不计入），YYYY-MM-DD", example = "2026-09-21") @RequestParam String from,
			@Parameter(description = "截止日期（计入），YYYY-MM-DD", example = "2026-10-26") @RequestParam String to) {
		LocalDate start = DeadlineQuery.parseDay(from);
		LocalDate end = DeadlineQuery.parseDay(to);
		if (end.toEpochDay() - start.toEpochDay() > 10 * 366) {
			throw new IllegalArgumentException("日期区间不应超过 10 年");
		}
		boolean provisional = end.isAfter(start) && calendar.isProvisional(start.plusDays(1), end);
		return new CountAnswer(start, end, calendar.countWorkingDays(start, end), provisional);
	}

	@GetMapping("/years")
	@Operation(summary = "已载入节假日安排的年份", description = "各年度国务院办公厅节假日安排通知的休息日、调休上班日天数和文件依据。")
	List<YearAnswer> years() {
		return calendar.notices()
			.values()
			.stream()
			.filter(notice -> !notice.isEmpty())
			.map(CalendarApiController::answer)
			.toList();
	}

	private static YearAnswer answer(HolidayNotice notice) {
		return new YearAnswer(notice.year(), notice.offDays(), notice.makeUpDays(), notice.papers());
	}

}
