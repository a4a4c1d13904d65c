package org.gongkai.letters;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The template markup: what it accepts and what it refuses, naming the line. */
class LetterTemplateTests {

	@Test
	void everyShippedTemplateParses() {
		for (LetterKind kind : LetterKind.values()) {
			assertThat(LetterTemplate.parse(kind, LetterTemplates.defaultSource(kind)).source()).as(kind.code())
				.contains("# ");
		}
	}

	@Test
	void refusesAnUnknownPlaceholderNamingItsLine() {
		TemplateRejected rejected = reject(LetterKind.ACKNOWLEDGEMENT, "# {{标题}}\n- {{申请人}}：\n收到{{收件日期}}。\n");
		assertThat(rejected.problems()).extracting(LetterTemplate.Problem::line).containsExactly(3);
		assertThat(rejected.problems().get(0).describe()).isEqualTo("第3行：未知的占位符“{{收件日期}}”");
		assertThat(rejected.code()).isEqualTo("letters.template-invalid");
		assertThat(rejected.getMessage()).contains("第3行");
	}

	@Test
	void refusesBrokenMarkupNamingEachLine() {
		TemplateRejected rejected = reject(LetterKind.ACKNOWLEDGEMENT, """
				# {{标题}}
				- {{申请人}}：
				本机关于{{收到日期收到申请。
				多余的}}括号。
				空的{{}}占位符。
				#没有空格的标记
				?不存在 条件行
				?申请人
				""");
		assertThat(rejected.problems()).extracting(LetterTemplate.Problem::describe)
			.containsExactly("第3行：占位符未闭合：“{{”后缺少“}}”", "第4行：多余的“}}”：前面缺少“{{”", "第5行：占位符“{{}}”没有名称",
					"第6行：未知的标记“#”：标记后应有一个空格，可用的标记为 # ^ - >", "第7行：未知的占位符“不存在”", "第8行：条件行应为“?占位符名称 内容”或“!占位符名称 内容”");
	}

	@Test
	void refusesATemplateWithoutTitle() {
		assertThat(reject(LetterKind.ACKNOWLEDGEMENT, "- {{申请人}}：\n").problems())
			.extracting(LetterTemplate.Problem::describe)
			.containsExactly("模板缺少标题行（以“# ”开头的一行）");
	}

	@Test
	void refusesAnAdverseReplyWithoutReasonsArticleOrRemedies() {
		List<String> problems = reject(LetterKind.REPLY_WITHHELD_STATE_SECRET, "# {{标题}}\n- {{申请人}}：\n本机关决定不予公开。\n")
			.problems()
			.stream()
			.map(LetterTemplate.Problem::describe)
			.toList();
		assertThat(problems).contains("答复书须引用法律依据：模板缺少“{{法律依据}}”", "不利答复须说明理由：模板缺少“{{理由}}”")
			.anyMatch(problem -> problem.contains("{{复议机关}}"))
			.anyMatch(problem -> problem.contains("{{诉讼法院}}"));
	}

	@Test
	void aGrantingReplyNeedsNoReasonsButStillItsRemedies() {
		String source = "# {{标题}}\n根据{{法律依据}}，予以公开。\n{{复议期限}}{{复议机关}}{{诉讼期限}}{{诉讼法院}}\n";
		assertThat(LetterTemplate.parse(LetterKind.REPLY_GRANTED, source).source()).isEqualTo(source);
		assertThatThrownBy(() -> LetterTemplate.parse(LetterKind.REPLY_PARTIALLY_GRANTED, source))
			.isInstanceOf(TemplateRejected.class)
			.hasMessageContaining("{{理由}}");
	}

	@Test
	void theReplyNotThisAgencysToDiscloseMustNameTheResponsibleAgencyAndItsContact() {
		String source = "# {{标题}}\n根据{{法律依据}}，不属于本机关负责公开。理由：{{理由}}\n" + "{{复议期限}}{{复议机关}}{{诉讼期限}}{{诉讼法院}}\n";
		assertThat(reject(LetterKind.REPLY_UNAVAILABLE_NOT_RESPONSIBLE, source).problems())
			.extracting(LetterTemplate.Problem::describe)
			.containsExactly("不属于本机关公开的答复须告知负责机关及其联系方式：模板缺少“{{负责机关}}”", "不属于本机关公开的答复须告知负责机关及其联系方式：模板缺少“{{负责机关联系方式}}”");
		assertThat(LetterTemplate.parse(LetterKind.REPLY_UNAVAILABLE_NOT_HELD, source).source()).isEqualTo(source);
	}

