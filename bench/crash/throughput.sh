#!/usr/bin/env bash
# Online submissions per second on the embedded H2, to price durability (issue 9, item 1): for each jar given,
# starts it on a fresh data directory (demo data, 127.0.0.1), warms up, then drives POST /api/v1/public/requests
# with wrk and bench/requests/submit.lua (unique Idempotency-Keys, valid bodies) and prints one table row. Jars are
# measured in the order given; give them alternately (A B A B) so that a change in the shared machine's load
# shows as a difference between rounds rather than between jars.
#
# Usage: bench/crash/throughput.sh JAR [JAR…]      WARMUP=20 DURATION=30 CONNECTIONS=16
set -uo pipefail
# The load comes from loopback: not rate-limited (docs/deployment.md, section 9).
export GONGKAI_RATE_LIMIT_UNLIMITED="${GONGKAI_RATE_LIMIT_UNLIMITED:-127.0.0.1,::1}"
cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-20} DURATION=${DURATION:-30} CONNECTIONS=${CONNECTIONS:-16}
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: $0 JAR [JAR…]" >&2; exit 2; }
work=$(mktemp -d /tmp/gongkai-h2-throughput.XXXXXX)
PORT=18091 app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null' EXIT

run_wrk() { # label seconds → RESULT json
  BENCH_AGENCIES="$agencies" BENCH_RUN="$1" BENCH_CODES="$work/codes-$1.txt" \
    wrk -t2 -c"$CONNECTIONS" -d"$2s" --timeout 10s -s bench/requests/submit.lua "http://127.0.0.1:$PORT" |
    sed -n 's/^RESULT //p'
}

echo "| jar | write delay (H2) | submissions/s | p50 ms | p99 ms | non-2xx | load before |"
echo "|---|---|---|---|---|---|---|"
round=0
for jar in "$@"; do
  round=$((round + 1))
  data=$work/data-$round
  GONGKAI_DATA_DIR=$data GONGKAI_DEMO=true GONGKAI_PORT=$PORT java -Xms1g -Xmx1g -jar "$jar" \
    --server.address=127.0.0.1 --gongkai.requests.sweep.enabled=false >"$work/app-$round.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
  agencies=$(curl -fs "http://127.0.0.1:$PORT/apply" | grep -o 'agencyId=[0-9]*' | cut -d= -f2 | sort -un | paste -sd,)
  [ -n "$agencies" ] || { echo "$jar did not start; see $work/app-$round.log" >&2; exit 1; }
  delay=$(unzip -p "$jar" BOOT-INF/classes/application.properties | grep -v '^#' | grep -o 'WRITE_DELAY=[0-9]*' | head -1 | grep . || echo "default (500 ms)")
  run_wrk "warm$round" "$WARMUP" >/dev/null
  load=$(cut -d' ' -f1 /proc/loadavg)
  result=$(run_wrk "m$round" "$DURATION")
  kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=""
  python3 - "$jar" "$delay" "$result" "$load" <<'EOF'
import json, sys
jar, delay, result, load = sys.argv[1:]
r = json.loads(result)
ok = sum(n for s, n in r["statuses"].items() if s.startswith("2"))
other = sum(n for s, n in r["statuses"].items() if not s.startswith("2"))
l = r["latencyMs"]
print(f"| {jar} | {delay} | {ok / r['seconds']:.0f} | {l['p50']:.1f} | {l['p99']:.1f} | {other} | {load} |")
EOF
done
