package org.gongkai.agencies.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.PostgresIntegrationTest;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Simultaneous wrong passwords for one account on PostgreSQL: each answers the sign-in
 * failure (never a server error), each is counted, and the account locks by the rule.
 */
class ConcurrentSignInPostgresIntegrationTests extends PostgresIntegrationTest {

	static final int GUESSES = 20;

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
	void twentySimultaneousWrongPasswordsAreEachAnsweredAndCounted() throws Exception {
		Fixtures.accountWith(staff, passwords, "guessed.at", Role.HANDLER, Fixtures.agency(agencies, "卧龙区商务局").getId());
		ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
		CyclicBarrier start = new CyclicBarrier(GUESSES);
		List<Future<MvcResult>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < GUESSES; i++) {
				String guess = "wrong" + i;
				answers.add(pool.submit(() -> {
					start.await();
					return mvc
						.perform(post("/login").with(csrf()).param("username", "guessed.at").param("password", guess))
						.andReturn();
				}));
			}
			for (Future<MvcResult> answer : answers) {
				MvcResult result = answer.get();
				assertThat(result.getResponse().getStatus()).isEqualTo(302);
				// A password that could not be checked answers error=unavailable: the
				// audit entries then name the cause.
				assertThat(result.getResponse().getRedirectedUrl()).as(() -> signInEntries().toString())
					.isEqualTo("/login?error=bad");
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<String> failures = jdbc
			.sql("select summary from audit_entry where action = 'sign-in.failed' and actor = 'guessed.at'")
			.query(String.class)
			.list();
		assertThat(failures).as(() -> "every answer recorded; all sign-in entries: " + signInEntries())
			.hasSize(GUESSES);
		assertThat(jdbc.sql("select failures from sign_in_failure where username = 'guessed.at'")
			.query(Integer.class)
			.single()).as("every wrong password counted").isEqualTo(GUESSES);
		assertThat(jdbc
			.sql("select count(*) from audit_entry where action = 'sign-in.locked' and summary like 'guessed.at %'")
			.query(Long.class)
			.single()).as("one lock, at the fifth wrong password in a row").isEqualTo(1);
		assertThat(jdbc.sql("select locked_until is not null from sign_in_failure where username = 'guessed.at'")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql("select locked_until is null from staff where username = 'guessed.at'")
			.query(Boolean.class)
			.single()).as("the account itself is not locked for other addresses").isTrue();
	}

	private List<String> signInEntries() {
		return jdbc.sql("select actor || ': ' || summary from audit_entry where action like 'sign-in.%' order by seq")
			.query(String.class)
			.list();
	}

}
