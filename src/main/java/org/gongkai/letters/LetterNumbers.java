package org.gongkai.letters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The document numbers (文号) of an agency's letters: a pattern per agency
 * ({@code 依申请〔{年}〕{号}号} unless set) and a counter that never hands out a number twice.
 *
 * <p>
 * A number is taken by one {@code UPDATE … SET last_value = last_value + 1} of the
 * agency's counter row in a short transaction of its own: the row lock makes concurrent
 * takers, in this instance or another one on the same database, wait for each other, and
 * the value each reads back is its own. A letter that then fails to render leaves a gap,
 * never a repeat. A pattern with {@code {年}} counts per year; one without counts for
 * ever.
 */
@Service
public class LetterNumbers {

	/** The pattern of an agency that has set none. */
	public static final String DEFAULT_PATTERN = "依申请〔{年}〕{号}号";

	private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");

	private static final Pattern SERIAL = Pattern.compile("\\{号(?::(\\d))?}");

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final String defaultPattern;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LetterNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, LettersProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.defaultPattern = properties.numberPattern();
		this.events = events;
		this.clock = clock;
	}

	/** The agency's pattern, or the default. */
	public String pattern(long agencyId) {
		return jdbc.sql("select pattern from letter_numbering where agency_id = :agency")
			.param("agency", agencyId)
			.query(String.class)
			.optional()
			.orElse(defaultPattern);
	}

	/**
	 * Sets the agency's pattern: {@code {号}} (the serial number, {@code {号:3}} padded to
	 * three digits) is required, {@code {年}} the year; other text is printed as it is.
	 * @throws InvalidInput naming the problem with the pattern
	 */
	public void configure(long agencyId, String pattern, String actor) {
		String checked = check(pattern);
		int updated = jdbc
			.sql("update letter_numbering set pattern = :pattern, version = version + 1, updated_at = :at, "
					+ "updated_by = :actor where agency_id = :agency")
			.param("pattern", checked)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("agency", agencyId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into letter_numbering (agency_id, pattern, updated_at, updated_by) "
					+ "values (:agency, :pattern, :at, :actor)")
				.param("agency", agencyId)
				.param("pattern", checked)
				.param("at", Timestamp.from(clock.instant()))
				.param("actor", actor)
				.update();
		}
		events.publishEvent(new LetterNumberingChanged(agencyId, checked, actor));
	}

	/** The pattern if it is usable. */
	static String check(String pattern) {
		String trimmed = pattern == null ? "" : pattern.strip();
		if (trimmed.isEmpty() || trimmed.length() > 60) {
			throw InvalidInput.of("pattern", "letters.pattern.length");
		}
		Matcher tokens = TOKEN.matcher(trimmed);
		int serials = 0;
		while (tokens.find()) {
			String token = tokens.group();
			if (SERIAL.matcher(token).matches()) {
				serials++;
			}
			else if (!token.equals("{年}")) {
				throw InvalidInput.of("pattern", "letters.pattern.token");
			}
		}
		if (serials != 1) {
			throw InvalidInput.of("pattern", "letters.pattern.serial");
		}
		return trimmed;
	}

	/**
	 * Takes the agency's next number and formats it with the pattern, in a transaction of
	 * its own (committed before this returns).
	 */
	public String next(long agencyId) {
		String pattern = pattern(agencyId);
		int year = LocalDate.now(clock.withZone(Zones.BEIJING)).getYear();
		int series = pattern.contains("{年}") ? year : 0;
		long value = ownTransaction.execute(status -> take(agencyId, series));
		return format(pattern, year, value);
	}

	private long take(long agencyId, int series) {
		jdbc.sql("insert into letter_counter (agency_id, series_year, last_value) values (:agency, :series, 0) "
				+ "on conflict do nothing")
			.param("agency", agencyId)
			.param("series", series)
			.update();
		jdbc.sql("update letter_counter set last_value = last_value + 1 where agency_id = :agency "
				+ "and series_year = :series")
			.param("agency", agencyId)
			.param("series", series)
			.update();
		return jdbc.sql("select last_value from letter_counter where agency_id = :agency and series_year = :series")
			.param("agency", agencyId)
			.param("series", series)
			.query(Long.class)
			.single();
	}

	/** {@code pattern} with the year and the serial number filled in. */
	static String format(String pattern, int year, long value) {
		Matcher serial = SERIAL.matcher(pattern.replace("{年}", Integer.toString(year)));
		StringBuilder number = new StringBuilder();
		while (serial.find()) {
			int width = serial.group(1) == null ? 1 : Integer.parseInt(serial.group(1));
			serial.appendReplacement(number, Matcher.quoteReplacement(zeroPadded(value, width)));
		}
		serial.appendTail(number);
		return number.toString();
	}

	private static String zeroPadded(long value, int width) {
		String digits = Long.toString(value);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

}
