package org.gongkai.agencies.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Prometheus metrics at {@code /actuator/prometheus}: served to a caller on the internal
 * network without sign-in, refused to anyone else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrometheusEndpointIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anInternalCallerReadsTheMetrics() throws Exception {
		for (String address : new String[] { "127.0.0.1", "10.1.2.3", "192.168.10.20" }) {
			mvc.perform(get("/actuator/prometheus").with(request -> {
				request.setRemoteAddr(address);
				return request;
			}))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("jvm_memory_used_bytes")))
				.andExpect(content().string(containsString("hikaricp_connections")));
		}
	}

	@Test
	void anOutsideCallerGetsNoMetrics() throws Exception {
		MvcResult result = mvc.perform(get("/actuator/prometheus").with(request -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		})).andReturn();
		assertThat(result.getResponse().getStatus()).isNotEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("jvm_memory_used_bytes");
	}

	@Test
	void healthStaysOpenToTheBalancer() throws Exception {
		mvc.perform(get("/actuator/health/readiness").with(request -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		})).andExpect(status().isOk());
	}

}
