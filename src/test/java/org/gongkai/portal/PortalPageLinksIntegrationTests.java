package org.gongkai.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.agencies.StaffMembers;
import org.gongkai.disclosure.Catalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The links of the agency's column page and of an entry page, built by PortalLinks
 * instead of Thymeleaf's link expressions: the same addresses, in the same order, as
 * before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPageLinksIntegrationTests {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	StaffMembers staff;

	@Test
	void theColumnAndEntryPagesLinkTheSameAddresses() throws Exception {
		Publishing publishing = new Publishing(catalogue, staff);
		long agency = publishing.agencyId();
		long id = publishing.draft("卧龙区链接检查方案", "链接检查。", 11, "民生保障", LocalDate.of(2024, 6, 3));
		long attachment = publishing.attach(id, "附表.docx", Publishing.docx("附表"));
		publishing.publish(id);
		try {
			String column = "/agencies/" + agency;
			List<String> nav = List.of(column, column + "/guide", column + "/rules", column + "/catalogue",
					"/annual-reports?agency=" + agency, column + "/apply", "/questions?agency=" + agency);
			List<String> agencyLinks = hrefs(page(column));
			assertThat(agencyLinks.get(0)).endsWith(column);
			assertThat(agencyLinks.subList(1, agencyLinks.size())).startsWith("/css/gongkai.css", "/css/portal.css")
				.containsSubsequence(nav)
				.containsSubsequence("/", column + "/guide", column + "/rules", column + "/catalogue",
						"/annual-reports?agency=" + agency, column + "/apply")
				.contains(column + "/feed.atom", column + "/feed.rss")
				.anyMatch((href) -> href.matches("/entries/[0-9]+"));
			List<String> entryLinks = hrefs(page("/entries/" + id));
			assertThat(entryLinks).containsSubsequence(nav)
				.containsSubsequence("/", column, column + "/catalogue")
				.contains("/entries/" + id + "/attachments/" + attachment);
		}
		finally {
			publishing.withdraw(id);
		}
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<String> hrefs(String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = HREF.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
