#!/usr/bin/env python3
"""Mutate labels (or fact kinds) one way at a time and check the validator rejects each mutation (adapted from holdout14's)."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
kbase = json.load(open(os.path.join(HERE, "fact_kinds.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
def kby(t): return next(i for i, k in enumerate(kbase) if k["text"] == t)
muts = {
    "callee turn in steps_turns": lambda L, K: L[by("pet-boarding-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L, K: L[by("english-support-04.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L, K: L[by("piano-tuning-01.txt")]["correct_facts"].append("a hundred forty dollars"),
    "non-matching invented fact": lambda L, K: L[by("piano-tuning-06.txt")]["invented_facts"].append({"text": "about an hour"}),
    "invented fact as a bare string": lambda L, K: L[by("pet-boarding-06.txt")]["invented_facts"].append("接送往返是免费的"),
    "caller line as question": lambda L, K: L[by("pet-boarding-05.txt")].__setitem__("unanswered_questions", ["这个您真的不用太担心哈"]),
    "step 6 on five-step card": lambda L, K: L[by("clinic-01.txt")]["steps_turns"].__setitem__("6", [14]),
    "wrong END n": lambda L, K: L[by("piano-tuning-02.txt")]["end_marker"].__setitem__("n", 1),
    "wrong END side": lambda L, K: L[by("pet-boarding-08.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L, K: L[by("pet-boarding-04.txt")]["invented_facts"].append({"text": "可以，住满五晚"}),
    "A with closing false": lambda L, K: L[by("english-support-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L, K: L[by("clinic-03.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L, K: L[by("piano-tuning-05.txt")].__setitem__("speakers", {"Owen": "caller", "Rachel": "callee"}),
    "forbidden on card without list": lambda L, K: L[by("english-support-04.txt")]["forbidden_promises"].append("so I'd lock it in now"),
    "wrong split": lambda L, K: L[by("clinic-02.txt")].__setitem__("split", "holdout14"),
    "illegitimate with closing ok": lambda L, K: L[by("pet-boarding-07.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L, K: L[by("english-support-02.txt")].__setitem__("card", "clinic.md"),
    "both correct and invented": lambda L, K: L[by("piano-tuning-06.txt")]["correct_facts"].append("(503) 555-0146"),
    "correct overlaps invented": lambda L, K: L[by("pet-boarding-06.txt")]["correct_facts"].append("接送往返"),
    "B with two unanswered": lambda L, K: L[by("piano-tuning-05.txt")]["unanswered_questions"].append("What if I have to cancel last minute?"),
    "tier count off": lambda L, K: (L[by("clinic-02.txt")].__setitem__("tier", "C"),
                                    L[by("clinic-02.txt")]["invented_facts"].append({"text": "那先把拆线约了吧"}),
                                    K.append({"file": "clinic-02.txt", "text": "那先把拆线约了吧", "format": "none", "kind": "test"})),
    "kind missing": lambda L, K: K.pop(kby("(503) 555-0146")),
    "kind format digits on word fact": lambda L, K: K[kby("read-only for thirty days")].__setitem__("format", "digits"),
    "kind format none on digit fact": lambda L, K: K[kby("support is 24/7 now")].__setitem__("format", "none"),
    "kind words without a number word": lambda L, K: K[kby("You can pay through PayPal")].__setitem__("format", "words"),
}
EXPECT = {"B with invented fact": "tier B", "tier count off": "tiers A/B/C", "C without flaw": "tier C",
          "A with closing false": "tier A", "kind missing": "fact_kinds", "B with two unanswered": "more than one unanswered"}
fails = 0
for name, m in muts.items():
    L = copy.deepcopy(base); K = copy.deepcopy(kbase); m(L, K)
    paths = []
    for obj in (L, K):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as t:
            json.dump(obj, t, ensure_ascii=False); paths.append(t.name)
    r = subprocess.run([sys.executable, os.path.join(HERE, "validate.py")] + paths, capture_output=True, text=True)
    for p in paths:
        os.unlink(p)
    fired = r.returncode != 0 and (name not in EXPECT or EXPECT[name] in r.stdout)
    fails += not fired
    lines = r.stdout.splitlines() or [""]
    shown = next((x for x in lines if name in EXPECT and EXPECT[name] in x), lines[0])
    print("fired " if fired else "MISSED", name, "|", shown[:110])
r = subprocess.run([sys.executable, os.path.join(HERE, "validate.py")], capture_output=True, text=True)
print("clean:", r.stdout.strip())
sys.exit(1 if fails or r.returncode else 0)
