package org.gongkai.portal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.MutableClock;
import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.portal.search.IndexFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public site on the full application: entries published through the disclosure
 * services appear in the column, the search and the feeds at once after the commit, and
 * leave them when withdrawn; validators and 304; bad queries; the public 404; the 依申请公开
 * link of every agency. Not transactional: the index follows commits. Entries are
 * published on a day of 2024 and withdrawn afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2024, 6, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	StaffMembers staff;

	@Autowired
	IndexFeed feed;

	@Autowired
	MutableClock clock;

	@Autowired
	AgencyDirectory directory;

	Publishing publishing;

	final List<Long> published = new ArrayList<>();

	@BeforeEach
	void ready() throws Exception {
		assertThat(feed.awaitReady(Duration.ofSeconds(60))).isTrue();
		publishing = new Publishing(catalogue, staff);
		clock.setDay(DAY);
	}

	@AfterEach
	void withdrawAll() {
		for (long id : published) {
			try {
				publishing.withdraw(id);
			}
			catch (RuntimeException alreadyWithdrawn) {
				// withdrawn by the test
			}
		}
		clock.followSystem();
	}

	long publish(String title, String body) {
		long id = publishing.published(title, body, 11, "民生保障", DAY);
		published.add(id);
		return id;
	}

	String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void searchFindsWordsNotScatteredCharactersAndAttachmentText() throws Exception {
		long words = publishing.draft("卧龙区关于持续优化营商环境的若干措施", "进一步优化营商环境，服务市场主体。", 1, "商贸流通", DAY);
		long attachment = publishing.attach(words, "措施附表.docx", Publishing.docx("跨境电商综合试验区申报条件一览"));
		publishing.publish(words);
		published.add(words);
		long scattered = publish("经营场所环卫检查通知", "各经营单位做好环卫保洁和营业登记。");

		String found = page("/search?q=营商环境");
		assertThat(found).contains("/entries/" + words).doesNotContain("/entries/" + scattered).contains("<mark>");
		assertThat(page("/search?q=综合试验区")).contains("/entries/" + words);
		String entry = page("/entries/" + words);
		assertThat(entry).contains("措施附表.docx", "宛商〔2024〕7 号", "商贸流通", "2024-06-03", "rel=\"canonical\"");
		mvc.perform(get("/entries/" + words + "/attachments/" + attachment))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
	}

	@Test
	void filtersNarrowTheSearch() throws Exception {
		long id = publish("家电以旧换新补贴申领指南", "家电以旧换新补贴。");
		long agency = publishing.agencyId();

		assertThat(page("/search?q=以旧换新&agency=" + agency + "&item=11&year=2024&validity=VALID&topic=民生保障"))
			.contains("/entries/" + id);
		assertThat(page("/search?q=以旧换新&item=4")).doesNotContain("/entries/" + id);
		assertThat(page("/search?q=以旧换新&year=2023")).doesNotContain("/entries/" + id);
		assertThat(page("/search?q=以旧换新&validity=REPEALED")).doesNotContain("/entries/" + id);
		assertThat(page("/agencies/" + agency + "/catalogue?item=11&year=2024")).contains("/entries/" + id);
		assertThat(page("/agencies/" + agency + "/catalogue?item=4")).doesNotContain("/entries/" + id);
	}

	@Test
	void withdrawalRemovesAnEntryFromSearchPagesAndFeeds() throws Exception {
		long id = publish("卧龙区夜间经济示范街区建设方案", "夜间经济示范街区。");
		long agency = publishing.agencyId();
		assertThat(page("/search?q=夜间经济")).contains("/entries/" + id);
		assertThat(page("/agencies/" + agency + "/feed.atom")).contains("/entries/" + id);
		assertThat(page("/agencies/" + agency + "/items/11/feed.rss")).contains("/entries/" + id);
		assertThat(page("/sitemap.xml")).contains("/entries/" + id);

		publishing.withdraw(id);

		assertThat(page("/search?q=夜间经济")).doesNotContain("/entries/" + id);
		mvc.perform(get("/entries/" + id)).andExpect(status().isNotFound());
		assertThat(page("/agencies/" + agency + "/feed.atom")).doesNotContain("/entries/" + id);
		assertThat(page("/agencies/" + agency + "/items/11/feed.rss")).doesNotContain("/entries/" + id);
		assertThat(page("/agencies/" + agency + "/catalogue")).doesNotContain("/entries/" + id);
		assertThat(page("/sitemap.xml")).doesNotContain("/entries/" + id);
	}

	@Test
	void anUnchangedPageAnswers304AndFormsAreNeverCached() throws Exception {
		long agency = publishing.agencyId();
		MvcResult first = mvc.perform(get("/agencies/" + agency))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();

		mvc.perform(get("/agencies/" + agency).header("If-None-Match", etag)).andExpect(status().isNotModified());
		publish("卧龙区商务局关于新增公开内容的说明", "新的内容。");
		mvc.perform(get("/agencies/" + agency).header("If-None-Match", etag)).andExpect(status().isOk());

		mvc.perform(get("/apply")).andExpect(header().string("Cache-Control", containsString("no-store")));
		mvc.perform(get("/track")).andExpect(header().string("Cache-Control", containsString("no-store")));
		mvc.perform(get("/entries/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Cache-Control", not(containsString("public"))));
	}

	@Test
	void anonymousReadingCreatesNoSessionAndKeepsTheSecurityHeaders() throws Exception {
		long id = publish("卧龙区夜市消费季活动方案", "夜市消费季。");
		long agency = publishing.agencyId();
		for (String url : List.of("/", "/agencies/" + agency, "/agencies/" + agency + "/guide",
				"/agencies/" + agency + "/catalogue?item=11", "/agencies/" + agency + "/apply", "/entries/" + id,
				"/search?q=夜市", "/agencies/" + agency + "/feed.atom", "/sitemap.xml", "/robots.txt")) {
			MvcResult result = mvc.perform(get(url))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("Set-Cookie"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andReturn();
			assertThat(result.getRequest().getSession(false)).as(url).isNull();
		}
		// The pages are for everyone: a staff member's sign-in changes nothing on them.
		mvc.perform(get("/entries/" + id).with(user(Fixtures.signedIn(staff, "publisher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("卧龙区夜市消费季活动方案")));
	}

	@Test
	void badQueriesAnswerAPageNeverAnError() throws Exception {
		List<String> queries = List.of("", "%22", "%22%E8%90%A5%E5%95%86", "+-%26%26||!(){}[]^%22~*?:%5C/", "AND",
				"title:x", "*", "营".repeat(3000), "%E2%80%9C", "a%20%20%20b");
		for (String q : queries) {
			mvc.perform(get("/search?q=" + q)).andExpect(status().isOk());
		}
		mvc.perform(get("/search?q=商务&page=999999")).andExpect(status().isOk());
		mvc.perform(get("/search?q=商务&page=abc&item=x&year=99999&agency=-1&validity=NONE&sort=<b>"))
			.andExpect(status().isOk());
		mvc.perform(get("/agencies/" + publishing.agencyId() + "/catalogue?page=999999&item=99&year=abc"))
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownPublicAddressAnswersThePublic404NotTheSignIn() throws Exception {
		// MockMvc makes no error dispatch: the page itself is checked on a running server
		// (PortalTwoInstancesTests).
		mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
		mvc.perform(get("/agencies/3/no-such-part")).andExpect(status().isNotFound());
		mvc.perform(get("/console/no-such-page")).andExpect(status().is3xxRedirection());
	}

	@Test
	void everyAgencyOfTheColumnHasAWorkingApplicationLink() throws Exception {
		Pattern online = Pattern.compile("<a class=\"button\" href=\"([^\"]+)\">在线申请</a>");
		for (AgencyDirectory.Entry agency : directory.disclosing()) {
			String section = page("/agencies/" + agency.id() + "/apply");
			Matcher link = online.matcher(section);
			assertThat(link.find()).as(agency.name()).isTrue();
			mvc.perform(get(link.group(1).replace("&amp;", "&"))).andExpect(status().isOk());
			assertThat(page("/agencies/" + agency.id())).contains("/agencies/" + agency.id() + "/apply");
		}
	}

	@Test
	void theColumnHasAllItsPartsAndTheGuide() throws Exception {
		long agency = publishing.agencyId();
		assertThat(page("/agencies/" + agency)).contains("/guide", "/rules", "/catalogue",
				"/annual-reports?agency=" + agency, "/apply", "/questions?agency=" + agency);
		assertThat(page("/agencies/" + agency + "/guide")).contains("/fees", "id=\"apply\"", "第三十三条");
		assertThat(page("/agencies/" + agency + "/rules")).contains("政务公开工作要点");
		assertThat(page("/agencies/" + agency + "/catalogue?item=7")).contains("部门预算");
		assertThat(page("/")).contains("/agencies/" + agency + "/catalogue");
		assertThat(page("/robots.txt")).contains("Sitemap:");
	}

}
