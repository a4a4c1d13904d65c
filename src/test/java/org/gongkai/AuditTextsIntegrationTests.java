package org.gongkai;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.gongkai.agencies.AgencyAuditSamples;
import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.StoredTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit summaries of the agencies, calendar, fees, reports and supervision modules in
 * the reader's language (issue 17 item 12): every kind of summary (each variant) carries
 * a message code whose Chinese gives back the signed summary exactly and whose English
 * has no Chinese but its data (the page: AuditTrailInEnglishIntegrationTests).
 */
@SpringBootTest
class AuditTextsIntegrationTests {

	@Autowired
	StoredTexts texts;

	static Stream<AuditableEvent> events() {
		return Stream.of(AgencyAuditSamples.events()).flatMap(List::stream);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void theCodeGivesBackTheChineseSummaryAndReadsInEnglish(AuditableEvent event) {
		assertThat(event.summaryCode()).as(event.summary()).isNotNull();
		String args = StoredTexts.encode(event.summaryArgs());
		assertThat(texts.agrees(event.summaryCode(), args, event.summary())).as(event.summary()).isTrue();
		assertThat(texts.render(event.summaryCode(), args, "?", Locale.SIMPLIFIED_CHINESE)).isEqualTo(event.summary());
		String english = texts.render(event.summaryCode(), args, "?", Locale.ENGLISH);
		assertThat(english).isNotEqualTo("?").isNotEqualTo(event.summary()).doesNotContain("{");
		// the data arguments, longest first (one may contain another)
		List<String> data = event.summaryArgs()
			.stream()
			.filter(arg -> !(arg instanceof AuditableEvent.Label))
			.map(String::valueOf)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		String left = english;
		for (String value : data) {
			left = left.replace(value, "");
		}
		assertThat(left).as(english).doesNotContainPattern("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
	}

	@Test
	void labelsReadInTheReadersLanguage() {
		assertThat(english(AgencyAuditSamples.events().get(5)))
			.isEqualTo("Account clerk created, email c****@demo.gongkai.org, role Handler in agency 3");
		assertThat(english(AgencyAuditSamples.events().get(3))).isEqualTo("Fax: (empty) → 0377-63200002");
		assertThat(english(AgencyAuditSamples.events().get(1)))
			.isEqualTo("Supervising office added: 卧龙区人民政府办公室 (no unified social credit code); under: 南阳市卧龙区");
	}

	String english(AuditableEvent event) {
		return texts.render(event.summaryCode(), StoredTexts.encode(event.summaryArgs()), "?", Locale.ENGLISH);
	}

}
