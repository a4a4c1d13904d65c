package org.gongkai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealDocumentAttached;
import org.gongkai.appeals.AppealDocumentKind;
import org.gongkai.consultations.QuestionAnswered;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The histories of a disclosure entry, a question and an appeal name who acted (issue 17
 * item 9): a staff member by their name (the login only as the title), the demo data and
 * the system by a word of the page's language, never by a login such as
 * {@code registrar}. The demo's questions and appeals were entered by the demo itself: a
 * step by a staff member is added to one of each, and rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HistoryNamesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void theHistoriesShowPeoplesNamesNotTheirLogins() throws Exception {
		Map<String, String> names = jdbc.sql("select username, display_name from staff")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		long commerce = Fixtures.agency(agencies, "卧龙区商务局").getId();
		long question = jdbc.sql("select min(id) from consultation_question where agency_id = ?")
			.param(commerce)
			.query(Long.class)
			.single();
		long appeal = jdbc.sql("select min(id) from appeal_case where agency_id = ?")
			.param(commerce)
			.query(Long.class)
			.single();
		Instant now = Instant.parse("2026-11-28T02:00:00Z");
		events.publishEvent(new QuestionAnswered(question, commerce, "handler", now, LocalDate.of(2026, 11, 28), true));
		events.publishEvent(new AppealDocumentAttached(appeal, commerce, "registrar", now, 0, AppealDocumentKind.FILING,
				"filing.pdf"));
		// the entry with the most steps taken by staff accounts (the demo's publisher…)
		long entry = jdbc.sql("""
				select h.entry_id from disclosure_history h join disclosure_entry e on e.id = h.entry_id
				join staff s on s.username = h.actor where e.agency_id = ? group by h.entry_id
				order by count(*) desc, h.entry_id limit 1""").param(commerce).query(Long.class).single();
		StaffPrincipal head = Fixtures.signedIn(staff, "head");
		for (String path : List.of("/console/disclosure/entries/" + entry, "/console/consultations/" + question,
				"/console/appeals/" + appeal)) {
			for (String language : List.of("zh", "en")) {
				List<Element> actors = open(head, path, language).select(".actor");
				assertThat(actors).as(path).isNotEmpty();
				assertThat(actors).as(path)
					.noneMatch(actor -> names.containsKey(actor.text()) || actor.text().equals("demo"));
				// a staff member reads as their name, with the login as the title
				assertThat(actors).as(path).anySatisfy(actor -> {
					assertThat(names).containsKey(actor.attr("title"));
					assertThat(actor.text()).isEqualTo(names.get(actor.attr("title")));
				});
			}
		}
	}

	@Test
	void theDemoDataReadsAsSuchInEachLanguage() throws Exception {
		long commerce = Fixtures.agency(agencies, "卧龙区商务局").getId();
		Long question = jdbc.sql("""
				select min(q.id) from consultation_question q join consultation_history h on h.question_id = q.id
				where q.agency_id = ? and h.actor = 'demo'""").param(commerce).query(Long.class).single();
		assertThat(question).isNotNull();
		StaffPrincipal head = Fixtures.signedIn(staff, "head");
		String path = "/console/consultations/" + question;
		assertThat(open(head, path, "zh").select(".actor").eachText()).contains("演示数据");
		assertThat(open(head, path, "en").select(".actor").eachText()).contains("Demo data")
			.doesNotContain("演示数据", "demo");
	}

	Document open(StaffPrincipal who, String path, String language) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(user(who));
		if (language.equals("en")) {
			request.cookie(new Cookie("gongkai-lang", "en"));
		}
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

}
