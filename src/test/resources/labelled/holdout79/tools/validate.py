#!/usr/bin/env python3
"""Validator for holdout79 (holdout78's, re-pointed: new cards xunquan/retaining-wall, bundled installment/isp-visit, split holdout79; two step-heading patterns, two step-marker patterns, one step-heading exception in the section split, one end-heading keyword and two end-item patterns added for the new cards' formats, as holdout78 did for its own) (stdlib only). Usage: python3 tools/validate.py [labels.json]. Exit 0 and 'ok N' when clean."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CALLS = os.path.join(ROOT, "calls")
MAIN_CARDS = "/work/main/prompts/cards"
NEW_CARDS = {"xunquan.md": 6, "retaining-wall.md": 6}
OLD_CARDS = {"installment.md": 5, "isp-visit.md": 5}
RED_LINES = set(NEW_CARDS)  # cards with a not-allowed list
KEYS = ["file", "card", "tier", "split", "speakers", "steps_covered", "steps_turns", "invented_facts", "correct_facts",
        "forbidden_promises", "opening_ok", "closing_ok", "legitimate_ending", "end_condition", "end_side", "end_marker",
        "unanswered_questions", "style", "notes"]
TURN = re.compile(r"^([^：:\n]{1,30}?)(?:：|: )(.*)$")
END = re.compile(r"\[END:(\d+)\]\s*$")
NOT_NUM = re.compile(r"一起|一下|一点|一样|一直|一定|万一")  # Chinese words with 一 that are not numbers
NUMWORD = (r"[零一二两三四五六七八九十百千万]|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
           r"sixty|seventy|eighty|ninety|hundred|thousand)\b")


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    m = re.match(r"^# card: (\S+\.md)$", lines[0])
    card = m.group(1) if m else None
    turns = []
    for i, ln in enumerate(lines[1:], 1):
        t = TURN.match(ln)
        if not t:
            raise ValueError(f"{os.path.basename(path)}:{i + 1}: not a turn: {ln[:40]!r}")
        turns.append((t.group(1).strip(), t.group(2)))
    return card, turns


def end_counts(path):
    """Numbered lines under the end-condition headings: first such heading = caller list, second = callee list."""
    txt = open(path, encoding="utf-8").read()
    out = []
    for m in re.finditer(r"^#+ .*(结束条件|挂电话|何时收线|什么时候挂电话|结束通话|[Ee]nd conditions|[Ee]nds? the call|[Hh]angs? up|[Ww]raps? up).*$", txt, re.M):
        sect = re.split(r"^#", txt[m.end():], flags=re.M)[0]
        out.append(len(re.findall(r"^(?:\d+[.)、）]|\(\d+\) |[\u2460-\u2469] |\d+: |[一二三四五六七八九十]、|\d+ - )", sect, re.M)))
    return {"caller": out[0] if out else 0, "callee": out[1] if len(out) > 1 else 0}


CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
CNW = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
ENW = {d: i for i, d in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}
ORD = {w: i + 1 for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                                       "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}


def cnum(x):
    if x.isdigit():
        return int(x)
    if len(x) == 1:
        return CN[x]
    if x[0] == "十":
        return 10 + CN[x[1]]
    return CN[x[0]] * 10 + (CN[x[2]] if len(x) > 2 else 0)


def weekday_errors(text, year=2027):
    """Every date written with its weekday (Chinese 7月17号周六 / 7/17（六） / 十月四号周一, English Tuesday, March 16 / Tue Mar 16 /
    Thursday, March eighteenth) must fall on that weekday in `year`. Returns (number checked, errors)."""
    import datetime
    out, n = [], 0
    pats = [(r"([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})[号日][，,]?\s*(?:周|星期)([一二三四五六日天])", "cn"),
            (r"([0-9]{1,2})/([0-9]{1,2})\s*[（(]([一二三四五六日])[）)]", "cn"),
            (r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+([0-9]{1,2}|[a-z]+)", "en")]
    for pat, kind in pats:
        for m in re.finditer(pat, text):
            try:
                if kind == "cn":
                    mo, d, w = cnum(m.group(1)), cnum(m.group(2)), CNW[m.group(3)]
                else:
                    mo, w = MONTHS[m.group(2).lower()[:3]], ENW[m.group(1).lower()[:3]]
                    d = int(m.group(3)) if m.group(3).isdigit() else ORD.get(m.group(3).lower())
                    if d is None:
                        continue
            except (KeyError, IndexError):
                continue
            n += 1
            if datetime.date(year, mo, d).weekday() != w:
                out.append(f"{m.group(0)!r} is not that weekday in {year}")
    return n, out


def main():
    errs = []
    labels = json.load(open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "labels.json"), encoding="utf-8"))
    # card copies
    for c in NEW_CARDS:
        if open(os.path.join(ROOT, "cards", c), "rb").read() != open(os.path.join(CALLS, c), "rb").read():
            errs.append(f"calls/{c} differs from cards/{c}")
    for c in OLD_CARDS:
        if open(os.path.join(MAIN_CARDS, c), "rb").read() != open(os.path.join(CALLS, c), "rb").read():
            errs.append(f"calls/{c} differs from {MAIN_CARDS}/{c}")
    for c, n in {**NEW_CARDS, **OLD_CARDS}.items():
        txt = open(os.path.join(CALLS, c), encoding="utf-8").read()
        m = re.search(r"分步流程[和与]话术.*$|通话步骤与参考话术.*$|^#+ 通话步骤.*$|^## Script.*$|^## Call flow.*$|^## Call steps.*$|^## 通话流程与话术.*$|^#+ Call plan.*$|^## How the call goes.*$|^## 通话流程及话术.*$|^## The call, step by step.*$|^## 沟通步骤与参考说法.*$|^## Talk track.*$|^### 通话流程（六步）.*$|^## Conversation steps.*$|^## 六步通话脚本.*$|^### Call script.*$|^## 通话流程$|^## Call script walkthrough.*$|^## Phone script$|^### 分步话术：.*$|^## Call outline$|^## 话术步骤（.*$|^### The script, step by step$|^## Walking through the call, step by step$|^### 话术流程$|^### The call in six steps$|^## 六步话术$|^## Running order$|^## 电话怎么打：步骤和说法$|^### Script, in six beats$", txt, re.M)
        sect = re.split(r"^#(?!## 第[一二三四五六七八九十]步 · |### Step \d+ — |## \d+ / )", txt[m.end():], flags=re.M)[0] if m else ""  # up to the next heading of any level, except level-3 step headings "### 第一步 · …" / "### 1 / …" and level-4 step headings "#### Step 1 — …"
        EW = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())}
        nums = [int(a or b or c or d or g or s or k or p or t or br or so or ph or sp or hy or eb or eb2 or bz3 or bp or bq or md or hs4 or sl3 or bd) if (a or b or c or d or g or s or k or p or t or br or so or ph or sp or hy or eb or eb2 or bz3 or bp or bq or md or hs4 or sl3 or bd) else
                (ord(ci) - 0x2460 + 1 if ci else (CN[zw or cz or cp or bz or db or hs or zb or zb2] if (zw or cz or cp or bz or db or hs or zb or zb2) else EW[ew or ew2]))
                for a, b, c, d, g, ci, s, k, p, t, zw, ew, cz, br, cp, so, bz, ph, db, sp, hs, hy, zb, eb, zb2, eb2, bz3, ew2, bp, bq, md, hs4, sl3, bd in re.findall(r"^(?:（(\d+)）|(?:\*\*)?第(\d+)步|\*\*Step (\d+):\*\*|(\d+)[.)、）] ?|(\d+)(?:｜| — )|([\u2460-\u2469]) |Stage (\d+) · |【(\d+)】|\((\d+)\) |Step (\d+): |\*\*第([一二三四五六七八九十])步|Step (one|two|three|four|five|six|seven|eight|nine|ten) — |([一二三四五六七八九十])、|\[(\d+)\] |（([一二三四五六七八九十])）|Step (\d+) of \d+ — |步骤([一二三四五六七八九十])：|Phase (\d+): |第([一二三四五六七八九十])步：|STEP (\d+) – |### 第([一二三四五六七八九十])步 · |Step (\d+) - |\*\*([一二三四五六七八九十])、|\*\*Step (\d+) — |\*\*步骤([一二三四五六七八九十])\*\* |\*\*Step (\d+) ·\*\* |步骤(\d+)）|\*\*Step (one|two|three|four|five|six|seven|eight|nine|ten):\*\* |\*\*(\d+)）|\*\*\((\d+)\) |(\d+) · |#### Step (\d+) — |### (\d+) / |\*\*(\d+)\. )", sect, re.M)]
        steps = len(nums)
        if nums != list(range(1, steps + 1)):
            errs.append(f"{c}: step numbers {nums} not 1..n")
        if steps != n:
            errs.append(f"{c}: {steps} script steps, expected {n}")
    txts = sorted(f for f in os.listdir(CALLS) if f.endswith(".txt"))
    if sorted(o["file"] for o in labels) != txts:
        errs.append("labelled files != call files")
    for o in labels:
        f = o["file"]
        e = lambda msg: errs.append(f"{f}: {msg}")
        if list(o.keys()) != KEYS:
            e(f"keys {list(o.keys())}")
        try:
            card, turns = parse(os.path.join(CALLS, f))
        except Exception as x:  # noqa
            e(str(x)); continue
        if card != o["card"]:
            e(f"card line {card} != label {o['card']}")
        if not f.startswith(o["card"][:-3] + "-"):
            e("file name does not match card")
        if not os.path.exists(os.path.join(CALLS, o["card"])):
            e("card copy missing next to call")
        if o["split"] != "holdout79":
            e("split")
        nsteps = {**NEW_CARDS, **OLD_CARDS}[o["card"]]
        names = {n for n, _ in turns}
        if names != set(o["speakers"]):
            e(f"speakers {sorted(names)} != {sorted(o['speakers'])}")
        if sorted(set(o["speakers"].values())) != ["callee", "caller"]:
            e("speaker roles")
        role = [o["speakers"].get(n) for n, _ in turns]
        if not 5 <= len(turns) <= 25:
            e(f"{len(turns)} utterances, not 5-25")
        if role[0] != "caller":
            e("first turn not by caller")
        if any(a == b for a, b in zip(role, role[1:])):
            e("turns do not alternate")
        ctext = [t for (n, t), r in zip(turns, role) if r == "caller"]
        etext = [t for (n, t), r in zip(turns, role) if r == "callee"]
        # steps
        if o["steps_covered"] != sorted(int(k) for k in o["steps_turns"]):
            e("steps_covered != steps_turns keys")
        for k, idx in o["steps_turns"].items():
            if not 1 <= int(k) <= nsteps:
                e(f"step {k} out of 1..{nsteps}")
            if not idx:
                e(f"step {k} has no turns")
            for i in idx:
                if not 0 <= i < len(turns):
                    e(f"step {k} turn {i} out of range ({len(turns)} turns)")
                elif role[i] != "caller":
                    e(f"step {k} turn {i} is not a caller turn")
        # quoted substrings
        for x in o["invented_facts"]:
            if not (isinstance(x, dict) and list(x) == ["text"] and isinstance(x["text"], str) and x["text"]):
                e(f"invented_facts entry not {{'text': str}}: {x!r}")
        inv = [x["text"] for x in o["invented_facts"] if isinstance(x, dict) and "text" in x]
        for fld, vals in (("correct_facts", o["correct_facts"]), ("invented_facts", inv), ("forbidden_promises", o["forbidden_promises"])):
            for s in vals:
                if not isinstance(s, str) or not s:
                    e(f"{fld}: not a non-empty string: {s!r}"); continue
                if not any(s in t for t in ctext):
                    e(f"{fld}: not in a caller turn: {s!r}")
        for s in o["unanswered_questions"]:
            if not any(s in t for t in etext):
                e(f"unanswered: not in a callee turn: {s!r}")
        both = set(o["correct_facts"]) & (set(inv) | set(o["forbidden_promises"]))
        for a in o["correct_facts"]:
            for b in inv + o["forbidden_promises"]:
                if a != b and (a in b or b in a):
                    e(f"correct fact overlaps a wrong one: {a!r} / {b!r}")
        if both:
            e(f"both correct and wrong: {both}")
        if o["forbidden_promises"] and o["card"] not in RED_LINES:
            e("forbidden promise on a card without a not-allowed list")
        # end marker
        m = END.search(turns[-1][1])
        mk = o["end_marker"]
        if (m is None) != (mk is None):
            e("end marker presence")
        if m and mk:
            if int(m.group(1)) != mk["n"]:
                e(f"END:{m.group(1)} != label n {mk['n']}")
            if role[-1] != mk["side"]:
                e(f"END side {role[-1]} != label {mk['side']}")
        if sum(bool(END.search(t)) for _, t in turns) > 1 or any("[END" in t for _, t in turns[:-1]):
            e("END marker before the last turn")
        # endings
        if o["legitimate_ending"]:
            if o["end_condition"] is None or o["end_side"] not in ("caller", "callee"):
                e("legitimate ending without condition/side")
            if mk and (mk["side"], mk["n"]) != (o["end_side"], o["end_condition"]):
                e("legitimate ending whose marker differs from the condition")
            elif o["end_side"] in ("caller", "callee") and not 1 <= (o["end_condition"] or 0) <= end_counts(os.path.join(CALLS, o["card"]))[o["end_side"]]:
                e(f"end condition {o['end_condition']} is not on the card's {o['end_side']} list")
        else:
            if o["closing_ok"]:
                e("illegitimate ending with closing_ok true")
        # tiers
        wrong = o["invented_facts"] or o["forbidden_promises"]
        t = o["tier"]
        if t == "A":
            if wrong or o["unanswered_questions"] or not (o["opening_ok"] and o["closing_ok"] and o["legitimate_ending"]):
                e("tier A with a flaw")
            if len(o["steps_covered"]) != nsteps:
                e("tier A without all steps")
        elif t == "B":
            if wrong or not o["legitimate_ending"]:
                e("tier B with a wrong fact / red line / bad ending")
            if len(o["unanswered_questions"]) > 1:
                e("tier B with more than one unanswered question")
            if len(o["steps_covered"]) == nsteps and not o["unanswered_questions"] and o["closing_ok"] and o["opening_ok"]:
                e("tier B with nothing marked down")
        elif t == "C":
            if not (wrong or not o["legitimate_ending"]):
                e("tier C without a serious flaw")
        else:
            e("tier")
        if not o["notes"]:
            e("no notes")
    # kinds of invented facts: digits / number words / no number (kinds come from tools/invented_kinds.json, written by labels_src.py)
    allinv = [x["text"] for o in labels for x in o["invented_facts"] if isinstance(x, dict) and "text" in x]
    kinds = json.load(open(os.path.join(HERE, "invented_kinds.json"), encoding="utf-8"))
    cnt = {"digits": 0, "words": 0, "none": 0}
    for t in allinv:
        k = kinds.get(t)
        if k not in cnt:
            errs.append(f"invented fact without a kind: {t!r}"); continue
        cnt[k] += 1
        has_digit = bool(re.search(r"[0-9０-９]", t))
        if (k == "digits") != has_digit:
            errs.append(f"kind {k} but digits={has_digit}: {t!r}")
        if k == "none" and re.search(NUMWORD, NOT_NUM.sub("", t), re.I):
            errs.append(f"kind none but a number word: {t!r}")
        if k == "words" and not re.search(NUMWORD, t, re.I):
            errs.append(f"kind words but no number word: {t!r}")
    nodig = [t for t in allinv if not re.search(r"[0-9０-９]", t)]
    numeric = cnt["digits"] + cnt["words"]
    if allinv and not (0.35 <= numeric / len(allinv) <= 0.65):
        errs.append(f"numeric invented facts {numeric}/{len(allinv)}: not roughly half")
    if min(cnt.values()) < 5:
        errs.append(f"too few of one kind: {cnt}")
    # weekdays in the new cards and in every call
    nweek = 0
    for f in sorted(os.listdir(CALLS)):
        if f.endswith(".txt") or f in NEW_CARDS:
            k, bad = weekday_errors(open(os.path.join(CALLS, f), encoding="utf-8").read())
            nweek += k
            errs.extend(f"{f}: weekday: {b}" for b in bad)
    if nweek < 20:
        errs.append(f"only {nweek} dated weekdays found")
    for x in errs:
        print("ERR", x)
    if errs:
        sys.exit(1)
    print("ok", len(labels), f"(weekday-dated dates checked: {nweek}; invented facts: {len(allinv)}: with digits {cnt['digits']}, number words {cnt['words']}, no number {cnt['none']}; digit-free {len(nodig)})")


if __name__ == "__main__":
    main()
