package org.gongkai.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One report in three published forms, an HTML page with merged cells and the site's
 * chrome, a DOCX built with POI and a PDF made from it: each reads to the same figures.
 */
class DocumentFormatTests {

	private static void assertFigures(CheckResult result) {
		assertThat(result.error()).isNull();
		assertThat(result.findings()).noneMatch(Finding::isError);
		AnnualReport report = result.report();
		assertThat(report.agency()).isEqualTo("卧龙区教育局");
		assertThat(report.year()).isEqualTo(2023);
		assertThat(report.application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(80);
		assertThat(report.application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(81);
		assertThat(report.application(ApplicationRow.GRANTED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
		assertThat(report.application(ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantColumn.TOTAL)).isEqualTo(20);
		assertThat(report.application(ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.TOTAL)).isZero();
		assertThat(report.application(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)).isEqualTo(12);
		assertThat(report.appeal(AppealGroup.RECONSIDERATION, AppealColumn.UPHELD)).isEqualTo(1);
		assertThat(report.appeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL)).isEqualTo(1);
		assertThat(report.appeal(AppealGroup.LITIGATION_AFTER_RECONSIDERATION, AppealColumn.TOTAL)).isZero();
		assertThat(report.activeDisclosure().normativeDocuments().inForce()).isEqualTo(14);
		assertThat(report.activeDisclosure().licensing()).isEqualTo(460);
		assertThat(report.activeDisclosure().feesTenThousandYuan()).isEqualByComparingTo(new BigDecimal("0.35"));
		assertThat(report.sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4, 5, 6);
	}

	@Test
	void anHtmlPageWithMergedCellsAndSiteChromeReadsLikeTheTemplate() {
		String html = ReportDocuments.withApplications().html(true);
		assertFigures(new ReportChecker().check("report.html", html.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aBlankCellOfAWordExportedPageIsNullWithAFinding() {
		String html = ReportDocuments.withApplications()
			.set(ApplicationRow.NOT_PROCESSED_REPEATED, 0, 0, null, 0, 0, 0, 0)
			.html(true);
		CheckResult result = new ReportChecker().check("report.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(result.report()
			.application(ApplicationRow.NOT_PROCESSED_REPEATED, ApplicantColumn.RESEARCH_INSTITUTION)).isNull();
		assertThat(result.findings()).filteredOn(Finding::isError)
			.singleElement()
			.satisfies(finding -> assertThat(finding.location())
				.isEqualTo(Location.cell("三", "notProcessed.repeated", "researchInstitution")));
	}

	@Test
	void aNarrativeMismatchIsFoundInHtml() {
		String html = ReportDocuments.withApplications().stated("79").html(true);
		CheckResult result = new ReportChecker().check("report.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::rule).containsExactly("R-6");
	}

	@Test
	void aDocxBuiltWithPoiReadsLikeTheTemplate() throws IOException {
		assertFigures(new ReportChecker().check("report.docx", ReportDocuments.withApplications().docx()));
	}

	@Test
	void aPdfMadeFromTheReportReadsLikeTheTemplate() throws IOException {
		assumeTrue(ReportDocuments.FONT.exists(), "needs fonts-wqy-microhei");
		assertFigures(new ReportChecker().check("report.pdf", ReportDocuments.withApplications().pdf()));
	}

}
