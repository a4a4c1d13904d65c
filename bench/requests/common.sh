# Shared by the requests benchmarks (sourced, not run): a throw-away PostgreSQL cluster from Debian's packages and the
# application jar with the postgres profile, both on 127.0.0.1 only, both stopped by `bench_stop` (installed as an
# EXIT trap by `bench_start`). Nothing here talks to any address but the loopback.
#
# Variables (all optional):
#   BENCH_DIR      working folder (cluster, logs, results)   default: /tmp/gongkai-bench-$USER-<script>
#   PG_PORT        PostgreSQL port                             default: 55432
#   APP_PORT       application port                            default: 18080
#   APP_HEAP       -Xmx of the application                     default: 1g
#   PG_SHARED_BUFFERS                                          default: 1GB
#   APP_JAR        the jar to run (e.g. a baseline build)      default: target/gongkai.jar, built if missing
#   APP_JAVA_OPTS  more JVM options

set -euo pipefail

# The load comes from loopback: not rate-limited (docs/deployment.md, section 9).
export GONGKAI_RATE_LIMIT_UNLIMITED="${GONGKAI_RATE_LIMIT_UNLIMITED:-127.0.0.1,::1}"
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_PORT="${PG_PORT:-55432}"
APP_PORT="${APP_PORT:-18080}"
APP_HEAP="${APP_HEAP:-1g}"
PG_SHARED_BUFFERS="${PG_SHARED_BUFFERS:-1GB}"
PG_USER_OS=postgres
PG_DB=gongkai
PG_ROLE=gongkai
PG_PASSWORD=bench-only
APP_PID=""
PG_STARTED=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Installs Debian's PostgreSQL server when no initdb is found (one apt-get; the distribution's default version).
pg_install() {
	PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
	if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
		log "installing PostgreSQL from Debian (apt-get install postgresql)"
		local sudo=""
		[ "$(id -u)" -ne 0 ] && sudo="sudo"
		$sudo apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
		PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
	fi
	# The Debian package may start its own cluster on 5432; we never use or touch it.
	export PG_BIN
}

# Runs a command as the cluster's owner: initdb and postgres refuse to run as root.
as_pg() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$PG_USER_OS" -- "$@"
	else
		PG_USER_OS="$(id -un)"
		"$@"
	fi
}

psql_bench() {
	PGPASSWORD="$PG_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d "$PG_DB" "$@"
}

# A fresh cluster in $BENCH_DIR/pgdata, listening on 127.0.0.1:$PG_PORT only. Durable commits (fsync and
# synchronous_commit on, the defaults): an acknowledged submission is on disk.
pg_start() {
	pg_install
	[ "$(id -u)" -ne 0 ] || id "$PG_USER_OS" >/dev/null 2>&1 || useradd --system "$PG_USER_OS"
	mkdir -p "$BENCH_DIR"
	rm -rf "$BENCH_DIR/pgdata"
	[ "$(id -u)" -ne 0 ] || chown "$PG_USER_OS" "$BENCH_DIR"
	log "initdb $BENCH_DIR/pgdata ($("$PG_BIN/postgres" --version))"
	as_pg "$PG_BIN/initdb" -D "$BENCH_DIR/pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
	cat >>"$BENCH_DIR/pgdata/postgresql.conf" <<-EOF
		listen_addresses = '127.0.0.1'
		port = $PG_PORT
		unix_socket_directories = '$BENCH_DIR'
		max_connections = 100
		shared_buffers = $PG_SHARED_BUFFERS
		effective_cache_size = 8GB
		work_mem = 16MB
		maintenance_work_mem = 512MB
		max_wal_size = 4GB
		checkpoint_timeout = 15min
		random_page_cost = 1.1
		shared_preload_libraries = 'auto_explain'
		auto_explain.log_min_duration = -1
		auto_explain.log_analyze = on
		auto_explain.log_buffers = on
		auto_explain.log_timing = on
		auto_explain.log_nested_statements = on
		logging_collector = off
		log_line_prefix = '%m [%p] '
	EOF
	echo "host all all 127.0.0.1/32 scram-sha-256" >"$BENCH_DIR/pgdata/pg_hba.conf"
	echo "local all all trust" >>"$BENCH_DIR/pgdata/pg_hba.conf"
	as_pg "$PG_BIN/pg_ctl" -D "$BENCH_DIR/pgdata" -l "$BENCH_DIR/postgres.log" -w -t 60 start >/dev/null
	PG_STARTED=1
	as_pg "$PG_BIN/psql" -X -q -h "$BENCH_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 <<-EOF
		create role $PG_ROLE login password '$PG_PASSWORD';
		create database $PG_DB owner $PG_ROLE;
	EOF
	log "PostgreSQL up on 127.0.0.1:$PG_PORT"
}

