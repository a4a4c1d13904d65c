package org.gongkai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * English is complete (issue 17 item 12): every public page and the main console pages of
 * each role, opened in English with the demo data, show no Chinese outside data values;
 * counts read as English plurals (the 404 pages:
 * EnglishErrorPagesServerIntegrationTests).
 *
 * <p>
 * The rule. Chinese is allowed on an English page only where it is data: (1) inside an
 * element marked {@code lang="zh…"} or {@code translate="no"} (the language switch, input
 * syntax in Chinese); (2) a value stored in the database (agency, staff, applicant and
 * holiday names, titles, texts people entered, the demo data's own marks such as 演示数据 in
 * an entry's title or body) — every character column of the records is read, a rich text
 * (an entry's body in HTML) by the text of each of its elements as a page shows it,
 * except the tables whose text the application writes itself (histories, the audit trail,
 * letters and their templates, the annual report's compiled text), so that a generated
 * Chinese summary cannot pass as data; of those, only the text arguments of a sentence
 * stored with its message code (a reason, a name) count as data, never its labels nor the
 * sentence; (3) the number of an official document (国办函〔2020〕109号), a name that has no
 * translation; (4) a masked personal name (张*). What remains is a Chinese label that the
 * English bundle or the code does not translate.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnglishPagesIntegrationTests {

	static final Pattern RUN = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]+");

	static final Pattern DOCUMENT_NUMBER = Pattern
		.compile("[\\u4e00-\\u9fff]*[〔\\[（(]\\d{4}[〕\\]）)][\\u4e00-\\u9fff\\d]*?\\d+\\s*号");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Pattern MASKED_NAME = Pattern.compile("[\\u4e00-\\u9fff]\\*+");

	/** Tables whose text the application generates: their Chinese is not data. */
	static final Pattern GENERATED = Pattern
		.compile(".*(history|audit|letter|annual_report|flyway|session|lock|claim|secret|token|rate_limit|sign_in"
				+ "|reminder|portal_search).*");

	/**
	 * Pages whose remaining Chinese lies in files of other helpers (issue 17): the path
	 * and what is still Chinese there. They are checked all the same and their findings
	 * printed; remove an entry once its page passes.
	 */
	static final Map<String, String> KNOWN_GAPS = Map.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	List<String> data;

	@BeforeEach
	void readTheDataValues() {
		Set<String> values = new LinkedHashSet<>();
		List<Map<String, Object>> columns = jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where lower(table_schema) = 'public' and data_type like 'CHARACTER%'
				""").query().listOfRows();
		for (Map<String, Object> column : columns) {
			String table = column.get("TABLE_NAME").toString().toLowerCase(Locale.ROOT);
			if (GENERATED.matcher(table).matches()) {
				continue;
			}
			String name = column.get("COLUMN_NAME").toString();
			for (String value : jdbc.sql("select distinct \"" + name + "\" from \"" + column.get("TABLE_NAME") + "\"")
				.query(String.class)
				.list()) {
				if (value != null && RUN.matcher(value).find()) {
					values.add(value.strip());
					// names and titles are also shown cut at their first line
					values.addAll(List.of(value.split("\\R")));
					if (value.indexOf('<') >= 0) {
						// rich text is shown as HTML: a page holds the text of its
						// elements
						for (Element element : Jsoup.parseBodyFragment(value).body().getAllElements()) {
							values.add(element.ownText());
						}
					}
				}
			}
		}
		// the arguments of a generated sentence that are text (reasons, names) are data;
		// its labels are not
		for (Map<String, Object> column : columns) {
			String table = column.get("TABLE_NAME").toString();
			if (!column.get("COLUMN_NAME").toString().equalsIgnoreCase("summary_args")) {
				continue;
			}
			for (String args : jdbc
				.sql("select distinct summary_args from \"" + table + "\" where summary_args is not null")
				.query(String.class)
				.list()) {
				for (JsonNode arg : JSON.readTree(args)) {
					if (arg.isString() && RUN.matcher(arg.asString()).find()) {
						values.add(arg.asString().strip());
					}
				}
			}
		}
		data = values.stream()
			.map(String::strip)
			.filter(value -> value.length() > 1)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	MockHttpServletResponse open(StaffPrincipal who, String path) throws Exception {
		MockHttpServletRequestBuilder request = get(path).cookie(new Cookie("gongkai-lang", "en"));
		if (who != null) {
			request.with(user(who));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** The Chinese of {@code document} that is not data, by the rule of this class. */
	List<String> chinese(Document document) {
		List<String> found = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (exempt(node)) {
				return;
			}
			if (node instanceof TextNode text && !text.parent().nodeName().matches("script|style")) {
				found.addAll(runs(text.text()));
			}
			if (node instanceof Element element) {
				for (String attribute : new String[] { "title", "placeholder", "aria-label", "alt", "value" }) {
					runs(element.attr(attribute)).forEach(run -> found.add("@" + attribute + " " + run));
				}
			}
		}, document);
		return found;
	}

	static boolean exempt(Node node) {
		for (Node at = node; at != null; at = at.parent()) {
			if (at instanceof Element element
					&& (element.attr("lang").startsWith("zh") || element.attr("translate").equals("no"))) {
				return true;
			}
		}
		return false;
	}

	List<String> runs(String text) {
		if (!RUN.matcher(text).find()) {
			return List.of();
		}
		String left = DOCUMENT_NUMBER.matcher(text).replaceAll(" ");
		for (String value : data) {
			if (left.contains(value)) {
				left = left.replace(value, " ");
			}
		}
		left = MASKED_NAME.matcher(left).replaceAll(" ");
		List<String> runs = new ArrayList<>();
		Matcher run = RUN.matcher(left);
		while (run.find()) {
			if (!run.group().isBlank() && !run.group().matches("[\\u3000\\uff08\\uff09\\uff0c\\u3001\\u3002]+")) {
				runs.add(run.group());
			}
		}
		return runs;
	}

	Map<String, String[]> pages() {
		long commerce = Fixtures.agency(agencies, "卧龙区商务局").getId();
		Long request = first("select min(id) from information_request where agency_id = ?", commerce);
		Long appeal = first("select min(id) from appeal_case where agency_id = ?", commerce);
		Long entry = first("select min(id) from disclosure_entry where agency_id = ?", commerce);
		// a question with a history, so that its steps are read too
		Long question = first("select min(q.id) from consultation_question q join consultation_history h"
				+ " on h.question_id = q.id where q.agency_id = ?", commerce);
		Map<String, String[]> pages = new LinkedHashMap<>();
		pages.put("", new String[] { "/", "/apply", "/apply?agencyId=" + commerce, "/track", "/calendar", "/fees",
				"/agencies/" + commerce, "/agencies/" + commerce + "/guide", "/agencies/" + commerce + "/catalogue",
				"/agencies/" + commerce + "/rules", "/annual-reports", "/search?q=test", "/login", "/reports/check" });
		pages.put("head", new String[] { "/console", "/console/requests", "/console/requests/deadlines",
				"/console/requests/statistics", "/console/requests/unconfirmed", "/console/requests/" + request,
				"/console/appeals", "/console/appeals/statistics", "/console/appeals/" + appeal, "/console/disclosure",
				"/console/disclosure/entries/" + entry, "/console/consultations", "/console/consultations/" + question,
				"/console/letters", "/console/fees/notices", "/console/tokens" });
		pages.put("registrar", new String[] { "/console", "/console/requests/new" });
		pages.put("admin", new String[] { "/console", "/console/calendar", "/console/agencies", "/console/staff",
				"/console/audit" });
		pages.put("supervisor", new String[] { "/console", "/console/supervision" });
		return pages;
	}

	Long first(String sql, long agency) {
		return jdbc.sql(sql).param(agency).query(Long.class).single();
	}

	@Test
	void everyPageInEnglishShowsChineseOnlyInDataValues() throws Exception {
		Map<String, List<String>> failures = new LinkedHashMap<>();
		Map<String, List<String>> known = new LinkedHashMap<>();
		int opened = 0;
		for (Map.Entry<String, String[]> role : pages().entrySet()) {
			StaffPrincipal who = role.getKey().isEmpty() ? null : Fixtures.signedIn(staff, role.getKey());
			for (String path : role.getValue()) {
				MockHttpServletResponse response = open(who, path);
				assertThat(response.getStatus()).as(path).isEqualTo(200);
				Document page = Jsoup.parse(response.getContentAsString());
				assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
				List<String> found = chinese(page);
				// an audit entry without its code keeps its Chinese summary (zh-CN):
				// every module's events carry their code now, so none may show so
				found.addAll(uncoded(page).stream().map(entry -> "@lang " + entry).toList());
				String where = (role.getKey().isEmpty() ? "public" : role.getKey()) + " " + path;
				if (KNOWN_GAPS.keySet().stream().anyMatch(path::matches)) {
					known.put(where, found);
				}
				else if (!found.isEmpty()) {
					failures.put(where, found);
				}
				opened++;
			}
		}
		known.forEach((where, found) -> System.out.println("Known English gap on " + where + ": " + found));
		assertThat(opened).isGreaterThanOrEqualTo(35);
		assertThat(failures).isEmpty();
	}

	/**
	 * Every entry of the audit trail, on every page of {@code /console/audit}, reads in
	 * English: none shows its stored Chinese summary (marked {@code lang="zh-CN"}) for
	 * lack of a message code, the demo's entries included, and no entry in the whole
	 * trail lacks its code.
	 */
	@Test
	void everyAuditEntryReadsInTheReadersLanguage() throws Exception {
		StaffPrincipal admin = Fixtures.signedIn(staff, "admin");
		Set<String> chineseOnly = new LinkedHashSet<>();
		int rows = 0;
		String path = "/console/audit";
		while (path != null) {
			MockHttpServletResponse response = open(admin, path);
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			Document page = Jsoup.parse(response.getContentAsString());
			chineseOnly.addAll(uncoded(page));
			rows += page.select("table.audit tbody tr").size();
			Element next = page.selectFirst("nav.pager a[rel=next]");
			path = next == null ? null : next.attr("href");
		}
		assertThat((long) rows).isEqualTo(jdbc.sql("select count(*) from audit_entry").query(Long.class).single());
		assertThat(chineseOnly).isEmpty();
		assertThat(jdbc.sql("select distinct action from audit_entry where summary_code is null")
			.query(String.class)
			.list()).allMatch(EnglishPagesIntegrationTests::exemptAction);
	}

	/**
	 * The entries of an audit page that show their stored Chinese summary for lack of a
	 * code ({@code action: summary}), but those of {@link #exemptAction}.
	 */
	static List<String> uncoded(Document page) {
		List<String> found = new ArrayList<>();
		for (Element row : page.select("table.audit tbody tr")) {
			Element summary = row.child(6);
			String action = row.child(4).text();
			if (summary.attr("lang").startsWith("zh") && !exemptAction(action)) {
				found.add(action + ": " + summary.text());
			}
		}
		return found;
	}

	/**
	 * The events tests publish to check the trail itself: every other event has a code.
	 */
	static boolean exemptAction(String action) {
		return action.startsWith("test.");
	}

	@Test
	void theDefaultReviewLevelsAndTheLettersLegalBasesReadInEnglish() throws Exception {
		long commerce = Fixtures.agency(agencies, "卧龙区商务局").getId();
		Long entry = first("select min(id) from disclosure_entry where agency_id = ?", commerce);
		StaffPrincipal head = Fixtures.signedIn(staff, "head");
		Document page = Jsoup.parse(open(head, "/console/disclosure/entries/" + entry).getContentAsString());
		assertThat(page.select("#chain li").eachText()).hasSize(3)
			.satisfies(levels -> assertThat(levels.get(0)).startsWith("First review"))
			.satisfies(levels -> assertThat(levels.get(1)).startsWith("Second review"))
			.satisfies(levels -> assertThat(levels.get(2)).startsWith("Final review (sign-off)"));
		Document chinese = Jsoup.parse(mvc.perform(get("/console/disclosure/entries/" + entry).with(user(head)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(chinese.select("#chain li").eachText())
			.satisfies(levels -> assertThat(levels.get(0)).startsWith("初审"))
			.satisfies(levels -> assertThat(levels.get(2)).startsWith("终审（签发）"));
		Document letters = Jsoup.parse(open(head, "/console/letters").getContentAsString());
		assertThat(letters.select("tbody td").eachText()).contains("Regulations, Article 36, items (1) and (2)",
				"Regulations, Article 33, paragraph 2");
		assertThat(letters.select("#pattern-help code[translate=no]").eachText()).containsExactly("{年}", "{号}",
				"{号:3}");
	}

	@Test
	void theRuleFindsAnUntranslatedLabelAndPassesDataAndMarkedChinese() {
		Document page = Jsoup.parse("""
				<html lang="en"><body><p>Agency: 卧龙区商务局</p><p>国办函〔2020〕109号</p><p>Applicant 张*</p>
				<a lang="zh-CN">中文</a><p translate="no">2027-01-01 元旦 休</p>
				<p>申请编号</p><input placeholder="姓名"></body></html>""");
		assertThat(chinese(page)).containsExactly("申请编号", "@placeholder 姓名");
	}

	@Test
	void countsReadAsEnglishPlurals() {
		assertThat(en("request.notice.overdue", 1)).isEqualTo("1 application is overdue");
		assertThat(en("request.notice.overdue", 2)).isEqualTo("2 applications are overdue");
		assertThat(en("request.notice.overdue", 1200L)).isEqualTo("1,200 applications are overdue");
		assertThat(en("request.notice.waiting", 1)).isEqualTo("Applications: 1 waits for a step");
		assertThat(en("request.notice.waiting", 3)).isEqualTo("Applications: 3 wait for a step");
		assertThat(en("request.daysLeft", 1)).isEqualTo("1 working day left");
		assertThat(en("request.daysLeft", 0)).isEqualTo("0 working days left");
		assertThat(en("request.daysLate", 2)).isEqualTo("2 working days late");
		assertThat(en("disclosure.notice.inbox", 1L)).isEqualTo("1 catalogue entry waits for your review");
		assertThat(en("disclosure.notice.overdue", 2L)).isEqualTo("2 entries not published within 20 working days");
		assertThat(en("consultation.notice.overdue", 1L)).isEqualTo("1 question is past the answer term");
		assertThat(en("consultation.notice.overdue", 5L)).isEqualTo("5 questions are past the answer term");
		assertThat(en("appeal.term.left", 1)).isEqualTo("1 working day left");
		assertThat(en("appeal.term.late", 3)).isEqualTo("Overdue by 3 working days");
		assertThat(en("consultation.clock.left", 1)).isEqualTo("1 working day left");
		assertThat(en("consultation.clock.overdue", 1)).isEqualTo("Overdue by 1 working day");
		assertThat(en("portal.search.total", 1L)).isEqualTo("1 result");
		assertThat(en("portal.search.total", 0L)).isEqualTo("No results");
		assertThat(en("portal.catalogue.total", 12L)).isEqualTo("12 entries");
		assertThat(messages.getMessage("audit.total", new Object[] { 1L, 1, 1 }, Locale.ENGLISH))
			.isEqualTo("1 entry, page 1 of 1");
		assertThat(messages.getMessage("request.notice.overdue", new Object[] { 2 }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("有 2 件政府信息公开申请已逾期未答复");
	}

	String en(String key, Object count) {
		return messages.getMessage(key, new Object[] { count }, Locale.ENGLISH);
	}

}
