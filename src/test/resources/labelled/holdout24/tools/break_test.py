#!/usr/bin/env python3
"""Mutate labels one way at a time and check the validator rejects each mutation (adapted from holdout23's, re-pointed at holdout24)."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
muts = {
    "callee turn in steps_turns": lambda L: L[by("yuesao-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L: L[by("installment-02.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L: L[by("usedcar-01.txt")]["correct_facts"].append("a ninety-day warranty"),
    "non-matching invented fact": lambda L: L[by("usedcar-06.txt")]["invented_facts"].append({"text": "open until nine"}),
    "invented fact as a bare string": lambda L: L[by("yuesao-06.txt")]["invented_facts"].append("尾号6538"),
    "caller line as question": lambda L: L[by("yuesao-04.txt")].__setitem__("unanswered_questions", ["这个您放心，我们月嫂都是很有经验的"]),
    "step 6 on five-step card": lambda L: (L[by("english-support-01.txt")]["steps_turns"].__setitem__("6", [10]),
                                           L[by("english-support-01.txt")]["steps_covered"].append(6)),
    "wrong END n": lambda L: L[by("usedcar-02.txt")]["end_marker"].__setitem__("n", 2),
    "wrong END side": lambda L: L[by("yuesao-07.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L: L[by("yuesao-05.txt")]["invented_facts"].append({"text": "行，就这样"}),
    "A with closing false": lambda L: L[by("installment-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L: L[by("installment-03.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L: L[by("usedcar-05.txt")].__setitem__("speakers", {"Priya Nair": "caller", "Owen Brooks": "callee"}),
    "forbidden on card without list": lambda L: L[by("english-support-04.txt")]["forbidden_promises"].append("That was your bank's mistake, not ours"),
    "wrong split": lambda L: L[by("installment-02.txt")].__setitem__("split", "holdout23"),
    "illegitimate with closing ok": lambda L: L[by("yuesao-08.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L: L[by("installment-04.txt")].__setitem__("card", "english-support.md"),
    "both correct and invented": lambda L: L[by("yuesao-06.txt")]["correct_facts"].append("服务期间不满意可以无限次免费换人"),
    "correct overlaps invented": lambda L: L[by("yuesao-06.txt")]["correct_facts"].append("三十五到四十五岁"),
    "A with unanswered question": lambda L: L[by("usedcar-03.txt")].__setitem__("unanswered_questions", ["Travel fee? Alder's a ways out."]),
    "A missing a step": lambda L: (L[by("yuesao-02.txt")]["steps_turns"].pop("6"),
                                   L[by("yuesao-02.txt")]["steps_covered"].remove(6)),
    "invented fact without a kind": lambda L: L[by("usedcar-06.txt")]["invented_facts"].append({"text": "Honestly, a CR-V"}),
    "B with two unanswered": lambda L: L[by("usedcar-04.txt")]["unanswered_questions"].append("Standard, I guess."),
    "keys out of order": lambda L: L.__setitem__(by("installment-02.txt"), dict(reversed(list(L[by("installment-02.txt")].items())))),
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
