package org.gongkai.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log encoder ({@code logback-spring.xml}) that masks personal data in every line it
 * writes, whichever module or library wrote it and whatever part of the line carries it:
 * the message, an exception's text, its causes and suppressed exceptions, the stack
 * trace, the thread name. Resident identity numbers (18 characters, also with spaces) and
 * mainland mobile numbers (also with {@code +86} and separators) are shown as
 * {@link IdentifierChecks#mask} shows them, in ASCII or full-width digits, whatever
 * stands before them: Chinese text, letters, or a percent- or backslash-escaped character
 * (a URL or JSON quoting {@code 号41010219900101123X} ends in hex digits). A safety net:
 * code should not log personal data in the first place.
 */
public class PersonalDataMasking extends PatternLayoutEncoder {

	private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";

	/**
	 * Not preceded by a digit, unless that digit ends an escape ({@code %B7},
	 * {@code \u53F7}, {@code \xB7}).
	 */
	private static final String START = "(?:(?<=%[0-9A-Fa-f]{2})|(?<=\\\\u[0-9A-Fa-f]{4})|(?<=\\\\x[0-9A-Fa-f]{2})|(?<!"
			+ DIGIT + "))";

	private static final String IDENTITY = DIGIT + "{6}[ -]?" + DIGIT + "{8}[ -]?" + DIGIT
			+ "{3}[0-9\\uFF10-\\uFF19Xx\\uFF38\\uFF58](?!" + DIGIT + "|[Xx])";

	private static final String MOBILE = "(?:(?:\\+|00)?(?:86|\\uFF18\\uFF16)[ -]?)?[1\\uFF11][3-9\\uFF13-\\uFF19]"
			+ DIGIT + "[ -]?" + DIGIT + "{4}[ -]?" + DIGIT + "{4}(?!" + DIGIT + ")";

	private static final Pattern PERSONAL = Pattern.compile(START + "(" + IDENTITY + "|" + MOBILE + ")");

	@Override
	public void start() {
		super.start();
		PatternLayout layout = new MaskingLayout();
		layout.setContext(getContext());
		layout.setPattern(getPattern());
		layout.setOutputPatternAsHeader(isOutputPatternAsHeader());
		layout.start();
		this.layout = layout;
	}

	/**
	 * {@code text} with every identity number and mobile number in it masked.
	 */
	public static String mask(String text) {
		if (text == null || text.length() < 11) {
			return text;
		}
		Matcher matcher = PERSONAL.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		StringBuilder masked = new StringBuilder(text.length());
		do {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(IdentifierChecks.mask(matcher.group(1))));
		}
		while (matcher.find());
		matcher.appendTail(masked);
		return masked.toString();
	}

	/** The pattern's whole output, stack trace included, masked. */
	private static final class MaskingLayout extends PatternLayout {

		@Override
		public String doLayout(ILoggingEvent event) {
			return mask(super.doLayout(event));
		}

	}

}
