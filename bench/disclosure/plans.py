"""Reads a PostgreSQL server log with auto_explain output (stdin) and prints, as Markdown, the plans of the
application's queries on catalogue entries (disclosure_*, normative_document), each under the endpoint whose marker
query (select 'BENCH-ENDPOINT name') preceded it. Part of bench/disclosure/lists.sh (a copy of bench/requests/plans.py with its own tables)."""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[\d+\] (\w+):\s+(.*)$")
MARKER = re.compile(r"BENCH-ENDPOINT ([^']+)'")

entries = []
for line in sys.stdin:
    line = line.rstrip("\n")
    match = ENTRY.match(line)
    if match:
        entries.append([match.group(2)])
    elif entries:
        entries[-1].append(line[1:] if line.startswith("\t") else line)

print("# Query plans (auto_explain: EXPLAIN (ANALYZE, BUFFERS) of the statements the application issued)\n")
for entry in entries:
    head, body = entry[0], "\n".join(entry[1:])
    marker = MARKER.search(body)
    if marker and "BENCH-ENDPOINT" in body and "disclosure_" not in body:
        print(f"\n## {marker.group(1)}\n")
        continue
    if not head.startswith("duration:") or "plan:" not in head:
        continue
    if "disclosure_" not in body and "normative_document" not in body:
        continue
    print(f"{head.replace('  plan:', '')}\n\n```\n{body}\n```\n")
