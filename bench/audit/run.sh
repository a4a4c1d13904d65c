#!/usr/bin/env bash
# The cost of the audit trail's single head (audit_head, locked by every append until its transaction commits) on
# write throughput with two instances on one PostgreSQL (issue 10, item 5; docs/performance.md, "The audit head").
#
# 1. pgbench on the migrated schema, durable commits: appends per second through the one head, against the same
#    append spread over eight heads (a chain per agency) and the same insert with no head at all; 1, 4 and 16 clients.
#    This is the ceiling the head puts on any write that is audited.
# 2. Two instances (postgres profile, demo data) on that PostgreSQL, each driven by its own wrk with
#    bench/requests/submit.lua (public online submissions, each appends one audit entry): submissions per second, and
#    pg_stat_activity sampled every 0.2 s for backends waiting on a lock while appending to the trail.
#
# Usage: bench/audit/run.sh    (PGBENCH_SECONDS=15, WRK_SECONDS=30, WARMUP=20, CONNECTIONS=8 per instance;
#        SKIP_PGBENCH=1 runs part 2 only; PG_PORT=55532, PORT_A=18281, PORT_B=18282 so as not to meet bench/cluster)
# Reuses bench/requests/common.sh (PostgreSQL cluster, jar) without changing it. Everything it starts, it stops.
set -euo pipefail
# The load comes from loopback: not rate-limited (docs/deployment.md, section 9).
export GONGKAI_RATE_LIMIT_UNLIMITED="${GONGKAI_RATE_LIMIT_UNLIMITED:-127.0.0.1,::1}"
PG_PORT="${PG_PORT:-55532}"
BENCH_DIR="${BENCH_DIR:-/tmp/gongkai-bench-audit}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-15}"
WRK_SECONDS="${WRK_SECONDS:-30}"
WARMUP="${WARMUP:-20}"
CONNECTIONS="${CONNECTIONS:-8}"
PG_SHARED_BUFFERS="${PG_SHARED_BUFFERS:-256MB}"
APP_HEAP="${APP_HEAP:-384m}"
source "$(dirname "$0")/../requests/common.sh"
A="${PORT_A:-18281}"
B="${PORT_B:-18282}"
PIDS=()

stop_all() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do
		for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
		kill -9 "$pid" 2>/dev/null || true
	done
	pg_stop
}

start_instance() { # port
	SPRING_PROFILES_ACTIVE=postgres GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" \
		GONGKAI_DB_USER="$PG_ROLE" GONGKAI_DB_PASSWORD="$PG_PASSWORD" GONGKAI_DEMO=true GONGKAI_PORT="$1" \
		GONGKAI_SECURE_COOKIES=false GONGKAI_DATA_DIR="$BENCH_DIR/data" \
		java -Xms"$APP_HEAP" -Xmx"$APP_HEAP" -jar "$APP_JAR" --server.address=127.0.0.1 \
		--gongkai.requests.sweep.enabled=false --gongkai.requests.reminders.enabled=false \
		>"$BENCH_DIR/instance-$1.log" 2>&1 &
	PIDS+=($!)
}
wait_ready() { # port
	for _ in $(seq 1 600); do
		curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
		sleep 1
	done
	tail -30 "$BENCH_DIR/instance-$1.log" >&2
	return 1
}
pg_super() { as_pg "$PG_BIN/psql" -X -q -At -h "$BENCH_DIR" -p "$PG_PORT" -U postgres -d "$PG_DB" "$@"; }

app_jar
bench_start
# After bench_start, whose own trap knows nothing of the two instances: stop them before PostgreSQL.
trap stop_all EXIT INT TERM
# Both instances share the data directory, so they share the generated audit key and checkpoint file.
# A fresh database needs a fresh checkpoint file: an old one would rightly report the new trail as truncated.
rm -rf "$BENCH_DIR/data" && mkdir -p "$BENCH_DIR/data"
start_instance $A
start_instance $B
wait_ready $A
wait_ready $B
log "two instances ready"

