package org.gongkai.disclosure;

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

}