	@Test
	void notHeldAndNotResponsibleAreTwoRepliesCitingTheirOwnItem() {
		LetterFacts facts = Fixtures.fullCase();
		String notHeld = text(LetterKind.REPLY_UNAVAILABLE_NOT_HELD, facts);
		assertThat(notHeld).contains("根据《条例》第三十六条第（四）项的规定，告知您该政府信息不存在")
			.contains("具体理由：该信息载有企业的银行账户等商业秘密")
			.doesNotContain("第（五）项", "南阳市财政局", "负责公开");
		String notResponsible = text(LetterKind.REPLY_UNAVAILABLE_NOT_RESPONSIBLE, facts);
		assertThat(notResponsible).contains("您申请获取的政府信息不属于本机关负责公开")
			.contains("理由：该信息载有企业的银行账户等商业秘密")
			.contains("根据《条例》第三十六条第（五）项的规定，告知您负责公开该政府信息的机关为南阳市财政局")
			.contains("该机关的联系方式：南阳市新华东路 1 号，电话 0377-63100000")
			.contains("60日内向南阳市卧龙区人民政府申请行政复议", "6个月内向南阳市卧龙区人民法院提起行政诉讼")
			.doesNotContain("第（四）项", "不存在", "尚不能确定");
		String undetermined = text(LetterKind.REPLY_UNAVAILABLE_NOT_RESPONSIBLE,
				facts.withResponsibleAgency(null, null));
		assertThat(undetermined).contains("根据《条例》第三十六条第（五）项的规定，特此告知。本机关经核实，尚不能确定负责公开该政府信息的机关")
			.doesNotContain("联系方式：", "南阳市财政局");
	}

	private static String text(LetterKind kind, LetterFacts facts) {
		return LetterTemplate.parse(kind, LetterTemplates.defaultSource(kind))
			.fill(Placeholders.values(kind, facts, "依申请〔2026〕7号"))
			.stream()
			.map(LetterTemplate.Paragraph::text)
			.collect(Collectors.joining("\n"));
	}

	@Test
	void fillsPlaceholdersLayoutAndConditionalLines() {
		LetterTemplate template = LetterTemplate.parse(LetterKind.ACKNOWLEDGEMENT, """
				# {{标题}}
				^ {{文号}}
				- {{申请人}}：
				  收到日期：{{收到日期}}。
				?负责机关 负责机关：{{负责机关}}
				!负责机关 没有负责机关
				> {{机关名称}}
				""");
		LetterFacts facts = Fixtures.fullCase().withResponsibleAgency(null, null);
		List<LetterTemplate.Paragraph> paragraphs = template
			.fill(Placeholders.values(LetterKind.ACKNOWLEDGEMENT, facts, "依申请〔2026〕7号"));
		assertThat(paragraphs).containsExactly(new LetterTemplate.Paragraph(LetterTemplate.Style.TITLE, "政府信息公开申请受理回执"),
				new LetterTemplate.Paragraph(LetterTemplate.Style.CENTER, "依申请〔2026〕7号"),
				new LetterTemplate.Paragraph(LetterTemplate.Style.LEFT, "张三丰："),
				new LetterTemplate.Paragraph(LetterTemplate.Style.BODY, "收到日期：2026年3月2日。"),
				new LetterTemplate.Paragraph(LetterTemplate.Style.BODY, "没有负责机关"),
				new LetterTemplate.Paragraph(LetterTemplate.Style.RIGHT, "卧龙区商务局"));
	}

	private static TemplateRejected reject(LetterKind kind, String source) {
		return catchThrowableOfType(TemplateRejected.class, () -> LetterTemplate.parse(kind, source));
	}

}
