package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gongkai.shared.AuditableEvent;

/** A staff account was created with its first role. */
public record StaffCreated(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.created";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/**
	 * Account {@code username} created with {@code role} in agency {@code agencyId}; its
	 * e-mail address masked, or {@code null}.
	 */
	static StaffCreated of(String actor, long agencyId, long staffId, String username, String maskedEmail, Role role) {
		String summary = "新建账户 " + username + "，电子邮箱 " + Objects.toString(maskedEmail, "（无）") + "，角色 " + role + "@"
				+ agencyId;
		return maskedEmail == null
				? new StaffCreated(actor, agencyId, Long.toString(staffId), summary,
						"history.staff.createdWithoutEmail", Arrays.asList(username, label(role), agencyId))
				: new StaffCreated(actor, agencyId, Long.toString(staffId), summary, "history.staff.created",
						Arrays.asList(username, maskedEmail, label(role), agencyId));
	}

	/**
	 * The administrator {@code username} created by the command line in {@code regionId}.
	 */
	static StaffCreated administratorByCommand(String actor, long regionId, long staffId, String username) {
		return new StaffCreated(actor, regionId, Long.toString(staffId),
				"命令行新建管理员 " + username + "，角色 " + Role.ADMINISTRATOR + "@" + regionId,
				"history.staff.administratorByCommand", Arrays.asList(username, label(Role.ADMINISTRATOR), regionId));
	}

	/** A role as the summaries name it: its code in Chinese, its name in English. */
	static Label label(Role role) {
		return new Label("role." + role.name(), role.name());
	}

}
