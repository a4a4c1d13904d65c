#!/usr/bin/env bash
# The console's catalogue lists over 1,000,000 entries (issue 13: within 100 ms, as the applications' lists).
#
# Reuses bench/requests/common.sh: a fresh PostgreSQL cluster and the application jar (postgres profile, demo data) on
# 127.0.0.1. Bulk-loads N entries with load.sql (one insert … select from generate_series), VACUUM ANALYZE, then times
# the API's lists (curl's time_total, each call REPEAT times after WARMUP_ROUNDS warm-up calls): by agency (first and
# deep keyset page), by state, in review at level 2, the Art. 26 lists of the supervisor's region, the public list of
# one agency-year and table 二; and the console pages signed in (the catalogue list by agency, state and level, the
# review inbox, the Art. 26 lists of the region). Then auto_explain logs EXPLAIN (ANALYZE, BUFFERS) of every statement
# while each endpoint is called once more, and plans.py extracts the plans. Prints one summary line:
# the slowest median against the 100 ms target. Stops what it started.
#
# Usage: bench/disclosure/lists.sh      (N=1000000 REPEAT=30 WARMUP_ROUNDS=5; a small run: N=20000 REPEAT=3)
# Results: $BENCH_DIR/lists.md (timings) and $BENCH_DIR/plans.md (plans).
set -euo pipefail
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-disclosure-lists}"
N="${N:-1000000}"
REPEAT="${REPEAT:-30}"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-5}"
source "$(dirname "$0")/../requests/common.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"
BASE="http://127.0.0.1:$APP_PORT"

bench_start
app_start
TODAY="$(TZ=Asia/Shanghai date +%F)"
log "loading $N catalogue entries"
start=$SECONDS
psql_bench -v n="$N" -v today="$TODAY" -f "$HERE/load.sql" >"$BENCH_DIR/load.out"
log "loaded in $((SECONDS - start)) s; VACUUM ANALYZE"
psql_bench -c "vacuum (analyze) disclosure_entry" -c "vacuum (analyze) disclosure_entry_version" \
	-c "vacuum (analyze) agency" >/dev/null
q() { psql_bench -At -c "$1"; }
COMMERCE="$(q "select id from agency where name = '卧龙区商务局'")"
# The deep keyset page: the cursor 90 % of the way down the agency's list.
DEEP="$(q "select id from disclosure_entry where agency_id = $COMMERCE order by id desc
	offset (select count(*) * 9 / 10 from disclosure_entry where agency_id = $COMMERCE) limit 1")"
YEAR="$(TZ=Asia/Shanghai date +%Y)"
TOKEN_PUBLISHER="$(api_token publisher)"
TOKEN_SUPERVISOR="$(api_token supervisor)"
ENDPOINTS=(
	"list, agency, first page|$TOKEN_PUBLISHER|/api/v1/disclosure/entries?agencyId=$COMMERCE&limit=50"
	"list, agency, deep keyset page|$TOKEN_PUBLISHER|/api/v1/disclosure/entries?agencyId=$COMMERCE&limit=50&beforeId=$DEEP"
	"list, agency, drafts|$TOKEN_PUBLISHER|/api/v1/disclosure/entries?agencyId=$COMMERCE&state=DRAFT&limit=50"
	"list, agency, in review at level 2|$TOKEN_PUBLISHER|/api/v1/disclosure/entries?agencyId=$COMMERCE&state=IN_REVIEW&level=2&limit=50"
	"list, region (supervisor)|$TOKEN_SUPERVISOR|/api/v1/disclosure/entries?limit=50"
	"Art. 26 overdue, region|$TOKEN_SUPERVISOR|/api/v1/disclosure/timeliness?view=overdue&limit=100"
	"Art. 26 due soon, region|$TOKEN_SUPERVISOR|/api/v1/disclosure/timeliness?view=due-soon&limit=100"
	"table 二 and channels|$TOKEN_SUPERVISOR|/api/v1/disclosure/statistics?agencyId=$COMMERCE&year=$YEAR"
	"public list, agency-year, page 100||/api/v1/public/disclosure/entries?agencyId=$COMMERCE&year=$YEAR&page=100"
)
{
	echo "# Catalogue lists over $N entries, $(date -u +%FT%TZ)"
	echo
	machine_facts
	echo
	echo '```'
	cat "$BENCH_DIR/load.out"
	psql_bench -c "select pg_size_pretty(pg_total_relation_size('disclosure_entry')) as disclosure_entry,
		pg_size_pretty(pg_total_relation_size('disclosure_entry_version')) as disclosure_entry_version"
	echo '```'
	echo
	echo "商务局 = agency $COMMERCE; today = $TODAY. Each line: $REPEAT sequential calls after $WARMUP_ROUNDS warm-up calls;"
	echo "time to the last byte (curl time_total)."
	echo
	echo "| what | median ms | p95 ms | max ms | HTTP | path |"
	echo "|---|---|---|---|---|---|"
} >"$BENCH_DIR/lists.md"

