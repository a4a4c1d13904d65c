package org.gongkai.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.reports.AnnualReport;
import org.gongkai.reports.CheckResult;
import org.gongkai.reports.Finding;

/**
 * All findings of a batch as one table, one line per finding (and one per unreadable
 * file): CSV in UTF-8 with a byte order mark, so that Excel shows the Chinese, or XLSX.
 */
final class FindingsExport {

	static final List<String> HEADER = List.of("文件", "机关", "年度", "规则", "严重程度", "表", "行", "列", "语句", "说明");

	private FindingsExport() {
	}

	static List<List<String>> lines(List<CheckResult> results) {
		List<List<String>> lines = new java.util.ArrayList<>();
		for (CheckResult result : results) {
			AnnualReport report = result.report();
			String agency = (report == null || report.agency() == null) ? "" : report.agency();
			String year = (report == null || report.year() == null) ? "" : report.year().toString();
			if (result.unreadable()) {
				lines.add(List.of(result.file(), "", "", "unreadable", "error", "", "", "", "", result.error()));
			}
			for (Finding finding : result.findings()) {
				lines.add(List.of(result.file(), agency, year, finding.rule(), finding.severity().code(),
						text(finding.location().table()), text(finding.location().row()),
						text(finding.location().column()), text(finding.location().sentence()), finding.message()));
			}
		}
		return lines;
	}

	private static String text(String value) {
		return (value == null) ? "" : value;
	}

	static byte[] csv(List<CheckResult> results) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		row(HEADER, csv);
		for (List<String> line : lines(results)) {
			row(line, csv);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(List<String> cells, StringBuilder csv) {
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
				cell = "'" + cell;
			}
			csv.append((i == 0) ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		csv.append("\r\n");
	}

	static byte[] xlsx(List<CheckResult> results) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("findings");
			int index = 0;
			for (List<String> line : java.util.stream.Stream
				.concat(java.util.stream.Stream.of(HEADER), lines(results).stream())
				.toList()) {
				Row row = sheet.createRow(index++);
				for (int i = 0; i < line.size(); i++) {
					row.createCell(i).setCellValue(line.get(i));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
