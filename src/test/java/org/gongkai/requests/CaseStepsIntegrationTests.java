package org.gongkai.requests;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.RequestHandling.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The case page against {@link RequestHandling#permittedSteps}: for every demo role and
 * cases in several statuses, the page offers exactly the permitted steps, each offered
 * step is taken (never 403), and each step not offered is refused and changes nothing.
 * Input that does not bind is answered on the page in Chinese.
 */
class CaseStepsIntegrationTests extends RequestsIntegrationTest {

	static final List<String> ROLES = List.of("registrar", "handler", "reviewer", "head", "publisher", "supervisor");

	/** Each step by the last segment of its form's URL. */
	static final Map<String, Step> PATHS = Map.ofEntries(Map.entry("confirm", Step.CONFIRM),
			Map.entry("dismiss", Step.DISMISS), Map.entry("correct", Step.CORRECT),
			Map.entry("correction-served", Step.SERVE_CORRECTION), Map.entry("corrected", Step.RECEIVE_CORRECTION),
			Map.entry("lapse", Step.CLOSE_UNCORRECTED), Map.entry("accept", Step.ACCEPT),
			Map.entry("reassign", Step.REASSIGN), Map.entry("consult", Step.CONSULT),
			Map.entry("consult-answer", Step.RECORD_CONSULTATION_ANSWER), Map.entry("extend", Step.EXTEND),
			Map.entry("extension-decision", Step.DECIDE_EXTENSION), Map.entry("draft", Step.DRAFT_REPLY),
			Map.entry("review", Step.REVIEW), Map.entry("answer", Step.ANSWER), Map.entry("serve", Step.RECORD_SERVICE),
			Map.entry("archive", Step.ARCHIVE), Map.entry("withdraw", Step.WITHDRAW), Map.entry("split", Step.SPLIT),
			Map.entry("repeat", Step.MARK_REPEATED), Map.entry("upload", Step.ATTACH),
			Map.entry("reasons-request", Step.ASK_REASONS), Map.entry("reasons", Step.RECORD_REASONS),
			Map.entry("reasonable-period", Step.SET_REASONABLE_PERIOD),
			Map.entry("applicant-type", Step.CORRECT_APPLICANT_TYPE));

	static final Pattern ACTION = Pattern.compile("action=\"/console/requests/(\\d+)/([a-z-]+)\"");

	@Autowired
	MockMvc mvc;

	long earlierAnswered;

	@BeforeEach
	void anEarlierAnsweredApplication() {
		earlierAnswered = answered();
	}

	/** Cases by the state they stand in, made fresh on each call. */
	Map<String, LongSupplier> states() {
		Map<String, LongSupplier> states = new LinkedHashMap<>();
		states.put("submitted", this::submitted);
		states.put("received", () -> receivedInPersonOn(TODAY));
		states.put("awaiting correction", () -> {
			long id = receivedInPersonOn(TODAY);
			handling.requestCorrection(staff("registrar"), id, null, "请写明文号", 15, TODAY);
			return id;
		});
		states.put("awaiting correction, notice not served", () -> {
			long id = assignedCase(TODAY);
			handling.requestCorrection(staff("handler"), id, null, "请写明文号", 15, TODAY, null);
			return id;
		});
		states.put("in handling", () -> assignedCase(TODAY));
		states.put("consulting", this::consulting);
		states.put("in review", this::inReview);
		states.put("approved", () -> {
			long id = inReview();
			handling.review(staff("reviewer"), id, null, true, null);
			return id;
		});
		states.put("answered", this::answered);
		states.put("closed", () -> {
			long id = receivedInPersonOn(TODAY);
			handling.withdraw(staff("registrar"), id, null, TODAY, "电话撤回");
			return id;
		});
		return states;
	}

	@Test
	void theCasePageOffersExactlyThePermittedStepsToEveryRoleInEveryStatus() throws Exception {
		for (var state : states().entrySet()) {
			long id = state.getValue().getAsLong();
			for (String role : ROLES) {
				StaffPrincipal staff = staff(role);
				Set<Step> permitted = handling.permittedSteps(staff, handling.show(staff, id));
				assertThat(offered(staff, id)).as("%s on a case %s", role, state.getKey()).isEqualTo(permitted);
			}
		}
	}

	@Test
	void anOfficeHeadIsNotOfferedACorrectionNoticeAndIsRefusedOne() throws Exception {
		long id = receivedInPersonOn(TODAY);
		StaffPrincipal head = staff("head");

		assertThat(handling.permittedSteps(head, handling.show(head, id))).doesNotContain(Step.CORRECT)
			.contains(Step.ACCEPT, Step.EXTEND, Step.WITHDRAW);
		assertThat(offered(head, id)).doesNotContain(Step.CORRECT);
		MvcResult refused = mvc.perform(stepRequest(id, "correct", Step.CORRECT).with(user(head)).with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(handling.show(head, id).getStatus()).isEqualTo(RequestStatus.RECEIVED);
	}

	@Test
	void everyOfferedStepIsTakenAndEveryOtherIsRefusedWithoutChange() throws Exception {
		for (var state : states().entrySet()) {
			long shared = state.getValue().getAsLong();
			for (String role : ROLES) {
				StaffPrincipal staff = staff(role);
				Set<Step> permitted = handling.permittedSteps(staff, handling.show(staff, shared));
				InformationRequest before = handling.show(staff("registrar"), shared);
				for (var path : PATHS.entrySet()) {
					Step step = path.getValue();
					String what = role + " " + path.getKey() + " on a case " + state.getKey();
					if (permitted.contains(step)) {
						long id = state.getValue().getAsLong();
						MvcResult taken = mvc
							.perform(stepRequest(id, path.getKey(), step).with(user(staff)).with(csrf()))
							.andReturn();
						assertThat(taken.getResponse().getStatus()).as(what).isEqualTo(302);
						if (refusedByATerm(step, state.getKey())) {
							assertThat(taken.getFlashMap().get("error")).as(what).isNotNull();
						}
						else {
							assertThat(taken.getFlashMap().get("notice")).as(what + ": " + taken.getFlashMap())
								.isEqualTo("request.notice.done");
						}
					}
					else {
						MvcResult refused = mvc
							.perform(stepRequest(shared, path.getKey(), step).with(user(staff)).with(csrf()))
							.andReturn();
						int status = refused.getResponse().getStatus();
						assertThat(status == 403 || (status == 302 && refused.getFlashMap().get("error") != null))
							.as(what + " answered " + status)
							.isTrue();
					}
				}
				InformationRequest after = handling.show(staff("registrar"), shared);
				assertThat(after.getVersion()).as("%s on a case %s", role, state.getKey())
					.isEqualTo(before.getVersion());
				assertThat(after.getStatus()).isEqualTo(before.getStatus());
			}
		}
	}

	// The messages of each form's binding errors: RequestWebSliceTests. Here once,
	// through the session, on the page.
	@Test
	void aBindingErrorIsExplainedOnThePageAndChangesNothing() throws Exception {
		long id = receivedInPersonOn(TODAY);

		MvcResult result = mvc
			.perform(post("/console/requests/{id}/withdraw", id).with(user(staff("registrar")))
				.with(csrf())
				.param("version", "abc")
				.param("withdrawnOn", TODAY.toString())
				.param("reason", "电话撤回"))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/console/requests/" + id);
		assertThat(shownAfter(result, "registrar", id)).contains("页面版本号无效");
		assertThat(handling.show(staff("registrar"), id).getStatus()).isEqualTo(RequestStatus.RECEIVED);
	}

	/** The steps whose forms the case page shows to {@code staff}. */
	private Set<Step> offered(StaffPrincipal staff, long id) throws Exception {
		String page = mvc.perform(get("/console/requests/{id}", id).with(user(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Set<Step> offered = EnumSet.noneOf(Step.class);
		Matcher matcher = ACTION.matcher(page);
		while (matcher.find()) {
			assertThat(Long.parseLong(matcher.group(1))).isEqualTo(id);
			assertThat(PATHS).containsKey(matcher.group(2));
			offered.add(PATHS.get(matcher.group(2)));
		}
		return offered;
	}

	/**
	 * The case page as shown after {@code result}'s redirect, with its flash attributes.
	 */
	private String shownAfter(MvcResult result, String username, long id) throws Exception {
		// Sessions live in the database (Spring Session): the flash attributes come with
		// the session cookie.
		return mvc
			.perform(get("/console/requests/{id}", id).with(user(staff(username)))
				.cookie(result.getResponse().getCookie("SESSION")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * A correction term still running, and an answer without proof of service, refuse the
	 * step by its rule.
	 */
	private static boolean refusedByATerm(Step step, String state) {
		return step == Step.CLOSE_UNCORRECTED || (step == Step.ARCHIVE && state.equals("answered"));
	}

	/** The form of {@code step} at {@code path} with valid input. */
	private AbstractMockHttpServletRequestBuilder<?> stepRequest(long id, String path, Step step) {
		String today = TODAY.toString();
		MockHttpServletRequestBuilder request = post("/console/requests/{id}/" + path, id);
		return switch (step) {
			case CONFIRM, RECEIVE_CORRECTION, SERVE_CORRECTION -> request.param("date", today);
			case DISMISS -> request.param("reason", "测试提交");
			case CORRECT -> request.param("matters", "请写明文号").param("termDays", "15").param("issuedOn", today);
			case ACCEPT, REASSIGN ->
				request.param("handlerId", Long.toString(staff("handler").id())).param("reason", "工作调整");
			case CONSULT -> request.param("kind", "THIRD_PARTY").param("party", "某公司").param("sentOn", today);
			case RECORD_CONSULTATION_ANSWER ->
				request.param("number", "1").param("answeredOn", today).param("answer", "同意公开");
			case EXTEND -> request.param("days", "10").param("reason", "需要调取档案");
			case DECIDE_EXTENSION -> request.param("decision", "approve");
			case DRAFT_REPLY -> request.param("outcome", "GRANTED").param("text", "予以公开");
			case REVIEW -> request.param("decision", "approve");
			case ANSWER -> request.param("repliedOn", today).param("delivery", "POST");
			case RECORD_SERVICE -> request.param("servedOn", today);
			case WITHDRAW -> request.param("withdrawnOn", today).param("reason", "电话撤回");
			case SPLIT -> request.param("parts", "第一项\n第二项");
			case MARK_REPEATED -> request.param("earlierId", Long.toString(earlierAnswered));
			case ATTACH -> multipart("/console/requests/{id}/upload", id)
				.file(new MockMultipartFile("file", "答复书.pdf", "application/pdf", RequestDocumentsTests.PDF))
				.param("kind", "REPLY");
			case CORRECT_APPLICANT_TYPE -> request.param("applicantType", "OTHER_ORGANIZATION").param("reason", "登记有误");
			case ASK_REASONS -> request.param("askedOn", today).param("answerBy", TODAY.plusDays(10).toString());
			case RECORD_REASONS -> request.param("answeredOn", today).param("reasons", "研究需要");
			case SET_REASONABLE_PERIOD -> request.param("days", "20").param("reason", "信息量大");
			case CLOSE_UNCORRECTED, ARCHIVE -> request;
		};
	}

	private long submitted() {
		return intake
			.submit(new RequestIntake.NewApplication(commerce(),
					new InformationRequest.Intake(Channel.EMAIL, TODAY, null, null, null), Fixtures.person(),
					Fixtures.sought(), null, null), Actor.PUBLIC)
			.reference()
			.id();
	}

	private long consulting() {
		long id = assignedCase(TODAY);
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "某公司", TODAY);
		return id;
	}

	private long inReview() {
		long id = assignedCase(TODAY);
		handling.draftReply(staff("handler"), id, null, Outcome.GRANTED, null, "予以公开");
		return id;
	}

	private long answered() {
		long id = inReview();
		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, TODAY, DeliveryMethod.POST);
		return id;
	}

}
