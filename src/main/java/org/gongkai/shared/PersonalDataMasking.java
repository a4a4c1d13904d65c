package org.gongkai.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message converter ({@code %m} in {@code logback-spring.xml}) that masks
 * personal data in every log line, whichever module or library wrote it: 18-digit
 * resident identity numbers and mainland mobile numbers are shown as
 * {@link IdentifierChecks#mask} shows them. A safety net: code should not log personal
 * data in the first place.
 */
public class PersonalDataMasking extends MessageConverter {

	private static final Pattern PERSONAL = Pattern
		.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|1[3-9]\\d{9})(?![0-9A-Za-z])");

	@Override
	public String convert(ILoggingEvent event) {
		return mask(super.convert(event));
	}

	/** {@code text} with every identity number and mobile number in it masked. */
	public static String mask(String text) {
		if (text == null || text.length() < 11) {
			return text;
		}
		Matcher matcher = PERSONAL.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		StringBuilder masked = new StringBuilder();
		do {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(IdentifierChecks.mask(matcher.group(1))));
		}
		while (matcher.find());
		matcher.appendTail(masked);
		return masked.toString();
	}

}