pg_stop() {
	if [ -n "$PG_STARTED" ]; then
		as_pg "$PG_BIN/pg_ctl" -D "$BENCH_DIR/pgdata" -m fast -w -t 60 stop >/dev/null 2>&1 || true
		PG_STARTED=""
		log "PostgreSQL stopped"
	fi
}

# Turns auto_explain on (every statement's EXPLAIN (ANALYZE, BUFFERS) into postgres.log) or off, for all sessions.
pg_auto_explain() {
	as_pg "$PG_BIN/psql" -X -q -h "$BENCH_DIR" -p "$PG_PORT" -U postgres -d postgres \
		-c "alter system set auto_explain.log_min_duration = '$1'" -c "select pg_reload_conf()" >/dev/null
}

APP_JAR="${APP_JAR:-$BENCH_ROOT/target/gongkai.jar}"

app_jar() {
	if [ "$APP_JAR" = "$BENCH_ROOT/target/gongkai.jar" ] && { [ ! -f "$APP_JAR" ] || [ -n "${BENCH_REBUILD:-}" ]; }; then
		log "building target/gongkai.jar"
		(cd "$BENCH_ROOT" && ./mvnw -q -B -o -DskipTests package)
	fi
}

# Starts the jar with the postgres profile and demo data (demo agencies, staff and the nine demo applications).
app_start() {
	app_jar
	log "starting the application on 127.0.0.1:$APP_PORT"
	SPRING_PROFILES_ACTIVE=postgres \
		GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" GONGKAI_DB_USER="$PG_ROLE" \
		GONGKAI_DB_PASSWORD="$PG_PASSWORD" GONGKAI_DEMO=true GONGKAI_PORT="$APP_PORT" \
		GONGKAI_SECURE_COOKIES=false GONGKAI_DATA_DIR="$BENCH_DIR/data" \
		java -Xms"$APP_HEAP" -Xmx"$APP_HEAP" ${APP_JAVA_OPTS:-} -jar "$APP_JAR" \
		--server.address=127.0.0.1 --gongkai.requests.sweep.enabled=false --gongkai.requests.reminders.enabled=false \
		"$@" >"$BENCH_DIR/app.log" 2>&1 &
	APP_PID=$!
	local deadline=$((SECONDS + 180))
	until curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -50 "$BENCH_DIR/app.log" >&2
			log "the application did not start"
			return 1
		fi
		[ "$SECONDS" -lt "$deadline" ] || { log "the application did not answer within 180 s"; return 1; }
		sleep 1
	done
	log "application up (pid $APP_PID)"
}

app_stop() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		local deadline=$((SECONDS + 30))
		while kill -0 "$APP_PID" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 1; done
		kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
		log "application stopped"
	fi
	APP_PID=""
}

bench_stop() {
	app_stop
	pg_stop
}

bench_start() {
	trap bench_stop EXIT INT TERM
	pg_start
}

# Creates a personal API token for staff member $1 the way ApiTokens.create stores it (SHA-256 of the secret; the
# benchmark creates them directly instead of through /console/tokens) and prints the secret.
api_token() {
	local token="gk_bench$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
	local hash
	hash="$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)"
	psql_bench -c "insert into api_token (staff_id, name, token_hash, prefix, created_at)
		select id, 'bench', '$hash', '${token:0:10}', now() from staff where username = '$1'" >/dev/null
	printf '%s' "$token"
}

# CPU time in clock ticks used so far by the given processes (user + system).
cpu_ticks() {
	local total=0 pid
	for pid in "$@"; do
		[ -r "/proc/$pid/stat" ] || continue
		total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
	done
	echo "$total"
}

# The cluster's processes: the postmaster and every backend.
pg_pids() {
	local master
	master="$(head -1 "$BENCH_DIR/pgdata/postmaster.pid")"
	echo "$master" $(pgrep -P "$master")
}

# Busy clock ticks of the whole machine so far (all cores, all processes).
machine_busy_ticks() {
	awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}

machine_facts() {
	echo "nproc: $(nproc)"
	echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
	echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
	echo "java: $(java -version 2>&1 | head -1)"
	echo "postgres: $("$PG_BIN/postgres" --version)"
	echo "wrk: $(wrk -v 2>&1 | head -1)"
	echo "commit: $(cd "$BENCH_ROOT" && git rev-parse --short HEAD)"
}
