#!/usr/bin/env bash
# Creating and publishing catalogue entries through the API on PostgreSQL (issue 13: 200 or more per second), by the
# per-entry path and by the batch path.
#
# Reuses bench/requests/common.sh (a fresh PostgreSQL cluster and the application jar on 127.0.0.1). The per-entry path
# is five calls an entry: draft, submit, and the three approvals of the default chain (publisher, section, leader),
# each with the If-Match of the answer before. The batch path (BATCH entries a call) is five calls per BATCH entries:
# POST /entries/batch, /entries/batch/submit and /entries/batch/approve at levels 1, 2 and 3, each item with its
# version. CLIENTS keep-alive connections (publish_client.py, one thread each) run ENTRIES entries in all on each path;
# the rate is entries fully published per second of wall time. Before the timed runs, SAMPLE entries of each path run
# on one connection with log_statement = all, and the statements PostgreSQL received per entry are counted (BEGIN and
# COMMIT apart); the CPU time of the application and of PostgreSQL per entry is read from /proc around each timed run.
# Stops what it started.
#
# Usage: bench/disclosure/publish.sh    (ENTRIES=3000 CLIENTS=16 BATCH=50 SAMPLE=10; BATCH=0: the per-entry path
#        only; a small run: ENTRIES=100 CLIENTS=4 BATCH=20)
# Results: $BENCH_DIR/publish.md
set -euo pipefail
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-disclosure-publish}"
ENTRIES="${ENTRIES:-3000}"
CLIENTS="${CLIENTS:-16}"
BATCH="${BATCH:-50}"
SAMPLE="${SAMPLE:-10}"
source "$(dirname "$0")/../requests/common.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"
BASE="http://127.0.0.1:$APP_PORT"

bench_start
app_start
q() { psql_bench -At -c "$1"; }
AGENCY="$(q "select id from agency where name = '卧龙区商务局'")"
T_PUBLISHER="$(api_token publisher)" T_SECTION="$(api_token section)" T_LEADER="$(api_token leader)"
TODAY="$(TZ=Asia/Shanghai date +%F)"
TICK_MS="$(python3 -c "print(1000 / $(getconf CLK_TCK))")"

client() { # ENTRIES CLIENTS BATCH PREFIX -> "published seconds"
	python3 "$HERE/publish_client.py" "$BASE" "$AGENCY" "$TODAY" "$1" "$2" "$T_PUBLISHER" "$T_SECTION" "$T_LEADER" \
		"$3" "$4"
}

pg_set() {
	as_pg "$PG_BIN/psql" -X -q -h "$BENCH_DIR" -p "$PG_PORT" -U postgres -d postgres \
		-c "alter system set $1" -c "select pg_reload_conf()" >/dev/null
}

# Statements per entry of a path (BATCH $1): SAMPLE entries on one connection with every statement logged.
statements() {
	local from
	pg_set "log_statement = 'all'"
	sleep 1
	from="$(stat -c %s "$BENCH_DIR/postgres.log")"
	client "$SAMPLE" 1 "$1" "抽样条目 $1" >/dev/null
	sleep 1
	pg_set "log_statement = 'none'"
	tail -c +"$((from + 1))" "$BENCH_DIR/postgres.log" | python3 -c "
import re, sys
total = tx = 0
for line in sys.stdin:
    m = re.search(r'LOG:  (?:execute [^:]*|statement): (.*)', line)
    if m:
        total += 1
        tx += m.group(1).strip().upper() in ('BEGIN', 'COMMIT', 'ROLLBACK')
print(f'{total / $SAMPLE:.1f} {(total - tx) / $SAMPLE:.1f} {tx / 2 / $SAMPLE:.1f}')"
}

# One timed path: prints "published seconds rate cpu_app_ms cpu_pg_ms" (CPU per entry).
timed() {
	local app0 pg0 sent seconds published
	app0="$(cpu_ticks "$APP_PID")" pg0="$(cpu_ticks $(pg_pids))"
	read -r sent seconds < <(client "$ENTRIES" "$CLIENTS" "$1" "$2")
	local app1 pg1
	app1="$(cpu_ticks "$APP_PID")" pg1="$(cpu_ticks $(pg_pids))"
	published="$(q "select count(*) from disclosure_entry where title like '$2 %' and public_version = 1")"
	python3 -c "
p = max($published, 1)
print($published, f'{$seconds:.1f}', f'{$published / $seconds:.1f}', f'{($app1 - $app0) * $TICK_MS / p:.1f}',
      f'{($pg1 - $pg0) * $TICK_MS / p:.1f}')"
}

log "warming up (200 entries on the per-entry path)"
client 200 4 0 "预热条目" >/dev/null
read -r one_all one_sql one_tx < <(statements 0)
read -r one_n one_s one_rate one_app one_pg < <(timed 0 "基准条目")
log "per-entry path: $one_rate entries/s"
if [ "$BATCH" -gt 0 ]; then
	read -r batch_all batch_sql batch_tx < <(statements "$BATCH")
	read -r batch_n batch_s batch_rate batch_app batch_pg < <(timed "$BATCH" "批量条目")
	log "batch path: $batch_rate entries/s"
fi
{
	echo "# Create and publish through the API, $(date -u +%FT%TZ)"
	echo
	machine_facts
	echo
	echo "| path | published | seconds | entries/s | app CPU ms/entry | PostgreSQL CPU ms/entry | statements/entry (without BEGIN/COMMIT) | transactions/entry |"
	echo "|---|---|---|---|---|---|---|---|"
	echo "| per entry (5 calls an entry) | $one_n of $ENTRIES | $one_s | $one_rate | $one_app | $one_pg | $one_all ($one_sql) | $one_tx |"
	if [ "$BATCH" -gt 0 ]; then
		echo "| batch of $BATCH (5 calls a batch) | $batch_n of $ENTRIES | $batch_s | $batch_rate | $batch_app | $batch_pg | $batch_all ($batch_sql) | $batch_tx |"
	fi
	echo
	echo "$CLIENTS clients; statements counted over $SAMPLE entries on one connection."
	echo
	echo "**Created and published through the API, per entry: $one_rate entries/s; target ≥ 200 entries/s.**"
	if [ "$BATCH" -gt 0 ]; then
		echo
		echo "**Created and published through the API, batches of $BATCH: $batch_rate entries/s; target ≥ 200 entries/s.**"
	fi
} >"$BENCH_DIR/publish.md"
cat "$BENCH_DIR/publish.md"
