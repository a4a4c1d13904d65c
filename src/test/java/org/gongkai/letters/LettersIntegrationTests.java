package org.gongkai.letters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Fixtures;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Letters in the database: generated, numbered, kept with who generated them and read
 * back; the agency's own wording saved or refused; numbers that never repeat under
 * concurrency.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LettersIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterTemplates templates;

	@Autowired
	LetterNumbers numbers;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	long agency(String name) {
		return Fixtures.agency(agencies, name).getId();
	}

	@Test
	@Transactional
	void generatesNumbersAndKeepsAReplyWithWhoGeneratedIt() throws Exception {
		long commerce = agency("卧龙区商务局");
		LetterFacts facts = org.gongkai.letters.Fixtures.fullCase();
		GeneratedLetter first = letters
			.generate(new Letters.NewLetter(commerce, 9001L, LetterKind.REPLY_PARTIALLY_GRANTED, facts), "handler1");
		GeneratedLetter second = letters
			.generate(new Letters.NewLetter(commerce, 9001L, LetterKind.REPLY_PARTIALLY_GRANTED, facts), "handler2");

		assertThat(first.revision()).isEqualTo(1);
		assertThat(second.revision()).isEqualTo(2);
		assertThat(first.number()).startsWith("依申请〔").isNotEqualTo(second.number());
		assertThat(first.generatedBy()).isEqualTo("handler1");
		assertThat(first.templateVersion()).isZero();
		assertThat(letters.forCase(9001L)).extracting(GeneratedLetter::id).containsExactly(first.id(), second.id());
		String pdf = LetterRenderingTests
			.compact(LetterRenderingTests.pdfText(letters.file(first.id(), LetterFormat.PDF)));
		String docx = LetterRenderingTests
			.compact(LetterRenderingTests.docxText(letters.file(first.id(), LetterFormat.DOCX)));
		assertThat(pdf).contains(first.number(), "张三丰", "《条例》第三十七条");
		assertThat(docx).contains(first.number(), "张三丰", "《条例》第三十七条");
		assertThat(first.filename(LetterFormat.PDF)).endsWith(".pdf").contains("申请答复书");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'letter.generated'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	@Transactional
	void refusesAnAdverseReplyWithoutReasonsAndTakesNoNumber() {
		long commerce = agency("卧龙区商务局");
		LetterFacts facts = org.gongkai.letters.Fixtures.fullCase().withReasons(" ");
		long letterRows = jdbc.sql("select count(*) from letter").query(Long.class).single();
		assertThatThrownBy(() -> letters
			.generate(new Letters.NewLetter(commerce, 9002L, LetterKind.REPLY_WITHHELD_STATE_SECRET, facts), "h"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("理由")
			.extracting(ex -> ((RuleViolation) ex).code())
			.isEqualTo("letters.reasons-required");
		assertThat(jdbc.sql("select count(*) from letter").query(Long.class).single()).isEqualTo(letterRows);
	}

	@Test
	@Transactional
	void anAgencysOwnWordingIsUsedAndABrokenOneIsRefusedWithNothingSaved() throws Exception {
		long education = agency("卧龙区教育局");
		LetterKind kind = LetterKind.ACKNOWLEDGEMENT;
		String own = "# {{标题}}\n^ {{文号}}\n- {{申请人}}：\n本局已收到您的申请，将于{{期限日期}}前答复（{{法律依据}}）。\n> {{机关名称}}\n";
		int version = templates.save(education, kind, own, 0, "admin");
		assertThat(version).isEqualTo(1);
		assertThat(templates.current(education, kind).custom()).isTrue();

		assertThatThrownBy(() -> templates.save(education, kind, own + "{{未知}}\n", 1, "admin"))
			.isInstanceOf(TemplateRejected.class)
			.hasMessageContaining("第6行");
		assertThat(templates.current(education, kind).source()).isEqualTo(own);
		assertThatThrownBy(() -> templates.save(education, kind, own, 0, "admin"))
			.isInstanceOf(OptimisticLockingFailureException.class);

		GeneratedLetter letter = letters.generate(
				new Letters.NewLetter(education, 9003L, kind, org.gongkai.letters.Fixtures.fullCase()), "registrar");
		assertThat(letter.templateVersion()).isEqualTo(1);
		assertThat(LetterRenderingTests
			.compact(LetterRenderingTests.docxText(letters.file(letter.id(), LetterFormat.DOCX))))
			.contains("本局已收到您的申请");

		templates.reset(education, kind, "admin");
		assertThat(templates.current(education, kind).custom()).isFalse();
	}

	@Test
	void numbersNeverRepeatUnderConcurrency() throws Exception {
		long office = agency("卧龙区人民政府办公室");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<String>> takers = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				takers.add(() -> numbers.next(office));
			}
			Set<String> taken = new HashSet<>();
			for (Future<String> number : pool.invokeAll(takers)) {
				assertThat(taken.add(number.get())).as("number %s handed out twice", number.get()).isTrue();
			}
			assertThat(taken).hasSize(80);
		}
		finally {
			pool.shutdown();
		}
	}

}
