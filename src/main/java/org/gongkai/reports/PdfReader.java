package org.gongkai.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF (PDFBox): glyphs sorted by position into lines, and a gap
 * wider than a space between glyphs on a line taken as a cell boundary, so that a table
 * comes back as tab-separated rows. An encrypted PDF or one without text (a scan) is
 * unreadable.
 */
final class PdfReader {

	private static final int MAX_PAGES = 200;

	private PdfReader() {
	}

	static ReportDocument read(byte[] content) throws UnreadableInput {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				throw new UnreadableInput("PDF 已加密，无法读取文字");
			}
			if (document.getNumberOfPages() > MAX_PAGES) {
				throw new UnreadableInput("PDF 超过 " + MAX_PAGES + " 页，不像是一份年度报告");
			}
			CellStripper stripper = new CellStripper();
			stripper.setSortByPosition(true);
			StringWriter text = new StringWriter();
			stripper.writeText(document, text);
			ReportDocument read = ReportDocument.ofText(text.toString());
			if (read.isEmpty()) {
				throw new UnreadableInput("PDF 没有文字层（可能是扫描件），无法读取");
			}
			return read;
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableInput("PDF 受密码保护，无法读取", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableInput("无法读取 PDF：" + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes a tab between two words whose gap is wider than half the font size (wider
	 * than a space of the common fonts), and a space otherwise: cells of a table apart,
	 * words of a sentence together.
	 */
	private static final class CellStripper extends PDFTextStripper {

		private TextPosition previous;

		@Override
		protected void writeWordSeparator() {
			// decided in writeString, which knows the positions
		}

		@Override
		protected void writeLineSeparator() throws IOException {
			this.previous = null;
			super.writeLineSeparator();
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			if (positions.isEmpty()) {
				writeString(text);
				return;
			}
			TextPosition first = positions.get(0);
			if (this.previous != null) {
				float gap = first.getXDirAdj() - (this.previous.getXDirAdj() + this.previous.getWidthDirAdj());
				float size = first.getFontSizeInPt();
				if (!(size > 1f) || size > 100f) {
					size = Math.max(first.getHeightDir(), 8f);
				}
				writeString((gap > Math.max(size * 0.5f, 4f)) ? "\t" : " ");
			}
			writeString(text);
			this.previous = positions.get(positions.size() - 1);
		}

	}

}
