package org.gongkai.reports.web;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.agencies.Role;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checker's pages: public for researchers, and in the console for staff; uploads of
 * several files, findings beside the marked cells, and the export of all findings.
 */
class ReportCheckPageSliceTests extends WebSliceTest {

	static MockMultipartFile seed() throws IOException {
		try (InputStream in = ReportCheckPageSliceTests.class
			.getResourceAsStream("/reports/000_6bfdcf6bfc4ffa1d.txt")) {
			return new MockMultipartFile("files", "seed.txt", "text/plain", in.readAllBytes());
		}
	}

	static MockMultipartFile wrong() throws IOException {
		String text = new String(seed().getBytes(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("\t\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0", "\t\t2. 重复申请\t0\t0\t0\t0\t0\t0\t3");
		return new MockMultipartFile("files", "wrong.txt", "text/plain",
				text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void thePublicPageOffersTheUploadWithoutSignIn() throws Exception {
		mvc.perform(get("/reports/check"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("年度报告检查"), containsString("multiple"),
					containsString("check-progress"), containsString("导出全部问题（XLSX）"))));
	}

	@Test
	void uploadedReportsShowTheirFindingsBesideTheMarkedCells() throws Exception {
		mvc.perform(multipart("/reports/check").file(seed()).file(wrong()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("共 2 个文件：1 个有错误，0 个无法读取"),
					containsString("卧龙区商务局 2023 年度"), containsString("class=\"cell-error\""), containsString("R-2"),
					containsString("data-row=\"notProcessed.repeated\""))));
	}

	@Test
	void allFindingsExportAsCsvAndXlsx() throws Exception {
		String csv = mvc.perform(multipart("/reports/check/export").file(seed()).file(wrong()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("findings.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"文件\",\"机关\"")
			.contains("\"wrong.txt\",\"卧龙区商务局\",\"2023\",\"R-2\",\"error\"");
		byte[] xlsx = mvc
			.perform(multipart("/reports/check/export").file(seed()).file(wrong()).param("format", "xlsx").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("规则");
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(2);
		}
	}

	@Test
	void theConsolePageIsForStaff() throws Exception {
		mvc.perform(get("/console/reports/check")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(multipart("/console/reports/check").file(seed()).with(csrf()).with(user(staff(1, 2, Role.HANDLER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("卧龙区商务局 2023 年度")));
	}

}
