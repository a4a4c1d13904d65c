package org.gongkai.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's links built without Thymeleaf's link expressions: the same addresses,
 * behind the servlet context path when there is one.
 */
class PortalLinksTests {

	@Test
	void pageLinksAreSitePathsAtTheRootContext() {
		PortalLinks links = new PortalLinks("https://gk.example.cn/", "");
		assertThat(links.page("/")).isEqualTo("/");
		assertThat(links.entryPage(45)).isEqualTo("/entries/45");
		assertThat(links.column(3, "")).isEqualTo("/agencies/3");
		assertThat(links.column(3, "catalogue")).isEqualTo("/agencies/3/catalogue");
		assertThat(links.page(links.annualReports(3))).isEqualTo("/annual-reports?agency=3");
		assertThat(links.entry(45)).isEqualTo("https://gk.example.cn/entries/45");
	}

	@Test
	void pageLinksCarryTheContextPath() {
		PortalLinks links = new PortalLinks("https://gk.example.cn", "/gongkai/");
		assertThat(links.page("/css/portal.css")).isEqualTo("/gongkai/css/portal.css");
		assertThat(links.entryPage(45)).isEqualTo("/gongkai/entries/45");
		assertThat(links.column(3, "guide")).isEqualTo("/gongkai/agencies/3/guide");
	}

}
