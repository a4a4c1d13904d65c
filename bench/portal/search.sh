#!/usr/bin/env bash
# Portal search (issue 14): indexing rate (target >= 2,000 entries/s) and search p95 over 1,000,000 entries (target
# <= 30 ms), on the embedded Lucene index with the smartcn analyzer, as the application builds and queries it.
#
#   bench/portal/search.sh                    # N=1000000 QUERIES=2000; builds target/classes if missing
#   N=20000 QUERIES=300 bench/portal/search.sh  # a quick check
#
# Synthetic entries (titles and bodies of catalogue words, 30 agencies, 15 items, 8 topics, 11 years) are indexed
# through LuceneCatalogueIndex.replaceAll (the rebuild's path: analysis on every core), then a mix of one- and
# two-word and phrase queries, with and without agency, item and year filters, by relevance and by date, is timed
# one at a time after a warm-up. The database is not involved: reading entries for a rebuild is measured by
# bench/disclosure. Prints one summary line per figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-1000000}
QUERIES=${QUERIES:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -d target/classes/org/gongkai/portal/search ] || ./mvnw -B -ntp -q -DskipTests compile
./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >/dev/null
CP="target/classes:$(cat "$work/cp.txt")"
javac -d "$work/classes" -cp "$CP" bench/portal/src/SearchBench.java
java -Xmx2g -XX:+UseG1GC -Dn="$N" -Dqueries="$QUERIES" -cp "$work/classes:$CP" SearchBench 2>"$work/err.log" \
  | tee "$work/out.txt" || { cat "$work/err.log" >&2; exit 1; }
