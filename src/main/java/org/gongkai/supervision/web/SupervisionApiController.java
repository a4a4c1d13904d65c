package org.gongkai.supervision.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.IfMatch;
import org.gongkai.shared.InvalidInput;
import org.gongkai.supervision.Supervision;
import org.gongkai.supervision.Urging;
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
 * The 督办 API: the figures per subordinate agency, and the 催办 sent, answered and read.
 * Errors are problem+json: 400 with {@code fields} for an empty text, an agency outside
 * the region or an unknown 申请编号, 409 {@code supervision.case-closed} for an application
 * disposed of, 403 for an action of another role, 404 for a 催办 not one's own.
 */
@RestController
@RequestMapping(path = "/api/v1/supervision", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "督办", description = "督办机构查看所辖机关的依申请公开办理情况，向机关发出催办并查看答复")
class SupervisionApiController {

	private final Supervision supervision;

	private final Clock clock;

	SupervisionApiController(Supervision supervision, Clock clock) {
		this.supervision = supervision;
		this.clock = clock;
	}

	/** One agency's figures. */
	record SupervisedFiguresJson(long agencyId, String agencyName, int year, long received, long closed,
			long closedOnTime, Integer onTimePercent, long overdue, long paused) {
	}

	/** A new 催办. */
	record UrgingBody(Long agencyId, String trackingCode, String text) {
	}

	/** An answer to a 催办. */
	record UrgingAnswerBody(String answer) {
	}

	/** A 催办 with its answer. */
	record UrgingJson(long id, long officeId, long agencyId, String trackingCode, String text, String sentBy,
			Instant sentAt, String answer, String answeredBy, Instant answeredAt, Instant readAt, int version) {

		static UrgingJson of(Urging urging) {
			return new UrgingJson(urging.getId(), urging.getOfficeId(), urging.getAgencyId(), urging.getTrackingCode(),
					urging.getBody(), urging.getSentByName(), urging.getSentAt(), urging.getAnswer(),
					urging.getAnsweredByName(), urging.getAnsweredAt(), urging.getReadAt(), urging.getVersion());
		}

	}

	@GetMapping("/agencies")
	@Operation(summary = "所辖机关办理情况", description = "督办人员所在区域各机关某年的新收、办结、按期办结、当前逾期与中止（暂停计时）的申请数及按期办结率；year 缺省为今年。")
	List<SupervisedFiguresJson> agencies(@RequestParam(required = false) Integer year,
			@AuthenticationPrincipal StaffPrincipal staff) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		if (shown < 2008 || shown > 2100) {
			throw InvalidInput.of("year", "supervision.year.invalid", shown);
		}
		return supervision.figures(staff, shown)
			.stream()
			.map(row -> new SupervisedFiguresJson(row.agencyId(), row.name(), shown, row.figures().received(),
					row.figures().closed(), row.figures().closedOnTime(), row.figures().onTimePercent(),
					row.figures().overdue(), row.figures().paused()))
			.toList();
	}

	@GetMapping("/urgings")
	@Operation(summary = "催办列表", description = "督办人员看到本督办机构发出的催办；机关人员看到发给本机关的催办（未答复在前）。")
	List<UrgingJson> urgings(@AuthenticationPrincipal StaffPrincipal staff) {
		List<Urging> urgings = supervision.supervises(staff) ? supervision.sent(staff) : supervision.received(staff);
		return urgings.stream().map(UrgingJson::of).toList();
	}

	@PostMapping(path = "/urgings", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "发出催办", description = "向所辖机关发出催办：填写申请编号时针对该申请（已办结的申请不能催办），不填时为综合催办。")
	ResponseEntity<UrgingJson> send(@RequestBody UrgingBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		Urging urging = supervision.send(staff, body.agencyId(), body.trackingCode(), body.text());
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag("\"" + urging.getVersion() + "\"")
			.header(HttpHeaders.LOCATION, "/api/v1/supervision/urgings/" + urging.getId())
			.body(UrgingJson.of(urging));
	}

	@GetMapping("/urgings/{id}")
	@Operation(summary = "催办", description = "催办及机关的答复；ETag 为版本号。")
	ResponseEntity<UrgingJson> show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return json(supervision.show(staff, id));
	}

	@PostMapping(path = "/urgings/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "答复催办", description = "由被催办机关的登记员、承办人或公开办负责人答复；每条催办答复一次。")
	ResponseEntity<UrgingJson> answer(@PathVariable long id, @IfMatch Integer version,
			@RequestBody UrgingAnswerBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		return json(supervision.answer(staff, id, version, body.answer()));
	}

	@PostMapping("/urgings/{id}/read")
	@Operation(summary = "阅知答复", description = "发出催办的督办人员阅知机关的答复。")
	ResponseEntity<UrgingJson> markRead(@PathVariable long id, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return json(supervision.markRead(staff, id, version));
	}

	private static ResponseEntity<UrgingJson> json(Urging urging) {
		return ResponseEntity.ok().eTag("\"" + urging.getVersion() + "\"").body(UrgingJson.of(urging));
	}

}
