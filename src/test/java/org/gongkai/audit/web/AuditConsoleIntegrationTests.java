package org.gongkai.audit.web;

import java.time.Instant;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit console page: administrators only, within their subtree, filtered, with chain
 * verification.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuditConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRegionAdministratorSeesFiltersAndVerifies() throws Exception {
		StaffPrincipal admin = Fixtures.signedIn(staff, "admin");
		Agency commerce = Fixtures.agency(agencies, "卧龙区商务局");
		mvc.perform(post("/console/tokens").with(user(Fixtures.signedIn(staff, "handler")))
			.with(csrf())
			.param("name", "审计测试"));
		mvc.perform(get("/console/audit").param("actor", "handler")
			.param("agency", commerce.getId().toString())
			.param("action", "token.created")
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("handler 新建 API 令牌“审计测试”")));
		mvc.perform(get("/console/audit").param("actor", "nobody").with(user(admin)))
			.andExpect(content().string(containsString("没有符合条件的记录")));
		mvc.perform(get("/console/audit").param("from", "2000-01-01").param("to", "2000-01-31").with(user(admin)))
			.andExpect(content().string(containsString("没有符合条件的记录")));
		mvc.perform(post("/console/audit/verify").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计链完整")));
	}

	@Test
	void anAgencyAdministratorSeesOnlyTheirAgencysEntries() throws Exception {
		Agency commerce = Fixtures.agency(agencies, "卧龙区商务局");
		Agency education = Fixtures.agency(agencies, "卧龙区教育局");
		StaffPrincipal commerceAdmin = Fixtures
			.accountWith(staff, passwords, "commerce.admin", Role.ADMINISTRATOR, commerce.getId())
			.toPrincipal(Instant.EPOCH);
		mvc.perform(post("/console/tokens").with(user(Fixtures.signedIn(staff, "edu.handler")))
			.with(csrf())
			.param("name", "教育局令牌"));
		mvc.perform(post("/console/tokens").with(user(Fixtures.signedIn(staff, "handler")))
			.with(csrf())
			.param("name", "商务局令牌"));

		mvc.perform(get("/console/audit").with(user(commerceAdmin)))
			.andExpect(content().string(containsString("商务局令牌")))
			.andExpect(content().string(not(containsString("教育局令牌"))));
		mvc.perform(get("/console/audit").param("agency", education.getId().toString()).with(user(commerceAdmin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTrailIsForAdministratorsOnly() throws Exception {
		for (String username : new String[] { "handler", "supervisor", "head" }) {
			mvc.perform(get("/console/audit").with(user(Fixtures.signedIn(staff, username))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aBadDateIsA400() throws Exception {
		mvc.perform(get("/console/audit").param("from", "2026-13-45").with(user(Fixtures.signedIn(staff, "admin"))))
			.andExpect(status().isBadRequest());
	}

}
