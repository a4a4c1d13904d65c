package org.gongkai.requests;

import java.util.Base64;

import org.gongkai.shared.IdentifierChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, item 14 (rest): an organisation without a 统一社会信用代码 applies with another
 * identity document and a reason; an agent (委托代理人) is recorded with the 授权委托书, a document
 * of the case checked by content. Online form, console intake and the public API; bad
 * input stores nothing.
 */
class ApplicantIdentityIntegrationTests extends RequestsIntegrationTest {

	static final String AGENT_ID = IdentifierChecks.withIdentityCheck("41130319900101003");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestDocuments documents;

	long count() {
		return jdbc.sql("select count(*) from information_request").query(Long.class).single();
	}

	MockMultipartHttpServletRequestBuilder organisation(String path, String reason) {
		return applicant(path, "OTHER_ORGANIZATION", reason);
	}

	MockMultipartHttpServletRequestBuilder applicant(String path, String type, String reason) {
		var request = multipart(path).with(csrf())
			.param("agencyId", Long.toString(commerce()))
			.param("token", "identity-" + System.nanoTime())
			.param("applicantType", type)
			.param("name", "Hanse Trading GmbH 驻南阳代表处")
			.param("idType", "OTHER_DOCUMENT")
			.param("idNumber", "HRB 123456")
			.param("contactPerson", "赵经理")
			.param("phone", "0377-63001234")
			.param("title", "卧龙区 2024 年外商投资项目清单")
			.param("formWanted", "ELECTRONIC")
			.param("deliveryWanted", "ONLINE");
		if (reason != null) {
			request.param("idOtherReason", reason);
		}
		return request;
	}

	long byTrackingCode(MvcResult result) {
		return jdbc.sql("select id from information_request where tracking_code = :c")
			.param("c", (String) result.getFlashMap().get("trackingCode"))
			.query(Long.class)
			.single();
	}

	@Test
	void anOrganisationWithoutACreditCodeAppliesWithAnotherDocumentAndAReason() throws Exception {
		long before = count();
		mvc.perform(organisation("/apply", null)).andExpect(content().string(containsString("请说明没有统一社会信用代码的理由")));
		assertThat(count()).isEqualTo(before);

		MvcResult applied = mvc.perform(organisation("/apply", "境外企业代表机构，无统一社会信用代码")).andReturn();
		long id = byTrackingCode(applied);
		Applicant applicant = handling.show(staff("registrar"), id).getApplicant();
		assertThat(applicant.idType()).isEqualTo(IdDocumentType.OTHER_DOCUMENT);
		assertThat(applicant.idOtherReason()).isEqualTo("境外企业代表机构，无统一社会信用代码");
		mvc.perform(get("/console/requests/{id}", id).with(user(staff("registrar"))))
			.andExpect(content().string(containsString("境外企业代表机构，无统一社会信用代码")))
			.andExpect(content().string(containsString("其他身份证明")));
	}

	@Test
	void aPersonCannotUseAnOrganisationsDocument() throws Exception {
		long before = count();
		mvc.perform(applicant("/apply", "NATURAL_PERSON", "理由")).andExpect(content().string(containsString("自然人不能使用")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anAgentIsRecordedWithThePowerOfAttorneyCheckedByContent() throws Exception {
		long before = count();
		var noPower = organisation("/apply", "境外企业代表机构").param("agentName", "李律师").param("agentIdNumber", AGENT_ID);
		mvc.perform(noPower).andExpect(content().string(containsString("委托代理人须附授权委托书")));
		var notAPdf = organisation("/apply", "境外企业代表机构").param("agentName", "李律师").param("agentIdNumber", AGENT_ID);
		notAPdf.file(new MockMultipartFile("powerOfAttorney", "委托书.pdf", "application/pdf", "not a pdf".getBytes()));
		int refused = mvc.perform(notAPdf).andReturn().getResponse().getStatus();
		assertThat(count()).isEqualTo(before);
		var noAgentId = organisation("/apply", "境外企业代表机构").param("agentName", "李律师");
		noAgentId
			.file(new MockMultipartFile("powerOfAttorney", "委托书.pdf", "application/pdf", RequestDocumentsTests.PDF));
		mvc.perform(noAgentId).andExpect(content().string(containsString("请填写委托代理人的身份证件号码")));
		assertThat(count()).isEqualTo(before);

		var good = organisation("/console/requests/new", "境外企业代表机构").param("channel", "IN_PERSON")
			.param("agentName", "李律师")
			.param("agentIdNumber", AGENT_ID)
			.with(user(staff("registrar")));
		good.file(new MockMultipartFile("powerOfAttorney", "授权委托书.pdf", "application/pdf", RequestDocumentsTests.PDF));
		String location = mvc.perform(good).andReturn().getResponse().getRedirectedUrl();
		assertThat(refused).isNotEqualTo(302);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Applicant applicant = handling.show(staff("registrar"), id).getApplicant();
		assertThat(applicant.agentName()).isEqualTo("李律师");
		assertThat(applicant.agentIdNumber()).isEqualTo(AGENT_ID);
		assertThat(documents.of(id)).extracting(RequestDocuments.Document::kind)
			.containsExactly(DocumentKind.POWER_OF_ATTORNEY);
		mvc.perform(get("/console/requests/{id}", id).with(user(staff("registrar"))))
			.andExpect(content().string(containsString("李律师")))
			.andExpect(content().string(containsString("授权委托书")));
	}

	@Test
	void thePublicApiTakesTheOtherDocumentTheAgentAndThePowerOfAttorney() throws Exception {
		long before = count();
		String application = """
				{"applicantType":"OTHER_ORGANIZATION","name":"南阳某某协会筹备组","idType":"OTHER_DOCUMENT",
				 "idNumber":"筹备批复 宛民〔2025〕3号","idOtherReason":"筹备期间尚未赋码","contactPerson":"周主任",
				 "phone":"0377-63001111","title":"社会组织登记办事指南","formWanted":"ELECTRONIC","deliveryWanted":"ONLINE",
				 "agentName":"李律师","agentIdNumber":"%s"}""".formatted(AGENT_ID);
		mvc.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + commerce() + ",\"application\":" + application + "}"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("授权委托书")));
		assertThat(count()).isEqualTo(before);

		String power = Base64.getEncoder().encodeToString(RequestDocumentsTests.PDF);
		mvc.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + commerce() + ",\"application\":" + application
					+ ",\"powerOfAttorney\":{\"filename\":\"委托书.pdf\",\"contentBase64\":\"" + power + "\"}}"))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select agent_name from information_request where id_other_reason = '筹备期间尚未赋码'")
			.query(String.class)
			.list()).containsExactly("李律师");
	}

}
