package org.gongkai.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The renderer of stored sentences (history steps, audit summaries) in the reader's
 * language. A row written with a message code and arguments reads through the message
 * bundles; a row without one (written before codes were kept) reads as its stored text.
 * Pages call it as {@code @storedTexts}.
 */
@Component("storedTexts")
public class StoredTexts {

	/**
	 * The language the stored summaries are written in, and the one the codes must give
	 * back.
	 */
	public static final Locale STORED = Locale.SIMPLIFIED_CHINESE;

	/**
	 * The longest summary stored, in characters, by the history tables and the audit
	 * trail alike; longer ones are cut ({@link #cut(String)}), and a code whose text is
	 * longer agrees with its stored text cut there.
	 */
	public static final int SUMMARY_LENGTH = 4000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	public StoredTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * An argument that is a list of sentences, each a code with its own arguments, joined
	 * by the message {@code separator} (such as {@code ；}): for a summary that lists a
	 * varying number of changes. Stored as {@code {join: separator, items: [{code,
	 * args}]}}.
	 */
	public record Sentences(String separator, List<Sentence> items) {

		public Sentences {
			items = List.copyOf(items);
		}

	}

	/** One sentence of {@link Sentences}: a message code and its arguments. */
	public record Sentence(String code, List<?> args) {

		public Sentence {
			args = Collections.unmodifiableList(new ArrayList<>(args));
		}

	}

	/**
	 * The arguments as stored: a JSON array of strings (names, data), objects
	 * {@code {label: key}} (labels rendered in the reader's language) and
	 * {@link Sentences}, or {@code null} when there are none.
	 */
	public static String encode(List<?> args) {
		if (args == null || args.isEmpty()) {
			return null;
		}
		return JSON.writeValueAsString(values(args));
	}

	private static List<Object> values(List<?> args) {
		List<Object> values = new ArrayList<>();
		for (Object arg : args) {
			if (arg instanceof AuditableEvent.Label label) {
				values.add((label.chinese() == null) ? Map.of("label", label.code())
						: Map.of("label", label.code(), "zh", label.chinese()));
			}
			else if (arg instanceof Sentences sentences) {
				values.add(Map.of("join", sentences.separator(), "items",
						sentences.items()
							.stream()
							.map(item -> Map.of("code", item.code(), "args", values(item.args())))
							.toList()));
			}
			else {
				values.add(String.valueOf(arg));
			}
		}
		return values;
	}

	/** {@code summary} as stored: its first {@value #SUMMARY_LENGTH} characters. */
	public static String cut(String summary) {
		return summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH) : summary;
	}

	/**
	 * The sentence in {@code locale}: the code rendered when there is one, else the
	 * stored text.
	 */
	public String render(String code, String args, String stored, Locale locale) {
		if (code == null || code.isBlank()) {
			return stored;
		}
		// An unknown code or unreadable arguments: the signed text is still right.
		return format(code, args, locale).orElse(stored);
	}

	/**
	 * Whether the code and arguments give back exactly the stored (signed) text, so that
	 * the unsigned code columns cannot say something else than the signed summary; a
	 * stored text of {@value #SUMMARY_LENGTH} characters may be the cut of a longer one.
	 */
	public boolean agrees(String code, String args, String stored) {
		if (code == null || code.isBlank()) {
			return args == null || args.isBlank();
		}
		return stored != null && format(code, args, STORED)
			.map(rendered -> rendered.equals(stored) || (rendered.length() > stored.length()
					&& stored.length() == SUMMARY_LENGTH && cut(rendered).equals(stored)))
			.orElse(false);
	}

	/** The code's message with its arguments, empty if either cannot be read. */
	private Optional<String> format(String code, String args, Locale locale) {
		try {
			return Optional.of(messages.getMessage(code, decode(args, locale), locale));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private Object[] decode(String args, Locale locale) {
		if (args == null || args.isBlank()) {
			return new Object[0];
		}
		return decode(JSON.readTree(args), locale);
	}

	private Object[] decode(JsonNode args, Locale locale) {
		List<Object> values = new ArrayList<>();
		for (JsonNode node : args) {
			if (node.isObject() && node.has("join")) {
				StringJoiner joined = new StringJoiner(messages.getMessage(node.get("join").asString(), null, locale));
				for (JsonNode item : node.get("items")) {
					joined.add(
							messages.getMessage(item.get("code").asString(), decode(item.get("args"), locale), locale));
				}
				values.add(joined.toString());
			}
			else if (node.isObject()) {
				String key = node.get("label").asString();
				JsonNode chinese = node.get("zh");
				values.add((chinese != null && STORED.getLanguage().equals(locale.getLanguage())) ? chinese.asString()
						: messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale));
			}
			else {
				values.add(node.asString());
			}
		}
		return values.toArray();
	}

}
