package org.gongkai.reports;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.DemoAgenciesLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's published annual report: 卧龙区商务局's report for 2023, compiled from the demo
 * records of the other modules (which is why it runs after their demo loaders) and
 * published as drafted, so that the portal's 年报 column shows it on first start.
 */
@Component
class AnnualReportDemoData {

	static final String AGENCY = "卧龙区商务局";

	static final int YEAR = 2023;

	private static final Logger log = LoggerFactory.getLogger(AnnualReportDemoData.class);

	private final Agencies agencies;

	private final AnnualReports reports;

	AnnualReportDemoData(Agencies agencies, AnnualReports reports) {
		this.agencies = agencies;
		this.reports = reports;
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	@Transactional
	public void load(DemoAgenciesLoaded loaded) {
		this.agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals(AGENCY))
			.findFirst()
			.flatMap(agency -> this.reports.publishAsDrafted(agency.getId(), YEAR, "demo"))
			.ifPresent(version -> log.info("Demo annual report published: {} {}", AGENCY, YEAR));
	}

}
