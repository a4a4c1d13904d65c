package org.gongkai.requests;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo applications loaded with the demo agencies cover every stage the console
 * shows.
 */
class RequestDemoDataIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoApplicationsOfTheCommerceBureauCoverEveryStage() {
		List<String> statuses = jdbc.sql("""
				select distinct r.status from information_request r join agency a on a.id = r.agency_id
				where a.name = '卧龙区商务局'
				""").query(String.class).list();

		assertThat(statuses).contains("SUBMITTED", "AWAITING_CORRECTION", "IN_HANDLING", "IN_REVIEW", "ANSWERED",
				"CLOSED");
		assertThat(jdbc.sql("select count(*) from request_consultation").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from request_history h join information_request r on r.id = h.request_id")
			.query(Long.class)
			.single()).isPositive();
	}

}
