package org.gongkai.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;

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
 * Two instances on one PostgreSQL, each with its own search index: an entry published
 * through one is found through the other's search within the poll interval, and leaves it
 * when withdrawn; the {@code reindex} request of the change log rebuilds both. Also the
 * public 404 page as a running server renders it.
 */
class PortalSearchTwoInstancesTests {

	/** The poll interval (2 s) and a margin for a loaded machine. */
	static final Duration BOUND = Duration.ofSeconds(15);

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

	String search(ConfigurableApplicationContext instance, String words) throws Exception {
		return get(instance, "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body();
	}

	Duration until(ConfigurableApplicationContext instance, String words, Predicate<String> seen) throws Exception {
		long start = System.nanoTime();
		while (true) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			if (seen.test(search(instance, words))) {
				return elapsed;
			}
			assertThat(elapsed).as("the other instance's search is still behind").isLessThan(BOUND);
			Thread.sleep(200);
		}
	}

	@Test
	void aPublicationOnOneInstanceIsFoundThroughTheOther() throws Exception {
		EmbeddedPostgres.Database db = EmbeddedPostgres.newDatabase("portal_search");
		a = PortalCacheBoundTwoInstancesTests.start(db);
		b = PortalCacheBoundTwoInstancesTests.start(db);
		assertThat(a.getBean(IndexFeed.class).awaitReady(Duration.ofSeconds(60))).isTrue();
		assertThat(b.getBean(IndexFeed.class).awaitReady(Duration.ofSeconds(60))).isTrue();
		Publishing publishing = new Publishing(a.getBean(Catalogue.class), a.getBean(StaffMembers.class));

		long id = publishing.published("卧龙区跨境电子商务发展三年行动计划", "推进跨境电子商务发展。", 3, "规划计划", LocalDate.now());
		String entry = "/entries/" + id;
		assertThat(search(a, "跨境电子商务")).as("at once on the publishing instance").contains(entry);
		until(b, "跨境电子商务", page -> page.contains(entry));
		assertThat(get(b, entry).statusCode()).isEqualTo(200);

		publishing.withdraw(id);
		assertThat(search(a, "跨境电子商务")).doesNotContain(entry);
		until(b, "跨境电子商务", page -> !page.contains(entry));

		long phrased = publishing.published("卧龙区优化营商环境三年行动计划", "持续优化营商环境。", 3, "规划计划", LocalDate.now());

		// A rebuild request (the reindex command) rebuilds every instance from the
		// database, with the pair fields that quoted phrases look up.
		long before = b.getBean(IndexFeed.class).appliedUpTo();
		a.getBean(IndexFeed.class).requestRebuild();
		long start = System.nanoTime();
		while (b.getBean(IndexFeed.class).appliedUpTo() <= before) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
			Thread.sleep(200);
		}
		assertThat(search(b, "部门预算")).contains("/entries/");
		assertThat(search(b, "\"营商环境\"")).contains("/entries/" + phrased);

		HttpResponse<String> missing = get(b, "/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("页面不存在").doesNotContain("name=\"password\"");
	}

}
