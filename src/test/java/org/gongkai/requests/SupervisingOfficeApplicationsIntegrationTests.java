package org.gongkai.requests;

import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: the supervising office (政务公开办, an agency of kind other than AGENCY) receives
 * online applications too; its 依申请公开 link no longer answers 404. A region still does.
 */
class SupervisingOfficeApplicationsIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	Agency first(AgencyKind kind) {
		return agencyDirectory.findByKindOrderByName(kind).get(0);
	}

	@Test
	void theSupervisingOfficeIsListedAndReceivesAnOnlineApplication() throws Exception {
		Agency office = first(AgencyKind.SUPERVISING_OFFICE);
		mvc.perform(get("/apply"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(office.getName())));
		mvc.perform(get("/apply").param("agencyId", Long.toString(office.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("向" + office.getName() + "申请政府信息公开")));

		MvcResult applied = mvc
			.perform(multipart("/apply").with(csrf())
				.param("agencyId", Long.toString(office.getId()))
				.param("token", "office-" + System.nanoTime())
				.param("applicantType", "NATURAL_PERSON")
				.param("name", "王小明")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", Fixtures.IDENTITY_NUMBER)
				.param("phone", "13800138000")
				.param("title", "卧龙区 2024 年政务公开工作要点")
				.param("formWanted", "ELECTRONIC")
				.param("deliveryWanted", "ONLINE"))
			.andReturn();
		assertThat(applied.getFlashMap().get("trackingCode")).isNotNull();
	}

	@Test
	void aRegionReceivesNoApplication() throws Exception {
		mvc.perform(get("/apply").param("agencyId", Long.toString(first(AgencyKind.REGION).getId())))
			.andExpect(status().isNotFound());
	}

}
