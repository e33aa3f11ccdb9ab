# Breaks one label (or the card copy) at a time and checks that build_labels.py reports it.
# Nothing is written: build_labels exits before writing labels.json when it finds an error.
import copy, io, os, sys, contextlib, importlib, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_src
ORIG = copy.deepcopy(labels_src.LABELS)
SRC = open(os.path.join(HERE, "build_labels.py"), encoding="utf-8").read()
def run():
    out = io.StringIO()
    g = {"__file__": os.path.join(HERE, "build_labels.py"), "__name__": "__bt__"}
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(SRC, "build_labels.py", "exec"), g)
        return 0, out.getvalue()
    except SystemExit as e:
        return e.code, out.getvalue()
def by(f): return next(L for L in labels_src.LABELS if L["file"] == f)
MUT = [
 ("callee turn in steps_turns", lambda: by("moving-01.txt")["steps_turns"].__setitem__("2", [3])),
 ("non-matching correct fact", lambda: by("storage-pastdue-01.txt")["correct_facts"].append("a hundred and fifty-nine dollars got declined")),
 ("non-matching invented fact", lambda: by("moving-06.txt")["invented_facts"].append({"text": "每小时一百八", "card_value": "x"})),
 ("non-matching question", lambda: by("moving-08.txt")["unanswered_questions"].append("钢琴磕了谁负责？")),
 ("question said by the caller", lambda: by("storage-pastdue-05.txt")["unanswered_questions"].__setitem__(0, "Totally hear you!")),
 ("step 8 on a seven-step card", lambda: (by("moving-02.txt")["steps_covered"].append(8), by("moving-02.txt")["steps_turns"].__setitem__("8", [6]))),
 ("step 7 on a six-step card", lambda: (by("storage-pastdue-02.txt")["steps_covered"].append(7), by("storage-pastdue-02.txt")["steps_turns"].__setitem__("7", [8]))),
 ("step 6 on a five-step card", lambda: (by("delivery-01.txt")["steps_covered"].append(6), by("delivery-01.txt")["steps_turns"].__setitem__("6", [10]))),
 ("wrong END number", lambda: by("moving-08.txt").__setitem__("end_marker", {"side": "callee", "n": 2})),
 ("wrong END side", lambda: by("storage-pastdue-02.txt").__setitem__("end_marker", {"side": "caller", "n": 2})),
 ("tier B with an invented fact", lambda: by("moving-04.txt")["invented_facts"].append({"text": "预计1680元", "card_value": "x"})),
 ("tier B with two unanswered questions", lambda: by("storage-pastdue-05.txt")["unanswered_questions"].append("Who's this? Which storage?")),
 ("tier A with closing_ok false", lambda: by("isp-visit-01.txt").__setitem__("closing_ok", False)),
 ("tier C without a serious flaw", lambda: by("delivery-04.txt").__setitem__("invented_facts", [])),
 ("legit ending without condition", lambda: by("storage-pastdue-07.txt").__setitem__("legitimate_ending", True)),
 ("string both correct and invented", lambda: by("storage-pastdue-06.txt")["correct_facts"].append("$174")),
 ("wrong split", lambda: by("delivery-02.txt").__setitem__("split", "holdout8")),
]
fails = 0
for name, m in MUT:
    labels_src.LABELS[:] = copy.deepcopy(ORIG); m()
    code, out = run()
    ok = code == 1 and out.strip()
    fails += not ok
    print(("FIRED " if ok else "MISSED"), name, "->", out.strip().splitlines()[0] if out.strip() else "")
labels_src.LABELS[:] = copy.deepcopy(ORIG)
# card copy differs
cp = os.path.join(HERE, "..", "calls", "storage-pastdue.md"); bak = cp + ".bak"
shutil.copy(cp, bak)
try:
    with open(cp, "a", encoding="utf-8") as fh: fh.write("\n")
    code, out = run(); ok = code == 1 and "card copy" in out; fails += not ok
    print(("FIRED " if ok else "MISSED"), "card copy differs ->", out.strip().splitlines()[0] if out.strip() else "")
finally:
    shutil.move(bak, cp)
code, out = run()
print("restored:", out.splitlines()[0])
sys.exit(1 if fails else 0)
