#!/usr/bin/env python3
"""Mutate labels one way at a time and check the validator rejects each mutation (adapted from holdout24's via holdout42-47's, via holdout49's, holdout54's and holdout55's and holdout56's, re-pointed at holdout58 (via holdout57), then re-pointed at holdout59 (via holdout58), then re-pointed at holdout60 (via holdout59), then re-pointed at holdout61 (via holdout60), then re-pointed at holdout62 (via holdout61), then re-pointed at holdout63 (via holdout62), then re-pointed at holdout64 (via holdout63), then re-pointed at holdout65 (via holdout64), then re-pointed at holdout66 (via holdout65), then re-pointed at holdout67 (via holdout66), then re-pointed at holdout68 (via holdout67), then re-pointed at holdout69 (via holdout68), then re-pointed at holdout70 (via holdout69), then re-pointed at holdout71 (via holdout70), then re-pointed at holdout72 (via holdout71), then re-pointed at holdout73 (via holdout72), then re-pointed at holdout74 (via holdout73), then re-pointed at holdout75 (via holdout74), then re-pointed at holdout76 (via holdout75), then re-pointed at holdout77 (via holdout76), then re-pointed at holdout78 (via holdout77), then re-pointed at holdout79 (via holdout78))."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def by(f): return next(i for i, o in enumerate(base) if o["file"] == f)
muts = {
    "callee turn in steps_turns": lambda L: L[by("xunquan-01.txt")]["steps_turns"].__setitem__("2", [1]),
    "turn out of range": lambda L: L[by("installment-02.txt")]["steps_turns"].__setitem__("1", [99]),
    "non-matching correct fact": lambda L: L[by("retaining-wall-01.txt")]["correct_facts"].append("free shipping on every order"),
    "non-matching invented fact": lambda L: L[by("retaining-wall-06.txt")]["invented_facts"].append({"text": "open until nine"}),
    "invented fact as a bare string": lambda L: L[by("xunquan-06.txt")]["invented_facts"].append("评估加两次课六百八"),
    "caller line as question": lambda L: L[by("xunquan-04.txt")].__setitem__("unanswered_questions", ["嗯，这个呀，回头让上门的训练师当面跟您聊吧。"]),
    "step 6 on the five-step bundled Chinese card": lambda L: (L[by("installment-01.txt")]["steps_turns"].__setitem__("6", [10]),
                                                        L[by("installment-01.txt")]["steps_covered"].append(6)),
    "wrong END n": lambda L: L[by("retaining-wall-02.txt")]["end_marker"].__setitem__("n", 2),
    "wrong END side": lambda L: L[by("xunquan-02.txt")]["end_marker"].__setitem__("side", "caller"),
    "B with invented fact": lambda L: L[by("xunquan-05.txt")]["invented_facts"].append({"text": "那我什么时候再打给您合适"}),
    "A with closing false": lambda L: L[by("installment-01.txt")].__setitem__("closing_ok", False),
    "C without flaw": lambda L: L[by("installment-03.txt")].__setitem__("invented_facts", []),
    "speaker mismatch": lambda L: L[by("retaining-wall-05.txt")].__setitem__("speakers", {"Trevor Haines": "caller", "Denise Harlan": "callee"}),
    "forbidden on card without list": lambda L: L[by("isp-visit-03.txt")]["forbidden_promises"].append("Linda? Tom, FiberLink. About the slow internet."),
    "wrong split": lambda L: L[by("installment-02.txt")].__setitem__("split", "holdout78"),
    "illegitimate with closing ok": lambda L: L[by("xunquan-08.txt")].__setitem__("closing_ok", True),
    "wrong card": lambda L: L[by("isp-visit-04.txt")].__setitem__("card", "installment.md"),
    "both correct and invented": lambda L: L[by("xunquan-06.txt")]["correct_facts"].append("评估加两次课六百八"),
    "correct overlaps invented": lambda L: L[by("xunquan-06.txt")]["correct_facts"].append("六百八"),
    "A with unanswered question": lambda L: L[by("retaining-wall-03.txt")].__setitem__("unanswered_questions", ["Quick please."]),
    "A missing a step": lambda L: (L[by("xunquan-02.txt")]["steps_turns"].pop("6"),
                                   L[by("xunquan-02.txt")]["steps_covered"].remove(6)),
    "invented fact without a kind": lambda L: L[by("retaining-wall-06.txt")]["invented_facts"].append({"text": "Bye now"}),
    "B with two unanswered": lambda L: L[by("retaining-wall-04.txt")]["unanswered_questions"].append("That works."),
    "keys out of order": lambda L: L.__setitem__(by("installment-02.txt"), dict(reversed(list(L[by("installment-02.txt")].items())))),
    "illegitimate ending kept a condition": lambda L: (L[by("xunquan-07.txt")].__setitem__("end_condition", 4),
                                                       L[by("xunquan-07.txt")].__setitem__("end_side", "caller"),
                                                       L[by("xunquan-07.txt")].__setitem__("legitimate_ending", True)),
    "END:2 relabelled as condition 1": lambda L: (L[by("retaining-wall-04.txt")].__setitem__("end_condition", 1)),
    "wrong weekday in a call": "WEEKDAY",
    "wrong weekday in a Chinese call": "WEEKDAY_ZH",
    "condition beyond the card's list": lambda L: (L[by("xunquan-05.txt")].__setitem__("end_condition", 5),
                                                   L[by("xunquan-05.txt")]["end_marker"].__setitem__("n", 5)),
    "step 7 on a six-step new card": lambda L: (L[by("retaining-wall-01.txt")]["steps_turns"].__setitem__("7", [12]),
                                                L[by("retaining-wall-01.txt")]["steps_covered"].append(7)),
    "step 6 on the five-step bundled English card": lambda L: (L[by("isp-visit-01.txt")]["steps_turns"].__setitem__("6", [10]),
                                                               L[by("isp-visit-01.txt")]["steps_covered"].append(6)),
    "A with an invented fact": lambda L: L[by("installment-01.txt")]["invented_facts"].append({"text": "祝您生活愉快"}),
    "end marker dropped from a label": lambda L: L[by("xunquan-01.txt")].__setitem__("end_marker", None),
    "forbidden promise from a callee turn": lambda L: L[by("xunquan-06.txt")]["forbidden_promises"].append("那它啃骨头的时候呢？"),
    "B with an illegitimate ending": lambda L: (L[by("xunquan-04.txt")].__setitem__("legitimate_ending", False),
                                                L[by("xunquan-04.txt")].__setitem__("closing_ok", False)),
    "number-word fact relabelled as no number": "KIND",
}
fails = 0


def weekday_mutation(call, old, new):
    """Copy calls/, cards/, tools/ and labels.json to a temp folder, swap a weekday in one call, run that copy's validator."""
    import shutil
    d = tempfile.mkdtemp()
    for x in ("calls", "cards", "tools"):
        shutil.copytree(os.path.join(ROOT, x), os.path.join(d, x))
    shutil.copy(os.path.join(ROOT, "labels.json"), d)
    f = os.path.join(d, "calls", call)
    t = open(f, encoding="utf-8").read()
    assert t.count(old) == 1
    open(f, "w", encoding="utf-8").write(t.replace(old, new, 1))
    r = subprocess.run([sys.executable, os.path.join(d, "tools", "validate.py")], capture_output=True, text=True)
    shutil.rmtree(d)
    return r


