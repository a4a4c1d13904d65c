package org.gongkai;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.gongkai.agencies.AgencyAuditSamples;
import org.gongkai.calendar.CalendarYearLoaded;
import org.gongkai.calendar.CalendarYearWithdrawn;
import org.gongkai.calendar.NoticeSource;
import org.gongkai.disclosure.DisclosureAuditSamples;
import org.gongkai.fees.FeeBasis;
import org.gongkai.fees.FeeNoticeIssued;
import org.gongkai.fees.FeeNoticeServed;
import org.gongkai.fees.FeePaid;
import org.gongkai.letters.LetterAuditSamples;
import org.gongkai.reports.AnnualReportChanged;
import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.StoredTexts;
import org.gongkai.supervision.UrgingAnswered;
import org.gongkai.supervision.UrgingRead;
import org.gongkai.supervision.UrgingSent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit summaries of the agencies, calendar, fees, reports, supervision, disclosure
 * (figures, normative documents, settings) and letters modules in the reader's language
 * (issue 17 item 12): every kind of summary (each variant) carries a message code whose
 * Chinese gives back the signed summary exactly and whose English has no Chinese but its
 * data (the page: AuditTrailInEnglishIntegrationTests).
 */
@SpringBootTest
class AuditTextsIntegrationTests {

	@Autowired
	StoredTexts texts;

	static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	static final LocalDate ON = LocalDate.of(2026, 3, 2);

	static Stream<AuditableEvent> events() {
		return Stream
			.of(AgencyAuditSamples.events(), calendar(), fees(), reports(), supervision(),
					DisclosureAuditSamples.events(), LetterAuditSamples.events())
			.flatMap(List::stream);
	}

	static List<AuditableEvent> calendar() {
		return List.of(new CalendarYearLoaded("admin", 2027, NoticeSource.UPLOAD, "2027.json", 30, 6, 36, 0),
				new CalendarYearLoaded("admin", 2027, NoticeSource.UPLOAD, "", 30, 6, 1, 2),
				new CalendarYearLoaded("admin", 2027, NoticeSource.FORM, null, 1, 0, 1, 1),
				new CalendarYearWithdrawn("admin", 2026, true), new CalendarYearWithdrawn("admin", 2028, false));
	}

	static List<AuditableEvent> fees() {
		return List.of(new FeeNoticeIssued(1, 12, 3L, "handler", FeeBasis.PER_APPLICATION, new BigDecimal("100")),
				new FeeNoticeIssued(2, 12, 3L, "handler", FeeBasis.PER_PAGE, new BigDecimal("1250.50")),
				new FeeNoticeServed(1, 12, 3L, "handler", ON, ON.plusDays(20)),
				new FeePaid(1, 12, 3L, "handler", new BigDecimal("100.00"), ON, "豫财 0012345"));
	}

	static List<AuditableEvent> reports() {
		return List.of(report("started", "开始编制", "started"), report("started", "更正版本", "correctionStarted"),
				report("edited", "修改第一部分正文", "partEdited",
						new AuditableEvent.Label("history.annualReport.part.1", "一")),
				report("edited", "修改第五部分正文", "partEdited",
						new AuditableEvent.Label("history.annualReport.part.5", "五")),
				report("edited", "修改第六部分正文", "partEdited",
						new AuditableEvent.Label("history.annualReport.part.6", "六")),
				report("edited", "汇总所属部门的数据", "subordinatesIncluded"),
				report("edited", "不再汇总所属部门的数据", "subordinatesExcluded"), report("submitted", "提交审核", "submitted"),
				report("returned", "退回修改", "returned"), report("signed-off", "签发（提示 0 条已说明）", "signedOff", 0),
				report("signed-off", "签发（提示 1 条已说明）", "signedOffOne", 1),
				report("signed-off", "签发（提示 12 条已说明）", "signedOff", 12), report("published", "公开发布", "published"),
				report("corrected", "更正：表三第 2 行数字有误", "corrected", "表三第 2 行数字有误"));
	}

	static AuditableEvent report(String step, String detail, String code, Object... args) {
		return new AnnualReportChanged(3L, "head", 2025, 2, step, detail, code, Arrays.asList(args));
	}

