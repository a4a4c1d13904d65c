package org.gongkai.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the letters module ({@code gongkai.letters.*}); see docs/letters.md.
 *
 * @param font the TrueType font or collection embedded in PDF letters
 * @param numberPattern the document-number pattern of an agency that has not set its own
 */
@ConfigurationProperties("gongkai.letters")
public record LettersProperties(@DefaultValue(LetterFonts.DEFAULT_FONT) String font,
		@DefaultValue(LetterNumbers.DEFAULT_PATTERN) String numberPattern) {
}
