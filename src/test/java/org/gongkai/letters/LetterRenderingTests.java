package org.gongkai.letters;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.gongkai.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of letter rendered for a case as DOCX and PDF, and read back: the text of
 * both holds the applicant (or addressee), the dates, the terms and the article; the PDF
 * embeds the Chinese font and its page shows glyphs, not boxes.
 */
class LetterRenderingTests {

	static final String NUMBER = "依申请〔2026〕42号";

	final LetterRenderer renderer = new LetterRenderer(new LetterFonts(LetterFonts.DEFAULT_FONT));

	@Test
	void everyKindRendersForACaseAndItsDocxAndPdfHoldTheFactsOfTheCase() throws IOException {
		for (LetterKind kind : LetterKind.values()) {
			String source = LetterTemplates.defaultSource(kind);
			LetterFacts facts = Fixtures.factsFor(kind);
			List<LetterTemplate.Paragraph> paragraphs = LetterTemplate.parse(kind, source)
				.fill(Placeholders.values(kind, facts, NUMBER));
			String docx = compact(docxText(renderer.docx(kind.title(), paragraphs)));
			String pdf = compact(pdfText(renderer.pdf(kind.title(), paragraphs)));
			for (String expected : expectedTexts(kind, source, facts)) {
				assertThat(docx).as("%s DOCX", kind.code()).contains(compact(expected));
				assertThat(pdf).as("%s PDF", kind.code()).contains(compact(expected));
			}
			assertThat(docx).as(kind.code()).doesNotContain("{{", "}}");
		}
	}

	/** What a letter of {@code kind} must print for {@code facts}, by its wording. */
	static List<String> expectedTexts(LetterKind kind, String source, LetterFacts facts) {
		List<String> expected = new ArrayList<>(
				List.of(kind.title(), NUMBER, kind.legalBasis(), "2026年3月20日", "2026年3月2日", facts.agency().name()));
		expected.add(kind.addressee() == LetterKind.Addressee.APPLICANT ? "张三丰" : facts.addressee().name());
		if (source.contains("{{期限日期}}")) {
			expected.add("2026年3月30日");
		}
		if (source.contains("{{期限天数}}")) {
			expected.add("15个工作日");
		}
		if (source.contains("{{原期限日期}}")) {
			expected.add("2026年3月27日");
		}
		if (source.contains("{{复议期限}}")) {
			expected.addAll(List.of("60日内向南阳市卧龙区人民政府申请行政复议", "6个月内向南阳市卧龙区人民法院提起行政诉讼"));
		}
		if (kind.isAdverse()) {
			expected.add("该信息载有企业的银行账户等商业秘密");
		}
		if (kind == LetterKind.FEE_NOTICE) {
			expected.add("人民币5500元");
		}
		if (kind == LetterKind.REPLY_UNAVAILABLE_NOT_HELD) {
			expected.add("《条例》第三十六条第（四）项的规定，告知您该政府信息不存在");
		}
		if (kind == LetterKind.REPLY_UNAVAILABLE_NOT_RESPONSIBLE) {
			expected.addAll(List.of("不属于本机关负责公开", "《条例》第三十六条第（五）项的规定，告知您负责公开该政府信息的机关为南阳市财政局",
					"该机关的联系方式：南阳市新华东路 1 号，电话 0377-63100000"));
		}
		return expected;
	}

