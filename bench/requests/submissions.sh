#!/usr/bin/env bash
# Online submissions per second on PostgreSQL (issue 4: ≥ 300/s with p99 ≤ 200 ms).
#
# Starts a fresh PostgreSQL cluster (Debian's package, installed if missing) and the application jar with the postgres
# profile, both on 127.0.0.1, then drives POST /api/v1/public/requests with wrk (submit.lua: unique Idempotency-Keys,
# valid 身份证 / 统一社会信用代码 checksums): a warm-up, then one measured run per concurrency. After each run it checks in
# the database that the applications stored under the run's keys are exactly the 2xx answers (nothing lost, no
# duplicate). Stops everything it started.
#
# Usage: bench/requests/submissions.sh            (defaults: WARMUP=120 s, DURATION=60 s, CONCURRENCY="8 32 64")
# Results: $BENCH_DIR/submissions.md and the RESULT lines on stdout.
set -euo pipefail
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-submissions}"
WARMUP="${WARMUP:-120}"
DURATION="${DURATION:-60}"
CONCURRENCY="${CONCURRENCY:-8 32 64}"
WRK_THREADS="${WRK_THREADS:-2}"
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

bench_start
app_start
AGENCIES="$(psql_bench -At -c "select string_agg(id::text, ',' order by id) from agency where kind = 'AGENCY'")"
log "agencies: $AGENCIES"
OUT="$BENCH_DIR/submissions.md"
{
	echo "# Online submissions, $(date -u +%FT%TZ)"
	echo
	machine_facts
	echo
	echo "| concurrency | seconds | 201 | other status | socket errors | per second | p50 ms | p90 ms | p99 ms | max ms | stored | distinct keys | answered, not stored | stored, answer unread (in flight at stop) | app CPU ms each | PostgreSQL CPU ms each | wrk CPU ms each | other processes' share of the 2 cores |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} >"$OUT"

run_wrk() { # label connections seconds; writes wrk's own CPU ticks to $BENCH_DIR/wrk-ticks
	local label="$1" connections="$2" seconds="$3"
	(
	BENCH_AGENCIES="$AGENCIES" BENCH_RUN="$label" BENCH_CODES="$BENCH_DIR/codes-$label.txt" timeout $((seconds + 60)) \
		wrk -t"$WRK_THREADS" -c"$connections" -d"${seconds}s" --timeout 10s -s "$(dirname "$0")/submit.lua" \
		"http://127.0.0.1:$APP_PORT" >"$BENCH_DIR/wrk-$label.txt"
	# cutime + cstime of this subshell: the CPU of wrk, reaped above.
	awk '{print $16 + $17}' "/proc/$BASHPID/stat" >"$BENCH_DIR/wrk-ticks"
	)
	grep '^RESULT' "$BENCH_DIR/wrk-$label.txt" | sed 's/^RESULT //'
}

log "warm-up: ${WARMUP}s at 16 connections"
run_wrk warmup 16 "$WARMUP" >/dev/null
status=0
for c in $CONCURRENCY; do
	label="c$c-$(date +%s)"
	log "measuring: ${DURATION}s at $c connections"
	app0="$(cpu_ticks "$APP_PID")" pg0="$(cpu_ticks $(pg_pids))" busy0="$(machine_busy_ticks)"
	result="$(run_wrk "$label" "$c" "$DURATION")"
	app1="$(cpu_ticks "$APP_PID")" pg1="$(cpu_ticks $(pg_pids))" busy1="$(machine_busy_ticks)"
	cpu="$((app1 - app0)) $((pg1 - pg0)) $(cat "$BENCH_DIR/wrk-ticks") $((busy1 - busy0)) $(getconf CLK_TCK)"
	echo "RESULT concurrency=$c $result"
	# The database against the answers: every tracking code answered 2xx is stored under this run's keys (nothing
	# lost), each key once (no duplicate); stored applications without a read answer can only be the requests still in
	# flight when wrk stopped (at most one per connection).
	codes="$BENCH_DIR/codes-$label.txt"
	read -r stored distinct answered missing <<<"$(psql_bench -At -F' ' <<-SQL
		create temporary table answered (tracking_code varchar(20));
		\\copy answered from '$codes'
		select (select count(*) from information_request where submission_key like 'public:bench-$label-%'),
		       (select count(distinct submission_key) from information_request where submission_key like 'public:bench-$label-%'),
		       (select count(*) from answered),
		       (select count(*) from answered a where not exists (select 1 from information_request r
		         where r.tracking_code = a.tracking_code and r.submission_key like 'public:bench-$label-%'));
	SQL
	)"
	python3 - "$result" "$c" "$stored" "$distinct" "$answered" "$missing" $cpu >>"$OUT" <<-'EOF' || status=1
		import json, sys
		r = json.loads(sys.argv[1])
		c, stored, distinct, answered, missing, app, pg, wrk, busy, hz = sys.argv[2], *map(int, sys.argv[3:])
		ok = sum(n for s, n in r["statuses"].items() if s.startswith("2"))
		created = r["statuses"].get("201", 0)
		other = {s: n for s, n in r["statuses"].items() if s != "201"}
		socket = sum(v for k, v in r["errors"].items() if k != "status")
		l = r["latencyMs"]
		print(f"| {c} | {r['seconds']:.1f} | {created} | {other or 0} | {socket} | {created / r['seconds']:.0f} | "
		      f"{l['p50']:.1f} | {l['p90']:.1f} | {l['p99']:.1f} | {l['max']:.1f} | {stored} | {distinct} | {missing} | "
		      f"{stored - answered} | {app * 1000 / hz / max(stored, 1):.2f} | {pg * 1000 / hz / max(stored, 1):.2f} | "
		      f"{wrk * 1000 / hz / max(stored, 1):.2f} | {100 * (busy - app - pg - wrk) / hz / r['seconds'] / 2:.0f} % |")
		if answered != ok or missing != 0 or distinct != stored or not 0 <= stored - answered <= int(c):
		    print(f"\nMISMATCH at concurrency {c}: {ok} answers 2xx, {answered} codes, {missing} of them not stored, "
		          f"{stored} stored, {distinct} distinct keys\n")
		    sys.exit(1)
	EOF
done
{
	echo
	echo "audit chain: $(psql_bench -At -c "select count(*) || ' entries, head ' || (select last_seq from audit_head) from audit_entry")"
	echo "applications in the database: $(psql_bench -At -c "select count(*) from information_request")"
} >>"$OUT"
cat "$OUT"
exit $status
