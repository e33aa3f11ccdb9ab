#!/usr/bin/env python3
"""Reader-style checks of offline calls (issue 12). Independent of the engine's own code.

Usage:
  bench/offline_check.py CARD.md=CALLS.jsonl ...            figures per card
  bench/offline_check.py --sample N CARD.md=CALLS.jsonl     print N labelled items per check to hand-verify
  bench/offline_check.py --export CARD.md=CALLS.jsonl       also run `rolecall export` (near-duplicate drop)

Required steps per card (the call's purpose, labelled by hand) are read from bench/required_steps.json.
Figures:
  bad_endings   share of calls whose ending a reader rejects: not ended by a card condition, ended on the
                callee's own open question, closed right after an unanswered question, or an end condition
                the transcript contradicts (success without an explicit yes or without the purpose said,
                "in writing" never asked for, a refusal nobody made)
  rep_answers   share of callee questions the next caller turn answers (the matching Q&A entry's words, a
                script line on the topic, or "I'll check and get back to you"); an unrelated line is a miss
  chk           share of callee questions the next caller turn meets with "I'll check and get back to you" (counted
                as answered in rep_answers; on a card whose Q&A or script has the answer, each is a miss)
  cust_answers  share of the rep's direct questions the next callee turn answers (not a counter-question,
                nudge or bare back-channel; picks one of the offered options when there are options)
  rep_meta      share of caller turns with template text: a [slot] / {slot} left in or filled with nothing, or words
                the reply cleaner cut as a stage direction
  meta          share of callee turns that read card description text aloud (a 10-character run of the
                callee's card prose outside quotes, 6 words in English, or persona words)
  success_steps share of success endings with every hand-labelled purpose step said
  distinct      distinct callee utterances / callee turns
  shapes        distinct call shapes (per-turn act sequence) per 100 calls
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

END = re.compile(r"\s*\[END:\d*\]\s*")
SENT = re.compile(r"(?<=[。！？!?；;])|(?<=\.)\s+")
ZH_Q = re.compile(r"[？?]|吗|多少|能否|能不能|可不可以|是否|怎么|什么|哪|要不要|有没有|是不是|会不会|收不收")
REQ = re.compile(r"请您?确认|麻烦您?核实|核实下|您选|您看哪|please (confirm|choose)", re.I)
CHECK_BACK = re.compile(r"核实后再?回复|核实一下|get back to you", re.I)
NUDGE = re.compile(r"没回答|不是这个|先回答|还没说|didn'?t answer|not what i asked|skipped my question", re.I)
# a listening turn: a lead word, then at most a couple of "got it / go on" words ("嗯，明白了，你接着说。", "Alright, makes sense. Go on.")
BACKCH = re.compile(r"^(嗯+|哦+|噢|好的?|行|对|OK|Right|Alright|Sure|Fine|Yeah|I see|Got it|Mm-hm)[，,。.!！ ]*"
                    r"((知道了|明白了?|听明白了|了解|清楚了|我知道了|这个我清楚|got it|understood|makes sense|noted|fair enough|that's clear)[，,。.!！ ]*)?"
                    r"(你说|你接着说|你继续|继续|往下说|接着讲|说下一个|知道了|go on|keep going|carry on|continue|next)?[。.!！]*$", re.I)
AGREE = re.compile(r"就这么办|就这么定|这样定了|就按|按这个办|定了|同意|没问题，就|放心了|约好|let'?s do|go ahead|deal\b|sounds good|i agree|book it|we'?ll renew|that works", re.I)
WRITING = re.compile(r"回头再|再聊|发我|发给我|发过来|发来|发所有|留言|邮箱|短信|微信|回头看|再定|商量|内部|改天|再打|email|text me|in writing|think it over|check internally|send", re.I)
REFUSE = re.compile(r"挂了|先挂|不聊了|算了|别再打|不办了|不需要了|取消|投诉|没时间|have to go|goodbye|forget it|not interested|we'?re done|won'?t renew", re.I)
URGENT = re.compile(r"不对劲|马上去|马上过去|去诊所|来医院|come in", re.I)
NOCOMMIT = re.compile(r"保证不了|说不清|无法|can'?t commit|can'?t even|算了|forget it", re.I)
META = re.compile(r"不轻易表露|表露|内心|隐性|倾向|画像|人设|性格|若遇|有点疲劳|这个你们能保证吗|won'?t say|unless pushed|persona|What about this:", re.I)
OPTIONS = re.compile(r"(?:下周|这周)?周[一二三四五六日天]|星期.|上午|下午|晚上|年度|季度|月度|微信|邮箱|短信|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|monthly|annual|yearly|email|card|bank transfer)\b", re.I)
QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」")


def zh(t):
    return re.search(r"[\u4e00-\u9fa5]", t) is not None


def sentences(t):
    return [s.strip() for s in SENT.split(END.sub(" ", t)) if s.strip()]


def is_q(s):
    if zh(s):
        return (s.endswith("？") or s.endswith("?") or (ZH_Q.search(s) and not s.endswith("。"))) or bool(REQ.search(s))
    return s.endswith("?") or bool(REQ.search(s))


STOP3 = {"the", "and", "you", "are", "for", "can", "how", "what", "who", "why", "was", "has", "had", "did", "not", "but", "our",
         "any", "its", "get", "got", "let", "way", "too", "all", "his", "her", "him", "she", "one", "may", "yes", "way", "now", "out"}


def bigrams(t):
    t = re.sub(r"[^\u4e00-\u9fa5A-Za-z0-9]", " ", t.lower())
    if zh(t):
        return {t[i:i + 2] for i in range(len(t) - 1) if " " not in t[i:i + 2]}
    # 3-letter content words count ("How do I pay?" had no content word and could never be judged answered)
    w = [x[:5] for x in t.split() if len(x) > 3 or len(x) == 3 and x not in STOP3]
    return set(w)


def jacc(a, b):
    return len(a & b) / max(1, len(a | b))


# ------------------------------------------------------------------ card reading (minimal, independent)
def read_card(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    callee_at = next(i for i, l in enumerate(lines) if re.match(r"^#{1,3}\s*(电话接听方|接听方|被叫方|Callee)", l.strip()))
    caller, callee = lines[:callee_at], lines[callee_at:]
    steps, qa, cur = [], [], None
    closings, in_closing = [], False
    sec = ""
    for l in caller:
        h = re.match(r"^#{1,4}\s*(.+)", l)
        if h:
            sec = h.group(1)
            in_closing = bool(re.search(r"结束语|收尾|Closing", sec)) and not re.search(r"结束条件", sec)
            continue
        if re.search(r"结束语|收尾|Closing", l) and not QUOTE.search(l):
            in_closing = True
            continue
        if in_closing:
            closings += ["".join(q) for q in re.findall(r"“([^”]+)”|\"([^\"]+)\"|「([^」]+)」|『([^』]+)』", l)]
        if re.search(r"分步|流程|步骤|Script|Call flow|^Steps", sec):
            if re.match(r"^\s*(\d+[.、)]|（\d+）|第.{1,2}步|步骤\d|Step \d)", l):
                cur = []
                steps.append(cur)
            elif cur is not None:
                for q in re.findall(r"“([^”]+)”|\"([^\"]+)\"|「([^」]+)」|『([^』]+)』", l):
                    cur.append("".join(q))
        if re.search(r"问答|常见问题|常问|Q&A|questions and answers", sec, re.I):
            m = re.match(r"^\s*-\s*(?:客户问|客户|问|Q)[:：]\s*(.+)", l)
            a = re.match(r"^\s*-\s*(?:回答|答复|答|A)[:：]\s*(.+)", l)
            if m:
                qa.append([m.group(1), ""])
            elif a and qa:
                qa[-1][1] = a.group(1)
    # callee prose outside quotes (what must not be read aloud)
    prose = QUOTE.sub(" ", "\n".join(l for l in callee if not re.search(r"回复风格|Style|正面|反面|Good|Bad", l)))
    caller_text = "\n".join(caller)
    return {"steps": steps, "qa": qa, "prose": prose, "caller_text": caller_text, "closings": closings}


def meta_spoken(text, card):
    t = END.sub("", text)
    if META.search(t):
        return True
    if zh(t):
        n = 10
        for i in range(len(t) - n + 1):
            chunk = t[i:i + n]
            if re.search(r"[，。？！]", chunk):
                continue
            if chunk in card["prose"] and chunk not in card["caller_text"] and chunk[1:9] not in card["caller_text"]:
                clause = next((c for c in re.split(r"[，。；：\n]", card["prose"]) if chunk in c), "")
                if ZH_Q.search(clause) and not META.search(clause):
                    continue  # a concern the card already words as a question is speech
                if re.match(r"^(担心|担忧|怕)", clause) and re.search(r"我(就怕|有点担心|比较担心)", t):
                    continue  # a feared outcome put in the first person
                return True
        return False
    words = re.findall(r"[A-Za-z0-9']+", t)
    prose = " ".join(re.findall(r"[A-Za-z0-9']+", card["prose"])).lower()
    for i in range(len(words) - 5):
        chunk = " ".join(words[i:i + 6]).lower()
        if chunk in prose and first_person_clause(t, words[i:i + 6]):
            continue  # the card's "Did not know a freeze existed" said in the first person ("I did not know…") is speech
        if chunk in prose:
            # as in Chinese: a concern the card words as an indirect question ("how soon it can be fixed"),
            # asked as a question, is speech
            clause = next((c for c in re.split(r"[,;.\n]", card["prose"].lower()) if chunk in " ".join(re.findall(r"[a-z0-9']+", c))), "")
            if re.match(r"^\s*(?:-\s*)?(?:\w+:\s*)?(how|whether|what|when|why|which)\b", clause) and t.strip().endswith(("?", ".")) \
                    and re.search(r"\b(can you tell me|i need to know|tell me)\b", t, re.I):
                continue
            return True
    return False


# template text in a rep's line: a [slot] or {slot} left in, a slot filled with nothing ("So that's for . Is that right?"),
# or words the reply cleaner had to cut as a stage direction (flag stage_direction)
PLACEHOLDER = re.compile(r"\[[^\]]*\]|\{[^}]*\}|【[^】]*】|\b(for|at|on|about|with)\s+[.,?!]|\(\s*\)|（\s*）")


def rep_meta(turn):
    t = END.sub("", turn["text"])
    return bool(PLACEHOLDER.search(t)) or "stage_direction" in (turn.get("flags") or [])


# a card closing that sends the customer away to decide, or that records a no
CLOSE_LATER = re.compile(r"商量好|考虑好|回个电话|方便的时候再|短信发给您|text you those|email you the|when you know|when you'?ve decided", re.I)
CLOSE_NO = re.compile(r"不续|不办|登记了|change your mind|make a note|打扰您了", re.I)


def closing_kind(text):
    return "writing" if CLOSE_LATER.search(text) else "refuse" if CLOSE_NO.search(text) else "success"


def first_person_clause(text, chunk_words):
    """Whether the chunk sits in a clause the speaker states of itself ("I tore a meniscus…", "My physio says…")."""
    for clause in re.split(r"[.;,!?]\s*", text):
        cw = re.findall(r"[A-Za-z0-9']+", clause)
        joined = " ".join(cw).lower()
        if " ".join(chunk_words).lower() in joined:
            return bool(cw) and cw[0] in ("I", "I'm", "I've", "My")
    return False


def step_said(step_lines, caller_turns):
    # case-insensitive: "Also, our line test found…" says the line "Our line test found…"
    joined = "".join(caller_turns).lower()
    return any(l and (l.lower() in joined or l[:12].lower() in joined) for l in step_lines)


def classify_condition(text):
    t = text.lower()
    if re.search(r"异常|不对劲|回院|马上去|urgent", t):
        return "urgent"
    if re.search(r"无法承诺|无法保证|不能保证|卡顿|dodged|can'?t commit", t):
        return "escalate"
    if re.search(r"同意|确认了|约好|约定了?复诊|\bagrees\b|\bbooks\b", t) and not re.search(r"拒绝|不再|回电|再考虑|商量", t):
        return "success"
    if re.search(r"拒绝|终止|挂断|不方便|取消|投诉|不再来电|annoyed|declines|not to be called|ends the call|hangs up", t):
        return "refuse"
    if re.search(r"内部决策|暂时不|短信|邮箱|微信|改天|再次回访|回电|think it over|check internally|by email|asks for everything|calendar|by text|time to decide|call back|a text", t):
        return "writing"
    return "success"


# generic calendar knowledge: a named day is in the weekend or on a weekday ("周六上午能送吗" is answered by "周末全天都可以")
CALENDAR = [(re.compile(r"周[六日天]|星期[六日天]|礼拜[六日天]|\b(saturday|sunday)s?\b", re.I), ("周末", "weekend")),
            (re.compile(r"周[一二三四五]|星期[一二三四五]|\b(monday|tuesday|wednesday|thursday|friday)s?\b", re.I), ("工作日", "weekday"))]
# the question's own frame, not its topic ("Can you tell me how billing works now?")
FRAME = re.compile(r"^(?:(?:also|oh|and|one more question|quick question|before i forget|so)[,:]?\s+)*(?:can you tell me|i need to know|tell me)\s+|"
                   r"^(?:对了|还有|另外|我问一下|我想问一下|还有个事)[，,]", re.I)
WHEN_Q = re.compile(r"什么时候|多久|哪天|几号|几点|\b(how soon|when|what time|how quickly)\b", re.I)
DAY_TIME = re.compile(r"周[一二三四五六日天末]|星期|工作日|上午|下午|晚上|\d+点|\d+天|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|today|tomorrow|\d+ ?(am|pm)|days?|weeks?|hours?)\b", re.I)
PRICE_Q = re.compile(r"多少钱|价格|价钱|费用|收费|收钱|手续费|\b(how much|price|cost|fee)s?\b", re.I)
AMOUNT = re.compile(r"\$\d|\d+(\.\d+)?\s*(元|块|%|折)|免费|不收|\bfree\b|\bno charge\b", re.I)
ANAPHOR = re.compile(r"\b(that|this|it|again|those)\b|这|那|又", re.I)


def content(t):
    """Content units of a text (bigrams / 5-letter stems) plus the calendar class of any named day."""
    u = bigrams(t)
    for rx, (zh_w, en_w) in CALENDAR:
        if rx.search(t):
            u.add(zh_w if zh(t) else en_w)
    if zh(t):
        for zh_w in ("周末", "工作日"):
            if zh_w in t:
                u.add(zh_w)
    else:
        if re.search(r"\bweekends?\b", t, re.I):
            u.add("weekend")
    return u


def said_entry(reply, card):
    """Q&A entries whose answer the reply says (a sentence of the answer, by its first 10 characters)."""
    out = []
    for i, (_, aa) in enumerate(card["qa"]):
        # a part of the answer may be said without its leading yes/no ("You can go down to any number of seats")
        parts = [re.sub(r"(?i)^(yes|no)[,.]\s*", "", p.strip()) for s in sentences(aa) for p in re.split(r"[;；]\s*", s)]
        parts = [p for p in parts if len(p) >= 6]
        if any(p.strip()[:10].lower() in reply.lower() for p in parts):
            out.append(i)
    return out


DAY_NAME = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def rep_answered(q, reply, card, context=""):
    """Whether the rep's reply answers the customer's question q (context: the customer's sentence before q, same turn)."""
    if CHECK_BACK.search(reply):
        return True
    q = FRAME.sub("", q.strip())
    qb = bigrams(q)
    # the question with its context when it points back ("Last year you charged us twice. How do I know that won't happen again?")
    qc = content(q) | (content(context) if context and ANAPHOR.search(q) else set())
    # Q&A-entry identity: the reply says entry e's answer; it answers q when q (with its context) is about e, and it is
    # not partial: what the question asks beyond the entry's own question, where e's answer has it, is said too
    # ("What's the price if we drop to 32 seats?" -> "...any number of seats" leaves out "; the price is $300 per seat")
    partial = False
    for e in said_entry(reply, card):
        qq, aa = card["qa"][e]
        about = qc & (content(qq) | content(aa))
        if len(about) >= 1:
            left_out = (qb & content(aa)) - content(qq) - content(reply)
            # a word left out counts only where the answer's sentence holding it is about the question too (two of its
            # words) or gives a figure ("the price is $300 per seat"): "Numbing is standard for fillings" is not what
            # "Is that filling really urgent?" asks
            left_out = {w for w in left_out if any(w in content(s2) and (len(content(s2) & qb) >= 2 or AMOUNT.search(s2))
                                                   for s2 in sentences(aa))}
            if not left_out:
                return True
            partial = True
    if partial:
        return False
    # answer types: a when-question answered with days or times, a price question with an amount
    if WHEN_Q.search(q) and DAY_TIME.search(reply):
        return True
    # "周六上午能送吗？" answered with the line offering 周六: the day asked for is named in the reply
    asked_days = set(DAY_NAME.findall(q))
    if asked_days and asked_days <= set(DAY_NAME.findall(reply)):
        return True
    if PRICE_Q.search(q) and AMOUNT.search(reply):
        return True
    best, bi = 0, -1
    for i, (qq, aa) in enumerate(card["qa"]):
        s = jacc(qb, bigrams(qq))
        if s > best:
            best, bi = s, i
    if best >= 0.2:
        ans = card["qa"][bi][1]
        for s in sentences(ans):
            if s[:10] in reply and not ((qb & content(ans)) - content(reply)):
                return True
    # a script line or answer on the topic: shares content with the question
    shared = content(q) & content(reply)
    if len(shared) >= (2 if zh(q) else 1):
        return True
    # a yes/no question answered yes/no, on its verb ("Do I get anything back?" -> "Yes, you will get a credit of $15")
    if not zh(q) and re.match(r"(?i)^(do|does|did|can|could|will|would|is|are|shall|should)\b", q):
        first = re.sub(r"^(good question|fair question|sure|happy to explain)[.!,]\s*", "", reply.strip(), flags=re.I)
        qw = {w for w in re.findall(r"[a-z]+", q.lower()) if len(w) >= 3} - {"the", "you", "and", "for", "this", "that", "any", "can", "will", "are", "does", "did", "could", "would", "should", "shall"}
        if re.match(r"(?i)^(yes|no)\b", first) and qw & set(re.findall(r"[a-z]+", first.lower())):
            return True
    return False


def cust_answered(q, reply):
    first = sentences(reply)[0] if sentences(reply) else ""
    if not first or NUDGE.search(first):
        return False
    if is_q(first) and not re.search(r"^(对|是|嗯|好|行|可以|方便|Yes|Sure|OK)", first, re.I):
        return False
    opts = set(m.group() for m in OPTIONS.finditer(q))
    if len(opts) >= 2 and not REQ.search(q.split("，")[0] if "确认" in q else q) or len(opts) >= 2 and "选" in q:
        return any(o in reply for o in opts) or any(o.lower() in reply.lower() for o in opts)
    # a bare "OK./Sure./好。" is a yes to a yes/no question ("Shall I confirm?"), only a back-channel otherwise
    yes_no = re.search(r"^(shall|will|would|should|can|could|do|does|is|are)\b|吗[？?]?$|要不要|是不是|需不需要|可以吗|好吗|行吗", q.strip(), re.I)
    bare_yes = re.match(r"^(好的?|行|对|是的?|OK|Okay|Sure|Fine|Yeah|Yes|Alright)[。.!！]*$", first, re.I)
    if BACKCH.match(first) and not re.search(r"方便|minutes?|moment|有空", q) and not (yes_no and bare_yes):
        return False
    return True


def check(card_path, calls_path, sample=0, export=False, required=None):
    card = read_card(card_path)
    req = required or []
    calls = [json.loads(l) for l in open(calls_path, encoding="utf-8") if l.strip()]
    bad, bad_why = 0, {}
    rq_total = rq_ok = rq_chk = 0
    cq_total = cq_ok = 0
    callee_turns, meta_n = [], 0
    caller_n, rep_meta_n = 0, 0
    succ = succ_ok = 0
    shapes = set()
    samples = {"rep": [], "cust": [], "meta": [], "end": []}
    for c in calls:
        turns = c["turns"]
        end = c.get("end", {})
        why = None
        shape = []
        for i, t in enumerate(turns):
            txt = END.sub("", t["text"])
            if t["speaker"] == "callee":
                callee_turns.append(txt)
                if meta_spoken(txt, card):
                    meta_n += 1
                    samples["meta"].append(txt)
                ss = sentences(txt)
                acts = ("Q" if any(is_q(s) for s in ss) else "") + ("B" if BACKCH.match(txt) else "") + (
                    "D" if AGREE.search(txt) or WRITING.search(txt) or REFUSE.search(txt) else "")
                shape.append("c" + (acts or "A"))
                qs = [s for s in ss if is_q(s)]
                if qs and i + 1 < len(turns):
                    rq_total += 1
                    at = ss.index(qs[-1])
                    ok = rep_answered(qs[-1], turns[i + 1]["text"], card, ss[at - 1] if at > 0 else "")
                    rq_ok += ok
                    rq_chk += bool(CHECK_BACK.search(turns[i + 1]["text"]))
                    samples["rep"].append((ok, qs[-1], turns[i + 1]["text"]))
            else:
                caller_n += 1
                if rep_meta(t):
                    rep_meta_n += 1
                    samples.setdefault("rep_meta", []).append(txt)
                ss = sentences(txt)
                sid = [str(k + 1) for k, st in enumerate(card["steps"]) if any(l[:12].lower() in txt.lower() for l in st)]
                shape.append("r" + "".join(sid) + ("K" if CHECK_BACK.search(txt) else ""))
                if ss and is_q(ss[-1]) and "[END" not in t["text"] and i + 1 < len(turns):
                    cq_total += 1
                    ok = cust_answered(ss[-1], END.sub("", turns[i + 1]["text"]))
                    cq_ok += ok
                    samples["cust"].append((ok, ss[-1], turns[i + 1]["text"]))
        shapes.add(tuple(shape) + (str(end.get("by")), str(end.get("condition"))))
        # endings
        callee_said = [END.sub("", t["text"]) for t in turns if t["speaker"] == "callee"]
        caller_said = [END.sub("", t["text"]) for t in turns if t["speaker"] == "caller"]
        last2 = " ".join(callee_said[-2:])
        if end.get("reason") != "end_condition":
            why = "not a card ending: " + str(end.get("reason"))
        else:
            kind = classify_condition(end.get("conditionText", ""))
            last = turns[-1]
            if last["speaker"] == "callee" and any(is_q(s) for s in sentences(last["text"])):
                why = "callee hangs up on its own question"
            elif last["speaker"] == "caller" and len(turns) >= 2 and turns[-2]["speaker"] == "callee":
                ss2 = sentences(turns[-2]["text"])
                qs = [s for s in ss2 if is_q(s)]
                at = ss2.index(qs[-1]) if qs else 0
                if qs and not rep_answered(qs[-1], last["text"], card, ss2[at - 1] if at > 0 else ""):
                    why = "rep closes on an unanswered question"
            said_closing = [cl for cl in card["closings"] if cl[:12] and cl[:12] in END.sub("", last["text"])]
            # a success ended with the card's "decide later" or "noted your no" closing, or a call-back with the "no" one
            if why is None and end.get("by") == "caller" and said_closing \
                    and (kind == "success" and closing_kind(said_closing[0]) != "success"
                         or kind == "writing" and closing_kind(said_closing[0]) == "refuse"):
                why = "the closing said is another condition's"
            if why is None and kind == "writing" and end.get("by") == "callee" and callee_said \
                    and AGREE.search(callee_said[-1]) and not WRITING.search(callee_said[-1]):
                why = "'in writing/later' ending but the last words agree"
            if why is None:
                if kind == "success":
                    succ += 1
                    steps_ok = all(step_said(card["steps"][k - 1], caller_said) for k in req if k - 1 < len(card["steps"]))
                    succ_ok += steps_ok
                    if not AGREE.search(last2) or BACKCH.match(callee_said[-1] if callee_said else ""):
                        why = "success without an explicit yes"
                    elif not steps_ok:
                        why = "success without the purpose said"
                    elif WRITING.search(callee_said[-1]) and not AGREE.search(callee_said[-1]) and "不需要" not in callee_said[-1]:
                        why = "success but the callee asked for it in writing"
                elif kind == "writing":
                    if not WRITING.search(last2) and not REFUSE.search(last2):
                        why = "'in writing/later' never asked for"
                elif kind in ("refuse", "escalate"):
                    if not (REFUSE.search(last2) or NOCOMMIT.search(last2) or WRITING.search(last2)):
                        why = "refusal/hang-up nobody made"
                    elif end.get("by") == "callee" and callee_said and WRITING.search(callee_said[-1]) \
                            and not WRITING.search(end.get("conditionText", "")) \
                            and not (REFUSE.search(callee_said[-1]) or NOCOMMIT.search(callee_said[-1])):
                        # "I need to think it over, call me back later." ended by "feels pushed and hangs up"
                        why = "refusal ending but the last words defer"
                    elif kind == "escalate" and not any(CHECK_BACK.search(s) for s in caller_said) and not any(NUDGE.search(s) for s in callee_said):
                        why = "'could not commit' but nothing was left unanswered"
                elif kind == "urgent":
                    if not URGENT.search(last2):
                        why = "urgent ending without a symptom"
        if why:
            bad += 1
            bad_why[why] = bad_why.get(why, 0) + 1
            samples["end"].append((c["seed"], why))
    n = len(calls)
    res = {
        "calls": n,
        "bad_endings": bad / n,
        "rep_answers": rq_ok / max(1, rq_total),
        "check_backs": rq_chk / max(1, rq_total),
        "cust_answers": cq_ok / max(1, cq_total),
        "meta": meta_n / max(1, len(callee_turns)),
        "rep_meta": rep_meta_n / max(1, caller_n),
        "success_steps": succ_ok / succ if succ else None,
        "success_endings": succ,
        "distinct": len(set(callee_turns)) / max(1, len(callee_turns)),
        "shapes_per_100": len(shapes) * 100 / n,
        "why": bad_why,
    }
    if export:
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "x.jsonl")
            subprocess.run([os.path.join(ROOT, "rolecall"), "export", calls_path, "-o", out], capture_output=True)
            meta = json.load(open(os.path.join(d, "x.meta.json")))
            res["export"] = meta.get("counts", meta)
    if sample:
        rnd = random.Random(1)
        for k, items in samples.items():
            print(f"## sample {k} ({len(items)})")
            for it in rnd.sample(items, min(sample, len(items))):
                print("   ", it)
    return res


