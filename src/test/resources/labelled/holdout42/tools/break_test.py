#!/usr/bin/env python3
"""Mutate labels one way at a time and check the validator rejects each mutation (adapted from holdout24's, re-pointed at holdout42)."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
muts = {
    "callee turn in steps_turns": lambda L: L[by("yingdi-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L: L[by("delivery-02.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L: L[by("pollination-01.txt")]["correct_facts"].append("a free hive with every order"),
    "non-matching invented fact": lambda L: L[by("pollination-06.txt")]["invented_facts"].append({"text": "open until nine"}),
    "invented fact as a bare string": lambda L: L[by("yingdi-06.txt")]["invented_facts"].append("草地营位每晚158"),
    "caller line as question": lambda L: L[by("yingdi-04.txt")].__setitem__("unanswered_questions", ["这个您放心，我们营地环境很好的"]),
    "step 6 on five-step card": lambda L: (L[by("delivery-01.txt")]["steps_turns"].__setitem__("6", [10]),
                                           L[by("delivery-01.txt")]["steps_covered"].append(6)),
    "wrong END n": lambda L: L[by("pollination-02.txt")]["end_marker"].__setitem__("n", 2),
    "wrong END side": lambda L: L[by("yingdi-02.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L: L[by("yingdi-05.txt")]["invented_facts"].append({"text": "理解理解，这个确实得你们俩定"}),
    "A with closing false": lambda L: L[by("delivery-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L: L[by("delivery-03.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L: L[by("pollination-05.txt")].__setitem__("speakers", {"Colleen Baptiste": "caller", "Dale Hruska": "callee"}),
    "forbidden on card without list": lambda L: L[by("delivery-03.txt")]["forbidden_promises"].append("安装收八十块"),
    "wrong split": lambda L: L[by("delivery-02.txt")].__setitem__("split", "holdout41"),
    "illegitimate with closing ok": lambda L: L[by("yingdi-08.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L: L[by("english-support-04.txt")].__setitem__("card", "delivery.md"),
    "both correct and invented": lambda L: L[by("yingdi-06.txt")]["correct_facts"].append("淋浴24小时都有热水"),
    "correct overlaps invented": lambda L: L[by("yingdi-06.txt")]["correct_facts"].append("24小时都有热水"),
    "A with unanswered question": lambda L: L[by("pollination-03.txt")].__setitem__("unanswered_questions", ["Will they sting my guys?"]),
    "A missing a step": lambda L: (L[by("yingdi-02.txt")]["steps_turns"].pop("6"),
                                   L[by("yingdi-02.txt")]["steps_covered"].remove(6)),
    "invented fact without a kind": lambda L: L[by("pollination-06.txt")]["invented_facts"].append({"text": "You're all set, Dale"}),
    "B with two unanswered": lambda L: L[by("pollination-04.txt")]["unanswered_questions"].append("Kyle'll be there."),
    "keys out of order": lambda L: L.__setitem__(by("delivery-02.txt"), dict(reversed(list(L[by("delivery-02.txt")].items())))),
    "illegitimate ending kept a condition": lambda L: (L[by("yingdi-07.txt")].__setitem__("end_condition", 2),
                                                       L[by("yingdi-07.txt")].__setitem__("end_side", "caller"),
                                                       L[by("yingdi-07.txt")].__setitem__("legitimate_ending", True)),
    "END:2 relabelled as condition 1": lambda L: (L[by("pollination-05.txt")].__setitem__("end_condition", 1)),
    "condition beyond the card's list": lambda L: (L[by("yingdi-05.txt")].__setitem__("end_condition", 4),
                                                   L[by("yingdi-05.txt")]["end_marker"].__setitem__("n", 4)),
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
