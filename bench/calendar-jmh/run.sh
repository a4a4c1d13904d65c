#!/usr/bin/env bash
# Builds and runs the calendar benchmark: the indexed due date beside a naive day-by-day loop, with their ratio.
# Extra arguments go to JMH (for example -wi 2 -i 3 for a quicker, rougher run).
set -euo pipefail
cd "$(dirname "$0")"
../../mvnw -B -q -ntp package
exec java -jar target/benchmarks.jar "$@"
