#!/usr/bin/env python3
"""Whole-command timing against the floor and openevals on the peers' reference jobs (issue 13).

One shared stdlib stub (fake_llm.py, fixed 200 ms a request, request log with bodies) per job; every
variant is run once to warm up, then the variants take turns round after round, so the machine's
noise falls on all of them alike, and every figure is a ratio of runs of this one invocation.

Per run, from the stub's log: LLM window = first request received -> last response released;
overhead = wall - window (JVM start, set-up, exit); client gap = a response released -> the same
call's next request received (steps linked by the request's seed and the previous reply), of which
about 1 ms is the Python stub itself (the floor's gap shows it). Scoring cost = wall(scored) -
wall(--no-score) of the same round.

Usage: bench/peers.py [--rounds R] [--jobs 1,2]
openevals (JS) runs when bench/.peers/node_modules holds it (else the row is skipped, with the
command that installs it); the issue's measured figures are printed as the reference either way.
"""
import argparse, json, os, resource, shutil, statistics as st, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
stub_py = os.environ.get("FAKE_LLM", os.path.join(root, "..", "shared", "tools", "fake_llm.py"))
peers_dir = os.environ.get("ROLECALL_PEERS", os.path.join(here, ".peers"))
# job: calls, utterances, concurrency, stub --end-after (never reached: calls end at --max-turns), issue figures
JOBS = {
    1: dict(n=10, turns=12, c=4, end_after=7, floor=7.2, openevals=7.79, rolecall="8.92 / 9.07 s --no-score; 9.87 / 9.98 s scored"),
    2: dict(n=96, turns=8, c=16, end_after=5, floor=9.6, openevals=10.47, rolecall="11.58 / 11.49 s"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--baseline", help="another rolecall checkout, run interleaved too (before/after)")
    a = ap.parse_args()
    if not os.path.exists(stub_py):
        sys.exit("bench/peers: %s not found (the shared stub)" % stub_py)
    openevals = os.path.isdir(os.path.join(peers_dir, "node_modules", "openevals")) and shutil.which("node")
    print("== whole command vs the floor and openevals, %d cores, load %s, %d interleaved rounds (+1 warm-up)"
          % (os.cpu_count(), open("/proc/loadavg").read().split()[0], a.rounds))
    if not openevals:
        print("   (openevals not installed: npm install --prefix bench/.peers openevals@0.2.2 @langchain/core "
              "@langchain/openai zod; its row is skipped)")
    subprocess.run([os.path.join(root, "rolecall"), "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for j in [int(x) for x in a.jobs.split(",")]:
        job(j, JOBS[j], a.rounds, openevals, a.baseline)


def job(number, J, rounds, openevals, baseline=None):
    tmp = tempfile.mkdtemp(prefix="rolecall-peers-")
    log = os.path.join(tmp, "stub.jsonl")
    port = 20000 + os.getpid() % 10000
    stub = subprocess.Popen(["python3", stub_py, "--port", str(port), "--latency-ms", "200", "--end-after",
                             str(J["end_after"]), "--end-count", "history", "--log", log, "--log-bodies"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:%d/v1" % port
    time.sleep(1)
    n, turns, c = J["n"], J["turns"], J["c"]
    out = os.path.join(tmp, "calls.jsonl")

    def rolecall(extra, home=root):
        return ([os.path.join(home, "rolecall"), "batch", "-n", str(n), "-c", str(c), "--max-turns", str(turns),
                 "--base-url", base, "--model", "m", "--no-progress-bar", "-o", out] + extra)

    variants = [("floor (stdlib client)", ["python3", os.path.join(here, "floor.py"), base, str(n), str(turns), str(c)])]
    if openevals:
        variants.append(("openevals 0.2.2 (JS)", ["node", os.path.join(here, "peer_openevals.mjs"), peers_dir, base,
                                                   str(n), str(turns), str(c)]))
    # the scored run goes first in the warm-up, so the AppCDS archive it records covers scoring too
    variants.append(("rolecall scored", rolecall([])))
    variants.append(("rolecall --no-score", rolecall(["--no-score"])))
    if baseline:
        variants.append(("baseline scored", rolecall([], baseline)))
        variants.append(("baseline --no-score", rolecall(["--no-score"], baseline)))
    runs = {name: [] for name, _ in variants}
    env = dict(os.environ, OPENAI_API_KEY="sk-bench", OPT_OUT_TRACKING="true", LANGSMITH_TRACING="false")
    try:
        for r in range(rounds + 1):
            for name, cmd in variants:
                if os.path.exists(out):
                    os.remove(out)
                u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.time()
                p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                t1 = time.time()
                u1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = u1.ru_utime - u0.ru_utime + u1.ru_stime - u0.ru_stime
                if p.returncode:
                    sys.exit("bench/peers: %s failed (exit %d): %s" % (name, p.returncode, p.stderr.decode()[-800:]))
                if name.startswith("rolecall"):
                    lengths = {len(json.loads(line)["turns"]) for line in open(out, encoding="utf-8")}
                    assert lengths == {turns}, (name, lengths)
                if r > 0:
                    runs[name].append((t0, t1, cpu))
                time.sleep(0.3)  # the stub logs the last response
    finally:
        stub.terminate()
        stub.wait()
    recs = [json.loads(line) for line in open(log, encoding="utf-8")]
    shutil.rmtree(tmp, ignore_errors=True)

    print("\njob %d: %d calls x %d utterances, %d at a time (issue 13: floor %.1f s, openevals %.2f s, rolecall %s)"
          % (number, n, turns, c, J["floor"], J["openevals"], J["rolecall"]))
    print("%-22s %8s %8s %8s %8s %8s %9s %9s %8s" % ("", "wall med", "wall min", "window", "overhead", "ovh min",
                                                     "gap med", "gap p90", "CPU med"))
    stats = {}
    for name, _ in variants:
        rows, gaps = [], []
        cpus = [x[2] for x in runs[name]]
        for (t0, t1, _) in runs[name]:
            rs = [x for x in recs if t0 <= x["t"] <= t1]
            assert len(rs) == n * turns, (name, len(rs))
            first = min(x["t"] for x in rs)
            last = max(x["t"] + x["dur_ms"] / 1000 for x in rs)
            rows.append(dict(wall=t1 - t0, window=last - first))
            gaps += step_gaps(rs)
        w = [x["wall"] for x in rows]
        o = [x["wall"] - x["window"] for x in rows]
        g = sorted(gaps)
        stats[name] = dict(wall=w, ovh=o, gap=st.median(g) if g else None, cpu=cpus)
        gm = "%7.1f ms" % st.median(g) if g else "%9s" % "-"
        gp = "%7.1f ms" % g[int(0.9 * len(g))] if g else "%9s" % "-"
        print("%-22s %7.2fs %7.2fs %7.2fs %7.2fs %7.2fs %s %s %7.2fs" % (name, st.median(w), min(w),
              st.median(x["window"] for x in rows), st.median(o), min(o), gm, gp, st.median(cpus)))
    rc, fl = stats["rolecall --no-score"], stats["floor (stdlib client)"]
    print("rolecall --no-score / floor: %s (target <= 1.05 on job 2)" % ratios(rc["wall"], fl["wall"]))
    if openevals:
        oe = stats["openevals 0.2.2 (JS)"]
        print("rolecall --no-score / openevals: %s; scored / openevals: %s (target <= 1.00)"
              % (ratios(rc["wall"], oe["wall"]), ratios(stats["rolecall scored"]["wall"], oe["wall"])))
    print("rolecall --no-score / issue's openevals %.2f s: %.2f (median wall)" % (J["openevals"], st.median(rc["wall"]) / J["openevals"]))
    print("overhead outside the LLM window, --no-score: median %.2f s, per round %s (target <= 0.4 s)"
          % (st.median(rc["ovh"]), " ".join("%.2f" % x for x in rc["ovh"])))
    print("client gap median: rolecall %.1f ms, floor %.1f ms (the stub's own share; target <= 2 ms)"
          % (rc["gap"], fl["gap"]))
    sc = [a - b for a, b in zip(stats["rolecall scored"]["wall"], rc["wall"])]
    print("scoring as it goes adds: median %.2f s, per round %s (target <= 0.3 s on job 1); CPU %+.2f s"
          % (st.median(sc), " ".join("%+.2f" % x for x in sc),
             st.median(stats["rolecall scored"]["cpu"]) - st.median(rc["cpu"])))
    if baseline:
        b = stats["baseline --no-score"]
        print("baseline: --no-score wall / floor %s; overhead median %.2f s; gap median %.1f ms; scoring adds %.2f s"
              % (ratios(b["wall"], fl["wall"]), st.median(b["ovh"]), b["gap"],
                 st.median(x - y for x, y in zip(stats["baseline scored"]["wall"], b["wall"]))))
        print("rolecall / baseline, --no-score: %s; scored: %s" % (ratios(rc["wall"], b["wall"]),
              ratios(stats["rolecall scored"]["wall"], stats["baseline scored"]["wall"])))


def ratios(a, b):
    """Per-round ratios and their median."""
    rs = [x / y for x, y in zip(a, b)]
    return "median %.2f (rounds %s)" % (st.median(rs), " ".join("%.2f" % x for x in rs))


def step_gaps(rs):
    """Response released -> the same call's next request received, in ms. A step's next request carries the
    same seed and the reply as its last message; the earliest such request after the response is taken."""
    by_last = {}
    for x in rs:
        body = x.get("body") or {}
        msgs = body.get("messages") or []
        if msgs:
            by_last.setdefault((body.get("seed"), str(msgs[-1].get("content", "")).strip()), []).append(x)
    gaps = []
    for x in rs:
        body = x.get("body") or {}
        if body.get("seed") is None:
            continue
        end = x["t"] + x["dur_ms"] / 1000
        nxt = [y["t"] for y in by_last.get((body.get("seed"), x["reply"].strip()), []) if y["t"] >= x["t"]]
        if nxt:
            gaps.append((min(nxt) - end) * 1000)
    return gaps


if __name__ == "__main__":
    main()
