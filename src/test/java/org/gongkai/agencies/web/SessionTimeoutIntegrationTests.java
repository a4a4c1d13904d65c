package org.gongkai.agencies.web;

import jakarta.servlet.http.Cookie;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in the database (Spring Session JDBC) and time out after 30 minutes of
 * inactivity. Not transactional: Spring Session writes sessions in transactions of its
 * own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionTimeoutIntegrationTests {

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
	void aSessionThatTimedOutInTheDatabaseNoLongerSignsIn() throws Exception {
		Fixtures.accountWith(staff, passwords, "timed.out", Role.HANDLER, Fixtures.agency(agencies, "卧龙区商务局").getId());
		MvcResult signIn = mvc
			.perform(post("/login").with(csrf()).param("username", "timed.out").param("password", "demo1234"))
			.andExpect(redirectedUrl("/console"))
			.andReturn();
		Cookie session = signIn.getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie of Spring Session").isNotNull();
		mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
		// 31 minutes of inactivity, as the session table sees it
		jdbc.sql(
				"update spring_session set last_access_time = last_access_time - 1860000, expiry_time = expiry_time - 1860000 where principal_name = 'timed.out'")
			.update();
		mvc.perform(get("/console").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void theSessionTimeoutIsThirtyMinutes() {
		Integer interval = jdbc.sql("select max(max_inactive_interval) from spring_session")
			.query(Integer.class)
			.single();
		assertThat(interval).isIn(null, 1800);
	}

}
