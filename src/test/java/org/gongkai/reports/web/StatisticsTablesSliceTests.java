package org.gongkai.reports.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.ReviewAndLitigation;
import org.gongkai.reports.StatisticsWorkbook;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.shared.Zones;
import org.gongkai.web.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's tables 三 and 四 as the annual report needs them (issue 17 item 11): the
 * year without a thousands separator, the grouped headers, one default year on both
 * pages, and the XLSX download in the national layout whose cells equal the figures of
 * the pages.
 */
class StatisticsTablesSliceTests extends WebSliceTest {

	static final long AGENCY = 7;

	final StaffPrincipal head = staff(3, AGENCY, Role.OFFICE_HEAD);

	final int lastYear = LocalDate.now(Zones.BEIJING).getYear() - 1;

	@BeforeEach
	void oneAgencyWithDistinctFigures() {
		Agency agency = new Agency(1L, AgencyKind.AGENCY, "卧龙区商务局", null);
		ReflectionTestUtils.setField(agency, "id", AGENCY);
		given(agencyAccess.readableAgencies(head)).willReturn(Set.of(AGENCY));
		given(agencies.findAllById(Set.of(AGENCY))).willReturn(List.of(agency));
		given(agencies.findById(AGENCY)).willReturn(Optional.of(agency));
		given(requestStatistics.forYear(eq(AGENCY), anyInt())).willAnswer(call -> tableThree(call.getArgument(1)));
		given(appealStatistics.forYear(anyLong(), anyInt())).willReturn(tableFour());
	}

	/** Every cell a different figure, so that a shifted row or column cannot pass. */
	static RequestStatistics.TableThree tableThree(int year) {
		Map<String, RequestStatistics.Cells> rows = new LinkedHashMap<>();
		int r = 0;
		for (String key : RequestStatistics.ROW_KEYS) {
			long base = 1000L + 10 * r++;
			rows.put(key,
					new RequestStatistics.Cells(base, base + 1, base + 2, base + 3, base + 4, base + 5, 6 * base + 15));
		}
		return new RequestStatistics.TableThree(AGENCY, year, rows);
	}

	static ReviewAndLitigation tableFour() {
		return new ReviewAndLitigation(new ReviewAndLitigation.Counts(1, 2, 3, 4, 10),
				new ReviewAndLitigation.Counts(5, 6, 7, 8, 26), new ReviewAndLitigation.Counts(9, 11, 12, 13, 45));
	}

