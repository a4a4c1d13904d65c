package org.gongkai.letters;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Facts of cases for the letters tests. */
final class Fixtures {

	static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

	static final LocalDate ISSUED = LocalDate.of(2026, 3, 20);

	static final LocalDate DUE = LocalDate.of(2026, 3, 30);

	static final LocalDate ORIGINAL_DUE = LocalDate.of(2026, 3, 27);

	private Fixtures() {
	}

	static LetterFacts.AgencyBlock agency() {
		return new LetterFacts.AgencyBlock("卧龙区商务局", "卧龙区商务局政府信息公开办公室", "南阳市卧龙区人民路 1 号", "473000",
				"工作日 8:30—12:00，14:30—17:30", "0377-63150000", "0377-63150001", "https://swj.wolong.gov.cn",
				"gk@wolong.gov.cn");
	}

	/** A case with every fact a letter may print. */
	static LetterFacts fullCase() {
		return LetterFacts
			.of("WL-2026-0042", new LetterFacts.Party("张三丰", "南阳市卧龙区建设路 8 号", "13800000000"), agency(), RECEIVED,
					ISSUED)
			.withAddressee(null)
			.withInformationSought("2025年度卧龙区商贸流通专项资金分配结果")
			.withTerm(DUE, 15)
			.withOriginalDueOn(ORIGINAL_DUE)
			.withReasons("该信息载有企业的银行账户等商业秘密")
			.withDetails("请于工作日到本机关政府信息公开办公室领取")
			.withResponsibleAgency("南阳市财政局", "南阳市新华东路 1 号，电话 0377-63100000")
			.withFee(new LetterFacts.Fee("按件计收：每月 10 件以内免费，11—30 件每件 100 元", new BigDecimal("5500"), "通过非税收入收缴系统缴入国库"))
			.withRemedies(LetterFacts.Remedies.before("南阳市卧龙区人民政府", "南阳市卧龙区人民法院"));
	}

	/** The same case, for a letter to a third party or another agency. */
	static LetterFacts addressedTo(LetterFacts facts, String name) {
		return facts.withAddressee(new LetterFacts.Party(name, "南阳市某路 2 号", null));
	}

	/** The facts a kind of letter is generated from in the tests. */
	static LetterFacts factsFor(LetterKind kind) {
		return switch (kind.addressee()) {
			case APPLICANT -> fullCase();
			case THIRD_PARTY -> addressedTo(fullCase(), "南阳市某某商贸有限公司");
			case AGENCY -> addressedTo(fullCase(), "南阳市卧龙区财政局");
		};
	}

}
