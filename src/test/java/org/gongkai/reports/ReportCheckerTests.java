package org.gongkai.reports;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports built from the seed with one fault injected each: the checker finds exactly the
 * rule that is broken, at the right place.
 */
class ReportCheckerTests {

	private static List<String> errors(CheckResult result) {
		return result.findings().stream().filter(Finding::isError).map(Finding::rule).distinct().toList();
	}

	@Test
	void aConsistentReportWithApplicationsHasNoError() {
		CheckResult result = ReportTexts.withApplications().check();
		assertThat(result.findings()).noneMatch(Finding::isError);
		assertThat(result.report().application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON))
			.isEqualTo(80);
		assertThat(result.report().application(ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantColumn.TOTAL))
			.isEqualTo(20);
	}

	@Test
	void oneCellOffBreaksTheRowTotalAndTheColumnSum() {
		CheckResult result = ReportTexts.withApplications().row("1. 属于国家秘密", "1\t0\t0\t0\t0\t0\t0").check();
		assertThat(errors(result)).containsExactlyInAnyOrder("R-1", "R-2");
		assertThat(result.findings()).anySatisfy(finding -> {
			assertThat(finding.rule()).isEqualTo("R-2");
			assertThat(finding.location()).isEqualTo(Location.cell("三", "withheld.stateSecret", "total"));
		});
	}

	@Test
	void aWrongVerticalSumIsRuleOne() {
		CheckResult result = ReportTexts.withApplications()
			.row("1. 属于国家秘密", "1\t0\t0\t0\t0\t0\t1")
			.row("2. 重复申请", "0\t0\t0\t0\t0\t0\t0")
			.check();
		assertThat(errors(result)).containsExactly("R-1");
		assertThat(result.findings().stream().filter(finding -> finding.rule().equals("R-1")))
			.extracting(finding -> finding.location().column())
			.containsExactlyInAnyOrder("naturalPerson", "total");
	}

	@Test
	void aWrongRowTotalIsRuleTwo() {
		CheckResult wrong = ReportTexts.seed()
			.row("一、本年新收", "1\t0\t0\t0\t0\t0\t2")
			.row("(一) 予以公开", "1\t0\t0\t0\t0\t0\t2")
			.row("(七) 总计", "1\t0\t0\t0\t0\t0\t2")
			.replace("全年收到依申请公开 0 件", "全年收到依申请公开 2 件")
			.check();
		assertThat(errors(wrong)).containsExactly("R-2");
	}

	@Test
	void theBalanceOfEachColumnIsRuleOffOne() {
		CheckResult wrong = ReportTexts.seed()
			.row("一、本年新收", "3\t0\t0\t0\t0\t0\t3")
			.replace("全年收到依申请公开 0 件", "全年收到依申请公开 3 件")
			.check();
		assertThat(errors(wrong)).containsExactly("R-OFF-1");
		assertThat(wrong.findings().stream().filter(finding -> finding.rule().equals("R-OFF-1")))
			.extracting(finding -> finding.location().column())
			.containsExactly("naturalPerson", "total");
	}

	@Test
	void aBlankCellIsNullWithAFinding() {
		CheckResult result = ReportTexts.seed().row("2. 重复申请", "0\t0\t\t0\t0\t0\t0").check();
		assertThat(result.report()
			.application(ApplicationRow.NOT_PROCESSED_REPEATED, ApplicantColumn.RESEARCH_INSTITUTION)).isNull();
		assertThat(result.report().application(ApplicationRow.NOT_PROCESSED_REPEATED, ApplicantColumn.TOTAL)).isZero();
		assertThat(errors(result)).containsExactly("R-5");
		assertThat(result.findings()).anySatisfy(finding -> assertThat(finding.location())
			.isEqualTo(Location.cell("三", "notProcessed.repeated", "researchInstitution")));
	}

	@Test
	void aSlashPlaceholderIsNullWithAFinding() {
		CheckResult result = ReportTexts.seed().replace("规章\t0\t0\t0", "规章\t/\t/\t/").check();
		assertThat(result.report().activeDisclosure().regulations().inForce()).isNull();
		assertThat(errors(result)).containsExactly("R-5");
		CheckResult dash = ReportTexts.seed().row("(一) 予以公开", "—\t0\t0\t0\t0\t0\t0").check();
		assertThat(dash.report().application(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).isNull();
		assertThat(errors(dash)).containsExactly("R-5");
	}

	@Test
	void aWrongLabelIsReportedAndStillRead() {
		CheckResult result = ReportTexts.withApplications()
			.replace("2. 其他法律行政法规禁止公开", "2. 其他法律行政止公开")
			.replace("行政规范性文件\t0", "规范性文件\t0")
			.check();
		assertThat(errors(result)).containsExactly("R-9");
		assertThat(result.findings()).filteredOn(finding -> finding.rule().equals("R-9"))
			.extracting(finding -> finding.location().row())
			.containsExactlyInAnyOrder("withheld.prohibitedByLaw", "normativeDocuments");
		assertThat(result.report().application(ApplicationRow.WITHHELD_PROHIBITED_BY_LAW, ApplicantColumn.TOTAL))
			.isZero();
	}

	@Test
	void aMissingSectionIsRuleNine() {
		CheckResult result = ReportTexts.seed().replace("五、存在的主要问题及改进情况", "").check();
		assertThat(errors(result)).containsExactly("R-9");
		assertThat(result.findings()).anySatisfy(finding -> assertThat(finding.message()).contains("存在的主要问题及改进情况"));
	}

	@Test
	void aNarrativeFigureThatContradictsTheTableIsRuleSix() {
		CheckResult result = ReportTexts.withApplications().replace("全年收到依申请公开 81 件", "全年收到依申请公开 80 件").check();
		assertThat(errors(result)).containsExactly("R-6");
		Finding finding = result.findings().get(0);
		assertThat(finding.location().sentence()).contains("全年收到依申请公开 80 件");
		assertThat(finding.message()).contains("80").contains("81");
	}

	@Test
	void theTrialTemplateOf2019IsRecognisedWithItsSingleOtherRow() {
		CheckResult result = ReportTexts.seed()
			.replace("卧龙区商务局 2023 年", "卧龙区商务局 2020 年")
			.replace("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量")
			.replace("行政规范性文件\t0", "规范性文件\t0")
			.replace("→(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n".replace("→", "\t"),
					"\t(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n")
			.replace("\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n", "")
			.replace("3. 其他\t\t0\t0\t0\t0\t0\t0\t0\t\n", "")
			.check();
		assertThat(result.report().format()).isEqualTo(TemplateFormat.F2019);
		assertThat(result.report().year()).isEqualTo(2020);
		assertThat(result.report().application(ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.TOTAL)).isZero();
		assertThat(errors(result)).isEmpty();
		assertThat(ReportJson.report(result.report())).contains("\"otherDisposal\":{\"other\":")
			.contains("\"format\":\"2019\"");
	}

	@Test
	void theOtherDisposalPrintedAsOneRowInThe2021TemplateIsBlankWithAFinding() {
		CheckResult result = ReportTexts.seed()
			.replace("\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n",
					"\t(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n")
			.replace("\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n", "")
			.replace("3. 其他\t\t0\t0\t0\t0\t0\t0\t0\t\n", "")
			.check();
		assertThat(result.report().application(ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.TOTAL)).isNull();
		assertThat(errors(result)).contains("R-9", "R-5");
	}

	@Test
	void cellsThatRanTogetherAreCutByTheRowTotal() {
		CheckResult result = ReportTexts.withApplications()
			.replace("一、本年新收政府信息公开申请数量\t\t80\t1\t0\t0\t0\t0\t81\t", "一、本年新收政府信息公开申请数量801000081")
			.check();
		assertThat(errors(result)).isEmpty();
		assertThat(result.report().application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON))
			.isEqualTo(80);
		assertThat(result.report().application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE))
			.isEqualTo(1);
		assertThat(result.report().application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(81);
	}

	@Test
	void runTogetherCellsWithSeveralReadingsAreUncertainNeverGuessed() {
		CheckResult result = ReportTexts.seed()
			.row("一、本年新收", "1\t1\t0\t0\t0\t0\t2")
			.row("(一) 予以公开", "1\t1\t0\t0\t0\t0\t2")
			.row("(七) 总计", "1\t1\t0\t0\t0\t0\t2")
			.replace("全年收到依申请公开 0 件", "全年收到依申请公开 2 件")
			.replace("(一) 予以公开\t1\t1\t0\t0\t0\t0\t2", "(一) 予以公开\t1100002")
			.check();
		assertThat(result.report().application(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(1);
		ReportTexts eleven = ReportTexts.seed()
			.row("一、本年新收", "11\t0\t0\t0\t0\t0\t11")
			.row("(一) 予以公开", "11\t0\t0\t0\t0\t0\t11")
			.row("(七) 总计", "11\t0\t0\t0\t0\t0\t11")
			.replace("全年收到依申请公开 0 件", "全年收到依申请公开 11 件");
		CheckResult resolved = eleven.replace("(一) 予以公开\t11\t0\t0\t0\t0\t0\t11", "(一) 予以公开\t1100000\t11").check();
		assertThat(resolved.findings()).noneMatch(Finding::isError);
		assertThat(resolved.report().application(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(11);
		CheckResult uncertain = eleven.replace("(七) 总计\t\t11\t0\t0\t0\t0\t0\t11", "(七) 总计\t\t1100000\t11")
			.replace("数量\t\t11\t0\t0\t0\t0\t0\t11", "数量\t\t1100000\t11")
			.check();
		assertThat(uncertain.findings()).filteredOn(finding -> finding.rule().equals("extraction-uncertain"))
			.extracting(finding -> finding.location().row())
			.containsExactlyInAnyOrder("newlyReceived", "granted", "totalProcessed");
		assertThat(uncertain.report().application(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).isNull();
		assertThat(uncertain.report().application(ApplicationRow.GRANTED, ApplicantColumn.TOTAL)).isEqualTo(11);
		assertThat(uncertain.findings()).noneMatch(finding -> finding.rule().equals("R-5"));
	}

	@Test
	void agencyAndYearComeFromTheTitleInEitherOrder() {
		CheckResult result = ReportTexts.seed()
			.replace("卧龙区商务局 2023 年政府信息公开工作年度报告", "二〇二三年度卧龙区商务局政府信息公开工作年度报告")
			.check();
		assertThat(result.report().agency()).isEqualTo("卧龙区商务局");
		assertThat(result.report().year()).isEqualTo(2023);
	}

	@Test
	void aNonNumericFeeInTheSixthSectionWithoutApplicationsIsRuleEight() {
		CheckResult result = ReportTexts.seed().replace("我局未收取政府信息公开信息处理费", "我局收取政府信息公开信息处理费 400 元").check();
		assertThat(errors(result)).containsExactly("R-8");
	}

	@Test
	void regulationsFromAnAgencyThatCannotMakeThemAreFlagged() {
		CheckResult result = ReportTexts.seed().replace("规章\t0\t0\t0", "规章\t0\t0\t6").check();
		assertThat(result.findings()).anySatisfy(finding -> {
			assertThat(finding.rule()).isEqualTo("R-7");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		});
		assertThat(ReportRules.check(result.report(), new ReportRules.Context(false, null)))
			.anySatisfy(finding -> assertThat(finding.rule()).isEqualTo("R-7"))
			.filteredOn(finding -> finding.rule().equals("R-7"))
			.allMatch(Finding::isError);
	}

	@Test
	void labelsBrokenOverLinesOrPrintedOneCharacterPerLineAndFullWidthDigitsAreRead() {
		CheckResult result = ReportTexts.withApplications()
			.replace("\t\t4. 保护第三方合法权益\t0\t0", "保\n护\n第\n三\n方\n合\n法\n权\n益\n\t\t\t０\t0")
			.replace("\t\t2. 没有现成信息需要另行制作\t", "\t\t2、没有现成信息\n需要另行制作\t")
			.replace("\t(一) 予以公开\t50\t1", "\t（一）予以公开\t５０\t1")
			.check();
		assertThat(result.findings()).noneMatch(Finding::isError);
		assertThat(result.report().application(ApplicationRow.WITHHELD_THIRD_PARTY, ApplicantColumn.TOTAL)).isZero();
		assertThat(result.report().application(ApplicationRow.UNAVAILABLE_NEEDS_CREATION, ApplicantColumn.TOTAL))
			.isZero();
		assertThat(result.report().application(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(50);
	}

}
