package org.gongkai.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The Chinese font embedded in every PDF the platform renders (letters, annual reports)
 * and the XHTML-to-PDF rendering with it: Debian's WenQuanYi Micro Hei
 * ({@code fonts-wqy-microhei}, {@value #DEFAULT_FONT}) unless {@code gongkai.pdf.font}
 * (or, for older configurations, {@code gongkai.letters.font}) names another TrueType
 * font or collection. Without it a PDF would show boxes for every Chinese character, so
 * rendering fails instead, naming the font that is missing. Thread-safe.
 */
@Component
public final class ChineseFonts {

	/** The font file of Debian's fonts-wqy-microhei package. */
	public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

	/** The CSS font family under which {@link #render} offers the font. */
	public static final String FAMILY = "chinese";

	/**
	 * The code of the error when the font is missing, unless the caller names its own.
	 */
	public static final String MISSING = "pdf.font-missing";

	/** The font's name inside the collection. */
	private static final String FACE = "WenQuanYiMicroHei";

	/** The parsed fonts kept between renderings, at most one per concurrent rendering. */
	private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

	private final Path file;

	private final Queue<Parsed> idle = new ConcurrentLinkedQueue<>();

	/** The font file's bytes, read at the first rendering. */
	private volatile byte[] bytes;

	/**
	 * The font in {@code file}, or the default font when it is blank; as a bean, the font
	 * of {@code gongkai.pdf.font}, else of {@code gongkai.letters.font}.
	 */
	public ChineseFonts(@Value("${gongkai.pdf.font:${gongkai.letters.font:" + DEFAULT_FONT + "}}") String file) {
		PdfLogging.install();
		this.file = Path.of(file == null || file.isBlank() ? DEFAULT_FONT : file);
	}

	/** The configured font file. */
	public Path file() {
		return file;
	}

	/** Whether the font file is there. */
	public boolean installed() {
		return Files.isReadable(file);
	}

	/** Fails with {@link #MISSING} unless the font is installed. */
	public void check() {
		check(MISSING);
	}

	/**
	 * Fails with the error {@code code}, whose message names the missing font and how to
	 * install it, unless it is installed.
	 */
	public void check(String code) {
		if (!installed()) {
			throw new RuleViolation(code,
					"找不到生成 PDF 文书所需的中文字体：" + file + "。请安装 Debian 软件包 fonts-wqy-microhei"
							+ "（apt-get install fonts-wqy-microhei），或以 gongkai.pdf.font（或 gongkai.letters.font）"
							+ "指定其他 TrueType 中文字体");
		}
	}

	/**
	 * A plain A4 page in the font family {@value #FAMILY}, 12 pt, for the short documents
	 * given to an applicant: {@code title} escaped, {@code css} added after the page's
	 * own rules, {@code body} as it is (the caller escapes its text).
	 */
	public static String a4Page(String title, String css, String body) {
		return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>"
				+ HtmlUtils.htmlEscape(title, "UTF-8") + "</title><style>@page { size: A4; margin: 25mm 20mm; } body { "
				+ "font-family: '" + FAMILY + "'; font-size: 12pt; } " + css + "</style></head><body>" + body
				+ "</body></html>";
	}

	/**
	 * Renders a whole XHTML page to PDF with the font embedded (as a subset of the glyphs
	 * used) under the CSS family {@value #FAMILY}.
	 */
	public byte[] render(String xhtml) {
		check();
		ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
		try (PDDocument document = new PDDocument(); Loaded font = load(document)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(font.font()), FAMILY);
			builder.withProducer("Gongkai");
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Loads the font into {@code document}; closing the handle after the save hands the
	 * parsed font back for the next rendering.
	 */
	private Loaded load(PDDocument document) throws IOException {
		Parsed parsed = idle.poll();
		if (parsed == null) {
			parsed = parse();
		}
		try {
			return new Loaded(PDType0Font.load(document, parsed.font(), true), parsed, this);
		}
		catch (IOException | RuntimeException ex) {
			parsed.close();
			throw ex;
		}
	}

	/**
	 * Parses the font from the file's bytes, read once: a parsed font is used by one
	 * rendering at a time (fontbox's reading is not thread-safe) and then kept for the
	 * next.
	 */
	private Parsed parse() throws IOException {
		byte[] data = bytes;
		if (data == null) {
			data = Files.readAllBytes(file);
			bytes = data;
		}
		if (file.toString().toLowerCase().endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
			TrueTypeFont named = collection.getFontByName(FACE);
			return new Parsed(named != null ? named : first(collection), collection);
		}
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
		return new Parsed(font, font);
	}

	/** Keeps {@code parsed} for the next rendering, or closes it when enough are kept. */
	private void release(Parsed parsed) throws IOException {
		if (idle.size() < MAX_IDLE) {
			idle.offer(parsed);
		}
		else {
			parsed.close();
		}
	}

	private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
		TrueTypeFont[] found = new TrueTypeFont[1];
		collection.processAllFonts(font -> {
			if (found[0] == null) {
				found[0] = font;
			}
		});
		return found[0];
	}

	/** A parsed font and what to close when it is dropped. */
	private record Parsed(TrueTypeFont font, Closeable source) implements Closeable {

		@Override
		public void close() throws IOException {
			source.close();
		}

	}

	/**
	 * A font loaded into a document; closing it after the save hands the parsed font
	 * back.
	 */
	private record Loaded(PDType0Font font, Parsed parsed, ChineseFonts fonts) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			fonts.release(parsed);
		}

	}

	/**
	 * Sends openhtmltopdf's messages to SLF4J under {@code com.openhtmltopdf.<category>}
	 * instead of its own console handler, which prints several lines at INFO for every
	 * PDF. Warnings and errors stay warnings and errors; the rest is debug.
	 */
	private static final class PdfLogging implements XRLogger {

		private static final String PREFIX = "com.openhtmltopdf.";

		private PdfLogging() {
		}

		/** Routes openhtmltopdf's logging through SLF4J, once per JVM. */
		static synchronized void install() {
			if (!(XRLog.getLoggerImpl() instanceof PdfLogging)) {
				XRLog.setLoggerImpl(new PdfLogging());
			}
		}

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable error) {
			Logger logger = LoggerFactory.getLogger(PREFIX + where);
			if (level.intValue() >= Level.SEVERE.intValue()) {
				logger.error(message, error);
			}
			else if (level.intValue() >= Level.WARNING.intValue()) {
				logger.warn(message, error);
			}
			else {
				logger.debug(message, error);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// Levels are the logging configuration's (logging.level.com.openhtmltopdf).
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
					|| LoggerFactory.getLogger(PREFIX + "general").isDebugEnabled();
		}

	}

}
