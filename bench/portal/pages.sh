#!/usr/bin/env bash
# Portal pages (issue 14): an agency's column page and an entry page under wrk with 64 connections, each beside nginx
# serving a saved static copy of the same page in the same run, and the ratio. Target: each page at 1,500 req/s or
# more. Two figures per page: the application with its server-side page cache off (gongkai.portal.page-cache
# .enabled=false: every request renders the page) and on (the default: anonymous GETs are served from the rendered
# copy, docs/portal.md). Neither uses the HTTP cache: wrk sends no If-None-Match.
#
#   bench/portal/pages.sh              # builds target/gongkai.jar if missing; about 2.5 minutes
#   DURATION=5s WARMUP=10s bench/portal/pages.sh  # a quick check
#   PROFILE=1 bench/portal/pages.sh    # also a JFR profile of each page without the page cache: the hottest methods
#   MODES=off bench/portal/pages.sh    # only without the page cache (MODES=on: only with it)
#
# Besides req/s it prints the application's CPU milliseconds per request (user + system time over the run / requests
# served; of Tomcat's request threads, and of the whole JVM with JIT and GC): unlike req/s, that figure means
# something on a machine shared with other work.
# Starts the application once per mode (embedded H2, demo data, a temporary data directory, a free port on 127.0.0.1)
# with scripts/run.sh and nginx with a temporary configuration; stops both on exit. The script checks that an
# anonymous GET creates no session (no Set-Cookie).
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
# The JIT compiles for tens of seconds under load; CPU per request measured before that is mostly compiling. With the
# page cache a request runs little code, so its warm-up is shorter.
WARMUP=${WARMUP:-25s}
CACHED_WARMUP=${CACHED_WARMUP:-5s}
MODES=${MODES:-off on}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
AGENCY_NAME=${AGENCY_NAME:-卧龙区商务局}

for tool in wrk nginx curl java python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx curl)" >&2; exit 2; }
done
if [ -f target/gongkai.jar ]; then GONGKAI_SKIP_BUILD=1 GONGKAI_PREPARE_ONLY=1 scripts/run.sh; else GONGKAI_PREPARE_ONLY=1 scripts/run.sh; fi

work=$(mktemp -d)
app_pid=""; nginx_started=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP_PORT=$(free_port)
NGINX_PORT=$(free_port)
APP="http://127.0.0.1:$APP_PORT"

start_app() { # page cache enabled: true or false
  GONGKAI_SKIP_BUILD=1 GONGKAI_PORT=$APP_PORT GONGKAI_DATA_DIR="$work/data-$1" GONGKAI_RATE_LIMIT_UNLIMITED=127.0.0.1 \
    scripts/run.sh --server.address=127.0.0.1 --gongkai.portal.page-cache.enabled="$1" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do
    curl -fs "$APP/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; echo "application died" >&2; exit 1; }
    sleep 0.1
  done
  for _ in $(seq 1 200); do curl -fs "$APP/" | grep -q "$AGENCY_NAME" && break; sleep 0.2; done
  agency_path=$(curl -fs "$APP/" | python3 -c "
import re, sys
html = sys.stdin.read()
m = re.search(r'<a href=\"(/agencies/[0-9]+)\">' + re.escape('$AGENCY_NAME') + '</a>', html)
print(m.group(1) if m else '')")
  [ -n "$agency_path" ] || { echo "no column page of $AGENCY_NAME on the home page" >&2; exit 1; }
  for _ in $(seq 1 200); do curl -fs "$APP$agency_path" | grep -q 'href="/entries/' && break; sleep 0.2; done
  entry_path=$(curl -fs "$APP$agency_path" | grep -oE 'href="/entries/[0-9]+"' | head -1 | cut -d'"' -f2)
  [ -n "$entry_path" ] || { echo "no entry on $agency_path" >&2; exit 1; }
}
stop_app() {
  kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
start_app false

mkdir -p "$work/nginx/www/agency" "$work/nginx/www/entry" "$work/nginx/logs" "$work/nginx/tmp"
curl -fs "$APP$agency_path" >"$work/nginx/www/agency/index.html"
curl -fs "$APP$entry_path" >"$work/nginx/www/entry/index.html"
cookies=$( (curl -fs -D - -o /dev/null "$APP$agency_path"; curl -fs -D - -o /dev/null "$APP$entry_path") \
  | grep -ci '^set-cookie' || true)
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp; fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { root $work/nginx/www; index index.html; default_type text/html; charset utf-8; }
  }
}
NGINX
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=1

