package org.gongkai.appeals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.gongkai.shared.ChineseBundles;
import org.gongkai.shared.StoredTexts;

/**
 * Published when the facts of a case were amended; {@code items} lists each changed field
 * as before → after.
 */
public record AppealAmended(long appealId, Long agencyId, String actor, Instant occurredAt,
		List<Change> items) implements AppealEvent {

	/** The separator of the changes, as a message key (；). */
	static final String SEPARATOR = "history.appeal.changeSeparator";

	public AppealAmended {
		items = List.copyOf(items);
	}

	/**
	 * One changed field.
	 *
	 * @param field the field, as the suffix of its key {@code history.appeal.field.*}
	 * ({@code body}, {@code caseNumber}, {@code filedOn}, {@code contestedAct},
	 * {@code claims})
	 * @param before the value before, {@code null} when empty; a contested act by its
	 * name
	 * @param after the value after, likewise
	 */
	public record Change(String field, String before, String after) {

		String chinese(ResourceBundle labels) {
			return labels.getString(fieldKey()) + "：" + value(before).chinese(labels) + " → "
					+ value(after).chinese(labels);
		}

		StoredTexts.Sentence sentence() {
			return new StoredTexts.Sentence("history.appeal.change",
					Arrays.asList(new Label(fieldKey()), value(before).arg(), value(after).arg()));
		}

		private String fieldKey() {
			return "history.appeal.field." + field;
		}

		private Value value(String value) {
			if (value == null) {
				return new Value(null, "history.appeal.empty");
			}
			return field.equals("contestedAct") ? new Value(null, "appeal.contestedAct." + value)
					: new Value(value, null);
		}

		/** A value: data as text, or a label by its key. */
		private record Value(String text, String key) {

			String chinese(ResourceBundle labels) {
				return key == null ? text : labels.getString(key);
			}

			Object arg() {
				return key == null ? text : new Label(key);
			}

		}

	}

	/** The changes in Chinese, as the summary lists them. */
	public String changes() {
		ResourceBundle labels = ChineseBundles.of("i18n/appeals");
		return items.stream().map(change -> change.chinese(labels)).collect(Collectors.joining("；"));
	}

	@Override
	public String action() {
		return "appeal.amended";
	}

	@Override
	public String summary() {
		return "修改案件信息：" + changes();
	}

	@Override
	public String summaryCode() {
		return "history.appeal.amended";
	}

	@Override
	public List<Object> summaryArgs() {
		return List.of(new StoredTexts.Sentences(SEPARATOR, items.stream().map(Change::sentence).toList()));
	}

}
