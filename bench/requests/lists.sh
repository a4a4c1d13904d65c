#!/usr/bin/env bash
# Case lists and deadline views over 1,000,000 applications (issue 4: each in ≤ 100 ms, with the query plans).
#
# Starts a fresh PostgreSQL cluster and the application jar (postgres profile, demo data) on 127.0.0.1, bulk-loads
# N applications with load.sql, VACUUM ANALYZE, creates API tokens for demo staff, then times the application's own
# endpoints over HTTP (each call repeated REPEAT times after a warm-up; curl's time_total, server on loopback):
# lists (first page and a deep keyset page, per agency, per handler, region-wide), the deadline views (overdue,
# due soon, paused: per agency, per handler and the supervisor's 督办 view of the region), table 三 of one agency-year,
# and the console pages (list, deadlines) signed in. Finally it turns on auto_explain (EXPLAIN (ANALYZE, BUFFERS) of
# every statement the application issues), calls each endpoint once more and extracts the plans of the application
# queries from the server log. Stops everything it started.
#
# Usage: bench/requests/lists.sh        (N=1000000 REPEAT=30 WARMUP_ROUNDS=15)
# Results: $BENCH_DIR/lists.md (timings) and $BENCH_DIR/plans.md (plans).
set -euo pipefail
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-lists}"
N="${N:-1000000}"
REPEAT="${REPEAT:-30}"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-15}"
source "$(dirname "$0")/common.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"
BASE="http://127.0.0.1:$APP_PORT"

bench_start
app_start
TODAY="$(TZ=Asia/Shanghai date +%F)"
log "loading $N applications (today = $TODAY)"
start=$SECONDS
psql_bench -v n="$N" -v today="$TODAY" -f "$HERE/load.sql" >"$BENCH_DIR/load.out"
log "loaded in $((SECONDS - start)) s; VACUUM ANALYZE"
psql_bench -c "vacuum (analyze) information_request" -c "vacuum (analyze) request_round" \
	-c "vacuum (analyze) request_consultation" -c "vacuum (analyze) agency" -c "vacuum (analyze) staff" >/dev/null
log "vacuumed after $((SECONDS - start)) s"

q() { psql_bench -At -c "$1"; }
COMMERCE="$(q "select id from agency where name = '卧龙区商务局'")"
SMALL="$(q "select agency_id from information_request group by agency_id order by count(*) limit 1")"
HANDLER="$(q "select id from staff where username = 'handler'")"
TOKEN_HEAD="$(api_token head)"
TOKEN_HANDLER="$(api_token handler)"
TOKEN_SUPERVISOR="$(api_token supervisor)"
# Deep keyset pages: the cursor 90 % of the way down each list.
deep() { q "select id from information_request where $1 order by id desc offset (select count(*) * 9 / 10 from information_request where $1) limit 1"; }
DEEP_COMMERCE="$(deep "agency_id = $COMMERCE")"
DEEP_SMALL="$(deep "agency_id = $SMALL")"
DEEP_HANDLER="$(deep "agency_id = $COMMERCE and handler_id = $HANDLER")"
DEEP_REGION="$(deep "true")"
# The same in receipt order, for lists filtered by receipt dates (2024).
DEEP_COMMERCE_2024="$(q "select id from information_request where agency_id = $COMMERCE and received_on between date '2024-01-01' and date '2024-12-31'
	order by received_on desc, id desc offset (select count(*) * 9 / 10 from information_request where agency_id = $COMMERCE
	and received_on between date '2024-01-01' and date '2024-12-31') limit 1")"
