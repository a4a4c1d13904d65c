package org.gongkai.reports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The checker of published annual reports: reads each file (text, HTML, DOCX, PDF; zip
 * files and directories entry by entry), extracts the report and runs {@link ReportRules}
 * over it; within one batch, the cross-year rules between reports of one agency. No input
 * makes an exception escape: a file that cannot be read is a result with its reason, and
 * the batch goes on.
 */
public final class ReportChecker {

	/**
	 * How the reason for an unreadable file starts when an unexpected exception stopped
	 * the reading (a defect: the fuzz tests hold every reader to a reason of its own).
	 */
	static final String UNEXPECTED = "读取时出错";

	private final CheckLimits limits;

	public ReportChecker() {
		this(CheckLimits.defaults());
	}

	public ReportChecker(CheckLimits limits) {
		this.limits = limits;
	}

	/** Checks one document held in memory (not a zip of documents). */
	public CheckResult check(String name, byte[] content) {
		if (content.length > this.limits.maxFileBytes()) {
			return CheckResult.unreadable(name, tooLarge(content.length));
		}
		try {
			ReportDocument document = DocumentReaders.read(name, content);
			ReportExtractor.Extraction extraction = ReportExtractor.extract(document);
			if (!extraction.isReport()) {
				return CheckResult.unreadable(name, "不是政府信息公开工作年度报告（没有找到年度报告的标题和表格）");
			}
			List<Finding> findings = new ArrayList<>(extraction.findings());
			for (Finding finding : ReportRules.check(extraction.report())) {
				if (!(finding.rule().equals("R-5") && extraction.uncertainRows().contains(finding.location().row()))) {
					findings.add(finding);
				}
			}
			return new CheckResult(name, extraction.report(), sorted(findings), null);
		}
		catch (UnreadableInput ex) {
			return CheckResult.unreadable(name, ex.getMessage());
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
			return CheckResult.unreadable(name, UNEXPECTED + "，无法读取：" + ex.getClass().getSimpleName());
		}
	}

