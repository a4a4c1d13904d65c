package org.gongkai;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * What each role may and may not reach, for one demo account per role (all of 卧龙区商务局
 * except the supervisor of the region's supervising office, the region's administrator
 * and a handler of 卧龙区教育局): console pages, another agency's records in pages and API, the
 * audit trail and staff management. Status codes are asserted, and that a refused change
 * changed nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RoleAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	@Autowired
	ApiTokens tokens;

	int page(StaffPrincipal who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andReturn().getResponse().getStatus();
	}

	int api(String token, String path) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(
			textBlock = """
					# user,         console+tokens, admin pages, own agency API, other agency API, change own agency API, audit verify API
					registrar,       200,           403,         200,            404,              403,                   403
					handler,         200,           403,         200,            404,              403,                   403
					reviewer,        200,           403,         200,            404,              403,                   403
					head,            200,           403,         200,            404,              403,                   403
					publisher,       200,           403,         200,            404,              403,                   403
					supervisor,      200,           403,         200,            200,              403,                   403
					admin,           200,           200,         200,            200,              200,                   200
					edu.handler,     200,           403,         200,            404,              403,                   403
					""")
	void eachRoleReachesWhatItMayAndNothingElse(String username, int console, int administration, int ownAgency,
			int otherAgency, int changeAgency, int auditVerify) throws Exception {
		StaffPrincipal who = Fixtures.signedIn(staff, username);
		long own = username.equals("edu.handler") ? Fixtures.agency(agencies, "卧龙区教育局").getId()
				: Fixtures.agency(agencies, "卧龙区商务局").getId();
		long other = username.equals("edu.handler") ? Fixtures.agency(agencies, "卧龙区商务局").getId()
				: Fixtures.agency(agencies, "卧龙区财政局").getId();
		if (username.equals("supervisor") || username.equals("admin")) {
			own = Fixtures.agency(agencies, "卧龙区人民政府办公室").getId();
		}
		String token = tokens.create(who, "role test");

		assertThat(page(who, "/console")).isEqualTo(console);
		assertThat(page(who, "/console/tokens")).isEqualTo(console);
		for (String path : new String[] { "/console/agencies", "/console/agencies/" + other,
				"/console/agencies/" + other + "/edit", "/console/staff", "/console/staff/new", "/console/audit" }) {
			assertThat(page(who, path)).as(path).isEqualTo(administration);
		}
		assertThat(api(token, "/api/v1/me")).isEqualTo(200);
		assertThat(api(token, "/api/v1/agencies/" + own)).as("own agency").isEqualTo(ownAgency);
		assertThat(api(token, "/api/v1/agencies/" + other)).as("another agency").isEqualTo(otherAgency);
		assertThat(api(token, "/api/v1/audit/verify")).isEqualTo(auditVerify);

		var agency = agencies.findById(own).orElseThrow();
		int status = mvc
			.perform(put("/api/v1/agencies/" + own).header("Authorization", "Bearer " + token)
				.header("If-Match", "\"" + agency.getVersion() + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contacts\": {\"name\": \"%s\", \"creditCode\": \"%s\", \"fax\": \"0377-99\"}}"
					.formatted(agency.getName(), agency.getCreditCode())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("change own agency").isEqualTo(changeAgency);
		if (changeAgency != 200) {
			assertThat(agencies.findById(own).orElseThrow().getFax()).isEqualTo(agency.getFax());
		}

		long otherStaff = staff.findByUsername("finance.handler").orElseThrow().getId();
		int disable = mvc.perform(post("/console/staff/" + otherStaff + "/disable").with(user(who)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(disable).isEqualTo(administration == 200 ? 302 : 403);
		assertThat(staff.findById(otherStaff).orElseThrow().isEnabled()).isEqualTo(administration != 200);
	}

}