OUT="$BENCH_DIR/audit-head.md"
{
	echo "# The audit head, $(date -u +%FT%TZ)"
	echo
	machine_facts
	echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
	echo "## 1. Appends per second (pgbench, ${PGBENCH_SECONDS} s each, synchronous_commit on)"
	echo
	echo "| clients | one head (today) | eight heads (a chain per agency) | no head (insert only) |"
	echo "|---|---|---|---|"
} >"$OUT"

# The append as AuditTrail.record does it, in a transaction of its own (the real one also holds the lock while the
# rest of its transaction runs; see part 2).
cat >"$BENCH_DIR/one-head.sql" <<'SQL'
begin;
select last_seq, last_hash from audit_head where id = 1 for update;
insert into audit_entry (seq, occurred_at, actor, agency_id, action, subject_type, subject_id, summary, prev_hash, hash, key_id)
  select last_seq + 1, now(), 'bench', null, 'bench.append', 'bench', '1', 'pgbench append', last_hash, md5(random()::text) || md5(random()::text), 'bench' from audit_head where id = 1;
update audit_head set last_seq = last_seq + 1, last_hash = md5(random()::text) || md5(random()::text) where id = 1;
commit;
SQL
cat >"$BENCH_DIR/eight-heads.sql" <<'SQL'
\set h random(1, 8)
begin;
select last_seq from bench_head where id = :h for update;
insert into bench_entry (head, seq, occurred_at, summary, hash)
  select id, last_seq + 1, now(), 'pgbench append', md5(random()::text) || md5(random()::text) from bench_head where id = :h;
update bench_head set last_seq = last_seq + 1 where id = :h;
commit;
SQL
cat >"$BENCH_DIR/no-head.sql" <<'SQL'
insert into bench_plain (occurred_at, summary, hash) values (now(), 'pgbench append', md5(random()::text) || md5(random()::text));
SQL
pg_super <<'SQL'
create table bench_head (id int primary key, last_seq bigint not null);
insert into bench_head select g, 0 from generate_series(1, 8) g;
create table bench_entry (head int not null, seq bigint not null, occurred_at timestamptz not null, summary text not null,
  hash varchar(64) not null, primary key (head, seq));
create table bench_plain (id bigint generated always as identity primary key, occurred_at timestamptz not null,
  summary text not null, hash varchar(64) not null);
SQL
SKIP_PGBENCH="${SKIP_PGBENCH:-}"
tps() { # script clients
	as_pg "$PG_BIN/pgbench" -n -h "$BENCH_DIR" -p "$PG_PORT" -U postgres -c "$2" -j "$2" -T "$PGBENCH_SECONDS" \
		-f "$BENCH_DIR/$1" "$PG_DB" 2>&1 | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | cut -d. -f1
}
for clients in $([ -n "$SKIP_PGBENCH" ] || echo 1 4 16); do
	one=$(tps one-head.sql $clients)
	eight=$(tps eight-heads.sql $clients)
	none=$(tps no-head.sql $clients)
	log "pgbench $clients clients: one head $one/s, eight heads $eight/s, no head $none/s"
	echo "| $clients | $one | $eight | $none |" >>"$OUT"
done
# pgbench's appends are not keyed; they would break verification, so they go before the instances write again.
pg_super -c "alter table audit_entry disable trigger audit_entry_append_only" \
	-c "alter table audit_head disable trigger audit_head_forward_only" \
	-c "delete from audit_entry where actor = 'bench'" \
	-c "update audit_head set last_seq = s.seq, last_hash = s.hash from (select seq, hash from audit_entry order by seq desc limit 1) s where id = 1" \
	-c "alter table audit_entry enable trigger audit_entry_append_only" \
	-c "alter table audit_head enable trigger audit_head_forward_only" >/dev/null

