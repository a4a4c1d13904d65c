#!/usr/bin/env bash
# Starts the benchmark's PostgreSQL cluster and the application (postgres profile, demo data) on 127.0.0.1 and keeps
# them up for SERVE_SECONDS (default 900), for profiling or trying requests by hand; stops both afterwards or on Ctrl-C.
set -euo pipefail
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-serve}"
SERVE_SECONDS="${SERVE_SECONDS:-900}"
source "$(dirname "$0")/common.sh"
bench_start
app_start "$@"
log "serving for ${SERVE_SECONDS}s: http://127.0.0.1:$APP_PORT, psql -h 127.0.0.1 -p $PG_PORT -U $PG_ROLE $PG_DB (password $PG_PASSWORD)"
sleep "$SERVE_SECONDS" &
wait $!
