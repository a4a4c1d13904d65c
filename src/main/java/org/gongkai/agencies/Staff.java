package org.gongkai.agencies;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.shared.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A staff member's account: sign-in name, hashed password, the lockout state and the
 * roles held in agencies.
 */
@Table
@NamedInterface("api")
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

	/**
	 * Gives this person {@code role} in {@code agencyId}; a role already held there is a
	 * broken rule.
	 */
	public void grant(Role role, long agencyId) {
		if (!roles.add(new StaffRole(role, agencyId))) {
			throw new RuleViolation("staff.role-held", "该人员在此机关已担任该角色");
		}
	}

	/**
	 * Withdraws a role; the last role cannot be withdrawn (disable the account instead).
	 */
	public void revoke(Role role, long agencyId) {
		StaffRole grant = new StaffRole(role, agencyId);
		if (!roles.contains(grant)) {
			throw new RuleViolation("staff.role-not-held", "该人员在此机关未担任该角色");
		}
		if (roles.size() == 1) {
			throw new RuleViolation("staff.last-role", "不能撤销最后一个角色；如该人员不再工作，请停用账户");
		}
		roles.remove(grant);
	}

	/** Sets a new password hash and lifts any lockout. */
	public void resetPassword(String newHash) {
		this.passwordHash = newHash;
		signInSucceeded();
	}

	/** Stops the account from signing in or using its API tokens. */
	public void disable() {
		if (!enabled) {
			throw new RuleViolation("staff.already-disabled", "该账户已停用");
		}
		this.enabled = false;
	}

	/** Lets a disabled or locked account sign in again. */
	public void enable() {
		if (enabled && lockedUntil == null && failedAttempts == 0) {
			throw new RuleViolation("staff.already-enabled", "该账户已启用且未被锁定");
		}
		this.enabled = true;
		signInSucceeded();
	}

	/**
	 * Records a failed sign-in; the fifth in a row locks the account for
	 * {@link #LOCKOUT}.
	 * @return whether this failure locked the account
	 */
	boolean signInFailed(Instant now) {
		failedAttempts++;
		if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
			lockedUntil = now.plus(LOCKOUT);
			failedAttempts = 0;
			return true;
		}
		return false;
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