	Document page(String path, Object... params) throws Exception {
		var request = get(path).with(user(head));
		for (int i = 0; i < params.length; i += 2) {
			request.param((String) params[i], String.valueOf(params[i + 1]));
		}
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void bothTablesDefaultToTheLastClosedYearShownWithoutAThousandsSeparator() throws Exception {
		Document three = page("/console/requests/statistics");
		Document four = page("/console/appeals/statistics");
		verify(requestStatistics).forYear(AGENCY, lastYear);
		verify(appealStatistics).forYear(AGENCY, lastYear);
		assertThat(three.selectFirst("#table-three caption").text()).startsWith(lastYear + " 年度");
		assertThat(four.selectFirst("#table-four caption").text()).startsWith(lastYear + " 年度");
		assertThat(three.selectFirst("#s-year").val()).isEqualTo(String.valueOf(lastYear));
		assertThat(four.selectFirst("#s-year").val()).isEqualTo(String.valueOf(lastYear));
		Document chosen = page("/console/requests/statistics", "year", 2025);
		assertThat(chosen.selectFirst("#table-three caption").text()).isEqualTo("2025 年度（年度报告表三）")
			.doesNotContain("2,025");
		assertThat(page("/console/appeals/statistics", "year", 2025).selectFirst("#table-four caption").text())
			.isEqualTo("2025 年度（年度报告表四）");
		assertThat(page("/console/requests/statistics", "year", 2025, "lang", "en").selectFirst("#table-three caption")
			.text()).isEqualTo("2025 (table 3 of the annual report)");
	}

	@Test
	void tableThreeGroupsTheFiveOrganisationColumnsUnderOneHeader() throws Exception {
		Element head = page("/console/requests/statistics", "year", 2025).selectFirst("#table-three thead");
		List<Element> rows = head.select("tr");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).select("th").eachText()).containsExactly("项目", "申请人情况");
		assertThat(rows.get(0).selectFirst("th:contains(申请人情况)").attr("colspan")).isEqualTo("7");
		assertThat(rows.get(1).select("th").eachText()).containsExactly("自然人", "法人或其他组织", "总计");
		Element organisations = rows.get(1).selectFirst("th:contains(法人或其他组织)");
		assertThat(organisations.attr("colspan")).isEqualTo("5");
		assertThat(organisations.attr("scope")).isEqualTo("colgroup");
		assertThat(rows.get(2).select("th").eachText()).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
		assertThat(head.parent().parent().hasClass("table-scroll")).isTrue();
	}

	@Test
	void theWorkbookHoldsTheFiguresOfBothPagesInTheNationalLayout() throws Exception {
		Document three = page("/console/requests/statistics", "year", 2025);
		Document four = page("/console/appeals/statistics", "year", 2025);
		String link = three.selectFirst("#export-tables").attr("href");
		assertThat(link).isEqualTo("/console/annual-reports/tables/7/2025.xlsx");
		assertThat(four.selectFirst("#export-tables").attr("href")).isEqualTo(link);
		byte[] xlsx = mvc.perform(get(link).with(user(head)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("tables-7-2025.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheetThree = workbook.getSheet("表三");
			assertThat(text(sheetThree, 0, 0)).contains("卧龙区商务局").contains("2025 年度");
			assertThat(text(sheetThree, 1, 3)).isEqualTo("申请人情况");
			assertThat(text(sheetThree, 2, 4)).isEqualTo("法人或其他组织");
			assertThat(sheetThree.getMergedRegions()).contains(new CellRangeAddress(1, 1, 3, 9),
					new CellRangeAddress(2, 2, 4, 8), new CellRangeAddress(2, 3, 3, 3),
					new CellRangeAddress(2, 3, 9, 9), new CellRangeAddress(1, 3, 0, 2));
			List<String> organisations = new ArrayList<>();
			for (int c = 4; c <= 8; c++) {
				organisations.add(text(sheetThree, 3, c));
			}
			assertThat(organisations).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
			assertThat(text(sheetThree, 4, 0)).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(text(sheetThree, 6, 0)).isEqualTo("三、本年度办理结果");
			assertThat(text(sheetThree, 8, 1)).isEqualTo("（三）不予公开");
			assertThat(text(sheetThree, 8, 2)).isEqualTo("1.属于国家秘密");
			assertThat(text(sheetThree, 27, 1)).isEqualTo("（七）总计");
			assertThat(text(sheetThree, 28, 0)).isEqualTo("四、结转下年度继续办理");
			assertThat(sheetThree.getMergedRegions()).contains(new CellRangeAddress(6, 27, 0, 0),
					new CellRangeAddress(8, 15, 1, 1));
			List<Element> htmlRows = three.select("#table-three tbody tr");
			assertThat(htmlRows).hasSize(RequestStatistics.ROW_KEYS.size());
			for (int r = 0; r < htmlRows.size(); r++) {
				List<String> figures = htmlRows.get(r).select("td").eachText();
				assertThat(figures).hasSize(7);
				for (int c = 0; c < figures.size(); c++) {
					Cell cell = sheetThree.getRow(StatisticsWorkbook.TABLE_THREE_FIRST_ROW + r).getCell(3 + c);
					assertThat((long) cell.getNumericCellValue()).as("表三 row %d column %d", r, c)
						.isEqualTo(Long.parseLong(figures.get(c)));
				}
			}

			Sheet sheetFour = workbook.getSheet("表四");
			assertThat(text(sheetFour, 1, 0)).isEqualTo("行政复议");
			assertThat(text(sheetFour, 1, 5)).isEqualTo("行政诉讼");
			assertThat(text(sheetFour, 2, 5)).isEqualTo("未经复议直接起诉");
			assertThat(text(sheetFour, 2, 10)).isEqualTo("复议后起诉");
			assertThat(sheetFour.getMergedRegions()).contains(new CellRangeAddress(1, 1, 0, 4),
					new CellRangeAddress(1, 1, 5, 14), new CellRangeAddress(2, 2, 5, 9),
					new CellRangeAddress(2, 2, 10, 14));
			List<String> htmlFigures = four.select("#table-four tbody td").eachText();
			assertThat(htmlFigures).hasSize(15);
			for (int c = 0; c < 15; c++) {
				assertThat((int) sheetFour.getRow(StatisticsWorkbook.TABLE_FOUR_ROW).getCell(c).getNumericCellValue())
					.as("表四 column %d", c)
					.isEqualTo(Integer.parseInt(htmlFigures.get(c)));
			}
		}
	}

	@Test
	void anotherAgencysWorkbookIsNotFound() throws Exception {
		mvc.perform(get("/console/annual-reports/tables/99/2025.xlsx").with(user(head)))
			.andExpect(status().isNotFound());
	}

	private static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

}
