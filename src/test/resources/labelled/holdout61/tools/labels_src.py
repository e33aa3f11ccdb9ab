#!/usr/bin/env python3
"""Label source for holdout61 (holdout60's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-60). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout61"


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



B1 = {"方雅琴": "caller", "陈国梁": "callee"}
B2 = {"安居白蚁": "caller", "陈生": "callee"}
B3 = {"方雅琴": "caller", "陈老师": "callee"}
B4 = {"方顾问": "caller", "陈国梁": "callee"}
B5 = {"雅琴": "caller", "陈国梁": "callee"}
B6 = {"小方": "caller", "陈国梁": "callee"}
B7 = {"方雅琴": "caller", "陈伯": "callee"}
B8 = {"安居小方": "caller", "陈国梁": "callee"}
S1 = {"Megan Costa": "caller", "Ruth Delaney": "callee"}
S2 = {"Summit": "caller", "Ruth": "callee"}
S3 = {"Megan": "caller", "Mrs. Delaney": "callee"}
S4 = {"M. Costa": "caller", "R. Delaney": "callee"}
S5 = {"Megan Costa": "caller", "Ruth D.": "callee"}
S6 = {"Megan": "caller", "Ruth Delaney": "callee"}
S7 = {"Megan Costa": "caller", "Ruth": "callee"}
S8 = {"Summit Megan": "caller", "Ruth Delaney": "callee"}
I1 = {"周敏": "caller", "陈伟": "callee"}
I2 = {"信用卡中心周敏": "caller", "陈伟": "callee"}
I3 = {"周经理": "caller", "陈伟": "callee"}
I4 = {"周敏": "caller", "陈先生": "callee"}
P1 = {"Tom Baker": "caller", "Linda Park": "callee"}
P2 = {"Tom": "caller", "Linda": "callee"}
P3 = {"Tom Baker": "caller", "Linda": "callee"}
P4 = {"FiberLink Tom": "caller", "Linda Park": "callee"}

BY = "baiyi.md"
SL = "stairlift.md"
IN = "installment.md"
IS = "isp-visit.md"

LABELS = [
    L("baiyi-01.txt", BY, "A", B1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [4, 6, 10], 6: [12]},
      correct=["药我们不能说无毒哈", "局部药液处理，施工一天，大概五个小时，在门框、墙脚和厨房一圈打孔注药，一千六百八十块",
               "家里的人要离开四个小时，回来先开窗通风三十分钟", "房子四周埋二十四个诱杀站，四千五百八十块，含安装和第一年每月一次上门巡检",
               "诱杀系统不喷药，不用离开", "断根我们不敢打包票", "诱杀系统保三年，保修期内复发免费再处理", "免费上门勘察，大概一个小时",
               "四月二十号周二上午九点到十点，或者四月二十四号周六下午两点到三点", "家里要有一位十八岁以上的人在",
               "定金是两成，诱杀系统就是九百一十六块，四月三十号周五之前付", "施工前三天以前取消都全退", "施工最早排在勘察后五天", "我们不收现金",
               "番禺区市桥街道东环路五十七号", "零二零、八七三六、五一四二", "周日休息"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (哈, 嗯嗯, 好嘞), all figures in Chinese words, phone read in digit groups. Step 2 (both lines in one turn) surfaces the hidden "
            "concern (his wife's asthma; he has not told her about the spraying). Turn 4 is a monologue: no '无毒' claim, step 3 with both options, "
            "and step 5's spray-day rule. He asks how the bait stations work; the rep defers to the survey (the card has no answer) rather than "
            "explain. Turn 6 carries the no-guarantee line and the 3-year warranty. 916 = 20% of 4580. Choice: 全屋诱杀监测系统 (his pick, no "
            "spraying), 4月24日周六 14:00-15:00."),
    L("baiyi-02.txt", BY, "A", B2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["A 局部药液处理——1天（约5h），门框/墙脚/厨房打孔注药，¥1680", "B 全屋诱杀监测——四周24个诱杀站，¥4580，含安装+首年每月1次巡检（共12次）",
               "老客户介绍减150，别的冇", "勘察免费~1h", "4/20（二）9:00–10:00 or 4/24（六）14:00–15:00", "家里要有18岁以上的人在",
               "定金20%=336元，4/30（五）前付", "施工前3天以前取消全退", "施工最早勘察后5天", "尾款完工当天付，不收现金",
               "人+宠物离开4h，返来先开窗通风30min", "保修1年，期内复发免费再处理", "断根不敢打包票", "番禺区市桥街道东环路57号", "☎020-87365142，周日休息"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "english_mixed", "role_labels", "customer_asks_qa"],
      notes="Labels 安居白蚁/陈生. Terse with symbols (①②, A/B, ¥, h, min, +, /, ~, =, ☎), English 'or', 'OK', a little Cantonese (冇, 啱). Step 2 asked "
            "in one compressed turn; he says '冇咩特别', so the hidden concern (wife's asthma) does not surface (callee's choice). Discount Q&A per "
            "card. Dates in the 4/20（二） form. Choice: 局部药液处理, 4/20 Tue 9-10; 336 = 20% of 1680. The callee ends (condition 1) after a correct "
            "read-back."),
    L("baiyi-03.txt", BY, "A", B3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 6, 10], 6: [12]},
      correct=["断根我们不敢保证，保修期内复发，我们免费再处理", "药液处理那天人和宠物要离开4个小时，回来先开窗通风30分钟", "诱杀系统是不喷药的，不用离开",
               "老客户介绍减150元，别的优惠没有", "局部药液处理施工一天，大概5个小时，在门框、墙脚和厨房一圈打孔注药，1680元，保1年",
               "房子四周埋24个诱杀站，4580元，含安装和第一年每月一次上门巡检，保3年", "免费上门勘察大概一个小时",
               "4月20日周二上午9点到10点，或者4月24日周六下午2点到3点", "家里要有一位18岁以上的人在", "定金两成，药液处理是336元，4月30日周五前付",
               "施工前3天以前取消都全退", "施工最早排在勘察后5天", "刷卡或对公转账，不收现金", "番禺区市桥街道东环路57号", "020-87365142"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 方雅琴/陈老师. Customer-led: three questions first (断根?, 有冇毒?, 便宜?), answered per Q&A at turn 2 (carries step 5's no-guarantee "
            "and spray-day lines). Step 2 at turn 4 surfaces the wife's asthma. He knowingly picks the cheaper 局部药液处理 and plans to take her to "
            "relatives for the day; the rep does not choose. Choice: 局部药液处理, 4月20日周二 9-10; 336 = 20% of 1680."),
    L("baiyi-04.txt", BY, "B", B4, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [8]},
      correct=["局部药液处理1680元，全屋诱杀监测系统4580元", "药液是打孔注药，诱杀系统是埋诱杀站", "4月20日周二上午，或者4月24日周六下午",
               "定金336元，4月30日周五前付", "4月24日周六下午2点到3点", "番禺区市桥街道东环路57号", "020-87365142"],
      unanswered=["被蛀的门框你们修不修？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 方顾问/陈国梁. Step 2 skipped (no where-seen/soft-floor question, no household question), so the asthma never surfaces and a "
            "condition-4 check is never made. '被蛀的门框你们修不修？' dodged ('这个师傅上门看了再说'; Q&A: we only treat termites, no carpentry). Step 3 "
            "thin (prices, then the method in one clause; no duration, station count or inspections); step 4 thin (no 'free', no hours in the "
            "offer, no 18+ rule); step 5 thin (deposit only: no refund rule, cash rule, spray-day rule, warranty). Read-back in the same turn. "
            "Choice: 局部药液处理, 4/24 Sat; 336 = 20% of 1680."),
    L("baiyi-05.txt", BY, "B", B5, {1: [0], 2: [2], 3: [4]},
      correct=["局部药液处理，施工一天，大概5个小时，在门框、墙脚和厨房一圈打孔注药，1680元",
               "全屋诱杀监测系统，房子四周埋24个诱杀站，4580元，含安装和第一年每月一次上门巡检",
               "不用整屋搬，靠墙脚的柜子挪开一点就行，勘察的时候师傅会告诉您", "4月17日周六上午10点"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels", "customer_asks_qa"],
      notes="Labels 雅琴/陈国梁. Step 2 thin (where seen only; no soft-floor or household question). Furniture Q&A per card. He wants to ask his son "
            "and asks for a call 后天上午; the rep fixes 4月17日周六 10:00 (two days after Thu 4/15; Saturday is an office day, 8:30-18:00) and "
            "closes with the call-back line. Steps 4-6 not reached."),
    L("baiyi-06.txt", BY, "C", B6, {1: [0], 3: [2], 4: [8], 5: [10, 12], 6: [14]},
      correct=["番禺区市桥街道东环路57号"],
      invented=[("局部药液处理1380", D), ("两个钟就搞定", W), ("全屋诱杀系统3980", D), ("埋30个站", D), ("巡检免费做两年", W),
                ("当天不用离开，开窗都不用", N), ("4月20号那个礼拜三", D), ("勘察不用家里有人，师傅自己看外墙就行", N), ("定金三成", W),
                ("诱杀就是1194", D), ("施工前一天取消都全退", W), ("保修终身有效", N), ("020-87361542", D), ("我们周末都开门", N)],
      forbidden=["保证断根，一次根治", "我们的药是无毒的，对人和宠物都没害", "顺便帮您把门框换了，不另外收钱", "交现金给师傅也行，微信转我个人也行",
                 "今天定再给您打九折"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words", "wrong_weekday"],
      notes="Labels 小方/陈国梁. 14 invented (6 digits, 4 words, 4 none): 药液 1380 for 1680, 'two hours' for about 5, 诱杀 3980 for 4580, 30 stations "
            "for 24, inspections free for two years (12 monthly visits in the first year, included in the price), no need to leave or air the "
            "house (4 hours out, 30 minutes airing), '4月20号那个礼拜三' (4/20/2027 is a Tuesday; a form the validator's weekday check does not "
            "parse), nobody needs to be home for the survey (someone 18+), deposit 三成 for 两成, 1194 (30% of the wrong 3980; right is 916), "
            "refundable up to one day before (3 days), lifetime warranty (3 years), phone ...61542 for ...65142 (digits swapped), open at weekends "
            "(closed Sundays). 5 red lines: 保证断根, '无毒/没害', replacing the door frame free, cash/personal WeChat, 10% off today. Step 2 "
            "missing (he volunteers the asthma). Ending holds literally (he chose 诱杀 and the 20th; read-back given, with wrong facts)."),
    L("baiyi-07.txt", BY, "C", B7, {1: [0], 2: [2], 5: [8]},
      correct=["定金两成916元，4月30日周五前付"],
      invented=[("电线那边的蚁路很常见", N), ("您先撬开看看，方便师傅打药", N), ("勘察20分钟就够", D), ("那个位子快没了", N), ("诱杀系统保五年", W)],
      forbidden=["楼梯往下沉是木头老了，房子结构没问题", "我给您定全屋诱杀系统，4580，4月20日周二上午9点勘察"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels 方雅琴/陈伯. 5 invented (1 digits, 1 words, 3 none): termite trails by the wiring are 'common' (no basis; a condition-4 sign), "
            "'go ahead and pry it open' (the card: he should not pry or spray), the survey needs 20 minutes (about 1 hour), the Tuesday slot is "
            "nearly gone (no basis), 诱杀 warranty five years (3). Red lines: judging the structure safe by phone, option and slot chosen for him in "
            "one sentence. Illegitimate ending: a sagging stair tread and a termite trail reaching the wiring by the fuse box (caller condition 4 "
            "-> no booking, no deposit, engineer 梁志远 calls back tomorrow, don't pry or spray) closed as booked with condition 1's line and "
            "[END:1], after '我还没想好用哪种啊'. Step 2 counted for its first line only; steps 3, 4, 6 not counted (no options offered, slot "
            "chosen for him, no read-back); step 5 counted for the deposit line (amount and deadline right)."),
    L("baiyi-08.txt", BY, "C", B8, {1: [0], 3: [2]},
      correct=["药液1680，诱杀系统4580"],
      invented=[("送您全屋除甲醛", N), ("再送三年免费巡检", W), ("定金交五百就行", W), ("我们师傅明天就能上门", N)],
      forbidden=["您要是今天定，我给您减三百", "断根，包的，不断根全额退款"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "terse", "numerals_in_words"],
      notes="Labels 安居小方/陈国梁. 4 invented (0 digits, 2 words, 2 none): free whole-house formaldehyde removal (no such service), three free "
            "years of inspections (12 monthly visits in the first year), deposit 五百 (20%: 336/916), a technician tomorrow (survey slots are "
            "4/20 and 4/24). Red lines: 300 off today (only the referral discount), a cure guarantee with a full refund. Opening thin (no caller "
            "name, no 'is now convenient'; kept true); step 2 missing; step 3 thin (prices only, no 'which one'). Illegitimate ending: '算了，不"
            "做了。以后别打来了' (condition 3) closed with the call-back line and [END:2]."),
    L("stairlift-01.txt", SL, "A", S1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [6, 10], 6: [12]},
      correct=["Every lift has a removable key switch — it won't run without the key",
               "buy the Summit Glide, installed, for three thousand two hundred eighty dollars, with a two-year parts-and-labor warranty",
               "rent the same lift for one hundred fifty dollars a month, six months minimum, with maintenance and removal included",
               "The battery keeps it running for about fifteen trips in a power cut", "The home assessment is free and takes about forty-five minutes",
               "Tuesday, May eleventh, nine to nine forty-five in the morning, or Friday, May fourteenth, one to one forty-five in the afternoon",
               "twenty-five percent deposit — for the purchase that's eight hundred twenty dollars — by Friday, May twenty-first",
               "fully refundable up to three business days before the install", "Balance on install day, card or check; the installers don't take cash",
               "Install is at the earliest seven days after the assessment and takes about three hours", "the weight limit is three hundred pounds",
               "I can't tell you Medicare or insurance will cover it, and no lift makes falls impossible", "thirty-one Larch Lane, Falmouth",
               "two oh seven, five five five, oh one four six"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numbers_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (um, oh, 'Lovely', 'Perfect'), all figures in English words, phone read digit by digit in words. Step 2 (both lines in one "
            "turn) surfaces the hidden concern (Frank's dementia and the buttons); answered with the key switch, then step 3 in the same turn. "
            "Power-cut Q&A per card (turn 6, also a step-5 fact). Turn 10 is a step-5 monologue (deposit, refund, cash, install, seat, weight, "
            "no Medicare/no-falls promise). 820 = 25% of 3,280. Choice: buy, Tuesday, May 11, 9-9:45."),
    L("stairlift-02.txt", SL, "A", S2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["(1) Buy — Summit Glide, installed, $3,280, 2-yr parts+labor warranty", "(2) Rent — $150/mo, 6-mo min, maintenance + removal incl.",
               "$100 off for veterans; nothing else", "free, ~45 min", "Tue May 11, 9–9:45 a.m. or Fri May 14, 1–1:45 p.m.",
               "Deposit 25% = $225 (¼ of the 6-mo min, $900) by Fri May 21", "fully refundable up to 3 business days pre-install",
               "Install ≥7 days after assessment, ~3 h", "Balance install day, card/check, no cash",
               "Swivel seat, belt, key switch, battery ≈15 trips in a power cut, 300 lb limit",
               "No promise Medicare/insurance pays; no lift makes falls impossible", "31 Larch Lane, Falmouth", "(207) 555-0146"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels", "customer_asks_qa"],
      notes="Labels Summit/Ruth. Terse with symbols and abbreviations (#, —, +, /, ~, ≥, ≈, ¼, ☎, mo, yr, h). Step 2 asked in one compressed turn; "
            "she says her husband 'doesn't need it', so the hidden concern (Frank's dementia) does not surface (callee's choice). Veterans' "
            "discount Q&A per card. Choice: rent, Friday, May 14, 1-1:45 p.m.; 225 = 25% of the $900 six-month minimum. The callee ends "
            "(condition 1) after a correct read-back."),
    L("stairlift-03.txt", SL, "A", S3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["Medicare generally doesn't cover stairlifts", "the battery keeps it running for about 15 trips", "$100 off for veterans; nothing else",
               "There's a removable key switch — the lift won't run without the key",
               "buy the Summit Glide, installed, for $3,280, with a 2-year parts-and-labor warranty",
               "rent the same lift for $150 a month, 6 months minimum, with maintenance and removal included",
               "The home assessment is free and takes about 45 minutes",
               "Tuesday, May 11, 9 to 9:45 in the morning, or Friday, May 14, 1 to 1:45 in the afternoon",
               "25% deposit — for renting that's $225 — by Friday, May 21", "fully refundable up to 3 business days before the install",
               "no cash to the installers", "Install is at the earliest 7 days after the assessment, about 3 hours", "Weight limit's 300 pounds",
               "31 Larch Lane, Falmouth", "(207) 555-0146"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Megan/Mrs. Delaney. Customer-led: three questions first (Medicare?, power cut?, price?), answered per Q&A at turn 2 (also step "
            "5's no-Medicare line and the battery). Step 2 at turn 4 surfaces Frank's dementia; the key switch answers it. She knowingly picks "
            "renting because of her son's condo plan; the rep does not choose. Choice: rent, Tuesday, May 11, 9-9:45; 225 = 25% of $900."),
    L("stairlift-04.txt", SL, "B", S4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["buy the Summit Glide for $3,280, or rent it for $150 a month", "Tuesday, May 11 in the morning or Friday, May 14 in the afternoon",
               "The deposit's $820 by Friday, May 21", "assessment Friday, May 14, 1 to 1:45", "31 Larch Lane", "(207) 555-0146"],
      unanswered=["What if it breaks down?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels M. Costa/R. Delaney. Step 2 skipped (no staircase, user or household question), so Frank never comes up and no condition-4 "
            "check is made. 'What if it breaks down?' dodged ('let's not worry about that now, let's get you on the calendar first'; Q&A: 2-year "
            "warranty if bought, repairs included if rented). Step 3 thin (prices only; no warranty, minimum or inclusions); step 4 thin (no "
            "'free', no times in the offer, no 'be there'); step 5 thin (deposit only: no refund rule, cash rule, install, Medicare line). "
            "Read-back in the same turn. Choice: buy, Friday, May 14; 820 = 25% of 3,280."),
    L("stairlift-05.txt", SL, "B", S5, {1: [0], 2: [2], 3: [4]},
      correct=["buy the Summit Glide, installed, for $3,280, with a 2-year parts-and-labor warranty",
               "rent the same lift for $150 a month, 6 months minimum, with maintenance and removal included",
               "Renting is $150 a month with a 6-month minimum; we take it out when you're done", "Monday, May 10, at 11 a.m."],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa"],
      notes="Labels Megan Costa/Ruth D. Step 2 thin (staircase only; no user or household question). Short-term Q&A per card. She wants to ask "
            "her son and asks for a call Monday late morning; the rep fixes Monday, May 10, 11 a.m. (office hours) and closes with the call-back "
            "line. Steps 4-6 not reached."),
    L("stairlift-06.txt", SL, "C", S6, {1: [0], 3: [2, 8], 4: [10], 5: [12], 6: [14]},
      correct=["31 Larch Lane"],
      invented=[("To buy it's $2,380 installed", D), ("the warranty's lifetime", N), ("rent for a hundred and fifteen a month", W), ("no minimum", N),
                ("The battery's good for fifty trips", W), ("kids and grandparents ride them all the time, no key needed", N),
                ("The assessment takes two hours", W), ("Wednesday the 11th", D), ("Saturday, May 15 in the morning", D),
                ("Deposit's thirty percent", W), ("so $714", D), ("it's non-refundable once you book", N), ("(207) 555-0164", D),
                ("we're open Sundays too", N)],
      forbidden=["Medicare covers most of it, you'll get it back", "it's perfectly safe for anyone — you'll never fall again", "it's today only",
                 "If you pay the installers in cash, I'll take off 10%"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels Megan/Ruth Delaney. 14 invented (5 digits, 4 words, 5 none): buy $2,380 for $3,280, lifetime warranty (2 years), rent a "
            "hundred and fifteen a month for $150, no minimum (6 months), battery fifty trips (about 15), 'no key needed' (removable key switch; "
            "said to a woman whose husband has dementia), assessment two hours (about 45 minutes), 'Wednesday the 11th' (May 11, 2027 is a "
            "Tuesday; a form the validator does not parse), 'Saturday, May 15 in the morning' (a right weekday but not a card slot), deposit "
            "thirty percent (25%), $714 (30% of the wrong $2,380; right is $820), non-refundable (refundable up to 3 business days before), "
            "phone ...0164 for ...0146, open Sundays (closed). 4 red lines: Medicare will pay, perfectly safe/never fall, today only, cash with 10% "
            "off. Step 2 missing (she volunteers Frank). Ending holds literally (she chose buying and the 11th; read-back given, with wrong "
            "facts)."),
    L("stairlift-07.txt", SL, "C", S7, {1: [0], 2: [2], 5: [8]},
      correct=["Deposit's $820 by Friday, May 21"],
      invented=[("Lots of our customers have a dizzy spell now and then", N), ("The seat belt takes care of that", N),
                ("You don't need a doctor's note for ours", N), ("renting always ends up costing more", N), ("The assessor only needs twenty minutes", W),
                ("we can install within 48 hours of that", D)],
      forbidden=["you sound perfectly fit to me", "I'll put you down for the purchase, $3,280, and the assessment Tuesday, May 11 at 9"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels Megan Costa/Ruth. 6 invented (1 digits, 1 words, 4 none): dizzy spells are common among customers, the seat belt 'takes care "
            "of that', no doctor's note needed, renting always costs more (6 months' rent is $900 against $3,280), the assessor needs twenty "
            "minutes (about 45), install within 48 hours (at the earliest 7 days after the assessment). Red lines: judging her fit by phone, "
            "option and slot chosen for her in one sentence. Illegitimate ending: a fall on the stairs two weeks ago and a blackout last week "
            "(caller condition 4 -> no booking, no deposit, Nora Lindqvist calls back tomorrow, don't take the stairs alone) closed as booked "
            "with condition 1's line and [END:1], after 'I haven't decided between buying and renting'. Step 2 counted (second line, in part); "
            "steps 3, 4, 6 not counted (no options offered, slot chosen for her, no read-back); step 5 counted for the deposit line (amount and "
            "date right)."),
    L("stairlift-08.txt", SL, "C", S8, {1: [0], 2: [2], 3: [4]},
      correct=["the key switch handles that", "Buying's $3,280; renting's $150 a month"],
      invented=[("the rental price goes up on June 1st", D), ("Install takes a full day", N), ("we need a 40% deposit to hold anything", D),
                ("The assessment is Saturday mornings only now", N), ("the battery lasts about five trips", W)],
      forbidden=["this price is today only"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "terse"],
      notes="Labels Summit Megan/Ruth Delaney. 5 invented (2 digits, 1 words, 2 none): rental price rises on June 1st (no basis), install a full "
            "day (about 3 hours), 40% deposit (25%), assessments only on Saturday mornings (Tue May 11 / Fri May 14), battery about five trips "
            "(about 15). Red line: 'today only' pressure. Opening thin (no full name, no 'is now an okay time'; kept true); step 2 thin (second "
            "line only; Frank surfaces); step 3 prices only. Illegitimate ending: a call-back request ('Can you call me back Monday?', then "
            "'Call me Monday, after ten', then 'Monday. After ten. Please.', condition 2) ignored and closed with the refusal line and [END:3]."),
    L("installment-01.txt", IN, "A", I1, {1: [0, 2], 2: [2, 4], 3: [8], 4: [6], 5: [10]},
      correct=["您这期账单有一笔一万二千元的大额消费", "可以分三期、六期或者十二期还，每期手续费率分别是百分之零点七五、百分之零点七和百分之零点六五",
               "一万二分六期，每期本金两千，手续费八十四块，总共五百零四块", "分三期每期本金四千，手续费九十块，总共两百七十",
               "分十二期每期本金一千，手续费七十八块，总共九百三十六", "正常按期还款不会影响征信，分期记录只显示为正常还款",
               "分期办理后不能提前取消，提前还清的话剩余手续费也要照常收取", "每还一期就恢复相应额度", "客服电话九五五八八", "我的工号是六零二一",
               "办好后会发短信通知您"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Customer-led: he opens with 'fee, straight out' and asks about 3/12 periods, credit record, early payoff and 'are you really the bank' "
            "before the period question; the rep answers per card, so step 4 (turn 6) comes before step 3 (turn 8). All figures in Chinese "
            "words, 95588 and the staff number read digit by digit. Worked figures: 3 periods 90 a period, 270 in all (12000 x 0.75%); 12 periods "
            "78 a period, 936 in all (12000 x 0.65%) — correct derivations from the card. His latent fraud worry is covered (95588, staff number "
            "6021). Choice: 6 periods."),
    L("installment-02.txt", IN, "B", I2, {1: [0], 2: [2], 5: [6]},
      correct=["您这期账单有一笔12000元的大额消费", "可以分3期、6期或者12期，每期手续费率分别是0.75%、0.7%和0.65%", "12000元分6期，每期本金2000元，手续费84元"],
      unanswered=["提前还清的话手续费还收吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "question_dodged", "step_skipped", "choice_made_for_customer", "role_labels"],
      notes="Labels 信用卡中心周敏/陈伟. '提前还清的话手续费还收吗？' dodged ('这个您放心，分期是很划算的'; Q&A: early payoff allowed, remaining fees "
            "still charged). Step 3 not counted: the rep picks 6 periods for him ('那就给您办6期吧'; the installment card has no not-allowed list, so "
            "style/notes only) and he goes along. Step 4 skipped (no early-payoff or credit-limit notes). Ending holds (he confirms, condition 1)."),
    L("installment-03.txt", IN, "C", I3, {1: [0], 2: [2], 4: [4, 12], 5: [12]},
      correct=["一万二的消费"],
      invented=[("现在搞活动", N), ("费率都是0.5%", D), ("分12期每期手续费才60块", D), ("总共也就七百来块", W), ("提前还清的话剩下的手续费全免", N),
                ("分期完全不上征信，查都查不到", N), ("最低还款是账单的两成", W), ("三千七", W), ("不收利息", N), ("95566", D), ("工号6012", D),
                ("额度分期完马上全部恢复", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numerals_in_words", "choice_made_for_customer", "pushy"],
      notes="Labels 周经理/陈伟. 12 invented (4 digits, 3 words, 5 none): a promotion (no basis), one rate 0.5% for all (0.75/0.7/0.65%), 60 a "
            "period for 12 periods (0.5% of 12000 from the wrong rate; right is 78), 'about seven hundred' in all (60 x 12 from the wrong rate; "
            "right is 936), remaining fees waived on early payoff (still charged), 'not on the credit record at all' (shown as normal repayment), "
            "minimum payment 两成 (10%), 三千七 (20% of 18500 from the wrong percentage; right is 1850), no interest (daily interest on the "
            "unpaid part), hotline 95566 (95588), staff number 6012 (6021), whole limit restored at once (restored a period at a time). 12 "
            "periods pushed and chosen for him ('我给您办12期'; no not-allowed list on this card: style/notes only), so step 3 is not counted; "
            "step 4 counted (early payoff and credit limit conveyed, wrongly). Ending holds literally (he confirms 12 periods)."),
    L("installment-04.txt", IN, "C", I4, {1: [0], 2: [2]},
      correct=["这期账单可以分3期、6期或者12期"],
      invented=[("今天办的话首期手续费全免", N), ("还送您双倍积分", N), ("分12期每期才70块手续费", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "terse"],
      notes="Labels 周敏/陈先生. 3 invented (1 digits, 0 words, 2 none): first period's fee waived if done today (no basis), double reward points "
            "(no basis), 70 a period for 12 periods (78). Illegitimate ending: '不需要，我全额还', '以后别打这种电话了', '不办。挂了。' (condition 3) closed "
            "as an instalment already set up with condition 1's line ('已经为您办好分期') and [END:1]."),
    L("isp-visit-01.txt", IS, "A", P1, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10]},
      correct=["our line test found a fault at the wall socket, so a technician needs to replace it at your home", "The repair takes about an hour",
               "the visit and the new socket are free because the fault is on our side",
               "a credit of fifteen dollars on your next bill for the days the line was slow", "Tuesday or Thursday, morning or afternoon",
               "Weekend visits are only on Saturday mornings, and the next free slot's in two weeks",
               "Someone over eighteen needs to be home to let the technician in", "The technician will text you thirty minutes before arriving",
               "one eight hundred, five five five, oh one nine nine", "at least four hours before the slot and we'll move it for free"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numbers_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Customer-led: she opens with 'how soon' and 'does it cost anything', then asks about a refund and weekends; answered per Q&A. Figures "
            "in words, the reschedule number read digit by digit in words. Her latent worry (a late technician) surfaces at turn 9 and is met "
            "with the 30-minute text and the free reschedule. Choice: Thursday afternoon (hers), she will be home."),
    L("isp-visit-02.txt", IS, "B", P2, {1: [0], 3: [2], 4: [4], 5: [6]},
      correct=["Tuesday or Thursday, morning or afternoon", "Someone over 18 needs to be home to let the technician in",
               "The technician will text you 30 minutes before arriving"],
      unanswered=["Do I get anything back for this week?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "question_dodged", "step_skipped", "role_labels"],
      notes="Labels Tom/Linda. Step 2 skipped (no fault explanation, no 'about an hour', no 'no charge'). 'Do I get anything back for this week?' "
            "dodged ('Let's get the visit sorted first'; Q&A: a $15 credit on the next bill). Opening thin (kept true). Choice: Tuesday afternoon "
            "(hers), she will be home."),
    L("isp-visit-03.txt", IS, "C", P3, {1: [0], 2: [2], 5: [10]},
      correct=["calling about your ticket on the slow connection"],
      invented=[("a fault in the router", N), ("a $49 call-out fee", D), ("the job takes about three hours", W), ("a five-dollar credit", W),
                ("Sundays are fine", N), ("we've got a slot tomorrow", N), ("your son can let him in, no problem", N),
                ("The technician's there by 8 a.m. sharp", D), ("1-800-555-0919", D), ("even an hour before", N), ("ten minutes before arriving", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numbers_in_words", "choice_made_for_customer"],
      notes="Labels Tom Baker/Linda. 11 invented (3 digits, 3 words, 5 none): a router fault (the wall socket), a $49 call-out fee (free), three "
            "hours (about one), a five-dollar credit ($15), Sundays fine (Saturday mornings only), a slot tomorrow (next weekend slot in two "
            "weeks), her 16-year-old son can let the technician in (someone over 18), 'there by 8 a.m. sharp' (no basis), 1-800-555-0919 "
            "(...0199), 'even an hour before' (at least four hours), text ten minutes before (thirty). Tuesday morning imposed after she says "
            "afternoons ('I'll put you down for Tuesday morning'; no not-allowed list on this card: style/notes only), so step 3 is not counted; "
            "step 4 not counted (never asked; the wrong permission instead). Opening has no 'do you have a minute'. Ending holds literally (she "
            "accepts, with her son home)."),
    L("isp-visit-04.txt", IS, "C", P4, {1: [0], 2: [2], 3: [2]},
      correct=["The technician needs to replace the wall socket, takes about an hour, no charge", "Tuesday or Thursday, morning or afternoon"],
      invented=[("Thursday's nearly full", N), ("a priority fee waiver if you book on this call", N), ("The tech texts you two hours before", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "terse"],
      notes="Labels FiberLink Tom/Linda Park. 3 invented (0 digits, 1 words, 2 none): Thursday nearly full (no basis), a 'priority fee waiver' "
            "for booking now (there is no fee), text two hours before (thirty minutes). Steps 2 and 3 merged in turn 2. Illegitimate ending: she "
            "asks three times for the options by text (condition 2) and hangs up with no slot chosen and no one confirmed at home; the caller "
            "closes as booked with condition 1's line and [END:1]."),
]
if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
