package org.gongkai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application booted once on H2 with demo data: the portal, sign-in and the
 * API's front door.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ApplicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void portalHomeListsTheDemoAgenciesWithTheirDisclosureColumn() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("卧龙区商务局")))
			.andExpect(content().string(containsString("卧龙区人民政府办公室")))
			.andExpect(content().string(containsString("政府信息公开指南")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void consoleRequiresSignIn() throws Exception {
		mvc.perform(get("/console")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signInWithDemoPasswordReachesTheConsole() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "handler").param("password", "demo1234"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console"));
	}

	@Test
	void wrongPasswordIsRejectedWithAMessage() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "handler").param("password", "wrong"))
			.andExpect(redirectedUrl("/login?error=bad"));
		mvc.perform(get("/login").param("error", "bad")).andExpect(content().string(containsString("用户名或密码错误")));
	}

	@Test
	void signInWithoutCsrfTokenIsForbidden() throws Exception {
		mvc.perform(post("/login").param("username", "handler").param("password", "demo1234"))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiWithoutTokenAnswersProblemJson() throws Exception {
		mvc.perform(get("/api/v1/agencies").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void logLinesMaskPersonalData(CapturedOutput output) {
		LoggerFactory.getLogger("org.gongkai.test")
			.warn("applicant {} called from {}", "410102199001011234", "13912345678");
		assertThat(output.getOut()).contains("applicant 410*************34 called from 139******78")
			.doesNotContain("410102199001011234");
	}

	@Test
	void healthAndOpenApiArePublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
	}

}
