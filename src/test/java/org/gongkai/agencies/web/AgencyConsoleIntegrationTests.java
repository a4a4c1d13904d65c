package org.gongkai.agencies.web;

import java.time.Instant;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyContacts;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.IdentifierChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console pages where an administrator keeps agencies, on the demo data; each test
 * rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AgencyConsoleIntegrationTests {

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

	StaffPrincipal admin;

	Agency region;

	Agency commerce;

	Agency education;

	@BeforeEach
	void demo() {
		admin = Fixtures.signedIn(staff, "admin");
		region = Fixtures.agency(agencies, "南阳市卧龙区");
		commerce = Fixtures.agency(agencies, "卧龙区商务局");
		education = Fixtures.agency(agencies, "卧龙区教育局");
	}

	long auditEntries(String action) {
		return jdbc.sql("select count(*) from audit_entry where action = :a")
			.param("a", action)
			.query(Long.class)
			.single();
	}

	@Test
	void administratorSeesTheHierarchyUnderTheRegion() throws Exception {
		mvc.perform(get("/console/agencies").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("南阳市卧龙区")))
			.andExpect(content().string(containsString("卧龙区商务局")))
			.andExpect(content().string(containsString("卧龙区人民政府办公室")))
			.andExpect(content().string(containsString("/console/agencies/new?region=" + region.getId())));
	}

	@Test
	void otherRolesMayNotOpenAgencyAdministration() throws Exception {
		mvc.perform(get("/console/agencies").with(user(Fixtures.signedIn(staff, "handler"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/console/agencies/" + commerce.getId() + "/edit")
			.with(user(Fixtures.signedIn(staff, "supervisor")))).andExpect(status().isForbidden());
	}

	@Test
	void createsAnAgencyUnderTheRegionAndRecordsIt() throws Exception {
		long before = auditEntries("agency.created");
		String code = IdentifierChecks.withCreditCheck("11411303MB0000009");
		mvc.perform(post("/console/agencies").with(user(admin))
			.with(csrf())
			.param("region", region.getId().toString())
			.param("kind", "AGENCY")
			.param("name", "卧龙区卫生健康委员会")
			.param("creditCode", code)
			.param("postcode", "473000")
			.param("phone", "0377-63100009"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/console/agencies/*"));
		Agency created = Fixtures.agency(agencies, "卧龙区卫生健康委员会");
		assertThat(created.getParentId()).isEqualTo(region.getId());
		assertThat(created.getCreditCode()).isEqualTo(code);
		assertThat(auditEntries("agency.created")).isEqualTo(before + 1);
		mvc.perform(get("/").with(user(admin))).andExpect(content().string(containsString("卧龙区卫生健康委员会")));
	}

	@Test
	void agenciesAreCreatedOnlyUnderARegionAndOneSupervisingOfficePerRegion() throws Exception {
		long count = agencies.count();
		mvc.perform(post("/console/agencies").with(user(admin))
			.with(csrf())
			.param("region", commerce.getId().toString())
			.param("kind", "AGENCY")
			.param("name", "下属单位"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("机关只能设在行政区域之下")));
		mvc.perform(post("/console/agencies").with(user(admin))
			.with(csrf())
			.param("region", region.getId().toString())
			.param("kind", "SUPERVISING_OFFICE")
			.param("name", "第二个公开办"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该行政区域已有政务公开主管部门")));
		assertThat(agencies.count()).isEqualTo(count);
	}

	@Test
	void invalidFieldsAreExplainedInChineseAndNothingIsCreated() throws Exception {
		long count = agencies.count();
		mvc.perform(post("/console/agencies").with(user(admin))
			.with(csrf())
			.param("region", region.getId().toString())
			.param("kind", "AGENCY")
			.param("name", "")
			.param("postcode", "47300")
			.param("email", "not-an-address")
			.param("address", "路".repeat(301)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写机关名称")))
			.andExpect(content().string(containsString("邮政编码应为 6 位数字")))
			.andExpect(content().string(containsString("电子邮箱格式不正确")))
			.andExpect(content().string(containsString("内容过长")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(agencies.count()).isEqualTo(count);
	}

	@Test
	void aCreditCodeWithAWrongCheckCharacterOrTakenByAnotherAgencyIsRejected() throws Exception {
		String valid = IdentifierChecks.withCreditCheck("11411303MB0000008");
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		mvc.perform(post("/console/agencies/" + commerce.getId()).with(user(admin))
			.with(csrf())
			.param("version", commerce.getVersion().toString())
			.param("name", commerce.getName())
			.param("creditCode", wrongCheck))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("统一社会信用代码的校验位不正确")));
		mvc.perform(post("/console/agencies/" + commerce.getId()).with(user(admin))
			.with(csrf())
			.param("version", commerce.getVersion().toString())
			.param("name", commerce.getName())
			.param("creditCode", education.getCreditCode()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该统一社会信用代码已被其他机关使用")));
		assertThat(agencies.findById(commerce.getId()).orElseThrow().getCreditCode())
			.isEqualTo(commerce.getCreditCode());
	}

	@Test
	void editingTheGuideFactsSavesThemAndRecordsBeforeAndAfter() throws Exception {
		mvc.perform(get("/console/agencies/" + commerce.getId() + "/edit").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + commerce.getPhone() + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + commerce.getVersion() + "\"")));
		mvc.perform(post("/console/agencies/" + commerce.getId()).with(user(admin))
			.with(csrf())
			.param("version", commerce.getVersion().toString())
			.param("name", commerce.getName())
			.param("creditCode", commerce.getCreditCode())
			.param("disclosureOffice", commerce.getDisclosureOffice())
			.param("address", "河南省南阳市卧龙区新华路 8 号")
			.param("postcode", commerce.getPostcode())
			.param("officeHours", commerce.getOfficeHours())
			.param("phone", "0377-63109999")
			.param("fax", commerce.getFax())
			.param("website", commerce.getWebsite())).andExpect(status().is3xxRedirection());
		Agency saved = agencies.findById(commerce.getId()).orElseThrow();
		assertThat(saved.getPhone()).isEqualTo("0377-63109999");
		assertThat(saved.getVersion()).isEqualTo(commerce.getVersion() + 1);
		String summary = jdbc
			.sql("select summary from audit_entry where action = 'agency.updated' order by seq desc limit 1")
			.query(String.class)
			.single();
		assertThat(summary).contains("联系电话：0377-63100002 → 0377-63109999").contains("办公地址").doesNotContain("名称：");
	}

	@Test
	void aStaleVersionIsRefusedWithAModifiedBySomeoneElseMessageAndChangesNothing() throws Exception {
		int stale = commerce.getVersion();
		Agency meanwhile = agencies.findById(commerce.getId()).orElseThrow();
		meanwhile.updateContacts(new AgencyContacts(meanwhile.getName(), meanwhile.getCreditCode(), "另一位管理员改过", null,
				null, null, null, null, null, null));
		agencies.save(meanwhile);

		mvc.perform(post("/console/agencies/" + commerce.getId()).with(user(admin))
			.with(csrf())
			.param("version", Integer.toString(stale))
			.param("name", commerce.getName())
			.param("disclosureOffice", "我的修改"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该机关的信息已被他人修改，您的修改没有保存")));
		assertThat(agencies.findById(commerce.getId()).orElseThrow().getDisclosureOffice()).isEqualTo("另一位管理员改过");
	}

	@Test
	void anAgencyOutsideTheAdministeredSubtreeAnswers404() throws Exception {
		StaffPrincipal commerceAdmin = Fixtures
			.accountWith(staff, passwords, "commerce.admin", Role.ADMINISTRATOR, commerce.getId())
			.toPrincipal(Instant.EPOCH);
		mvc.perform(get("/console/agencies/" + commerce.getId()).with(user(commerceAdmin))).andExpect(status().isOk());
		mvc.perform(get("/console/agencies/" + education.getId()).with(user(commerceAdmin)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/console/agencies/" + region.getId() + "/edit").with(user(commerceAdmin)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/console/agencies/" + education.getId()).with(user(commerceAdmin))
			.with(csrf())
			.param("version", education.getVersion().toString())
			.param("name", "被改名")).andExpect(status().isNotFound());
		mvc.perform(get("/console/agencies/999999").with(user(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/console/agencies").with(user(commerceAdmin)))
			.andExpect(content().string(containsString("卧龙区商务局")))
			.andExpect(content().string(not(containsString("卧龙区教育局"))));
		assertThat(agencies.findById(education.getId()).orElseThrow().getName()).isEqualTo("卧龙区教育局");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		mvc.perform(post("/console/agencies/" + commerce.getId()).with(user(admin))
			.param("version", commerce.getVersion().toString())
			.param("name", "无令牌修改")).andExpect(status().isForbidden());
		assertThat(agencies.findById(commerce.getId()).orElseThrow().getName()).isEqualTo("卧龙区商务局");
	}

	@Test
	void theFormSpeaksEnglishWhenAsked() throws Exception {
		mvc.perform(get("/console/agencies/" + commerce.getId() + "/edit").param("lang", "en").with(user(admin)))
			.andExpect(content().string(containsString("Unified social credit code")))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}

}
