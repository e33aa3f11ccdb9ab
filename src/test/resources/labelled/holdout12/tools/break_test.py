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
 ("callee turn in steps_turns", lambda: by("wedding-photo-01.txt")["steps_turns"].__setitem__("2", [3])),
 ("non-matching correct fact", lambda: by("rental-damage-01.txt")["correct_facts"].append("a ninety dollar admin fee")),
 ("non-matching invented fact", lambda: by("wedding-photo-06.txt")["invented_facts"].append({"text": "精修是五十张", "card_value": "x"})),
 ("non-matching question", lambda: by("wedding-photo-08.txt")["unanswered_questions"].append("几点到店？")),
 ("question said by the caller", lambda: by("rental-damage-05.txt")["unanswered_questions"].__setitem__(0, "let me double-check that with the lot and get back to you")),
 ("step 7 on the six-step Chinese card", lambda: (by("wedding-photo-02.txt")["steps_covered"].append(7), by("wedding-photo-02.txt")["steps_turns"].__setitem__("7", [6]))),
 ("step 7 on the six-step English card", lambda: (by("rental-damage-02.txt")["steps_covered"].append(7), by("rental-damage-02.txt")["steps_turns"].__setitem__("7", [6]))),
 ("step 6 on the five-step card", lambda: (by("delivery-01.txt")["steps_covered"].append(6), by("delivery-01.txt")["steps_turns"].__setitem__("6", [10]))),
 ("wrong END number", lambda: by("wedding-photo-08.txt").__setitem__("end_marker", {"side": "callee", "n": 2})),
 ("wrong END side", lambda: by("rental-damage-02.txt").__setitem__("end_marker", {"side": "caller", "n": 2})),
 ("tier B with an invented fact", lambda: by("wedding-photo-04.txt")["invented_facts"].append({"text": "6999元", "card_value": "x"})),
 ("tier B with two unanswered questions", lambda: by("rental-damage-05.txt")["unanswered_questions"].append("Who? What car?")),
 ("tier A with closing_ok false", lambda: by("renewal-01.txt").__setitem__("closing_ok", False)),
 ("tier C without a serious flaw", lambda: by("delivery-03.txt").__setitem__("invented_facts", [])),
 ("legit ending without condition", lambda: by("wedding-photo-07.txt").__setitem__("legitimate_ending", True)),
 ("string both correct and invented", lambda: by("rental-damage-06.txt")["correct_facts"].append("(619) 555-0178")),
 ("wrong split", lambda: by("renewal-02.txt").__setitem__("split", "holdout11")),
 ("forbidden promise on a card without a not-allowed list", lambda: by("renewal-04.txt")["forbidden_promises"].append("我先帮您把年度续费提交了")),
 ("illegitimate ending with closing_ok true", lambda: by("wedding-photo-07.txt").__setitem__("closing_ok", True)),
 ("first line names the wrong card", lambda: by("rental-damage-03.txt").__setitem__("card", "wedding-photo.md")),
]
fails = 0
for name, m in MUT:
    labels_src.LABELS[:] = copy.deepcopy(ORIG); m()
    code, out = run()
    ok = code == 1 and out.strip()
    fails += not ok
    print(("FIRED " if ok else "MISSED"), name, "->", out.strip().splitlines()[0] if out.strip() else "")
labels_src.LABELS[:] = copy.deepcopy(ORIG)
# card copy differs (a new card and an existing card)
for name in ["rental-damage.md", "delivery.md"]:
    cp = os.path.join(HERE, "..", "calls", name); bak = cp + ".bak"
    shutil.copy(cp, bak)
    try:
        with open(cp, "a", encoding="utf-8") as fh: fh.write("\n")
        code, out = run(); ok = code == 1 and "card copy" in out; fails += not ok
        print(("FIRED " if ok else "MISSED"), "card copy differs:", name, "->", out.strip().splitlines()[0] if out.strip() else "")
    finally:
        shutil.move(bak, cp)
code, out = run()
print("restored:", out.splitlines()[0])
sys.exit(1 if fails else 0)
