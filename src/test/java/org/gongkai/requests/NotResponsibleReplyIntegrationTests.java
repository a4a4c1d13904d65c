package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.agencies.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 不属于本机关公开 (Article 36 (五)) as a reply of its own (issue 11, item 9): it names the
 * responsible agency and its contact details, refused without them in the API and the
 * console with nothing changed, shown on the case page and in the API, and counted with
 * 本机关不掌握 (Article 36 (四)) in row 三（四）1.
 */
class NotResponsibleReplyIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	RequestStatistics statistics;

	String bearer(String username) {
		return "Bearer " + tokens.create(staff(username), "not responsible " + System.nanoTime());
	}

	ResultActions step(String username, String path, String body) throws Exception {
		return mvc.perform(post(path).header("Authorization", bearer(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aNotResponsibleReplyWithoutTheResponsibleAgencyIsRefusedInTheApiAndTheConsoleAndChangesNothing()
			throws Exception {
		long id = assignedCase(LocalDate.of(2025, 3, 3));
		int version = handling.show(staff("handler"), id).getVersion();

		step("handler", "/api/v1/requests/" + id + "/draft",
				"{\"outcome\":\"UNAVAILABLE_NOT_RESPONSIBLE\",\"text\":\"不属于本机关公开\",\"responsibleAgency\":\"南阳市市场监督管理局\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.responsible-agency-missing"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十六条第（五）项")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/draft", id).param("outcome", "UNAVAILABLE_NOT_RESPONSIBLE")
				.param("text", "不属于本机关公开")
				.param("version", Integer.toString(version))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第三十六条第（五）项");

		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
		assertThat(unchanged.getDraftNo()).isZero();
		assertThat(unchanged.getVersion()).isEqualTo(version);
	}

	@Test
	void theResponsibleAgencyIsStoredShownAndBothRepliesCountInRowFourOne() throws Exception {
		long agency = commerce();
		int year = 2025;
		long before = statistics.forYear(agency, year).row("unavailable.notHeld").total();
		long notResponsible = assignedCase(LocalDate.of(2025, 3, 3));
		long notHeld = assignedCase(LocalDate.of(2025, 3, 3));

		step("handler", "/api/v1/requests/" + notResponsible + "/draft",
				"{\"outcome\":\"UNAVAILABLE_NOT_RESPONSIBLE\",\"text\":\"请向该局申请\","
						+ "\"responsibleAgency\":\"南阳市市场监督管理局\",\"responsibleAgencyContact\":\"0377-12345678\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.draftLegalBasis").value("《条例》第三十六条第（五）项"))
			.andExpect(jsonPath("$.draftResponsibleAgency").value("南阳市市场监督管理局"));
		step("reviewer", "/api/v1/requests/" + notResponsible + "/review", "{\"approve\":true}")
			.andExpect(jsonPath("$.status").value("APPROVED"));
		step("handler", "/api/v1/requests/" + notResponsible + "/answer", "{\"delivery\":\"EMAIL\"}")
			.andExpect(jsonPath("$.outcome").value("UNAVAILABLE_NOT_RESPONSIBLE"))
			.andExpect(jsonPath("$.legalBasis").value("《条例》第三十六条第（五）项"))
			.andExpect(jsonPath("$.responsibleAgency").value("南阳市市场监督管理局"))
			.andExpect(jsonPath("$.responsibleAgencyContact").value("0377-12345678"));
		handling.draftReply(staff("handler"), notHeld, null, Outcome.UNAVAILABLE_NOT_HELD, null, "经检索不存在");
		handling.review(staff("reviewer"), notHeld, null, true, null);
		handling.answer(staff("handler"), notHeld, null, null, DeliveryMethod.EMAIL);

		assertThat(handling.show(staff("handler"), notHeld).getLegalBasis()).isEqualTo("《条例》第三十六条第（四）项");
		assertThat(handling.show(staff("handler"), notHeld).getResponsibleAgency()).isNull();
		mvc.perform(get("/console/requests/{id}", notResponsible).with(user(staff("handler"))))
			.andExpect(content().string(containsString("南阳市市场监督管理局")))
			.andExpect(content().string(containsString("0377-12345678")));
		var table = statistics.forYear(agency, year);
		assertThat(table.row("unavailable.notHeld").total()).isEqualTo(before + 2);
		assertThat(table.rows()).hasSize(25).doesNotContainKey("unavailable.notResponsible");
		assertThat(table.row(Outcome.UNAVAILABLE_NOT_RESPONSIBLE)).isSameAs(table.row("unavailable.notHeld"));
	}

}
