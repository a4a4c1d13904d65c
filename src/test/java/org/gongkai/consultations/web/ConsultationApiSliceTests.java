package org.gongkai.consultations.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.consultations.ConsultationStatistics;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consultations API's shapes and refusals that need no database. */
class ConsultationApiSliceTests extends WebSliceTest {

	String handler() {
		StaffPrincipal handler = staff(31, 7, Role.HANDLER);
		given(apiTokens.authenticate("gk_handler")).willReturn(Optional.of(handler));
		given(agencyAccess.readableAgencies(handler)).willReturn(Set.of(7L));
		return "Bearer gk_handler";
	}

	@Test
	void answersTheYearlyCountsInTheFixedShape() throws Exception {
		String token = handler();
		given(consultationStatistics.yearly(7, 2023)).willReturn(new ConsultationStatistics.Yearly(10, 9,
				Map.of("mailbox", 3, "online", 2, "phone", 1, "hotline12345", 4),
				Map.of("consultation", 6, "complaint", 3, "suggestion", 1)));
		mvc.perform(get("/api/v1/consultations/statistics").param("agencyId", "7")
			.param("year", "2023")
			.header("Authorization", token)).andExpect(status().isOk()).andExpect(content().json("""
					{"agencyId": 7, "year": 2023, "received": 10, "answered": 9,
					 "byChannel": {"mailbox": 3, "online": 2, "phone": 1, "hotline12345": 4},
					 "byType": {"consultation": 6, "complaint": 3, "suggestion": 1}}""", true));
	}

	@Test
	void aMalformedIfMatchOrNoTokenIsRefusedBeforeTheService() throws Exception {
		String token = handler();
		mvc.perform(post("/api/v1/consultations/5/answer").header("Authorization", token)
			.header("If-Match", "\"abc\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("if-match.malformed"));
		mvc.perform(post("/api/v1/consultations/5/answer").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		verifyNoInteractions(consultations);
	}

	@Test
	void theConsoleNeedsASignIn() throws Exception {
		// The public pages are checked on the full boot (ConsultationsIntegrationTests).
		mvc.perform(get("/console/consultations")).andExpect(status().isFound());
		verifyNoInteractions(consultationSearch);
	}

}
