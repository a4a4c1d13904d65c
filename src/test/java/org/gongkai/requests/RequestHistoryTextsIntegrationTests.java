package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.calendar.Channel;
import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.CaseHistoryTexts;
import org.gongkai.shared.StoredTexts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The application's history in the reader's language (issue 17 item 12): every step's
 * code and arguments give back its stored Chinese summary exactly and read as English in
 * English; the case page shows the step in the language of the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestHistoryTextsIntegrationTests {

	static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	static final LocalDate ON = LocalDate.of(2026, 3, 2);

	@Autowired
	StoredTexts texts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	static List<AuditableEvent> everyStep() {
		return List.of(
				new ApplicantTypeCorrected(1, 1L, "h", AT, ApplicantType.NATURAL_PERSON,
						ApplicantType.OTHER_ORGANIZATION, "填错"),
				new ConsultationAnswered(1, 1L, "h", AT, 2, null), new ConsultationAnswered(1, 1L, "h", AT, 2, ON),
				new ConsultationStarted(1, 1L, "h", AT, 1, ConsultationKind.THIRD_PARTY, "某公司", ON),
				new CorrectionLapsed(1, 1L, "h", AT, ON), new CorrectionNoticeServed(1, 1L, "h", AT, ON),
				new CorrectionReceived(1, 1L, "h", AT, ON), new CorrectionRequested(1, 1L, "h", AT, ON, 15, "写明文号"),
				new DeadlineExtended(1, 1L, "h", AT, 20, "王主任", ON, "需征求意见"),
				new DocumentAttached(1, 1L, "h", AT, 3, "APPLICATION", "a.pdf"),
				new DocumentAttached(1, 1L, "h", AT, 3, "UNKNOWN_KIND", "a.pdf"),
				new ExtensionRefused(1, 1L, "h", AT, 20, "王主任", ON, "理由不足"),
				new ExtensionRequested(1, 1L, "h", AT, 20, "需征求意见"),
				new HandlerReassigned(1, 1L, "h", AT, 2, "张伟", null),
				new HandlerReassigned(1, 1L, "h", AT, 2, "张伟", "休假"), new ReceiptConfirmed(1, 1L, "h", AT, ON),
				new ReplyDrafted(1, 1L, "h", AT, 2, Outcome.PARTIALLY_GRANTED),
				new ReplyReviewed(1, 1L, "h", AT, 1, true, null), new ReplyReviewed(1, 1L, "h", AT, 1, true, "好"),
				new ReplyReviewed(1, 1L, "h", AT, 2, false, " "), new ReplyReviewed(1, 1L, "h", AT, 2, false, "改"),
				new RequestAccepted(1, 1L, "h", AT, 2, "张伟"),
				new RequestAnswered(1, 1L, "h", AT, Outcome.GRANTED, ON, DeliveryMethod.POST),
				new RequestAnswered(1, 1L, "h", AT, Outcome.GRANTED, ON, null), new RequestArchived(1, 1L, "h", AT),
				new RequestMarkedRepeated(1, 1L, "h", AT, 9, "SQ-2026-0009"),
				new RequestMarkedRepeated(1, 1L, "h", AT, 9, null),
				new RequestRegistered(1, 1L, "h", AT, "SQ-2026-0001", Channel.ONLINE, null),
				new RequestRegistered(1, 1L, "h", AT, "SQ-2026-0001", Channel.ONLINE, ON),
				new RequestRegistered(1, 1L, "public", AT, "SQ-2026-0001", Channel.ONLINE, null),
				new RequestReopened(1, 1L, "h", AT, 2, "复议决定撤销"), new RequestSplit(1, 1L, "h", AT, List.of(4L, 5L)),
				new RequestWithdrawn(1, 1L, "h", AT, ON, "不需要了"), new ServiceRecorded(1, 1L, "h", AT, ON),
				new SubmissionDismissed(1, 1L, "h", AT, "重复提交"), ExcessiveStepRecorded.reasonsAsked(1, 1L, "h", AT, ON),
				ExcessiveStepRecorded.reasonsRecorded(1, 1L, "h", AT, ON),
				ExcessiveStepRecorded.reasonablePeriodSet(1, 1L, "h", AT, ON, null),
				ExcessiveStepRecorded.reasonablePeriodSet(1, 1L, "h", AT, null, 15));
	}

	@Test
	void everyStepGivesBackItsChineseSummaryAndReadsInEnglish() {
		// what is left in Chinese is the data given in the step, not the sentence
		CaseHistoryTexts.assertEveryStepReadsInBothLanguages(texts, everyStep(),
				List.of("填错", "某公司", "写明文号", "王主任", "需征求意见", "理由不足", "张伟", "休假", "好", "改", "复议决定撤销", "不需要了", "重复提交"));
	}

	@Test
	void theRegistrationReadsAsARegistrationInEnglish() {
		RequestRegistered step = new RequestRegistered(1, 1L, "h", AT, "SQ-2026-0001", Channel.ONLINE, ON);
		assertThat(texts.render(step.summaryCode(), StoredTexts.encode(step.summaryArgs()), step.summary(),
				Locale.ENGLISH))
			.isEqualTo("Application SQ-2026-0001 registered, channel Online, received on 2026-03-02");
	}

	@Test
	void theApplicantsOwnSubmissionReadsAsASubmissionWithItsArrivalInBeijingTime() {
		RequestRegistered step = new RequestRegistered(1, 1L, Actor.PUBLIC.name(), AT, "SQ-2026-0001", Channel.ONLINE,
				null);
		String args = StoredTexts.encode(step.summaryArgs());
		assertThat(step.summary()).isEqualTo("提交申请 SQ-2026-0001，渠道 网上申请，2026-03-02 09:00 到达，待确认收到");
		assertThat(texts.render(step.summaryCode(), args, step.summary(), Locale.ENGLISH))
			.isEqualTo("Application SQ-2026-0001 submitted, channel Online, arrived 2026-03-02 09:00, "
					+ "receipt to be confirmed");
		RequestRegistered byStaff = new RequestRegistered(1, 1L, "registrar", AT, "SQ-2026-0001", Channel.EMAIL, null);
		assertThat(byStaff.summary()).isEqualTo("登记申请 SQ-2026-0001，渠道 电子邮件，待确认收到");
	}

	@Test
	void codeColumnsThatSaySomethingElseThanTheStoredTextDisagree() {
		ReceiptConfirmed step = new ReceiptConfirmed(1, 1L, "h", AT, ON);
		String args = StoredTexts.encode(step.summaryArgs());
		assertThat(texts.agrees("history.request.archived", null, step.summary())).isFalse();
		assertThat(texts.agrees(step.summaryCode(), args.replace("03-02", "03-03"), step.summary())).isFalse();
		assertThat(texts.agrees(null, null, "旧的记录")).isTrue();
		assertThat(texts.render(null, null, "旧的记录", Locale.ENGLISH)).isEqualTo("旧的记录");
	}

	@Test
	void theCasePageShowsTheHistoryInThePagesLanguage() throws Exception {
		long commerce = Fixtures.agency(agencies, "卧龙区商务局").getId();
		long request = jdbc
			.sql("select min(r.id) from information_request r join request_history h on h.request_id = r.id"
					+ " where r.agency_id = ? and h.summary_code = 'history.request.accepted'")
			.param(commerce)
			.query(Long.class)
			.single();
		Map<String, Object> row = jdbc
			.sql("select summary, summary_code, summary_args from request_history where request_id = ?"
					+ " and summary_code is not null order by id fetch first 1 rows only")
			.param(request)
			.query()
			.singleRow();
		String path = "/console/requests/" + request;
		var head = Fixtures.signedIn(staff, "head");
		String chinese = mvc.perform(get(path).with(user(head))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(chinese).select("ol.history").text()).contains(row.get("SUMMARY").toString());
		String english = mvc.perform(get(path).cookie(new Cookie("gongkai-lang", "en")).with(user(head)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String sentence = texts.render((String) row.get("SUMMARY_CODE"), (String) row.get("SUMMARY_ARGS"), "?",
				Locale.ENGLISH);
		assertThat(sentence).isNotEqualTo(row.get("SUMMARY"));
		assertThat(Jsoup.parse(english).select("ol.history").text()).contains(sentence)
			.doesNotContain(row.get("SUMMARY").toString());
	}

}
