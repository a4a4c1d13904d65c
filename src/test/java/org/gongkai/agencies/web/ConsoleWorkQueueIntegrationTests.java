package org.gongkai.agencies.web;

import org.gongkai.MutableClock;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console home of each demo role on the suite's shared full boot: every module's
 * groups reach the person who acts on them, and nobody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleWorkQueueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	StaffMembers staffMembers;

	@Test
	void theReviewLevelsSeeTheCatalogueEntriesWaitingAtTheirLevel() throws Exception {
		mvc.perform(get("/console").with(user(staff("section"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待我审核的主动公开条目")))
			.andExpect(content().string(not(containsString("我承办的申请"))));
		mvc.perform(get("/console").with(user(staff("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待我审核的主动公开条目")));
	}

	@Test
	void theHandlerSeesTheQuestionsToAnswerAndTheRegistrarDoesNot() throws Exception {
		mvc.perform(get("/console").with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待答复的留言")))
			.andExpect(content().string(containsString("href=\"/console/consultations/")));
		mvc.perform(get("/console").with(user(staff("registrar"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("待答复的留言"))));
	}

	@Test
	void thePendingLawsuitWithoutItsDefenceIsInTheHandlersQueue() throws Exception {
		mvc.perform(get("/console").with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待答复（答辩）的复议诉讼案件")))
			.andExpect(content().string(containsString("href=\"/console/appeals/")));
		mvc.perform(get("/console").with(user(staff("finance.handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("待答复（答辩）的复议诉讼案件"))));
	}

	@Test
	void aLateCaseOfTheHandlerSaysLateNotItsStatus() throws Exception {
		// a year on, every running case of the demo handler is past its due day
		clock.setDay(clock.today().plusYears(1));
		String page = mvc.perform(get("/console").with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("data-group=\"request.work.handle\"");
		assertThat(start).isPositive();
		String group = page.substring(start, page.indexOf("</section>", start));
		assertThat(group).contains("已逾期").doesNotContain(">办理中<");
	}

	@Test
	void aPersonWithoutWorkIsToldSo() throws Exception {
		mvc.perform(get("/console").with(user(staff("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暂无待办事项")));
	}

	private StaffPrincipal staff(String username) {
		return staffMembers.findByUsername(username).orElseThrow().toPrincipal(clock.instant());
	}

}
