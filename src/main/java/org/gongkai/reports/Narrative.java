package org.gongkai.reports;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the annual report: sections 一 (总体情况, with its five parts 主动公开, 依申请公开,
 * 政府信息管理, 平台建设 and 监督保障), 五 and 六 drafted from the records in the register of published
 * reports (the seed), and edited by staff. A figure is written as a live field
 * {@code {{key}}} of {@link NarrativeFigures}, replaced by its value whenever the text is
 * shown, so the text follows the tables; a figure typed in by hand is checked by R-6.
 * Sections 二, 三 and 四 are the tables and carry no text of their own.
 */
public final class Narrative {

	private static final Pattern FIELD = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

	private Narrative() {
	}

	/**
	 * The editable text of sections 一, 五 and 六 with its fields; {@code null} for a
	 * section still as drafted.
	 */
	public record Texts(String overview, String problems, String other) {

		/** These texts, each {@code null} one taken from {@code drafted}. */
		public Texts orElse(Texts drafted) {
			return new Texts((this.overview != null) ? this.overview : drafted.overview(),
					(this.problems != null) ? this.problems : drafted.problems(),
					(this.other != null) ? this.other : drafted.other());
		}

		/** The text of section {@code number} (1, 5 or 6). */
		public String section(int number) {
			return switch (number) {
				case 1 -> this.overview;
				case 5 -> this.problems;
				case 6 -> this.other;
				default -> throw new IllegalArgumentException("只有第一、五、六部分有可编辑的正文：" + number);
			};
		}

		/** These texts with section {@code number} replaced. */
		public Texts with(int number, String text) {
			return switch (number) {
				case 1 -> new Texts(text, this.problems, this.other);
				case 5 -> new Texts(this.overview, text, this.other);
				case 6 -> new Texts(this.overview, this.problems, text);
				default -> throw new IllegalArgumentException("只有第一、五、六部分有可编辑的正文：" + number);
			};
		}

	}

	/** The drafted text of sections 一, 五 and 六 for {@code figures}, with live fields. */
	public static Texts draft(NarrativeFigures figures) {
		StringBuilder overview = new StringBuilder();
		overview.append("{{year}} 年，{{agency}}坚持以公开为常态、不公开为例外，加强信息发布管理，提高政策解读质量，积极回应社会关切，")
			.append("规范依申请公开办理，完善平台载体建设，全面提升工作透明度和公信力。\n\n");
		overview.append("（一）主动公开：\n\n")
			.append("坚持将政务公开工作纳入重要议事日程，明确工作任务，落实工作责任，严格执行“分级审核、先审后发”程序。")
			.append("全年通过政府网站主动公开政府信息 {{website}} 条。\n\n");
		overview.append("（二）依申请公开：\n\n").append("健全依申请公开的受理、登记、办理、审核、答复、归档等管理流程，遵循法定时限，规范答复口径。");
		if (figures.received() + figures.carriedOver() == 0) {
			overview.append("全年收到依申请公开 {{received}} 件。\n\n");
		}
		else {
			overview.append("全年收到依申请公开 {{received}} 件，上年结转 {{carriedOver}} 件，办结 {{processed}} 件，")
				.append("结转下年度继续办理 {{carriedForward}} 件。");
			if (figures.reopened() > 0) {
				// worded without 申请 or 复议 so that R-6 reads it as none of the tables'
				// figures
				overview.append("其中，原答复被依法纠正后重新办理 {{reopened}} 件。");
			}
			overview.append("\n\n");
		}
		overview.append("（三）政府信息管理：\n\n")
			.append("聚焦涉及群众切身利益、社会各界高度关注的重点领域，及时发布相关政策法规和工作情况。")
			.append("充分运用信箱、在线咨询和 12345 热线等渠道，收到各类咨询投诉 {{questionsReceived}} 件，")
			.append("回复 {{questionsAnswered}} 件。\n\n");
		overview.append("（四）政府信息公开平台建设：\n\n").append("依托政府网站做好信息发布和日常维护，网站发布信息 {{website}} 条。");
		if (figures.wechat() != null) {
			overview.append("做好政务新媒体管理运营，微信公众号推送 {{wechat}} 条信息。");
		}
		overview.append("\n\n");
		overview.append("（五）监督保障：\n\n").append("健全政府信息公开发布、审查保密、协调和动态调整等配套制度，落实“三审”制度，确保信息发布真实、准确、安全。");
		if (figures.reconsideration() + figures.litigation() == 0) {
			overview.append("全年未发生政府信息公开行政复议、行政诉讼案件。");
		}
		else {
			overview.append("全年涉及政府信息公开的行政复议 {{reconsideration}} 件，行政诉讼 {{litigation}} 件。");
		}
		String problems = "{{year}}年，我单位在政务公开方面取得了一定的成效，但与上级要求及群众需求相比仍存在差距和不足。"
				+ "一是政务公开意识有待提高，政务公开力度需要加大。二是政务公开内容需要充实，公开时效性有待加强。\n\n"
				+ "针对以上问题，我单位将贯彻落实《中华人民共和国政府信息公开条例》，规范政务公开工作，提升政务公开质量。"
				+ "一是加强政务公开培训，提高政务公开意识。二是拓宽政务公开渠道，运用新媒体平台及时发布政务信息。";
		String other = (figures.feesYuan().signum() == 0) ? "{{year}}年，依据《政府信息公开信息处理费管理办法》，我单位未收取政府信息公开信息处理费。"
				: "{{year}}年，依据《政府信息公开信息处理费管理办法》，我单位共收取信息处理费 {{feesYuan}} 元。";
		return new Texts(overview.toString().strip(), problems, other);
	}

	/** {@code text} with every known field replaced by its value. */
	public static String render(String text, NarrativeFigures figures) {
		return render(text, figures.values());
	}

	/** {@code text} with every field of {@code values} replaced by its value. */
	public static String render(String text, Map<String, String> values) {
		Matcher field = FIELD.matcher(text);
		StringBuilder rendered = new StringBuilder();
		while (field.find()) {
			String value = values.get(field.group(1));
			field.appendReplacement(rendered, Matcher.quoteReplacement((value != null) ? value : field.group()));
		}
		field.appendTail(rendered);
		return rendered.toString();
	}

	/** The six sections of the report, the text of 一, 五 and 六 rendered. */
	static List<ReportSection> sections(Texts texts, NarrativeFigures figures) {
		return sections(texts, figures.values());
	}

	/**
	 * The six sections of the report, the text of 一, 五 and 六 rendered with
	 * {@code fields}.
	 */
	static List<ReportSection> sections(Texts texts, Map<String, String> figures) {
		List<String> headings = ReportSection.HEADINGS;
		return List.of(new ReportSection(1, headings.get(0), render(texts.overview(), figures)),
				new ReportSection(2, headings.get(1), ""), new ReportSection(3, headings.get(2), ""),
				new ReportSection(4, headings.get(3), ""),
				new ReportSection(5, headings.get(4), render(texts.problems(), figures)),
				new ReportSection(6, headings.get(5), render(texts.other(), figures)));
	}

}