run_wrk() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency "$1"; }
cpu_ms() { # CPU time of the application so far, in ms: "request threads (Tomcat's http-nio-*) whole JVM"
  local hz req=0 task name
  hz=$(getconf CLK_TCK)
  for task in /proc/"$app_pid"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    case "$name" in http-nio*) req=$((req + $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0))) ;; esac
  done
  echo "$((req * 1000 / hz)) $(awk -v hz="$hz" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$app_pid/stat")"
}
requests() { grep -E '^ +[0-9]+ requests in' | awk '{print $1}'; }
# Runs wrk against the application and appends "CPU ms/request" to its output (and a JFR profile with PROFILE=1).
run_app() { # url, duration, name
  local before after out
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] || { echo "$1 does not answer 200" >&2; tail -50 "$work/app.log" >&2; exit 1; }
  [ "${PROFILE:-}" = 1 ] && jcmd "$app_pid" JFR.start name="$3" settings=profile filename="$work/$3.jfr" >/dev/null
  read -r -a before <<<"$(cpu_ms)"
  out=$(run_wrk "$1" "$2")
  read -r -a after <<<"$(cpu_ms)"
  [ "${PROFILE:-}" = 1 ] && jcmd "$app_pid" JFR.stop name="$3" >/dev/null
  echo "$out"
  echo "CPU $((after[0] - before[0])) $((after[1] - before[1]))"
}
cpu_per_request() { # wrk output of run_app: "request threads / whole JVM" CPU ms per request
  local n req jvm
  n=$(echo "$1" | requests); read -r req jvm <<<"$(echo "$1" | grep '^CPU ' | cut -d' ' -f2-)"
  python3 -c "print(f'{$req / $n:.2f} / {$jvm / $n:.2f}' if $n > 0 else 'n/a')"
}
profile() { # name: the 25 methods most often on top of the stack, then the share of requests' frames
  [ "${PROFILE:-}" = 1 ] || return 0
  echo
  echo "JFR, $1 page: hottest methods (share of execution samples)"
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$work/$1.jfr" | python3 "$(dirname "$0")/src/jfr_top.py"
}
rps() { grep 'Requests/sec' | awk '{print $2}'; }
p() { grep -E "^ +$1%" | awk '{print $2}'; }
errors() { grep -E 'Non-2xx|Socket errors' || true; }

agency_off=""; entry_off=""; agency_on=""; entry_on=""
if [[ " $MODES " == *" off "* ]]; then
  echo "without the page cache: warming up the JVM ($WARMUP per page, then until the JIT is quiet)..." >&2
  run_wrk "$APP$agency_path" "$WARMUP" >/dev/null
  run_wrk "$APP$entry_path" "$WARMUP" >/dev/null
  # Both pages in each round until C1/C2 are quiet (bench/lib/jit-warmup.sh): on two cores C2 compiles for a minute
  # or more after the first load, and a measurement taken meanwhile reports the compiler.
  . bench/lib/jit-warmup.sh
  both_pages() { run_wrk "$APP$agency_path" 3s && run_wrk "$APP$entry_path" 2s; }
  warm_up "$app_pid" both_pages
  echo "warm-up: $WARMUP_SUMMARY" >&2
  agency_off=$(run_app "$APP$agency_path" "$DURATION" agency)
  entry_off=$(run_app "$APP$entry_path" "$DURATION" entry)
fi
stop_app
agency_nginx=$(run_wrk "http://127.0.0.1:$NGINX_PORT/agency/" "$DURATION")
entry_nginx=$(run_wrk "http://127.0.0.1:$NGINX_PORT/entry/" "$DURATION")
if [[ " $MODES " == *" on "* ]]; then
  start_app true
  echo "with the page cache: warming up the JVM ($CACHED_WARMUP per page)..." >&2
  run_wrk "$APP$agency_path" "$CACHED_WARMUP" >/dev/null
  run_wrk "$APP$entry_path" "$CACHED_WARMUP" >/dev/null
  cached_cookies=$( (curl -fs -D - -o /dev/null "$APP$agency_path"; curl -fs -D - -o /dev/null "$APP$entry_path") \
    | grep -ci '^set-cookie' || true)
  cookies=$((cookies + cached_cookies))
  profiling=${PROFILE:-}; PROFILE=""
  agency_on=$(run_app "$APP$agency_path" "$DURATION" agency-cached)
  entry_on=$(run_app "$APP$entry_path" "$DURATION" entry-cached)
  PROFILE=$profiling
  stop_app
fi

line() { # name, wrk output of Gongkai, of nginx
  local app_rps nginx_rps ratio verdict
  [ -n "$2" ] || return 0
  app_rps=$(echo "$2" | rps); nginx_rps=$(echo "$3" | rps)
  ratio=$(python3 -c "print(f'{$app_rps / $nginx_rps * 100:.1f}' if $nginx_rps > 0 else 'n/a')")
  verdict=$(python3 -c "print('OK' if $app_rps >= 1500 else 'BELOW TARGET')")
  echo "| $1 | $app_rps req/s (p50 $(echo "$2" | p 50), p99 $(echo "$2" | p 99)) | $(cpu_per_request "$2") | $nginx_rps req/s | $ratio % | ≥ 1,500 req/s $verdict |"
}
cat <<TABLE

Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1, no HTTP cache, uncached pages measured after ${WARMUP_SUMMARY:-no JIT warm-up}; agency page $agency_path ($(wc -c <"$work/nginx/www/agency/index.html") bytes), entry page $entry_path ($(wc -c <"$work/nginx/www/entry/index.html") bytes)

| page | Gongkai | Gongkai CPU ms/request (request threads / whole JVM) | nginx, static copy | Gongkai / nginx | target |
|---|---|---|---|---|---|
$(line "agency column, page cache off" "$agency_off" "$agency_nginx")
$(line "agency column, page cache on" "$agency_on" "$agency_nginx")
$(line "entry page, page cache off" "$entry_off" "$entry_nginx")
$(line "entry page, page cache on" "$entry_on" "$entry_nginx")

Set-Cookie on anonymous GETs of the two pages: $cookies (target 0)
TABLE
for out in "$agency_off" "$entry_off" "$agency_on" "$entry_on"; do
  [ -n "$out" ] || continue
  e=$(echo "$out" | errors); [ -z "$e" ] || echo "wrk reported for Gongkai: $e"
done
# A rate of 0 means the application stopped answering during the run: show why rather than a bare 0.
for out in "$agency_off" "$entry_off" "$agency_on" "$entry_on"; do
  if [ -n "$out" ] && [ "$(echo "$out" | requests)" = 0 ]; then
    echo "Gongkai served no request in a run; the end of its log:"; tail -40 "$work/app.log"
  fi
done
profile agency
profile entry
