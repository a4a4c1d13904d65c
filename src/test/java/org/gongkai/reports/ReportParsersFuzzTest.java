package org.gongkai.reports;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of the readers and the extraction (Jazzer, {@code ./mvnw -Pfuzz test}, left out
 * of the default build; {@code JAZZER_FUZZ=1} fuzzes beyond the seed corpus in
 * {@code src/test/resources/org/gongkai/reports/ReportParsersFuzzTestInputs}): no input
 * makes an exception escape, and each gets a report with findings or a clear reason it is
 * unreadable.
 */
class ReportParsersFuzzTest {

	private static final ReportChecker CHECKER = new ReportChecker(new CheckLimits(1024 * 1024, 50, 8L * 1024 * 1024));

	@FuzzTest(maxDuration = "5m")
	void checksAnyInput(byte[] input) {
		for (String name : new String[] { "report.txt", "report.html" }) {
			CheckResult result = CHECKER.check(name, input);
			if (result.unreadable()) {
				assertThat(result.error()).isNotBlank();
				assertThat(result.report()).isNull();
			}
			else {
				assertThat(result.report()).isNotNull();
				assertThat(ReportJson.result(result)).startsWith("{\"file\":");
			}
		}
	}

}
