package org.gongkai.reports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The checker's throughput on one thread (JVM start excluded) for text, HTML, DOCX and
 * PDF reports, and a directory of 10,000 reports checked under a small heap; run by
 * bench/checker/run.sh, results in docs/performance.md.
 */
final class CheckerBenchmark {

	private CheckerBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 5;
		ReportDocuments documents = ReportDocuments.withApplications();
		ReportChecker checker = new ReportChecker();
		measure("text", "report.txt", ReportTexts.withApplications().bytes(), checker, seconds);
		measure("html", "report.html", documents.html(true).getBytes(StandardCharsets.UTF_8), checker, seconds);
		measure("docx", "report.docx", documents.docx(), checker, seconds);
		if (ReportDocuments.FONT.exists()) {
			measure("pdf", "report.pdf", documents.pdf(), checker, seconds);
		}
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		Path directory = Files.createTempDirectory("checker-bench");
		byte[] text = ReportTexts.withApplications().bytes();
		for (int i = 0; i < count; i++) {
			Files.write(directory.resolve("report-%05d.txt".formatted(i)), text);
		}
		AtomicLong checked = new AtomicLong();
		long start = System.nanoTime();
		checker.check(List.of(directory), result -> checked.incrementAndGet());
		double elapsed = (System.nanoTime() - start) / 1e9;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf("directory  %,d reports in %.1f s (%.0f/s), peak heap %d MB, max heap %d MB%n", checked.get(),
				elapsed, checked.get() / elapsed, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
		try (var files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(directory);
	}

	private static void measure(String format, String name, byte[] content, ReportChecker checker, double seconds) {
		CheckResult first = checker.check(name, content);
		if (first.unreadable() || first.hasErrors()) {
			throw new IllegalStateException(format + ": " + first);
		}
		long warmUntil = System.nanoTime() + (long) (seconds * 0.4e9);
		while (System.nanoTime() < warmUntil) {
			checker.check(name, content);
		}
		long count = 0;
		long start = System.nanoTime();
		long until = start + (long) (seconds * 1e9);
		while (System.nanoTime() < until) {
			checker.check(name, content);
			count++;
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf("%-10s %,8.1f reports/s (%d bytes each)%n", format, count / elapsed, content.length);
	}

}
