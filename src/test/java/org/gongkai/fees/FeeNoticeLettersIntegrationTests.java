package org.gongkai.fees;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.letters.GeneratedLetter;
import org.gongkai.letters.LetterFacts;
import org.gongkai.letters.LetterFormat;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.Letters;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fee-notice step with its letter: one call issues the notice and generates the
 * 收费通知书, kept as a document of the case (kind, revision, number, who generated it), whose
 * text read back from the DOCX and the PDF states the applicant, the amount, the
 * 20-working-day term from the day after receipt and the basis; a refused notice leaves
 * no letter.
 */
@SpringBootTest
@Transactional
class FeeNoticeLettersIntegrationTests {

	@Autowired
	FeeNoticeLetters feeNoticeLetters;

	@Autowired
	Letters letters;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	LetterFacts caseFacts(long agency) {
		return LetterFacts
			.of("GK-2026-0917", new LetterFacts.Party("王小明", "南阳市卧龙区人民路 1 号", "13800000000"),
					new LetterFacts.AgencyBlock("卧龙区商务局", "卧龙区商务局办公室", "南阳市卧龙区建设路 8 号", "473000", null, "0377-61234567",
							null, null, null),
					LocalDate.of(2026, 9, 1), LocalDate.now(clock))
			.withInformationSought("2025年全区商贸企业补贴发放明细")
			.withRemedies(LetterFacts.Remedies.before("南阳市卧龙区人民政府", "南阳市卧龙区人民法院"));
	}

	@Test
	void issuingTheNoticeGeneratesItsLetterWithTheFeeTheTermAndTheBasis() throws IOException {
		((MutableClock) clock).setDay(LocalDate.of(2026, 9, 21));
		long agency = Fixtures.agencyId(agencies, "卧龙区商务局");

		FeeNoticeLetters.Issued issued = feeNoticeLetters.issue(
				new FeeNotices.NewFeeNotice(910_001, agency, FeeBasis.PER_PAGE, 250, null), CaseState.OPEN,
				caseFacts(agency), "handler");

		assertThat(issued.notice().amountYuan()).isEqualByComparingTo("4700");
		GeneratedLetter letter = issued.letter();
		assertThat(letter.kind()).isEqualTo(LetterKind.FEE_NOTICE);
		assertThat(letter.caseId()).isEqualTo(910_001L);
		assertThat(letter.agencyId()).isEqualTo(agency);
		assertThat(letter.revision()).isEqualTo(1);
		assertThat(letter.generatedBy()).isEqualTo("handler");
		assertThat(letter.number()).isNotBlank();
		assertThat(letters.forCase(910_001)).extracting(GeneratedLetter::id).containsExactly(letter.id());

		for (String text : new String[] { docxText(letters.file(letter.id(), LetterFormat.DOCX)),
				pdfText(letters.file(letter.id(), LetterFormat.PDF)) }) {
			String compact = text.replaceAll("\\s", "");
			assertThat(compact).contains("政府信息公开信息处理费收费通知书")
				.contains("王小明")
				.contains("GK-2026-0917")
				.contains("人民币4700元")
				.contains("自收到本通知次日起20个工作日内缴纳费用")
				.contains("《条例》第四十二条，《政府信息公开信息处理费管理办法》")
				.contains("国办函〔2020〕109号")
				.contains(FeesProperties.DEFAULT_PAYMENT.replaceAll("\\s", ""))
				.contains("卧龙区商务局")
				.contains("2026年9月21日");
		}
	}

	@Test
	void aRefusedNoticeLeavesNoLetter() {
		((MutableClock) clock).setDay(LocalDate.of(2026, 9, 21));
		long agency = Fixtures.agencyId(agencies, "卧龙区商务局");
		long lettersBefore = jdbc.sql("select count(*) from letter").query(Long.class).single();

		assertThatThrownBy(
				() -> feeNoticeLetters.issue(new FeeNotices.NewFeeNotice(910_002, agency, FeeBasis.PER_PAGE, 250, null),
						CaseState.CLOSED, caseFacts(agency), "handler"))
			.isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "fee.case-closed");
		feeNoticeLetters.issue(new FeeNotices.NewFeeNotice(910_003, agency, FeeBasis.PER_PAGE, 40, null),
				CaseState.OPEN, caseFacts(agency), "handler");
		assertThatThrownBy(
				() -> feeNoticeLetters.issue(new FeeNotices.NewFeeNotice(910_003, agency, FeeBasis.PER_PAGE, 40, null),
						CaseState.OPEN, caseFacts(agency), "handler"))
			.isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "fee.notice-exists");

		assertThat(jdbc.sql("select count(*) from letter").query(Long.class).single()).isEqualTo(lettersBefore + 1);
		assertThat(letters.forCase(910_002)).isEmpty();
	}

	static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
