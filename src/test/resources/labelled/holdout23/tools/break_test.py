#!/usr/bin/env python3
"""Mutate labels one way at a time and check the validator rejects each mutation (adapted from holdout20's, re-pointed at holdout23)."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
muts = {
    "callee turn in steps_turns": lambda L: L[by("wardrobe-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L: L[by("isp-visit-02.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L: L[by("carwash-01.txt")]["correct_facts"].append("a ninety-day refund window"),
    "non-matching invented fact": lambda L: L[by("carwash-06.txt")]["invented_facts"].append({"text": "open until nine"}),
    "invented fact as a bare string": lambda L: L[by("wardrobe-06.txt")]["invented_facts"].append("0571-8623-5910"),
    "caller line as question": lambda L: L[by("wardrobe-04.txt")].__setitem__("unanswered_questions", ["呃，这个您放心，我们设计师都很专业的"]),
    "step 6 on five-step card": lambda L: (L[by("isp-visit-01.txt")]["steps_turns"].__setitem__("6", [14]),
                                           L[by("isp-visit-01.txt")]["steps_covered"].append(6)),
    "wrong END n": lambda L: L[by("carwash-02.txt")]["end_marker"].__setitem__("n", 2),
    "wrong END side": lambda L: L[by("wardrobe-07.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L: L[by("wardrobe-05.txt")]["invented_facts"].append({"text": "行，那就这样"}),
    "A with closing false": lambda L: L[by("delivery-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L: L[by("delivery-03.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L: L[by("carwash-05.txt")].__setitem__("speakers", {"Dana Ruiz": "caller", "Marcus Hill": "callee"}),
    "forbidden on card without list": lambda L: L[by("isp-visit-04.txt")]["forbidden_promises"].append("I'll just put you in for Thursday morning"),
    "wrong split": lambda L: L[by("isp-visit-02.txt")].__setitem__("split", "holdout22"),
    "illegitimate with closing ok": lambda L: L[by("wardrobe-08.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L: L[by("delivery-04.txt")].__setitem__("card", "isp-visit.md"),
    "both correct and invented": lambda L: L[by("wardrobe-06.txt")]["correct_facts"].append("免费改图不限次数"),
    "correct overlaps invented": lambda L: L[by("wardrobe-06.txt")]["correct_facts"].append("四十五天"),
    "A with unanswered question": lambda L: L[by("carwash-03.txt")].__setitem__("unanswered_questions", ["How do I know it won't happen again?"]),
    "A missing a step": lambda L: (L[by("wardrobe-02.txt")]["steps_turns"].pop("6"),
                                   L[by("wardrobe-02.txt")]["steps_covered"].remove(6)),
    "invented fact without a kind": lambda L: L[by("carwash-06.txt")]["invented_facts"].append({"text": "Oh, and just so you know"}),
    "B with two unanswered": lambda L: L[by("carwash-04.txt")]["unanswered_questions"].append("Okay. Is that it?"),
    "keys out of order": lambda L: L.__setitem__(by("delivery-02.txt"), dict(reversed(list(L[by("delivery-02.txt")].items())))),
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
