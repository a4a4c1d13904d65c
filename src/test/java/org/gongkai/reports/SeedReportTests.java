package org.gongkai.reports;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed (卧龙区商务局 2023, a published report copied as text) reads with no error finding
 * and every figure zero, as printed.
 */
class SeedReportTests {

	static byte[] seed() {
		try (InputStream in = SeedReportTests.class.getResourceAsStream("/reports/000_6bfdcf6bfc4ffa1d.txt")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void seedHasNoErrorAndEveryCellZero() {
		CheckResult result = new ReportChecker().check("seed.txt", seed());
		assertThat(result.error()).isNull();
		assertThat(result.findings()).noneMatch(Finding::isError);
		AnnualReport report = result.report();
		assertThat(report.agency()).isEqualTo("卧龙区商务局");
		assertThat(report.year()).isEqualTo(2023);
		assertThat(report.format()).isEqualTo(TemplateFormat.F2021);
		for (ApplicationRow row : ApplicationRow.values()) {
			for (ApplicantColumn column : ApplicantColumn.values()) {
				assertThat(report.application(row, column)).as(row.key() + "/" + column.key()).isZero();
			}
		}
		for (AppealGroup group : AppealGroup.values()) {
			for (AppealColumn column : AppealColumn.values()) {
				assertThat(report.appeal(group, column)).as(group.key() + "/" + column.key()).isZero();
			}
		}
		ActiveDisclosure table = report.activeDisclosure();
		assertThat(table.regulations().issued()).isZero();
		assertThat(table.regulations().inForce()).isZero();
		assertThat(table.normativeDocuments().repealed()).isZero();
		assertThat(table.licensing()).isZero();
		assertThat(table.penalties()).isZero();
		assertThat(table.coercion()).isZero();
		assertThat(table.feesTenThousandYuan()).isZero();
		assertThat(report.sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(result.findings()).extracting(Finding::rule).containsExactly("W-all-zero");
	}

}
