package org.gongkai.portal;

import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.agencies.AgencyKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's stable addresses, absolute where they leave the site (canonical links,
 * feeds, the sitemap), and the addresses of the pages other modules serve for the column.
 */
@Component
public class PortalLinks {

	private final String base;

	private final String contextPath;

	PortalLinks(
			@Value("${gongkai.portal.base-url:${gongkai.disclosure.public-base-url:http://localhost:8080}}") String base,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.contextPath = contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath;
	}

	/**
	 * A site path as a link on a portal page: the path behind the servlet context path.
	 * Built here rather than with Thymeleaf's link expressions because those pass every
	 * link through the response's URL encoding (Tomcat makes each absolute and parses it
	 * again), a cost paid per link and per row of an uncached page; an anonymous portal
	 * page has no session whose id that encoding could add, so the address is the same.
	 */
	public String page(String path) {
		return contextPath + path;
	}

	/** An entry's page as a link on a portal page. */
	public String entryPage(long id) {
		return contextPath + "/entries/" + id;
	}

	/**
	 * A part of an agency's column as a link on a portal page: {@code guide},
	 * {@code rules}, {@code catalogue}, {@code apply}, or the column's page for an empty
	 * part.
	 */
	public String column(long agencyId, String part) {
		return contextPath + "/agencies/" + agencyId + (part.isEmpty() ? "" : "/" + part);
	}

	/** The site's address without a trailing slash. */
	public String base() {
		return base;
	}

	public String absolute(String path) {
		return base + path;
	}

	public String agency(long id) {
		return base + "/agencies/" + id;
	}

	public String entry(long id) {
		return base + "/entries/" + id;
	}

	/**
	 * Where a citizen applies to the agency: the form with the agency chosen when the
	 * application pages take that kind of agency, else the form's agency chooser. The
	 * application pages accept only agencies of kind {@code AGENCY} today
	 * ({@code requests.web.ApplicantPagesController.applyPage}), so a supervising office
	 * linked with its id answered 404; see docs/portal.md.
	 */
	public String apply(AgencyDirectory.Entry agency) {
		return agency.kind() == AgencyKind.AGENCY ? "/apply?agencyId=" + agency.id() : "/apply";
	}

	/** The public questions of the agency (module consultations). */
	public String questions(long agencyId) {
		return "/questions?agency=" + agencyId;
	}

	/** The form to ask the agency a question (module consultations). */
	public String ask(long agencyId) {
		return "/questions/new?agency=" + agencyId;
	}

	/** The agency's published annual reports (module reports). */
	public String annualReports(long agencyId) {
		return "/annual-reports?agency=" + agencyId;
	}

}
