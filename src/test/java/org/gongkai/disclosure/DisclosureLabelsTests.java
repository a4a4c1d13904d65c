package org.gongkai.disclosure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.gongkai.agencies.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labels that templates compose from a number (the Art. 20 items) exist in both
 * bundles: a missing one shows as ??key?? on the entry page, which the template text test
 * cannot see.
 */
class DisclosureLabelsTests {

	@ParameterizedTest
	@ValueSource(strings = { "i18n/disclosure.properties", "i18n/disclosure_en.properties" })
	void everyItemOfArticle20AndGroupOfArticle21HasALabel(String bundle) throws IOException {
		Properties labels = load(bundle);
		for (int item = 1; item <= 15; item++) {
			assertThat(labels.getProperty("disclosure.article20." + item)).as("item %d in %s", item, bundle)
				.isNotBlank();
		}
		for (int group = 1; group <= 4; group++) {
			assertThat(labels.getProperty("disclosure.article21." + group)).as("group %d in %s", group, bundle)
				.isNotBlank();
		}
	}

	@Test
	void theChineseLabelsCiteTheItemsOfTheRegulations() throws IOException {
		Properties labels = load("i18n/disclosure.properties");
		assertThat(labels.getProperty("disclosure.article20.1")).isEqualTo("（一）行政法规、规章和行政规范性文件");
		assertThat(labels.getProperty("disclosure.article20.9")).isEqualTo("（九）政府集中采购项目的目录、标准及实施情况");
		assertThat(labels.getProperty("disclosure.article20.15")).startsWith("（十五）");
	}

	@Test
	void theDefaultLevelNamesReadThroughTheirKeysAndAnAgencysOwnNameIsData() throws IOException {
		Properties chinese = load("i18n/disclosure.properties");
		Properties english = load("i18n/disclosure_en.properties");
		for (ReviewLevel level : ReviewChain.standard().levels()) {
			assertThat(chinese.getProperty(level.nameKey())).isEqualTo(level.name());
		}
		assertThat(ReviewChain.standard().levels()).extracting(level -> english.getProperty(level.nameKey()))
			.containsExactly("First review", "Second review", "Final review (sign-off)");
		ReviewLevel unnamed = new ReviewLevel(4, Role.LEADER, false, true);
		assertThat(unnamed.name()).isEqualTo("第4级审核");
		assertThat(unnamed.nameKey()).isEqualTo("disclosure.level.name.numbered");
		assertThat(chinese.getProperty(unnamed.nameKey())).isEqualTo("第{0}级审核");
		assertThat(new ReviewLevel(2, Role.LEADER, false, true, "终审").nameKey())
			.isEqualTo("disclosure.level.name.final");
		assertThat(new ReviewLevel(2, Role.LEADER, false, true, "局长签发").nameKey()).isNull();
		assertThat(new ReviewLevel(2, Role.LEADER, false, true, "第3级审核").nameKey()).as("not its own level").isNull();
	}

	private static Properties load(String bundle) throws IOException {
		Properties labels = new Properties();
		try (var in = DisclosureLabelsTests.class.getClassLoader().getResourceAsStream(bundle)) {
			labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return labels;
	}

}
