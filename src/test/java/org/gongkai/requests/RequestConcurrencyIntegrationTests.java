package org.gongkai.requests;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Two people changing one application at once: the second change is refused, the first is
 * never lost.
 */
class RequestConcurrencyIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	RequestStore store;

	@Autowired
	MockMvc mvc;

	@Test
	void ofTwoChangesBasedOnTheSameVersionTheSecondIsRefusedAndTheFirstKept() {
		long id = assignedCase(TODAY);
		InformationRequest first = store.load(id);
		InformationRequest second = store.load(id);

		first.extend(10, "调取档案", new InformationRequest.Approval(staff("head").id(), "公开办负责人 陈静", TODAY, true), null,
				Fixtures.HEAD, clock.instant(), TODAY);
		store.save(first);
		second.withdraw(TODAY, "申请人撤回", Fixtures.REGISTRAR, clock.instant(), TODAY);

		assertThatThrownBy(() -> store.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		InformationRequest stored = store.load(id);
		assertThat(stored.getExtensionDays()).isEqualTo(10);
		assertThat(stored.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
	}

	@Test
	void twoStaffActingAtTheSameMomentLeaveExactlyOneOfTheirChanges() throws Exception {
		long id = assignedCase(TODAY);
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<Boolean> extend = CompletableFuture.supplyAsync(
				() -> attempt(start, () -> handling.requestExtension(staff("handler"), id, null, 15, "需征求意见")));
		CompletableFuture<Boolean> withdraw = CompletableFuture
			.supplyAsync(() -> attempt(start, () -> handling.withdraw(staff("registrar"), id, null, TODAY, "申请人撤回")));
		start.countDown();
		boolean extended = extend.get();
		boolean withdrawn = withdraw.get();

		InformationRequest stored = store.load(id);
		assertThat(extended || withdrawn).isTrue();
		if (extended) {
			assertThat(stored.getExtension().requestedDays()).isEqualTo(15);
		}
		if (withdrawn) {
			assertThat(stored.getOutcome()).isEqualTo(Outcome.OTHER_DISPOSAL_OTHER);
		}
		if (extended && withdrawn) {
			// Both succeeded only if they ran one after the other; then both changes are
			// there.
			assertThat(stored.getExtension().requestedDays()).isEqualTo(15);
			assertThat(stored.getStatus()).isEqualTo(RequestStatus.CLOSED);
		}
	}

	@Test
	void theConsoleTellsStaffWhatWaitsForThem() throws Exception {
		assignedCase(TODAY);
		mvc.perform(get("/console").with(user(staff("handler"))))
			.andExpect(content().string(containsString("件申请待办理")))
			.andExpect(content().string(containsString("/console/requests")));
	}

	private static boolean attempt(CountDownLatch start, Runnable action) {
		try {
			start.await();
			action.run();
			return true;
		}
		catch (OptimisticLockingFailureException e) {
			return false;
		}
		catch (RuleViolation e) {
			// The other ran first and left a state this step does not apply to (a
			// withdrawn application takes no extension): refused, nothing half-written.
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
