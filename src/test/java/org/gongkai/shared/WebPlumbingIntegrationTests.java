package org.gongkai.shared;

import java.util.Base64;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared web mechanisms once, through real endpoints: If-Match (stale, missing where
 * required, malformed), upload refusals (too large, disguised) and field errors. Each
 * refusal is a problem with a code naming the rule, and changes nothing. Same context as
 * the other API tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WebPlumbingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	Agency commerce;

	String admin;

	@BeforeEach
	void demo() {
		commerce = Fixtures.agency(agencies, "卧龙区商务局");
		admin = "Bearer " + tokens.create(Fixtures.signedIn(staff, "admin"), "test");
	}

	ResultActions changePhone(String ifMatch, String creditCode) throws Exception {
		var request = put("/api/v1/agencies/" + commerce.getId()).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"contacts": {"name": "卧龙区商务局", "creditCode": "%s", "phone": "0377-63109999"}}
					""".formatted(creditCode));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return mvc.perform(request).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	void assertUnchanged() {
		Agency now = agencies.findById(commerce.getId()).orElseThrow();
		assertThat(now.getVersion()).isEqualTo(commerce.getVersion());
		assertThat(now.getPhone()).isEqualTo(commerce.getPhone());
	}

	@Test
	void aStaleIfMatchIs409StaleVersionAndChangesNothing() throws Exception {
		changePhone("\"" + (commerce.getVersion() + 1) + "\"", commerce.getCreditCode())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		changePhone("W/\"" + (commerce.getVersion() + 7) + "\"", commerce.getCreditCode())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		assertUnchanged();
	}

	@Test
	void aMissingIfMatchWhereRequiredIs428AndChangesNothing() throws Exception {
		changePhone(null, commerce.getCreditCode()).andExpect(status().is(428))
			.andExpect(jsonPath("$.code").value("if-match.required"));
		changePhone("*", commerce.getCreditCode()).andExpect(status().is(428))
			.andExpect(jsonPath("$.code").value("if-match.required"));
		assertUnchanged();
	}

	@Test
	void aMalformedIfMatchIs400AndChangesNothing() throws Exception {
		for (String malformed : new String[] { "\"abc\"", "W/\"x1\"", "\"3", "\"1\", \"2\"", "\"-1\"" }) {
			changePhone(malformed, commerce.getCreditCode()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("if-match.malformed"));
		}
		assertUnchanged();
	}

	@Test
	void fieldErrorsAre400WithAChineseMessagePerFieldAndChangeNothing() throws Exception {
		Agency education = Fixtures.agency(agencies, "卧龙区教育局");
		changePhone("\"" + commerce.getVersion() + "\"", education.getCreditCode()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("agency.creditCode.taken"))
			.andExpect(jsonPath("$.fields.creditCode").isNotEmpty())
			.andExpect(jsonPath("$.fields.creditCode").value(not("agency.creditCode.taken")))
			.andExpect(jsonPath("$.codes").value(hasItem("agency.creditCode.taken")));
		assertUnchanged();

		long before = applications();
		mvc.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + commerce.getId() + ",\"application\":{\"applicantType\":\"NATURAL_PERSON\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(jsonPath("$.fields.name").value("请填写申请人姓名或名称"))
			.andExpect(jsonPath("$.codes").value(hasItem("apply.error.title.required")));
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void anOversizedUploadIs413AndStoresNothing() throws Exception {
		long before = applications();
		submitWithAttachment("scan.pdf", oversizedPdf()).andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("upload.too-large"))
			.andExpect(jsonPath("$.detail").value(containsString("10 MB")));
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void aDisguisedUploadIs415AndStoresNothing() throws Exception {
		long before = applications();
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
		submitWithAttachment("scan.pdf", exe).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("upload.type"))
			.andExpect(jsonPath("$.detail").value(containsString("scan.pdf")));
		submitWithAttachment("scan.pdf", new byte[] { '<', 'h', 't', 'm', 'l', '>' })
			.andExpect(status().isUnsupportedMediaType());
		assertThat(applications()).isEqualTo(before);
	}

	ResultActions submitWithAttachment(String filename, byte[] content) throws Exception {
		String person = """
				{"applicantType":"NATURAL_PERSON","name":"王小明","idType":"RESIDENT_ID","idNumber":"%s",
				 "phone":"13800138000","email":"wang@example.cn","title":"2024 年度商贸流通专项资金分配结果",
				 "formWanted":"ELECTRONIC","deliveryWanted":"EMAIL"}
				""".formatted(IdentifierChecks.withIdentityCheck("41130319850612002"));
		return mvc
			.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyId\":" + commerce.getId() + ",\"application\":" + person
						+ ",\"attachments\":[{\"filename\":\"" + filename + "\",\"contentBase64\":\""
						+ Base64.getEncoder().encodeToString(content) + "\"}]}"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	static byte[] oversizedPdf() {
		byte[] content = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.7\n".getBytes(), 0, content, 0, 9);
		return content;
	}

	long applications() {
		return jdbc.sql("select count(*) from information_request").query(Long.class).single()
				+ jdbc.sql("select count(*) from request_document").query(Long.class).single();
	}

}
