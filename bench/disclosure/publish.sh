#!/usr/bin/env bash
# Creating and publishing catalogue entries through the API on PostgreSQL (issue 13: 200 or more per second).
#
# Reuses bench/requests/common.sh (a fresh PostgreSQL cluster and the application jar on 127.0.0.1). Each entry is
# five calls: draft, submit, and the three approvals of the default chain (publisher, section, leader), each with the
# If-Match of the answer before. CLIENTS keep-alive connections (publish_client.py, one thread each) run ENTRIES
# entries in all; the rate is entries fully published per second of wall time. Stops what it started.
#
# Usage: bench/disclosure/publish.sh    (ENTRIES=4000 CLIENTS=16; a small run: ENTRIES=100 CLIENTS=4)
# Results: $BENCH_DIR/publish.md
set -euo pipefail
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-disclosure-publish}"
ENTRIES="${ENTRIES:-4000}"
CLIENTS="${CLIENTS:-16}"
source "$(dirname "$0")/../requests/common.sh"
BASE="http://127.0.0.1:$APP_PORT"

bench_start
app_start
q() { psql_bench -At -c "$1"; }
export BASE AGENCY="$(q "select id from agency where name = '卧龙区商务局'")"
export T_PUBLISHER="$(api_token publisher)" T_SECTION="$(api_token section)" T_LEADER="$(api_token leader)"
export TODAY="$(TZ=Asia/Shanghai date +%F)"

read -r sent seconds < <(python3 "$(dirname "$0")/publish_client.py" "$BASE" "$AGENCY" "$TODAY" "$ENTRIES" "$CLIENTS" \
	"$T_PUBLISHER" "$T_SECTION" "$T_LEADER")
start=0
end="$seconds"
published="$(q "select count(*) from disclosure_entry where title like '基准条目 %' and public_version = 1")"
rate="$(python3 -c "print(f'{$published / ($end - $start):.1f}')")"
{
	echo "# Create and publish through the API, $(date -u +%FT%TZ)"
	echo
	machine_facts
	echo
	echo "$published of $ENTRIES entries published (5 calls each) by $CLIENTS clients in $(python3 -c "print(f'{$end - $start:.1f}')") s"
	echo
	echo "**Created and published through the API: $rate entries/s; target ≥ 200 entries/s.**"
} >"$BENCH_DIR/publish.md"
cat "$BENCH_DIR/publish.md"
