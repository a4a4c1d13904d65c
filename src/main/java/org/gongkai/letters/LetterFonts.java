package org.gongkai.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
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

	private final Path file;

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
	 * caller closes the returned handle after the document is saved.
	 */
	Loaded load(PDDocument document) throws IOException {
		check();
		List<AutoCloseable> open = new ArrayList<>();
		TrueTypeFont font;
		if (file.toString().toLowerCase().endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
			open.add(collection);
			TrueTypeFont named = collection.getFontByName(FACE);
			font = named != null ? named : first(collection);
		}
		else {
			font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
			open.add(font);
		}
		return new Loaded(PDType0Font.load(document, font, true), open);
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

	/** A font loaded into a document, with the files to close after saving it. */
	record Loaded(PDType0Font font, List<AutoCloseable> open) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			for (AutoCloseable closeable : open) {
				try {
					closeable.close();
				}
				catch (IOException ex) {
					throw ex;
				}
				catch (Exception ex) {
					throw new IOException(ex);
				}
			}
		}

	}

}
