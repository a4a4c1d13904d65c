package org.gongkai.requests;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The extension of Article 33 in two steps (issue 17, item 8): the handler requests it
 * with a reason, the head of the disclosure office approves or refuses it from their work
 * queue, dated the day of the decision. Only an approval moves the reply due date; a
 * refusal leaves it and says so. Asking or approving after the original period, deciding
 * one's own request or deciding twice is refused in the API and the console and changes
 * nothing.
 */
class ExtensionNoticeIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	RequestWorkItems workItems;

	@Autowired
	RequestDocuments documents;

	@Test
	void theHandlerRequestsAndTheHeadApprovesFromTheQueueDatedTheDayOfTheApproval() throws Exception {
		LocalDate received = LocalDate.of(2025, 9, 1);
		long id = assignedCase(received);
		LocalDate due = calendar.addWorkingDays(received, StatutoryTerms.REPLY_DAYS);
		clock.setDay(received.plusDays(3));

		api("handler", "/api/v1/requests/" + id + "/extension", "{\"days\":10,\"reason\":\"需调取档案\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extension.requestedDays").value(10))
			.andExpect(jsonPath("$.extension.requestedBy").value("承办人 张伟"))
			.andExpect(jsonPath("$.extensionDays").doesNotExist());
		InformationRequest asked = handling.show(staff("handler"), id);
		assertThat(handling.deadlineStatusOf(asked).replyDue()).isEqualTo(due);
		assertThat(queue("head")).contains("request.work.extensions");
		assertThat(queue("handler")).doesNotContain("request.work.extensions");

		clock.setDay(received.plusDays(7));
		api("head", "/api/v1/requests/" + id + "/extension/decision", "{\"approve\":true,\"letter\":true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extensionDays").value(10))
			.andExpect(jsonPath("$.extensionApprovedBy").value("公开办负责人 陈静"))
			.andExpect(jsonPath("$.extensionApprovedOn").value(received.plusDays(7).toString()));
		InformationRequest extended = handling.show(staff("handler"), id);
		assertThat(handling.deadlineStatusOf(extended).replyDue()).isEqualTo(calendar.addWorkingDays(due, 10));
		assertThat(extended.getExtensionNoticeOn()).isEqualTo(received.plusDays(7));
		assertThat(documents.of(id)).anyMatch(document -> document.kind() == DocumentKind.EXTENSION_NOTICE);
		assertThat(queue("head")).doesNotContain("request.work.extensions");

		api("head", "/api/v1/requests/" + id + "/extension/decision", "{\"approve\":false,\"comment\":\"再议\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.extension-decided"));
		api("handler", "/api/v1/requests/" + id + "/extension", "{\"days\":5,\"reason\":\"再延\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.already-extended"));
	}

	@Test
	void aRefusedExtensionLeavesTheTermAndAnAnswerAfterItIsLate() throws Exception {
		LocalDate received = LocalDate.of(2025, 9, 1);
		long id = assignedCase(received);
		LocalDate due = calendar.addWorkingDays(received, StatutoryTerms.REPLY_DAYS);
		handling.requestExtension(staff("handler"), id, null, 15, "需协调多个部门");
		int version = handling.show(staff("head"), id).getVersion();

		MvcResult refusal = mvc
			.perform(post("/console/requests/{id}/extension-decision", id).param("decision", "refuse")
				.param("comment", "材料已齐备，应按期答复")
				.param("version", Integer.toString(version))
				.with(user(staff("head")))
				.with(csrf()))
			.andReturn();
		assertThat(refusal.getFlashMap().get("error")).isNull();

		InformationRequest refused = handling.show(staff("handler"), id);
		assertThat(refused.getExtension().refused()).isTrue();
		assertThat(refused.getExtensionDays()).isNull();
		assertThat(handling.deadlineStatusOf(refused).replyDue()).isEqualTo(due);
		String page = mvc.perform(get(id, "handler")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("公开办负责人 陈静 于 " + received + " 不同意延期，答复期限不变：材料已齐备，应按期答复");

		handling.draftReply(staff("handler"), id, null, Outcome.GRANTED, null, "予以公开");
		handling.review(staff("reviewer"), id, null, true, null);
		clock.setDay(due.plusDays(3));
		handling.answer(staff("handler"), id, null, due.plusDays(3), DeliveryMethod.POST);
		assertThat(handling.deadlineStatusOf(handling.show(staff("handler"), id)).inTime()).isFalse();
	}

	@Test
	void noOneDecidesTheirOwnRequestAndTheHandlerDecidesNone() throws Exception {
		long id = assignedCase(TODAY);
		// The office head handles cases too and may ask; another head must decide.
		handling.requestExtension(staff("head"), id, null, 10, "需征求意见");
		int version = handling.show(staff("head"), id).getVersion();

		api("head", "/api/v1/requests/" + id + "/extension/decision", "{\"approve\":true}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.extension-own-request"))
			.andExpect(jsonPath("$.detail").value(containsString("不能审批自己提出的延期申请")));
		api("handler", "/api/v1/requests/" + id + "/extension/decision", "{\"approve\":true}")
			.andExpect(status().isForbidden());
		assertThat(queue("head")).doesNotContain("request.work.extensions");

		InformationRequest unchanged = handling.show(staff("head"), id);
		assertThat(unchanged.getVersion()).isEqualTo(version);
		assertThat(unchanged.getExtension().pending()).isTrue();
		assertThatThrownBy(() -> handling.requestExtension(staff("handler"), id, null, 5, "再申请"))
			.hasMessageContaining("正待公开办负责人审批");
	}

	@Test
	void anExtensionAskedOrApprovedAfterTheOriginalPeriodIsRefusedAndChangesNothing() throws Exception {
		LocalDate received = LocalDate.of(2025, 9, 1);
		long id = assignedCase(received);
		LocalDate due = calendar.addWorkingDays(received, StatutoryTerms.REPLY_DAYS);
		clock.setDay(due);
		handling.requestExtension(staff("handler"), id, null, 10, "需调取档案");
		clock.setDay(due.plusDays(1));
		int version = handling.show(staff("head"), id).getVersion();

		api("head", "/api/v1/requests/" + id + "/extension/decision", "{\"approve\":true}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.extension-after-due"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十三条")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/extension-decision", id).param("decision", "approve")
				.param("version", Integer.toString(version))
				.with(user(staff("head")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第三十三条");
		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getExtensionDays()).isNull();
		assertThat(unchanged.getVersion()).isEqualTo(version);

		long late = assignedCase(received);
		clock.setDay(due.plusDays(1));
		api("handler", "/api/v1/requests/" + late + "/extension", "{\"days\":10,\"reason\":\"需调取档案\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.extension-after-due"));
		assertThat(handling.show(staff("handler"), late).getExtension().pending()).isFalse();
	}

	private ResultActions api(String username, String path, String body) throws Exception {
		return mvc.perform(post(path).header("Authorization", "Bearer " + tokens.create(staff(username), path))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private RequestBuilder get(long id, String username) {
		return MockMvcRequestBuilders.get("/console/requests/{id}", id).with(user(staff(username)));
	}

	/** The keys of the groups in {@code username}'s work queue. */
	private List<String> queue(String username) {
		StaffPrincipal staff = staff(username);
		Map<String, Set<Long>> byRole = new HashMap<>();
		for (Role role : Role.values()) {
			if (!staff.agenciesWith(role).isEmpty()) {
				byRole.put(role.name(), staff.agenciesWith(role));
			}
		}
		return workItems.groups(new WorkItems.Worker(staff.id(), username, byRole, LocalDate.now(clock), 50))
			.stream()
			.map(WorkItems.Group::key)
			.toList();
	}

}
