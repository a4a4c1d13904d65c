package org.gongkai;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Chinese message has its English counterpart and the other way round, in every
 * module's bundle.
 */
class MessageBundleTests {

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		Path folder = Path.of("src/main/resources/i18n");
		try (Stream<Path> files = Files.list(folder)) {
			for (Path chinese : files.filter(path -> !path.getFileName().toString().contains("_")).toList()) {
				Path english = folder
					.resolve(chinese.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle of " + chinese.getFileName()).exists();
				assertThat(keys(english)).as(english.getFileName().toString()).isEqualTo(keys(chinese));
			}
		}
	}

	static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