CODE="$(q "select tracking_code from information_request where agency_id = $COMMERCE order by id limit 1 offset 1000")"
# The applicant's look-up: a tracking code and the last four characters of the identity number.
TRACK_BODY="$(q "select '{\"trackingCode\":\"' || tracking_code || '\",\"verification\":\"' || right(id_number, 4) || '\"}'
	from information_request where status = 'ARCHIVED' order by id limit 1 offset 5000")"
{
	echo "# Lists over $N applications, $(date -u +%FT%TZ)"
	echo
	machine_facts
	echo
	echo '```'
	cat "$BENCH_DIR/load.out"
	psql_bench -c "select a.name, count(*) as applications,
		count(*) filter (where r.status in ('RECEIVED', 'AWAITING_CORRECTION', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED')) as open,
		count(*) filter (where r.due_index < date '$TODAY' and r.status in ('RECEIVED', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED')) as overdue
		from information_request r join agency a on a.id = r.agency_id group by a.name order by 2 desc limit 3"
	psql_bench -c "select pg_size_pretty(pg_total_relation_size('information_request')) as information_request,
		pg_size_pretty(pg_total_relation_size('request_round')) as request_round"
	echo '```'
	echo
	echo "商务局 = agency $COMMERCE, smallest agency = $SMALL, demo handler = staff $HANDLER; today = $TODAY"
	echo
} >"$BENCH_DIR/lists.md"

# name | token | path
ENDPOINTS=(
	"list, agency, first page|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&limit=50"
	"list, agency, deep keyset page|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&limit=50&beforeId=$DEEP_COMMERCE"
	"list, smallest agency, first page|$TOKEN_SUPERVISOR|/api/v1/requests?agencyId=$SMALL&limit=50"
	"list, smallest agency, deep keyset page|$TOKEN_SUPERVISOR|/api/v1/requests?agencyId=$SMALL&limit=50&beforeId=$DEEP_SMALL"
	"list, agency, status IN_REVIEW|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&status=IN_REVIEW&limit=50"
	"list, agency, received in 2024|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&receivedFrom=2024-01-01&receivedTo=2024-12-31&limit=50"
	"list, agency, received in 2024, deep keyset page|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&receivedFrom=2024-01-01&receivedTo=2024-12-31&limit=50&beforeId=$DEEP_COMMERCE_2024"
	"list, region (督办), received in 2024|$TOKEN_SUPERVISOR|/api/v1/requests?receivedFrom=2024-01-01&receivedTo=2024-12-31&limit=50"
	"list, agency, outcome 国家秘密|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&outcome=WITHHELD_STATE_SECRET&limit=50"
	"list, agency, applicant 其他组织|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&applicantType=OTHER_ORGANIZATION&limit=50"
	"list, agency, tracking code|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&q=$CODE"
	"list, agency, name contains 王伟|$TOKEN_HEAD|/api/v1/requests?agencyId=$COMMERCE&q=%E7%8E%8B%E4%BC%9F&limit=50"
	"list, handler, first page|$TOKEN_HANDLER|/api/v1/requests?handlerId=$HANDLER&limit=50"
	"list, handler, deep keyset page|$TOKEN_HANDLER|/api/v1/requests?handlerId=$HANDLER&limit=50&beforeId=$DEEP_HANDLER"
	"list, handler, IN_HANDLING|$TOKEN_HANDLER|/api/v1/requests?handlerId=$HANDLER&status=IN_HANDLING&limit=50"
	"list, region (督办), first page|$TOKEN_SUPERVISOR|/api/v1/requests?limit=50"
	"list, region (督办), deep keyset page|$TOKEN_SUPERVISOR|/api/v1/requests?limit=50&beforeId=$DEEP_REGION"
	"overdue, agency|$TOKEN_HEAD|/api/v1/requests/deadlines?view=overdue&agencyId=$COMMERCE"
	"due soon, agency|$TOKEN_HEAD|/api/v1/requests/deadlines?view=due-soon&agencyId=$COMMERCE"
	"paused, agency|$TOKEN_HEAD|/api/v1/requests/deadlines?view=paused&agencyId=$COMMERCE"
	"overdue, handler|$TOKEN_HANDLER|/api/v1/requests/deadlines?view=overdue&handlerId=$HANDLER"
	"due soon, handler|$TOKEN_HANDLER|/api/v1/requests/deadlines?view=due-soon&handlerId=$HANDLER"
	"paused, handler|$TOKEN_HANDLER|/api/v1/requests/deadlines?view=paused&handlerId=$HANDLER"
	"overdue, region (督办)|$TOKEN_SUPERVISOR|/api/v1/requests/deadlines?view=overdue"
	"due soon, region (督办)|$TOKEN_SUPERVISOR|/api/v1/requests/deadlines?view=due-soon"
	"paused, region (督办)|$TOKEN_SUPERVISOR|/api/v1/requests/deadlines?view=paused"
	"table 三, agency 2025|$TOKEN_HEAD|/api/v1/requests/statistics?agencyId=$COMMERCE&year=2025"
	"table 三, agency 2021|$TOKEN_HEAD|/api/v1/requests/statistics?agencyId=$COMMERCE&year=2021"
)

# Console pages, signed in with the form (CSRF token from the sign-in page), session cookie in a jar.
login() { # user jar
	local csrf
	csrf="$(curl -s -c "$2" -b "$2" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
	curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" --data-urlencode "password=demo1234" \
		--data-urlencode "_csrf=$csrf" "$BASE/login"
}
login head "$BENCH_DIR/head.jar"
login supervisor "$BENCH_DIR/supervisor.jar"
login handler "$BENCH_DIR/handler.jar"
PAGES=(
	"console list, agency|head.jar|/console/requests?agencyId=$COMMERCE"
	"console list, handler|handler.jar|/console/requests?handlerId=$HANDLER"
	"console list, region (督办)|supervisor.jar|/console/requests"
	"console deadlines, agency|head.jar|/console/requests/deadlines?agencyId=$COMMERCE"
	"console deadlines, mine|handler.jar|/console/requests/deadlines?mine=true"
	"console deadlines, region (督办)|supervisor.jar|/console/requests/deadlines"
)

call() { # kind auth path -> "status seconds bytes"
	if [ "$1" = api ]; then
		curl -s -o "$BENCH_DIR/body" -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $2" "$BASE$3"
	elif [ "$1" = track ]; then
		curl -s -o "$BENCH_DIR/body" -w '%{http_code} %{time_total} %{size_download}\n' -H 'Content-Type: application/json' \
			-d "$2" "$BASE$3"
	else
		curl -s -o "$BENCH_DIR/body" -w '%{http_code} %{time_total} %{size_download}\n' -b "$BENCH_DIR/$2" "$BASE$3"
	fi
}

each() { # callback: kind name auth path
	local entry
	for entry in "${ENDPOINTS[@]}"; do IFS='|' read -r name auth path <<<"$entry"; "$1" api "$name" "$auth" "$path"; done
	for entry in "${PAGES[@]}"; do IFS='|' read -r name auth path <<<"$entry"; "$1" page "$name" "$auth" "$path"; done
	"$1" track "applicant /track look-up" "$TRACK_BODY" /api/v1/public/requests/track
}

warm() { call "$1" "$3" "$4" >/dev/null; }
log "warm-up: $WARMUP_ROUNDS rounds over every endpoint"
for _ in $(seq 1 "$WARMUP_ROUNDS"); do each warm; done

measure() { # kind name auth path
	local samples="$BENCH_DIR/samples.txt"
	: >"$samples"
	for _ in $(seq 1 "$REPEAT"); do call "$1" "$3" "$4" >>"$samples"; done
	local rows="–"
	if [ "$1" = api ]; then
		rows="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["items"]) if isinstance(d, dict) and "items" in d else len(d) if isinstance(d, list) else "table")' "$BENCH_DIR/body")"
	fi
	python3 - "$2" "$4" "$rows" "$samples" <<-'EOF' >>"$BENCH_DIR/lists.md"
		import statistics, sys
		name, path, rows, samples = sys.argv[1:]
		lines = [l.split() for l in open(samples)]
		codes = {l[0] for l in lines}
		ms = sorted(float(l[1]) * 1000 for l in lines)
		p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
		flag = "" if ms[-1] <= 100 else " ⚠"
		print(f"| {name} | {rows} | {statistics.median(ms):.1f} | {p95:.1f} | {ms[-1]:.1f}{flag} | {','.join(sorted(codes))} | `{path}` |")
	EOF
}
{
	echo "Each line: $REPEAT sequential calls after $WARMUP_ROUNDS warm-up rounds; time to the last byte (curl time_total)."
	echo
	echo "| what | rows | median ms | p95 ms | max ms | HTTP | path |"
	echo "|---|---|---|---|---|---|---|"
} >>"$BENCH_DIR/lists.md"
log "measuring: $REPEAT calls per endpoint"
each measure

# Plans: auto_explain logs EXPLAIN (ANALYZE, BUFFERS) of every statement; a marker query names each endpoint.
log "collecting plans"
MARK_FROM="$(wc -l <"$BENCH_DIR/postgres.log")"
pg_auto_explain 0
explain() { # kind name auth path
	psql_bench -c "select 'BENCH-ENDPOINT ${2//\'/}'" >/dev/null
	call "$1" "$3" "$4" >/dev/null
}
each explain
pg_auto_explain -1
tail -n +"$((MARK_FROM + 1))" "$BENCH_DIR/postgres.log" | python3 "$HERE/plans.py" >"$BENCH_DIR/plans.md"
cat "$BENCH_DIR/lists.md"
log "plans in $BENCH_DIR/plans.md"
