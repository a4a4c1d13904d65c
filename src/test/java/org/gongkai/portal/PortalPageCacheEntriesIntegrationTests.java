package org.gongkai.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.gongkai.agencies.StaffMembers;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.disclosure.EntryContent;
import org.gongkai.disclosure.EntryKind;
import org.gongkai.disclosure.Validity;
import org.gongkai.portal.search.IndexFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The page cache of the agency column page and the entry page on this instance: a
 * publication, a revision and a withdrawal show at once; a visitor with a session, a
 * query string and the other language get their own render; validators and 304 stay. A
 * change made behind the application's back (SQL) shows that a page came from the cache.
 * Not transactional: the cache is dropped again after the commit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPageCacheEntriesIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2024, 9, 2);

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	StaffMembers staff;

	@Autowired
	PortalPageCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndexFeed feed;

	Publishing publishing;

	final List<Long> published = new ArrayList<>();

	@BeforeEach
	void publisher() {
		publishing = new Publishing(catalogue, staff);
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
	}

	long publish(String title) {
		long id = publishing.published(title, title + "的正文。", 11, "民生保障", DAY);
		published.add(id);
		return id;
	}

	/**
	 * Answers the request once the change log was read: the cache serves and keeps copies
	 * only within its bound after a read, which the feed's poller gives every 0.5 s but a
	 * loaded test machine may delay; here what is tested is the cache on this instance.
	 */
	MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		feed.poll();
		return mvc.perform(request).andReturn().getResponse();
	}

	String page(String path) throws Exception {
		MockHttpServletResponse response = answer(get(path));
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	/** Renames the public version in the database without telling the application. */
	void renameBehindTheBack(long id, String title) {
		jdbc.sql("""
				update disclosure_entry_version set title = :title
				where entry_id = :id and number = (select public_version from disclosure_entry where id = :id)""")
			.param("title", title)
			.param("id", id)
			.update();
	}

	@Test
	void anEntryPageIsServedFromTheCacheUntilItIsRevisedOrWithdrawn() throws Exception {
		long id = publish("缓存测试：农贸市场提升改造方案");
		String path = "/entries/" + id;
		assertThat(page(path)).contains("缓存测试：农贸市场提升改造方案");
		assertThat(cache.holds(path, ZH)).isTrue();
		renameBehindTheBack(id, "缓存测试：背后改名");
		assertThat(page(path)).as("from the cache").contains("缓存测试：农贸市场提升改造方案").doesNotContain("背后改名");

		catalogue.revise(publishing.as("publisher"), id, null,
				new EntryContent(EntryKind.DOCUMENT, "缓存测试：修订后的方案", null, DAY, "宛商〔2024〕7 号", null, "民生保障", "通知", 11,
						null, Validity.VALID, DAY, null, "政府网站", "<p>修订。</p>", null, List.of()));
		publishing.publish(id);
		assertThat(page(path)).as("a new public version at once").contains("缓存测试：修订后的方案");

		publishing.withdraw(id);
		assertThat(answer(get(path)).getStatus()).as("withdrawn at once").isEqualTo(404);
		assertThat(cache.holds(path, ZH)).isFalse();
	}

	@Test
	void theAgencyPageShowsAPublicationAndAWithdrawalAtOnce() throws Exception {
		String path = "/agencies/" + publishing.agencyId();
		page(path);
		assertThat(cache.holds(path, ZH)).isTrue();
		long id = publish("缓存测试：夜间经济示范街区名单");
		assertThat(page(path)).contains("/entries/" + id);
		assertThat(cache.holds(path, ZH)).isTrue();
		publishing.withdraw(id);
		assertThat(page(path)).doesNotContain("/entries/" + id);
	}

	@Test
	void aSessionAQueryStringAndTheOtherLanguageAreRenderedApart() throws Exception {
		long id = publish("缓存测试：家政服务提质扩容");
		String path = "/entries/" + id;
		answer(get(path).cookie(new Cookie("SESSION", "c2lnbmVkLWlu")));
		assertThat(cache.holds(path, ZH)).as("nothing stored for a visitor with a session").isFalse();
		page(path);
		assertThat(cache.holds(path, ZH)).isTrue();
		renameBehindTheBack(id, "缓存测试：背后改名");
		assertThat(answer(get(path).cookie(new Cookie("SESSION", "c2lnbmVkLWlu"))).getContentAsString())
			.as("a visitor with a session gets a fresh render")
			.contains("背后改名");
		assertThat(page(path + "?print=1")).contains("背后改名");
		assertThat(page(path)).doesNotContain("背后改名");

		String english = answer(get(path).cookie(new Cookie("gongkai-lang", "en"))).getContentAsString();
		assertThat(english).contains("背后改名").contains("Track an application");
		assertThat(cache.holds(path, Locale.ENGLISH)).isTrue();
		assertThat(answer(get(path).cookie(new Cookie("gongkai-lang", "en"))).getContentAsString()).isEqualTo(english);
		assertThat(page(path)).contains("查询申请").doesNotContain("背后改名");
	}

	@Test
	void aCopyKeepsItsValidatorAndAnswers304() throws Exception {
		long id = publish("缓存测试：老字号保护名录");
		String path = "/entries/" + id;
		MockHttpServletResponse rendered = answer(get(path));
		MockHttpServletResponse copy = answer(get(path));
		assertThat(cache.holds(path, ZH)).isTrue();
		assertThat(rendered.getHeader("ETag")).isNotBlank().isEqualTo(copy.getHeader("ETag"));
		assertThat(copy.getContentAsString()).isEqualTo(rendered.getContentAsString());
		assertThat(copy.getHeader("Cache-Control")).isEqualTo(PublicPageHeaders.CACHE_CONTROL);
		assertThat(copy.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer(get(path).header("If-None-Match", copy.getHeader("ETag"))).getStatus()).isEqualTo(304);
		// The filter's validator of a render without the cache is the copy's.
		assertThat(answer(get(path).cookie(new Cookie("SESSION", "c2lnbmVkLWlu"))).getHeader("ETag"))
			.isEqualTo(copy.getHeader("ETag"));
	}

}
