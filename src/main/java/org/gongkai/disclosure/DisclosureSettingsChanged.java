package org.gongkai.disclosure;

import java.util.List;

import org.gongkai.shared.AuditableEvent;

/** Published when an agency's review chain, 索引号 pattern or 规章 flag was changed. */
public record DisclosureSettingsChanged(Long agencyId, String actor, String setting,
		String value) implements AuditableEvent {

	@Override
	public String action() {
		return "disclosure.settings-changed";
	}

	@Override
	public String subjectType() {
		return "disclosure-settings";
	}

	@Override
	public String subjectId() {
		return agencyId + ":" + setting;
	}

	@Override
	public String summary() {
		return setting + " = " + value;
	}

	@Override
	public String summaryCode() {
		return "history.disclosureSettings.changed";
	}

	/** The setting is a label that keeps its code in Chinese; the value is data. */
	@Override
	public List<Object> summaryArgs() {
		return List.of(new Label("history.disclosureSettings." + setting, setting), value);
	}

}
