package org.gongkai.letters;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A timed harness for the rendering of one reply (部分公开, the longest default wording) as
 * DOCX and as PDF: the template filled from a case, then rendered by the module's own
 * renderer, single-threaded, after a warm-up. Not a unit test; run by bench/letters/run.sh.
 */
public final class LetterRenderingBenchmark {

	private LetterRenderingBenchmark() {
	}

	public static void main(String[] args) {
		int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		int measured = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		LetterRenderer renderer = new LetterRenderer(new LetterFonts(System.getProperty("font")));
		LetterKind kind = LetterKind.REPLY_PARTIALLY_GRANTED;
		LetterTemplate template = LetterTemplate.parse(kind, LetterTemplates.defaultSource(kind));
		LetterFacts facts = facts();
		Supplier<List<LetterTemplate.Paragraph>> fill = () -> template
			.fill(Placeholders.values(kind, facts, "依申请〔2026〕42号"));
		long[][] docx = time(warmUp, measured, () -> renderer.docx(kind.title(), fill.get()).length);
		long[][] pdf = time(warmUp, measured, () -> renderer.pdf(kind.title(), fill.get()).length);
		System.out.printf("reply (%s), %d warm-up + %d measured, single thread, %s%n", kind.code(), warmUp, measured,
				Runtime.version());
		System.out.printf("%-5s %10s %10s %10s %10s %14s %12s%n", "", "median ms", "p90 ms", "mean ms", "max ms",
				"median CPU ms", "bytes");
		report("DOCX", docx, renderer.docx(kind.title(), fill.get()).length);
		report("PDF", pdf, renderer.pdf(kind.title(), fill.get()).length);
		System.out.printf("Reply rendering: DOCX median %.1f ms (target <= 50 ms, %s), PDF median %.1f ms "
				+ "(target <= 300 ms, %s); median CPU DOCX %.1f ms, PDF %.1f ms%n", median(docx[0]),
				median(docx[0]) <= 50 ? "met" : "NOT met", median(pdf[0]), median(pdf[0]) <= 300 ? "met" : "NOT met",
				median(docx[1]), median(pdf[1]));
	}

	private static double median(long[] sorted) {
		return ms(sorted[sorted.length / 2]);
	}

	/** Wall-clock and CPU nanoseconds of each measured rendering, each sorted. */
	private static long[][] time(int warmUp, int measured, Supplier<Integer> render) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < warmUp; i++) {
			render.get();
		}
		long[] nanos = new long[measured];
		long[] cpu = new long[measured];
		for (int i = 0; i < measured; i++) {
			long startCpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			render.get();
			nanos[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
		}
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		return new long[][] { nanos, cpu };
	}

	private static void report(String name, long[][] times, int bytes) {
		long[] sorted = times[0];
		double mean = Arrays.stream(sorted).average().orElse(0);
		System.out.printf("%-5s %10.1f %10.1f %10.1f %10.1f %14.1f %12d%n", name, ms(sorted[sorted.length / 2]),
				ms(sorted[(int) (sorted.length * 0.9)]), mean / 1e6, ms(sorted[sorted.length - 1]),
				ms(times[1][times[1].length / 2]), bytes);
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static LetterFacts facts() {
		return LetterFacts
			.of("WL-2026-0042", new LetterFacts.Party("张三丰", "南阳市卧龙区建设路 8 号", "13800000000"),
					new LetterFacts.AgencyBlock("卧龙区商务局", "卧龙区商务局政府信息公开办公室", "南阳市卧龙区人民路 1 号", "473000",
							"工作日 8:30—12:00，14:30—17:30", "0377-63150000", "0377-63150001",
							"https://swj.wolong.gov.cn", "gk@wolong.gov.cn"),
					LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20))
			.withInformationSought("2025年度卧龙区商贸流通专项资金分配结果")
			.withReasons("分配结果中载有获得资金企业的银行账户和联系人手机号码，属于商业秘密和个人隐私，已作区分处理")
			.withDetails("可以公开的内容随本答复书提供")
			.withFee(new LetterFacts.Fee("—", BigDecimal.ZERO, "—"))
			.withRemedies(LetterFacts.Remedies.before("南阳市卧龙区人民政府", "南阳市卧龙区人民法院"));
	}

}
