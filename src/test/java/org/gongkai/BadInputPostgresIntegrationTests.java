package org.gongkai;

import java.time.Clock;

import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The walk of {@link BadInputIntegrationTests} on PostgreSQL, which refuses NUL in text
 * and counts {@code varchar} lengths in characters.
 */
@Transactional
class BadInputPostgresIntegrationTests extends PostgresIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Clock clock;

	@Test
	void noBadInputReachesAServerError() throws Exception {
		BadInputs.walkEverything(context, mvc, "PostgreSQL");
	}

	@Test
	void nulInAFieldOrASearchIsRefusedBeforePostgresSeesIt() throws Exception {
		var registrar = staff.findByUsername("registrar").orElseThrow().toPrincipal(clock.instant());
		mvc.perform(get("/console/requests").with(user(registrar)).param("q", "专项\u0000资金"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":1,\"application\":{\"name\":\"王\\u0000明\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("input.characters"));
		mvc.perform(get("/console/requests").with(user(registrar)).param("q", "专项资金")).andExpect(status().isOk());
	}

}
