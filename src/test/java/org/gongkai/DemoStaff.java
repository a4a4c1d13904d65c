package org.gongkai;

import java.time.Clock;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The demo data's staff and agencies as the full-boot tests sign in with them: a staff
 * member as a signed-in principal (for MockMvc's {@code user(...)} or a service call), an
 * API token of theirs as an {@code Authorization} header, an agency's id by its name.
 * Registered in every full-boot context by {@link FullBootContextCustomizerFactory}; the
 * agencies module's beans are looked up when used, so that a module test's context
 * without them still starts.
 */
public class DemoStaff {

	private final ObjectProvider<StaffMembers> staffMembers;

	private final ObjectProvider<ApiTokens> tokens;

	private final ObjectProvider<Agencies> agencies;

	private final Clock clock;

	DemoStaff(ObjectProvider<StaffMembers> staffMembers, ObjectProvider<ApiTokens> tokens,
			ObjectProvider<Agencies> agencies, Clock clock) {
		this.staffMembers = staffMembers;
		this.tokens = tokens;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The demo staff member {@code username}, signed in now. */
	public StaffPrincipal staff(String username) {
		return this.staffMembers.getObject().findByUsername(username).orElseThrow().toPrincipal(this.clock.instant());
	}

	/**
	 * A new API token of {@code username}, as the {@code Authorization} header's value.
	 */
	public String bearer(String username) {
		return "Bearer " + this.tokens.getObject().create(staff(username), "test");
	}

	/** The id of the demo agency named {@code name}. */
	public long agency(String name) {
		return this.agencies.getObject()
			.findAll()
			.stream()
			.filter(agency -> agency.getName().equals(name))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The demo agency 卧龙区商务局, where the demo users {@code handler} and {@code head} work.
	 */
	public long commerce() {
		return agency("卧龙区商务局");
	}

}
