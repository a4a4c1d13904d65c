package org.gongkai.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming DOCX reader gives the lines POI's object model gives
 * ({@link PoiDocxReader}, the reader it replaced): the template report, and runs with
 * tabs and breaks, cells of several paragraphs, a nested table.
 */
class DocxEquivalenceTests {

	@Test
	void theTemplateReportReadsAsWithPoi() throws Exception {
		byte[] docx = ReportDocuments.withApplications().docx();
		assertThat(DocxReader.read(docx).lines()).isEqualTo(PoiDocxReader.read(docx).lines());
	}

	@Test
	void runsTabsBreaksAndNestedTablesReadAsWithPoi() throws Exception {
		byte[] docx = awkward();
		ReportDocument poi = PoiDocxReader.read(docx);
		assertThat(DocxReader.read(docx).lines()).isEqualTo(poi.lines());
		assertThat(poi.lines()).hasSizeGreaterThan(3);
	}

	private static byte[] awkward() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = document.createParagraph();
			XWPFRun run = title.createRun();
			run.setText("卧龙区教育局2023年");
			run.addTab();
			run.setText("政府信息公开工作年度报告");
			run.addBreak();
			title.createRun().setText("（第二行 & <转义>）");
			document.createParagraph();
			XWPFTable table = document.createTable(2, 3);
			XWPFTableCell label = table.getRow(0).getCell(0);
			label.setText("（一）本年");
			label.addParagraph().createRun().setText("新收政府信息公开申请数量");
			table.getRow(0).getCell(1).setText("8");
			table.getRow(0).getCell(2).setText("0");
			XWPFTableCell outer = table.getRow(1).getCell(0);
			outer.setText("外层");
			XWPFTable inner = outer.insertNewTbl(outer.getParagraphArray(0).getCTP().newCursor());
			inner.createRow().createCell().setText("内层");
			table.getRow(1).getCell(2).setText("  12 ");
			document.createParagraph().createRun().setText("二、主动公开政府信息情况");
			document.write(out);
			return out.toByteArray();
		}
	}

}
