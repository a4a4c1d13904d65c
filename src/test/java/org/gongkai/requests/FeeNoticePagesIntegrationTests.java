package org.gongkai.requests;

import org.gongkai.agencies.StaffMembers;
import org.gongkai.fees.FeeCases;
import org.gongkai.fees.FeeNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The fee-notice pages of the console name people and applications as staff know them
 * (issue 17): the issuer by display name rather than login, the application by its 申请编号
 * rather than its internal id, read through {@link FeeCases#caseNumber}.
 */
class FeeNoticePagesIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeeNotices notices;

	@Autowired
	FeeCases cases;

	@Autowired
	StaffMembers members;

	@Test
	void theNoticePageNamesTheIssuerAndTheListNamesTheApplicationByItsNumber() throws Exception {
		long id = assignedCase(TODAY);
		MvcResult issued = mvc
			.perform(post("/console/fees/notices").with(user(staff("handler")))
				.with(csrf())
				.param("requestId", Long.toString(id))
				.param("basis", "per-page")
				.param("pages", "20"))
			.andReturn();
		FeeNotices.Standing standing = notices.forRequest(id).orElseThrow();
		String displayName = members.findByUsername("handler").orElseThrow().getDisplayName();
		String trackingCode = handling.show(staff("handler"), id).getTrackingCode();
		assertThat(displayName).isNotBlank().isNotEqualTo("handler");

		mvc.perform(get(issued.getResponse().getRedirectedUrl()).with(user(staff("handler"))))
			.andExpect(content()
				.string(allOf(containsString(TODAY + " · " + displayName), not(containsString(TODAY + " · handler")))));

		String row = "<td><a href=\"/console/requests/" + id + "\">" + trackingCode + "</a></td>";
		mvc.perform(get("/console/fees/notices").param("agency", Long.toString(standing.notice().agencyId()))
			.with(user(staff("handler")))).andExpect(content().string(containsString(row)));
	}

	@Test
	void theCaseNumberIsReadAloneAndAnUnknownApplicationHasNone() {
		long id = assignedCase(TODAY);
		assertThat(cases.caseNumber(id)).contains(handling.show(staff("handler"), id).getTrackingCode());
		assertThat(cases.caseNumber(Long.MAX_VALUE)).isEmpty();
	}

}
