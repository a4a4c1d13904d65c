#!/usr/bin/env bash
# Fee quotes under load (issue 12): the public GET /api/v1/fees/quote with wrk, 64 connections, target 5,000 req/s.
#
#   bench/fees/quote.sh                     # builds target/gongkai.jar if missing; 1.5 to 3 minutes
#   DURATION=30s CONNECTIONS=64 bench/fees/quote.sh
#
# Starts the packaged jar as scripts/run.sh does (embedded H2 in a temporary data directory, demo data off) on a free
# port of 127.0.0.1. No address is exempt from the rate limits: wrk plays the reverse proxy on loopback (trusted,
# GONGKAI_TRUSTED_PROXIES) in front of 65,536 clients (bench/fees/clients.lua sets X-Forwarded-For), and the quote's
# flood limit (gongkai.rate-limits.limits.fee-quote, 120 a minute per client) applies to each of them as in
# production. Checks the worked examples first (45 applications in a month: 5,500 元; 250 pages: 4,700 元) and that a
# flood from one client is refused (429), warms the JVM until its JIT compiler is quiet (bench/lib/jit-warmup.sh: the
# steady state a running server is in, not the first minute after a start), then measures per-application and
# per-page quotes.
# Everything it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
TARGET=5000
export GONGKAI_RATE_LIMIT_UNLIMITED=
export GONGKAI_TRUSTED_PROXIES=127.0.0.1,::1

for tool in wrk curl java python3; do
	command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk curl)" >&2; exit 2; }
done
if [ -f target/gongkai.jar ]; then GONGKAI_SKIP_BUILD=1 GONGKAI_PREPARE_ONLY=1 scripts/run.sh; else GONGKAI_PREPARE_ONLY=1 scripts/run.sh; fi

work=$(mktemp -d)
app_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

APP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
GONGKAI_SKIP_BUILD=1 GONGKAI_PORT=$APP_PORT GONGKAI_DATA_DIR="$work/data" GONGKAI_DEMO=false scripts/run.sh \
	--server.address=127.0.0.1 >"$work/app.log" 2>&1 &
app_pid=$! # run.sh execs java, so this is the JVM
deadline=$((SECONDS + 600))
until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
	kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log"; echo "application died" >&2; exit 1; }
	[ "$SECONDS" -lt "$deadline" ] || { echo "the application did not answer within 600 s" >&2; exit 1; }
	sleep 0.2
done

BASE="http://127.0.0.1:$APP_PORT/api/v1/fees/quote"
APPLICATIONS="$BASE?basis=per-application&count=45"
PAGES="$BASE?basis=per-page&count=250"
check() {
	local amount
	amount=$(curl -fs "$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["amountYuan"])')
	python3 -c "import sys; sys.exit(0 if float('$amount') == $2 else 1)" \
		|| { echo "wrong quote for $1: $amount, expected $2" >&2; exit 1; }
}
check "$APPLICATIONS" 5500
check "$PAGES" 4700
bad=$(curl -s -o /dev/null -w '%{http_code}' "$BASE?basis=per-page&count=-1")
[ "$bad" = 400 ] || { echo "a negative count answered $bad, not 400" >&2; exit 1; }
# 200 quotes from one client on one connection (a second or so; the bucket refills 2 a second meanwhile).
flood=$(curl -s -H 'X-Forwarded-For: 10.255.0.1' -w '%{http_code}\n' $(for _ in $(seq 1 200); do echo "-o /dev/null $PAGES"; done) \
	| sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
echo "$flood" | grep -q '×429' || { echo "200 quotes from one client were not limited: $flood" >&2; exit 1; }

run_wrk() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s bench/fees/clients.lua "$1"; }
rps() { grep 'Requests/sec' | awk '{print $2}'; }
p() { grep -E "^ +$1%" | awk '{print $2}'; }
errors() { grep -E 'Non-2xx|Socket errors' || echo none; }

# Both quotes in each round, until the JIT is quiet (bench/lib/jit-warmup.sh; WARMUP is the least time spent).
. bench/lib/jit-warmup.sh
both() { run_wrk "$APPLICATIONS" 3s && run_wrk "$PAGES" 2s; }
echo "warming up the JVM until its JIT is quiet..." >&2
run_wrk "$APPLICATIONS" "$WARMUP" >/dev/null
warm_up "$app_pid" both
cpu_before=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
applications_out=$(run_wrk "$APPLICATIONS" "$DURATION")
pages_out=$(run_wrk "$PAGES" "$DURATION")
cpu_after=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
requests=$(echo "$applications_out$pages_out" | grep -E 'requests in' | awk '{s += $1} END {print s}')
cpu_us=$(python3 -c "print(f'{($cpu_after - $cpu_before) / $(getconf CLK_TCK) * 1e6 / $requests:.0f}')")
applications_rps=$(echo "$applications_out" | rps)
pages_rps=$(echo "$pages_out" | rps)
verdict=$(python3 -c "print('meets' if min($applications_rps, $pages_rps) >= $TARGET else 'BELOW')")

cat <<TABLE

Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
Java: $(java -version 2>&1 | head -1); wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1, after a warm-up of
$WARMUP and $WARMUP_SUMMARY

| quote | result | target |
|---|---|---|
| per-application, count=45 (5,500 元) | ${applications_rps} req/s (p50 $(echo "$applications_out" | p 50), p99 $(echo "$applications_out" | p 99); errors: $(echo "$applications_out" | errors)) | ≥ 5,000 req/s |
| per-page, count=250 (4,700 元) | ${pages_rps} req/s (p50 $(echo "$pages_out" | p 50), p99 $(echo "$pages_out" | p 99); errors: $(echo "$pages_out" | errors)) | ≥ 5,000 req/s |
| server CPU per quote (user + system) | ${cpu_us} µs | |
| 200 quotes from one client (flood limit) | ${flood}| 429 after 120 (and the refill) |

Fee quotes: $verdict the target of $TARGET req/s with $CONNECTIONS connections.
TABLE
