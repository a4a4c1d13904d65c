package org.gongkai.reports;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.gongkai.shared.ChineseFonts;
import org.gongkai.shared.CommandLineTask;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongkai.jar annual-report-timing AGENCY REGION YEAR [ROUNDS]}:
 * compiles agency AGENCY's report for YEAR from the records, the region table of REGION,
 * and the report's PDF, each ROUNDS times (default 5) after one warm-up, and prints the
 * median milliseconds of each on the first line ({@code compile=… region=… pdf=…}) for
 * bench/reports/compile.sh, then the report's totals. Bad arguments exit with status 2.
 */
@Component
class ReportTimingCommand implements CommandLineTask {

	/** The command word. */
	static final String NAME = "annual-report-timing";

	private final ReportCompiler compiler;

	private final ReportSupervision supervision;

	private final ChineseFonts fonts;

	ReportTimingCommand(ReportCompiler compiler, ReportSupervision supervision, ChineseFonts fonts) {
		this.compiler = compiler;
		this.supervision = supervision;
		this.fonts = fonts;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String usage() {
		return NAME + " 机关ID 地区ID 年度 [轮数]    计时：编制年度报告、汇总地区表、生成 PDF（中位毫秒数）";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		long agency;
		long region;
		int year;
		int rounds;
		try {
			if (args.size() < 3 || args.size() > 4) {
				throw new NumberFormatException();
			}
			agency = Long.parseLong(args.get(0));
			region = Long.parseLong(args.get(1));
			year = Integer.parseInt(args.get(2));
			rounds = (args.size() == 4) ? Integer.parseInt(args.get(3)) : 5;
		}
		catch (NumberFormatException ex) {
			System.err.println("用法：" + usage());
			return 2;
		}
		ReportCompiler.Compiled compiled = this.compiler.compile(agency, year, null);
		double compile = median(rounds, () -> this.compiler.compile(agency, year, null));
		double regionTable = median(rounds, () -> this.supervision.regionTable(region, year));
		double pdf = median(rounds, () -> AnnualReportDocuments.pdf(compiled.report(), this.fonts));
		out.printf("compile=%.1f region=%.1f pdf=%.1f%n", compile, regionTable, pdf);
		out.println("agencies in the region: " + this.supervision.agenciesOf(region).size());
		out.println("table 三 total of the agency: " + compiled.report()
			.application(ApplicationRow.of(compiled.report().format()).get(0), ApplicantColumn.TOTAL));
		out.println("findings: " + compiled.findings().size());
		return 0;
	}

	/**
	 * The median wall time of {@code rounds} runs of {@code work} after one warm-up, in
	 * ms.
	 */
	private static double median(int rounds, Supplier<?> work) {
		work.get();
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < Math.max(1, rounds); i++) {
			long start = System.nanoTime();
			work.get();
			times.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

}
