#!/usr/bin/env bash
# Online submissions per second with one and with two Gongkai instances on the same PostgreSQL (issue 10, item 8),
# all on 127.0.0.1: Debian's PostgreSQL 15 (durable commits, the defaults), instances A and B from target/gongkai.jar
# (postgres profile, demo data), nginx with two listeners (one upstream A alone, one A and B round robin), and wrk
# driving POST /api/v1/public/requests through each with bench/requests/submit.lua, alternately (one, two, one,
# two). Prints a table with the CPU each process used per submission, to show where the limit is. Stops everything.
#   WARMUP=20 DURATION=30 CONNECTIONS=16   GONGKAI_BENCH_DIR=… (default: a fresh temporary folder)
set -uo pipefail
# The load comes from loopback: not rate-limited (docs/deployment.md, section 9).
export GONGKAI_RATE_LIMIT_UNLIMITED="${GONGKAI_RATE_LIMIT_UNLIMITED:-127.0.0.1,::1}"
cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-20} DURATION=${DURATION:-30} CONNECTIONS=${CONNECTIONS:-16}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx not found (apt-get install nginx)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 2; }
[ -f target/gongkai.jar ] || ./mvnw -B -ntp -q -o -DskipTests package || exit 2

work=${GONGKAI_BENCH_DIR:-$(mktemp -d /tmp/gongkai-cluster-throughput.XXXXXX)}
mkdir -p "$work" && chmod 777 "$work"
PG_PORT=55442 A=18083 B=18084 ONE=18085 TWO=18086
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

as_pg "$PG_BIN/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null || exit 1
as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -o "-p $PG_PORT -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" \
  -w start >/dev/null || exit 1
psql -X -q -h 127.0.0.1 -p $PG_PORT -U postgres -c "create user gongkai password 'gongkai'" \
  -c "create database gongkai owner gongkai" >/dev/null || exit 1

start_instance() { # port
  SPRING_PROFILES_ACTIVE=postgres GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/gongkai" \
    GONGKAI_DB_USER=gongkai GONGKAI_DB_PASSWORD=gongkai GONGKAI_DEMO=true GONGKAI_SECURE_COOKIES=false \
    GONGKAI_PORT=$1 java -Xms512m -Xmx512m -jar target/gongkai.jar --server.address=127.0.0.1 \
    --gongkai.requests.sweep.enabled=false >"$work/instance-$1.log" 2>&1 &
  last_pid=$!
  pids+=("$last_pid")
}
wait_ready() { for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null && return 0; sleep 1; done; return 1; }

# A first (it loads the demo), then B.
start_instance $A; pid_a=$last_pid; wait_ready $A || { log "A did not start"; exit 1; }
start_instance $B; pid_b=$last_pid; wait_ready $B || { log "B did not start"; exit 1; }
agencies=$(curl -fs "http://127.0.0.1:$A/apply" | grep -o 'agencyId=[0-9]*' | cut -d= -f2 | sort -un | paste -sd,)

cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body; proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fcgi; uwsgi_temp_path $work/nginx-uwsgi; scgi_temp_path $work/nginx-scgi;
  upstream one { server 127.0.0.1:$A; keepalive 32; }
  upstream two { server 127.0.0.1:$A; server 127.0.0.1:$B; keepalive 32; }
  server { listen 127.0.0.1:$ONE; location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; } }
  server { listen 127.0.0.1:$TWO; location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; } }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" || exit 1

ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $t; }
pg_pids() { local m; m=$(head -1 "$work/pg/postmaster.pid"); echo "$m" $(pgrep -P "$m"); }
nginx_pids() { local m; m=$(cat "$work/nginx.pid"); echo "$m" $(pgrep -P "$m"); }
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }

measure() { # label port seconds → RESULT json on stdout, ticks to $work/ticks-label
  local a0 b0 p0 n0 m0
  a0=$(ticks $pid_a) b0=$(ticks $pid_b) p0=$(ticks $(pg_pids)) n0=$(ticks $(nginx_pids)) m0=$(busy)
  ( BENCH_AGENCIES="$agencies" BENCH_RUN="$1" BENCH_CODES="$work/codes-$1.txt" \
      wrk -t2 -c"$CONNECTIONS" -d"$3s" --timeout 10s -s bench/requests/submit.lua "http://127.0.0.1:$2" \
      | sed -n 's/^RESULT //p' >"$work/result-$1"
    awk '{print $16 + $17}' "/proc/$BASHPID/stat" >"$work/wrk-$1" )
  echo "$(( $(ticks $pid_a) - a0 )) $(( $(ticks $pid_b) - b0 )) $(( $(ticks $(pg_pids)) - p0 ))" \
    "$(( $(ticks $(nginx_pids)) - n0 )) $(cat "$work/wrk-$1") $(( $(busy) - m0 ))" >"$work/ticks-$1"
}

echo "| instances | submissions/s | p50 ms | p99 ms | non-2xx | CPU ms per submission: A / B / PostgreSQL / nginx / wrk | load |"
echo "|---|---|---|---|---|---|---|"
for setup in one two one two; do
  port=$([ $setup = one ] && echo $ONE || echo $TWO)
  log "$setup: warm-up ${WARMUP}s, then ${DURATION}s at $CONNECTIONS connections"
  measure "warm-$setup-$RANDOM" $port "$WARMUP"
  load=$(cut -d' ' -f1 /proc/loadavg)
  label="$setup-$RANDOM"
  measure "$label" $port "$DURATION"
  python3 - "$setup" "$(cat "$work/result-$label")" $(cat "$work/ticks-$label") "$(getconf CLK_TCK)" "$load" <<'EOF'
import json, sys
setup, result = sys.argv[1], json.loads(sys.argv[2])
a, b, pg, ngx, wrk, busy, hz = map(int, sys.argv[3:10])
load = sys.argv[10]
ok = sum(n for s, n in result["statuses"].items() if s.startswith("2"))
other = sum(n for s, n in result["statuses"].items() if not s.startswith("2"))
secs = result["seconds"]
per = lambda t: f"{t * 1000 / hz / max(ok, 1):.1f}"
l = result["latencyMs"]
print(f"| {1 if setup == 'one' else 2} | {ok / secs:.0f} | {l['p50']:.0f} | {l['p99']:.0f} | {other} | "
      f"{per(a)} / {per(b)} / {per(pg)} / {per(ngx)} / {per(wrk)} | {load} |")
EOF
done
echo
echo "stored: $(psql -X -h 127.0.0.1 -p $PG_PORT -U postgres -d gongkai -tAc "select count(*) from information_request where submission_key like 'public:bench-%'") applications;" \
  "audit entries: $(psql -X -h 127.0.0.1 -p $PG_PORT -U postgres -d gongkai -tAc "select count(*) from audit_entry")"
