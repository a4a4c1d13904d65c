package org.gongkai;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of the tests on PostgreSQL: the production profile
 * {@code postgres}, configured only through GONGKAI_DB_URL, GONGKAI_DB_USER and
 * GONGKAI_DB_PASSWORD (pointing at a fresh database on {@link EmbeddedPostgres}), with
 * demo data. Every PostgreSQL test extends this class and adds no configuration, so they
 * share the context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
public abstract class PostgresIntegrationTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgres.Database database = EmbeddedPostgres.newDatabase("boot");
		registry.add("GONGKAI_DB_URL", database::url);
		registry.add("GONGKAI_DB_USER", database::user);
		registry.add("GONGKAI_DB_PASSWORD", database::password);
		registry.add("GONGKAI_DEMO", () -> "true");
		registry.add("GONGKAI_SECURE_COOKIES", () -> "false");
	}

}
