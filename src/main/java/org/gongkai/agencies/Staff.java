package org.gongkai.agencies;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff member's account: sign-in name, hashed password, the lockout state and the roles held in agencies.
 */
@Table
public class Staff {

	/** Consecutive failed sign-ins after which the account locks. */
	static final int MAX_FAILED_ATTEMPTS = 5;

	/** How long a locked account stays locked. */
	static final Duration LOCKOUT = Duration.ofMinutes(15);

	@Id
	private Long id;

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	@MappedCollection(idColumn = "staff_id")
	private Set<StaffRole> roles = new HashSet<>();

	@Version
	private Integer version;

	protected Staff() {
	}

	public Staff(String username, String displayName, String email, String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
	}

	public void grant(Role role, long agencyId) {
		roles.add(new StaffRole(role, agencyId));
	}

	public void revoke(Role role, long agencyId) {
		roles.remove(new StaffRole(role, agencyId));
	}

	public void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	public void rename(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	/** Records a failed sign-in; the fifth in a row locks the account for {@link #LOCKOUT}. */
	void signInFailed(Instant now) {
		failedAttempts++;
		if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
			lockedUntil = now.plus(LOCKOUT);
			failedAttempts = 0;
		}
	}

	void signInSucceeded() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public StaffPrincipal toPrincipal(Instant now) {
		return new StaffPrincipal(id, username, displayName, passwordHash, enabled, isLocked(now),
				roles.stream().map(role -> new RoleGrant(role.role(), role.agencyId())).collect(Collectors.toSet()));
	}

	public Set<RoleGrant> grants() {
		return roles.stream().map(role -> new RoleGrant(role.role(), role.agencyId())).collect(Collectors.toSet());
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Integer getVersion() {
		return version;
	}

}
