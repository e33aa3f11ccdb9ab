#!/usr/bin/env python3
"""The floor: the same job as rolecall's batch done by the least a client can do (stdlib only).
N calls of T sequential chat requests, C calls at a time, one keep-alive connection per worker, the
history growing by one message a request. Its wall time is the stub's latency plus what any client
must spend; bench/peers runs it interleaved with rolecall and openevals against the same stub.
Usage: floor.py BASE_URL N T C"""
import http.client, json, sys, threading, urllib.parse

base, n, turns, c = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
u = urllib.parse.urlparse(base)
path = u.path.rstrip("/") + "/chat/completions"
lock = threading.Lock()
todo = list(range(n))

def worker():
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    while True:
        with lock:
            if not todo:
                break
            seed = todo.pop(0)
        sides = [[{"role": "system", "content": "caller %d" % seed}, {"role": "user", "content": "(line open)"}],
                 [{"role": "system", "content": "callee %d" % seed}]]
        for t in range(turns):
            me, other = sides[t % 2], sides[(t + 1) % 2]
            body = json.dumps({"model": "m", "messages": me, "seed": seed}).encode()
            conn.request("POST", path, body, {"Content-Type": "application/json", "Authorization": "Bearer x"})
            r = conn.getresponse()
            text = json.loads(r.read())["choices"][0]["message"]["content"]
            me.append({"role": "assistant", "content": text})
            other.append({"role": "user", "content": text})
    conn.close()

threads = [threading.Thread(target=worker) for _ in range(min(c, n))]
for th in threads:
    th.start()
for th in threads:
    th.join()
