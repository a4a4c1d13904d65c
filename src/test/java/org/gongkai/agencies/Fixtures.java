package org.gongkai.agencies;

import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Situations of the agencies module for tests: demo staff signed in, agencies by name,
 * fresh accounts.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/** The demo account {@code username} as the signed-in principal. */
	public static StaffPrincipal signedIn(StaffMembers staff, String username) {
		return staff.findByUsername(username).orElseThrow().toPrincipal(Instant.EPOCH);
	}

	/** The demo agency called {@code name}. */
	public static Agency agency(Agencies agencies, String name) {
		return agencies.findAll().stream().filter(agency -> agency.getName().equals(name)).findFirst().orElseThrow();
	}

	/**
	 * A new, enabled account holding {@code role} in {@code agencyId}, with password
	 * {@link DemoData#DEMO_PASSWORD}.
	 */
	public static Staff accountWith(StaffMembers staff, PasswordEncoder passwords, String username, Role role,
			long agencyId) {
		Staff member = new Staff(username, "测试 " + username, null, passwords.encode(DemoData.DEMO_PASSWORD));
		member.grant(role, agencyId);
		return staff.save(member);
	}

	/** Blank guide facts but a name. */
	public static AgencyContacts contactsNamed(String name) {
		return new AgencyContacts(name, null, null, null, null, null, null, null, null, null);
	}

}