	@Test
	void theDocxLaysOutTitleNumberAndSignature() throws IOException {
		LetterKind kind = LetterKind.REPLY_GRANTED;
		List<LetterTemplate.Paragraph> paragraphs = LetterTemplate.parse(kind, LetterTemplates.defaultSource(kind))
			.fill(Placeholders.values(kind, Fixtures.fullCase(), NUMBER));
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(renderer.docx(kind.title(), paragraphs)))) {
			List<XWPFParagraph> all = document.getParagraphs();
			XWPFParagraph title = all.stream().filter(p -> p.getText().equals(kind.title())).findFirst().orElseThrow();
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(title.getRuns().get(0).isBold()).isTrue();
			XWPFParagraph signature = all.stream().filter(p -> p.getText().equals("卧龙区商务局")).findFirst().orElseThrow();
			assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(kind.title());
		}
	}

	@Test
	void thePdfEmbedsTheChineseFontAndItsPageIsNotBlank() throws IOException {
		LetterKind kind = LetterKind.REPLY_PARTIALLY_GRANTED;
		List<LetterTemplate.Paragraph> paragraphs = LetterTemplate.parse(kind, LetterTemplates.defaultSource(kind))
			.fill(Placeholders.values(kind, Fixtures.fullCase(), NUMBER));
		try (PDDocument document = Loader.loadPDF(renderer.pdf(kind.title(), paragraphs))) {
			List<String> fonts = new ArrayList<>();
			for (var name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
			}
			assertThat(fonts).anyMatch(font -> font.contains("WenQuanYi") && font.endsWith("embedded"));
			BufferedImage page = new PDFRenderer(document).renderImage(0, 1);
			assertThat(inkRatio(page)).as("share of dark pixels on page 1").isGreaterThan(0.005);
		}
	}

	/**
	 * Glyphs, not boxes: two names of three characters rendered alike differ in their
	 * pixels (boxes would be the same for any name), and each differs from the same text
	 * in a font without Chinese glyphs.
	 */
	@Test
	void thePdfShowsChineseGlyphsNotBoxes() throws IOException {
		BufferedImage first = renderLine(renderer, "张三丰");
		BufferedImage second = renderLine(renderer, "李四光");
		assertThat(inkRatio(first)).isGreaterThan(0.0005);
		assertThat(differingPixels(first, second)).as("pixels that differ between two names").isGreaterThan(200);
		BufferedImage boxes = renderLine(
				new LetterRenderer(new LetterFonts("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")), "张三丰");
		BufferedImage otherBoxes = renderLine(
				new LetterRenderer(new LetterFonts("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")), "李四光");
		assertThat(differingPixels(boxes, otherBoxes)).as("a font without Chinese glyphs draws every name alike")
			.isLessThan(differingPixels(first, second) / 10);
		assertThat(differingPixels(first, boxes)).as("our rendering differs from boxes").isGreaterThan(200);
	}

	@Test
	void aMissingFontIsNamedInTheError() {
		LetterRenderer without = new LetterRenderer(new LetterFonts("/nonexistent/wqy-microhei.ttc"));
		assertThatThrownBy(
				() -> without.pdf("标题", List.of(new LetterTemplate.Paragraph(LetterTemplate.Style.BODY, "正文"))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("/nonexistent/wqy-microhei.ttc")
			.hasMessageContaining("fonts-wqy-microhei")
			.extracting(ex -> ((RuleViolation) ex).code())
			.isEqualTo("letters.font-missing");
	}

	@Test
	void markupInTheFactsIsPrintedAsText() throws IOException {
		LetterFacts facts = Fixtures.fullCase().withInformationSought("<b>A&B</b> \"引号\"");
		List<LetterTemplate.Paragraph> paragraphs = LetterTemplate
			.parse(LetterKind.ACKNOWLEDGEMENT, LetterTemplates.defaultSource(LetterKind.ACKNOWLEDGEMENT))
			.fill(Placeholders.values(LetterKind.ACKNOWLEDGEMENT, facts, NUMBER));
		assertThat(compact(pdfText(renderer.pdf("回执", paragraphs)))).contains("<b>A&B</b>\"引号\"");
	}

	/**
	 * The parsed font is kept between letters and used by one rendering at a time:
	 * renderings on several threads at once each embed the glyphs of their own text.
	 */
	@Test
	void lettersRenderedAtOnceOnSeveralThreadsEachHoldTheirOwnText() throws Exception {
		String[] names = { "张三丰", "李四光", "王五岳", "赵六合" };
		ExecutorService threads = Executors.newFixedThreadPool(names.length);
		try {
			List<Future<String>> texts = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				for (String name : names) {
					texts.add(threads.submit(() -> compact(pdfText(renderer.pdf(name,
							List.of(new LetterTemplate.Paragraph(LetterTemplate.Style.BODY, name + "：依申请公开")))))));
				}
			}
			for (int i = 0; i < texts.size(); i++) {
				assertThat(texts.get(i).get()).isEqualTo(names[i % names.length] + "：依申请公开");
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	static BufferedImage renderLine(LetterRenderer renderer, String text) throws IOException {
		byte[] pdf = renderer.pdf(text, List.of(new LetterTemplate.Paragraph(LetterTemplate.Style.TITLE, text)));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImage(0, 1);
		}
	}

	static double inkRatio(BufferedImage image) {
		long dark = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
				if (grey < 128) {
					dark++;
				}
			}
		}
		return (double) dark / ((long) image.getWidth() * image.getHeight());
	}

	static long differingPixels(BufferedImage a, BufferedImage b) {
		long differing = 0;
		for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
			for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
				if (a.getRGB(x, y) != b.getRGB(x, y)) {
					differing++;
				}
			}
		}
		return differing;
	}

	static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String compact(String text) {
		return text.codePoints()
			.filter(c -> !Character.isWhitespace(c))
			.mapToObj(Character::toString)
			.collect(Collectors.joining());
	}

}
