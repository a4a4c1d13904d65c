package org.gongkai.consultations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.consultations.AnswerTerms;
import org.gongkai.consultations.ConsultationSearch;
import org.gongkai.consultations.ConsultationStatistics;
import org.gongkai.consultations.Consultations;
import org.gongkai.consultations.Question;
import org.gongkai.consultations.QuestionChannel;
import org.gongkai.consultations.QuestionHistory;
import org.gongkai.consultations.QuestionType;
import org.gongkai.shared.IfMatch;
import org.gongkai.shared.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of public questions for staff and connected systems (such as a 12345
 * hotline's work-order exchange): entry, answer, publication, the lists and the yearly
 * counts. Authenticated by personal API tokens, under the console's agency boundaries and
 * roles. Changes accept {@code If-Match} with the version last seen and answer 409
 * {@code stale-version} when someone changed the question since.
 */
@RestController
@RequestMapping(path = "/api/v1/consultations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "公众咨询投诉建议", description = "信箱、在线咨询、电话与 12345 热线留言的登记、答复、公开与统计")
class ConsultationApiController {

	private final Consultations consultations;

	private final ConsultationSearch search;

	private final ConsultationStatistics statistics;

	private final QuestionHistory history;

	private final AnswerTerms terms;

	private final AgencyAccess agencyAccess;

	private final Clock clock;

	ConsultationApiController(Consultations consultations, ConsultationSearch search, ConsultationStatistics statistics,
			QuestionHistory history, AnswerTerms terms, AgencyAccess agencyAccess, Clock clock) {
		this.consultations = consultations;
		this.search = search;
		this.statistics = statistics;
		this.history = history;
		this.terms = terms;
		this.agencyAccess = agencyAccess;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "登记留言", description = "登记电话、12345 热线或书面收到的咨询、投诉、建议；答复期限按类型的工作日数自收到日期起算。")
	ResponseEntity<ConsultationJson.ConsultationJsonView> register(@RequestBody ConsultationJson.QuestionBody body,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (body.agencyId() == null) {
			throw InvalidInput.of("agencyId", "consultation.agency.required");
		}
		long id = consultations.register(staff, body.received());
		return question(staff, id, HttpStatus.CREATED);
	}

	@GetMapping
	@Operation(summary = "留言列表", description = "按机关、渠道、类型、状态、收到年份与标题筛选；按 ID 倒序，以 beforeId 翻页。")
	ConsultationJson.ConsultationPageJson list(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) QuestionChannel channel, @RequestParam(required = false) QuestionType type,
			@RequestParam(required = false) ConsultationSearch.State state,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long beforeId, @RequestParam(defaultValue = "50") int limit,
			@AuthenticationPrincipal StaffPrincipal staff) {
		checkYear(year);
		ConsultationSearch.Page page = search.search(
				new ConsultationSearch.Filter(scope(staff, agencyId), channel, type, state, year, q, beforeId, limit));
		return new ConsultationJson.ConsultationPageJson(ConsultationJson.ConsultationRowJson.of(page.rows()),
				page.nextBeforeId());
	}

	@GetMapping("/{id}")
	@Operation(summary = "留言", description = "留言、答复、答复期限、公开情况与办理记录；ETag 为版本号。")
	ResponseEntity<ConsultationJson.ConsultationJsonView> show(@PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return question(staff, id, HttpStatus.OK);
	}

	@PostMapping(path = "/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "答复留言", description = "由本机关承办人答复；每条留言答复一次。")
	ResponseEntity<ConsultationJson.ConsultationJsonView> answer(@PathVariable long id, @IfMatch Integer version,
			@RequestBody ConsultationJson.QuestionAnswerBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		consultations.answer(staff, id, version, body.answer(), body.answeredOn());
		return question(staff, id, HttpStatus.OK);
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "公开留言", description = "仅限已答复且留言人同意公开的留言；公开文本去除姓名、电话、邮箱与证件号码。")
	ResponseEntity<ConsultationJson.ConsultationJsonView> publish(@PathVariable long id, @IfMatch Integer version,
			@RequestBody(required = false) ConsultationJson.PublicationBody body,
			@AuthenticationPrincipal StaffPrincipal staff) {
		consultations.publish(staff, id, version,
				body == null ? null : new Question.PublicCopy(body.title(), body.body(), body.answer()));
		return question(staff, id, HttpStatus.OK);
	}

	@PostMapping("/{id}/unpublish")
	@Operation(summary = "撤下公开", description = "从门户撤下已公开的留言。")
	ResponseEntity<ConsultationJson.ConsultationJsonView> unpublish(@PathVariable long id, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		consultations.unpublish(staff, id, version);
		return question(staff, id, HttpStatus.OK);
	}

	@GetMapping("/timeliness")
	@Operation(summary = "临近期限与超期留言", description = "view=overdue（默认）为已超期未答复，view=due-soon 为临近期限未答复。")
	List<ConsultationJson.ConsultationRowJson> timeliness(@RequestParam(defaultValue = "overdue") String view,
			@RequestParam(required = false) Long agencyId, @AuthenticationPrincipal StaffPrincipal staff) {
		return ConsultationJson.ConsultationRowJson
			.of(search.timeliness(scope(staff, agencyId), !view.equals("due-soon"), LocalDate.now(clock), 500));
	}

	@GetMapping("/supervision")
	@Operation(summary = "督办", description = "督办人员所在区域各机关的未答复与超期留言。")
	ConsultationJson.ConsultationSupervisionJson supervision(@AuthenticationPrincipal StaffPrincipal staff) {
		return ConsultationJson.ConsultationSupervisionJson.of(search.supervision(staff, LocalDate.now(clock)));
	}

	@GetMapping("/statistics")
	@Operation(summary = "年度统计", description = "某机关某年收到的留言数、已答复数，按渠道与类型分列。")
	ConsultationJson.ConsultationYearlyJson statistics(@RequestParam long agencyId, @RequestParam int year,
			@AuthenticationPrincipal StaffPrincipal staff) {
		agencyAccess.checkReadable(staff, agencyId, "机关", agencyId);
		checkYear(year);
		return ConsultationJson.ConsultationYearlyJson.of(agencyId, year, statistics.yearly(agencyId, year));
	}

	private ResponseEntity<ConsultationJson.ConsultationJsonView> question(StaffPrincipal staff, long id,
			HttpStatus status) {
		Consultations.View view = consultations.view(staff, id);
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
			.eTag("\"" + view.question().getVersion() + "\"");
		if (status == HttpStatus.CREATED) {
			builder.header(HttpHeaders.LOCATION, "/api/v1/consultations/" + id);
		}
		return builder.body(
				ConsultationJson.ConsultationJsonView.of(view, terms.days(view.question().getType()), history.of(id)));
	}

	private Set<Long> scope(StaffPrincipal staff, Long agencyId) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		if (agencyId == null) {
			return readable;
		}
		return readable.contains(agencyId) ? Set.of(agencyId) : Set.of();
	}

	private static void checkYear(Integer year) {
		if (year != null && (year < 2008 || year > 2100)) {
			throw new IllegalArgumentException("年份无效：" + year);
		}
	}

}
