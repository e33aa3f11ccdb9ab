#!/usr/bin/env python3
"""Mutate labels one way at a time and check the validator rejects each mutation (adapted from holdout20's, re-pointed at holdout22)."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
muts = {
    "callee turn in steps_turns": lambda L: L[by("drycleaning-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L: L[by("clinic-02.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L: L[by("bikeshop-01.txt")]["correct_facts"].append("a thirty-day warranty"),
    "non-matching invented fact": lambda L: L[by("bikeshop-06.txt")]["invented_facts"].append({"text": "open until nine"}),
    "invented fact as a bare string": lambda L: L[by("drycleaning-06.txt")]["invented_facts"].append("0571-8765-2201"),
    "caller line as question": lambda L: L[by("drycleaning-04.txt")].__setitem__("unanswered_questions", ["呃，这个……一般不会坏的"]),
    "step 6 on five-step card": lambda L: (L[by("clinic-01.txt")]["steps_turns"].__setitem__("6", [14]),
                                           L[by("clinic-01.txt")]["steps_covered"].append(6)),
    "wrong END n": lambda L: L[by("bikeshop-02.txt")]["end_marker"].__setitem__("n", 2),
    "wrong END side": lambda L: L[by("drycleaning-07.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L: L[by("drycleaning-05.txt")]["invented_facts"].append({"text": "好，那就这样"}),
    "A with closing false": lambda L: L[by("renewal-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L: L[by("renewal-03.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L: L[by("bikeshop-05.txt")].__setitem__("speakers", {"Priya Nair": "caller", "Tom Becker": "callee"}),
    "forbidden on card without list": lambda L: L[by("clinic-04.txt")]["forbidden_promises"].append("那我先给您定下周二上午九点了"),
    "wrong split": lambda L: L[by("clinic-02.txt")].__setitem__("split", "holdout20"),
    "illegitimate with closing ok": lambda L: L[by("drycleaning-08.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L: L[by("renewal-04.txt")].__setitem__("card", "clinic.md"),
    "both correct and invented": lambda L: L[by("drycleaning-06.txt")]["correct_facts"].append("免费保管六十天"),
    "correct overlaps invented": lambda L: L[by("drycleaning-06.txt")]["correct_facts"].append("六十天"),
    "A with unanswered question": lambda L: L[by("bikeshop-03.txt")].__setitem__("unanswered_questions", ["Hm. Any discount if I have you do it?"]),
    "A missing a step": lambda L: (L[by("drycleaning-02.txt")]["steps_turns"].pop("6"),
                                   L[by("drycleaning-02.txt")]["steps_covered"].remove(6)),
    "invented fact without a kind": lambda L: L[by("bikeshop-06.txt")]["invented_facts"].append({"text": "So that's the full job"}),
    "B with two unanswered": lambda L: L[by("bikeshop-04.txt")]["unanswered_questions"].append("Hmm. Let's do the pads and the tune-up."),
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
