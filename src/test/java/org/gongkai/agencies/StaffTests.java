package org.gongkai.agencies;

import java.time.Duration;
import java.time.Instant;

import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The staff account's rules, without Spring and on fixed instants. */
class StaffTests {

	static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

	static Staff handler() {
		Staff staff = new Staff("zhang.wei", "张伟", null, "{noop}x");
		staff.grant(Role.HANDLER, 2);
		return staff;
	}

	@Test
	void theFifthFailedSignInInARowLocksForFifteenMinutes() {
		Staff staff = handler();
		for (int i = 1; i < Staff.MAX_FAILED_ATTEMPTS; i++) {
			assertThat(staff.signInFailed(NINE)).isFalse();
		}
		assertThat(staff.isLocked(NINE)).isFalse();
		assertThat(staff.signInFailed(NINE)).isTrue();
		assertThat(staff.isLocked(NINE.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(staff.isLocked(NINE.plus(Staff.LOCKOUT))).isFalse();
	}

	@Test
	void aSuccessfulSignInResetsTheCount() {
		Staff staff = handler();
		staff.signInFailed(NINE);
		staff.signInFailed(NINE);
		staff.signInSucceeded();
		assertThat(staff.getFailedAttempts()).isZero();
	}

	@Test
	void enablingOrResettingThePasswordLiftsALockout() {
		Staff staff = handler();
		for (int i = 0; i < Staff.MAX_FAILED_ATTEMPTS; i++) {
			staff.signInFailed(NINE);
		}
		staff.enable();
		assertThat(staff.isLocked(NINE)).isFalse();
		for (int i = 0; i < Staff.MAX_FAILED_ATTEMPTS; i++) {
			staff.signInFailed(NINE);
		}
		staff.resetPassword("{noop}new");
		assertThat(staff.isLocked(NINE)).isFalse();
	}

	@Test
	void rolesAreGrantedOnceAndTheLastCannotBeRevoked() {
		Staff staff = handler();
		assertThatThrownBy(() -> staff.grant(Role.HANDLER, 2)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已担任该角色");
		assertThatThrownBy(() -> staff.revoke(Role.HANDLER, 2)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("最后一个角色");
		assertThatThrownBy(() -> staff.revoke(Role.REVIEWER, 2)).isInstanceOf(RuleViolation.class);
		staff.grant(Role.REVIEWER, 3);
		staff.revoke(Role.HANDLER, 2);
		assertThat(staff.grants()).containsExactly(new RoleGrant(Role.REVIEWER, 3));
	}

	@Test
	void disablingTwiceOrEnablingAnActiveAccountIsABrokenRule() {
		Staff staff = handler();
		assertThatThrownBy(staff::enable).isInstanceOf(RuleViolation.class);
		staff.disable();
		assertThat(staff.isEnabled()).isFalse();
		assertThatThrownBy(staff::disable).isInstanceOf(RuleViolation.class);
	}

}
