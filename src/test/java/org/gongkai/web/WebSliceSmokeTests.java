package org.gongkai.web;

import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WebSliceSmokeTests extends WebSliceTest {

	@Test
	void boots() throws Exception {
		mvc.perform(get("/api/v1/requests/1")).andExpect(status().isUnauthorized());
	}

}
