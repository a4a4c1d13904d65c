package org.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text of every template comes from the message bundles, so that the
 * English bundle covers the whole UI: Chinese may appear only as the fallback content of
 * an element whose {@code th:text}, {@code th:utext} or {@code th:errors} replaces it
 * (what a designer sees when opening the file without the server).
 */
class TemplateTextTests {

	static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

	static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");

	static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

	@Test
	void templatesHoldNoHardCodedChineseOutsideReplacedFallbacks() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				problems.addAll(check(file.toString(), Files.readString(file)));
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A date field is a text field written YYYY-MM-DD (issue 17 item 4): a native date
	 * input shows the date in the browser's locale (11/28/2026 in an English browser).
	 */
	@Test
	void everyDateFieldIsWrittenYearMonthDayWhateverTheBrowsersLocale() throws IOException {
		List<String> problems = new ArrayList<>();
		int dateFields = 0;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher tag = TAG.matcher(Files.readString(file));
				while (tag.find()) {
					String attributes = tag.group(3);
					if (attributes.contains("type=\"date\"")) {
						problems.add(file + ": a native date input");
					}
					if (attributes.contains("placeholder=\"YYYY-MM-DD\"")) {
						dateFields++;
						if (!attributes.contains("pattern=\"\\d{4}-\\d{2}-\\d{2}\"")
								|| !attributes.contains("th:title=\"#{form.date.hint}\"")) {
							problems.add(file + ": a date field without its pattern or hint");
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(dateFields).isGreaterThan(30);
	}

	@Test
	void theCheckFindsHardCodedTextAndAttributes() {
		assertThat(check("t", "<p>请填写</p>")).hasSize(1);
		assertThat(check("t", "<input placeholder=\"姓名\">")).hasSize(1);
		assertThat(check("t", "<span th:text=\"#{x}\">x</span> 文字")).hasSize(1);
		assertThat(check("t", "<p th:text=\"#{x}\">请填写</p><!-- 注释 -->")).isEmpty();
	}

	static List<String> check(String name, String html) {
		String text = html.replaceAll("(?s)<!--.*?-->", "");
		List<String> problems = new ArrayList<>();
		Matcher tag = TAG.matcher(text);
		int end = 0;
		boolean replaced = false;
		while (tag.find()) {
			String between = text.substring(end, tag.start());
			if (CJK.matcher(between).find() && !replaced) {
				problems.add(name + ": text \"" + between.strip() + "\"");
			}
			Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
			boolean opening = tag.group(1).isEmpty();
			replaced = false;
			while (attribute.find()) {
				String attributeName = attribute.group(1);
				if (opening && (attributeName.equals("th:text") || attributeName.equals("th:utext")
						|| attributeName.equals("th:errors"))) {
					replaced = true;
				}
				if (CJK.matcher(attribute.group(2)).find()) {
					problems.add(name + ": attribute " + attributeName + "=" + attribute.group(2));
				}
			}
			end = tag.end();
		}
		if (CJK.matcher(text.substring(end)).find()) {
			problems.add(name + ": trailing text");
		}
		return problems;
	}

}
