package org.gongkai.letters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.data.DocumentRenderData;
import com.deepoove.poi.data.Documents;
import com.deepoove.poi.data.Paragraphs;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.data.style.ParagraphStyle;
import com.deepoove.poi.policy.DocumentRenderPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.gongkai.letters.LetterTemplate.Paragraph;
import org.gongkai.letters.LetterTemplate.Style;
import org.gongkai.shared.ChineseFonts;

/**
 * Renders a filled letter as DOCX (poi-tl, into a base document with the page of a
 * government letter: A4, the margins of GB/T 9704, 仿宋 三号 body) and as PDF (openhtmltopdf
 * from XHTML, with the Chinese font of {@link LetterFonts} embedded, rendered by
 * {@link ChineseFonts}). The XHTML is also the console's live preview. Thread-safe.
 */
final class LetterRenderer {

	/** The tag of the base document that poi-tl fills with the letter's paragraphs. */
	private static final String BODY_TAG = "正文";

	private static final String BODY_FONT = "仿宋";

	private static final String TITLE_FONT = "宋体";

	private static final double BODY_SIZE = 16;

	private static final double TITLE_SIZE = 22;

	private static final String CSS = """
			@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
			body { font-family: chinese; font-size: 16pt; line-height: 1.75; }
			p { margin: 0; }
			p.title { text-align: center; font-size: 22pt; font-weight: bold; margin-bottom: 12pt; }
			p.center { text-align: center; }
			p.right { text-align: right; }
			p.body { text-indent: 2em; }
			""";

	private final byte[] baseDocument;

	private final Configure configure;

	private final LetterFonts fonts;

	LetterRenderer(LetterFonts fonts) {
		this.fonts = fonts;
		this.baseDocument = baseDocument();
		this.configure = Configure.builder().bind(BODY_TAG, new DocumentRenderPolicy()).build();
	}

	LetterFonts fonts() {
		return fonts;
	}

	/** The letter as a Word document. */
	byte[] docx(String title, List<Paragraph> paragraphs) {
		Documents.DocumentBuilder body = Documents.of();
		for (Paragraph paragraph : paragraphs) {
			body.addParagraph(docxParagraph(paragraph));
		}
		DocumentRenderData data = body.create();
		try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(baseDocument), configure)) {
			template.getXWPFDocument().getProperties().getCoreProperties().setTitle(title);
			template.render(Map.of(BODY_TAG, data));
			ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
			template.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static com.deepoove.poi.data.ParagraphRenderData docxParagraph(Paragraph paragraph) {
		boolean title = paragraph.style() == Style.TITLE;
		Texts.TextBuilder text = Texts.of(paragraph.text())
			.fontFamily(title ? TITLE_FONT : BODY_FONT)
			.fontSize(title ? TITLE_SIZE : BODY_SIZE);
		if (title) {
			text.bold();
		}
		ParagraphStyle.Builder style = ParagraphStyle.builder().withSpacing(1.5);
		switch (paragraph.style()) {
			case TITLE -> style.withAlign(ParagraphAlignment.CENTER).withSpacingAfterLines(0.5);
			case CENTER -> style.withAlign(ParagraphAlignment.CENTER);
			case RIGHT -> style.withAlign(ParagraphAlignment.RIGHT);
			case LEFT -> style.withAlign(ParagraphAlignment.LEFT);
			case BODY -> style.withAlign(ParagraphAlignment.BOTH).withIndentFirstLineChars(2);
		}
		return Paragraphs.of().addText(text.create()).paraStyle(style.build()).create();
	}

	/**
	 * The letter as XHTML: a whole page for the PDF, or the body alone for the preview.
	 */
	String html(String title, List<Paragraph> paragraphs, boolean page) {
		StringBuilder html = new StringBuilder(4096);
		if (page) {
			html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>")
				.append(escape(title))
				.append("</title><style>")
				.append(CSS)
				.append("</style></head><body>");
		}
		for (Paragraph paragraph : paragraphs) {
			html.append("<p class=\"")
				.append(paragraph.style().name().toLowerCase())
				.append("\">")
				.append(paragraph.text().isEmpty() ? "&#160;" : escape(paragraph.text()))
				.append("</p>");
		}
		if (page) {
			html.append("</body></html>");
		}
		return html.toString();
	}

	/** The letter as PDF with the Chinese font embedded. */
	byte[] pdf(String title, List<Paragraph> paragraphs) {
		return fonts.render(html(title, paragraphs, true));
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				default -> {
					if (c >= 0x20 || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** An A4 document with the margins of a government letter and the body tag. */
	private static byte[] baseDocument() {
		try (XWPFDocument document = new XWPFDocument()) {
			CTSectPr section = document.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			CTPageMar margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(mm(37)));
			margins.setBottom(BigInteger.valueOf(mm(35)));
			margins.setLeft(BigInteger.valueOf(mm(28)));
			margins.setRight(BigInteger.valueOf(mm(26)));
			document.createParagraph().createRun().setText("{{" + BODY_TAG + "}}");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long mm(double millimetres) {
		return Math.round(millimetres / 25.4 * 1440);
	}

}
