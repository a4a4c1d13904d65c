#!/usr/bin/env bash
# The report checker's benchmark (docs/performance.md, "Report checker"): per format (text, HTML, DOCX, PDF) the
# reports per second on one core (taskset -c 0, JVM start excluded) and the CPU milliseconds per report of the
# measuring thread (meaningful on a loaded machine too), each against its target; 10,000 reports in a directory
# under a 64 MB heap; the command line's start to first output.
#   bench/checker/run.sh
#   SECONDS_PER_FORMAT=5 (measuring time per format), REPORTS=10000 (directory size), FORMATS=text,html,docx,pdf
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q -o -DskipTests test-compile
cp=$(./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
# one core: the JIT and GC get no second core either
taskset -c 0 java -Xmx256m -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$cp" \
  org.gongkai.reports.CheckerBenchmark "${SECONDS_PER_FORMAT:-5}" 0 "${FORMATS:-text,html,docx,pdf}"
# the directory under a 64 MB heap: memory stays bounded because one file at a time is in memory
taskset -c 0 java -Xmx64m -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$cp" \
  org.gongkai.reports.CheckerBenchmark 0.5 "${REPORTS:-10000}" text | grep directory

if [ -f target/gongkai.jar ]; then
  seed=src/test/resources/reports/000_6bfdcf6bfc4ffa1d.txt
  for run in 1 2 3; do
    start=$(date +%s%N)
    # the time the first line arrives, then the rest is drained so that the command ends normally
    first=$(java -jar target/gongkai.jar check "$seed" | { IFS= read -r _; date +%s%N; cat >/dev/null; })
    echo "cli        start to first output $(( (first - start) / 1000000 )) ms, run $run" \
      "(java -jar target/gongkai.jar check; target < 2000 ms)"
  done
else
  echo "cli        target/gongkai.jar missing: ./mvnw -DskipTests package first"
fi
