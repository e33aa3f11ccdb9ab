#!/usr/bin/env python3
"""Label source for holdout53 (holdout49's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-48). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout53"


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


GP = {"孟晓雯": "caller", "韩建军": "callee"}
GPP = {"鹏程公棚": "caller", "韩师傅": "callee"}
GPX = {"小孟": "caller", "老韩": "callee"}
GPJ = {"小孟": "caller", "建军": "callee"}
GPW = {"晓雯": "caller", "韩师傅": "callee"}
GPS = {"孟": "caller", "韩": "callee"}
CB = {"Priya Nair": "caller", "Rachel Okafor": "callee"}
CBV = {"CVCB": "caller", "Rachel": "callee"}
CBM = {"Priya": "caller", "Mrs. Okafor": "callee"}
CBN = {"Priya N.": "caller", "Rachel": "callee"}
CBF = {"Cedar Valley Cord Bank": "caller", "Rachel O.": "callee"}
CBR = {"Priya": "caller", "Rachel": "callee"}
CBC = {"Cedar Valley": "caller", "Rachel": "callee"}
CL = {"陈静": "caller", "赵建国": "callee"}
CLR = {"仁心口腔": "caller", "赵老师": "callee"}
CLH = {"陈护士": "caller", "赵先生": "callee"}
CLL = {"护士": "caller", "老赵": "callee"}
RN = {"李明": "caller", "张强": "callee"}
RNC = {"长江云": "caller", "张总": "callee"}
RNL = {"李专员": "caller", "张强": "callee"}
RNT = {"长江公司李明": "caller", "泰山张强": "callee"}

G = "gongpeng.md"
C = "cord-blood.md"
K = "clinic.md"
R = "renewal.md"

LABELS = [
    # ---------------- gongpeng (Chinese, new, 6 steps) ----------------
    L("gongpeng-01.txt", G, "A", GP, {1: [0], 2: [2], 3: [6], 4: [10], 5: [4, 12], 6: [14]},
      correct=["足环都是二〇二七年的统一环吧？入棚的时候日龄得在三十到六十天之间，新城疫疫苗打过没有？",
               "鸽子必须登记在足环主人本人名下", "得带老刘签字的委托书和他身份证复印件",
               "入棚费每羽八百块，训放、防疫、伙食都含在里头，决赛五百公里，十月二十四号周日放飞",
               "每羽一千二，决赛之外再加一场十一月七号周日的七百公里加赛", "决赛奖金是全部入棚费的百分之六十，前三百名分，冠军保底十万",
               "入棚那天当着您的面扫描足环、拍照登记，全程有监控，成绩以电子踏板记录为准",
               "收鸽是八月十四号周六或者八月二十一号周六，上午九点到十一点半", "收鸽八月三十一号周二截止",
               "每人最多送十羽，套票两羽起", "九月十四号周二以前可以补鸽，每羽三百", "入棚费不退也不赔",
               "不收现金、不收个人微信", "十月九号周六开放日可以来看训放"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (呀, 哈, 好嘞). Figures in Chinese words. Step 2's ownership question surfaces the hidden concern (two of the "
            "five birds are neighbour 老刘's, rings in his name); the rep refuses to put them under 韩's name and gives the 委托书 + ID-copy rule "
            "(turn 4, step 5 content). Fairness Q&A at turn 8. Turn 12 is a monologue of step 5. Choice: 套票 (3 + 2 birds), 8/14 Sat."),
    L("gongpeng-02.txt", G, "A", GPP, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["足环是否2027统一环？日龄30–60天、新城疫疫苗打了吗？都是您本人名下？",
               "①秋季决赛单赛 ¥800/羽，含训放+防疫+伙食，决赛500km，10/24（日）放飞", "②套票 ¥1200/羽，另加11/7（日）700km加赛",
               "决赛奖金=入棚费总额×60%，前300名分，冠军保底10万", "全国统一价，不打折，也不多送名额",
               "收鸽：8/14（六）或8/21（六），9:00–11:30；8/31（二）截止", "9/14（二）前可补鸽 ¥300/羽", "丢失不退不赔",
               "现场刷卡/对公转账，不收现金和个人微信", "10/9（六）开放日可看训放"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "customer_asks_qa"],
      notes="Terse with symbols (①②, ¥, ×, ≤, 10/24（日）). Labels 鹏程公棚/韩师傅. He says all three birds are his own, so the hidden concern "
            "has nothing to surface. Discount Q&A per card. Step 5 listed in one line. The callee ends (callee condition 1) after the read-back. "
            "Choice: 单赛 ×3, 8/21 Sat."),
    L("gongpeng-03.txt", G, "A", GPX, {1: [0], 2: [6], 3: [2, 4], 4: [10], 5: [2, 8, 12], 6: [14]},
      correct=["秋季决赛单赛每羽800，含训放、防疫、伙食，决赛500公里，10月24日周日放飞", "套票每羽1200，多一场11月7日周日的700公里加赛",
               "入棚当天当着您面扫足环、拍照登记，全程监控，成绩看电子踏板记录", "9月14日周二以前可以补鸽，每羽300",
               "训放和比赛中丢失的入棚费不退，也不赔偿", "决赛奖金是全部入棚费的60%，前300名分，冠军保底10万元，决赛后15个工作日内打到您本人银行卡",
               "必须登记在足环主人本人名下", "带上他签字的委托书和身份证复印件就行", "收鸽8月14日周六或8月21日周六，上午9点到11点半",
               "8月31日周二截止", "每人最多送10羽，套票2羽起", "不收现金也不收个人微信", "10月9日周六开放日可以来看"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led_order", "english_mixed", "digits", "latent_concern_surfaces", "customer_asks_qa"],
      notes="Customer-led: three questions first (price, swapping, loss), answered at turn 2 with step 3 and part of step 5; prize Q&A at "
            "turn 4; step 2 only at turn 6, where 老刘's two birds surface and the 委托书 rule is given. English words mixed in (confirm, OK, rule). "
            "Choice: 套票 (2 + 2), 8/21 Sat."),
    L("gongpeng-04.txt", G, "B", GP, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["秋季决赛单赛每羽800元，决赛500公里，10月24日周日放飞", "套票每羽1200元，多一场11月7日周日700公里加赛",
               "收鸽8月14日周六或者8月21日周六上午", "入棚当天免费加强免疫，费用现场刷卡或者对公转账，不收现金"],
      unanswered=["你们会不会换鸽子？我可是吃过亏的。"],
      cond=1, side="caller", marker=("caller", 1),
      style=["thin_steps", "skipped_step", "dodged_question", "rambling_callee"],
      notes="Step 2 skipped: no question about count, rings, age, vaccine or ownership, so 老刘's birds never surface (he sends five). The "
            "swapping question is dodged ('咱们先把送鸽日子定下来哈'). Step 3 thin (no prize), step 5 thin (vaccine and payment only). No invented "
            "facts. Choice: 单赛 ×5, 8/14 Sat."),
    L("gongpeng-05.txt", G, "B", GPJ, {1: [0], 2: [2], 3: [4]},
      correct=["单赛每羽八百，包训放、防疫、伙食，决赛五百公里十月二十四号周日飞", "套票每羽一千二，加一场十一月七号周日的七百公里",
               "决赛奖金拿入棚费的百分之六十，前三百名分，冠军保底十万", "八月十二号周四下午五点"],
      cond=2, side="caller", marker=("caller", 2),
      style=["call_back", "numerals_in_words", "thin_steps"],
      notes="Call-back ending: he must ask his wife (she holds the money); 后天下午五点 = 8/12 Thu 17:00 (today 8/10 Tue, inside office hours; "
            "derived, kept correct). Step 2 thin (count and ring year only; no vaccine, age or ownership). Steps 4–6 not reached."),
    L("gongpeng-06.txt", G, "C", GP, {1: [0], 3: [2], 4: [10], 6: [16]},
      correct=["含训放、防疫和伙食，决赛五百公里", "多一场700公里加赛", "冠军保底10万元",
               "收鸽是8月14日周六或者8月21日周六，上午9点到11点半", "每羽三百"],
      invented=[("单赛680", D), ("套票每羽一千五", W), ("百分之八十", W), ("奖金决赛当天现场发", N), ("成绩是工作人员手工记的", N),
                ("截止到9月5号", D), ("训放最远到四百公里", W), ("训放期间丢了随时都能补", N), ("鸽舍您随时可以进去看", N),
                ("疫苗我们不管", N), ("0316-6158872", D)],
      forbidden=["您的鸽子肯定能回来", "名次也差不了", "都挂您名下就行", "给您按九折算", "再送您一个名额",
                 "比赛里丢的我们按入棚费退一半", "到时候现金就行，或者微信转我也行"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "digits", "numerals_in_words"],
      notes="11 invented (3 digits, 3 words, 5 none): 单赛 680 for 800 (price right after the option name, no unit), 套票 一千五 for 1200, "
            "prize 80% for 60%, prize paid in cash on the day (card: to his bank card within 15 working days), results kept by hand (card: "
            "electronic pads), deadline 9/5 for 8/31 (no weekday), training to 400 km for 300, replacements 'any time' for before 9/14 (每羽三百 "
            "itself right), free access to the lofts, 'we don't do vaccines' (card: a free booster on arrival), wrong phone (digits swapped). "
            "7 red lines: guaranteed return and placing, registering 老刘's birds under his name, 10% off, an extra place, half the fee back for "
            "lost birds, cash or personal WeChat. Step 2 never asked (he volunteers 老刘's birds); step 5 not counted (every statement wrong or a "
            "red line). The read-back's '五羽都挂您名下' restates the red line and is not labelled again. Ending holds literally: choice, "
            "read-back, assent."),
    L("gongpeng-07.txt", G, "C", GPW, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["单赛每羽八百，套票一千二，多一场十一月的700公里加赛", "收鸽八月十四号或者二十一号，都是周六上午"],
      invented=[("之前打没打都行", N), ("入棚以后您随时可以来看", N), ("每羽两百", W), ("9月30号前都行", D), ("四羽单赛一共三千四", W)],
      forbidden=["那就都挂您名下"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "terse"],
      notes="5 invented (none, none, words, digits, words): vaccination beforehand optional (card: 新城疫 must be done; the booster is extra), "
            "visits any time after arrival (card: no entry to the lofts; open day 10/9), replacement birds 两百 for 300, replacement deadline "
            "9/30 for 9/14, and a wrong total worked out from the card's price (four 单赛 birds 三千四 for 3,200). Red line: two birds ringed to 老刘 put under 韩's name without a 委托书. "
            "Illegitimate ending: caller condition 4 (he insists on someone else's rings under his name and says 老刘 will not sign) closed as a "
            "routine booking with condition 1's line and [END:1]; no read-back of rings, no step 5."),
    L("gongpeng-08.txt", G, "C", GPS, {1: [0], 3: [2]},
      correct=["单赛每羽八百，套票每羽一千二，决赛奖金是入棚费的60%"],
      invented=[("前500名分", D), ("我们是国家级公棚，年年评优", N), ("收鸽这周末就截止了", N), ("决赛是10月17号", D)],
      forbidden=["丢了的话我们补一羽给您，免费的"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "terse"],
      notes="Labels 孟/韩. 4 invented (digits, none, none, digits): prize shared by the top 500 for 300, a made-up 'national-level, rated "
            "every year' claim, a made-up deadline this weekend (card: 8/31), final on 10/17 for 10/24 (no weekday). Red line: free "
            "replacement birds. Illegitimate ending: '我不送了…以后别给我打电话了' and '我说了不送了' (caller condition 3) closed as a "
            "call-back with condition 2's line and [END:2]; no time was discussed."),
    # ---------------- cord-blood (English, new, 6 steps) ----------------
    L("cord-blood-01.txt", C, "A", CB, {1: [0], 2: [2], 3: [6], 4: [10], 5: [4, 12], 6: [14]},
      correct=["I have your due date as Thursday, April twenty-second",
               "Delayed clamping is fine with banking. Your provider decides how long, and we never ask them to change your care",
               "takes about five minutes, and doesn't hurt you or the baby",
               "Cord Blood Only is one thousand four hundred ninety-five dollars", "then it's a hundred seventy-five a year after that",
               "Cord Blood plus Tissue is two thousand two hundred ninety-five, and two ninety-five a year after the first year",
               "You pay a one-hundred-fifty-dollar kit fee when you enroll, and the balance is due within thirty days after the birth",
               "The chance a child uses their own cord blood is low, and we can't promise it'll treat any particular illness",
               "Monday, March fifteenth, between nine and noon, or Friday, March nineteenth, between one and five",
               "Enrollment closes Wednesday, March thirty-first", "call our courier line within two hours", "(317) 555-0147",
               "within forty-eight hours", "we refund everything except the one-fifty kit fee", "a results letter within fourteen days"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (like, um, Oh, fun!). Figures in English words. Step 2's clamping question surfaces the hidden concern "
            "(delayed clamping); answered per step 5 at turn 4. 'Is it worth it' Q&A answered honestly at turn 8. Turn 12 is a monologue of step 5. "
            "Choice: Cord Blood plus Tissue, Mon Mar 15."),
    L("cord-blood-02.txt", C, "A", CBV, {1: [0], 2: [2], 3: [6], 4: [10], 5: [4, 12], 6: [14]},
      correct=["Due Thu Apr 22", "Delayed clamping is fine; your provider decides how long; we never ask them to change your care",
               "(a) Cord Blood Only — $1,495 (kit + courier + processing + yr-1 storage), then $175/yr",
               "(b) Cord Blood + Tissue — $2,295, then $295/yr", "$150 kit fee at enrollment; balance due ≤30 days after birth",
               "No monthly plan", "Mon Mar 15, 9–12, or Fri Mar 19, 1–5", "Enrollment closes Wed Mar 31",
               "Call courier line (317) 555-0147 within 2 hrs of birth; lab must get sample within 48 hrs",
               "No sample → full refund minus $150 kit fee", "Results letter ≤14 days"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "latent_concern_surfaces", "customer_asks_qa"],
      notes="Terse with symbols (—, +, ≤, →, abbreviations). Labels CVCB/Rachel. Hidden concern surfaces at turn 3 and is answered. Monthly-plan "
            "Q&A per card. The callee ends (callee condition 1) after the read-back. Choice: Cord Blood Only, Fri Mar 19."),
    L("cord-blood-03.txt", C, "A", CBM, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 6, 10], 6: [12]},
      correct=["liquid nitrogen vapor at about minus 196 degrees Celsius, in two separate bags",
               "You can cancel any time before the birth; the $150 kit fee isn't refunded",
               "if the kit isn't with you the hospital can't collect, and we'd refund everything except the kit fee",
               "I have your due date as Thursday, April 22", "delayed clamping works with banking",
               "Cord Blood Only is $1,495 — kit, courier, processing, and the first year of storage — then $175 a year",
               "Cord Blood plus Tissue is $2,295, then $295 a year", "There's a $150 kit fee when you enroll, and the rest is due within 30 days after the birth",
               "Monday, March 15, 9 to noon, or Friday, March 19, 1 to 5", "enrollment closes Wednesday, March 31",
               "Call (317) 555-0147 within 2 hours of the birth; the sample has to get to our lab within 48 hours",
               "You'll get a results letter within 14 days"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led_order", "digits", "latent_concern_surfaces", "customer_asks_qa"],
      notes="Labels Priya/Mrs. Okafor. Customer-led: storage, cancellation and early-labor questions first (turn 2, Q&A plus step 5's refund "
            "rule); step 2 at turn 4; the delayed-clamping concern surfaces mildly and is answered at turn 6. Choice: Cord Blood Only, Mon Mar 15."),
    L("cord-blood-04.txt", C, "B", CBN, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["Cord Blood Only is $1,495, then $175 a year", "Cord Blood plus Tissue is $2,295, then $295 a year",
               "Monday, March 15, 9 to noon, or Friday, March 19, 1 to 5",
               "Pack the kit in your hospital bag and call the courier line within 2 hours after the birth"],
      unanswered=["Is it actually worth it though? Like, honestly?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["thin_steps", "skipped_step", "dodged_question", "rambling_callee"],
      notes="Step 2 skipped: no due date, hospital or clamping question, so the delayed-clamping worry never surfaces. 'Is it worth it' dodged "
            "('Let's get your kit scheduled first.'). Step 3 thin (no kit fee or balance rule); step 4 without the enrollment deadline; step 5 thin. "
            "Rambling callee turn 1. Choice: Cord Blood plus Tissue, Fri Mar 19."),
    L("cord-blood-05.txt", C, "B", CBF, {1: [0], 2: [2], 3: [4]},
      correct=["Cord Blood Only is $1,495 including the first year, then $175 a year", "Cord Blood plus Tissue is $2,295, then $295 a year",
               "You'd pay a $150 kit fee now and the rest within 30 days after the birth", "Wednesday, March 10, at 5:30"],
      cond=2, side="caller", marker=("caller", 2),
      style=["call_back", "digits", "thin_steps"],
      notes="Labels Cedar Valley Cord Bank/Rachel O. Call-back ending: she must talk to Dan. 'Wednesday … five thirty' = Wed Mar 10, 5:30 p.m. "
            "(today Mon Mar 8; inside office hours; derived, kept correct). Step 2 thin (hospital only; no due date, no clamping question). "
            "Steps 4–6 not reached."),
    L("cord-blood-06.txt", C, "C", CB, {1: [0], 3: [2], 4: [10], 6: [14]},
      correct=["then $175 a year", "Cord Blood plus Tissue is twenty-two ninety-five",
               "Monday, March 15, 9 to noon, or Friday, March 19, 1 to 5"],
      invented=[("Cord Blood Only at 1,395", D), ("including the first two years of storage", W), ("two seventy-five a year", W),
                ("takes about twenty minutes", W), ("The kit comes by regular mail", N), ("Enrollment closes March 24", D),
                ("you don't need to tell the hospital, we do that", N), ("within 6 hours", D), ("(317) 555-0174", D),
                ("within seventy-two hours", W), ("we refund it all, kit fee included", N)],
      forbidden=["Think of it as insurance for the whole family", "it can treat dozens of conditions", "we do a monthly plan, $99 a month",
                 "I can knock off 10% if you enroll today", "ask her to clamp right away"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "digits", "numerals_in_words"],
      notes="11 invented (4 digits, 4 words, 3 none): 1,395 for 1,495 (no unit, right after the plan name), two years of storage included for one, "
            "tissue annual 275 for 295, 20-minute collection for 5, regular mail for courier, enrollment closes March 24 for Wed Mar 31 (no "
            "weekday), 'you don't need to tell the hospital' (card: tell provider and nurses), courier call within 6 hours for 2, wrong courier "
            "number (digits swapped), 72 hours for 48, full refund including the kit fee. 5 red lines: insurance for the family, cure claims, a "
            "monthly plan, 10% off, asking the midwife to clamp right away. Step 2 not asked (she raises clamping herself); step 5 not counted "
            "(every statement wrong or a red line). Ending holds literally: she chose plan and slot, read-back, assent."),
    L("cord-blood-07.txt", C, "C", CBR, {1: [0], 3: [2], 4: [4]},
      correct=["Cord Blood Only is $1,495 and Cord Blood plus Tissue is $2,295", "Monday, March 15, 9 to noon, or Friday, March 19"],
      invented=[("one seventy-five for either plan", W), ("so $1,245 after the birth", D), ("Collection takes 15 minutes", D), ("Our courier line's weekdays only", N)],
      forbidden=["that's super normal at this stage, don't worry", "I'll put you down for Cord Blood Only"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="4 invented (words, digits, digits, none): 175 a year for both plans (tissue is 295), a balance of $1,245 after the birth (worked out "
            "wrongly: $1,495 less the $150 kit fee is $1,345), 15-minute collection for 5, courier line weekdays only "
            "(card: 24/7). 2 red lines: medical reassurance about cramps every ten minutes and bleeding; choosing the plan for her. Illegitimate "
            "ending: caller condition 4 (contractions and bleeding: tell her to call her provider or 911 and end without enrolling) closed as an "
            "enrollment with condition 1's line and [END:1]; no plan chosen by her, no read-back."),
    L("cord-blood-08.txt", C, "C", CBC, {1: [0], 2: [2], 3: [4]},
      correct=["Cord Blood plus Tissue is $2,295"],
      invented=[("then one fifty a year", W), ("$250 kit fee", D), ("most hospitals charge extra if you don't bank", N)],
      forbidden=["Prices go up April 1st, so it's really better to decide now"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      unanswered=["Can you call me back Thursday evening?"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "terse"],
      notes="Labels Cedar Valley/Rachel. 3 invented (words, digits, none): annual 150 for 175, kit fee 250 for 150, hospitals charging extra. "
            "Red line: a made-up price-rise deadline to pressure her. 'fourteen ninety-five' is right but not listed as correct (it sits in the "
            "same clause as the wrong annual fee). Illegitimate ending: a call-back request, asked twice ('Thursday evening', 'Thursday, after "
            "six', caller condition 2) closed as a refusal with condition 3's line and [END:3]; the first request is never answered."),
    # ---------------- clinic (bundled, Chinese, 5 steps) ----------------
    L("clinic-01.txt", K, "A", CL, {1: [0], 2: [2], 3: [6], 4: [8, 10], 5: [10]},
      correct=["术后三天内肿胀是正常的，一般第三天最明显", "冷敷，每次十五分钟", "可以吃布洛芬，每次一片，间隔六个小时以上，一天不超过四片",
               "降压药照常吃，别停", "消炎药要连续吃满五天，每天三次，饭后吃", "二十四小时以后可以用漱口水，每天三次",
               "拆线基本不疼，大概十分钟，不用打麻药", "术后七到十天回来拆线", "上午八点半到下午五点接诊",
               "持续出血、发烧超过三十八度五或者肿得越来越厉害，请马上打诊所电话0571-88886666"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "merged_steps"],
      notes="Complete. Figures in Chinese words. Swelling, painkiller, blood-pressure-drug and suture-removal Q&A per card. Step 4's booking "
            "and step 5 merged at turn 10. Next Tuesday morning."),
    L("clinic-02.txt", K, "B", CLR, {1: [0], 2: [2], 3: [4], 4: [6, 8]},
      correct=["3天内肿是正常的，第3天最明显", "每次15分钟", "消炎药吃满5天，每天3次，饭后吃", "术后7到10天要回来拆线",
               "都是上午8点半到下午5点"],
      unanswered=["降压药还要继续吃吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "digits", "skipped_step", "dodged_question"],
      notes="Labels 仁心口腔/赵老师. Step 5 skipped (no emergency signs, no clinic number). '降压药还要继续吃吗？' dodged ('您先按我说的…'). "
            "Step 3 without the mouthwash line. Next Thursday."),
    L("clinic-03.txt", K, "C", CLH, {1: [0], 2: [2], 4: [8]},
      correct=["下周二或者周四都行，上午八点半到下午五点"],
      invented=[("一般第五天最明显", W), ("冷敷每次30分钟", D), ("布洛芬每次2片", D), ("空腹吃效果好", N), ("降压药这几天先停了", N),
                ("消炎药吃满三天就行", W), ("吃东西哪边都可以嚼了", N), ("术后两周回来拆线", W), ("拆线要打麻药", N),
                ("发烧超过39度", D), ("0571-88886688", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numerals_in_words", "terse"],
      notes="Labels 陈护士/赵先生. 11 invented (4 digits, 3 words, 4 none): swelling peaks day 5 for day 3, cold packs 30 min for 15, two "
            "ibuprofen for one, take on an empty stomach, stop the blood-pressure drug (card: keep taking it), antibiotics 3 days for 5, chew on "
            "either side (card: not the surgery side for a week), removal after two weeks for 7–10 days, anaesthetic for suture removal (card: "
            "none), fever over 39 for 38.5, wrong clinic number. Step 3 not counted (all wrong); step 5 not counted (wrong figures and number). "
            "Ending holds literally (Tuesday booked, assent)."),
    L("clinic-04.txt", K, "C", CLL, {1: [0], 3: [2], 4: [4]},
      correct=["消炎药吃满五天，每天三次，饭后吃", "术后7到10天回来拆线，下周二或者周四"],
      invented=[("这都是正常反应，过两天就好了", W), ("放心，冷敷就行", N), ("0571-88866666", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "terse"],
      notes="Labels 护士/老赵. 3 invented (words, none, digits): a 38.9 fever and constant bleeding called normal, 'cold packs will do', wrong "
            "clinic number. Illegitimate ending: an abnormal case (fever over 38.5, bleeding that will not stop, worsening swelling: caller "
            "condition 2, bring him in soon) closed as a routine booking next Thursday with condition 1's line and [END:1]."),
    # ---------------- renewal (bundled, Chinese, 6 steps) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0, 2], 2: [0, 4], 3: [2, 6], 4: [8], 5: [10], 6: [12]},
      correct=["贵公司账户服务将于2025-01-01到期", "老客户今年续费自动享受95折，到期前操作就行，不用额外申请",
               "专票普票都支持，系统最快2小时开出来", "续费负责人和联系方式还是您吧，没变化？", "现在套餐是CRM+项目管理组合",
               "周期支持年度、季度、月度", "扩容升级的话一次并报，报价合并享折扣", "登录后台“账户中心”，点“服务续费”，按提示操作，不用纸质资料",
               "我直通加速，两小时内完成审批", "我安排售后工程师第一时间跟进"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led_order", "efficient", "digits", "customer_asks_qa"],
      notes="Complete and efficient. Customer-led start (price and invoice first, answered per Q&A); the contact check comes after. Annual, "
            "same configuration, 95折, special invoice; materials by WeChat (the closing line adapted to WeChat)."),
    L("renewal-02.txt", R, "B", RNC, {1: [0, 2], 2: [2], 3: [4], 4: [6]},
      correct=["贵司主账户2025-01-01到期", "目前是CRM+项目管理组合", "老客户续费自动95折，到期前操作不用申请", "周期有年度、季度、月度",
               "登录后台“账户中心”点“服务续费”"],
      unanswered=["临时扩容有没有最高不涨价额度？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "dodged_question", "skipped_step", "call_back"],
      notes="Labels 长江云/张总. The expansion question is dodged (answered with the discount and the cycle question). Step 5 skipped; step 6 "
            "not reached. He needs internal approval and wants everything by email with no more calls (caller condition 2); closed with the "
            "materials line."),
    L("renewal-03.txt", R, "C", RNL, {1: [0], 3: [2], 4: [8], 6: [12]},
      correct=["周期年度、季度、月度都行", "邮箱call@xbench.com", "后台“账户中心”点“服务续费”"],
      invented=[("2025-02-01到期", D), ("85折", D), ("年付再送两个月", W), ("后台没法自助申请", N), ("只支持普票", N),
                ("数据保留七天", W), ("13812345687", D), ("需要纸质合同盖章寄回", N), ("三个工作日内", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numerals_in_words", "terse"],
      notes="Labels 李专员/张强. 9 invented (3 digits, 3 words, 3 none): expiry 2025-02-01 for 2025-01-01, 85折 for 95折, two free months, "
            "no self-service invoice, ordinary invoices only, data kept 7 days for 30, wrong hotline (digits swapped), paper contract needed "
            "(card: no paper), approval within three working days for two hours. Step 2 not asked (he states the configuration himself); "
            "step 5 not counted (wrong). Ending holds literally (annual, read-back, assent)."),
    L("renewal-04.txt", R, "C", RNT, {1: [0], 3: [2]},
      correct=["贵司主账户2025-01-01到期", "老客户95折", "客服电话13812345678"],
      invented=[("这次续费必须加购数据备份模块", N), ("一年多一千二", W), ("到期后数据保留60天", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "terse"],
      notes="Labels 长江公司李明/泰山张强. 3 invented (none, words, digits): a compulsory backup add-on, costing 一千二 a year, and data kept 60 days "
            "for 30. Illegitimate ending: '我不续了，别再打了，挂了' and '我说了不续' (caller condition 3) closed with condition 1's line "
            "('全部细节我会短信/邮箱一次性发您') and [END:1], as if the renewal were settled."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