# 2. Submissions through both instances.
AGENCIES="$(psql_bench -At -c "select string_agg(id::text, ',' order by id) from agency where kind = 'AGENCY'")"
wrk_run() { # label port seconds
	BENCH_AGENCIES="$AGENCIES" BENCH_RUN="$1-$2" BENCH_CODES="$BENCH_DIR/codes-$1-$2.txt" timeout $(($3 + 60)) \
		wrk -t1 -c"$CONNECTIONS" -d"${3}s" --timeout 10s -s "$BENCH_ROOT/bench/requests/submit.lua" \
		"http://127.0.0.1:$2" >"$BENCH_DIR/wrk-$1-$2.txt" 2>&1
}
log "warm-up ${WARMUP} s"
wrk_run warmup $A "$WARMUP" & w1=$!
wrk_run warmup $B "$WARMUP" & w2=$!
wait $w1 $w2
entries_before=$(psql_bench -At -c "select last_seq from audit_head")
log "measured run ${WRK_SECONDS} s, $CONNECTIONS connections per instance"
wrk_run measured $A "$WRK_SECONDS" & w1=$!
wrk_run measured $B "$WRK_SECONDS" & w2=$!
samples=0 active=0 waiting=0 busy=0 idle=0
while kill -0 $w1 2>/dev/null || kill -0 $w2 2>/dev/null; do
	read -r act wt it <<<"$(psql_bench -At -F ' ' -c "select count(*) filter (where state = 'active' and backend_type = 'client backend' and pid <> pg_backend_pid()),
		count(*) filter (where wait_event_type = 'Lock' and query ilike '%audit_head%'),
		count(*) filter (where state = 'idle in transaction')
		from pg_stat_activity where datname = current_database()")"
	samples=$((samples + 1)) active=$((active + act)) waiting=$((waiting + wt)) idle=$((idle + it))
	[ "$wt" -gt 0 ] && busy=$((busy + 1))
	sleep 0.2
done
wait $w1 $w2 || true
entries_after=$(psql_bench -At -c "select last_seq from audit_head")
sub() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$BENCH_DIR/wrk-measured-$1.txt" | cut -d. -f1; }
ra=$(sub $A) rb=$(sub $B)
p99() { grep "^RESULT" "$BENCH_DIR/wrk-measured-$1.txt" | sed -n 's/.*"p99":\([0-9.]*\).*/\1/p'; }
status() { grep "^RESULT" "$BENCH_DIR/wrk-measured-$1.txt" | sed -n 's/.*"statuses":\({[^}]*}\).*/\1/p'; }
{
	echo
	echo "## 2. Two instances, public submissions (${WRK_SECONDS} s, $CONNECTIONS connections to each)"
	echo
	echo "| instance | submissions/s | p99 ms | answers |"
	echo "|---|---|---|---|"
	echo "| A :$A | $ra | $(p99 $A) | $(status $A) |"
	echo "| B :$B | $rb | $(p99 $B) | $(status $B) |"
	echo "| both | $((ra + rb)) | | audit entries appended: $((entries_after - entries_before)) |"
	echo
	echo "pg_stat_activity, $samples samples: mean active client backends $(awk "BEGIN {printf \"%.2f\", $active / $samples}"),"
	echo "mean backends waiting on a lock in an audit append $(awk "BEGIN {printf \"%.2f\", $waiting / $samples}"),"
	echo "samples with at least one such waiter $(awk "BEGIN {printf \"%.0f%%\", 100 * $busy / $samples}"),"
	echo "mean backends idle in transaction (the application working while its transaction, and any head lock it"
	echo "took, stays open) $(awk "BEGIN {printf \"%.2f\", $idle / $samples}")."
} >>"$OUT"
verify=$(SPRING_PROFILES_ACTIVE=postgres GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" \
	GONGKAI_DB_USER="$PG_ROLE" GONGKAI_DB_PASSWORD="$PG_PASSWORD" GONGKAI_DATA_DIR="$BENCH_DIR/data" \
	java -XX:TieredStopAtLevel=1 -jar "$APP_JAR" audit-verify 2>&1 | head -2 | tr '\n' ' ') || true
echo "" >>"$OUT"
echo "audit-verify afterwards: $verify" >>"$OUT"
cat "$OUT"
