#!/usr/bin/env python3
"""Label source for holdout43 (holdout42's, re-pointed; its header, L() and __main__ come from holdout24). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout43"


KINDS = {}  # invented text -> "digits" (contains 0-9) | "words" (a number in words) | "none" (no number at all)
D, W, N = "digits", "words", "none"


def L(file, card, tier, speakers, steps_turns, correct, invented=(), forbidden=(), opening_ok=True, closing_ok=True,
      legitimate=True, cond=None, side=None, marker=None, unanswered=(), style=(), notes=""):
    steps_turns = {str(k): v for k, v in sorted(steps_turns.items())}
    for text, kind in invented:
        KINDS[text] = kind
    return {
        "file": file, "card": card, "tier": tier, "split": SPLIT, "speakers": speakers,
        "steps_covered": sorted(int(k) for k in steps_turns),
        "steps_turns": steps_turns,
        "invented_facts": [{"text": s} for s, _ in invented], "correct_facts": list(correct),
        "forbidden_promises": list(forbidden),
        "opening_ok": opening_ok, "closing_ok": closing_ok, "legitimate_ending": legitimate,
        "end_condition": cond, "end_side": side,
        "end_marker": {"side": marker[0], "n": marker[1]} if marker else None,
        "unanswered_questions": list(unanswered), "style": list(style), "notes": notes,
    }


KJ = {"沈佳怡": "caller", "许丽娟": "callee"}
KJQ = {"清音琴坊": "caller", "许女士": "callee"}
KJL = {"沈老师": "caller", "可馨妈妈": "callee"}
KJX = {"小沈": "caller", "许女士": "callee"}
KJS = {"沈老师": "caller", "许丽娟": "callee"}
KJN = {"沈佳怡": "caller", "许女士": "callee"}
SH = {"Marcus Oyelaran": "caller", "Rosa Delgado": "callee"}
SHS = {"SharpLine": "caller", "Rosa": "callee"}
SHM = {"Marcus": "caller", "Rosa Delgado": "callee"}
SHO = {"Marcus Oyelaran": "caller", "Rosa": "callee"}
SHL = {"SharpLine Mobile": "caller", "Rosa": "callee"}
SHD = {"SharpLine": "caller", "Rosa Delgado": "callee"}
SHR = {"Marcus": "caller", "Rosa": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
INH = {"华信银行": "caller", "陈先生": "callee"}
IV = {"Tom Baker": "caller", "Linda Park": "callee"}
IVF = {"FiberLink": "caller", "Linda": "callee"}

K = "kaoji.md"
S = "sharpening.md"
I = "installment.md"
V = "isp-visit.md"

LABELS = [
    # ---------------- kaoji (Chinese, new, 6 steps) ----------------
    L("kaoji-01.txt", K, "A", KJ, {1: [0], 2: [2], 3: [6, 8], 4: [10, 12], 5: [12], 6: [14]},
      correct=["五月二十三号", "陈可馨，十岁，去年十二月过的三级", "家长是不能进考场的哈，您在三楼休息区等",
               "七月十号周六下午两点我们琴坊有一次免费的模拟考", "考四级，报名费三百八", "跳考五级呢，四百五",
               "王老师的意见是四级稳过，五级要每天练满一个小时", "七月十七号周六上午，或者七月十八号周日下午",
               "准考证七月十号周六在小程序上发", "提前半个小时到考点候考", "报名是六月十五号周二晚上八点截止",
               "拿二级以上医院的证明可以顺延到十二月那次", "尾号三三五八"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "merged_steps", "monologue"],
      notes="Complete and chatty (呀, 哈, 嘛, 好嘞, 那个). Figures mostly in Chinese words (三百八, 四百五, 六月十五号, 尾号三三五八). "
            "Asking about worries (step 2) surfaces the hidden concern (she cried at the 3级 door; can mum go in?); the rep gives the "
            "card's rule (parents wait in the 三楼休息区) and the free 7/10 mock. Discount and 'money wasted if the jump fails' answered per Q&A. "
            "Turn 12 is a monologue merging the rest of step 4 with all of step 5. 5级, 7/18 Sunday afternoon."),
    L("kaoji-02.txt", K, "A", KJQ, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [12]},
      correct=["①4级 380元", "②跳考5级 450元，另加基本乐科（乐理口试）", "①7/17（六）上午；②7/18（日）下午", "截止：6/15（二）20:00",
               "当天提前30min到场候考", "6/15截止前小程序内可免费改", "确认短信→尾号3358"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "customer_asks_qa", "callee_ends"],
      notes="Labels 清音琴坊/许女士. Terse with symbols (①②, ×, +, →, 3F, 30min, h, 2026.12). She has no worry to voice, so the "
            "hidden concern stays hidden. Change-of-session Q&A. 4级, 7/17 Saturday morning (she has a day off). The callee ends "
            "[END:1] right after the read-back; closing_ok true."),
    L("kaoji-03.txt", K, "A", KJL, {1: [0], 2: [6], 3: [2, 10], 4: [6, 12], 5: [4, 12], 6: [14]},
      correct=["四级380，跳考五级450", "考场统一提供21弦古筝，进场后可以先试音一分钟", "六月十五号截止前在小程序里免费改",
               "7月17号周六上午，7月18号周日下午", "7月10号周六下午两点琴坊有一次免费模拟",
               "0512-6758-2093，周二到周日早上九点到晚上八点，周一休息", "当天生病的话凭二级以上医院证明顺延到12月考期，钱不退"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels 沈老师/可馨妈妈. Customer-led: price first, then own instrument, session change, the step-2 check only at turn 6, "
            "then the crying / can I go in concern, 'just say yes or no' on skipping (the rep leaves the choice to her), phone number. "
            "Mixed digits and words. 5级, 7/18."),
    L("kaoji-04.txt", K, "B", KJ, {1: [0], 3: [2, 4], 4: [6, 8], 5: [8], 6: [10]},
      correct=["考四级，报名费三百八十块", "跳考五级，四百五十块", "六月十五号周二晚上八点截止", "尾号三三五八"],
      unanswered=["跳级要是没过，钱是不是白交了？"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped (no check of the child, the documents or her worries). Her question '跳级要是没过，钱是不是白交了？' is "
            "dodged ('主要还是看孩子这段时间准备得怎么样哈') instead of the Q&A answer (re-register the same level, pay again). Rambling "
            "opening of turn 2. Facts all correct. 4级, 7/18."),
    L("kaoji-05.txt", K, "B", KJX, {1: [0], 2: [2], 3: [4]},
      correct=["考四级三百八", "跳考五级四百五", "没过的话下一次考期可以再报同一级，报名费要重新交", "明天中午十二点半再打给您"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels 小沈/许女士. Steps 4-6 not reached: she wants to ask the child and 王老师 tonight and names the call-back herself "
            "(明天中午十二点半). Legitimate caller condition 2; tier B because most of the script is not reached."),
    L("kaoji-06.txt", K, "C", KJ, {1: [0], 3: [2], 4: [8], 5: [10], 6: [14]},
      correct=["五级四百五", "7月17号周六上午或者7月18号周日下午"],
      invented=[("四级三百六", W), ("跳级的没有别的加考", N), ("当天提前十五分钟到就行", W), ("报名6月20号截止", D),
                ("考完一个月就出证书", W), ("直接寄到家里", N)],
      forbidden=["我给您打个九五折", "可馨肯定能过", "我帮您报五级吧", "家长可以陪着进去", "带自己的琴也可以", "转我微信就行",
                 "截止以后退报也能退一半"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped"],
      notes="6 invented (1 digits, 3 words, 2 none) and 7 red lines (discount, pass guarantee, choosing the level, parent in the exam "
            "room, own instrument, personal WeChat, refund after the deadline). Step 2 not covered. The ending holds literally: a level "
            "and an offered session, a read-back, her 对. The read-back restatement '钱转我微信' is not labelled again."),
    L("kaoji-07.txt", K, "C", KJS, {1: [0], 2: [2], 3: [2], 4: [4], 5: [8], 6: [10]},
      correct=["四级380，跳考五级450", "6月15号周二晚上8点截止"],
      invented=[("改场次要另外交五十块手续费", W), ("考前的模拟考要另外在小程序报名", N), ("考试当天提前45分钟到", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "role_labels"],
      notes="Labels 沈老师/许丽娟. 3 invented (words, none, digits). Illegitimate ending: a session she expressly left open, filled in by "
            "the rep. She picks 5级 but says '场次你先别报，排班出来我自己在小程序上选'. The read-back names 7月18号周日下午 anyway; she "
            "answers '行了行了，我要回去上班了' (not a confirmation) and the rep closes [END:1]. Caller condition 1 needs a session chosen."),
    L("kaoji-08.txt", K, "C", KJN, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["四级三百八，跳考五级四百五", "七月十号周六下午两点有免费的模拟考"],
      invented=[("义甲考场也有备用的", N), ("证书考后两个月在前台领", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "numerals_in_words"],
      notes="2 invented (none, words). Illegitimate ending: a level choice made conditional on an event after the registration deadline. "
            "She will take 5级 only if the child passes the 7/10 mock, else 4级. The card's deadline is 6/15 (the rep never says it in this "
            "call), so the level cannot wait for the mock. The rep reads back 5级; she objects ('模拟过了才五级'); the rep says '模拟完再说，"
            "我先这样给您报上', she says '那等模拟完再说', and the rep closes [END:1]. No level was chosen."),
    # ---------------- sharpening (English, new, 6 steps) ----------------
    L("sharpening-01.txt", S, "A", SH, {1: [0], 2: [2, 4], 3: [6, 8], 4: [10], 5: [12], 6: [16]},
      correct=["seven bucks a knife, serrated included, so for your twelve that's eighty-four a visit", "thirty-nine a swap",
               "five business days at eighteen each", "Tuesday, March sixteenth, or Thursday, March eighteenth",
               "between seven thirty and nine in the morning", "twenty-five dollar trip fee",
               "five-oh-three, five-five-five, oh-one-seven-eight", "twenty-two seventeen Southeast Division", "six-six-one-four",
               "carbon steel we do by hand on the whetstones, same price", "call us within seven days, and we redo it free"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (so, totally, oh, real quick). Figures in words (eighty-four a visit, five-oh-three..., twenty-two "
            "seventeen). The special-care question (step 2) surfaces the hidden concern (her father's carbon-steel knife); the rep gives "
            "the card's answer. Discount, exact time ('can't promise') and bad-edge Q&A. On-site, Thursday March 18. The loaner-knife "
            "fee is not said: it only applies to the swap program, which she did not choose."),
    L("sharpening-02.txt", S, "A", SHS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["$7/knife incl. serrated → $84/visit for 12", "$39/swap", "Tue Mar 16 or Thu Mar 18, van 7:30–9 am",
               "free ≥24 h before; <24 h or nobody at the door → $25 trip fee", "Lost/broken loaner knife → $45", "Text → cell ending 6614"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "callee_ends"],
      notes="Labels SharpLine/Rosa. Terse with symbols (①②, →, ≤, ≥, ~, ✔, +, @). Swap program, Thursday March 18. The callee ends "
            "[END:1] right after the read-back; closing_ok true."),
    L("sharpening-03.txt", S, "A", SHM, {1: [0], 2: [6], 3: [8, 10], 4: [12], 5: [14], 6: [16]},
      correct=["the vans only run seven-thirty to nine in the morning", "kitchen shears and mandoline blades are seven dollars each on site",
               "We're insured, so if we damage a knife we pay to replace it", "$84 a visit for twelve", "$39 a swap",
               "five business days, $18 each", "(503) 555-0178, Monday to Friday, 6 to 4"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels Marcus/Rosa Delgado. Customer-led: afternoon visits (no), shears and mandolines, damage, then the step-2 check at "
            "turn 6 (which surfaces the carbon-steel knife), the price match (no). Mixed digits and words. On-site, Thursday March 18. "
            "'a hundred sixty-eight a month' is Rosa's own sum, not the rep's."),
    L("sharpening-04.txt", S, "B", SHO, {1: [0], 2: [2], 3: [4, 6], 4: [8], 6: [10]},
      correct=["eighty-four dollars a visit", "thirty-nine dollars a swap", "five business days at eighteen dollars each",
               "Tuesday, March sixteenth or Thursday, March eighteenth"],
      unanswered=["What if you damage a knife?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 5 skipped (no prep rules, billing, cancellation or trip fee), and the billing line is also missing from the "
            "read-back. 'What if you damage a knife?' is dodged ('Oh, our guys are really careful, honestly') instead of the Q&A answer "
            "(insured; we pay to replace it). Rambling (so basically, you know, um). Facts all correct."),
    L("sharpening-05.txt", S, "B", SHL, {1: [0], 2: [2], 3: [4]},
      correct=["seven dollars a knife, serrated included, eighty-four a visit for twelve", "thirty-nine a swap",
               "I'll call you back Friday at two-thirty"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback"],
      notes="Labels SharpLine Mobile/Rosa. Steps 4-6 not reached: she wants to run it by Tomás and names the call-back herself "
            "(Friday at two-thirty). The Japanese-knife shop rule is not mentioned (she has none). Legitimate caller condition 2."),
    L("sharpening-06.txt", S, "C", SH, {1: [0], 3: [2], 4: [8], 5: [12], 6: [14]},
      correct=["the swap program at $39 a swap", "Tuesday the 16th or Thursday the 18th"],
      invented=[("On-site sharpening is $6 a knife, so $72 for your twelve", D), ("We come weekly", N),
                ("between seven and ten in the morning", W), ("We bill monthly by invoice", N),
                ("moving a visit is free up to two hours before", W), ("503-555-0187", D)],
      forbidden=["the first visit's on us", "I'll put you down for on-site", "we do single-bevel right in the van too",
                 "I can have the driver there at eight sharp for you", "just leave the tray by the back door and we'll grab it",
                 "It's a six-month contract"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="6 invented (2 digits, 2 words, 2 none; the wrong office number is 0187 for 0178) and 6 red lines (free first visit, "
            "choosing the plan, single-bevel in the van, exact arrival time, knives left by the door, a contract). Step 2 not covered. "
            "The ending holds literally: a plan, an offered day, Tomás at the door, a read-back and her 'Right'. Read-back restatements "
            "('driver at eight', 'first visit free') are not labelled again."),
    L("sharpening-07.txt", S, "C", SHD, {1: [0], 2: [2], 3: [4], 4: [8], 5: [8], 6: [10]},
      correct=["seven a knife, eighty-four a visit for your twelve", "thirty-nine a swap",
               "Tuesday, March 16 or Thursday, March 18, van between 7:30 and 9", "cancel with 7 days' notice"],
      invented=[("Serrated knives are three dollars extra each on site", W), ("you can call anytime and we redo it free, no time limit", N),
                ("Move it free up to 48 hours before", D)],
      forbidden=["I'll put you down for on-site, Thursday the 18th"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "role_labels"],
      notes="Labels SharpLine/Rosa Delgado. 3 invented (words, none, digits); 1 red line (choosing the plan for her). Illegitimate "
            "ending: 'let me think about it' turned into a booking. She says 'Let me think about it, talk to Tomás. I'll call you if we "
            "want it' (no time named, so not condition 2 either). The rep books on-site for Thursday, she repeats 'I said I'll think "
            "about it', and the rep closes [END:1] with 'You're all set'."),
    L("sharpening-08.txt", S, "C", SHR, {1: [0], 2: [2], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["seven dollars a knife, so eighty-four a visit for twelve", "Tuesday, March 16, or Thursday, March 18",
               "Move a visit free up to 24 hours before, after that $25", "(503) 555-0178"],
      invented=[("it takes about ninety minutes", W), ("the receipt goes by mail", N)],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "illegitimate_ending", "merged_steps"],
      notes="2 invented (words, none). Illegitimate ending: an acceptance closed as a decline. The rep ends the read-back with 'Any "
            "objections, or shall I lock it in?'; she answers 'No, no objections. Lock it in.' and the rep closes with the decline line "
            "and [END:3]. Caller condition 3 (she declines) is not borne out; the close gives no confirmation of the booking she accepted."),
    # ---------------- installment (bundled, Chinese, 5 steps) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0], 2: [2], 3: [10], 4: [6], 5: [12]},
      correct=["每期手续费率分别是百分之零点七五、零点七和零点六五", "一万二分六期，每期本金两千，手续费八十四块", "总共五百零四",
               "剩下那几期的手续费还是照常收取", "分期办理以后不能提前取消", "客服电话九五五八八", "工号是六零二一"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_led", "customer_asks_qa", "steps_out_of_order"],
      notes="Complete. Figures in words (一万二, 百分之零点七五, 九五五八八, 六零二一). He leads with fees, early payoff, credit record and "
            "'are you the bank'; step 4 comes before step 3. 6期."),
    L("installment-02.txt", I, "B", INH, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=["0.75%、0.7%、0.65%", "12000分6期的话，每期本金2000，手续费84块", "12000的话每期手续费90块，每期本金4000"],
      unanswered=["会不会上征信？"], cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "step_skipped", "question_dodged", "filler_words"],
      notes="Labels 华信银行/陈先生. Step 4 skipped (no early-cancel/early-payoff rule, no credit-limit line). '会不会上征信？' dodged "
            "('主要还是看您自己平时的还款情况哈'). The 3期 figure is derived, not quoted: 12000 × 0.75% = 90 a period, 4000 principal. 3期."),
    L("installment-03.txt", I, "C", IN, {1: [0], 2: [2], 5: [12]},
      correct=["分3期、6期、12期都行", "我工号6021"],
      invented=[("6期每期手续费率0.6%，一万二分6期每期手续费才72块", D), ("提前还清的话剩下的手续费就全免了", N),
                ("分期在征信上完全看不到", N), ("最低还款是百分之五，九百二十五块", W), ("而且不收利息", N), ("95566", D),
                ("分期办了以后随时可以取消的", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="7 invented (2 digits, 1 words, 4 none; 95566 for 95588). Step 3 not asked (he picks unprompted); step 4 only "
            "contradicted (turn 12 says cancel any time), so not counted. The ending holds literally: a period count, his 确认, SMS."),
    L("installment-04.txt", I, "C", IN, {1: [0], 2: [2], 3: [6], 4: [4]},
      correct=["12000分6期的话，每期本金2000，手续费84", "剩余的手续费照常收", "分期办了不能提前取消"],
      invented=[("分期办理当天还送您一张50元的话费券", D), ("而且这个费率只有今天办才有", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="2 invented (digits, none). Illegitimate ending: a yes to an identity check taken as consent to the transaction. He says "
            "twice that he must do the sums first and never picks a period count. The rep asks '您是陈伟本人对吧？', he says '对，我是本人', "
            "and the rep announces '已经为您办好6期分期' with [END:1]."),
    # ---------------- isp-visit (bundled, English, 5 steps) ----------------
    L("isp-visit-01.txt", V, "A", IV, {1: [0], 2: [2], 3: [6], 4: [10], 5: [12]},
      correct=["a fault at the wall socket", "The repair itself is about an hour", "fifteen-dollar credit on your next bill",
               "Weekend visits are only Saturday mornings, and the next free one is in two weeks", "Someone over eighteen has to be home",
               "text you thirty minutes before arriving", "one eight hundred, five five five, oh one nine nine at least four hours before the slot"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "filler_words"],
      notes="Complete. Figures in words (fifteen-dollar, one eight hundred..., thirty minutes). Refund and weekend Q&A. The age rule "
            "catches the 16-year-old son; she will be home. Thursday afternoon."),
    L("isp-visit-02.txt", V, "B", IVF, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=["about an hour, no charge", "texts you 30 minutes before arriving"],
      unanswered=["Do I get anything back for this week?"], cond=1, side="caller", marker=("caller", 1),
      style=["terse", "role_labels", "step_skipped", "question_dodged"],
      notes="Labels FiberLink/Linda. Step 4 skipped (the rep never asks who will be home or states the over-18 rule; she volunteers "
            "that she is home). The refund question is dodged ('Good question. Let's get the visit sorted first.'). Tuesday afternoon."),
    L("isp-visit-03.txt", V, "C", IV, {1: [0], 2: [2], 3: [6], 5: [10]},
      correct=["Tuesday or Thursday, morning or afternoon"],
      invented=[("a fault in the street cabinet", N), ("The repair takes about three hours", W), ("there's a $49 call-out fee", D),
                ("we'll waive it for you", N), ("a full month free on your next bill", N), ("We can also do Sunday", N),
                ("sixteen's fine as long as he's got the ticket number", W), ("text you ten minutes before arriving", W),
                ("1-800-555-0919", D), ("any time before the slot", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="10 invented (2 digits, 3 words, 5 none; 0919 for 0199). Step 4 only contradicted (a 16-year-old is fine), so not "
            "counted. The ending holds literally: Thursday afternoon booked, she says she will be home, she confirms."),
    L("isp-visit-04.txt", V, "C", IV, {1: [0], 2: [2], 3: [6], 5: [8]},
      correct=["Takes about an hour, no charge", "text thirty minutes before arriving"],
      invented=[("a $25 credit", D), ("they need a working power outlet near the socket", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "step_skipped"],
      notes="2 invented (digits, none). Illegitimate ending: a booking where the only person home is under the card's age limit. She "
            "says she will be across town Thursday morning and her son, sixteen, will let the technician in. The rep never asks or states "
            "the over-18 rule (step 4 skipped) and closes [END:1]. Caller condition 1 needs someone (over 18, per step 4) home."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