# Console pages, signed in with the form (CSRF token from the sign-in page), session cookie in a jar.
login() { # user jar
	local csrf
	csrf="$(curl -s -c "$2" -b "$2" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
	curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" --data-urlencode "password=demo1234" \
		--data-urlencode "_csrf=$csrf" "$BASE/login"
}
login publisher "$BENCH_DIR/publisher.jar"
login section "$BENCH_DIR/section.jar"
login supervisor "$BENCH_DIR/supervisor.jar"
PAGES=(
	"console list, agency|publisher.jar|/console/disclosure?agencyId=$COMMERCE"
	"console list, agency, deep keyset page|publisher.jar|/console/disclosure?agencyId=$COMMERCE&beforeId=$DEEP"
	"console list, agency, in review at level 2|publisher.jar|/console/disclosure?agencyId=$COMMERCE&state=IN_REVIEW&level=2"
	"console list, region (督办)|supervisor.jar|/console/disclosure"
	"console review inbox, section head|section.jar|/console/disclosure/inbox"
	"console Art. 26 overdue, region (督办)|supervisor.jar|/console/disclosure/timeliness?view=overdue"
)

call() { # auth path -> "status seconds"; auth is a token, a cookie jar (*.jar) or empty
	local auth=()
	case "$1" in
		"") ;;
		*.jar) auth=(-b "$BENCH_DIR/$1") ;;
		*) auth=(-H "Authorization: Bearer $1") ;;
	esac
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${auth[@]}" "$BASE$2"
}

each() { # callback name auth path
	local entry
	for entry in "${ENDPOINTS[@]}" "${PAGES[@]}"; do IFS='|' read -r name auth path <<<"$entry"; "$1" "$name" "$auth" "$path"; done
}

warm() { for _ in $(seq "$WARMUP_ROUNDS"); do call "$2" "$3" >/dev/null; done; }
log "warm-up: $WARMUP_ROUNDS calls per endpoint"
each warm

: >"$BENCH_DIR/medians.txt"
measure() { # name auth path
	local samples="$BENCH_DIR/samples.txt"
	: >"$samples"
	for _ in $(seq "$REPEAT"); do call "$2" "$3" >>"$samples"; done
	python3 - "$1" "$3" "$samples" "$BENCH_DIR/medians.txt" <<-'EOF' >>"$BENCH_DIR/lists.md"
		import statistics, sys
		name, path, samples, medians = sys.argv[1:]
		lines = [l.split() for l in open(samples)]
		codes = {l[0] for l in lines}
		ms = sorted(float(l[1]) * 1000 for l in lines)
		p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
		median = statistics.median(ms)
		flag = "" if median <= 100 else " ⚠"
		print(f"| {name} | {median:.1f}{flag} | {p95:.1f} | {ms[-1]:.1f} | {','.join(sorted(codes))} | `{path}` |")
		# One line per endpoint for the summary (no indented block: <<- strips leading tabs).
		open(medians, "a").write(f"{median:.1f}|{name}|{','.join(sorted(codes))}\n")
	EOF
}
log "measuring: $REPEAT calls per endpoint"
each measure

# Plans: auto_explain logs EXPLAIN (ANALYZE, BUFFERS) of every statement; a marker query names each endpoint.
log "collecting plans"
MARK_FROM="$(wc -l <"$BENCH_DIR/postgres.log")"
pg_auto_explain 0
explain() { # name auth path
	psql_bench -c "select 'BENCH-ENDPOINT ${1//\'/}'" >/dev/null
	call "$2" "$3" >/dev/null
}
each explain
pg_auto_explain -1
tail -n +"$((MARK_FROM + 1))" "$BENCH_DIR/postgres.log" | python3 "$HERE/plans.py" >"$BENCH_DIR/plans.md"

summary="$(sort -t'|' -k1,1 -g -r "$BENCH_DIR/medians.txt" | head -1)"
not_ok="$(cut -d'|' -f3 "$BENCH_DIR/medians.txt" | grep -vc '^200$' || true)"
IFS='|' read -r worst worst_name _ <<<"$summary"
{
	echo
	echo "**Slowest median: $worst ms ($worst_name) over $N entries; target ≤ 100 ms.** Answers other than 200: $not_ok."
} >>"$BENCH_DIR/lists.md"
cat "$BENCH_DIR/lists.md"
log "plans in $BENCH_DIR/plans.md"
