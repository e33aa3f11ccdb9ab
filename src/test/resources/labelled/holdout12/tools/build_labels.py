import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from labels_src import LABELS
from parse import parse
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CALLS = os.path.join(BASE, "calls")
errs = []
NEWCARDS = {"wedding-photo.md", "rental-damage.md"}
NOLIST = {"renewal.md", "delivery.md"}  # existing cards without a not-allowed list
EXPECTED_STEPS = {"wedding-photo.md": 6, "rental-damage.md": 6, "renewal.md": 6, "delivery.md": 5}
STEP_RE = re.compile(r"^(?:\d+\.\s|\d+\)\s|\(\d+\)\s|[一二三四五六七八九十]+、|\d+、|第[一二三四五六七八九十]+步|第\d+步|（[一二三四五六七八九十]+）|（\d+）|Step \d+\b|\*\*Step \d+\b|Step (?:one|two|three|four|five|six|seven|eight)\b)", re.M)
def caller_part(text):
    for cut in ["## 电话接听方", "# 电话接听方", "## 接听方", "## 被叫方", "# Callee", "## Callee", "结束条件", "何时结束", "End conditions", "When the call can end", "Ending the call", "When to end the call", "可以结束通话的情况", "## 二、接听方", "## CALLEE", "## PART B", "结束时机", "Ending the call", "什么时候可以结束", "## 【接听方】", "## The Callee"]:
        text = text.split(cut)[0]
    return text
NSTEPS = {}
def err(f, m): errs.append(f"{f}: {m}")
files = sorted(f for f in os.listdir(CALLS) if f.endswith(".txt"))
seen = set()
for L in LABELS:
    f = L["file"]; p = os.path.join(CALLS, f)
    if f in seen: err(f, "duplicate")
    seen.add(f)
    if not os.path.exists(p): err(f, "missing file"); continue
    raw = open(p, encoding="utf-8").read()
    first = raw.splitlines()[0]
    if first != f"# card: {L['card']}": err(f, f"first line {first!r}")
    comments = [l for l in raw.splitlines() if l.startswith("#")]
    if len(comments) != 1: err(f, "extra comment lines")
    utts = parse(p)
    spk = {s for s, _ in utts}
    if spk != set(L["speakers"]): err(f, f"speakers {spk} vs {set(L['speakers'])}")
    role = L["speakers"]
    if role[utts[0][0]] != "caller": err(f, "first speaker not caller")
    body = "\n".join(t for _, t in utts)
    caller_text = "\n".join(t for s, t in utts if role[s] == "caller")
    callee_text = "\n".join(t for s, t in utts if role[s] == "callee")
    if sorted(L["steps_covered"]) != L["steps_covered"]: err(f, "steps_covered not sorted")
    for k, v in L["steps_turns"].items():
        if int(k) not in L["steps_covered"]: err(f, f"steps_turns {k} not covered")
        for i in v:
            if i >= len(utts) or role[utts[i][0]] != "caller": err(f, f"step {k} turn {i} not a caller turn")
    for k in L["steps_covered"]:
        if str(k) not in L["steps_turns"]: err(f, f"step {k} has no turns")
    for x in L["invented_facts"]:
        if x["text"] not in caller_text: err(f, f"invented {x['text']!r} not in caller text")
    for x in L["correct_facts"] + L["forbidden_promises"]:
        if x not in caller_text: err(f, f"{x!r} not in caller text")
    for x in L["unanswered_questions"]:
        if x not in callee_text: err(f, f"question {x!r} not in callee text")
    # end marker
    last = utts[-1]
    m = re.search(r"\[END:(\d+)\]\s*$", last[1])
    mk = L["end_marker"]
    if m:
        if not mk or mk["side"] != role[last[0]] or mk["n"] != int(m.group(1)): err(f, f"end marker {m.group(0)} by {role[last[0]]} vs {mk}")
    elif mk: err(f, "label has marker, file none")
    if L["legitimate_ending"] and L["end_condition"] is None: err(f, "legit but no condition")
    if (L["end_condition"] is None) != (L["end_side"] is None): err(f, "cond/side mismatch")
    if L["tier"] == "A" and (L["invented_facts"] or L["forbidden_promises"] or L["unanswered_questions"] or not L["opening_ok"] or not L["closing_ok"] or not L["legitimate_ending"]):
        err(f, "tier A with a flaw field")
    if f.rsplit("-", 1)[0] + ".md" != L["card"]: err(f, "card/name")
    if L["split"] != "holdout12": err(f, "split")
    if not 6 <= len(utts) <= 16: err(f, f"{len(utts)} utterances")
    # holdout8/9: one unanswered minor question is allowed in B (the brief lists it as a minor flaw); B still has no invented fact or forbidden promise
    if L["tier"] == "B" and (L["invented_facts"] or L["forbidden_promises"] or not L["legitimate_ending"]): err(f, "tier B with a serious flaw field")
    if L["tier"] == "B" and len(L["unanswered_questions"]) > 1: err(f, "tier B with more than one unanswered question")
    if L["card"] in NOLIST and L["forbidden_promises"]: err(f, "forbidden promise on a card without a not-allowed list")
    if L["legitimate_ending"] is False and L["closing_ok"]: err(f, "illegitimate ending with closing_ok true")
    if L["tier"] == "C" and not (L["invented_facts"] or L["forbidden_promises"] or not L["legitimate_ending"]): err(f, "tier C without a serious flaw field")
    cardp = os.path.join(BASE, "cards", L["card"]) if L["card"] in NEWCARDS else os.path.join("/work/main/prompts/cards", L["card"])
    cp = os.path.join(CALLS, L["card"])
    if not os.path.exists(cp) or (os.path.exists(cardp) and open(cp, encoding="utf-8").read() != open(cardp, encoding="utf-8").read()): err(f, "card copy in calls/ missing or different")
    if not os.path.exists(cardp): err(f, "card file missing")
    else:
        nsteps = len(STEP_RE.findall(caller_part(open(cardp, encoding="utf-8").read())))
        NSTEPS[L["card"]] = nsteps
        if nsteps != EXPECTED_STEPS[L["card"]]: err(f, f"card step count {nsteps} != {EXPECTED_STEPS[L['card']]}")
        if any(k > nsteps for k in L["steps_covered"]): err(f, f"step beyond card's {nsteps}")
    if L["end_side"] and L["end_condition"]:
        pass
    for x in L["correct_facts"]:
        for y in L["invented_facts"]:
            if x == y["text"]: err(f, f"{x!r} both correct and invented")
