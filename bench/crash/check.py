#!/usr/bin/env python3
"""Checks one crash run (bench/crash/run.sh) against the database and prints its table row.

  check.py RUN SUBMITTED.json RETRIED.json STORED.csv

STORED.csv: submission_key,tracking_code of every application stored under the run's keys (read after the restart
and the retries). A run passes when every tracking code answered 2xx before the kill is stored under its key,
every key is stored exactly once, the retry of an answered key returns the same application (200, same code), the
retry of an unanswered key returns the one application stored under it (200 or 201), and no retry answers 5xx.
Exit status 1 if it does not; the details go to stderr.
"""
import csv
import json
import sys
from collections import Counter

run, submitted, retried, stored_csv = sys.argv[1:5]
with open(submitted) as f:
    records = json.load(f)["records"]
with open(retried) as f:
    retries = {r["key"]: r for r in json.load(f)}
with open(stored_csv, newline="") as f:
    rows = [(row[0].removeprefix("public:"), row[1]) for row in list(csv.reader(f))[1:]]

keys = {r["key"] for r in records}
acked = {r["key"]: r["code"] for r in records if r["code"]}
stored_by_key = {}
for key, code in rows:
    stored_by_key.setdefault(key, []).append(code)
problems = []

lost = [key for key, code in acked.items() if code not in stored_by_key.get(key, [])]
for key in lost:
    problems.append("lost: %s answered %s, stored %s" % (key, acked[key], stored_by_key.get(key)))
duplicated = sum(len(codes) - 1 for codes in stored_by_key.values())
duplicated += sum(n - 1 for n in Counter(code for _, code in rows).values() if n > 1)
strangers = [key for key in stored_by_key if key not in keys]
duplicated += len(strangers)
if duplicated:
    problems.append("duplicated: %s" % {k: v for k, v in stored_by_key.items() if len(v) > 1 or k in strangers})
never = [key for key in keys if key not in stored_by_key]
for key in never:
    problems.append("not stored after its retry: %s (retry %s)" % (key, retries.get(key)))

server_errors = 0
differs = 0
for key in keys:
    answer = retries.get(key)
    if answer is None or answer["status"] is None or answer["status"] >= 500:
        server_errors += 1
        problems.append("retry of %s: %s" % (key, answer))
        continue
    if key in acked:
        same = answer["status"] == 200 and answer["code"] == acked[key]
    else:
        same = answer["status"] in (200, 201) and stored_by_key.get(key) == [answer["code"]]
    if not same:
        differs += 1
        problems.append("retry of %s answered %s %s; first answer %s, stored %s"
                        % (key, answer["status"], answer["code"], acked.get(key), stored_by_key.get(key)))

unanswered = len(keys) - len(acked)
print("| %s | %d | %d | %d | %d | %d | %d | %d | %d |" % (run, len(keys), len(acked), unanswered, len(rows),
                                                        len(lost), duplicated, server_errors, differs))
for problem in problems[:20]:
    print("run %s: %s" % (run, problem), file=sys.stderr)
sys.exit(1 if problems else 0)
