package org.gongkai.calendar.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DeadlineBenchmark} (JMH options on the command line override its defaults) and prints, for each number
 * of working days, the indexed and naive throughputs measured in this run and their ratio.
 */
public final class CalendarBenchmarkMain {

	private CalendarBenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		var options = new OptionsBuilder().parent(new CommandLineOptions(args))
			.include(DeadlineBenchmark.class.getName())
			.build();
		Collection<RunResult> results = new Runner(options).run();
		Map<String, double[]> byDays = new TreeMap<>();
		for (RunResult result : results) {
			String days = result.getParams().getParam("workingDays");
			boolean indexed = result.getParams().getBenchmark().endsWith(".indexed");
			byDays.computeIfAbsent(days, key -> new double[2])[indexed ? 0 : 1] = result.getPrimaryResult().getScore();
		}
		System.out.println();
		System.out.printf("%-12s %22s %22s %10s%n", "workingDays", "indexed (ops/s)", "naive loop (ops/s)", "ratio");
		byDays.forEach((days, scores) -> System.out.printf("%-12s %,22.0f %,22.0f %9.1fx%n", days, scores[0], scores[1],
				scores[1] == 0 ? Double.NaN : scores[0] / scores[1]));
		System.out.printf("java %s (%s), %d processors%n", System.getProperty("java.version"),
				System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
	}

}
