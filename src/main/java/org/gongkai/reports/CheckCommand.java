package org.gongkai.reports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.shared.CommandLineTask;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongkai.jar check [--json] FILE_OR_DIR...}: checks published annual
 * reports and prints the findings per file, human-readable or, with {@code --json}, as an
 * array with one object per file ({@code file}, {@code report}, {@code findings},
 * {@code error}). Exits 2 when an input could not be read, else 1 when a report has an
 * error finding, else 0. The application runs it without Spring, so that it starts fast.
 */
@Component
public class CheckCommand implements CommandLineTask {

	/** The command word. */
	public static final String NAME = "check";

	private final ReportChecker checker;

	public CheckCommand() {
		this(new ReportChecker());
	}

	CheckCommand(ReportChecker checker) {
		this.checker = checker;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String usage() {
		return "check [--json] 文件或目录…  检查已发布的年度报告（文本、HTML、DOCX、PDF、目录、zip）；" + "有错误退出码 1，有无法读取的文件退出码 2";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		boolean json = false;
		List<Path> inputs = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--json")) {
				json = true;
			}
			else if (arg.startsWith("--")) {
				out.println("未知选项：" + arg);
				out.println("用法：" + usage());
				return 2;
			}
			else {
				inputs.add(Path.of(arg));
			}
		}
		if (inputs.isEmpty()) {
			out.println("用法：" + usage());
			return 2;
		}
		Summary summary = new Summary();
		if (json) {
			out.println('[');
		}
		boolean asJson = json;
		this.checker.check(inputs, result -> {
			if (asJson) {
				out.print(summary.files == 0 ? "" : ",\n");
				out.print(ReportJson.result(result));
			}
			else {
				human(result, out);
			}
			out.flush();
			summary.add(result);
		});
		if (json) {
			out.println();
			out.println(']');
		}
		else {
			out.printf("共 %d 个文件：%d 个有错误，%d 个无法读取%n", summary.files, summary.withErrors, summary.unreadable);
		}
		return (summary.unreadable > 0) ? 2 : (summary.withErrors > 0) ? 1 : 0;
	}

	private static void human(CheckResult result, PrintStream out) {
		out.println("== " + result.file());
		if (result.unreadable()) {
			out.println("  无法读取：" + result.error());
			return;
		}
		AnnualReport report = result.report();
		out.printf("  %s %s 年度（%s格式）：%d 个错误，%d 个警告%n", (report.agency() != null) ? report.agency() : "（机关不明）",
				(report.year() != null) ? report.year() : "？", ReportRules.formatName(report.format()),
				result.errorCount(), result.warningCount());
		for (Finding finding : result.findings()) {
			out.printf("  %s %s %s：%s%n", finding.isError() ? "错误" : "警告", finding.rule(),
					finding.location().describe(), finding.message());
		}
	}

	private static final class Summary {

		int files;

		int withErrors;

		int unreadable;

		void add(CheckResult result) {
			this.files++;
			if (result.unreadable()) {
				this.unreadable++;
			}
			else if (result.hasErrors()) {
				this.withErrors++;
			}
		}

	}

}
