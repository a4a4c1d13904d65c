#!/usr/bin/env bash
# Nothing acknowledged is lost by a crash (issue 9, item 1): starts Gongkai from target/gongkai.jar on a fresh
# database; then per run sends N concurrent online submissions (POST /api/v1/public/requests, each with its own
# Idempotency-Key), kills the server with kill -9 as soon as a random share (1/4 to 3/4) of them was answered 2xx,
# restarts it on the same database and sends every key of the run again with the same body. The restarted server
# serves the next run, so each run's retries must also survive the next kill. At the end it stops the server, reads
# what is stored under each run's keys, prints one table row per run (docs/performance.md, "Crash durability") and
# exits non-zero if any run failed.
#
# Usage: bench/crash/run.sh h2|postgres
#   RUNS=10 N=200 CONCURRENCY=16   runs, submissions per run, client threads
#   APP_JAR=…                      the jar to test (default target/gongkai.jar, built if missing)
#   CRASH_DIR=…                    work folder (default: a fresh temporary one; logs and answers stay there)
#   APP_PORT=18090 PG_PORT=55441   loopback ports (two runs at once need two)
#   CHECK_ONLY=1 CRASH_DIR=…       no new runs: check the runs already done in CRASH_DIR (after an interrupted run)
# H2: a temporary data directory. postgres: Debian's PostgreSQL (15) in a temporary cluster on 127.0.0.1:55441
# (fsync and synchronous_commit on, the defaults).
set -uo pipefail
# The load comes from loopback: not rate-limited (docs/deployment.md, section 9).
export GONGKAI_RATE_LIMIT_UNLIMITED="${GONGKAI_RATE_LIMIT_UNLIMITED:-127.0.0.1,::1}"
cd "$(dirname "$0")/../.."
here=bench/crash

db=${1:-}
[ "$db" = h2 ] || [ "$db" = postgres ] || { echo "usage: $0 h2|postgres" >&2; exit 2; }
RUNS=${RUNS:-10} N=${N:-200} CONCURRENCY=${CONCURRENCY:-16}
APP_JAR=${APP_JAR:-target/gongkai.jar}
[ -f "$APP_JAR" ] || ./mvnw -B -ntp -q -o -DskipTests package || exit 2
work=${CRASH_DIR:-$(mktemp -d /tmp/gongkai-crash.XXXXXX)}
mkdir -p "$work" && chmod 777 "$work"
APP_PORT=${APP_PORT:-18090} PG_PORT=${PG_PORT:-55441}
app_pid=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ "$db" = postgres ] && as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT

if [ "$db" = postgres ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }
  [ -n "${CHECK_ONLY:-}" ] || as_pg "$PG_BIN/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null || exit 1
  as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -o "-p $PG_PORT -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" \
    -w start >/dev/null || exit 1
  [ -n "${CHECK_ONLY:-}" ] || psql -X -q -h 127.0.0.1 -p $PG_PORT -U postgres -c "create user gongkai password 'gongkai'" \
    >/dev/null || exit 1
  export PGPASSWORD=gongkai
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
else
  # H2's own shell reads the database after each run (the jar's H2, so the file format matches).
  unzip -q -o -j "$APP_JAR" 'BOOT-INF/lib/h2-*.jar' -d "$work" || exit 1
  H2_JAR=$(ls "$work"/h2-*.jar)
fi

start_app() { # run-folder → app_pid; waits for health
  local dir=$1
  if [ "$db" = postgres ]; then
    SPRING_PROFILES_ACTIVE=postgres GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$dbname" \
      GONGKAI_DB_USER=gongkai GONGKAI_DB_PASSWORD=gongkai GONGKAI_DEMO=true GONGKAI_SECURE_COOKIES=false \
      GONGKAI_DATA_DIR="$dir/data" GONGKAI_PORT=$APP_PORT java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$APP_JAR" \
      --server.address=127.0.0.1 >>"$dir/app.log" 2>&1 &
  else
    GONGKAI_DATA_DIR="$dir/data" GONGKAI_DEMO=true GONGKAI_PORT=$APP_PORT \
      java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$APP_JAR" --server.address=127.0.0.1 >>"$dir/app.log" 2>&1 &
  fi
  app_pid=$!
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || { log "the application died; see $dir/app.log"; return 1; }
    sleep 0.5
  done
  log "the application did not start within 10 minutes; see $dir/app.log"
  return 1
}

