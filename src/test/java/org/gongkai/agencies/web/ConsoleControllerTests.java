package org.gongkai.agencies.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.WorkItems;
import org.gongkai.shared.WorkItems.Group;
import org.gongkai.shared.WorkItems.Item;
import org.gongkai.shared.WorkItems.Urgency;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console home as a work queue: what it asks the modules and how it shows their
 * groups.
 */
class ConsoleControllerTests extends WebSliceTest {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	@Test
	void asksEveryModuleWithThePersonsAgenciesPerRole() throws Exception {
		StaffPrincipal both = new StaffPrincipal(5, "both", "两岗 5", null, true, false,
				Set.of(new RoleGrant(Role.HANDLER, 7), new RoleGrant(Role.REGISTRAR, 8)));
		mvc.perform(get("/console").with(user(both))).andExpect(status().isOk());
		ArgumentCaptor<WorkItems.Worker> asked = ArgumentCaptor.forClass(WorkItems.Worker.class);
		verify(workItems).groups(asked.capture());
		assertThat(asked.getValue().staffId()).isEqualTo(5);
		assertThat(asked.getValue().agenciesWith("HANDLER")).containsExactly(7L);
		assertThat(asked.getValue().agenciesWith("REGISTRAR")).containsExactly(8L);
		assertThat(asked.getValue().agenciesWith("SUPERVISOR")).isEmpty();
		assertThat(asked.getValue().limit()).isEqualTo(ConsoleController.GROUP_LIMIT);
	}

	@Test
	void showsEachGroupInItsOrderWithItsCountColoursAndLinks() throws Exception {
		Item late = new Item("GK-1 逾期的申请", "卧龙区商务局", "/console/requests/1", DAY.minusDays(1), Urgency.LATE, "办理中");
		Item soon = new Item("GK-2 临期的申请", null, "/console/requests/2", DAY.plusDays(2), Urgency.SOON, "办理中");
		given(workItems.groups(any())).willReturn(
				List.of(Group.of("request.work.review", 30, List.of(soon), 10, "/console/requests?status=IN_REVIEW"),
						Group.of("request.work.handle", 20, List.of(soon, late), 1, "/console/requests/deadlines")));
		String html = mvc.perform(get("/console").with(user(staff(3, 7, Role.HANDLER, Role.REVIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("我的待办")))
			.andExpect(content().string(containsString("href=\"/console/requests/1\"")))
			.andExpect(content().string(containsString("badge late")))
			.andExpect(content().string(containsString("2026-03-01")))
			.andExpect(content().string(containsString("1+")))
			.andExpect(content().string(not(containsString("暂无待办事项"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The handler's group (order 20) before the review group (30); within it the late
		// item only, the limit being 1.
		assertThat(html.indexOf("我承办的申请")).isLessThan(html.indexOf("待我审核的答复草稿"));
		assertThat(html.indexOf("GK-1 逾期的申请")).isLessThan(html.indexOf("待我审核的答复草稿"));
	}

	@Test
	void saysSoWhenNothingWaitsAndOffersSupervisionOnlyToSupervisors() throws Exception {
		mvc.perform(get("/console").with(user(staff(3, 7, Role.HANDLER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暂无待办事项")))
			.andExpect(content().string(not(containsString("href=\"/console/supervision\""))));
		mvc.perform(get("/console").with(user(staff(4, 2, Role.SUPERVISOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/console/supervision\"")));
	}

	@Test
	void theQueueIsInEnglishWithLangEn() throws Exception {
		given(workItems.groups(any())).willReturn(List.of(Group.of("request.work.handle", 20,
				List.of(new Item("GK-3", null, "/console/requests/3", DAY, Urgency.OK, "In handling")), 10, null)));
		mvc.perform(get("/console").param("lang", "en").with(user(staff(3, 7, Role.HANDLER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My work queue")))
			.andExpect(content().string(containsString("My applications")));
	}

}
