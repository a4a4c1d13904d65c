#!/usr/bin/env bash
# Compiling the annual report from the records on PostgreSQL (issue 15): one agency's report over 100,000 applications
# of one year (target ≤ 1 s), the region table of 1,000 agencies (≤ 10 s) and the report's PDF (≤ 1 s).
#
# Reuses bench/requests/common.sh (a fresh PostgreSQL cluster and the application jar on 127.0.0.1). The application
# starts once to migrate and write its demo data, load.sql adds N applications of 卧龙区商务局 in YEAR and AGENCIES more
# agencies under 南阳市卧龙区 with PER applications each (generate_series), then the command
# `java -jar gongkai.jar annual-report-timing AGENCY REGION YEAR ROUNDS` times ReportCompiler.compile,
# ReportSupervision.regionTable and the PDF (median of ROUNDS after one warm-up, wall time inside the JVM). Stops what
# it started.
#
# Usage: bench/reports/compile.sh    (N=100000 AGENCIES=1000 PER=20 YEAR=2025 ROUNDS=5;
#                                     a small run: N=2000 AGENCIES=20 PER=5 ROUNDS=2)
# Results: $BENCH_DIR/compile.md
set -euo pipefail
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-reports-compile}"
N="${N:-100000}"
AGENCIES="${AGENCIES:-1000}"
PER="${PER:-20}"
YEAR="${YEAR:-2025}"
ROUNDS="${ROUNDS:-5}"
source "$(dirname "$0")/../requests/common.sh"

bench_start
app_start
app_stop
q() { psql_bench -At -c "$1"; }
log "loading $N applications of 卧龙区商务局 in $YEAR and $AGENCIES agencies × $PER"
psql_bench -v n="$N" -v year="$YEAR" -v agencies="$AGENCIES" -v per="$PER" -f "$(dirname "$0")/load.sql"
AGENCY="$(q "select id from agency where name = '卧龙区商务局'")"
REGION="$(q "select id from agency where kind = 'REGION' and name = '南阳市卧龙区'")"
log "timing (agency $AGENCY, region $REGION, $YEAR, $ROUNDS rounds)"
SPRING_PROFILES_ACTIVE=postgres \
	GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" GONGKAI_DB_USER="$PG_ROLE" \
	GONGKAI_DB_PASSWORD="$PG_PASSWORD" GONGKAI_DATA_DIR="$BENCH_DIR/data" \
	java -Xms"$APP_HEAP" -Xmx"$APP_HEAP" ${APP_JAVA_OPTS:-} -jar "$APP_JAR" \
	annual-report-timing "$AGENCY" "$REGION" "$YEAR" "$ROUNDS" >"$BENCH_DIR/timing.txt" 2>"$BENCH_DIR/timing.log" \
	|| { tail -40 "$BENCH_DIR/timing.log" >&2; exit 1; }
read -r compile region pdf < <(grep -m1 '^compile=' "$BENCH_DIR/timing.txt" | sed 's/[a-z]*=//g')
{
	echo "# Annual report compilation, $(date -u +%FT%TZ)"
	echo
	machine_facts
	echo
	echo "$N applications of 卧龙区商务局 in $YEAR; region 南阳市卧龙区; median of $ROUNDS runs"
	echo
	# The command's lines without the log lines (warnings go to standard output too).
	grep -v -e '^compile=' -e '^[0-9]\{4\}-[0-9][0-9]-' "$BENCH_DIR/timing.txt"
	echo
	echo "**Compile one report: $compile ms (target ≤ 1000 ms); region table: $region ms (target ≤ 10000 ms);" \
		"PDF: $pdf ms (target ≤ 1000 ms).**"
} >"$BENCH_DIR/compile.md"
cat "$BENCH_DIR/compile.md"
