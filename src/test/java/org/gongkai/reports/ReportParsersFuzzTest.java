package org.gongkai.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of each reader and the extraction behind it (Jazzer): no input makes an
 * exception escape, and each gets a report with findings or a clear reason it is
 * unreadable, never the checker's last-resort message for an unexpected exception. The
 * normal test run replays the seed corpus of each method
 * ({@code src/test/resources/org/gongkai/reports/ReportParsersFuzzTestInputs/<method>});
 * {@code bench/checker/fuzz.sh} fuzzes each method for a fixed time
 * ({@code ./mvnw -Pfuzz test -Dtest=ReportParsersFuzzTest#html}, one method per run as
 * Jazzer requires).
 */
class ReportParsersFuzzTest {

	private static final ReportChecker CHECKER = new ReportChecker(new CheckLimits(1024 * 1024, 50, 8L * 1024 * 1024));

	@FuzzTest(maxDuration = "60s")
	void text(byte[] input) {
		assertReadOrRefused(CHECKER.check("report.txt", input));
	}

	@FuzzTest(maxDuration = "60s")
	void html(byte[] input) {
		assertReadOrRefused(CHECKER.check("report.html", input));
	}

	/**
	 * A DOCX input as it is, or any other input as the {@code word/document.xml} of a
	 * DOCX, so that the fuzzer works on the XML rather than on deflated bytes.
	 */
	@FuzzTest(maxDuration = "60s")
	void docx(byte[] input) {
		byte[] docx = startsWith(input, "PK") ? input : zip(
				Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), "word/document.xml", input));
		assertReadOrRefused(CHECKER.check("report.docx", docx));
	}

	@FuzzTest(maxDuration = "60s")
	void pdf(byte[] input) {
		byte[] pdf = startsWith(input, "%PDF-") ? input
				: concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), input);
		assertReadOrRefused(CHECKER.check("report.pdf", pdf));
	}

	/** Zips of reports, as uploaded (the whole batch: each entry a result). */
	@FuzzTest(maxDuration = "60s")
	void zip(byte[] input) {
		byte[] zip = startsWith(input, "PK") ? input : concat(new byte[] { 'P', 'K', 3, 4 }, input);
		List<CheckResult> results = CHECKER.check(Map.of("reports.zip", zip));
		assertThat(results).isNotEmpty();
		results.forEach(ReportParsersFuzzTest::assertReadOrRefused);
	}

	private static void assertReadOrRefused(CheckResult result) {
		if (result.unreadable()) {
			assertThat(result.error()).isNotBlank().doesNotStartWith(ReportChecker.UNEXPECTED);
			assertThat(result.report()).isNull();
		}
		else {
			assertThat(result.report()).isNotNull();
			assertThat(ReportJson.result(result)).startsWith("{\"file\":");
		}
	}

	private static boolean startsWith(byte[] input, String magic) {
		if (input.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if (input[i] != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static byte[] concat(byte[] head, byte[] tail) {
		byte[] all = new byte[head.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
	}

	private static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
