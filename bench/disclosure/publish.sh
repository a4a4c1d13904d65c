#!/usr/bin/env bash
# Creating and publishing catalogue entries through the API on PostgreSQL (issue 13: 200 or more per second).
#
# Reuses bench/requests/common.sh (a fresh PostgreSQL cluster and the application jar on 127.0.0.1). Each entry is
# five calls: draft, submit, and the three approvals of the default chain (publisher, section, leader), each with the
# If-Match of the answer before. CLIENTS workers run ENTRIES entries in all (xargs -P, one bash loop of curl per
# worker); the rate is entries fully published per second of wall time. Stops what it started.
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

one() {
	local n="$1" body version id
	body="{\"agencyId\":$AGENCY,\"title\":\"基准条目 $n\",\"formedOn\":\"$TODAY\",\"article20Item\":11,\"body\":\"<p>正文 $n</p>\"}"
	read -r id version < <(curl -sf -H "Authorization: Bearer $T_PUBLISHER" -H 'Content-Type: application/json' \
		-d "$body" "$BASE/api/v1/disclosure/entries" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["id"], d["version"])')
	for step in "submit $T_PUBLISHER" "approve $T_PUBLISHER" "approve $T_SECTION" "approve $T_LEADER"; do
		set -- $step
		version="$(curl -sf -X POST -H "Authorization: Bearer $2" -H "If-Match: \"$version\"" \
			"$BASE/api/v1/disclosure/entries/$id/$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')"
	done
}
export -f one
start=$(date +%s.%N)
seq "$ENTRIES" | xargs -P "$CLIENTS" -I{} bash -c 'one {}'
end=$(date +%s.%N)
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
