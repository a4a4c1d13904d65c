package org.gongkai.calendar;

import java.io.PrintStream;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.gongkai.shared.CommandLineTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongkai.jar deadline YYYY-MM-DD N}: prints the day a period of N
 * working days from the date ends, alone on the first line (for scripts), then whether it
 * is provisional and the holidays and make-up days it crossed. Bad arguments print a
 * message to standard error and exit with status 2.
 */
@Component("deadline")
class DeadlineCommand implements CommandLineTask {

	private final WorkingCalendar calendar;

	private final int maxWorkingDays;

	private final PrintStream err;

	@Autowired
	DeadlineCommand(WorkingCalendar calendar, CalendarProperties properties) {
		this(calendar, properties.maxWorkingDays(), System.err);
	}

	DeadlineCommand(WorkingCalendar calendar, int maxWorkingDays, PrintStream err) {
		this.calendar = calendar;
		this.maxWorkingDays = maxWorkingDays;
		this.err = err;
	}

	@Override
	public String name() {
		return "deadline";
	}

	@Override
	public String usage() {
		return "deadline YYYY-MM-DD N    期限届满日：自该日起 N 个工作日（0 ≤ N ≤ " + maxWorkingDays + "）";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		if (args.size() != 2) {
			return fail("需要两个参数：起算日期和工作日数");
		}
		DeadlineQuery query;
		try {
			query = DeadlineQuery.parse(args.get(0), args.get(1), maxWorkingDays);
		}
		catch (IllegalArgumentException e) {
			return fail(e.getMessage());
		}
		Deadline deadline = calendar.deadline(query.from(), query.workingDays());
		out.println(deadline.due());
		if (deadline.provisional()) {
			out.println("暂定：" + deadline.missingYears() + " 年节假日安排尚未载入，按放假办法预测法定节假日推算，调休未计入");
		}
		out.println(deadline.startDayCounted() ? "起算日计入期限" : "起算日不计入期限（期间开始之日不计算在内）");
		out.println(deadline.crossed().isEmpty() ? "期间内没有节假日或调休上班日" : "期间内的节假日和调休上班日：");
		for (DeclaredDay day : deadline.crossed()) {
			String weekday = day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE);
			out.println("  " + day.date() + " " + weekday + " " + day.name() + (day.offDay() ? " 休" : " 调休上班")
					+ (day.predicted() ? "（按放假办法预测）" : ""));
		}
		return 0;
	}

	private int fail(String message) {
		err.println("错误：" + message);
		err.println("用法：java -jar gongkai.jar " + usage());
		return 2;
	}

}
