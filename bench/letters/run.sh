#!/usr/bin/env bash
# Times the rendering of a reply (政府信息公开申请答复书, 部分公开) as DOCX and as PDF with the application's own
# classes: builds them, compiles the harness beside them, warms up, then prints the median, p90 and mean of each.
# Usage: bench/letters/run.sh [warm-up iterations] [measured iterations]   (defaults 300 and 300)
# Prints one summary line: the DOCX and PDF medians against their targets (50 ms, 300 ms) and the median CPU times.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -DskipTests compile
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile=bench/letters/target/classpath.txt >/dev/null
mkdir -p bench/letters/target/classes
classpath="target/classes:$(cat bench/letters/target/classpath.txt)"
javac -d bench/letters/target/classes -cp "$classpath" bench/letters/src/org/gongkai/letters/LetterRenderingBenchmark.java
exec java -Xms256m -Xmx768m -XX:+UseG1GC -cp "bench/letters/target/classes:$classpath" \
  -Dlogback.configurationFile=bench/letters/logback.xml \
  org.gongkai.letters.LetterRenderingBenchmark "$@"
