package org.gongkai.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.gongkai.EmbeddedPostgres;
import org.gongkai.GongkaiApplication;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAdministration;
import org.gongkai.agencies.AgencyContacts;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's bound on two instances on one PostgreSQL: an agency renamed through one
 * instance shows on the other's cached home page within ten seconds, also when the
 * other's agency list was read well before its page was rendered (the two caches must not
 * add up).
 */
class PortalCacheBoundTwoInstancesTests {

	static final Duration BOUND = PortalPageCache.FRESH_FOR;

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

	static ConfigurableApplicationContext start(EmbeddedPostgres.Database db) {
		return new SpringApplicationBuilder(GongkaiApplication.class).profiles("postgres")
			.properties("GONGKAI_DB_URL=" + db.url(), "GONGKAI_DB_USER=" + db.user(),
					"GONGKAI_DB_PASSWORD=" + db.password(), "GONGKAI_DEMO=true", "GONGKAI_SECURE_COOKIES=false",
					"GONGKAI_PORT=0", "spring.main.banner-mode=off")
			.run();
	}

	String home(ConfigurableApplicationContext instance, String query) throws Exception {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + query)).build(),
					BodyHandlers.ofString())
			.body();
	}

	@Test
	void aRenameOnOneInstanceShowsOnTheOtherWithinTheBound() throws Exception {
		EmbeddedPostgres.Database db = EmbeddedPostgres.newDatabase("cache_bound");
		a = start(db);
		b = start(db);
		// B reads the agency list now (a query string bypasses the page cache) ...
		assertThat(home(b, "?warm=1")).contains("卧龙区财政局");
		long changedAt = System.nanoTime();
		Agency finance = Fixtures.agency(a.getBean(Agencies.class), "卧龙区财政局");
		AgencyContacts renamed = Fixtures.contactsNamed("卧龙区财政局（更名）");
		a.getBean(AgencyAdministration.class)
			.updateAgency(Fixtures.signedIn(a.getBean(StaffMembers.class), "admin"), finance.getId(),
					finance.getVersion(), renamed);
		// ... and renders its page from that list late in the list's life.
		Thread.sleep(BOUND.toMillis() - 2000);
		home(b, "");
		Duration seenAfter = null;
		while (seenAfter == null) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - changedAt);
			if (home(b, "").contains("卧龙区财政局（更名）")) {
				seenAfter = elapsed;
			}
			else {
				assertThat(elapsed).as("still the old name on the other instance").isLessThan(BOUND.plusSeconds(5));
				Thread.sleep(200);
			}
		}
		assertThat(seenAfter).isLessThanOrEqualTo(BOUND.plusMillis(500));
	}

}
