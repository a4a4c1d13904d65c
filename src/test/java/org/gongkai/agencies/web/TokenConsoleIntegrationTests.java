package org.gongkai.agencies.web;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.MutableClock;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console page for personal API tokens. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TokenConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void showsTheSecretOnceStoresOnlyItsHashAndRevokes() throws Exception {
		StaffPrincipal reviewer = Fixtures.signedIn(staff, "reviewer");
		String page = mvc.perform(post("/console/tokens").with(user(reviewer)).with(csrf()).param("name", "报表脚本"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请立即复制保存")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = Pattern.compile("id=\"token-secret\"[^>]*>(gk_[A-Za-z0-9_-]+)<").matcher(page);
		assertThat(secret.find()).isTrue();

		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :s")
			.param("s", secret.group(1))
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/console/tokens").with(user(reviewer)))
			.andExpect(content().string(containsString("报表脚本")))
			.andExpect(content().string(not(containsString(secret.group(1)))));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret.group(1))).andExpect(status().isOk());

		long id = tokens.list(reviewer.id()).get(0).id();
		mvc.perform(post("/console/tokens/" + id + "/revoke").with(user(reviewer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret.group(1)))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql(
				"select count(*) from audit_entry where action in ('token.created', 'token.revoked') and actor = 'reviewer'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theLastUseIsRecordedToTheMinuteNotWrittenOnEveryCall() throws Exception {
		StaffPrincipal reviewer = Fixtures.signedIn(staff, "reviewer");
		String secret = tokens.create(reviewer, "同步脚本");
		Instant first = Instant.parse("2026-03-02T02:00:00Z");
		clock.setInstant(first);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		assertThat(lastUsed(reviewer)).isEqualTo(first);

		clock.setInstant(first.plusSeconds(59));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		assertThat(lastUsed(reviewer)).isEqualTo(first);

		clock.setInstant(first.plusSeconds(61));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		assertThat(lastUsed(reviewer)).isEqualTo(first.plusSeconds(61));
	}

	private Instant lastUsed(StaffPrincipal owner) {
		return tokens.list(owner.id())
			.stream()
			.filter(t -> t.name().equals("同步脚本"))
			.findFirst()
			.orElseThrow()
			.lastUsedAt();
	}

	@Test
	void aBlankOrOverLongNameIsExplainedAndNoTokenIsMade() throws Exception {
		StaffPrincipal handler = Fixtures.signedIn(staff, "handler");
		int before = tokens.list(handler.id()).size();
		mvc.perform(post("/console/tokens").with(user(handler)).with(csrf()).param("name", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写令牌名称")));
		mvc.perform(post("/console/tokens").with(user(handler)).with(csrf()).param("name", "x".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("内容过长")));
		assertThat(tokens.list(handler.id())).hasSize(before);
	}

	@Test
	void anotherPersonsTokenCannotBeRevoked() throws Exception {
		StaffPrincipal handler = Fixtures.signedIn(staff, "handler");
		tokens.create(handler, "mine");
		long id = tokens.list(handler.id()).get(0).id();
		mvc.perform(
				post("/console/tokens/" + id + "/revoke").with(user(Fixtures.signedIn(staff, "admin"))).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(tokens.list(handler.id()).get(0).revokedAt()).isNull();
	}

}
