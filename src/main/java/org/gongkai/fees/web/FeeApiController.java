package org.gongkai.fees.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.gongkai.fees.FeeCalculator;
import org.gongkai.fees.FeeQuote;
import org.gongkai.fees.FeeBasis;
import org.gongkai.fees.FeeSchedule;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public fee quote: what {@code count} applications of one applicant in one month, or
 * {@code count} pages, cost under the schedule in force today. No token needed.
 */
@RestController
@RequestMapping(path = "/api/v1/fees", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "信息处理费", description = "信息处理费计算（公开，无需令牌；国办函〔2020〕109号）")
class FeeApiController {

	/** The most answers kept; past it, an answer is written each time. */
	static final int CACHED_ANSWERS = 4096;

	private final FeeCalculator calculator;

	private final JsonMapper json;

	/**
	 * The JSON of each answer given, by schedule, basis and count: the quote is answered
	 * thousands of times a second with a few hundred distinct answers, and writing the
	 * record each time was a noticeable share of its CPU (docs/performance.md, fee
	 * quotes). Keyed by the schedule's name, so a schedule coming into force is never
	 * answered from another's bytes.
	 */
	private final Map<Key, byte[]> answers = new ConcurrentHashMap<>();

	FeeApiController(FeeCalculator calculator, JsonMapper json) {
		this.calculator = calculator;
		this.json = json;
	}

	private record Key(String schedule, FeeBasis basis, int count) {
	}

	/**
	 * A quote.
	 *
	 * @param basis {@code per-application} or {@code per-page}
	 * @param count the applications in the month, or the pages
	 * @param amountYuan the fee in yuan
	 * @param schedule the schedule applied
	 * @param tiers the tiers applied, in order
	 */
	@Schema(description = "信息处理费计算结果")
	record QuoteAnswer(String basis, int count, BigDecimal amountYuan, String schedule, List<Tier> tiers) {
	}

	/**
	 * One tier applied.
	 *
	 * @param from first unit
	 * @param to last unit
	 * @param units units in the tier
	 * @param yuanPerUnit price of each
	 * @param subtotalYuan the tier's part of the fee
	 */
	@Schema(description = "适用的累进档次")
	record Tier(int from, int to, int units, BigDecimal yuanPerUnit, BigDecimal subtotalYuan) {
	}

	@GetMapping("/quote")
	@Operation(summary = "计算信息处理费（按件：同一申请人一个自然月内的申请件数；按量：页数）",
			description = "按现行收费标准超额累进计算。basis 为 per-application（按件）或 per-page（按量）；"
					+ "count 缺失、为负数或 basis 未知时返回 400（application/problem+json）。")
	@ApiResponse(responseCode = "200", description = "计算结果",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = QuoteAnswer.class)))
	byte[] quote(
			@Parameter(description = "计收方式：per-application（按件）或 per-page（按量）",
					example = "per-application") @RequestParam(required = false) String basis,
			@Parameter(description = "件数或页数，非负整数", example = "45") @RequestParam(required = false) String count) {
		FeeQuote quote = calculator.quote(basis, count);
		String schedule = calculator.inForce().map(FeeSchedule::name).orElse(null);
		Key key = new Key(schedule, quote.basis(), quote.count());
		byte[] known = answers.get(key);
		if (known != null) {
			return known;
		}
		byte[] written = json.writeValueAsBytes(answer(quote, schedule));
		if (answers.size() < CACHED_ANSWERS) {
			answers.putIfAbsent(key, written);
		}
		return written;
	}

	static QuoteAnswer answer(FeeQuote quote, String schedule) {
		return new QuoteAnswer(quote.basis().parameter(), quote.count(), quote.amountYuan(), schedule,
				quote.lines()
					.stream()
					.map(line -> new Tier(line.fromUnit(), line.toUnit(), line.units(), line.yuanPerUnit(),
							line.subtotalYuan()))
					.toList());
	}

}
