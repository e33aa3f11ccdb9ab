#!/usr/bin/env python3
"""Mutate labels one way at a time and check the validator rejects each mutation (adapted from holdout24's, re-pointed at holdout41)."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
muts = {
    "callee turn in steps_turns": lambda L: L[by("fanghuwang-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L: L[by("renewal-02.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L: L[by("tvmount-01.txt")]["correct_facts"].append("a free soundbar with every job"),
    "non-matching invented fact": lambda L: L[by("tvmount-06.txt")]["invented_facts"].append({"text": "open until nine"}),
    "invented fact as a bare string": lambda L: L[by("fanghuwang-06.txt")]["invented_facts"].append("标准款每平方米128"),
    "caller line as question": lambda L: L[by("fanghuwang-04.txt")].__setitem__("unanswered_questions", ["这个您放心，很多家都装了的"]),
    "step 6 on five-step card": lambda L: (L[by("clinic-01.txt")]["steps_turns"].__setitem__("6", [12]),
                                           L[by("clinic-01.txt")]["steps_covered"].append(6)),
    "wrong END n": lambda L: L[by("tvmount-02.txt")]["end_marker"].__setitem__("n", 2),
    "wrong END side": lambda L: L[by("fanghuwang-02.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L: L[by("fanghuwang-05.txt")]["invented_facts"].append({"text": "您跟爱人商量一下也好"}),
    "A with closing false": lambda L: L[by("clinic-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L: L[by("renewal-03.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L: L[by("tvmount-05.txt")].__setitem__("speakers", {"Janelle Ruiz": "caller", "Curtis Whitaker": "callee"}),
    "forbidden on card without list": lambda L: L[by("clinic-03.txt")]["forbidden_promises"].append("降压药这几天先停掉"),
    "wrong split": lambda L: L[by("renewal-02.txt")].__setitem__("split", "holdout40"),
    "illegitimate with closing ok": lambda L: L[by("fanghuwang-08.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L: L[by("clinic-04.txt")].__setitem__("card", "renewal.md"),
    "both correct and invented": lambda L: L[by("fanghuwang-06.txt")]["correct_facts"].append("钢丝质保10年"),
    "correct overlaps invented": lambda L: L[by("fanghuwang-06.txt")]["correct_facts"].append("质保10年"),
    "A with unanswered question": lambda L: L[by("tvmount-03.txt")].__setitem__("unanswered_questions", ["Who do I call if it's crooked in a month?"]),
    "A missing a step": lambda L: (L[by("fanghuwang-02.txt")]["steps_turns"].pop("6"),
                                   L[by("fanghuwang-02.txt")]["steps_covered"].remove(6)),
    "invented fact without a kind": lambda L: L[by("tvmount-06.txt")]["invented_facts"].append({"text": "You're all set, Curtis"}),
    "B with two unanswered": lambda L: L[by("tvmount-04.txt")]["unanswered_questions"].append("...Full-Motion, I guess."),
    "keys out of order": lambda L: L.__setitem__(by("renewal-02.txt"), dict(reversed(list(L[by("renewal-02.txt")].items())))),
    "illegitimate ending kept a condition": lambda L: (L[by("renewal-04.txt")].__setitem__("end_condition", 2),
                                                       L[by("renewal-04.txt")].__setitem__("end_side", "caller"),
                                                       L[by("renewal-04.txt")].__setitem__("legitimate_ending", True)),
    "END:2 relabelled as condition 1": lambda L: (L[by("tvmount-05.txt")].__setitem__("end_condition", 1)),
    "condition beyond the card's list": lambda L: (L[by("fanghuwang-05.txt")].__setitem__("end_condition", 4),
                                                   L[by("fanghuwang-05.txt")]["end_marker"].__setitem__("n", 4)),
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
