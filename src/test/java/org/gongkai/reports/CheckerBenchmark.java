package org.gongkai.reports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The checker's throughput on one thread (JVM start excluded) for text, HTML, DOCX and
 * PDF reports, as reports per second and CPU milliseconds per report (the CPU time of the
 * measuring thread, meaningful on a loaded machine too), and a directory of 10,000
 * reports checked under a small heap. The warm-up (40 % of the seconds per format) is CPU
 * time of the measuring thread; run by bench/checker/run.sh, results in
 * docs/performance.md. Arguments: seconds per format, directory size (0: none), and the
 * formats to measure (default text,html,docx,pdf).
 */
final class CheckerBenchmark {

	private CheckerBenchmark() {
	}

	private static final Map<String, Double> TARGETS = Map.of("text", 200.0, "html", 200.0, "docx", 50.0, "pdf", 10.0);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	public static void main(String[] args) throws IOException {
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 5;
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		List<String> formats = List.of(((args.length > 2) ? args[2] : "text,html,docx,pdf").split(","));
		ReportDocuments documents = ReportDocuments.withApplications();
		ReportChecker checker = new ReportChecker();
		for (String format : formats) {
			switch (format) {
				case "text" -> measure(format, "report.txt", ReportTexts.withApplications().bytes(), checker, seconds);
				case "html" -> measure(format, "report.html", documents.html(true).getBytes(StandardCharsets.UTF_8),
						checker, seconds);
				case "docx" -> measure(format, "report.docx", documents.docx(), checker, seconds);
				case "pdf" -> {
					if (ReportDocuments.FONT.exists()) {
						measure(format, "report.pdf", documents.pdf(), checker, seconds);
					}
					else {
						System.out.println("pdf        skipped: no font " + ReportDocuments.FONT);
					}
				}
				default -> throw new IllegalArgumentException("unknown format " + format);
			}
		}
		if (count > 0) {
			directory(checker, count);
		}
	}

	private static void directory(ReportChecker checker, int count) throws IOException {
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
		// warm-up by the thread's CPU time, not the clock's: on a loaded machine a
		// warm-up by
		// the clock ends before the JIT has compiled the hot code, and the figures mean
		// little
		long warmCpuUntil = THREADS.getCurrentThreadCpuTime() + (long) (seconds * 0.4e9);
		long warmWallUntil = System.nanoTime() + (long) (seconds * 10e9);
		while (THREADS.getCurrentThreadCpuTime() < warmCpuUntil && System.nanoTime() < warmWallUntil) {
			checker.check(name, content);
		}
		long count = 0;
		long start = System.nanoTime();
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		long until = start + (long) (seconds * 1e9);
		while (System.nanoTime() < until) {
			checker.check(name, content);
			count++;
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 / count;
		double target = TARGETS.get(format);
		System.out.printf(
				"%-10s %,8.1f reports/s wall, %6.2f CPU ms/report = %,8.1f reports/s per core "
						+ "(target %.0f/s: %s; %d bytes each)%n",
				format, count / elapsed, cpuMillis, 1000 / cpuMillis, target,
				(1000 / cpuMillis >= target) ? "met" : "NOT met", content.length);
	}

}
