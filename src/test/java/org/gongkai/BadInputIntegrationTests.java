package org.gongkai;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every endpoint of the OpenAPI document and every console and applicant form, walked
 * with generated bad values on the embedded database: each refused with a 4xx and a
 * message, none answering 5xx (issue 9). The counts are printed for the closing note.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BadInputIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void noBadInputReachesAServerError() throws Exception {
		BadInputs.walkEverything(context, mvc, "H2");
	}

}
