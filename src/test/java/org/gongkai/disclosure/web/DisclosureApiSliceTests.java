package org.gongkai.disclosure.web;

import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.disclosure.DisclosureStatistics;
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

/** The disclosure API's shapes and refusals that need no database. */
class DisclosureApiSliceTests extends WebSliceTest {

	String publisher() {
		StaffPrincipal publisher = staff(21, 7, Role.PUBLISHER);
		given(apiTokens.authenticate("gk_publisher")).willReturn(Optional.of(publisher));
		given(agencyAccess.readableAgencies(publisher)).willReturn(Set.of(7L));
		return "Bearer gk_publisher";
	}

	@Test
	void answersTheStatisticsInTheFixedShape() throws Exception {
		String token = publisher();
		given(disclosureStatistics.activeDisclosure(7, 2023))
			.willReturn(new DisclosureStatistics.ActiveDisclosure(new DisclosureStatistics.DocumentCounts(0, 0, 0),
					new DisclosureStatistics.DocumentCounts(1, 0, 3), 0, 2, 0, "12.5"));
		given(disclosureStatistics.channels(7, 2023))
			.willReturn(new DisclosureStatistics.Channels(45, 1128, null, null, 2));
		mvc.perform(get("/api/v1/disclosure/statistics").param("agencyId", "7")
			.param("year", "2023")
			.header("Authorization", token)).andExpect(status().isOk()).andExpect(content().json("""
					{"activeDisclosure": {"regulations": {"issued": 0, "repealed": 0, "inForce": 0},
					   "normativeDocuments": {"issued": 1, "repealed": 0, "inForce": 3},
					   "licensing": 0, "penalties": 2, "coercion": 0, "feesTenThousandYuan": "12.5"},
					 "channels": {"website": 45, "wechat": 1128, "governmentServicePortal": null, "gazette": null,
					   "pressConferences": 2}}""", true));
	}

	@Test
	void aMalformedIfMatchOrNoTokenIsRefusedBeforeTheService() throws Exception {
		String token = publisher();
		mvc.perform(post("/api/v1/disclosure/entries/5/approve").header("Authorization", token)
			.header("If-Match", "\"abc\""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("if-match.malformed"));
		mvc.perform(post("/api/v1/disclosure/entries/5/approve")).andExpect(status().isUnauthorized());
		verifyNoInteractions(catalogue);
	}

}