stop_app() {
  kill "$app_pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$app_pid" 2>/dev/null
  { wait "$app_pid"; } 2>/dev/null
  app_pid=""
}

stored_csv() { # run → $work/run-N/stored.csv (submission_key, tracking_code of the run's keys)
  local sql="select submission_key, tracking_code from information_request where submission_key like 'public:crash-$1-%'"
  if [ "$db" = postgres ]; then
    psql -X -q -h 127.0.0.1 -p $PG_PORT -U gongkai -d "$dbname" -c "\\copy ($sql) to '$work/run-$1/stored.csv' csv header"
  else
    java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/gongkai;MODE=PostgreSQL" -user sa -password "" \
      -sql "call csvwrite('$work/run-$1/stored.csv', '$(printf '%s' "$sql" | sed "s/'/''/g")')" >/dev/null
  fi
}

echo "crash runs on $db: $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $APP_JAR" \
  "(commit $(git rev-parse --short HEAD 2>/dev/null)), work $work" >&2
dbname=crash
if [ -n "${CHECK_ONLY:-}" ]; then
  RUNS=0
  for dir in "$work"/run-*; do [ -f "$dir/retried.json" ] && RUNS=$((RUNS + 1)); done
fi
if [ -n "${CHECK_ONLY:-}" ]; then
  done_runs=$RUNS rows=() status=0
else
if [ "$db" = postgres ]; then
  psql -X -q -h 127.0.0.1 -p $PG_PORT -U postgres -c "create database $dbname owner gongkai" >/dev/null || exit 1
fi
mkdir -p "$work/data" && chmod 777 "$work/data"
start_app "$work" || exit 1
agencies=$(curl -fs "http://127.0.0.1:$APP_PORT/apply" | grep -o 'agencyId=[0-9]*' | cut -d= -f2 | sort -un | paste -sd,)
[ -n "$agencies" ] || { log "no agencies on /apply"; exit 1; }
rows=() status=0 done_runs=0
for run in $(seq 1 "$RUNS"); do
  dir=$work/run-$run
  mkdir -p "$dir" && chmod 777 "$dir"
  kill_at=$(( N / 4 + RANDOM % (N / 2) ))
  log "run $run: $N submissions, $CONCURRENCY at a time, kill -9 after $kill_at answered"
  python3 $here/client.py submit "http://127.0.0.1:$APP_PORT" "$app_pid" "$N" "$CONCURRENCY" "$kill_at" "$run" \
    "$agencies" "$dir/submitted.json"
  { wait "$app_pid"; } 2>/dev/null
  echo "----- restart after kill -9 of run $run -----" >>"$work/app.log"
  start_app "$work" || { log "restart after run $run failed: see $work/app.log"; status=1; break; }
  python3 $here/client.py retry "http://127.0.0.1:$APP_PORT" "$CONCURRENCY" "$dir/submitted.json" "$dir/retried.json"
  done_runs=$run
done
stop_app
fi
for run in $(seq 1 "$done_runs"); do
  dir=$work/run-$run
  stored_csv "$run" || { rows+=("| $run | database not readable |"); status=1; continue; }
  row=$(python3 $here/check.py "$run" "$dir/submitted.json" "$dir/retried.json" "$dir/stored.csv" 2>"$dir/problems.txt") \
    || status=1
  rows+=("$row")
  head -5 "$dir/problems.txt" >&2
done
grep -c ' ERROR \| 500 ' "$work/app.log" | sed 's/^/log lines with ERROR or 500: /' >&2

echo
echo "| run | sent | acknowledged (2xx) | unanswered (in flight or refused) | stored | lost | duplicated | 5xx on retry | retry answered another application |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
python3 - "${rows[@]}" <<'EOF'
import sys
cells = [[c.strip() for c in row.strip("|").split("|")] for row in sys.argv[1:]]
cells = [c for c in cells if len(c) == 9 and all(x.isdigit() for x in c[1:])]
sums = [sum(int(c[i]) for c in cells) for i in range(1, 9)]
print("| **%d runs** | %s |" % (len(cells), " | ".join("**%d**" % s for s in sums)))
EOF
exit $status
