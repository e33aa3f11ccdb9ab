#!/usr/bin/env python3
"""Label source for holdout62 (holdout61's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-61). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout62"


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



F1 = {"宋佳怡": "caller", "吴素芬": "callee"}
F2 = {"固宅": "caller", "吴": "callee"}
F3 = {"宋顾问": "caller", "吴阿姨": "callee"}
F4 = {"宋佳怡": "caller", "吴素芬": "callee"}
F5 = {"佳怡": "caller", "吴素芬": "callee"}
F6 = {"小宋": "caller", "吴素芬": "callee"}
F7 = {"宋佳怡": "caller", "吴阿姨": "callee"}
F8 = {"宋佳怡": "caller", "吴素芬": "callee"}
W1 = {"Carla Nunes": "caller", "Walter Brennan": "callee"}
W2 = {"Harborline": "caller", "Walt": "callee"}
W3 = {"Carla": "caller", "Mr. Brennan": "callee"}
W4 = {"C. Nunes": "caller", "W. Brennan": "callee"}
W5 = {"Carla Nunes": "caller", "Walter": "callee"}
W6 = {"Carla": "caller", "Walter Brennan": "callee"}
W7 = {"Carla Nunes": "caller", "Walt": "callee"}
W8 = {"Harborline Carla": "caller", "Walter Brennan": "callee"}
C1 = {"陈静": "caller", "赵建国": "callee"}
C2 = {"陈护士": "caller", "赵建国": "callee"}
C3 = {"陈静": "caller", "赵先生": "callee"}
C4 = {"陈静": "caller", "赵建国": "callee"}
R1 = {"李明": "caller", "张强": "callee"}
R2 = {"长江李明": "caller", "张强": "callee"}
R3 = {"李经理": "caller", "张强": "callee"}
R4 = {"李明": "caller", "张总": "callee"}

FS = "fangshui.md"
BW = "boat-winterize.md"
CL = "clinic.md"
RN = "renewal.md"

LABELS = [
    L("fangshui-01.txt", FS, "A", F1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 6, 8], 6: [10]},
      correct=["局部注浆堵漏，不砸砖，施工一天，大概四个小时，在漏点周围打针孔注浆，一千九百八十块，保修两年",
               "那天卫生间停用四个小时左右，之后二十四小时别用水冲地面就行",
               "整体重做防水，把地砖和墙根砖砸掉重做防水层，工期五天，含四十八小时闭水试验，八千六百块，含普通瓷砖和人工，保修五年",
               "那五天卫生间都不能用", "永不漏水这种话我们不敢保证哈", "保修期内同一个地方再漏，我们免费返修",
               "电话里也判断不了，得上门用红外热像和闭水测试查", "上门检测是免费的，大概一个半小时",
               "六月十二号周六上午九点到十点半，或者六月十五号周二下午两点到三点半", "检测前两个小时卫生间先别用水",
               "定金是三成，局部注浆就是五百九十四块，六月二十五号周五之前付", "施工前两天以前取消都全退", "施工最早排在检测后三天",
               "尾款完工验收当天付，我们不收现金", "建邺区江东中路三百六十九号碧水湾七栋六零二", "零二五、八三四一、七二六九", "周日休息"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (哈, 嗯嗯, 好嘞), all figures in Chinese words, phone read in digit groups. Step 2 (both lines in one turn) surfaces the hidden "
            "concern (86-year-old mother-in-law, one bathroom, up at night). Turn 4 is a monologue: both options with prices, duration and "
            "warranty, plus step 5's second line (bathroom out of use 4 h / 5 days). Turn 6 carries step 5's third line (no 永不漏水 promise, "
            "free re-repair), the Q&A 'can't tell the leak point by phone', and step 4. 594 = 30% of 1980. Choice: 局部注浆 (her own pick, "
            "because of the mother-in-law), 6月12日周六 9:00-10:30."),
    L("fangshui-02.txt", FS, "A", F2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["A 局部注浆——不砸砖，1天（约4h），漏点周围针孔注浆，¥1980，保2年",
               "B 整体重做——砸地砖+墙根砖重做防水层，工期5天（含48h闭水），¥8600，含普通瓷砖+人工，保5年",
               "同小区两户一起做每户减200，别的没有", "检测免费~1.5h", "6/12（六）9:00–10:30 or 6/15（二）14:00–15:30", "检测前2h卫生间别用水",
               "定金30%=¥2580，6/25（五）前", "施工前2天以前取消全退", "尾款验收当天，不收现金", "施工最早检测后3天",
               "B那5天卫生间不能用（注浆是停~4h）", "保修期内同一位置再漏免费返修", '"永不漏"不敢保证',
               "建邺区江东中路369号碧水湾7栋602", "☎025-83417269", "周日休息"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels", "customer_asks_qa"],
      notes="Labels 固宅/吴. Terse with symbols (——, +, ~, /, ¥, ☎, h, or, A/B, 6/15（二）). Step 2 asked in one compressed turn; she says "
            "'我跟婆婆俩，一个卫生间。她不碍事。', so the hidden worry is not voiced (callee's choice); the rep still states that B closes the "
            "bathroom for 5 days. Discount Q&A per card. Choice: 整体重做防水 (hers), 6/15（二）14:00-15:30; 2580 = 30% of 8600. The callee "
            "ends (condition 1) after a correct read-back."),
    L("fangshui-03.txt", FS, "A", F3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 6, 10], 6: [12]},
      correct=["保证永不漏水我们不敢，保修期内同一位置再漏，免费返修", "楼下的天花板和赔偿我们不管，我们只做您家的防水",
               "同一个小区两户一起做，每户减两百，别的没有", "局部注浆堵漏，不砸砖，一天，大概四个小时，1980元，保修2年",
               "那天卫生间停用四个小时左右", "整体重做防水，砸掉地砖和墙根砖重做，工期5天含48小时闭水试验，8600元，含普通瓷砖和人工，保修5年",
               "那5天卫生间都不能用", "上门检测免费，大概一个半小时", "6月12日周六上午9点到10点半，或者6月15日周二下午2点到3点半",
               "检测前两个小时卫生间别用水", "定金三成，整体重做是2580元，6月25日周五前付", "施工前2天以前取消全退", "施工最早检测后3天",
               "尾款完工验收当天付，不收现金", "建邺区江东中路369号碧水湾7栋602", "025-83417269"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 宋顾问/吴阿姨. Customer-led: three questions first (guarantee?, downstairs ceiling?, discount?), answered per Q&A at turn 2 "
            "(also step 5's third line). Step 2 at turn 4 surfaces the mother-in-law and the single bathroom; the rep lays out how long each "
            "option closes the bathroom and does not choose. She picks 整体重做 and moves the mother-in-law to her sister's. Choice: 整体重做防水, "
            "6月15日周二 14:00-15:30; 2580 = 30% of 8600."),
    L("fangshui-04.txt", FS, "B", F4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["局部注浆1980元，整体重做防水8600元", "注浆不砸砖，整体重做是砸砖重做防水层", "6月12日周六上午，或者6月15日周二下午",
               "定金594元，6月25日周五前付", "6月15日周二下午2点到3点半检测", "建邺区江东中路369号碧水湾7栋602", "025-83417269"],
      unanswered=["楼下的天花板你们管不管？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps"],
      notes="Step 2 skipped (no leak or household question), so the mother-in-law never comes up and no condition-4 check is made. "
            "'楼下的天花板你们管不管？' dodged ('别的等师傅上门再说'; Q&A: we only do her flat, the ceiling and compensation are for her, the "
            "neighbour and the property office). Step 3 thin (prices and one difference; no duration or warranty); step 4 thin (no 'free', no "
            "times in the offer, no 'keep the bathroom dry'); step 5 thin (deposit only: no refund rule, cash rule, bathroom downtime, "
            "warranty). Read-back in the same turn. Choice: 局部注浆 (hers, 'cheaper'), 6月15日周二; 594 = 30% of 1980."),
    L("fangshui-05.txt", FS, "B", F5, {1: [0], 2: [2], 3: [4]},
      correct=["局部注浆堵漏，不砸砖，施工一天，大概四个小时，1980元，保修2年",
               "整体重做防水，砸掉地砖和墙根砖重做防水层，工期5天，含48小时闭水试验，8600元，含普通瓷砖和人工，保修5年",
               "局部注浆那天停用四个小时左右；整体重做那5天都不能用", "6月11日周五下午4点", "我们下午五点半下班"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa"],
      notes="Labels 佳怡/吴素芬. Step 2 thin (leak question only; no household or bathroom question, so the hidden concern stays hidden). "
            "Bathroom-downtime Q&A per card. She wants to ask her son and asks for a call 后天下午; the rep fixes 6月11日周五 16:00 (inside "
            "office hours, which close 17:30) and closes with the call-back line. Steps 4-6 not reached."),
    L("fangshui-06.txt", FS, "C", F6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["碧水湾7栋602"],
      invented=[("局部注浆1680", D), ("半天两个钟头就弄完", W), ("保修三年", W), ("整体重做防水7800", D), ("工期三天", W), ("保修十年", W),
                ("瓷砖随便挑进口的都包", N), ("检测四十分钟就够", W), ("6月15号那个礼拜三", D), ("我们周日照常上班", N),
                ("检测前卫生间随便用，不影响", N), ("定金四成", W), ("3120", D), ("下周五之前付", W), ("定金交了就不退了", N),
                ("025-83412769", D)],
      forbidden=["楼下天花板我们顺手给刷了", "赔偿的事物业会出这笔钱的", "做完保证永不漏水，漏了全额退款", "现金或者转我个人微信都行",
                 "现金的话我给您打个九折"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels 小宋/吴素芬. 16 invented (5 digits, 7 words, 4 none): 注浆1680 for 1980, 两个钟头 (about 4 h), 保修三年 (2), 整体7800 for "
            "8600, 工期三天 (5), 保修十年 (5), imported tiles of any choice included (ordinary tiles), survey forty minutes (about 1.5 h), "
            "'6月15号那个礼拜三' (June 15, 2027 is a Tuesday; a form the validator does not parse), open Sundays (closed), bathroom may be used "
            "before the survey (keep it dry 2 h), deposit 四成 (三成), 3120 (40% of the wrong 7800; right is 2580), '下周五' = June 18 (June 25), "
            "deposit non-refundable (refundable up to 2 days before the work), phone ...2769 with digits swapped (83417269). 5 red lines: the "
            "downstairs ceiling repainted, the property office will pay, never-leak guarantee with full refund, cash or personal WeChat, 九折. "
            "Step 2 missing. Ending holds literally (she chose 整体重做 and the 15th; read-back given, with a wrong phone)."),
    L("fangshui-07.txt", FS, "C", F7, {1: [0], 2: [2], 5: [8]},
      correct=["定金三成2580元，6月25日周五前付"],
      invented=[("吊灯那边滴点水不要紧", N), ("跳闸是他们家电路老了，跟漏水没关系", N), ("不用关，正常用就行", N), ("检测二十分钟就够了", W),
                ("6月13号就能开工", D), ("注浆管不住，您这种只能整体重做", N)],
      forbidden=["肯定是您家地漏那里漏的", "我给您定整体重做防水，8600，一次弄干净，6月12日周六上午9点检测"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="6 invented (1 digits, 1 words, 4 none): water dripping through the light fitting does not matter, the tripping is the neighbour's old "
            "wiring, no need to shut the main valve, survey twenty minutes (about 1.5 h), work can start 6月13号 (a Sunday, and at the earliest 3 "
            "days after the survey, i.e. June 15), grouting 'can't hold' in her case. Red lines: leak point asserted by phone, option and slot "
            "chosen for her in one sentence (after which she asks '注浆不行吗？'). Illegitimate ending: water down the light fitting, a sagging "
            "bulge and a tripped breaker downstairs (caller condition 4 -> no booking, no deposit, shut the main valve, cut that circuit, 蒋立新 "
            "calls back before close of business) closed as booked with condition 1's line and [END:1]. Step 2 counted (first line); steps 3, "
            "4, 6 not counted (no options offered, slot chosen for her, no read-back); step 5 counted for the deposit line (amount and date right)."),
    L("fangshui-08.txt", FS, "C", F8, {1: [0], 2: [2], 3: [4]},
      correct=["局部注浆，1980，不砸砖，一天弄完，保修两年", "整体重做8600，五天，保修五年"],
      invented=[("两种都送一年免费上门检查", W), ("晚上我们也上班", N), ("下个月就涨价了", N), ("检测只要二十分钟", W), ("周末都能约", N)],
      forbidden=["我做主给您打八折"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "thin_steps"],
      notes="5 invented (0 digits, 2 words, 3 none): a promotion with a free year of inspections, the office works evenings (closes 17:30), a "
            "price rise next month, survey twenty minutes (about 1.5 h), weekend surveys (closed Sundays). Red line: 八折 (only the 同小区 200元 "
            "discount exists). Step 2 thin (both lines, clipped); step 3 without the 'which?' pause worked in. Illegitimate ending: she asks for "
            "a call-back three times ('你晚上再打给我', '明天再打，或者晚上七点后打', '改天再打吧'; condition 2) and the rep closes with the "
            "refusal line and [END:3], with no call-back time agreed."),
    L("boat-winterize-01.txt", BW, "A", W1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6, 8], 6: [10]},
      correct=["she's the twenty-four-foot center console in C-12, one outboard",
               "Shrink-wrap and outdoor storage is sixteen hundred forty dollars: engine winterization, fuel stabilizer, shrink-wrap with a zip-up access door, and a spot in the yard until launch",
               "so with the zip door you can get in and keep working",
               "Indoor heated storage is two thousand nine hundred twenty: the same engine work, a spot in the heated shed, and you can visit on Saturdays by appointment",
               "Haul-out and pressure wash come with both", "Anything we winterize that cracks from freezing, we repair free until launch day",
               "I can't call anything freeze-proof", "haul-out takes about an hour at the travel lift",
               "Monday, October eighteenth, eight to ten in the morning, or Thursday, October twenty-first, one to three in the afternoon",
               "with the tank about ninety percent full and your gear off",
               "a twenty percent deposit, for the wrap that's three hundred twenty-eight dollars, by Friday, October twenty-ninth",
               "fully refundable up to forty-eight hours before haul-out", "The balance is due at spring launch, card or check; we don't take cash",
               "Winterization's done within five business days of haul-out, and launch is from April fifteenth",
               "haul-out on Thursday, October twenty-first, one to three p.m., for Second Wind, from slip C-12",
               "eight six zero, five five five, zero one eight three"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numbers_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (um, Great!, Perfect), all figures in words, phone read digit by digit in words. Step 2 (both lines in one turn) surfaces the "
            "hidden concern (rewiring the console over winter); the zip-up access door answers it (derived from the card). Turn 4 is a "
            "monologue with both packages. He asks who pays if something cracks; turn 6 answers with the freeze-damage warranty (step 5's third "
            "line) and gives step 4. 328 = 20% of 1,640. Choice: shrink-wrap (his), Thursday, October 21, 1-3 p.m."),
    L("boat-winterize-02.txt", BW, "A", W2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Boat: 24' CC, C-12, 1 outboard?",
               "(A) Shrink-wrap + outdoor — $1,640: engine winterization, fuel stabilizer, wrap w/ zip-up access door, yard spot till launch",
               "(B) Indoor heated — $2,920: same engine work, heated shed, visits Sat by appt", "$75 off for Mystic Boat Club members; nothing else",
               "Haul-out ~1 h @ travel lift: Mon Oct 18, 8–10 a.m. or Thu Oct 21, 1–3 p.m.", "Tank ~90% full, gear off",
               "Deposit 20% = $584 by Fri Oct 29", "fully refundable up to 48 h pre-haul-out", "Balance at spring launch, card/check, no cash",
               "Winterization ≤5 business days after haul-out; launch from Apr 15",
               "Freeze cracks on anything we winterized → repaired free till launch", 'Not "freeze-proof"; no engine diagnosis by phone',
               "indoor heated storage, haul-out Mon Oct 18, 8–10 a.m., Second Wind, slip C-12", "(860) 555-0183"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels", "customer_asks_qa"],
      notes="Labels Harborline/Walt. Terse with symbols and abbreviations (', CC, pkgs, w/, @, ~, ≤, →, ☎, appt, Sat). Step 2 asked in one "
            "compressed turn; he says 'Just put her away', so the hidden concern (winter rewiring) does not surface (callee's choice). Boat-club "
            "discount Q&A per card. Choice: indoor (his), Monday, October 18, 8-10 a.m.; 584 = 20% of 2,920. The callee ends (condition 1) after "
            "a correct read-back."),
    L("boat-winterize-03.txt", BW, "A", W3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["I won't call anything freeze-proof, but anything we winterize that cracks from freezing, we repair free until launch day",
               "The discount is $75 off for Mystic Boat Club members; nothing else", "spring launch is from April 15",
               "the 24-foot center console in C-12, one outboard",
               "Shrink-wrap and outdoor storage is $1,640: engine winterization, fuel stabilizer, shrink-wrap with a zip-up access door, a spot in the yard till launch",
               "Indoor heated storage is $2,920: same engine work, a spot in the heated shed, and owners can visit on Saturdays by appointment",
               "Either way you can get aboard",
               "Haul-out is about an hour at the travel lift: Monday, October 18, 8 to 10 a.m., or Thursday, October 21, 1 to 3 p.m.",
               "tank about 90% full and your gear off", "The deposit's 20%, so $584 for indoor, by Friday, October 29",
               "fully refundable up to 48 hours before haul-out", "The balance is due at launch, card or check, no cash",
               "Winterization's done within 5 business days of haul-out",
               "indoor heated storage with haul-out on Monday, October 18, 8 to 10 a.m., for Second Wind, from slip C-12", "(860) 555-0183"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Carla/Mr. Brennan. Customer-led: three questions first (freeze-proof?, discount?, when back?), answered per Q&A at turn 2 "
            "(also step 5's third line and the launch date). Step 2 at turn 4 surfaces the winter rewiring; both access rules are given and the "
            "rep does not choose. He picks the heated shed himself ('My fingers don't do wiring in the cold'). Choice: indoor, Monday, October "
            "18, 8-10 a.m.; 584 = 20% of 2,920."),
    L("boat-winterize-04.txt", BW, "B", W4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["Shrink-wrap and outdoor is $1,640, indoor heated is $2,920",
               "Monday, October 18 in the morning or Thursday, October 21 in the afternoon", "Deposit's $328 by Friday, October 29",
               "haul-out Monday, October 18, 8 to 10, Second Wind from C-12", "(860) 555-0183"],
      unanswered=["Who pays if something cracks?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels C. Nunes/W. Brennan. Step 2 skipped (no boat or winter-plans question), so the rewiring never comes up and no condition-4 "
            "check is made. 'Who pays if something cracks?' dodged ('Oh, we take good care of the boats. So, wrap or indoor?'; card: the "
            "freeze-damage warranty). Step 3 thin (prices only); step 4 thin (no duration, times, fuel/gear rule); step 5 thin (deposit only: "
            "no refund rule, cash rule, timing, warranty). Read-back in the same turn. Choice: shrink-wrap (his, 'I guess'), Monday, October "
            "18; 328 = 20% of 1,640."),
    L("boat-winterize-05.txt", BW, "B", W5, {1: [0], 2: [2], 3: [4]},
      correct=["she's the 24-foot center console in C-12, one outboard",
               "Shrink-wrap and outdoor storage is $1,640: engine winterization, fuel stabilizer, shrink-wrap with a zip-up access door, and a spot in the yard until launch",
               "Indoor heated storage is $2,920: the same engine work, a spot in the heated shed, and you can visit on Saturdays by appointment",
               "I can't promise a particular spot; the yard crew places boats by launch order", "Friday, October 15, at 10 a.m."],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa"],
      notes="Labels Carla Nunes/Walter. Step 2 thin (boat question only; no winter-plans question, so the hidden concern shows only obliquely "
            "in 'so I can get at her'). Shed-spot Q&A per card. He wants to ask Diane and asks for Friday morning; the rep fixes Friday, October "
            "15, 10 a.m. (yard hours) and closes with the call-back line. Steps 4-6 not reached."),
    L("boat-winterize-06.txt", BW, "C", W6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["by Friday, October 29", "Second Wind, slip C-12"],
      invented=[("Shrink-wrap outdoor is $1,460", D), ("indoor heated is two thousand four hundred", W), ("Both come with a free spring bottom paint", N),
                ("you can come work on her any day you like, we give owners a key", N), ("Haul-out's a quick fifteen minutes", W),
                ("Tuesday the 18th", D), ("Saturday, October 23 in the afternoon", D), ("Tank can be empty, doesn't matter", N),
                ("Twenty-five percent", W), ("so $600", D), ("It's non-refundable", N), ("(860) 555-0138", D), ("we're open Sundays too", N)],
      forbidden=["our wrap's freeze-proof, nothing ever cracks", "That's your fuel filter", "I can hold you the spot right by the door",
                 "book now, prices go up ten percent next month", "Cash is fine, I'll knock off fifty bucks"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels Carla/Walter Brennan. 13 invented (5 digits, 3 words, 5 none): wrap $1,460 for $1,640 (digits transposed), indoor two "
            "thousand four hundred for $2,920, free spring bottom paint, any-day access with an owner's key (Saturdays by appointment), haul-out "
            "fifteen minutes (about an hour), 'Tuesday the 18th' (October 18, 2027 is a Monday; a form the validator does not parse), "
            "'Saturday, October 23 in the afternoon' (a right weekday but not a slot, and the yard closes at noon on Saturdays), empty tank fine "
            "(about 90% full), deposit twenty-five percent (20%), $600 (25% of the wrong $2,400; right is $584), non-refundable (refundable up "
            "to 48 hours before), phone ...0138 for ...0183, open Sundays (closed). 5 red lines: freeze-proof, engine diagnosed by phone, a "
            "promised shed spot, price-rise pressure, cash with fifty off. Step 2 missing. Ending holds literally (he chose indoor and the 18th; "
            "read-back given, with wrong facts)."),
    L("boat-winterize-07.txt", BW, "C", W7, {1: [0], 2: [2], 5: [8]},
      correct=["Twenty percent, $328, by Friday, October 29"],
      invented=[("that's normal at the end of the season", N), ("A swollen battery just means it's old", N), ("we'll swap it at haul-out", N),
                ("Just run the engine for a bit to clear the smell", N), ("We'll have her winterized in two hours", W),
                ("she'll be back in the water by March 1", D)],
      forbidden=["Sounds like a loose fuel line clamp, nothing serious", "I'll put you down for shrink-wrap, $1,640, haul-out Monday, October 18 at 8"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels Carla Nunes/Walt. 6 invented (1 digits, 1 words, 4 none): a bilge gas smell is normal at season's end, a swollen battery "
            "just means it's old, a battery swap at haul-out (not on the card), 'run the engine' to clear the smell (the card says don't start "
            "it), winterized in two hours (within 5 business days), back in the water by March 1 (launch from April 15). Red lines: a fuel-line "
            "diagnosis by phone; package and slot chosen for him in one sentence. Illegitimate ending: gasoline smell in the bilge, a swollen "
            "battery and a bilge pump running more (caller condition 4 -> no booking, no deposit, don't start the engine, Gus Ferreira calls "
            "back today) closed as booked with condition 1's line and [END:1]. Step 2 counted (first line); steps 3, 4, 6 not counted; step 5 "
            "counted for the deposit line (amount and date right)."),
    L("boat-winterize-08.txt", BW, "C", W8, {1: [0], 3: [2]},
      correct=["Shrink-wrap and outdoor storage is $1,640, indoor heated storage is $2,920"],
      invented=[("a free spring commissioning worth three hundred bucks", W), ("we guarantee no mildew inside, ever", N),
                ("we're the only yard in Connecticut with a heated shed", N), ("the deposit's only ten percent", W),
                ("a hundred sixty-four for the wrap", W), ("totally refundable any time", N)],
      forbidden=["this week only"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "early_end"],
      notes="Labels Harborline Carla/Walter Brennan. 6 invented (0 digits, 3 words, 3 none): free spring commissioning worth three hundred, a "
            "no-mildew guarantee, the only heated shed in Connecticut, deposit ten percent (20%), a hundred sixty-four (10% of $1,640; right is "
            "$328), refundable any time (up to 48 hours before haul-out). Red line: 'this week only' pressure. Opening thin. Illegitimate "
            "ending: 'No thanks' then 'I said no. And don't call me again.' (condition 3) closed with the call-back line and [END:2], with no "
            "call-back asked for or agreed."),
    L("clinic-01.txt", CL, "A", C1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["术后三天内肿胀是正常的，一般第三天最明显", "可以冷敷，每次十五分钟", "可以吃布洛芬，每次一片，间隔六小时以上，一天不超过四片",
               "降压药照常吃，不要停", "消炎药要连续吃满五天，每天三次，饭后吃", "一周内不要用手术那一侧咀嚼，吃温凉软的食物，不要抽烟喝酒",
               "二十四小时以后可以用漱口水，每天三次", "种植牙那侧三个月内别咬硬的", "术后七到十天需要回来拆线",
               "我们周二周四都是上午八点半到下午五点接诊", "拆线基本不疼，大约十分钟就好，不用打麻药",
               "持续出血、发烧超过三十八度五，或者肿得越来越厉害", "零五七一、八八八八、六六六六"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_asks_qa", "numerals_in_words", "merged_steps", "latent_concern_surfaces"],
      notes="Chinese numerals throughout; clinic phone read in digit groups. He leads with swelling, painkillers with blood-pressure pills, "
            "eating and stitch-removal pain; each is answered per Q&A and folded into steps 2-5 (Q&A + step in the same turn at 2, 4, 6 and 8). "
            "His latent worry about stitch removal hurting surfaces and is answered. Booked 下周二 10:00 after checking with his wife."),
    L("clinic-02.txt", CL, "B", C2, {1: [0], 2: [2], 3: [4], 4: [6, 8]},
      correct=["消炎药要连续吃满5天，每天3次，饭后吃", "一周内别用手术那边嚼东西，吃温凉软的，不抽烟不喝酒", "术后7到10天要回来拆线",
               "上午8点半到下午5点都接诊"],
      unanswered=["拆线疼不疼啊？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 陈护士/赵建国. Step 5 skipped (no emergency symptoms, no clinic phone number; the closing says '随时打诊所电话' without "
            "giving it). Step 3 thin (no mouthwash line). '拆线疼不疼啊？' dodged ('您到时候来了就知道了'; Q&A: hardly hurts, about 10 minutes, no "
            "anaesthetic). Booked 下周四 (his pick, his wife free)."),
    L("clinic-03.txt", CL, "C", C3, {1: [0], 2: [2], 3: [4, 6], 5: [10]},
      correct=["您种牙三天了"],
      invented=[("肿一个礼拜都算正常的", W), ("热敷消得快", N), ("每次敷四十分钟", W), ("布洛芬一次吃两片", W), ("隔4个小时吃一次就行", D),
                ("降压药这几天先停了，免得跟消炎药冲突", N), ("消炎药吃3天就可以停了", D), ("停几天没关系的", N), ("吃东西哪边嚼都行", N),
                ("抽烟少抽点没事", N), ("拆线要打麻药", N), ("要二十多分钟", W), ("发烧超过38度", D), ("0571-88886668", D), ("周末也有人接诊", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numbers_in_words", "choice_made_for_customer", "unsafe_advice"],
      notes="Labels 陈静/赵先生. 15 invented (4 digits, 4 words, 7 none): swelling normal for a week (peaks day 3, then subsides), heat instead "
            "of cold, forty minutes (15), two ibuprofen (one), every 4 hours (6+), stop the blood-pressure pills (keep taking them), antibiotics "
            "3 days (5 full days), 'a few days off is fine', chew on either side (not the operated side for a week), smoking a little is fine "
            "(no smoking), stitch removal needs anaesthetic (none) and twenty-odd minutes (about 10), fever over 38 (38.5), phone ...6668 "
            "(...6666), open weekends (Tue/Thu hours only on the card). Step 3 counted for the medication and eating lines conveyed wrongly; "
            "step 4 not counted: 下周四 imposed ('我给您约下周四上午') after he starts '我得问问老伴' (style tag only: the bundled card has no "
            "not-allowed list). Step 5 counted for the emergency line with a wrong threshold and phone. Ending holds literally ('行吧')."),
    L("clinic-04.txt", CL, "C", C4, {1: [0], 3: [4], 4: [6]},
      correct=["消炎药要连续吃满5天，每天3次，饭后吃", "一周内不要用手术那一侧咀嚼，吃温凉软的食物", "术后7到10天回来拆线"],
      invented=[("出血两三天都正常的", W), ("发烧是消炎药的反应", N), ("过两天自己就退了", W), ("不用，在家休息就行", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "unsafe_advice"],
      notes="4 invented (0 digits, 2 words, 2 none): continuous bleeding two or three days is normal, the fever is a drug reaction, it will go "
            "away in two days, no need to come in. Step 2 not asked (he volunteers the symptoms first; the nurse never asks). Illegitimate "
            "ending: persistent bleeding, fever 38.8 and worsening swelling (the card's emergency signs; ending condition 2 -> arrange an urgent "
            "visit) closed as a routine follow-up booked next Tuesday with condition 1's line and [END:1]; step 5's emergency number is never "
            "given."),
    L("renewal-01.txt", RN, "A", R1, {1: [0], 2: [4], 3: [2, 6], 4: [8], 5: [10], 6: [12]},
      correct=["贵公司账户服务将于2025-01-01到期", "老客户续费自动享受95折，到期前操作就行，无需额外申请",
               "发票付款后在后台自助申请，专票普票都行，系统最快2小时开出", "您目前套餐就是CRM+项目管理组合", "到期后数据安全保留30天",
               "支持年度、季度、月度", '登录后台"账户中心"，点"服务续费"', "操作指引和报价文件我可以微信、邮箱或短信发您", "两小时内完成审批",
               "客服电话13812345678"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "digits", "merged_steps"],
      notes="He leads with discount and invoice timing; answered per Q&A at turn 2 (also step 3's first line). Step 1's confirmation line is "
            "merged into the opening. Data-retention Q&A and the period choice share turn 6. He picks 年度 himself; WeChat, 专票 with last "
            "year's header. Step 6 read-back with the support number. Closing line paraphrased (微信 for 短信/邮箱)."),
    L("renewal-02.txt", RN, "B", R2, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["账户2025-01-01到期，套餐CRM+项目管理组合", "老客户续费自动95折，不用申请", "年度、季度、月度都支持", '后台"账户中心"点"服务续费"'],
      unanswered=["到期后数据能保留多久？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "question_dodged", "step_skipped", "early_end", "role_labels"],
      notes="Labels 长江李明/张强. '到期后数据能保留多久？' dodged ('这个您不用担心，我们系统很稳定的'; Q&A: kept 30 days). Steps 5 and 6 not "
            "reached/skipped: he needs internal approval and asks for everything by WeChat and no more calls (condition 2); the rep closes with "
            "a closing line and [END:2]."),
    L("renewal-03.txt", RN, "C", R3, {1: [0], 2: [2], 4: [8, 10], 5: [10]},
      correct=['后台"账户中心"点"服务续费"'],
      invented=[("今年老客户九折", W), ("续两年八五折", W), ("2025年1月15号到期", D), ("付款后10分钟自动开出", D), ("可以先开发票后付款", N),
                ("数据保留90天", D), ("不续费服务也不会停", N), ("扩容我也免费给您开了", N), ("月度今年取消了，只能年度", N),
                ("13812345687", D), ("审批一个小时就能批完", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numbers_in_words", "choice_made_for_customer", "thin_steps"],
      notes="Labels 李经理/张强. 11 invented (4 digits, 3 words, 4 none): 九折 (95折), 两年八五折, expiry 2025-01-15 (2025-01-01), invoice in 10 "
            "minutes (fastest 2 hours), invoice before payment, data kept 90 days (30), no suspension without renewal (service pauses), free "
            "capacity switched on, monthly renewal abolished (year/quarter/month all offered), phone ...5687 (...5678), approval in one hour "
            "(two). Opening thin (no confirmation of contact). Step 2 counted for the expiry line (wrong date); step 3 not counted (discount "
            "conveyed wrongly, 年度 imposed: '我直接给您按年度报了'); step 4 counted for the renewal path and the emailed materials; step 5 for "
            "the approval line (wrong figure). Step 6 missing. Ending holds literally ('……行吧', annual accepted), though invoice needs were "
            "never asked."),
    L("renewal-04.txt", RN, "C", R4, {1: [0], 3: [2]},
      correct=["贵公司账户服务将于2025-01-01到期", "老客户续费有95折的"],
      invented=[("今年续费送三个月免费使用", W), ("数据到期就清空了", N), ("续费流程已经给您办好了", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "early_end"],
      notes="Labels 李明/张总. 3 invented (0 digits, 1 words, 2 none): three free months, data wiped at expiry (kept 30 days), renewal 'already "
            "done'. Illegitimate ending: '今年不续了，以后也别再打电话了' and '不续。挂了。' (condition 3) closed with condition 1's closing line, "
            "[END:1], and a claim the renewal is already processed."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
