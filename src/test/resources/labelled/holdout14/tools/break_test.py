#!/usr/bin/env python3
"""Mutate labels one way at a time and check the validator rejects each mutation (adapted from holdout13's)."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
muts = {
    "callee turn in steps_turns": lambda L: L[by("deep-clean-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L: L[by("delivery-02.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L: L[by("pharmacy-vaccine-01.txt")]["correct_facts"].append("two hundred twenty"),
    "non-matching invented fact": lambda L: L[by("pharmacy-vaccine-06.txt")]["invented_facts"].append({"text": "about four weeks"}),
    "invented fact as a bare string": lambda L: L[by("deep-clean-06.txt")]["invented_facts"].append("四零零，八六零，二三七一"),
    "caller line as question": lambda L: L[by("deep-clean-04.txt")].__setitem__("unanswered_questions", ["发票这个"]),
    "step 6 on five-step card": lambda L: L[by("delivery-01.txt")]["steps_turns"].__setitem__("6", [12]),
    "wrong END n": lambda L: L[by("pharmacy-vaccine-02.txt")]["end_marker"].__setitem__("n", 1),
    "wrong END side": lambda L: L[by("deep-clean-08.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L: L[by("deep-clean-05.txt")]["invented_facts"].append({"text": "三个阿姨过来"}),
    "A with closing false": lambda L: L[by("renewal-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L: L[by("delivery-04.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L: L[by("pharmacy-vaccine-05.txt")].__setitem__("speakers", {"Priya": "caller", "Denise": "callee"}),
    "forbidden on card without list": lambda L: L[by("renewal-04.txt")]["forbidden_promises"].append("已经帮您办好了"),
    "wrong split": lambda L: L[by("renewal-02.txt")].__setitem__("split", "holdout13"),
    "illegitimate with closing ok": lambda L: L[by("deep-clean-07.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L: L[by("delivery-03.txt")].__setitem__("card", "renewal.md"),
    "both correct and invented": lambda L: L[by("deep-clean-06.txt")]["correct_facts"].append("单次最高赔十万"),
    "correct overlaps invented": lambda L: L[by("deep-clean-06.txt")]["correct_facts"].append("最高赔十万"),
}
fails = 0
for name, m in muts.items():
    L = copy.deepcopy(base); m(L)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as t:
        json.dump(L, t, ensure_ascii=False); p = t.name
    r = subprocess.run([sys.executable, os.path.join(HERE, "validate.py"), p], capture_output=True, text=True)
    os.unlink(p)
    fired = r.returncode != 0
    fails += not fired
    print("fired " if fired else "MISSED", name, "|", (r.stdout.splitlines() or [""])[0][:100])
r = subprocess.run([sys.executable, os.path.join(HERE, "validate.py")], capture_output=True, text=True)
print("clean:", r.stdout.strip())
sys.exit(1 if fails else 0)
