#!/usr/bin/env bash
# Portal load benchmark (issue 2): start-up time to healthy, heap after start, and the portal home page under wrk
# with 64 connections, beside nginx serving a saved static copy of the same page, all on loopback in one run.
#
#   bench/portal-load.sh            # builds target/gongkai.jar if missing; about 2 minutes
#   DURATION=30s bench/portal-load.sh
#
# Everything it starts (the application on a free port with a temporary data directory, nginx with a temporary
# configuration on another free port) is stopped on exit. Only 127.0.0.1 is contacted.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}

for tool in wrk nginx curl java jcmd python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx curl)" >&2; exit 2; }
done
# Build if needed, extract and train the class-data-sharing archive, exactly as scripts/run.sh starts the server.
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

# --- start-up to healthy
start=$(date +%s.%N)
GONGKAI_SKIP_BUILD=1 GONGKAI_PORT=$APP_PORT GONGKAI_DATA_DIR="$work/data" scripts/run.sh \
  --server.address=127.0.0.1 >"$work/app.log" 2>&1 &
app_pid=$!  # run.sh execs java, so this is the JVM
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; echo "application died" >&2; exit 1; }
  sleep 0.05
done
healthy=$(date +%s.%N)
startup=$(python3 -c "print(f'{$healthy - $start:.2f}')")
# Demo data loads right after 'ready'; wait until the page lists the agencies.
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$APP_PORT/" | grep -q '卧龙区商务局' && break; sleep 0.1; done

# --- heap after start (after a full GC)
jcmd "$app_pid" GC.run >/dev/null
heap_used_kb=$(jcmd "$app_pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
heap_mb=$(( heap_used_kb / 1024 ))

# --- the page and its static copy under nginx
mkdir -p "$work/nginx/www" "$work/nginx/logs"
curl -fs "http://127.0.0.1:$APP_PORT/" >"$work/nginx/www/index.html"
page_bytes=$(wc -c <"$work/nginx/www/index.html")
sessions_before=$(curl -fs -D - -o /dev/null "http://127.0.0.1:$APP_PORT/" | grep -ci '^set-cookie' || true)
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
mkdir -p "$work/nginx/tmp"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=1

run_wrk() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency "$1"; }
rps() { grep 'Requests/sec' | awk '{print $2}'; }
p() { grep -E "^ +$1%" | awk '{print $2}'; }

echo "warming up the JVM (10 s)..." >&2
run_wrk "http://127.0.0.1:$APP_PORT/" 10s >/dev/null
app_out=$(run_wrk "http://127.0.0.1:$APP_PORT/" "$DURATION")
nginx_out=$(run_wrk "http://127.0.0.1:$NGINX_PORT/" "$DURATION")
# For comparison, a page rendered on every request (an agency's disclosure column; no page cache).
agency_path=$(grep -oE 'href="/agencies/[0-9]+"' "$work/nginx/www/index.html" | head -1 | cut -d'"' -f2)
agency_out=$(run_wrk "http://127.0.0.1:$APP_PORT$agency_path" "$DURATION")
app_errors=$(echo "$app_out" | grep -E 'Non-2xx|Socket errors' || true)

app_rps=$(echo "$app_out" | rps); nginx_rps=$(echo "$nginx_out" | rps)
ratio=$(python3 -c "print(f'{$app_rps / $nginx_rps * 100:.1f}')")

cat <<TABLE

Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
Java: $(java -version 2>&1 | head -1); started by scripts/run.sh: $(tr '\0' ' ' </proc/$app_pid/cmdline | cut -c1-200)
wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1; page: GET / ($page_bytes bytes)

| measure | result | target |
|---|---|---|
| start-up to healthy | ${startup} s | ≤ 10 s |
| heap used after start + full GC | ${heap_mb} MB | ≤ 256 MB |
| portal home, Gongkai | ${app_rps} req/s (p50 $(echo "$app_out" | p 50), p99 $(echo "$app_out" | p 99)) | ≥ 2,000 req/s |
| agency column $agency_path, rendered per request | $(echo "$agency_out" | rps) req/s (p50 $(echo "$agency_out" | p 50), p99 $(echo "$agency_out" | p 99)) | (no target) |
| same page, static copy in nginx | ${nginx_rps} req/s (p50 $(echo "$nginx_out" | p 50), p99 $(echo "$nginx_out" | p 99)) | baseline |
| Gongkai / nginx | ${ratio} % | |
| Set-Cookie on an anonymous GET / | ${sessions_before} | 0 |
TABLE
[ -z "$app_errors" ] || echo "wrk reported for Gongkai: $app_errors"
