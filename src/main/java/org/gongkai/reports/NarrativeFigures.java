package org.gongkai.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live fields of the text of an annual report: the figures the sentences state, taken
 * from the compiled tables and from the records of the fees and consultations, so that
 * the text and the tables cannot disagree. A field is written {@code {{key}}} in the
 * text.
 *
 * @param agency the agency's name
 * @param year the reporting year
 * @param received 本年新收 (table 三 总计)
 * @param carriedOver 上年结转
 * @param processed 办理结果总计
 * @param carriedForward 结转下年度继续办理
 * @param granted 予以公开 and 部分公开
 * @param website entries published on the website in the year
 * @param wechat posts of the WeChat account, {@code null} when not recorded
 * @param questionsReceived 咨询 and 投诉 received
 * @param questionsAnswered 咨询 and 投诉 answered
 * @param reconsideration 行政复议 cases (table 四 总计)
 * @param litigation 行政诉讼 cases, both kinds
 * @param feesYuan 信息处理费 collected, in 元
 * @param reopened handling rounds reopened in the year after a 纠正
 */
public record NarrativeFigures(String agency, int year, int received, int carriedOver, int processed,
		int carriedForward, int granted, long website, Integer wechat, int questionsReceived, int questionsAnswered,
		int reconsideration, int litigation, BigDecimal feesYuan, long reopened) {

	static NarrativeFigures of(AnnualReport report, ReportCompiler.Sources sources) {
		return new NarrativeFigures(sources.agency(), sources.year(), total(report, ApplicationRow.NEWLY_RECEIVED),
				total(report, ApplicationRow.CARRIED_OVER), total(report, ApplicationRow.TOTAL_PROCESSED),
				total(report, ApplicationRow.CARRIED_FORWARD),
				total(report, ApplicationRow.GRANTED) + total(report, ApplicationRow.PARTIALLY_GRANTED),
				sources.channels().website(), sources.channels().wechat(), sources.questions().received(),
				sources.questions().answered(), report.appeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL),
				report.appeal(AppealGroup.LITIGATION_DIRECT, AppealColumn.TOTAL)
						+ report.appeal(AppealGroup.LITIGATION_AFTER_RECONSIDERATION, AppealColumn.TOTAL),
				sources.fees().collectedYuan(), sources.reopenedRounds());
	}

	/**
	 * The figures whose {@link #values()} are the given fields, as a compiled report or
	 * its snapshot keeps them. The WeChat count is read only where the account is
	 * recorded ({@code values()} writes an unrecorded one as {@code 0}); a field written
	 * before the rounds reopened were stated reads as {@code 0}.
	 * @param values the fields by key
	 * @param wechatRecorded whether the agency recorded its WeChat posts
	 */
	static NarrativeFigures of(Map<String, String> values, boolean wechatRecorded) {
		return new NarrativeFigures(values.get("agency"), Integer.parseInt(values.get("year")),
				Integer.parseInt(values.get("received")), Integer.parseInt(values.get("carriedOver")),
				Integer.parseInt(values.get("processed")), Integer.parseInt(values.get("carriedForward")),
				Integer.parseInt(values.get("granted")), Long.parseLong(values.get("website")),
				wechatRecorded ? Integer.valueOf(values.get("wechat")) : null,
				Integer.parseInt(values.get("questionsReceived")), Integer.parseInt(values.get("questionsAnswered")),
				Integer.parseInt(values.get("reconsideration")), Integer.parseInt(values.get("litigation")),
				new BigDecimal(values.get("feesYuan")), Long.parseLong(values.getOrDefault("reopened", "0")));
	}

	private static int total(AnnualReport report, ApplicationRow row) {
		Integer value = report.application(row, ApplicantColumn.TOTAL);
		return (value == null) ? 0 : value;
	}

	/** The fields by key, as the text shows them. */
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("agency", this.agency);
		values.put("year", String.valueOf(this.year));
		values.put("received", String.valueOf(this.received));
		values.put("carriedOver", String.valueOf(this.carriedOver));
		values.put("processed", String.valueOf(this.processed));
		values.put("carriedForward", String.valueOf(this.carriedForward));
		values.put("granted", String.valueOf(this.granted));
		values.put("website", String.valueOf(this.website));
		values.put("wechat", (this.wechat == null) ? "0" : String.valueOf(this.wechat));
		values.put("questionsReceived", String.valueOf(this.questionsReceived));
		values.put("questionsAnswered", String.valueOf(this.questionsAnswered));
		values.put("reconsideration", String.valueOf(this.reconsideration));
		values.put("litigation", String.valueOf(this.litigation));
		values.put("reopened", String.valueOf(this.reopened));
		values.put("feesYuan", this.feesYuan.signum() == 0 ? "0" : this.feesYuan.stripTrailingZeros().toPlainString());
		return values;
	}

}
