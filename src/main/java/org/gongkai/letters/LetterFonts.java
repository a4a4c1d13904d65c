package org.gongkai.letters;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.gongkai.shared.RuleViolation;

/**
 * The Chinese font embedded in every PDF letter: Debian's WenQuanYi Micro Hei
 * ({@code fonts-wqy-microhei}, {@value #DEFAULT_FONT}) unless
 * {@code gongkai.letters.font} names another TrueType font or collection. Without it a
 * PDF would show boxes for every Chinese character, so rendering fails instead, naming
 * the font that is missing.
 */
final class LetterFonts {

	/** The font file of Debian's fonts-wqy-microhei package. */
	static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

	/** The font's name inside the collection. */
	private static final String FACE = "WenQuanYiMicroHei";

	/** The parsed fonts kept between letters, at most one per concurrent rendering. */
	private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

	private final Path file;

	private final Queue<Parsed> idle = new ConcurrentLinkedQueue<>();

	/** The font file's bytes, read at the first letter. */
	private volatile byte[] bytes;

	LetterFonts(String file) {
		this.file = Path.of(file == null || file.isBlank() ? DEFAULT_FONT : file);
	}

	/** The configured font file. */
	Path file() {
		return file;
	}

	/** Whether the font file is there. */
	boolean installed() {
		return Files.isReadable(file);
	}

	/**
	 * Fails with a message naming the missing font and how to install it, unless it is
	 * installed.
	 */
	void check() {
		if (!installed()) {
			throw new RuleViolation("letters.font-missing",
					"找不到生成 PDF 文书所需的中文字体：" + file + "。请安装 Debian 软件包 fonts-wqy-microhei"
							+ "（apt-get install fonts-wqy-microhei），或以 gongkai.letters.font 指定其他 TrueType 中文字体");
		}
	}

	/**
	 * Loads the font into {@code document}, embedded as a subset of the glyphs used. The
	 * caller closes the returned handle after the document is saved, which hands the
	 * parsed font back for the next letter.
	 */
	Loaded load(PDDocument document) throws IOException {
		check();
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
	 * letter at a time (fontbox's reading is not thread-safe) and then kept for the next.
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

	/** Keeps {@code parsed} for the next letter, or closes it when enough are kept. */
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
	record Loaded(PDType0Font font, Parsed parsed, LetterFonts fonts) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			fonts.release(parsed);
		}

	}

}