	static List<AuditableEvent> supervision() {
		return List.of(new UrgingSent(4, 3L, 2, null, "supervisor", AT),
				new UrgingSent(5, 3L, 2, "GK20260302-0001", "supervisor", AT), new UrgingAnswered(5, 3L, "head", AT),
				new UrgingRead(5, 3L, "supervisor", AT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void theCodeGivesBackTheChineseSummaryAndReadsInEnglish(AuditableEvent event) {
		assertThat(event.summaryCode()).as(event.summary()).isNotNull();
		String args = StoredTexts.encode(event.summaryArgs());
		assertThat(texts.agrees(event.summaryCode(), args, event.summary())).as(event.summary()).isTrue();
		assertThat(texts.render(event.summaryCode(), args, "?", Locale.SIMPLIFIED_CHINESE)).isEqualTo(event.summary());
		String english = texts.render(event.summaryCode(), args, "?", Locale.ENGLISH);
		assertThat(english).isNotEqualTo("?").isNotEqualTo(event.summary());
		// the data arguments, longest first (one may contain another)
		List<String> data = data(event.summaryArgs()).sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		String left = english;
		for (String value : data) {
			left = left.replace(value, "");
		}
		// no placeholder left unfilled (a pattern such as a 文号 rule may hold braces of
		// its own)
		assertThat(left).as(english).doesNotContain("{");
		assertThat(left).as(english).doesNotContainPattern("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
	}

	/** The arguments that are data, those of listed sentences included. */
	static Stream<String> data(List<?> args) {
		return args.stream().flatMap(arg -> {
			if (arg instanceof StoredTexts.Sentences sentences) {
				return sentences.items().stream().flatMap(item -> data(item.args()));
			}
			return arg instanceof AuditableEvent.Label ? Stream.empty() : Stream.of(String.valueOf(arg));
		});
	}

	@Test
	void labelsReadInTheReadersLanguage() {
		assertThat(english(AgencyAuditSamples.events().get(5)))
			.isEqualTo("Account clerk created, email c****@demo.gongkai.org, role Handler in agency 3");
		assertThat(english(AgencyAuditSamples.events().get(3))).isEqualTo("Fax: (empty) → 0377-63200002");
		assertThat(english(AgencyAuditSamples.events().get(1)))
			.isEqualTo("Supervising office added: 卧龙区人民政府办公室 (no unified social credit code); under: 南阳市卧龙区");
	}

	@Test
	void countsAndYearsReadAsWritten() {
		assertThat(english(reports().get(10)))
			.isEqualTo("Annual report 2025, version 2: signed off (1 warning explained)");
		assertThat(english(reports().get(11)))
			.isEqualTo("Annual report 2025, version 2: signed off (12 warnings explained)");
		assertThat(english(reports().get(3))).isEqualTo("Annual report 2025, version 2: text of part V edited");
		assertThat(english(fees().get(1)))
			.isEqualTo("Application 12: fee notice issued (per page), amount 1250.50 yuan");
		assertThat(english(calendar().get(0)))
			.isEqualTo("Holiday notice 2027 (Uploaded file 2027.json): days off: 30, make-up working days: 6;"
					+ " added or changed since before: 36, cancelled: 0");
	}

	@Test
	void disclosureAndLetterLabelsReadInTheReadersLanguage() {
		List<AuditableEvent> disclosure = DisclosureAuditSamples.events();
		assertThat(english(disclosure.get(3)))
			.isEqualTo("Normative document: 关于规范商务执法的通知, issued 2024-05-06, repealed 2025-05-06");
		assertThat(disclosure.get(3).summary()).isEqualTo("NORMATIVE_DOCUMENT：关于规范商务执法的通知，制发 2024-05-06，废止 2025-05-06");
		assertThat(english(disclosure.get(6))).isEqualTo("May make regulations = true");
		List<AuditableEvent> letters = LetterAuditSamples.events();
		assertThat(english(letters.get(0)))
			.isEqualTo("Letter template saved: Acknowledgement of receipt (acknowledgement), version 2");
		assertThat(letters.get(0).summary()).isEqualTo("保存文书模板：政府信息公开申请受理回执（acknowledgement），第 2 版");
		assertThat(english(letters.get(3))).isEqualTo("Letter generated: 宛商公开〔2026〕003号 (Fee notice), application 12");
	}

	String english(AuditableEvent event) {
		return texts.render(event.summaryCode(), StoredTexts.encode(event.summaryArgs()), "?", Locale.ENGLISH);
	}

}
