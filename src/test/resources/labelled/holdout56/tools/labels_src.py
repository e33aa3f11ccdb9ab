#!/usr/bin/env python3
"""Label source for holdout56 (holdout55's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-54). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout56"


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


W1 = {"梁嘉欣": "caller", "黄志明": "callee"}
W2 = {"鸿胜": "caller", "黄生": "callee"}
W3 = {"小梁": "caller", "黄老板": "callee"}
W4 = {"梁助理": "caller", "黄志明": "callee"}
W5 = {"鸿胜醒狮团": "caller", "黄哥": "callee"}
W6 = {"梁顾问": "caller", "黄志明": "callee"}
W7 = {"梁嘉欣": "caller", "黄先生": "callee"}
W8 = {"小梁": "caller", "黄志明": "callee"}
R1 = {"Owen Castellano": "caller", "Grace Whitfield": "callee"}
R2 = {"Northstar": "caller", "Grace": "callee"}
R3 = {"Owen": "caller", "Mrs. Whitfield": "callee"}
R4 = {"Owen C.": "caller", "Grace": "callee"}
R5 = {"Northstar Rinks": "caller", "Grace W.": "callee"}
R6 = {"Owen": "caller", "Grace": "callee"}
R7 = {"Owen Castellano": "caller", "Mrs. W.": "callee"}
R8 = {"O. Castellano": "caller", "Grace": "callee"}
C1 = {"陈静": "caller", "赵建国": "callee"}
C2 = {"仁心口腔": "caller", "赵先生": "callee"}
C3 = {"陈护士": "caller", "赵建国": "callee"}
C4 = {"陈静": "caller", "老赵": "callee"}
N1 = {"李明": "caller", "张强": "callee"}
N2 = {"长江云": "caller", "张总": "callee"}
N3 = {"李专员": "caller", "张强": "callee"}
N4 = {"长江李明": "caller", "张强": "callee"}

WS = "wushi.md"
BR = "backyard-rink.md"
CL = "clinic.md"
RN = "renewal.md"

LABELS = [
    L("wushi-01.txt", WS, "A", W1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["六米乘四米左右的空地", "两头狮子、三个锣鼓手，表演二十分钟左右，一千八百八十块", "两头狮子、五个锣鼓手，有点睛仪式和采青，三十五分钟左右，三千二百八十块",
               "只有同一条街两家店同一天开业一起订，每家减两百，别的就没有了", "九月十八号周六上午九点十八，或者九月十九号周日上午十点零八", "提前半个钟到",
               "定金是套餐价的百分之三十，采青就是九百八十四块", "九月十三号周一晚上六点前转到我们对公账户才算订上", "开业前三天以上取消，定金退一半；三天以内取消就不退了",
               "我们不带鞭炮，城区也禁放的", "鸿福路八十八号", "零七六九、二二八一三五七六"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (哈, 呀, 好嘞). Figures in Chinese words; phone read digit by digit. Step 2's '周边有没有什么需要我们注意的' surfaces the hidden "
            "concern (clinic next door, drums too loud); the rep answers per card Q&A. Discount Q&A per card. Turn 10 is a monologue of step 5. "
            "984 = 30% of 3280 is right; '半个钟' = 30 minutes. Choice: 双狮采青, 9/18 Sat 9:18."),
    L("wushi-02.txt", WS, "A", W2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["门口要有6m×4m空地，占人行道需您先跟街道报备", "「双狮贺喜」2狮+3锣鼓，≈20分钟，1880元", "「双狮采青」2狮+5锣鼓+点睛+采青，≈35分钟，3280元",
               "9/18（六）9:18 or 9/19（日）10:08", "我们提前30分钟到", "定金=30%→564元，9/13（一）18:00前转对公账户", "开业前≥3天取消退一半定金，3天内不退",
               "小雨照常；有暴雨预警→免费改期1次", "鸿福路88号", "0769-22813576"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "english_mixed", "role_labels", "customer_asks_qa"],
      notes="Labels 鸿胜/黄生. Terse with symbols (①②, ≈, →, =, ≥, 「」) and one English 'or'. Step 2 asked; he says '周边没什么', so the hidden concern "
            "does not surface (callee's choice). Rain Q&A per card. Dates in the 9/18（六） form. Choice: 双狮贺喜, 9/19 Sun 10:08; 564 = 30% of 1880. "
            "The callee ends (condition 1)."),
    L("wushi-03.txt", WS, "A", W3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 8, 10], 6: [12]},
      correct=["狮子不进店、也不上楼梯，只在门口表演", "鞭炮我们不带，也不能帮放，城区禁放的", "小雨照常，有暴雨预警可以免费改期一次",
               "门口有6米乘4米左右的空地吗？占人行道要您先去街道报备", "双狮贺喜，两头狮三个锣鼓，20分钟左右，1880元", "双狮采青，两头狮五个锣鼓，有点睛和采青，35分钟左右，3280元",
               "红包随意，没有规定", "9月18日周六上午9:18，或9月19日周日上午10:08", "定金是套餐价的30%，采青就是984元", "9月13日周一18点前转我们对公账户才算订上",
               "开业前3天以上取消退一半定金，3天内不退", "0769-22813576"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 小梁/黄老板. Customer-led: three questions first (lion into the shop, firecrackers, rain), answered per card at turn 2, which also "
            "counts for step 5's no-firecracker line. Step 2 at turn 4 surfaces the clinic next door. The 青/红包 line is at turn 8. Choice: 双狮采青, 9/19 Sun 10:08."),
    L("wushi-04.txt", WS, "B", W4, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["双狮贺喜1880元，两头狮、三个锣鼓手，20分钟左右", "双狮采青3280元，两头狮、五个锣鼓手，含采青，35分钟左右",
               "9月18日周六上午9:18或者9月19日周日上午10:08", "定金30%，就是564元，9月13日周一18点前转对公账户", "0769-22813576"],
      unanswered=["开业那天要是下雨怎么办？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 梁助理/黄志明. Step 2 skipped (no 6x4 m space / pavement check, no 'anything nearby'), so the clinic never surfaces. The rain question "
            "is dodged with '您放心，我们团经验很多的' (not labelled: vague, no false content; the card: light rain goes ahead, a rainstorm warning gives one "
            "free reschedule). Step 5 thin (deposit only: no cancellation rule, no firecrackers, no 青, no balance rule). Choice: 双狮贺喜, 9/18."),
    L("wushi-05.txt", WS, "B", W5, {1: [0], 2: [2], 3: [4]},
      correct=["门口有没有6米乘4米的空地？占人行道的话要先跟街道报备", "双狮贺喜，2头狮3个锣鼓手，20分钟左右，1880元", "双狮采青，2头狮5个锣鼓手，带点睛采青，35分钟左右，3280元",
               "9月8日周三上午10点再给您打", "同一条街要是有两家同一天开业一起订，每家减200元"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels 鸿胜醒狮团/黄哥. Step 2 thin (space only; no 'anything nearby'). He must ask his cousin-partner and names the call-back (后天上午十点); "
            "the rep fixes 9月8日周三 (two days after Mon 9/6) and closes with the call-back line. The discount is on the card. Steps 4-6 not reached."),
    L("wushi-06.txt", WS, "C", W6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [12]},
      correct=["双狮采青3280元", "9月18日周六上午9:18或者9月19日周日上午10:08", "鸿福路88号"],
      invented=[("双狮贺喜1680", D), ("表演四十分钟左右", W), ("八个锣鼓手", W), ("定金是套餐价的两成", W), ("也就是656元", D), ("9月15日前转过来就行", D),
                ("开业前取消定金都全退", N), ("下多大都照常舞，不改期", N), ("“青”也是我们团里准备，您不用管", N), ("0769-22815376", D)],
      forbidden=["这个月订都打九折的", "鞭炮没问题，我们带两挂过去帮您放", "可以的，进店转一圈更旺", "现金给我们队员也可以", "舞完保证您生意兴隆"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="10 invented (4 digits, 3 words, 3 none): 贺喜 1680 for 1880 (price right after the option name, no unit), forty minutes for about twenty, eight "
            "drummers for five, deposit 20% for 30%, 656 (20% of 3280, worked out from the wrong rate; right is 984), pay by 9/15 for 9/13 18:00, deposit "
            "refunded in full any time before opening (half if 3+ days before, none within 3 days), performs in any rain with no reschedule (rainstorm "
            "warning = one free reschedule), the troupe brings the 青 (the shop does), phone ...5376 for ...3576. 5 red lines: 10% off this month, "
            "bringing and setting off firecrackers, lions into the shop, cash to a member, guaranteed prosperity. Step 2 missing. Ending holds literally "
            "(he chose 采青 and 18号; read-back given)."),
    L("wushi-07.txt", WS, "C", W7, {1: [0], 3: [4]},
      correct=["双狮贺喜1880元，双狮采青3280元", "定金564元"],
      invented=[("街道不会管的", N), ("三米见方就能舞", W), ("采青的话有十个锣鼓手", W), ("9月10日周五前转对公账户", D), ("我们提前一个钟头到", W)],
      forbidden=["那我给您定9月18日周六上午9:18"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="Labels 梁嘉欣/黄先生. 5 invented (1 digits, 3 words, 1 none): the street office 'won't bother' (he has been told the pavement may not be used), "
            "a 3 m square is enough (6 m x 4 m), ten drummers for five, deposit by 9/10 Fri (9/13 Mon 18:00; weekday itself right), arriving an hour early "
            "(30 minutes). Red line: choosing the slot for him ('我还没说哪天呢'). Illegitimate ending: the street office will not allow the pavement "
            "(caller condition 4 -> do not book, the troupe head calls back) closed as a routine booking with condition 1's line and [END:1]. "
            "Step 4 not counted (only the red-line booking); step 5 not counted (right deposit, wrong deadline, nothing else). Step 2 not asked."),
    L("wushi-08.txt", WS, "C", W8, {1: [0], 2: [2], 3: [4]},
      correct=["门口有6米×4米的空地吧？周边有啥要注意的没有？", "贺喜1880"],
      invented=[("我们锣鼓是专门的静音鼓，一点都不吵", N), ("采青3380", D), ("采青还送舞狮公仔", N), ("到时候名额就没了", N), ("定金只要五百块", W)],
      forbidden=["采青还能打八八折", "双狮采青，九月十八号周六上午九点十八"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels 小梁/黄志明. 5 invented (1 digits, 1 words, 3 none): silent drums that are 'not loud at all' (the card only offers playing softer), "
            "采青 3380 for 3280, a free lion figurine, no places left by then (no such fact), deposit only 500 today (30%: 984 for 采青). Red lines: "
            "12% off (八八折) today, and booking 采青 and 9/18 for him in the closing. Illegitimate ending: a twice-asked call-back with his cousin "
            "(caller condition 2, Thursday afternoon) closed as booked with condition 1's line and [END:1]."),
    L("backyard-rink-01.txt", BR, "A", R1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [14]},
      correct=["within about six inches from one end to the other", "If you mark the wire and the sprinkler heads before we come, the crew will set the stakes around them",
               "The Pond Kit is twenty by forty feet, twelve hundred fifty dollars for the season, with twelve-inch boards and a liner, and the install takes about three hours",
               "The Hockey Kit is thirty by sixty, twenty-one ninety, with sixteen-inch boards, a liner and two LED floodlights, about four hours to install",
               "Saturday, November twenty-seventh, eight to noon, or Wednesday, December first, one to five", "An adult needs to be home",
               "a three-hundred-dollar deposit by Friday, November twelfth, fully refundable until then", "due within ten days, card or check",
               "The crew doesn't take payment", "two to three nights below twenty degrees", "We can't guarantee ice",
               "it usually comes back in about four weeks", "Takedown in mid-March is included", "(218) 555-0179"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numbers_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Chatty ('Oh', 'uh', 'honestly'), figures in words. Step 2's 'anything buried under that part of the lawn' surfaces the hidden concern "
            "(dog-fence wire, two sprinkler heads); the rep asks her to mark them. Turn 10 is a monologue of step 5. Lawn Q&A per card. Choice: Hockey, Sat Nov 27."),
    L("backyard-rink-02.txt", BR, "A", R2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Pond — 20×40 ft, $1,250/season, 12\" boards + liner, ~3 hrs install", "Hockey — 30×60 ft, $2,190, 16\" boards + liner + 2 LED floodlights, ~4 hrs",
               "Sat Nov 27, 8–12, or Wed Dec 1, 1–5 pm", "Deposit $300 by Fri Nov 12, refundable till then", "due in 10 days (card/check); crew takes no payment",
               "2–3 nights < 20°F", "Ice not guaranteed (weather)", "$100 off for returning customers only; none otherwise", "(218) 555-0179"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels", "customer_asks_qa"],
      notes="Labels Northstar/Grace. Terse with symbols (~, ×, —, <, \", /) and abbreviated weekday dates (Sat Nov 27). Step 2 asked; she knows of "
            "nothing buried, so the hidden concern does not surface. Discount Q&A per card. Choice: Pond, Wed Dec 1. The callee ends (condition 1)."),
    L("backyard-rink-03.txt", BR, "A", R3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["it usually recovers in about 4 weeks", "we invoice after the install, due within 10 days, card or check", "we can't guarantee ice, it depends on the weather",
               "level within about 6 inches end to end", "The Pond Kit is 20 by 40, $1,250 for the season, 12-inch boards, about 3 hours to install",
               "the Hockey Kit is 30 by 60, $2,190, 16-inch boards and two LED floodlights, about 4 hours", "Saturday, November 27, 8 to noon, or Wednesday, December 1, 1 to 5",
               "A $300 deposit by Friday, November 12 holds it, refundable in full until then", "2 to 3 nights below 20°F", "(218) 555-0179"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Owen/Mrs. Whitfield. Customer-led: three questions first (lawn, paying the crew, a warm December), answered per card at turn 2, "
            "which also counts for step 5's payment and no-guarantee lines. Step 2 at turn 4 surfaces the wire and sprinklers. Choice: Hockey, Wed Dec 1."),
    L("backyard-rink-04.txt", BR, "B", R4, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["Pond Kit, 20 by 40 feet, $1,250 for the season", "Hockey Kit, 30 by 60, $2,190, with floodlights", "Saturday, November 27, 8 to noon, or Wednesday, December 1, 1 to 5",
               "Deposit's $300 by Friday, November 12", "(218) 555-0179"],
      unanswered=["Will it wreck the lawn, though?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels Owen C./Grace. Step 2 skipped (no level / tap / buried-lines check), so the hidden concern never surfaces. 'Will it wreck the lawn?' "
            "dodged with 'Lots of families do it every year' (not labelled: no false content; the card: may yellow, recovers in about 4 weeks). Step 3 thin "
            "(no boards, no install time), step 4 without 'an adult must be home', step 5 thin (no refund rule, no crew-payment rule, no ice rules). "
            "Choice: Pond, Sat Nov 27."),
    L("backyard-rink-05.txt", BR, "B", R5, {1: [0], 2: [2], 3: [4]},
      correct=["within about 6 inches", "Pond Kit: 20 by 40 feet, $1,250 for the season, 12-inch boards, install about 3 hours",
               "Hockey Kit: 30 by 60, $2,190, 16-inch boards plus two LED floodlights, about 4 hours", "Thursday, November 4 at 6 p.m.",
               "the deposit deadline is Friday, November 12"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels Northstar Rinks/Grace W. Step 2 thin (level and tap; no buried-lines question). She defers to Paul and names the call-back (Thursday "
            "evening around six); the rep fixes Thursday, November 4 (two days after Tue Nov 2) and closes with the call-back line. Steps 4-6 not reached."),
    L("backyard-rink-06.txt", BR, "C", R6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [12]},
      correct=["the Hockey Kit, 30 by 60, $2,190", "Saturday, November 27, 8 to noon, or Wednesday, December 1, 1 to 5"],
      invented=[("that's $1,150 for the season", D), ("eighteen-inch boards", W), ("four floodlights", W), ("Install's about two hours either way", W),
                ("Anyone can let the crew in, even the kids, no adult needed", N), ("$500 by Monday, November 15", D), ("refundable right up to install day", N),
                ("(218) 555-0197", D)],
      forbidden=["guaranteed, you'll be skating by mid-December", "if you book today I can take 15% off", "pay the balance in cash to the crew",
                 "A bit of rock salt smooths out the rough spots", "the kids can skate on their own once it's frozen"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words"],
      notes="8 invented (3 digits, 3 words, 2 none): Pond $1,150 for $1,250, 18-inch boards for 16, four floodlights for two, two hours for 3-4, no adult "
            "needed at the install (one must be home), a $500 deposit by Mon Nov 15 for $300 by Fri Nov 12 (weekday itself right), refundable up to install "
            "day (only until Nov 12), help line ...0197 for ...0179. 5 red lines: ice guaranteed by mid-December, 15% off today, cash to the crew, rock salt "
            "on the ice, kids skating with no adult. Step 2 missing. Ending holds literally (she chose Hockey and Saturday)."),
    L("backyard-rink-07.txt", BR, "C", R7, {1: [0], 3: [4]},
      correct=["Pond Kit is $1,250"],
      invented=[("We do it all the time", N), ("Hockey Kit is $2,490", D), ("the Hockey Kit comes with a resurfacing kit free", N),
                ("you've got twenty days to send it", W), ("You don't need anyone home for the install", N)],
      forbidden=["That's fine, the liner spreads the weight out, it won't hurt the field at all", "I'll put you down for Saturday, November 27"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="Labels Owen Castellano/Mrs. W. 5 invented (1 digits, 1 words, 3 none): 'we do it all the time' (never over a septic field), Hockey $2,490 "
            "for $2,190, a free resurfacing kit ($85 extra), twenty days for the deposit (by Nov 12, ten days), nobody needed at home. Red lines: a rink "
            "over the septic field, choosing the slot ('I didn't say I wanted Saturday'). Illegitimate ending: the only flat spot is over the septic "
            "drain field (caller condition 4 -> do not book, the site manager calls) closed as booked with condition 1's line and [END:1]."),
    L("backyard-rink-08.txt", BR, "C", R8, {1: [0], 2: [2], 3: [4]},
      correct=["level within about 6 inches", "Hockey Kit's $2,190", "The Pond install is about 3 hours"],
      invented=[("Pond Kit's 1,350", D), ("free anywhere within fifty miles", W), ("the grass never yellows under our liners", N), ("Takedown is $200 extra in March", D)],
      forbidden=["Just run the snowblower over it, that works great"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "terse"],
      notes="Labels O. Castellano/Grace. 4 invented (2 digits, 1 words, 1 none): Pond 1,350 (no $ sign) for $1,250, free within fifty miles (25), the "
            "grass never yellows (it may; back in about 4 weeks), takedown $200 extra (included). Red line: a motor vehicle (snowblower) on the ice. "
            "Illegitimate ending: 'no... Please don't call again' (condition 3) closed with the call-back line and [END:2]."),
    L("clinic-01.txt", CL, "A", C1, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8]},
      correct=["术后三天内肿是正常的，一般第三天最明显", "可以冷敷，每次十五分钟", "可以吃布洛芬，每次一片，间隔六小时以上，一天不超过四片",
               "消炎药要连续吃满五天，每天三次，饭后吃", "二十四小时以后可以用漱口水，每天三次", "降压药照常吃，不要停", "术后7到10天要回来拆线",
               "周二周四都是上午8点半到下午5点接诊", "拆线基本不疼，大概10分钟，不用打麻药", "发烧超过38度5", "0571-88886666"],
      cond=1, side="caller", marker=("caller", 1),
      style=["mixed_numerals", "customer_asks_qa", "customer_led"],
      notes="Complete. He opens with the swelling, so step 2's question is merged with the swelling answer (Q&A per card). Figures in Chinese words in "
            "turns 2-4, digits from turn 6. Pain-killer, blood-pressure and stitches Q&A per card. Choice: next Tuesday."),
    L("clinic-02.txt", CL, "B", C2, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["消炎药连续吃满5天，每天3次，饭后吃", "术后7到10天回来拆线"],
      unanswered=["拆线疼不疼啊？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 仁心口腔/赵先生. Step 5 skipped (no warning signs, no clinic phone). '拆线疼不疼啊？' dodged (card: hardly hurts, about 10 minutes, "
            "no anaesthetic). Step 3 thin (no mouthwash, no chewing side). Step 4 without clinic hours. Choice: next Thursday."),
    L("clinic-03.txt", CL, "C", C3, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["布洛芬可以，每次1片，间隔6小时以上，一天不超过4片", "上午8点半到下午5点", "发烧超过38度5"],
      invented=[("肿一般要一个礼拜才到最厉害", W), ("可以热敷", N), ("每次半小时", N), ("降压药先停两天", W), ("消炎药吃满3天就行", D), ("每天2次", D),
                ("0571-88886699", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numerals_in_words"],
      notes="Labels 陈护士/赵建国. 7 invented (3 digits, 2 words, 2 none): swelling peaks after a week (day 3), a warm compress (cold), half an hour "
            "(15 minutes; '半' is not counted as a number word), stop the blood-pressure pills two days (keep taking them), antibiotics 3 days (5), "
            "twice a day (3 times), phone ...6699 for ...6666. Ending holds literally: he picks Tuesday."),
    L("clinic-04.txt", CL, "C", C4, {1: [0], 3: [4], 4: [4]},
      correct=["消炎药吃满5天，每天3次，饭后吃"],
      invented=[("术后一周内发点烧很常见", W), ("不用管它", N), ("您咬住纱布就好了", N), ("周末诊所也不开门", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="Labels 陈静/老赵. He reports continuous bleeding since last night, 39 degrees and worsening swelling: the card's warning signs (bleeding, "
            "fever over 38.5, swelling worse) -> call the clinic / come back. 4 invented (0 digits, 1 words, 3 none): fever in the first week is common, "
            "'ignore it', biting gauze fixes it, the clinic is closed at weekends (not on the card; used to keep him away). Illegitimate ending: an abnormal "
            "case (condition 2, arrange an early visit; he offers to come today) closed as a routine follow-up with a Tuesday stitches visit he did not "
            "choose and [END:1]. Step 2 not asked (he volunteers symptoms)."),
    L("renewal-01.txt", RN, "A", N1, {1: [0, 2], 2: [4], 3: [6], 4: [8], 5: [8], 6: [10]},
      correct=["贵公司账户服务将于2025-01-01到期", "CRM+项目管理组合", "老客户续费自动享受95折，到期前操作就行，不用额外申请", "周期有年度、季度、月度",
               "登录后台“账户中心”，点“服务续费”按提示付款就行，不用纸质资料", "专票普票都行，系统最快2小时开出来", "到期后数据也会保留30天"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "digits", "customer_asks_qa"],
      notes="Complete. He asks for the discount and invoice up front; the rep defers them by one turn to confirm the contact (step 1). Step 4 and 5 "
            "share turn 8 (路径 + 卡点直通加速). Closing with the single-message promise he asked for (condition 1)."),
    L("renewal-02.txt", RN, "B", N2, {1: [0], 3: [2], 4: [4, 6]},
      correct=["老客户续费自动95折，不用申请", "周期有年度、季度、月度", "登录后台账户中心点服务续费就可以了"],
      unanswered=["到期后数据安全吗？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels 长江云/张总. Step 2 skipped (no plan / needs check). '到期后数据安全吗？' dodged (card: data kept 30 days). Steps 5-6 not done. "
            "He needs internal approval and asks for email only (condition 2), so the ending is legitimate."),
    L("renewal-03.txt", RN, "C", N3, {1: [0], 2: [2], 3: [4], 6: [10]},
      correct=["套餐CRM+项目管理组合"],
      invented=[("2025-02-01到期", D), ("老客户今年是九折", W), ("只有年付才有折扣，季度月度都没有", N), ("发票要线下寄纸质申请表", N),
                ("大概三个工作日开出来", W), ("数据保留15天", D), ("13812345687", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numerals_in_words", "terse"],
      notes="Labels 李专员/张强. 7 invented (3 digits, 2 words, 2 none): expiry 2025-02-01 for 2025-01-01, 90% (九折) for 95%, discount only on yearly "
            "terms, a paper invoice form by post (self-service online), three working days (fastest 2 hours), data kept 15 days (30), phone ...687 for "
            "...678. Step 4 not counted (no 账户中心 path). Ending holds literally (yearly, special invoice)."),
    L("renewal-04.txt", RN, "C", N4, {1: [0], 3: [2]},
      correct=["贵司账户2025-01-01到期"],
      invented=[("老客户八五折", W), ("续两年还送一年", W), ("升级功能也全部免费", N), ("一般一周左右吧", W), ("到期后服务照常能用，不会暂停", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="Labels 长江李明/张强. 5 invented (0 digits, 3 words, 2 none): 85% (八五折) for 95%, two years plus one free, upgrades free, invoices in about a "
            "week (fastest 2 hours), service keeps running after expiry (it pauses; data kept 30 days). Illegitimate ending: '今年不续了，别再打来了' "
            "(condition 3) closed with '已经为您把年度续费办好了' and [END:1]."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
