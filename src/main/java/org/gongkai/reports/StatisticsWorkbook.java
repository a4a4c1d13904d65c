package org.gongkai.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.appeals.ReviewAndLitigation;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.RequestStatistics;

/**
 * The workbook of tables 三 and 四 of one agency and year in the national layout of
 * 国办公开办函〔2021〕30号: the rows and columns of the official tables, their grouped headers
 * merged (申请人情况 over the seven columns, 法人或其他组织 over its five, 三、本年度办理结果 and its groups
 * down the rows; 行政诉讼 over its two groups of five), the figures as numbers.
 *
 * <p>
 * Sheet 表三 starts with a title row; the header takes rows 2 to 4 (1-based) and the 25
 * rows of figures follow in the order of {@link RequestStatistics#ROW_KEYS}, labels in
 * columns A to C and figures in D to J. Sheet 表四 has its title row, three header rows and
 * the row of 15 figures in row 5.
 */
public final class StatisticsWorkbook {

	/** The first row (0-based) of table 三's figures. */
	public static final int TABLE_THREE_FIRST_ROW = 4;

	/** The row (0-based) of table 四's figures. */
	public static final int TABLE_FOUR_ROW = 4;

	private static final String[] APPEAL_COLUMNS = { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };

	private StatisticsWorkbook() {
	}

	/** Tables 三 and 四 of {@code agencyName} for the year of {@code three}, as XLSX. */
	public static byte[] xlsx(String agencyName, RequestStatistics.TableThree three, ReviewAndLitigation four) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			String subtitle = agencyName + "　" + three.year() + " 年度";
			tableThree(workbook.createSheet("表三"), styles, subtitle, three);
			tableFour(workbook.createSheet("表四"), styles, subtitle, four);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void tableThree(Sheet sheet, Styles styles, String subtitle, RequestStatistics.TableThree three) {
		for (int r = 0; r < TABLE_THREE_FIRST_ROW + RequestStatistics.ROW_KEYS.size(); r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < 10; c++) {
				row.createCell(c).setCellStyle(r == 0 ? styles.title : styles.cell);
			}
		}
		text(sheet, 0, 0, "三、收到和处理政府信息公开申请情况（" + subtitle + "）");
		merge(sheet, 0, 0, 0, 9, false);
		text(sheet, 1, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
		merge(sheet, 1, 3, 0, 2, true);
		text(sheet, 1, 3, "申请人情况");
		merge(sheet, 1, 1, 3, 9, true);
		text(sheet, 2, 3, "自然人");
		merge(sheet, 2, 3, 3, 3, true);
		text(sheet, 2, 4, "法人或其他组织");
		merge(sheet, 2, 2, 4, 8, true);
		text(sheet, 2, 9, "总计");
		merge(sheet, 2, 3, 9, 9, true);
		String[] organizations = { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" };
		for (int i = 0; i < organizations.length; i++) {
			text(sheet, 3, 4 + i, organizations[i]);
		}
		List<ApplicationRow> rows = ApplicationRow.of(TemplateFormat.F2021);
		int outcomesFrom = -1;
		int groupFrom = -1;
		ApplicationRow.Group group = null;
		for (int i = 0; i < rows.size(); i++) {
			ApplicationRow row = rows.get(i);
			int r = TABLE_THREE_FIRST_ROW + i;
			if (!row.isOutcome() && row != ApplicationRow.TOTAL_PROCESSED) {
				text(sheet, r, 0, row.label());
				merge(sheet, r, r, 0, 2, true);
			}
			else {
				if (outcomesFrom < 0) {
					outcomesFrom = r;
					text(sheet, r, 0, "三、本年度办理结果");
				}
				if (row.group() != group && groupFrom >= 0) {
					merge(sheet, groupFrom, r - 1, 1, 1, true);
					groupFrom = -1;
				}
				if (row.group().label().isEmpty() || row == ApplicationRow.TOTAL_PROCESSED) {
					text(sheet, r, 1, row.label());
					merge(sheet, r, r, 1, 2, true);
				}
				else {
					if (row.group() != group) {
						groupFrom = r;
						text(sheet, r, 1, groupLabel(row.group()));
					}
					text(sheet, r, 2, row.label());
				}
				group = row.group();
				if (row == ApplicationRow.TOTAL_PROCESSED) {
					merge(sheet, outcomesFrom, r, 0, 0, true);
				}
			}
			RequestStatistics.Cells cells = three.row(row.key());
			Row line = sheet.getRow(r);
			ApplicantType[] types = ApplicantType.values();
			for (int c = 0; c < types.length; c++) {
				figure(line.getCell(3 + c), cells.get(types[c]), styles);
			}
			figure(line.getCell(9), cells.total(), styles);
		}
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 12 * 256);
		sheet.setColumnWidth(2, 36 * 256);
		for (int c = 3; c < 10; c++) {
			sheet.setColumnWidth(c, 11 * 256);
		}
	}

