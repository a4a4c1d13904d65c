package org.gongkai.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.letters.LetterNumbers;
import org.gongkai.letters.LetterTemplates;
import org.gongkai.disclosure.PublicCatalogue;
import org.gongkai.fees.FeeNotices;
import org.gongkai.portal.PortalLinks;
import org.gongkai.portal.SiteSettings;
import org.gongkai.portal.search.CatalogueIndex;
import org.gongkai.reports.AnnualReports;
import org.gongkai.reports.ReportSupervision;
import org.gongkai.letters.Letters;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyAdministration;
import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.agencies.web.SecuritySlice;
import org.gongkai.appeals.AppealDocuments;
import org.gongkai.appeals.AppealHandling;
import org.gongkai.appeals.AppealHistory;
import org.gongkai.appeals.AppealSearch;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.appeals.AppealTerms;
import org.gongkai.appeals.AppealsProperties;
import org.gongkai.agencies.StaffNames;
import org.gongkai.audit.AuditTrail;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.CalendarProperties;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.calendar.web.CalendarWebSlice;
import org.gongkai.consultations.AnswerTerms;
import org.gongkai.consultations.ConsultationSearch;
import org.gongkai.consultations.ConsultationStatistics;
import org.gongkai.consultations.Consultations;
import org.gongkai.consultations.QuestionHistory;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.disclosure.CatalogueSearch;
import org.gongkai.disclosure.DisclosureSettings;
import org.gongkai.disclosure.DisclosureStatistics;
import org.gongkai.disclosure.EntryHistory;
import org.gongkai.disclosure.NormativeRegistry;
import org.gongkai.disclosure.YearlyFigures;
import org.gongkai.fees.web.FeesWebSlice;
import org.gongkai.reports.web.ReportsWebSlice;
import org.gongkai.requests.ApplicantCorrections;
import org.gongkai.requests.ApplicantTracking;
import org.gongkai.requests.ApplicationReceipts;
import org.gongkai.requests.RequestDeadlines;
import org.gongkai.requests.RequestDocuments;
import org.gongkai.requests.RequestExport;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestHistory;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestSearch;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.RequestsProperties;
import org.gongkai.requests.web.RequestsWebSlice;
import org.gongkai.shared.WorkItems;
import org.gongkai.shared.Zones;
import org.gongkai.supervision.Supervision;
import org.gongkai.shared.web.ErrorPageLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The web slice every controller test shares: all controllers, advices and web
 * configuration of every module with the production security filter chains, and every
 * application service behind them mocked. The annotations and mocks are declared here
 * once and only here, so that all slice tests run in one Spring context; a subclass that
 * declares its own {@code @MockitoBean} or configuration would start another.
 */
@WebMvcTest
@Import(WebSliceTest.Beans.class)
public abstract class WebSliceTest {

	/**
	 * What the controllers need that is not a service: settings with their defaults, the
	 * Beijing clock.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ SecuritySlice.class, RequestsWebSlice.class, CalendarWebSlice.class, FeesWebSlice.class,
			ReportsWebSlice.class, SiteSettings.class, PortalLinks.class, ErrorPageLayout.class })
	@EnableConfigurationProperties({ RequestsProperties.class, CalendarProperties.class, AppealsProperties.class })
	static class Beans {

		@Bean
		Clock clock() {
			return Clock.system(Zones.BEIJING);
		}

	}

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected ApiTokens apiTokens;

	@MockitoBean
	protected Agencies agencies;

	@MockitoBean
	protected AgencyAccess agencyAccess;

	@MockitoBean
	protected AgencyAdministration agencyAdministration;

	@MockitoBean
	protected AgencyDirectory agencyDirectory;

	@MockitoBean
	protected AuditTrail auditTrail;

	@MockitoBean
	protected WorkingCalendar workingCalendar;

	@MockitoBean
	protected CalendarAdministration calendarAdministration;

	@MockitoBean
	protected RequestIntake requestIntake;

	@MockitoBean
	protected RequestHandling requestHandling;

	@MockitoBean
	protected RequestSearch requestSearch;

	@MockitoBean
	protected RequestDeadlines requestDeadlines;

	@MockitoBean
	protected RequestDocuments requestDocuments;

	@MockitoBean
	protected RequestHistory requestHistory;

	@MockitoBean
	protected RequestStatistics requestStatistics;

	@MockitoBean
	protected RequestExport requestExport;

	@MockitoBean
	protected ApplicantTracking applicantTracking;

	@MockitoBean
	protected ApplicantCorrections applicantCorrections;

	@MockitoBean
	protected ApplicationReceipts applicationReceipts;

	@MockitoBean
	protected AppealHandling appealHandling;

	@MockitoBean
	protected AppealSearch appealSearch;

	@MockitoBean
	protected AppealStatistics appealStatistics;

	@MockitoBean
	protected AppealDocuments appealDocuments;

	@MockitoBean
	protected AppealHistory appealHistory;

	@MockitoBean
	protected AppealTerms appealTerms;

	@MockitoBean
	protected StaffNames appealStaffNames;

	@MockitoBean
	protected FeeNotices feeNotices;

	@MockitoBean
	protected PublicCatalogue publicCatalogue;

	@MockitoBean
	protected CatalogueIndex catalogueIndex;

	@MockitoBean
	protected AnnualReports annualReports;

	@MockitoBean
	protected ReportSupervision reportSupervision;

	@MockitoBean
	protected Letters letters;

	@MockitoBean
	protected LetterTemplates letterTemplates;

	@MockitoBean
	protected LetterNumbers letterNumbers;

	@MockitoBean
	protected Catalogue catalogue;

	@MockitoBean
	protected CatalogueSearch catalogueSearch;

	@MockitoBean
	protected DisclosureSettings disclosureSettings;

	@MockitoBean
	protected NormativeRegistry normativeRegistry;

	@MockitoBean
	protected YearlyFigures yearlyFigures;

	@MockitoBean
	protected DisclosureStatistics disclosureStatistics;

	@MockitoBean
	protected EntryHistory entryHistory;

	@MockitoBean
	protected Consultations consultations;

	@MockitoBean
	protected ConsultationSearch consultationSearch;

	@MockitoBean
	protected ConsultationStatistics consultationStatistics;

	@MockitoBean
	protected QuestionHistory questionHistory;

	@MockitoBean
	protected AnswerTerms answerTerms;

	@MockitoBean
	protected Supervision supervision;

	/** The modules' parts of the console's work queue, as one source. */
	@MockitoBean
	protected WorkItems workItems;

	/**
	 * A signed-in staff member with id {@code id} holding {@code roles} in agency
	 * {@code agencyId}.
	 */
	protected static StaffPrincipal staff(long id, long agencyId, Role... roles) {
		Set<RoleGrant> grants = Arrays.stream(roles)
			.map(role -> new RoleGrant(role, agencyId))
			.collect(Collectors.toSet());
		return new StaffPrincipal(id, "staff" + id, "测试 " + id, null, true, false, grants);
	}

}
