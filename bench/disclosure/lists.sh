#!/usr/bin/env bash
# The console's catalogue lists over 1,000,000 entries (issue 13: within 100 ms, as the applications' lists).
#
# Reuses bench/requests/common.sh: a fresh PostgreSQL cluster and the application jar (postgres profile, demo data) on
# 127.0.0.1. Bulk-loads N entries with load.sql, VACUUM ANALYZE, then times the API's lists (curl's time_total, each
# call REPEAT times after a warm-up): by agency (first and deep keyset page), by state, in review at level 2, the
# Art. 26 lists of the supervisor's region, the public list of one agency-year and table 二. Stops what it started.
#
# Usage: bench/disclosure/lists.sh      (N=1000000 REPEAT=30)
# Results: $BENCH_DIR/lists.md
set -euo pipefail
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-disclosure-lists}"
N="${N:-1000000}"
REPEAT="${REPEAT:-30}"
source "$(dirname "$0")/../requests/common.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"
BASE="http://127.0.0.1:$APP_PORT"

bench_start
app_start
TODAY="$(TZ=Asia/Shanghai date +%F)"
log "loading $N catalogue entries"
psql_bench -v n="$N" -v today="$TODAY" -f "$HERE/load.sql" >"$BENCH_DIR/load.out"
psql_bench -c "vacuum (analyze) disclosure_entry" -c "vacuum (analyze) disclosure_entry_version" >/dev/null
q() { psql_bench -At -c "$1"; }
COMMERCE="$(q "select id from agency where name = '卧龙区商务局'")"
DEEP="$(q "select id from disclosure_entry where agency_id = $COMMERCE order by id desc offset 200000 limit 1")"
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
	echo '```'
	echo
	echo "| what | median ms | max ms | HTTP |"
	echo "|---|---|---|---|"
} >"$BENCH_DIR/lists.md"
for endpoint in "${ENDPOINTS[@]}"; do
	IFS='|' read -r name token path <<<"$endpoint"
	auth=()
	[ -n "$token" ] && auth=(-H "Authorization: Bearer $token")
	for _ in 1 2 3 4 5; do curl -s -o /dev/null "${auth[@]}" "$BASE$path"; done
	times=()
	code=""
	for _ in $(seq "$REPEAT"); do
		out="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "${auth[@]}" "$BASE$path")"
		code="${out%% *}"
		times+=("${out##* }")
	done
	printf '%s\n' "${times[@]}" | python3 -c "
import sys, statistics
ms = sorted(float(x) * 1000 for x in sys.stdin)
print(f'| $name | {statistics.median(ms):.1f} | {ms[-1]:.1f} | $code |')" >>"$BENCH_DIR/lists.md"
done
cat "$BENCH_DIR/lists.md"
