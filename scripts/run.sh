#!/usr/bin/env bash
# Builds the application and runs it on the embedded H2 database in ./data (demo data on first start) at
# http://localhost:8080. Arguments are passed on: scripts/run.sh --server.port=9090, scripts/run.sh audit-verify.
#
# The jar is extracted to target/app and started with a class-data-sharing archive that a training start writes
# once per build (docs/performance.md): start-up to healthy is about three times faster than `java -jar`.
#   GONGKAI_SKIP_BUILD=1    run what target/ holds, without building
#   GONGKAI_PREPARE_ONLY=1  build, extract and train, then exit (used by bench/portal-load.sh)
#   JAVA_OPTS="…"           replaces DEFAULT_JAVA_OPTS below
set -euo pipefail
cd "$(dirname "$0")/.."

# Heap: the application needs about 50 MB after start; 768 MB leaves room for large exports and uploads and keeps
# several instances on one host predictable. G1 with short pauses suits a web server on 2 cores.
DEFAULT_JAVA_OPTS="-Xms128m -Xmx768m -XX:+UseG1GC -XX:MaxGCPauseMillis=100 -Xss512k"
JAVA_OPTS=${JAVA_OPTS:-$DEFAULT_JAVA_OPTS}

if [ "${GONGKAI_SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -ntp -q -DskipTests package
fi

app=target/app
if [ ! -f "$app/gongkai.jsa" ] || [ target/gongkai.jar -nt "$app/gongkai.jsa" ]; then
  echo "Preparing target/app (extracted jar and class-data-sharing archive; once per build)..." >&2
  rm -rf "$app"
  java -Djarmode=tools -jar target/gongkai.jar extract --destination "$app" >/dev/null
  training=$(mktemp -d)
  # shellcheck disable=SC2086
  GONGKAI_DATA_DIR="$training" GONGKAI_DEMO=false java $JAVA_OPTS -XX:ArchiveClassesAtExit="$app/gongkai.jsa" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh -jar "$app/gongkai.jar" \
    --server.port=0 >"$app/training.log" 2>&1 || echo "CDS training failed (see $app/training.log); starting without it" >&2
  rm -rf "$training"
fi
[ "${GONGKAI_PREPARE_ONLY:-}" = 1 ] && exit 0

cds=()
[ -f "$app/gongkai.jsa" ] && cds=(-XX:SharedArchiveFile="$app/gongkai.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
# shellcheck disable=SC2086
exec java $JAVA_OPTS "${cds[@]}" -jar "$app/gongkai.jar" "$@"
