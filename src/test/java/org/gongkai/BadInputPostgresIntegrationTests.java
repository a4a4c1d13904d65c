package org.gongkai;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The walk of {@link BadInputIntegrationTests} on PostgreSQL, which refuses NUL in text
 * and counts {@code varchar} lengths in characters.
 */
@Transactional
class BadInputPostgresIntegrationTests extends PostgresIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void noBadInputReachesAServerError() throws Exception {
		BadInputs.walkEverything(context, mvc, "PostgreSQL");
	}

}
