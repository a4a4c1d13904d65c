package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.calendar.Channel;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant type corrected by a registrar before the reply (issue 11, item 14): the
 * column of table 三 follows, the correction is in the case history, a type that does not
 * fit the identity document (Article 29) is refused in the API and the console with
 * nothing changed, and nobody corrects it after the reply.
 */
class ApplicantTypeCorrectionIntegrationTests extends RequestsIntegrationTest {

	static final LocalDate DAY = LocalDate.of(2025, 3, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	RequestHistory history;

	ResultActions correct(String username, long id, String body) throws Exception {
		return mvc.perform(post("/api/v1/requests/{id}/applicant-type", id)
			.header("Authorization", "Bearer " + tokens.create(staff(username), "applicant type"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long companyCase() {
		clock.setDay(DAY);
		return intake
			.submit(new RequestIntake.NewApplication(commerce(),
					new InformationRequest.Intake(Channel.IN_PERSON, DAY, null, null, null),
					Fixtures.companyDraft(ApplicantType.COMMERCIAL_ENTERPRISE).applicant(), Fixtures.sought(), null,
					null), Actor.PUBLIC)
			.reference()
			.id();
	}

	@Test
	void aCorrectedTypeMovesTheRoundToItsColumnOfTableThreeAndIsInTheHistory() throws Exception {
		long agency = commerce();
		var before = statistics.forYear(agency, 2025).row("newlyReceived");
		long id = companyCase();
		correct("registrar", id, "{\"applicantType\":\"RESEARCH_INSTITUTION\",\"reason\":\"登记时选错，实为科研院所\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicant.type").value("RESEARCH_INSTITUTION"));
		var after = statistics.forYear(agency, 2025).row("newlyReceived");
		assertThat(after.get(ApplicantType.RESEARCH_INSTITUTION))
			.isEqualTo(before.get(ApplicantType.RESEARCH_INSTITUTION) + 1);
		assertThat(after.get(ApplicantType.COMMERCIAL_ENTERPRISE))
			.isEqualTo(before.get(ApplicantType.COMMERCIAL_ENTERPRISE));
		assertThat(handling.show(staff("registrar"), id).getRounds().get(0).applicantType())
			.isEqualTo(ApplicantType.RESEARCH_INSTITUTION);
		assertThat(history.of(id)).anyMatch(step -> step.action().equals("request.applicant-type-corrected"));
	}

	@Test
	void aTypeNotFittingTheIdentityDocumentIsRefusedInTheApiAndTheConsoleAndChangesNothing() throws Exception {
		long id = receivedInPersonOn(DAY);
		int version = handling.show(staff("registrar"), id).getVersion();
		correct("registrar", id, "{\"applicantType\":\"COMMERCIAL_ENTERPRISE\",\"reason\":\"登记有误\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.applicant-type-id-mismatch"))
			.andExpect(jsonPath("$.detail").value(containsString("第二十九条")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/applicant-type", id).param("applicantType", "COMMERCIAL_ENTERPRISE")
				.param("reason", "登记有误")
				.param("version", Integer.toString(version))
				.with(user(staff("registrar")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第二十九条");
		InformationRequest unchanged = handling.show(staff("registrar"), id);
		assertThat(unchanged.getApplicant().type()).isEqualTo(ApplicantType.NATURAL_PERSON);
		assertThat(unchanged.getVersion()).isEqualTo(version);
	}

	@Test
	void onlyARegistrarCorrectsAndOnlyBeforeTheReply() throws Exception {
		long id = companyCase();
		correct("handler", id, "{\"applicantType\":\"OTHER_ORGANIZATION\",\"reason\":\"登记有误\"}")
			.andExpect(status().isForbidden());
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		handling.draftReply(staff("handler"), id, null, Outcome.GRANTED, null, "予以公开");
		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, null, DeliveryMethod.EMAIL);
		correct("registrar", id, "{\"applicantType\":\"OTHER_ORGANIZATION\",\"reason\":\"登记有误\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.wrong-status"));
		assertThat(handling.show(staff("registrar"), id).getApplicant().type())
			.isEqualTo(ApplicantType.COMMERCIAL_ENTERPRISE);
	}

}