for f in files:
    if f not in seen: err(f, "file without label")
AUTO = ("paraphrase", "numerals_in_words", "filler_words", "date_variant")
NUM = re.compile(r"[零一二两三四五六七八九十百千万]{2,}|[一二两三四五六七八九十半][点天块号个件层]|明儿|后天|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|seventeen|eighteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|dozen|first|second|seventh|fifteenth|twentieth|twenty-third|thirty-first|twenty-eighth|forty|oh|seventy-two|forty-two|forty-five|ninety-six|thirty-two|eighty-one|twenty-seventh|nineteenth|thirty-first|sixty|seventy|four|six|twelfth|tenth|ninth|sixteenth|twenty-third|thirteen|eleven-eighty|sixty-three|thirty-five|thirty-four)\b", re.I)
FILL = re.compile(r"嗯|好嘞好嘞|呃|Hiii|\bYay\b|呃|那个[，,]|然后呢|好的好的|好嘞|没事没事|哈[，。！]|哈$|～|嗯嗯|哎|哦哦|\bum\b|\buh\b|\bso,|you know,|Absolutely|Great question|Sure thing|Totally|Honestly|oh gosh|Awesome|my bad|\bCool\b|\bYep\b|I know, right|Haha|Love it|Super manageable|好嘞|不好意思不好意思|哎呀", re.I | re.M)
for L in LABELS:
    utts = parse(os.path.join(CALLS, L["file"]))
    ct = "\n".join(t for s, t in utts if L["speakers"][s] == "caller")
    tags = [t for t in L["style"] if t not in AUTO]
    facts = L["correct_facts"] + [x["text"] for x in L["invented_facts"]]
    if any(NUM.search(f) for f in facts): tags.append("numerals_in_words")
    if FILL.search(ct): tags.append("filler_words")
    DV = {"wedding-photo.md": r"\d+/\d+|下周六|这周六|本周六|十八号|十一号|十七号|周五|礼拜",
          "rental-damage.md": r"\d+/\d+|last Friday|this Friday|a week from this Friday|the ninth|the tenth|the second|twelfth|twenty-third|the 23rd|November 12th|the sixteenth|Saturday morning",
          "renewal.md": r"一月一号|明年",
          "delivery.md": r"这周六|这周日|周六|周日"}
    if re.search(DV[L["card"]], ct): tags.append("date_variant")
    L["style"] = tags
out = [{k: v for k, v in L.items()} for L in LABELS]
if errs:
    print("\n".join(errs)); sys.exit(1)
with open(os.path.join(BASE, "labels.json"), "w", encoding="utf-8") as fh:
    fh.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n]\n")
c = collections.Counter((L["card"], L["tier"], L["split"]) for L in LABELS)
print("ok", len(LABELS))
for card in ["wedding-photo.md","rental-damage.md","renewal.md","delivery.md"]:
    print(card, {t: c[(card,t,'holdout12')] for t in "ABC"}, "steps", NSTEPS.get(card))
print(collections.Counter(L["split"] for L in LABELS), collections.Counter(L["tier"] for L in LABELS))
print(collections.Counter((L["split"], L["tier"]) for L in LABELS))
