package org.gongkai.agencies;

import java.time.Instant;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * One audit event of every kind of summary the agencies module writes (each variant of
 * each sentence), built by the factories the module builds them with.
 */
public final class AgencyAuditSamples {

	static final Instant UNTIL = Instant.parse("2026-03-02T01:15:00Z");

	private AgencyAuditSamples() {
	}

	public static List<AuditableEvent> events() {
		String[] before = { "卧龙区商务局", "11411303MB0000002", "局办公室", "人民路 1 号", "473000", "工作日", "0377-63100002", null,
				"http://www.wolong.gov.cn", null };
		String[] after = { "卧龙区商务局（新）", "11411303MB0000002", "局办公室（政务公开）", "人民路 2 号", "473001", "工作日 上午",
				"0377-63100009", "0377-63200002", null, "office@wolong.gov.cn" };
		String[] one = before.clone();
		one[7] = "0377-63200002";
		return List.of(AgencyCreated.added("admin", 3, AgencyKind.AGENCY, "卧龙区商务局", "11411303MB0000002", "南阳市卧龙区"),
				AgencyCreated.added("admin", 2, AgencyKind.SUPERVISING_OFFICE, "卧龙区人民政府办公室", null, "南阳市卧龙区"),
				AgencyCreated.regionByCommand("cli", 1, "南阳市卧龙区"), AgencyUpdated.changed("admin", 3, before, one),
				AgencyUpdated.changed("admin", 3, before, after),
				StaffCreated.of("admin", 3, 20, "clerk", "c****@demo.gongkai.org", Role.HANDLER),
				StaffCreated.of("admin", 3, 21, "clerk2", null, Role.OFFICE_HEAD),
				StaffCreated.administratorByCommand("cli", 1, 22, "root"),
				RoleGranted.of("admin", 3, 20, "clerk", Role.REVIEWER),
				RoleRevoked.of("admin", 3, 20, "clerk", Role.SECTION_HEAD), StaffDisabled.of("admin", 3L, 20, "clerk"),
				StaffEnabled.of("admin", 3L, 20, "clerk", true), StaffEnabled.of("admin", 3L, 20, "clerk", false),
				StaffPasswordReset.of("admin", 3L, 20, "clerk"), SignInSucceeded.of("clerk", 3L, "20"),
				SignInFailed.unknownUser("ad***"), SignInFailed.whilePaused("clerk", 3L, "20", "10.0.0.7", 6),
				SignInFailed.wrongPassword("clerk", 3L, "20", "10.0.0.7", 2, null),
				SignInFailed.wrongPassword("clerk", 3L, "20", "10.0.0.7", 5, UNTIL),
				SignInFailed.refused("clerk", 3L, "20", true), SignInFailed.refused("clerk", 3L, "20", false),
				SignInFailed.serviceError("cl***", "CannotGetJdbcConnectionException: timeout"),
				AccountLocked.after(3L, "20", "clerk", "10.0.0.7", 5, UNTIL),
				SignInUnlocked.expired(3L, "20", "clerk", "10.0.0.7", UNTIL),
				SignInUnlocked.byAdministrator("admin", 3L, "20", "clerk", 1),
				SignInUnlocked.byAdministrator("admin", 3L, "20", "clerk", 3),
				ApiTokenCreated.of("clerk", 3L, 7, "报表同步", "gk_abcdefg"), ApiTokenRevoked.of("clerk", 3L, 7));
	}

}
