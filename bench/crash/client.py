#!/usr/bin/env python3
"""The crash benchmark's client (bench/crash/run.sh): concurrent online submissions with unique Idempotency-Keys,
a kill -9 of the server mid-run, and the retry of every key after the restart.

  client.py submit BASE_URL PID COUNT CONCURRENCY KILL_AT LABEL AGENCIES OUT.json
      POSTs up to COUNT applications (POST /api/v1/public/requests) from CONCURRENCY threads, each with its own
      key, and sends SIGKILL to PID as soon as KILL_AT of them were answered 2xx; no request starts after that.
      Writes every key sent with its body, status (or the error) and tracking code to OUT.json.
  client.py retry BASE_URL CONCURRENCY IN.json OUT.json
      Sends every key of IN.json again with the same body and records the answers.

Only the loopback is spoken to. Standard library only.
"""
import http.client
import json
import os
import random
import signal
import sys
import threading
import time
from urllib.parse import urlparse

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
SURNAMES = "张王李赵刘陈杨黄周吴"
GIVEN = "伟芳娜敏静磊洋艳勇军杰娟"
TOPICS = ["2025年度部门预算公开说明", "城区老旧小区改造项目批复文件", "招商引资优惠政策兑现情况", "行政处罚决定书",
          "专项资金分配结果", "建设项目环境影响评价批复", "学校招生划片方案", "政府采购合同"]


def identity_number(n):
    """A 身份证 number of 南阳市卧龙区 with a right check digit (GB 11643)."""
    body = "411303%04d%02d%02d%03d" % (1950 + n % 56, 1 + n // 56 % 12, 1 + n // 672 % 28, n % 1000)
    total = sum(int(body[i]) * ID_WEIGHTS[i] for i in range(17))
    return body + ID_CHECK[total % 11]


def body(n, agency):
    topic = TOPICS[n // 7 % len(TOPICS)]
    return json.dumps({
        "agencyId": agency,
        "application": {
            "applicantType": "NATURAL_PERSON", "name": SURNAMES[n % 10] + GIVEN[n // 10 % 12],
            "idType": "RESIDENT_ID", "idNumber": identity_number(n), "phone": "139%08d" % (n % 100000000),
            "email": "p%d@example.cn" % n, "address": "南阳市卧龙区建设路%d号" % (n % 500 + 1), "postcode": "473000",
            "title": topic, "documentNumber": "宛龙政〔2025〕%d号" % (n % 300 + 1),
            "description": "申请获取%s的全文，用于了解相关政策执行情况。" % topic,
            "formWanted": "ELECTRONIC", "deliveryWanted": "ONLINE",
        },
    }, ensure_ascii=False)


class Connection:
    """One keep-alive connection per thread, reopened after an error."""

    def __init__(self, base):
        url = urlparse(base)
        self.host, self.port = url.hostname, url.port
        self.conn = None

    def post(self, key, payload):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            self.conn.request("POST", "/api/v1/public/requests", payload.encode(),
                              {"Content-Type": "application/json", "Accept": "application/json",
                               "Idempotency-Key": key})
            response = self.conn.getresponse()
            text = response.read().decode(errors="replace")
            code = None
            if 200 <= response.status < 300:
                code = json.loads(text).get("trackingCode")
            return {"status": response.status, "code": code, "detail": None if code else text[:300]}
        except (OSError, http.client.HTTPException) as e:
            self.conn.close()
            self.conn = None
            return {"status": None, "code": None, "detail": type(e).__name__ + ": " + str(e)[:200]}


def submit(base, pid, count, concurrency, kill_at, label, agencies, out):
    agencies = [int(a) for a in agencies.split(",")]
    lock = threading.Lock()
    state = {"next": 0, "acked": 0, "killed_at": None}
    records = []

    def worker():
        connection = Connection(base)
        while True:
            with lock:
                if state["killed_at"] is not None or state["next"] >= count:
                    return
                n = state["next"]
                state["next"] += 1
            key = "crash-%s-%d" % (label, n)
            payload = body(random.randrange(10 ** 7) * 100 + n % 100, agencies[n % len(agencies)])
            sent = time.time()
            answer = connection.post(key, payload)
            answer.update(key=key, body=payload, sent=sent, answered=time.time())
            with lock:
                records.append(answer)
                if answer["code"]:
                    state["acked"] += 1
                    if state["acked"] == kill_at and state["killed_at"] is None:
                        os.kill(pid, signal.SIGKILL)
                        state["killed_at"] = time.time()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # An answer read after the kill was written by the server before it died: it counts as acknowledged.
    with open(out, "w") as f:
        json.dump({"killed_at": state["killed_at"], "records": records}, f, ensure_ascii=False)
    acked = sum(1 for r in records if r["code"])
    print("sent %d, acknowledged %d, killed %s" % (len(records), acked, state["killed_at"] is not None),
          file=sys.stderr)


def retry(base, concurrency, source, out):
    with open(source) as f:
        records = json.load(f)["records"]
    queue = list(records)
    lock = threading.Lock()
    answers = []

    def worker():
        connection = Connection(base)
        while True:
            with lock:
                if not queue:
                    return
                record = queue.pop()
            answer = connection.post(record["key"], record["body"])
            answer["key"] = record["key"]
            with lock:
                answers.append(answer)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(out, "w") as f:
        json.dump(answers, f, ensure_ascii=False)


if __name__ == "__main__":
    if sys.argv[1] == "submit":
        submit(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7],
               sys.argv[8], sys.argv[9])
    elif sys.argv[1] == "retry":
        retry(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        sys.exit(__doc__)
