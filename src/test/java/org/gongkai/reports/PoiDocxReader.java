package org.gongkai.reports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (DOCX): paragraphs become lines and tables rows, where a cell
 * covered by a horizontal merge (gridSpan) or continuing a vertical merge (vMerge) is
 * {@code null}.
 */
final class PoiDocxReader {

	private PoiDocxReader() {
	}

	static ReportDocument read(byte[] content) throws UnreadableInput {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<ReportDocument.Line> lines = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(ReportDocument.Line.text(paragraph.getText()));
				}
				else if (element instanceof XWPFTable table) {
					table(table, lines);
				}
			}
			return new ReportDocument(null, lines);
		}
		catch (Exception ex) {
			throw new UnreadableInput("无法读取 DOCX 文件：" + ex.getMessage(), ex);
		}
	}

	private static void table(XWPFTable table, List<ReportDocument.Line> lines) {
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				boolean continued = properties != null && properties.isSetVMerge()
						&& (properties.getVMerge().getVal() == null
								|| properties.getVMerge().getVal() == STMerge.CONTINUE);
				int span = (properties != null && properties.isSetGridSpan())
						? Math.max(1, Math.min(100, properties.getGridSpan().getVal().intValue())) : 1;
				cells.add(continued ? null : cell.getText().strip());
				for (int i = 1; i < span; i++) {
					cells.add(null);
				}
			}
			lines.add(ReportDocument.Line.row(cells));
		}
	}

}
