package org.gongkai.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that are no report, or too much of one: each gets a clear error of its own and
 * the batch goes on with the rest.
 */
class BadInputTests {

	private final ReportChecker checker = new ReportChecker();

	@Test
	void anEmptyFileIsUnreadable() {
		assertThat(this.checker.check("empty.txt", new byte[0]).error()).isEqualTo("文件为空");
	}

	@Test
	void aBinaryRenamedTxtIsUnreadable() {
		byte[] binary = new byte[4096];
		new java.util.Random(7).nextBytes(binary);
		CheckResult result = this.checker.check("report.txt", binary);
		assertThat(result.unreadable()).isTrue();
		assertThat(result.report()).isNull();
	}

	@Test
	void anUnrelatedDocumentIsNotAReport() {
		CheckResult result = this.checker.check("notice.txt",
				"关于做好2024年春节期间安全生产工作的通知\n各单位：\n请做好值班安排。\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result.error()).contains("不是政府信息公开工作年度报告");
	}

	@Test
	void anImageOnlyPdfHasNoTextLayer() throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(pdf);
		}
		assertThat(this.checker.check("scan.pdf", pdf.toByteArray()).error()).contains("没有文字层");
	}

	@Test
	void aPasswordProtectedPdfIsUnreadable() throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
					"owner", "secret", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
			document.protect(policy);
			document.save(pdf);
		}
		assertThat(this.checker.check("locked.pdf", pdf.toByteArray()).error()).contains("密码");
	}

	@Test
	void aFileOverTheLimitIsRefusedUnread(@TempDir Path directory) throws IOException {
		Path large = directory.resolve("large.txt");
		try (OutputStream out = Files.newOutputStream(large)) {
			byte[] block = new byte[1024 * 1024];
			java.util.Arrays.fill(block, (byte) 'a');
			for (int i = 0; i < 21; i++) {
				out.write(block);
			}
		}
		List<CheckResult> results = new ArrayList<>();
		this.checker.check(List.of(large), results::add);
		assertThat(results).singleElement().satisfies(result -> assertThat(result.error()).contains("文件过大"));
	}

	@Test
	void aZipBombStopsAtTheLimitAndTheBatchGoesOn(@TempDir Path directory) throws IOException {
		Path bomb = directory.resolve("a-bomb.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			byte[] zeros = new byte[1024 * 1024];
			for (int entry = 0; entry < 3; entry++) {
				zip.putNextEntry(new ZipEntry("zeros" + entry + ".txt"));
				for (int i = 0; i < 15; i++) {
					zip.write(zeros);
				}
				zip.closeEntry();
			}
		}
		Path seed = directory.resolve("b-seed.txt");
		Files.write(seed, SeedReportTests.seed());
		List<CheckResult> results = new ArrayList<>();
		new ReportChecker(new CheckLimits(10L * 1024 * 1024, 100, 20L * 1024 * 1024)).check(List.of(directory),
				results::add);
		assertThat(results).extracting(CheckResult::file).anyMatch(file -> file.endsWith("b-seed.txt"));
		assertThat(results).filteredOn(CheckResult::unreadable)
			.extracting(CheckResult::error)
			.anyMatch(error -> error.contains("文件过大"))
			.anyMatch(error -> error.contains("压缩炸弹"));
		assertThat(results).filteredOn(result -> result.file().endsWith("b-seed.txt"))
			.singleElement()
			.satisfies(result -> assertThat(result.hasErrors()).isFalse());
	}

	@Test
	void aZipOfReportsIsReadEntryByEntry() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("2023.txt"));
			zip.write(SeedReportTests.seed());
			zip.putNextEntry(new ZipEntry("broken.txt"));
			zip.write(new byte[] { 0, 1, 2, 3 });
			zip.closeEntry();
		}
		List<CheckResult> results = this.checker.check(java.util.Map.of("reports.zip", bytes.toByteArray()));
		assertThat(results).extracting(CheckResult::file)
			.containsExactly("reports.zip!/2023.txt", "reports.zip!/broken.txt");
		assertThat(results.get(0).report().year()).isEqualTo(2023);
		assertThat(results.get(1).unreadable()).isTrue();
	}

	@Test
	void aMissingFileIsUnreadableAndTheOthersAreChecked(@TempDir Path directory) throws IOException {
		Path seed = Files.write(directory.resolve("seed.txt"), SeedReportTests.seed());
		List<CheckResult> results = new ArrayList<>();
		this.checker.check(List.of(directory.resolve("missing.txt"), seed), results::add);
		assertThat(results).extracting(CheckResult::unreadable).containsExactly(true, false);
	}

	@Test
	void reportsInGb18030AreDecoded() {
		byte[] gbk = new String(SeedReportTests.seed(), StandardCharsets.UTF_8)
			.getBytes(java.nio.charset.Charset.forName("GB18030"));
		CheckResult result = this.checker.check("gbk.txt", gbk);
		assertThat(result.report().agency()).isEqualTo("卧龙区商务局");
		assertThat(result.hasErrors()).isFalse();
	}

	/**
	 * The bad-input line in one directory with two good reports around them: each
	 * bad file is one result with its own reason, in name order, and both reports are
	 * checked.
	 */
	@Test
	void aBatchOfEveryBadInputGoesOnWithTheRest(@TempDir Path directory) throws IOException {
		Files.write(directory.resolve("00-seed.txt"), SeedReportTests.seed());
		Files.write(directory.resolve("01-empty.txt"), new byte[0]);
		byte[] binary = new byte[8192];
		new java.util.Random(11).nextBytes(binary);
		Files.write(directory.resolve("02-binary.txt"), binary);
		Files.writeString(directory.resolve("03-unrelated.txt"), "关于做好2024年春节期间安全生产工作的通知\n各单位：\n请做好值班安排。\n");
		Files.write(directory.resolve("04-locked.pdf"), lockedPdf());
		Files.write(directory.resolve("05-scan.pdf"), imageOnlyPdf());
		Files.write(directory.resolve("06-bomb.zip"), bomb());
		Files.write(directory.resolve("07-empty.zip"), zip(Map.of()));
		Files.write(directory.resolve("08-bomb.docx"), docxBomb());
		try (RandomAccessFile large = new RandomAccessFile(directory.resolve("09-large.txt").toFile(), "rw")) {
			large.setLength(100L * 1024 * 1024);
		}
		Files.write(directory.resolve("10-seed.txt"), SeedReportTests.seed());
		List<CheckResult> results = new ArrayList<>();
		new ReportChecker(new CheckLimits(20L * 1024 * 1024, 100, 20L * 1024 * 1024)).check(List.of(directory),
				results::add);
		Map<String, String> errors = new TreeMap<>();
		for (CheckResult result : results) {
			errors.put(directory.relativize(Path.of(result.file().replaceAll("!/.*", ""))).toString(),
					String.valueOf(result.error()));
		}
		assertThat(errors).containsEntry("00-seed.txt", "null")
			.containsEntry("01-empty.txt", "文件为空")
			.containsEntry("03-unrelated.txt", "不是政府信息公开工作年度报告（没有找到年度报告的标题和表格）")
			.containsEntry("04-locked.pdf", "PDF 受密码保护，无法读取")
			.containsEntry("05-scan.pdf", "PDF 没有文字层（可能是扫描件），无法读取")
			.containsEntry("07-empty.zip", "压缩文件为空或已损坏，没有读出任何文件")
			.containsEntry("08-bomb.docx", "DOCX 解压后超过 64 MB（疑似压缩炸弹），未读取")
			.containsEntry("09-large.txt", "文件过大（100.0 MB，上限 20 MB），未读取")
			.containsEntry("10-seed.txt", "null");
		assertThat(errors.get("02-binary.txt")).startsWith("不是文本文件");
		assertThat(errors.get("06-bomb.zip")).contains("压缩炸弹");
		assertThat(results).filteredOn(CheckResult::unreadable)
			.extracting(CheckResult::error)
			.noneMatch(error -> error.startsWith(ReportChecker.UNEXPECTED));
		assertThat(results).filteredOn(result -> !result.unreadable())
			.extracting(CheckResult::hasErrors)
			.containsExactly(false, false);
	}

	private static byte[] lockedPdf() throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
			document.save(pdf);
		}
		return pdf.toByteArray();
	}

	/** A page that is one picture and no text, as a scan is. */
	private static byte[] imageOnlyPdf() throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(200, 100,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			PDImageXObject image = LosslessFactory.createFromImage(document, scan);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 50, 500, 400, 200);
			}
			document.save(pdf);
		}
		return pdf.toByteArray();
	}

	private static byte[] bomb() throws IOException {
		byte[] zeros = new byte[1024 * 1024];
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int entry = 0; entry < 3; entry++) {
				zip.putNextEntry(new ZipEntry("zeros" + entry + ".txt"));
				for (int i = 0; i < 10; i++) {
					zip.write(zeros);
				}
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** A DOCX whose document.xml inflates to 80 MB of spaces. */
	private static byte[] docxBomb() throws IOException {
		byte[] spaces = new byte[1024 * 1024];
		java.util.Arrays.fill(spaces, (byte) ' ');
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document xmlns:w='w'><w:body>".getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 80; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
			}
		}
		return bytes.toByteArray();
	}

}
