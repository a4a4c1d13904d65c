#!/usr/bin/env bash
# Fuzzes each reader of the report checker with Jazzer (docs/report-checker.md, "Fuzzing"): text, HTML, DOCX, PDF and
# zip, one method of ReportParsersFuzzTest per Maven run (Jazzer fuzzes one per run), each for its maxDuration (60 s),
# starting from the seed corpus in src/test/resources/org/gongkai/reports/ReportParsersFuzzTestInputs/<method>.
#   bench/checker/fuzz.sh [METHOD...]        (default: text html docx pdf zip)
# A finding fails the run and leaves its input in src/test/resources/.../ReportParsersFuzzTestInputs/<method>
# (crash-*), where the normal test run then replays it; the executions are in target/fuzz-<method>.log (#N DONE).
set -uo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q -o -DskipTests test-compile || exit 1
status=0
for method in "${@:-text html docx pdf zip}"; do
  for m in $method; do
    log="target/fuzz-$m.log"
    ./mvnw -B -ntp -o -Pfuzz test -Dtest="ReportParsersFuzzTest#$m" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djacoco.skip=true >"$log" 2>&1
    rc=$?
    runs=$(grep -aoE '#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 | grep -oE '[0-9]+' | head -1)
    if [ $rc -eq 0 ]; then verdict="no finding"; else verdict="FINDING or failure (see $log)"; status=1; fi
    echo "fuzz $m: ${runs:-?} executions, $verdict"
  done
done
exit $status
