package org.gongkai.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.appeals.ReviewAndLitigation;
import org.gongkai.consultations.ConsultationStatistics;
import org.gongkai.disclosure.DisclosureStatistics;
import org.gongkai.fees.FeeTotals;
import org.gongkai.requests.RequestStatistics;

/**
 * Inputs of the compiler for situations of the tests, as the statistics interfaces answer
 * them.
 */
final class CompiledReports {

	private CompiledReports() {
	}

	/** 卧龙区商务局 2023 as the demo data holds it: the seed's year. */
	static ReportCompiler.Sources commerce2023() {
		return new ReportCompiler.Sources("卧龙区商务局", false, 2023, tableThree(Map.of()), none(), zeroTableTwo(),
				new DisclosureStatistics.Channels(45, 1128, null, null, null),
				new FeeTotals(1, 2023, 0, 0, new BigDecimal("0.00")),
				new ConsultationStatistics.Yearly(800, 800, Map.of(), Map.of()));
	}

	/** An agency-year with nothing recorded at all. */
	static ReportCompiler.Sources empty(int year) {
		return new ReportCompiler.Sources("某区某局", false, year, tableThree(Map.of()), none(), zeroTableTwo(),
				new DisclosureStatistics.Channels(0, null, null, null, null),
				new FeeTotals(1, year, 0, 0, new BigDecimal("0.00")),
				new ConsultationStatistics.Yearly(0, 0, Map.of(), Map.of()));
	}

	/**
	 * A busy year: applications of every outcome and applicant type, 3 carried over from
	 * 2023 and 4 carried into 2025, appeals of both kinds, fees paid.
	 */
	static ReportCompiler.Sources scenario2024() {
		Map<String, long[]> rows = new LinkedHashMap<>();
		// per column: naturalPerson, commercial, research, publicInterest, legalService,
		// other
		rows.put("newlyReceived", new long[] { 28, 6, 2, 1, 4, 3 });
		rows.put("carriedOver", new long[] { 2, 1, 0, 0, 0, 0 });
		long[] one = { 1, 0, 0, 0, 0, 0 };
		for (String key : RequestStatistics.ROW_KEYS) {
			if (!key.equals("newlyReceived") && !key.equals("carriedOver") && !key.equals("totalProcessed")
					&& !key.equals("carriedForward")) {
				rows.put(key, one.clone());
			}
		}
		rows.put("granted", new long[] { 5, 5, 2, 1, 4, 3 });
		rows.put("partiallyGranted", new long[] { 2, 1, 0, 0, 0, 0 });
		// 23 outcome rows: granted 20, partially 3, 21 rows of 1 → 44 processed; 46 + 3 =
		// 49 = 44 + 5
		rows.put("carriedForward", new long[] { 4, 1, 0, 0, 0, 0 });
		long[] processed = new long[6];
		rows.forEach((key, cells) -> {
			if (!key.equals("newlyReceived") && !key.equals("carriedOver") && !key.equals("carriedForward")) {
				for (int i = 0; i < 6; i++) {
					processed[i] += cells[i];
				}
			}
		});
		rows.put("totalProcessed", processed);
		ReviewAndLitigation four = new ReviewAndLitigation(new ReviewAndLitigation.Counts(2, 1, 0, 1, 4),
				new ReviewAndLitigation.Counts(1, 0, 0, 1, 2), new ReviewAndLitigation.Counts(0, 0, 1, 0, 1));
		return new ReportCompiler.Sources("某区某局", false, 2024, tableThree(rows), four,
				new DisclosureStatistics.ActiveDisclosure(new DisclosureStatistics.DocumentCounts(0, 0, 0),
						new DisclosureStatistics.DocumentCounts(3, 1, 12), 40, 25, 2, "1.5"),
				new DisclosureStatistics.Channels(120, 300, 15, null, null),
				new FeeTotals(1, 2024, 2, 2, new BigDecimal("150.00")),
				new ConsultationStatistics.Yearly(60, 58, Map.of(), Map.of()));
	}

	static RequestStatistics.TableThree tableThree(Map<String, long[]> rows) {
		Map<String, RequestStatistics.Cells> cells = new LinkedHashMap<>();
		for (String key : RequestStatistics.ROW_KEYS) {
			long[] v = rows.getOrDefault(key, new long[6]);
			cells.put(key, new RequestStatistics.Cells(v[0], v[1], v[2], v[3], v[4], v[5],
					v[0] + v[1] + v[2] + v[3] + v[4] + v[5]));
		}
		return new RequestStatistics.TableThree(1, 2024, cells);
	}

	static ReviewAndLitigation none() {
		return new ReviewAndLitigation(ReviewAndLitigation.Counts.NONE, ReviewAndLitigation.Counts.NONE,
				ReviewAndLitigation.Counts.NONE);
	}

	static DisclosureStatistics.ActiveDisclosure zeroTableTwo() {
		DisclosureStatistics.DocumentCounts zero = new DisclosureStatistics.DocumentCounts(0, 0, 0);
		return new DisclosureStatistics.ActiveDisclosure(zero, zero, 0, 0, 0, "0");
	}

}
