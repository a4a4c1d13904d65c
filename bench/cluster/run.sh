#!/usr/bin/env bash
# Two Gongkai instances on one PostgreSQL behind a round-robin nginx, all on 127.0.0.1, and the checks of issue 10
# with a table of results (docs/performance.md). Needs Debian's postgresql (15) and nginx, and target/gongkai.jar
# (built if missing). Every loop is bounded; everything started here is stopped on exit.
#   GONGKAI_BENCH_DIR=…  work folder (default: a fresh temporary one)
set -uo pipefail
# The load comes from loopback: not rate-limited (docs/deployment.md, section 9).
export GONGKAI_RATE_LIMIT_UNLIMITED="${GONGKAI_RATE_LIMIT_UNLIMITED:-127.0.0.1,::1}"
cd "$(dirname "$0")/../.."

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx not found (apt-get install nginx)" >&2; exit 2; }
[ -f target/gongkai.jar ] || ./mvnw -B -ntp -q -DskipTests package || exit 2

work=${GONGKAI_BENCH_DIR:-$(mktemp -d /tmp/gongkai-cluster.XXXXXX)}
mkdir -p "$work" && chmod 777 "$work"
PG_PORT=55432 A=18081 B=18082 LB=18080
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_q() { psql -h 127.0.0.1 -p $PG_PORT -U gongkai -d gongkai -tA -c "$1"; }
export PGPASSWORD=gongkai

echo "PostgreSQL on 127.0.0.1:$PG_PORT ($work/pg)" >&2
as_pg "$PG_BIN/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null || exit 1
as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -o "-p $PG_PORT -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" \
  -w start >/dev/null || exit 1
psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc "create user gongkai password 'gongkai'" \
  -c "create database gongkai owner gongkai" >/dev/null || exit 1

start_instance() { # port
  SPRING_PROFILES_ACTIVE=postgres GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/gongkai" \
    GONGKAI_DB_USER=gongkai GONGKAI_DB_PASSWORD=gongkai GONGKAI_DEMO=true GONGKAI_SECURE_COOKIES=false \
    GONGKAI_PORT=$1 SERVER_ADDRESS=127.0.0.1 java -Xmx384m -XX:TieredStopAtLevel=1 -jar target/gongkai.jar \
    >"$work/instance-$1.log" 2>&1 &
  last_pid=$!
  pids+=("$last_pid")
}
ready() { curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null; }
wait_ready() { for _ in $(seq 1 180); do ready "$1" && return 0; sleep 1; done; return 1; }

results=()
row() { results+=("$(printf '| %-44s | %-4s | %s |' "$1" "$2" "$3")"); }

# 1. Parallel start with demo on an empty database.
t0=$(date +%s)
start_instance $A; pid_a=$last_pid
start_instance $B; pid_b=$last_pid
wait_ready $A && wait_ready $B
started=$(( $(date +%s) - t0 ))
admins=$(psql_q "select count(*) from staff where username = 'admin'")
[ "$admins" = 1 ] && ready $A && ready $B && row "parallel start, demo on empty database" ok "both ready in ${started}s, demo loaded once" \
  || row "parallel start, demo on empty database" FAIL "admin rows: $admins; see $work/instance-*.log"

cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body; proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fcgi; uwsgi_temp_path $work/nginx-uwsgi; scgi_temp_path $work/nginx-scgi;
  upstream gongkai { server 127.0.0.1:$A max_fails=2 fail_timeout=10s; server 127.0.0.1:$B max_fails=2 fail_timeout=10s; keepalive 16; }
  server {
    listen 127.0.0.1:$LB;
    location / {
      proxy_pass http://gongkai; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503 http_504; proxy_next_upstream_tries 2;
    }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" || exit 1

jar=$work/cookies
token() { # url cookie-jar → the form's CSRF token
  curl -s -b "$2" -c "$2" "$1" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

# 2. Sessions across instances: sign in through nginx, then use the session on each instance directly.
t=$(token "http://127.0.0.1:$LB/login" "$jar")
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$t" -d username=admin -d password=demo1234 "http://127.0.0.1:$LB/login"
sa=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:$A/console")
sb=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:$B/console")
[ "$sa$sb" = 200200 ] && row "session of one instance valid on the other" ok "GET /console: A $sa, B $sb" \
  || row "session of one instance valid on the other" FAIL "A $sa, B $sb"

# 3. CSRF across instances: a token from A's form accepted by B; a forged one refused with 403.
t=$(token "http://127.0.0.1:$A/console/tokens" "$jar")
ok=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "_csrf=$t" --data-urlencode "name=bench" "http://127.0.0.1:$B/console/tokens")
forged=""
for f in garbage '%%%' AAAA "${t:1}" "${t}AB"; do
  forged+="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "_csrf=$f" -d name=x "http://127.0.0.1:$B/console/tokens") "
done
[ "$ok" = 200 ] && [ "$forged" = "403 403 403 403 403 " ] && row "CSRF token of A accepted by B; forged ones" ok "real $ok; forged: $forged" \
  || row "CSRF token of A accepted by B; forged ones" FAIL "real $ok; forged: $forged"

# 4. 20 simultaneous wrong passwords for one account, half to each instance.
gj=$work/guess; t=$(token "http://127.0.0.1:$LB/login" "$gj")
before=$(psql_q "select count(*) from audit_entry where action = 'sign-in.failed' and actor = 'finance.handler'")
guesses=()
for i in $(seq 1 20); do
  port=$([ $((i % 2)) = 0 ] && echo $A || echo $B)
  curl -s -o /dev/null -w '%{http_code}\n' -b "$gj" --data-urlencode "_csrf=$t" -d username=finance.handler \
    -d "password=wrong$i" "http://127.0.0.1:$port/login" >"$work/guess-$i" &
  guesses+=($!)
done
wait "${guesses[@]}"
codes=$(cat "$work"/guess-* | sort | uniq -c | tr -s ' ' | tr '\n' ';')
counted=$(( $(psql_q "select count(*) from audit_entry where action = 'sign-in.failed' and actor = 'finance.handler'") - before ))
locked=$(psql_q "select locked_until is not null from staff where username = 'finance.handler'")
[ "$(cat "$work"/guess-* | sort -u)" = 302 ] && [ "$counted" = 20 ] && [ "$locked" = t ] \
  && row "20 simultaneous wrong passwords, one account" ok "answers:$codes recorded $counted, locked" \
  || row "20 simultaneous wrong passwords, one account" FAIL "answers:$codes recorded $counted, locked $locked"

# 5. Cache bound: rename an agency in the database, poll both instances' cached home page.
curl -s "http://127.0.0.1:$A/" >/dev/null; curl -s "http://127.0.0.1:$B/" >/dev/null
psql_q "update agency set name = '卧龙区财政局（改）' where name = '卧龙区财政局'" >/dev/null
c0=$(date +%s%N); seen_a="" seen_b=""
for _ in $(seq 1 150); do
  now=$(( ($(date +%s%N) - c0) / 1000000 ))
  [ -z "$seen_a" ] && curl -s "http://127.0.0.1:$A/" | grep -q '卧龙区财政局（改）' && seen_a=$now
  [ -z "$seen_b" ] && curl -s "http://127.0.0.1:$B/" | grep -q '卧龙区财政局（改）' && seen_b=$now
  [ -n "$seen_a" ] && [ -n "$seen_b" ] && break
  sleep 0.1
done
[ -n "$seen_a" ] && [ -n "$seen_b" ] && [ "$seen_a" -le 10500 ] && [ "$seen_b" -le 10500 ] \
  && row "change seen on both instances (bound 10 s)" ok "A after ${seen_a} ms, B after ${seen_b} ms" \
  || row "change seen on both instances (bound 10 s)" FAIL "A ${seen_a:-never} ms, B ${seen_b:-never} ms"

# 6. audit-verify while both instances write (failed sign-ins append to the chain).
( for i in $(seq 1 150); do
    curl -s -o /dev/null -b "$gj" --data-urlencode "_csrf=$t" -d username=nobody -d "password=x$i" "http://127.0.0.1:$LB/login"
  done ) &
writer=$!
verdicts=""
for _ in 1 2 3; do
  SPRING_PROFILES_ACTIVE=postgres GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/gongkai" GONGKAI_DB_USER=gongkai \
    GONGKAI_DB_PASSWORD=gongkai java -XX:TieredStopAtLevel=1 -jar target/gongkai.jar audit-verify >"$work/verify.out" 2>&1
  verdicts+="$? "
done
wait $writer
[ "$verdicts" = "0 0 0 " ] && row "audit-verify x3 during writes" ok "exit codes: $verdicts" \
  || row "audit-verify x3 during writes" FAIL "exit codes: $verdicts ($(head -1 "$work/verify.out"))"

# 7. kill -9 of one instance under load: GETs through nginx keep being answered.
( for i in $(seq 1 400); do curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$LB/agencies/2"; done ) >"$work/load.out" &
loader=$!
sleep 1; kill -9 "$pid_b"
wait $loader
bad=$(grep -vc '^200$' "$work/load.out")
served=$(grep -c '^200$' "$work/load.out")
[ "$bad" = 0 ] && row "kill -9 of B under 400 GETs via nginx" ok "$served answered 200, 0 errors; A ready: $(ready $A && echo yes)" \
  || row "kill -9 of B under 400 GETs via nginx" FAIL "$served answered 200, $bad not"

echo
echo "| check | result | measured |"
echo "|---|---|---|"
printf '%s\n' "${results[@]}"
! printf '%s\n' "${results[@]}" | grep -q '| FAIL '