	/**
	 * Checks files, directories (walked in name order, one file in memory at a time) and
	 * zip files, handing each result to {@code sink} as soon as it is ready.
	 */
	public void check(List<Path> inputs, Consumer<CheckResult> sink) {
		Batch batch = new Batch();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(input)) {
					files = walk.filter(Files::isRegularFile).sorted().toList();
				}
				catch (IOException | RuntimeException ex) {
					sink.accept(CheckResult.unreadable(input.toString(), "无法读取目录：" + ex.getMessage()));
					continue;
				}
				for (Path file : files) {
					checkFile(file, batch, sink);
				}
			}
			else {
				checkFile(input, batch, sink);
			}
		}
	}

	/** Checks uploaded files (documents or zips of documents) as one batch. */
	public List<CheckResult> check(Map<String, byte[]> files) {
		Batch batch = new Batch();
		List<CheckResult> results = new ArrayList<>();
		files.forEach((name, content) -> checkContent(name, content, batch, results::add));
		return results;
	}

	private void checkFile(Path file, Batch batch, Consumer<CheckResult> sink) {
		String name = file.toString();
		try {
			if (!Files.isRegularFile(file)) {
				sink.accept(CheckResult.unreadable(name, "文件不存在或不是普通文件"));
				return;
			}
			if (isArchive(file)) {
				try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
					archive(name, in, batch, sink);
				}
				return;
			}
			long size = Files.size(file);
			if (size > this.limits.maxFileBytes()) {
				sink.accept(CheckResult.unreadable(name, tooLarge(size)));
				return;
			}
			sink.accept(batch.add(check(name, Files.readAllBytes(file))));
		}
		catch (IOException | RuntimeException ex) {
			sink.accept(CheckResult.unreadable(name, "无法读取文件：" + ex.getMessage()));
		}
	}

	private void checkContent(String name, byte[] content, Batch batch, Consumer<CheckResult> sink) {
		try {
			if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && !isDocx(content)) {
				archive(name, new ByteArrayInputStream(content), batch, sink);
				return;
			}
		}
		catch (IOException | RuntimeException ex) {
			sink.accept(CheckResult.unreadable(name, "无法读取压缩文件：" + ex.getMessage()));
			return;
		}
		sink.accept(batch.add(check(name, content)));
	}

	private boolean isArchive(Path file) throws IOException {
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K') {
				return false;
			}
		}
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			return !docxEntries(zip);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isDocx(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			return docxEntries(zip);
		}
		catch (IOException | RuntimeException ex) {
			return true;
		}
	}

	private static boolean docxEntries(ZipInputStream zip) throws IOException {
		int seen = 0;
		for (ZipEntry entry = zip.getNextEntry(); entry != null && seen < 50; entry = zip.getNextEntry(), seen++) {
			if (entry.getName().equals("word/document.xml") || entry.getName().equals("[Content_Types].xml")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks the entries of a zip; a zip that gives no entry at all (empty, or broken
	 * before its first entry) is one result with that reason, so that no file of a batch
	 * goes without a line.
	 */
	private void archive(String name, InputStream in, Batch batch, Consumer<CheckResult> sink) throws IOException {
		int[] results = { 0 };
		archiveEntries(name, in, batch, result -> {
			results[0]++;
			sink.accept(result);
		});
		if (results[0] == 0) {
			sink.accept(CheckResult.unreadable(name, "压缩文件为空或已损坏，没有读出任何文件"));
		}
	}

	private void archiveEntries(String name, InputStream in, Batch batch, Consumer<CheckResult> sink)
			throws IOException {
		long inflated = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = nextEntry(zip, name, sink)) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				String entryName = name + "!/" + entry.getName();
				if (++entries > this.limits.maxZipEntries()) {
					sink.accept(CheckResult.unreadable(name,
							"压缩文件的条目超过 %d 个，其余未读取".formatted(this.limits.maxZipEntries())));
					return;
				}
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				long entrySize = 0;
				boolean tooLarge = false;
				int read;
				while ((read = zip.read(buffer)) > 0) {
					inflated += read;
					entrySize += read;
					if (inflated > this.limits.maxZipBytes()) {
						sink.accept(CheckResult.unreadable(entryName,
								"压缩文件解压后超过 %d MB（疑似压缩炸弹），其余未读取".formatted(this.limits.maxZipBytes() >> 20)));
						return;
					}
					if (entrySize > this.limits.maxFileBytes()) {
						tooLarge = true;
						content.reset();
					}
					else {
						content.write(buffer, 0, read);
					}
				}
				if (tooLarge) {
					sink.accept(CheckResult.unreadable(entryName, tooLarge(entrySize)));
				}
				else {
					byte[] bytes = content.toByteArray();
					if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && !isDocx(bytes)) {
						sink.accept(CheckResult.unreadable(entryName, "压缩文件中的压缩文件不读取"));
					}
					else {
						sink.accept(batch.add(check(entryName, bytes)));
					}
				}
			}
		}
	}

	private static ZipEntry nextEntry(ZipInputStream zip, String name, Consumer<CheckResult> sink) {
		try {
			return zip.getNextEntry();
		}
		catch (IOException | RuntimeException ex) {
			sink.accept(CheckResult.unreadable(name, "压缩文件已损坏，无法继续读取：" + ex.getMessage()));
			return null;
		}
	}

	private String tooLarge(long size) {
		return "文件过大（%.1f MB，上限 %d MB），未读取".formatted(size / 1048576.0, this.limits.maxFileBytes() >> 20);
	}

	static List<Finding> sorted(List<Finding> findings) {
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparing(Finding::severity));
		return sorted;
	}

	/**
	 * The reports of one batch by agency and year, as {@link YearFigures}: each new
	 * result gets the cross-year findings against the year before and after it, when
	 * present.
	 */
	static final class Batch {

		private final Map<String, Map<Integer, YearFigures>> figures = new HashMap<>();

		CheckResult add(CheckResult result) {
			if (result.report() == null) {
				return result;
			}
			YearFigures current = YearFigures.of(result.report());
			if (current == null) {
				return result;
			}
			Map<Integer, YearFigures> years = this.figures.computeIfAbsent(current.agency(), agency -> new HashMap<>());
			if (years.putIfAbsent(current.year(), current) != null) {
				return result;
			}
			List<Finding> findings = new ArrayList<>(result.findings());
			findings.addAll(ReportRules.checkYears(years.get(current.year() - 1), current));
			findings.addAll(ReportRules.checkYears(current, years.get(current.year() + 1)));
			if (findings.size() == result.findings().size()) {
				return result;
			}
			return new CheckResult(result.file(), result.report(), sorted(findings), null);
		}

		Set<String> agencies() {
			return this.figures.keySet();
		}

	}

}
