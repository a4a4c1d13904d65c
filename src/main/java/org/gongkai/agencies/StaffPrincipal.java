package org.gongkai.agencies;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member: who they are and which role they hold in which agency.
 * Authorities carry the role names only; which agency's records a role reaches is decided
 * by {@link AgencyAccess}, never by the authority alone.
 */
@NamedInterface("api")
public final class StaffPrincipal implements UserDetails, CredentialsContainer, Serializable {

	private final long id;

	private final String username;

	private final String displayName;

	private final boolean enabled;

	private final boolean locked;

	private final Set<RoleGrant> grants;

	// Erased after sign-in, so the hash never reaches the shared session table.
	private String passwordHash;

	public StaffPrincipal(long id, String username, String displayName, String passwordHash, boolean enabled,
			boolean locked, Set<RoleGrant> grants) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.grants = Set.copyOf(grants);
	}

	public long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	/** Bean-style accessor for templates. */
	public String getDisplayName() {
		return displayName;
	}

	public Set<RoleGrant> grants() {
		return grants;
	}

	/** Bean-style accessor for templates. */
	public Set<RoleGrant> getGrants() {
		return grants;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	public boolean holds(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}

	public boolean holds(Role role, long agencyId) {
		return grants.contains(new RoleGrant(role, agencyId));
	}

	/**
	 * The agencies in which this person holds any role, the ones their own work belongs
	 * to.
	 */
	public Set<Long> homeAgencies() {
		return grants.stream().map(RoleGrant::agencyId).collect(Collectors.toUnmodifiableSet());
	}

	/** The agencies in which this person holds {@code role}. */
	public Set<Long> agenciesWith(Role role) {
		return grants.stream()
			.filter(grant -> grant.role() == role)
			.map(RoleGrant::agencyId)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return grants.stream()
			.map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
			.collect(Collectors.toSet());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + username + "]";
	}

}
