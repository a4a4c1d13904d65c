package org.gongkai.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	public StoredTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The arguments as stored: a JSON array of strings (names, data) and objects
	 * {@code {label: key}} (labels rendered in the reader's language), or {@code null}
	 * when there are none.
	 */
	public static String encode(List<?> args) {
		if (args == null || args.isEmpty()) {
			return null;
		}
		List<Object> values = new ArrayList<>();
		for (Object arg : args) {
			if (arg instanceof AuditableEvent.Label label) {
				values.add((label.chinese() == null) ? Map.of("label", label.code())
						: Map.of("label", label.code(), "zh", label.chinese()));
			}
			else {
				values.add(String.valueOf(arg));
			}
		}
		return JSON.writeValueAsString(values);
	}

	/**
	 * The sentence in {@code locale}: the code rendered when there is one, else the
	 * stored text.
	 */
	public String render(String code, String args, String stored, Locale locale) {
		if (code == null || code.isBlank()) {
			return stored;
		}
		try {
			return messages.getMessage(code, decode(args, locale), locale);
		}
		catch (RuntimeException ex) {
			// An unknown code or unreadable arguments: the signed text is still right.
			return stored;
		}
	}

	/**
	 * Whether the code and arguments give back exactly the stored (signed) text, so that
	 * the unsigned code columns cannot say something else than the signed summary.
	 */
	public boolean agrees(String code, String args, String stored) {
		if (code == null || code.isBlank()) {
			return args == null || args.isBlank();
		}
		try {
			String rendered = messages.getMessage(code, decode(args, STORED), STORED);
			return stored != null && (rendered.equals(stored) || (rendered.length() > stored.length()
					&& stored.length() >= CaseHistory.SUMMARY_LENGTH && rendered.startsWith(stored)));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private Object[] decode(String args, Locale locale) {
		if (args == null || args.isBlank()) {
			return new Object[0];
		}
		List<Object> values = new ArrayList<>();
		for (JsonNode node : JSON.readTree(args)) {
			if (node.isObject()) {
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