def main(argv):
    sample = 0
    export = False
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--sample":
            sample = int(argv[i + 1])
            i += 2
            continue
        if argv[i] == "--export":
            export = True
        else:
            args.append(argv[i])
        i += 1
    required = json.load(open(os.path.join(HERE, "required_steps.json")))
    print(f"{'card':24} {'calls':>5} {'bad_end':>8} {'rep_ans':>8} {'chk':>5} {'cust_ans':>8} {'meta':>6} {'rep_meta':>8} {'succ_steps':>10} {'distinct':>8} {'shapes':>6}")
    for a in args:
        card, calls = a.split("=", 1)
        name = os.path.basename(card)
        r = check(card, calls, sample, export, required.get(name))
        ss = "-" if r["success_steps"] is None else f"{r['success_steps']:.2f}({r['success_endings']})"
        print(f"{name:24} {r['calls']:>5} {r['bad_endings']:>8.2f} {r['rep_answers']:>8.2f} {r['check_backs']:>5.2f} {r['cust_answers']:>8.2f} {r['meta']:>6.3f} {r['rep_meta']:>8.3f} {ss:>10} {r['distinct']:>8.2f} {r['shapes_per_100']:>6.0f}")
        if r["why"]:
            print("    bad endings:", r["why"])
        if "export" in r:
            print("    export:", r["export"])


if __name__ == "__main__":
    main(sys.argv[1:])
