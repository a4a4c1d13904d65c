#!/usr/bin/env python3
"""Drafts, submits and approves catalogue entries through the API with CLIENTS keep-alive connections.

One process with one thread per client, each on its own HTTP/1.1 connection, so that the client costs little beside
the server (a curl and a python start per call cost more than the call). Prints the number published and the seconds.
BATCH 0 takes the per-entry path (draft, submit, three approvals: five calls an entry); BATCH n > 0 the batch path
(POST /entries/batch, /entries/batch/submit and /entries/batch/approve at levels 1, 2 and 3: five calls per n entries).
Usage: publish_client.py BASE AGENCY TODAY ENTRIES CLIENTS T_PUBLISHER T_SECTION T_LEADER [BATCH [PREFIX]]
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

base, agency, today, entries, clients, t_pub, t_sec, t_lead = sys.argv[1:9]
batch = int(sys.argv[9]) if len(sys.argv) > 9 else 0
prefix = sys.argv[10] if len(sys.argv) > 10 else "基准条目"
entries, clients = int(entries), int(clients)
url = urllib.parse.urlparse(base)
counter = iter(range(entries))
lock = threading.Lock()
published = 0
failures = []


def call(conn, method, path, token, body=None, version=None):
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    if version is not None:
        headers["If-Match"] = '"%s"' % version
    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = conn.getresponse()
    data = response.read()
    if response.status >= 300:
        raise RuntimeError("%s %s -> %s %s" % (method, path, response.status, data[:300]))
    return json.loads(data)


def content(n):
    return {"agencyId": int(agency), "title": "%s %d" % (prefix, n), "formedOn": today, "article20Item": 11,
            "body": "<p>正文 %d</p>" % n}


def one(conn, n):
    entry = call(conn, "POST", "/api/v1/disclosure/entries", t_pub, content(n))
    version = entry["version"]
    for step, token in (("submit", t_pub), ("approve", t_pub), ("approve", t_sec), ("approve", t_lead)):
        version = call(conn, "POST", "/api/v1/disclosure/entries/%s/%s" % (entry["id"], step), token,
                       version=version)["version"]
    return 1


def many(conn, numbers):
    items = call(conn, "POST", "/api/v1/disclosure/entries/batch", t_pub,
                 {"entries": [content(n) for n in numbers]})["entries"]
    items = call(conn, "POST", "/api/v1/disclosure/entries/batch/submit", t_pub,
                 {"items": [{"id": i["id"], "version": i["version"]} for i in items]})["entries"]
    for level, token in ((1, t_pub), (2, t_sec), (3, t_lead)):
        items = call(conn, "POST", "/api/v1/disclosure/entries/batch/approve", token,
                     {"level": level, "items": [{"id": i["id"], "version": i["version"]} for i in items]})["entries"]
    return len(items)


def worker():
    global published
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    while True:
        with lock:
            numbers = [n for n in (next(counter, None) for _ in range(max(batch, 1))) if n is not None]
        if not numbers:
            return
        try:
            done = many(conn, numbers) if batch > 0 else one(conn, numbers[0])
            with lock:
                published += done
        except Exception as e:  # noqa: BLE001 - one failed entry or batch is reported, the others go on
            failures.append(str(e))
            conn.close()
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)


start = time.monotonic()
threads = [threading.Thread(target=worker) for _ in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
for f in failures[:5]:
    print("failed:", f, file=sys.stderr)
print(published, "%.3f" % elapsed)
