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

	PortalLinks(
			@Value("${gongkai.portal.base-url:${gongkai.disclosure.public-base-url:http://localhost:8080}}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
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
