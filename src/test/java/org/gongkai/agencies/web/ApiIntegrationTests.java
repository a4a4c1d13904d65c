package org.gongkai.agencies.web;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API with personal tokens: agencies, the caller, audit verification, and
 * problem+json for bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	Agency commerce;

	Agency education;

	@BeforeEach
	void demo() {
		commerce = Fixtures.agency(agencies, "卧龙区商务局");
		education = Fixtures.agency(agencies, "卧龙区教育局");
	}

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		String token = tokens.create(Fixtures.signedIn(staff, username), "test");
		return request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
	}

	String change(String phone) {
		return """
				{"contacts": {"name": "卧龙区商务局", "creditCode": "%s", "phone": "%s"}}
				""".formatted(commerce.getCreditCode(), phone);
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	@Test
	void aHandlerListsOnlyTheirOwnAgency() throws Exception {
		mvc.perform(as("handler", get("/api/v1/agencies")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].contacts.name").value("卧龙区商务局"));
		mvc.perform(as("handler", get("/api/v1/agencies/" + education.getId())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(as("handler", get("/api/v1/agencies/999999"))).andExpect(status().isNotFound());
	}

	@Test
	void theSupervisorReadsEveryAgencyOfTheRegionButChangesNone() throws Exception {
		mvc.perform(as("supervisor", get("/api/v1/agencies/" + education.getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contacts.name").value("卧龙区教育局"));
		mvc.perform(
				as("supervisor", put("/api/v1/agencies/" + commerce.getId())).contentType(MediaType.APPLICATION_JSON)
					.header("If-Match", etag(commerce.getVersion()))
					.content(change("0377-1")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(agencies.findById(commerce.getId()).orElseThrow().getPhone()).isEqualTo(commerce.getPhone());
	}

	@Test
	void theAdministratorUpdatesWithTheCurrentVersionAndGets409WithAnOldOne() throws Exception {
		mvc.perform(as("admin", put("/api/v1/agencies/" + commerce.getId())).contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", etag(commerce.getVersion()))
			.content(change("0377-63101234")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", etag(commerce.getVersion() + 1)))
			.andExpect(jsonPath("$.version").value(commerce.getVersion() + 1))
			.andExpect(jsonPath("$.contacts.phone").value("0377-63101234"));
		mvc.perform(as("admin", put("/api/v1/agencies/" + commerce.getId())).contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", etag(commerce.getVersion()))
			.content(change("0377-63105678")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("stale-version"));
		assertThat(agencies.findById(commerce.getId()).orElseThrow().getPhone()).isEqualTo("0377-63101234");
	}

	@Test
	void anUnknownIdIs404AndChangesNothing() throws Exception {
		// Malformed JSON, over-long fields, a missing If-Match and a bad id:
		// AgencyApiSliceTests.
		mvc.perform(as("admin", put("/api/v1/agencies/999999")).contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", etag(0))
			.content(change("0377-1"))).andExpect(status().isNotFound());
		Agency unchanged = agencies.findById(commerce.getId()).orElseThrow();
		assertThat(unchanged.getPhone()).isEqualTo(commerce.getPhone());
		assertThat(unchanged.getVersion()).isEqualTo(commerce.getVersion());
	}

	@Test
	void anAddressNobodyServesIsA404ProblemForASignedInClient() throws Exception {
		// Anonymous, the same address answers 401 first
		// (aRevokedOrUnknownTokenIsRefused).
		mvc.perform(as("admin", get("/api/v1/no-such-thing")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void anAdministratorOfOneAgencyGets404ForAnother() throws Exception {
		// handler of 商务局 cannot change even their own agency: not an administrator
		mvc.perform(as("handler", put("/api/v1/agencies/" + commerce.getId())).contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", etag(commerce.getVersion()))
			.content(change("0377-1"))).andExpect(status().isForbidden());
		mvc.perform(
				as("edu.handler", put("/api/v1/agencies/" + commerce.getId())).contentType(MediaType.APPLICATION_JSON)
					.header("If-Match", etag(commerce.getVersion()))
					.content(change("0377-1")))
			.andExpect(status().isNotFound());
		assertThat(agencies.findById(commerce.getId()).orElseThrow().getPhone()).isEqualTo(commerce.getPhone());
	}

	@Test
	void meTellsWhoTheTokenBelongsTo() throws Exception {
		mvc.perform(as("edu.handler", get("/api/v1/me")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("edu.handler"))
			.andExpect(jsonPath("$.roles[*].role").value(hasItem("REGISTRAR")))
			.andExpect(jsonPath("$.roles[0].agencyName").value("卧龙区教育局"))
			.andExpect(jsonPath("$.readableAgencies").value(hasItem(education.getId().intValue())))
			.andExpect(jsonPath("$.readableAgencies").value(not(hasItem(commerce.getId().intValue()))));
	}

	@Test
	void auditVerificationIsForAdministrators() throws Exception {
		mvc.perform(as("admin", get("/api/v1/audit/verify")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		mvc.perform(as("handler", get("/api/v1/audit/verify")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aRevokedOrUnknownTokenIsRefused() throws Exception {
		String token = tokens.create(Fixtures.signedIn(staff, "handler"), "soon revoked");
		long id = tokens.list(Fixtures.signedIn(staff, "handler").id()).get(0).id();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		tokens.revoke(Fixtures.signedIn(staff, "handler"), id);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer gk_made-up"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theOpenApiDocumentDeclaresTheBearerScheme() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.bearer-token.scheme").value("bearer"))
			.andExpect(jsonPath("$.security[0].bearer-token").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agencies/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit/verify'].get").exists());
	}

}
