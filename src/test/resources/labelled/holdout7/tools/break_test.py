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
 ("callee turn in steps_turns", lambda: by("road-test-01.txt")["steps_turns"].__setitem__("2", [3])),
 ("non-matching correct fact", lambda: by("smart-meter-01.txt")["correct_facts"].append("forty five minutes")),
 ("non-matching invented fact", lambda: by("installment-03.txt")["invented_facts"].append({"text": "手续费七十二", "card_value": "x"})),
 ("non-matching question", lambda: by("smart-meter-08.txt")["unanswered_questions"].append("Can I keep my old meter?")),
 ("step 7 on a six-step card", lambda: (by("road-test-02.txt")["steps_covered"].append(7), by("road-test-02.txt")["steps_turns"].__setitem__("7", [6]))),
 ("step 6 on a five-step card", lambda: (by("isp-visit-01.txt")["steps_covered"].append(6), by("isp-visit-01.txt")["steps_turns"].__setitem__("6", [12]))),
 ("wrong END number", lambda: by("road-test-08.txt").__setitem__("end_marker", {"side": "callee", "n": 2})),
 ("wrong END side", lambda: by("smart-meter-02.txt").__setitem__("end_marker", {"side": "caller", "n": 2})),
 ("tier B with an invented fact", lambda: by("road-test-05.txt")["invented_facts"].append({"text": "二十三号周三上午八点", "card_value": "x"})),
 ("tier A with closing_ok false", lambda: by("isp-visit-01.txt").__setitem__("closing_ok", False)),
 ("tier C without a serious flaw", lambda: (by("isp-visit-03.txt").__setitem__("invented_facts", []))),
 ("legit ending without condition", lambda: (by("installment-04.txt").__setitem__("legitimate_ending", True))),
 ("string both correct and invented", lambda: by("smart-meter-06.txt")["correct_facts"].append("1-877-555-0134")),
 ("wrong split", lambda: by("road-test-03.txt").__setitem__("split", "holdout6")),
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
cp = os.path.join(HERE, "..", "calls", "smart-meter.md"); bak = cp + ".bak"
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