WEEKDAY_MUTS = {"WEEKDAY": ("retaining-wall-03.txt", "D. Harlan: Mon Apr 19.", "D. Harlan: Tue Apr 19."),
                "WEEKDAY_ZH": ("xunquan-02.txt", "丁老师：11/12（五）。", "丁老师：11/12（六）。")}


def kind_mutation(text, kind):
    """Copy calls/, cards/, tools/ and labels.json to a temp folder, change one kind in tools/invented_kinds.json, run that copy's validator."""
    import shutil
    d = tempfile.mkdtemp()
    for x in ("calls", "cards", "tools"):
        shutil.copytree(os.path.join(ROOT, x), os.path.join(d, x))
    shutil.copy(os.path.join(ROOT, "labels.json"), d)
    f = os.path.join(d, "tools", "invented_kinds.json")
    k = json.load(open(f, encoding="utf-8"))
    assert k[text] != kind
    k[text] = kind
    json.dump(k, open(f, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    r = subprocess.run([sys.executable, os.path.join(d, "tools", "validate.py")], capture_output=True, text=True)
    shutil.rmtree(d)
    return r


for name, m in muts.items():
    if m == "KIND":
        r = kind_mutation("每次上一个小时就够了", "none")
        fired = r.returncode != 0
        fails += not fired
        print("fired " if fired else "MISSED", name, "|", (r.stdout.splitlines() or [""])[0][:100])
        continue
    if m in WEEKDAY_MUTS:
        r = weekday_mutation(*WEEKDAY_MUTS[m])
        fired = r.returncode != 0
        fails += not fired
        print("fired " if fired else "MISSED", name, "|", (r.stdout.splitlines() or [""])[0][:100])
        continue
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
