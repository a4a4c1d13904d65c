#!/usr/bin/env bash
# Builds the application and runs it on the embedded H2 database in ./data (demo data on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v mvn >/dev/null 2>&1 || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"; $SUDO apt-get update -qq && $SUDO apt-get install -y -qq maven >/dev/null; }
mvn -B -ntp -q -DskipTests package
exec java -jar target/gongkai.jar "$@"
