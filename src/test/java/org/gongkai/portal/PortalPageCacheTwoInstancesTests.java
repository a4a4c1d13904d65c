package org.gongkai.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.gongkai.EmbeddedPostgres;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.portal.search.IndexFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache on two instances on one PostgreSQL: pages cached by instance B show a
 * publication and a withdrawal made through instance A once the page cache's bound
 * (docs/portal.md) has passed after A's commit.
 */
class PortalPageCacheTwoInstancesTests {

	/** The bound: the check interval, and a margin for the clock's resolution. */
	static final Duration BOUND = Duration.ofSeconds(1).plusMillis(100);

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void stop() {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html")
			.build(), BodyHandlers.ofString());
	}

	@Test
	void aWithdrawalThroughOneInstanceIsNotServedByTheOtherAfterTheBound() throws Exception {
		EmbeddedPostgres.Database db = EmbeddedPostgres.newDatabase("portal_page_cache");
		a = PortalCacheBoundTwoInstancesTests.start(db);
		b = PortalCacheBoundTwoInstancesTests.start(db);
		assertThat(b.getBean(PortalPageCache.class).bound()).isLessThan(BOUND);
		assertThat(b.getBean(IndexFeed.class).pollInterval().multipliedBy(2)).isLessThanOrEqualTo(BOUND);
		PortalPageCache cache = b.getBean(PortalPageCache.class);
		Publishing publishing = new Publishing(a.getBean(Catalogue.class), a.getBean(StaffMembers.class));
		String column = "/agencies/" + publishing.agencyId();
		// B keeps copies only within its bound after a read of the change log, which its
		// poller gives every 0.5 s but a loaded machine may delay: B reads the log before
		// the pages that fill its cache. What crosses the instances stays asynchronous.
		IndexFeed feedOfB = b.getBean(IndexFeed.class);
		feedOfB.poll();
		get(b, column);
		get(b, column);
		assertThat(cache.holds(column, Locale.SIMPLIFIED_CHINESE)).isTrue();

		long id = publishing.published("跨实例缓存：社区商业网点布局规划", "规划正文。", 3, "规划计划", LocalDate.now());
		String entry = "/entries/" + id;
		Thread.sleep(BOUND.toMillis());
		assertThat(get(b, column).body()).as("a publication through A on B's cached column page").contains(entry);
		feedOfB.poll();
		get(b, column);
		assertThat(get(b, entry).statusCode()).isEqualTo(200);
		assertThat(get(b, entry).body()).contains("跨实例缓存：社区商业网点布局规划");
		assertThat(cache.holds(entry, Locale.SIMPLIFIED_CHINESE)).isTrue();
		assertThat(cache.holds(column, Locale.SIMPLIFIED_CHINESE)).isTrue();

		publishing.withdraw(id);
		Thread.sleep(BOUND.toMillis());
		assertThat(get(b, entry).statusCode()).as("a withdrawal through A on B's cached entry page").isEqualTo(404);
		assertThat(get(b, column).body()).doesNotContain(entry);
	}

}
