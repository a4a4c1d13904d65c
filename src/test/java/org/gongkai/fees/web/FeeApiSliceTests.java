package org.gongkai.fees.web;

import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public quote API, without sign-in: the worked examples and the bad queries. */
class FeeApiSliceTests extends WebSliceTest {

	@Test
	void fortyFiveApplicationsInAMonthAreQuotedWithoutAToken() throws Exception {
		mvc.perform(get("/api/v1/fees/quote").param("basis", "per-application").param("count", "45"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountYuan").value(closeTo(5500.0, 0.001)))
			.andExpect(jsonPath("$.basis").value("per-application"))
			.andExpect(jsonPath("$.schedule").value("国办函〔2020〕109号"))
			.andExpect(jsonPath("$.tiers.length()").value(4))
			.andExpect(jsonPath("$.tiers[3].from").value(41))
			.andExpect(jsonPath("$.tiers[3].to").value(45))
			.andExpect(jsonPath("$.tiers[3].yuanPerUnit").value(closeTo(300.0, 0.001)));
	}

	@Test
	void twoHundredFiftyPagesAreQuoted() throws Exception {
		mvc.perform(get("/api/v1/fees/quote").param("basis", "per-page").param("count", "250"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountYuan").value(closeTo(4700.0, 0.001)))
			.andExpect(jsonPath("$.tiers[1].subtotalYuan").value(closeTo(700.0, 0.001)));
	}

	@Test
	void aMissingOrNegativeCountOrAnUnknownBasisIsAProblem() throws Exception {
		mvc.perform(get("/api/v1/fees/quote").param("basis", "per-page"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("fee.invalid"))
			.andExpect(jsonPath("$.codes", hasItem("fee.count.missing")));
		mvc.perform(get("/api/v1/fees/quote").param("basis", "per-page").param("count", "-3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.codes", hasItem("fee.count.negative")))
			.andExpect(jsonPath("$.detail", containsString("数量")));
		mvc.perform(get("/api/v1/fees/quote").param("basis", "per-word").param("count", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.codes", hasItem("fee.basis.unknown")));
	}

}
