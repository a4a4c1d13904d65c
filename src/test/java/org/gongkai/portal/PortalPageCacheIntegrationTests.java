package org.gongkai.portal;

import jakarta.servlet.http.Cookie;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAdministration;
import org.gongkai.agencies.AgencyContacts;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's short page cache: per language, with the security headers, dropped when
 * an agency changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PortalPageCacheIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agencies agencies;

	@Autowired
	StaffMembers staff;

	@Autowired
	AgencyAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangedAgencyShowsAtOnceAndCachedCopiesKeepTheirHeadersAndLanguage() throws Exception {
		Agency finance = Fixtures.agency(agencies, "卧龙区财政局");
		mvc.perform(get("/")).andExpect(content().string(containsString("卧龙区财政局")));
		// A change behind the application's back is not seen while the copy is fresh...
		jdbc.sql("update agency set name = '直接改名' where id = :id").param("id", finance.getId()).update();
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("直接改名"))))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		// ...but a change through the application drops it at once.
		Agency renamed = agencies.findById(finance.getId()).orElseThrow();
		AgencyContacts contacts = renamed.contacts();
		administration.updateAgency(Fixtures.signedIn(staff, "admin"), finance.getId(), renamed.getVersion(),
				new AgencyContacts("卧龙区财政局（新）", contacts.creditCode(), null, null, null, null, null, null, null, null));
		mvc.perform(get("/")).andExpect(content().string(containsString("卧龙区财政局（新）")));

		mvc.perform(get("/").cookie(new Cookie("gongkai-lang", "en")))
			.andExpect(content().string(containsString("Disclosure guide")));
		mvc.perform(get("/")).andExpect(content().string(containsString("政府信息公开指南")));
	}

}
