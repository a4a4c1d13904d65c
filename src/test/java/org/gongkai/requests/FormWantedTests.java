package org.gongkai.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms an applicant may ask for (Article 40; issue 11, item 14): paper, electronic,
 * 查阅 and 抄录, each with its Chinese and English label.
 */
class FormWantedTests {

	@Test
	void theFormsOfArticleFortyIncludeInspectionAndCopyingEachLabelledInBothLanguages() throws IOException {
		assertThat(FormWanted.values()).containsExactly(FormWanted.PAPER, FormWanted.ELECTRONIC, FormWanted.INSPECTION,
				FormWanted.COPYING);
		Properties zh = bundle("i18n/requests.properties");
		Properties en = bundle("i18n/requests_en.properties");
		assertThat(zh.getProperty("request.form.INSPECTION")).isEqualTo("查阅");
		assertThat(zh.getProperty("request.form.COPYING")).isEqualTo("抄录");
		for (FormWanted form : FormWanted.values()) {
			assertThat(en.getProperty("request.form." + form)).as(form.name()).isNotBlank();
			// The column holds the name.
			assertThat(form.name().length()).isLessThanOrEqualTo(20);
		}
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FormWantedTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
