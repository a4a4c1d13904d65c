package org.gongkai;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the {@link MutableClock} of a full-boot context back on the system clock after
 * every test, so that a test that moved time never leaks its day into the next test of
 * the shared context. Registered in {@code META-INF/spring.factories}.
 */
class MutableClockReset implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext()
				.getBeanProvider(MutableClock.class)
				.ifAvailable(MutableClock::followSystem);
		}
	}

}
