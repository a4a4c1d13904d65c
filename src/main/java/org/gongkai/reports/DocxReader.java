package org.gongkai.reports;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Word document (DOCX): paragraphs become lines and tables rows, where a cell
 * covered by a horizontal merge (gridSpan) or continuing a vertical merge (vMerge) is
 * {@code null}. It streams {@code word/document.xml} out of the zip with StAX instead of
 * opening the package with POI, which cost ten times the rest of the check; the text of a
 * paragraph and a cell is what POI's {@code getText()} gives (runs, tabs, breaks; a
 * cell's paragraphs joined; nested tables and text boxes left out). The inflated document
 * is bounded, so a zip bomb dressed as DOCX stops early.
 */
final class DocxReader {

	/**
	 * The most bytes of {@code word/document.xml} inflated: a report's is well under 2
	 * MB.
	 */
	static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

	private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XML.setProperty(XMLInputFactory.IS_COALESCING, false);
	}

	private DocxReader() {
	}

	static ReportDocument read(byte[] content) throws UnreadableInput {
		Bounded[] document = new Bounded[1];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					document[0] = new Bounded(zip, MAX_DOCUMENT_BYTES);
					return document(document[0]);
				}
			}
			throw new UnreadableInput("不是 DOCX 文件（压缩包中没有 word/document.xml），无法读取");
		}
		catch (UnreadableInput ex) {
			throw ex;
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			if (document[0] != null && document[0].exceeded()) {
				throw new UnreadableInput("DOCX 解压后超过 %d MB（疑似压缩炸弹），未读取".formatted(MAX_DOCUMENT_BYTES >> 20), ex);
			}
			throw new UnreadableInput("无法读取 DOCX 文件：" + ex.getMessage(), ex);
		}
	}

	private static ReportDocument document(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		try {
			return new Walk().read(xml);
		}
		finally {
			xml.close();
		}
	}

	/**
	 * One pass over the body: paragraphs outside tables are lines, rows of top-level
	 * tables are rows; a paragraph's text collects its runs' {@code t}, {@code tab},
	 * {@code br} and {@code cr}.
	 */
	private static final class Walk {

		private final List<ReportDocument.Line> lines = new ArrayList<>();

		private final StringBuilder paragraph = new StringBuilder();

		private final StringBuilder cell = new StringBuilder();

		private List<String> row;

		private int tables;

		private int paragraphs;

		private int boxes;

		private boolean inText;

		private boolean continued;

		private int span = 1;

		ReportDocument read(XMLStreamReader xml) throws XMLStreamException {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					start(xml);
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					end(xml.getLocalName());
				}
				else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && this.inText) {
					this.paragraph.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
				}
			}
			return new ReportDocument(null, this.lines);
		}

		private boolean collecting() {
			return this.paragraphs == 1 && this.boxes == 0 && this.tables <= 1;
		}

		private void start(XMLStreamReader xml) {
			switch (xml.getLocalName()) {
				case "tbl" -> this.tables++;
				case "tr" -> {
					if (this.tables == 1) {
						this.row = new ArrayList<>();
					}
				}
				case "tc" -> {
					if (this.tables == 1) {
						this.cell.setLength(0);
						this.continued = false;
						this.span = 1;
					}
				}
				case "gridSpan" -> {
					if (this.tables == 1) {
						this.span = span(attribute(xml, "val"));
					}
				}
				case "vMerge" -> {
					if (this.tables == 1) {
						String value = attribute(xml, "val");
						this.continued = value == null || value.equals("continue");
					}
				}
				case "p" -> {
					this.paragraphs++;
					if (this.paragraphs == 1) {
						this.paragraph.setLength(0);
					}
				}
				case "txbxContent" -> this.boxes++;
				case "t" -> this.inText = collecting();
				case "tab", "ptab" -> append('\t');
				case "br", "cr" -> append('\n');
				default -> {
				}
			}
		}

		private void append(char c) {
			if (collecting()) {
				this.paragraph.append(c);
			}
		}

		private void end(String name) {
			switch (name) {
				case "t" -> this.inText = false;
				case "txbxContent" -> this.boxes--;
				case "p" -> {
					if (this.paragraphs == 1 && this.boxes == 0) {
						if (this.tables == 0) {
							this.lines.add(ReportDocument.Line.text(this.paragraph.toString()));
						}
						else if (this.tables == 1) {
							this.cell.append(this.paragraph);
						}
					}
					this.paragraphs--;
				}
				case "tc" -> {
					if (this.tables == 1 && this.row != null) {
						this.row.add(this.continued ? null : this.cell.toString().strip());
						for (int i = 1; i < this.span; i++) {
							this.row.add(null);
						}
					}
				}
				case "tr" -> {
					if (this.tables == 1 && this.row != null) {
						this.lines.add(ReportDocument.Line.row(this.row));
						this.row = null;
					}
				}
				case "tbl" -> this.tables--;
				default -> {
				}
			}
		}

		private static String attribute(XMLStreamReader xml, String name) {
			for (int i = 0; i < xml.getAttributeCount(); i++) {
				if (xml.getAttributeLocalName(i).equals(name)) {
					return xml.getAttributeValue(i);
				}
			}
			return null;
		}

		private static int span(String value) {
			try {
				return (value == null) ? 1 : Math.max(1, Math.min(100, Integer.parseInt(value.strip())));
			}
			catch (NumberFormatException ex) {
				return 1;
			}
		}

	}

	/** The inflated document, stopped at a limit. */
	private static final class Bounded extends FilterInputStream {

		private final long limit;

		private long read;

		Bounded(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		@Override
		public void close() {
			// the zip stream is closed by its owner
		}

		/**
		 * Whether reading went past the limit (StAX wraps the exception without its
		 * cause).
		 */
		boolean exceeded() {
			return this.read > this.limit;
		}

		private void count(int n) throws TooLarge {
			this.read += n;
			if (this.read > this.limit) {
				throw new TooLarge();
			}
		}

	}

	/** The document inflated beyond {@link #MAX_DOCUMENT_BYTES}. */
	private static final class TooLarge extends IOException {

		TooLarge() {
			super("too large");
		}

	}

}
