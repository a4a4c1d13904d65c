package org.gongkai.agencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.StoredTexts;
import org.springframework.modulith.NamedInterface;

/**
 * An agency's disclosure-guide facts were changed; the summary lists each changed field
 * before and after.
 */
@NamedInterface("api")
public record AgencyUpdated(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "agency.updated";
	}

	@Override
	public String subjectType() {
		return "agency";
	}

	/** The guide facts in the order the summary lists them, by their Chinese names. */
	static final List<String> FIELDS = List.of("名称", "统一社会信用代码", "工作机构", "办公地址", "邮政编码", "办公时间", "联系电话", "传真号码", "网址",
			"电子邮箱");

	private static final List<String> FIELD_KEYS = List.of("name", "creditCode", "disclosureOffice", "address",
			"postcode", "officeHours", "phone", "fax", "website", "email");

	/**
	 * The changed fields of agency {@code agencyId} (indices into {@link #FIELDS}) with
	 * their values before and after, or {@code null} when no field changed. The message
	 * lists the changes as sentences joined by a separator, as an amended appeal's do.
	 */
	static AgencyUpdated changed(String actor, long agencyId, String[] was, String[] now) {
		List<String> changed = new ArrayList<>();
		List<StoredTexts.Sentence> sentences = new ArrayList<>();
		for (int i = 0; i < FIELDS.size(); i++) {
			if (!Objects.equals(was[i], now[i])) {
				changed.add(FIELDS.get(i) + "：" + Objects.toString(was[i], "（空）") + " → "
						+ Objects.toString(now[i], "（空）"));
				sentences.add(new StoredTexts.Sentence("history.agency.change",
						List.of(new Label("history.agency.field." + FIELD_KEYS.get(i), FIELDS.get(i)),
								valueOrEmpty(was[i]), valueOrEmpty(now[i]))));
			}
		}
		if (changed.isEmpty()) {
			return null;
		}
		return new AgencyUpdated(actor, agencyId, Long.toString(agencyId), String.join("；", changed),
				"history.agency.updated",
				List.of(new StoredTexts.Sentences("history.agency.changeSeparator", sentences)));
	}

	private static Object valueOrEmpty(String value) {
		return value == null ? new Label("history.agency.empty", "（空）") : value;
	}

}
