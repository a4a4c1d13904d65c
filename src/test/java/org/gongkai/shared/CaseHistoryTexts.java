package org.gongkai.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.agencies.StaffPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The checks every module's history texts share (issue 17 item 12): each step's code and
 * arguments give back its Chinese summary exactly and read in English, and a case page
 * shows a stored step in the page's language.
 */
public final class CaseHistoryTexts {

	/** What an English sentence may not hold once its data are taken out. */
	private static final String CHINESE = "[\\u4e00-\\u9fff（），：；]";

	private CaseHistoryTexts() {
	}

	/**
	 * Each of {@code steps} has a code that gives back its summary in Chinese (and so
	 * agrees with it) and reads in English without Chinese other than {@code data}, the
	 * text arguments the steps were given.
	 */
	public static void assertEveryStepReadsInBothLanguages(StoredTexts texts, List<? extends AuditableEvent> steps,
			List<String> data) {
		for (AuditableEvent step : steps) {
			String args = StoredTexts.encode(step.summaryArgs());
			assertThat(step.summaryCode()).as(step.toString()).isNotNull();
			assertThat(texts.render(step.summaryCode(), args, "?", StoredTexts.STORED)).as(step.toString())
				.isEqualTo(step.summary());
			assertThat(texts.agrees(step.summaryCode(), args, step.summary())).as(step.summary()).isTrue();
			String english = texts.render(step.summaryCode(), args, "?", Locale.ENGLISH);
			assertThat(english).as(step.toString()).isNotEqualTo("?").doesNotContainPattern("\\{\\d\\}");
			String left = english;
			// the longest first, so that a value holding another is taken out whole
			for (String value : data.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
				left = left.replace(value, "");
			}
			assertThat(left).as(english).doesNotContainPattern(CHINESE);
		}
	}

	/** {@code step} in {@code locale}, as a page renders it. */
	public static String render(StoredTexts texts, AuditableEvent step, Locale locale) {
		return texts.render(step.summaryCode(), StoredTexts.encode(step.summaryArgs()), "?", locale);
	}

	/**
	 * The case page {@code path}, opened by {@code who}, lists under {@code history} (a
	 * CSS selector) the latest step with code {@code code} of case {@code caseId} in
	 * {@code table}: as its stored Chinese summary by default, and with {@code ?lang=en}
	 * in English, without the Chinese sentence.
	 * @return the English sentence shown
	 */
	public static String assertPageShowsStepInBothLanguages(MockMvc mvc, StoredTexts texts, JdbcClient jdbc,
			StaffPrincipal who, String path, String history, CaseHistory.Table table, long caseId, String code)
			throws Exception {
		Map<String, Object> row = jdbc
			.sql("select summary, summary_code, summary_args from " + table.name() + " where " + table.caseColumn()
					+ " = ? and summary_code = ? order by id desc fetch first 1 rows only")
			.params(caseId, code)
			.query()
			.singleRow();
		String summary = row.get("SUMMARY").toString();
		String chinese = page(mvc, who, path, history, null);
		assertThat(chinese).contains(summary);
		String english = page(mvc, who, path, history, "en");
		String sentence = texts.render(code, (String) row.get("SUMMARY_ARGS"), "?", Locale.ENGLISH);
		assertThat(sentence).isNotEqualTo(summary).isNotEqualTo("?");
		assertThat(english).contains(sentence).doesNotContain(summary);
		return sentence;
	}

	private static String page(MockMvc mvc, StaffPrincipal who, String path, String history, String lang)
			throws Exception {
		var request = get(path).with(user(who));
		if (lang != null) {
			request.param("lang", lang);
		}
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
		Element list = Jsoup.parse(html).selectFirst(history);
		assertThat(list).as(path + " " + history).isNotNull();
		return list.text();
	}

}
