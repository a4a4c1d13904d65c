#!/usr/bin/env bash
# Server CPU per request of the request pipeline (issue 12, fee quotes): the public quote against floors through the
# same server, so that the pipeline's cost is told from the quote's. Req/s on a shared machine says little; the
# server process's CPU time (user + system, /proc/<pid>/stat) over the requests wrk completed does.
#
#   bench/fees/pipeline-cpu.sh              # builds target/gongkai.jar if missing; about 1 minute
#   DURATION=10s CONNECTIONS=64 bench/fees/pipeline-cpu.sh
#   PAGES_FIRST=1 bench/fees/pipeline-cpu.sh   # the per-page quote measured first
#
#   GONGKAI_JAR=/tmp/old.jar bench/fees/pipeline-cpu.sh   # another build (java -jar, no CDS), for a before/after
#   GONGKAI_JAR=… JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/q.jfr,settings=profile
#     -XX:FlightRecorderOptions:stackdepth=256' bench/fees/pipeline-cpu.sh   # with a JFR profile of the whole run
#
# Measures, one after the other with the same connections: the quote (per-application, count=45), a static file
# (/css/gongkai.css, the public reading chain), the 401 of an API address without a token (the API chain, no
# controller), and the quote flooded from one address (answered 429 by the flood limit after its first 120). As in
# quote.sh, no address is exempt from the rate limits: the requests come through loopback as the trusted reverse
# proxy, each from one of 65,536 clients (bench/fees/clients.lua).
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-8s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
export GONGKAI_RATE_LIMIT_UNLIMITED=
export GONGKAI_TRUSTED_PROXIES=127.0.0.1,::1

for tool in wrk curl java python3; do
	command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk curl)" >&2; exit 2; }
done
if [ -z "${GONGKAI_JAR:-}" ]; then
	if [ -f target/gongkai.jar ]; then GONGKAI_SKIP_BUILD=1 GONGKAI_PREPARE_ONLY=1 scripts/run.sh; else GONGKAI_PREPARE_ONLY=1 scripts/run.sh; fi
fi

work=$(mktemp -d)
app_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

APP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if [ -n "${GONGKAI_JAR:-}" ]; then
	# shellcheck disable=SC2086
	GONGKAI_PORT=$APP_PORT GONGKAI_DATA_DIR="$work/data" GONGKAI_DEMO=false java -Xms128m -Xmx768m -XX:+UseG1GC ${JAVA_OPTS:-} \
		-jar "$GONGKAI_JAR" --server.address=127.0.0.1 "$@" >"$work/app.log" 2>&1 &
else
	GONGKAI_SKIP_BUILD=1 GONGKAI_PORT=$APP_PORT GONGKAI_DATA_DIR="$work/data" GONGKAI_DEMO=false scripts/run.sh \
		--server.address=127.0.0.1 "$@" >"$work/app.log" 2>&1 &
fi
app_pid=$!
deadline=$((SECONDS + 600))
until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
	kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log"; echo "application died" >&2; exit 1; }
	[ "$SECONDS" -lt "$deadline" ] || { echo "the application did not answer within 600 s" >&2; exit 1; }
	sleep 0.2
done

BASE="http://127.0.0.1:$APP_PORT"
ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
# The request threads' own CPU (Tomcat's http-nio-* workers and poller), without the JIT compiler's and the garbage
# collector's threads: on a loaded machine the JIT is still compiling long after a warm-up and blurs the process total.
http_ticks() {
	local task
	for task in /proc/"$app_pid"/task/*; do
		if grep -q '^http-nio' "$task/comm" 2>/dev/null; then awk '{print $14 + $15}' "$task/stat" 2>/dev/null; fi
	done | awk '{s += $1} END {print s + 0}'
}
# Prints: requests, req/s, CPU µs per request, non-2xx answers.
measure() {
	local before after http_before http_after out requests rps non2xx
	local script=(-s bench/fees/clients.lua)
	[ "${3:-}" = one-client ] && script=()
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "$1" >/dev/null
	before=$(ticks)
	http_before=$(http_ticks)
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${script[@]}" "$1")
	after=$(ticks)
	http_after=$(http_ticks)
	requests=$(echo "$out" | awk '/requests in/{print $1}')
	rps=$(echo "$out" | awk '/Requests\/sec/{printf "%.0f", $2}')
	non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
	cpu=$(python3 -c "print(round(($after - $before) / $(getconf CLK_TCK) * 1e6 / $requests))")
	http_cpu=$(python3 -c "print(round(($http_after - $http_before) / $(getconf CLK_TCK) * 1e6 / $requests))")
	echo "| $2 | $requests | $rps | $cpu | $http_cpu | ${non2xx:-0} |"
}

cat <<HEAD

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)
wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up each; CPU = server user + system time / requests
(whole process, and its http-nio threads alone)

| request | requests | req/s | server CPU µs per request | of it request threads | non-2xx |
|---|---|---|---|---|---|
HEAD
# The first quote measured also pays for the JIT's compiling and for filling the 65,536 clients' buckets: PAGES_FIRST=1
# measures per-page first, to tell that from what one basis costs more than the other.
if [ -n "${PAGES_FIRST:-}" ]; then
	measure "$BASE/api/v1/fees/quote?basis=per-page&count=250" "GET /api/v1/fees/quote (per-page, 250)"
	measure "$BASE/api/v1/fees/quote?basis=per-application&count=45" "GET /api/v1/fees/quote (per-application, 45)"
else
	measure "$BASE/api/v1/fees/quote?basis=per-application&count=45" "GET /api/v1/fees/quote (per-application, 45)"
	measure "$BASE/api/v1/fees/quote?basis=per-page&count=250" "GET /api/v1/fees/quote (per-page, 250)"
fi
measure "$BASE/css/gongkai.css" "GET /css/gongkai.css (static file, floor)"
measure "$BASE/api/v1/nothing-here" "GET /api/v1/nothing-here (API chain, 401 floor)"
measure "$BASE/api/v1/fees/quote?basis=per-application&count=45" "GET /api/v1/fees/quote from one address (flood)" \
	one-client
