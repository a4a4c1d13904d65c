package org.gongkai;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The production profile {@code postgres}, configured only through GONGKAI_DB_URL,
 * GONGKAI_DB_USER and GONGKAI_DB_PASSWORD (here pointing at {@link EmbeddedPostgres}):
 * the application boots on PostgreSQL, migrates it, and serves the portal and sign-in
 * with sessions in the database.
 */
class PostgresProfileIntegrationTests extends PostgresIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresqlWithThePortalSignInAndSessionsInTheDatabase() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("卧龙区商务局")));
		var signIn = mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "demo1234"))
			.andExpect(redirectedUrl("/console"))
			.andReturn();
		mvc.perform(get("/console").cookie(signIn.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("区管理员 王敏")));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'admin'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sign-in.succeeded'")
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "wrong"))
			.andExpect(redirectedUrl("/login?error=bad"));
	}

}
