package org.gongkai.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The supervising office's workbook of a year: each agency's report status, and the
 * region table (tables 二, 三 and 四 summed) with the findings of the rules on it.
 */
public final class SupervisionWorkbook {

	private SupervisionWorkbook() {
	}

	/** The workbook of {@code statuses} and {@code region}. */
	public static byte[] xlsx(List<ReportSupervision.AgencyStatus> statuses, ReportCompiler.Compiled region) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(AnnualReportDocuments.xlsx(region.report())));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet status = workbook.createSheet("各机关年报状态");
			workbook.setSheetOrder("各机关年报状态", 0);
			Row heading = status.createRow(0);
			heading.createCell(0).setCellValue("机关");
			heading.createCell(1).setCellValue("状态");
			heading.createCell(2).setCellValue("逾期");
			for (int i = 0; i < statuses.size(); i++) {
				ReportSupervision.AgencyStatus row = statuses.get(i);
				Row line = status.createRow(i + 1);
				line.createCell(0).setCellValue(row.agency());
				line.createCell(1).setCellValue(label(row.status()));
				line.createCell(2).setCellValue(row.late() ? "逾期" : "");
			}
			Sheet findings = workbook.createSheet("汇总表检查");
			Row head = findings.createRow(0);
			head.createCell(0).setCellValue("规则");
			head.createCell(1).setCellValue("严重程度");
			head.createCell(2).setCellValue("位置");
			head.createCell(3).setCellValue("说明");
			for (int i = 0; i < region.findings().size(); i++) {
				Finding finding = region.findings().get(i);
				Row line = findings.createRow(i + 1);
				line.createCell(0).setCellValue(finding.rule());
				line.createCell(1).setCellValue(finding.isError() ? "错误" : "警告");
				line.createCell(2).setCellValue(finding.location().describe());
				line.createCell(3).setCellValue(finding.message());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Chinese name of a status. */
	public static String label(ReportSupervision.Status status) {
		return switch (status) {
			case NOT_STARTED -> "未开始";
			case DRAFT -> "编制中";
			case IN_REVIEW -> "审核中";
			case PUBLISHED -> "已发布";
			case LATE -> "逾期未发布";
		};
	}

}