	private static void tableFour(Sheet sheet, Styles styles, String subtitle, ReviewAndLitigation four) {
		for (int r = 0; r <= TABLE_FOUR_ROW; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < 15; c++) {
				row.createCell(c).setCellStyle(r == 0 ? styles.title : styles.cell);
			}
		}
		text(sheet, 0, 0, "四、政府信息公开行政复议、行政诉讼情况（" + subtitle + "）");
		merge(sheet, 0, 0, 0, 14, false);
		text(sheet, 1, 0, "行政复议");
		merge(sheet, 1, 1, 0, 4, true);
		text(sheet, 1, 5, "行政诉讼");
		merge(sheet, 1, 1, 5, 14, true);
		for (int c = 0; c < 5; c++) {
			text(sheet, 2, c, APPEAL_COLUMNS[c]);
			merge(sheet, 2, 3, c, c, true);
			text(sheet, 3, 5 + c, APPEAL_COLUMNS[c]);
			text(sheet, 3, 10 + c, APPEAL_COLUMNS[c]);
		}
		text(sheet, 2, 5, "未经复议直接起诉");
		merge(sheet, 2, 2, 5, 9, true);
		text(sheet, 2, 10, "复议后起诉");
		merge(sheet, 2, 2, 10, 14, true);
		List<ReviewAndLitigation.Counts> groups = List.of(four.reconsideration(), four.litigationDirect(),
				four.litigationAfterReconsideration());
		Row figures = sheet.getRow(TABLE_FOUR_ROW);
		for (int g = 0; g < groups.size(); g++) {
			ReviewAndLitigation.Counts counts = groups.get(g);
			int[] values = { counts.upheld(), counts.corrected(), counts.other(), counts.pending(), counts.total() };
			for (int c = 0; c < values.length; c++) {
				figure(figures.getCell(g * 5 + c), values[c], styles);
			}
		}
		for (int c = 0; c < 15; c++) {
			sheet.setColumnWidth(c, 9 * 256);
		}
	}

	private static String groupLabel(ApplicationRow.Group group) {
		return switch (group) {
			case WITHHELD -> "（三）不予公开";
			case UNAVAILABLE -> "（四）无法提供";
			case NOT_PROCESSED -> "（五）不予处理";
			case OTHER_DISPOSAL -> "（六）其他处理";
			case NONE, OUTCOME -> "";
		};
	}

	private static void text(Sheet sheet, int row, int column, String text) {
		sheet.getRow(row).getCell(column).setCellValue(text);
	}

	private static void figure(Cell cell, long value, Styles styles) {
		cell.setCellValue(value);
		cell.setCellStyle(styles.figure);
	}

	private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn,
			boolean bordered) {
		if (firstRow == lastRow && firstColumn == lastColumn) {
			return;
		}
		CellRangeAddress range = new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn);
		sheet.addMergedRegion(range);
		if (bordered) {
			RegionUtil.setBorderTop(BorderStyle.THIN, range, sheet);
			RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
			RegionUtil.setBorderLeft(BorderStyle.THIN, range, sheet);
			RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
		}
	}

	/**
	 * The three cell styles of the workbook, created once (a workbook holds at most
	 * 64,000).
	 */
	private static final class Styles {

		final CellStyle title;

		final CellStyle cell;

		final CellStyle figure;

		Styles(XSSFWorkbook workbook) {
			this.title = workbook.createCellStyle();
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.cell = bordered(workbook);
			this.cell.setWrapText(true);
			this.figure = bordered(workbook);
		}

		private static CellStyle bordered(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}

	}

}
