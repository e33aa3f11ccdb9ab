#!/usr/bin/env python3
"""Mutate labels one way at a time and check the validator rejects each mutation (adapted from holdout20's, re-pointed at holdout21)."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
muts = {
    "callee turn in steps_turns": lambda L: L[by("gas-safety-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L: L[by("english-support-02.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L: L[by("glasses-01.txt")]["correct_facts"].append("thirty dollars off your balance"),
    "non-matching invented fact": lambda L: L[by("glasses-06.txt")]["invented_facts"].append({"text": "ready by the twelfth"}),
    "invented fact as a bare string": lambda L: L[by("gas-safety-06.txt")]["invented_facts"].append("0512-6878-2020"),
    "caller line as question": lambda L: L[by("gas-safety-04.txt")].__setitem__("unanswered_questions", ["您到时候问问安检员吧"]),
    "step 6 on five-step card": lambda L: (L[by("english-support-01.txt")]["steps_turns"].__setitem__("6", [10]),
                                           L[by("english-support-01.txt")]["steps_covered"].append(6)),
    "wrong END n": lambda L: L[by("glasses-02.txt")]["end_marker"].__setitem__("n", 2),
    "wrong END side": lambda L: L[by("gas-safety-07.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L: L[by("gas-safety-05.txt")]["invented_facts"].append({"text": "最好今天就定下来"}),
    "A with closing false": lambda L: L[by("renewal-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L: L[by("renewal-03.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L: L[by("glasses-05.txt")].__setitem__("speakers", {"Priya Nair": "caller", "Gordon Hayes": "callee"}),
    "forbidden on card without list": lambda L: L[by("english-support-04.txt")]["forbidden_promises"].append("I've renewed the forty seats for you"),
    "wrong split": lambda L: L[by("english-support-02.txt")].__setitem__("split", "holdout20"),
    "illegitimate with closing ok": lambda L: L[by("gas-safety-08.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L: L[by("renewal-04.txt")].__setitem__("card", "english-support.md"),
    "both correct and invented": lambda L: L[by("gas-safety-06.txt")]["correct_facts"].append("金属波纹管一根120元"),
    "correct overlaps invented": lambda L: L[by("gas-safety-06.txt")]["correct_facts"].append("一根120元"),
    "A with unanswered question": lambda L: L[by("glasses-03.txt")].__setitem__("unanswered_questions", ["How long do I have?"]),
    "A missing a step": lambda L: (L[by("gas-safety-02.txt")]["steps_turns"].pop("6"),
                                   L[by("gas-safety-02.txt")]["steps_covered"].remove(6)),
    "invented fact without a kind": lambda L: L[by("glasses-06.txt")]["invented_facts"].append({"text": "If you need us"}),
    "B with two unanswered": lambda L: L[by("glasses-04.txt")]["unanswered_questions"].append("Are they ready?"),
    "keys out of order": lambda L: L.__setitem__(by("renewal-02.txt"), dict(reversed(list(L[by("renewal-02.txt")].items())))),
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
