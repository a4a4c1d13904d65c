#!/usr/bin/env python3
"""Drafts, submits and approves catalogue entries through the API with CLIENTS keep-alive connections.

One process with one thread per client, each on its own HTTP/1.1 connection, so that the client costs little beside
the server (a curl and a python start per call cost more than the call). Prints the number published and the seconds.
Usage: publish_client.py BASE AGENCY TODAY ENTRIES CLIENTS T_PUBLISHER T_SECTION T_LEADER
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

base, agency, today, entries, clients, t_pub, t_sec, t_lead = sys.argv[1:9]
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
        raise RuntimeError("%s %s -> %s %s" % (method, path, response.status, data[:200]))
    return json.loads(data)


def worker():
    global published
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    while True:
        with lock:
            n = next(counter, None)
        if n is None:
            return
        try:
            entry = call(conn, "POST", "/api/v1/disclosure/entries", t_pub,
                         {"agencyId": int(agency), "title": "基准条目 %d" % n, "formedOn": today,
                          "article20Item": 11, "body": "<p>正文 %d</p>" % n})
            version = entry["version"]
            for step, token in (("submit", t_pub), ("approve", t_pub), ("approve", t_sec), ("approve", t_lead)):
                version = call(conn, "POST", "/api/v1/disclosure/entries/%s/%s" % (entry["id"], step), token,
                               version=version)["version"]
            with lock:
                published += 1
        except Exception as e:  # noqa: BLE001 - one failed entry is reported, the others go on
            failures.append(str(e))
            conn.close()
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)


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
