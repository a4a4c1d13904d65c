package org.gongkai.letters;

import org.gongkai.shared.ChineseFonts;

/**
 * The Chinese font of PDF letters: the platform's {@link ChineseFonts}, whose missing
 * font fails a letter with {@code letters.font-missing}.
 */
final class LetterFonts {

	/** The font file of Debian's fonts-wqy-microhei package. */
	static final String DEFAULT_FONT = ChineseFonts.DEFAULT_FONT;

	private final ChineseFonts fonts;

	LetterFonts(ChineseFonts fonts) {
		this.fonts = fonts;
	}

	/** The font in {@code file} (tests and other fonts than the platform's). */
	LetterFonts(String file) {
		this(new ChineseFonts(file));
	}

	/**
	 * Fails with a message naming the missing font and how to install it, unless it is
	 * installed.
	 */
	void check() {
		fonts.check("letters.font-missing");
	}

	/**
	 * A whole XHTML page as PDF, the font offered as the CSS family
	 * {@value ChineseFonts#FAMILY}.
	 */
	byte[] render(String xhtml) {
		check();
		return fonts.render(xhtml);
	}

}
