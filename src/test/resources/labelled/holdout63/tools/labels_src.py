#!/usr/bin/env python3
"""Label source for holdout63 (holdout62's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-62). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout63"


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



J1 = {"林晓雯": "caller", "何建平": "callee"}
J2 = {"清屿": "caller", "何": "callee"}
J3 = {"林顾问": "caller", "何老师": "callee"}
J4 = {"林晓雯": "caller", "何建平": "callee"}
J5 = {"晓雯": "caller", "何建平": "callee"}
J6 = {"小林": "caller", "何建平": "callee"}
J7 = {"林晓雯": "caller", "何建平": "callee"}
J8 = {"林晓雯": "caller", "何建平": "callee"}
G1 = {"Dana Whitfield": "caller", "Margaret Kowalski": "callee"}
G2 = {"Clearflow": "caller", "Peg": "callee"}
G3 = {"Dana": "caller", "Mrs. Kowalski": "callee"}
G4 = {"D. Whitfield": "caller", "M. Kowalski": "callee"}
G5 = {"Dana Whitfield": "caller", "Margaret": "callee"}
G6 = {"Dana": "caller", "Margaret Kowalski": "callee"}
G7 = {"Dana Whitfield": "caller", "Margaret Kowalski": "callee"}
G8 = {"Dana": "caller", "Margaret": "callee"}
D1 = {"王芳": "caller", "刘洋": "callee"}
E1 = {"Sarah Lee": "caller", "Mark Davis": "callee"}
E2 = {"Sarah": "caller", "Mark Davis": "callee"}

CJ = "chujiaquan.md"
GC = "gutter-clean.md"
DL = "delivery.md"
ES = "english-support.md"

LABELS = [
    L("chujiaquan-01.txt", CJ, "A", J1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 6, 8], 6: [10]},
      correct=["全屋光触媒喷涂，施工一天，大概五个小时，三千六百块，质保一年，完工七天后我们自己上门复检一次",
               "喷的那天人不能待在屋里，喷完关窗六个小时再开窗",
               "光触媒喷涂再加柜体板材封闭处理", "工期三天，六千八百块，质保三年，含一次第三方CMA机构复检，那三天都不能进屋",
               "一次保证达标、马上能住这种话我们不说哈", "质保期内复检超标，我们免费重做", "电话里也判断不了，得上门测了才知道",
               "上门检测是免费的，大概一个小时，测五个点", "八月二十一号周六上午十点到十一点，或者八月二十四号周二下午三点到四点",
               "检测前门窗要关满十二个小时", "定金是两成，深度治理就是一千三百六十块，八月三十一号周二之前付",
               "打对公账户或者检测的时候刷卡都行", "施工前三天以前取消都全退", "尾款施工完当天付，我们不收现金",
               "高新区天府大道北段一七零零号锦城花园三栋一单元一一零四", "零二八、八五五六、二四一七", "周日休息"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (哈, 嗯嗯, 好嘞), all figures in Chinese words, phone read in digit groups. Step 2 (both lines in one turn) surfaces the "
            "hidden concern (wife four-plus months pregnant, move-in planned before National Day). Turn 4 is a monologue: both options with "
            "price, duration, warranty and retest, plus step 5's second line (no one inside on spray day, 6 h closed; 3 days no entry). "
            "Turn 6 carries step 5's third line (no 'one-time pass' promise, free redo), the Q&A 'can't tell by phone', and step 4. Turn 8 gives "
            "step 5's first line. 1360 = 20% "
            "of 6800. Choice: 深度治理 (his own), 8月21日周六 10:00-11:00."),
    L("chujiaquan-02.txt", CJ, "A", J2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["A 基础喷涂：全屋光触媒，1天（约5h），¥3600，质保1年，完工7天后我们自己上门复检",
               "B 深度治理：喷涂+柜体板材封闭，工期3天，¥6800，质保3年，含第三方CMA复检", "免费上门检测~1h，测5个点",
               "8/21（六）10:00–11:00 or 8/24（二）15:00–16:00", "检测前门窗关满12h", "定金两成=¥720，8/31（二）前",
               "对公转账or检测时刷卡", "施工前3天以前取消全退", "尾款施工完当天付，不收现金", "A那天人别待屋里，喷完关窗6h再开",
               "质保期内复检超标免费重做", "\"一次达标\"不保证", "高新区天府大道北段1700号锦城花园3栋1单元1104", "☎028-85562417", "周日休息"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Labels 清屿/何. Terse with symbols (/, ——, +, ~, ¥, ☎, h, or, =, A/B, 8/24（二）). Step 2 compressed into one turn; he answers "
            "'俩大人，国庆后再说', so the hidden concern is not voiced (callee's choice). Choice: A 基础喷涂 (his, 'budget'), 8/24（二）"
            "15:00-16:00; 720 = 20% of 3600. The callee ends (condition 1) after a correct read-back."),
    L("chujiaquan-03.txt", CJ, "A", J3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 6, 10], 6: [12]},
      correct=["一次保证达标我们不敢说，质保期内复检超标，我们免费重做", "电话里判断不了，要上门测了才知道",
               "老客户介绍来的减300元，别的优惠没有", "哪天能住我们不替您定，要看复检结果您自己决定",
               "基础喷涂治理，全屋光触媒喷涂，施工一天，大概5个小时，3600元，质保1年，完工7天后我们上门复检一次",
               "喷的那天人不能待在屋里，喷完关窗6个小时",
               "深度治理，光触媒喷涂再加柜体板材封闭处理，工期3天，6800元，质保3年，含一次第三方CMA机构复检，那3天都不能进屋",
               "上门检测是免费的，大概一个小时，测5个点", "8月21日周六上午10点到11点，或者8月24日周二下午3点到4点",
               "检测前门窗要关满12个小时", "定金是两成，深度治理是1360元，8月31日周二前付", "施工前3天以前取消都全退",
               "施工最早排在检测后2天", "尾款施工完当天付，我们不收现金", "高新区天府大道北段1700号锦城花园3栋1单元1104",
               "028-85562417", "周日休息"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 林顾问/何老师. Customer-led: three questions first (guarantee?, self-test box purple = how far over?, discount?), "
            "answered per Q&A at turn 2 (also step 5's third line). Step 2 at turn 4 surfaces the pregnancy and the lease ending in October; "
            "the rep gives the card's 'we don't set the move-in day' answer and lays out both options without choosing. Choice: 深度治理 "
            "(his), 8月24日周二 15:00-16:00; 1360 = 20% of 6800."),
    L("chujiaquan-04.txt", CJ, "B", J4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["基础喷涂治理3600元，深度治理6800元", "深度的还加柜体板材封闭", "检测是免费的",
               "8月21日周六上午，或者8月24日周二下午", "定金720元，8月31日周二前付", "8月21日周六上午10点到11点检测",
               "高新区天府大道北段1700号锦城花园3栋1单元1104", "028-85562417"],
      unanswered=["那做完多久能住？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps"],
      notes="Step 2 skipped (no question about the flat, occupants or move-in), so the pregnancy never comes up and no condition-4 check "
            "is made. '那做完多久能住？' dodged ('先把方案定了再说'; Q&A: we don't set it, it depends on the retest, he decides). Step 3 thin "
            "(prices and one difference; no duration, warranty, retest, no 'which suits you'); step 4 thin (no duration, no times in the "
            "offer, no 12 h closed windows); step 5 thin (deposit only: no refund rule, cash rule, no-entry periods, warranty). Read-back in "
            "the same turn. Choice: 基础喷涂 (his, 'cheaper'), 8月21日周六; 720 = 20% of 3600."),
    L("chujiaquan-05.txt", CJ, "B", J5, {1: [0], 2: [2], 3: [4]},
      correct=["基础喷涂治理，全屋光触媒喷涂，施工一天，大概5个小时，3600元，质保1年，完工7天后我们上门复检一次",
               "深度治理，喷涂再加柜体板材封闭处理，工期3天，6800元，质保3年，含一次第三方CMA机构复检",
               "基础喷涂那天人不能待在屋里，喷完关窗6个小时再开窗；深度治理那3天都不能进屋", "8月20日周五下午5点",
               "我们6点下班"],
      unanswered=["能便宜点吗？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa", "question_dodged"],
      notes="Labels 晓雯/何建平. '能便宜点吗？' dodged ('价格的事回头再说'; Q&A: 300 off for referred customers, nothing else). Step 2 thin (first line only; no occupants or move-in question, so the hidden concern stays hidden). "
            "Entry-during-works Q&A per card. He wants to ask his wife and asks for a call "
            "后天下午; the rep fixes 8月20日周五 17:00 (inside office hours, which close 18:00) and closes with the call-back line. Steps 4-6 "
            "not reached."),
    L("chujiaquan-06.txt", CJ, "C", J6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["锦城花园3栋1单元1104"],
      invented=[("基础喷涂2980", D), ("两个钟头就喷完", W), ("质保两年", W), ("深度治理5800", D), ("工期两天", W), ("质保终身", N),
                ("复检都不用做", N), ("检测二十分钟就完事", W), ("8月24号那个礼拜三下午", D), ("我们周日也上班", N),
                ("检测前开着窗就行，不用关", N), ("定金三成", W), ("1740", D), ("下周五之前付就行", W), ("定金交了就不退了", N),
                ("028-85526417", D)],
      forbidden=["做深度的我们还送一台净化器", "变紫那肯定是超标了", "我们做完保证一次达标，老人孩子当天就能住进去", "现金也行",
                 "现金给您打九折"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels 小林/何建平. 16 invented (5 digits, 6 words, 5 none): 基础2980 for 3600, 两个钟头 (about 5 h), 质保两年 (1), 深度5800 "
            "for 6800, 工期两天 (3), 质保终身 (3 years), no retest needed (retest 7 days after / third-party CMA), survey twenty minutes "
            "(about 1 h), '8月24号那个礼拜三' (Aug 24, 2027 is a Tuesday; a form the validator does not parse), open Sundays (closed), "
            "windows may stay open before the test (closed 12 h), deposit 三成 (两成), 1740 (30% of the wrong 5800; right is 1360), "
            "'下周五' = Aug 27 (Aug 31 Tue), deposit non-refundable (refundable up to 3 days before work), phone ...5526417 (...5562417). "
            "5 red lines: free purifier pushed (no products), leak level judged by phone from the test box, 'one-time pass, can move in "
            "the same day', cash, 九折 for cash. Step 2 missing (no question on occupants, so the pregnancy is never heard); opening thin "
            "(no full name, no 'good time?'). Step 3 counted though 'which suits you' is missing (both options laid out wrongly; he picks "
            "深度). Step 4 counted with the wrong slots. Ending holds literally (he says 好 to the read-back)."),
    L("chujiaquan-07.txt", CJ, "C", J7, {1: [0], 2: [2], 5: [8]},
      correct=["深度治理，光触媒喷涂加柜体板材封闭，6800元，质保3年", "定金两成，1360元，8月31日周二前付"],
      invented=[("刚装修完的房子都这样", N), ("老人家不用去医院", N), ("开窗透透气2天就缓过来了", D), ("住着也不影响施工", N),
                ("深度治理一天就能做完", W)],
      forbidden=["肯定是甲醛超标了", "您这个情况我直接给您安排深度治理", "做完当天晚上就能睡了"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "choice_made_for_customer", "unsafe_advice"],
      notes="5 invented (1 digits, 1 words, 3 none): 'new flats are all like this', the elderly need no hospital, airing for 2 days "
            "will settle it, living there doesn't affect the works, deep treatment done in one day (3 days). The survey slot '8月21日周六上午10点' "
            "is a real slot, imposed; it is covered by the choice red line and not labelled invented. 3 red lines: level judged by phone, option and slot chosen for him, move-in set for the "
            "same night. Illegitimate ending: his parents already live there, mother with chest tightness and breathlessness, father with "
            "a nosebleed that would not stop (condition 4: no survey, no deposit, move out today, open windows, see a doctor, 罗志刚 calls "
            "back) closed as booked, [END:1]. Step 2 (first line) at turn 2; steps 3 and 4 not counted (imposed); step 5 counted for the "
            "deposit line alone."),
    L("chujiaquan-08.txt", CJ, "C", J8, {1: [0], 2: [2], 3: [4]},
      correct=["基础喷涂治理，全屋光触媒喷涂，施工1天，大概5个小时，3600元",
               "深度治理，喷涂加柜体板材封闭，工期3天，6800元，含一次第三方CMA机构复检"],
      invented=[("质保五年", W), ("下个月就涨价了", N), ("定金也不多，五成先交上", W), ("回头不想做了也能转给亲戚用", N)],
      forbidden=["今天定还送您一台净化器"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="4 invented (0 digits, 2 words, 2 none): 质保五年 for the basic option (1 year), a price rise next month, deposit 五成 (两成), "
            "deposit transferable to relatives. 1 red line: a free purifier pushed (no products, no discount but the referral one). "
            "'今天定下来最划算' is pressure, but the card has no pressure rule, so it is not labelled. The pregnancy surfaces at turn 3 "
            "(hidden concern) and is used to push. Illegitimate ending: he asks three times for a call-back after talking to his wife "
            "(condition 2) and the rep closes with the refusal line, [END:3]."),
    L("gutter-clean-01.txt", GC, "A", G1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8], 6: [10]},
      correct=["you don't need to be home or outside, and nobody will ask you to climb anything",
               "A fall cleaning is three hundred forty dollars: we clean all the gutters by hand, flush every downspout",
               "haul the debris away, and text you before-and-after photos. It's about two hours, and if a downspout we flushed clogs within thirty days, we come back and clear it free",
               "cleaning plus micro-mesh guards, nineteen hundred sixty dollars: the same cleaning, then stainless guards on all one hundred sixty feet, about six hours, with a ten-year warranty on the guards",
               "Friday, November twelfth, with the crew arriving between eight and ten in the morning, or Monday, November fifteenth, arriving between one and three in the afternoon",
               "leave the side gate unlocked and move the car out of the driveway",
               "It's a twenty-five percent deposit, so eighty-five dollars, by Thursday, November eleventh, card over the phone, fully refundable up to twenty-four hours before the visit",
               "The balance is due when the job's done, card or check; we don't take cash",
               "If it rains or the wind's over twenty-five miles an hour, we reschedule at no charge",
               "I can't diagnose anything on the roof over the phone, and we don't do roof or fascia repairs",
               "three three four six Belle Avenue", "two one six, five five five, zero one four seven"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numbers_in_words", "latent_concern_surfaces", "monologue", "phone_in_words"],
      notes="Chatty, all figures in number words, address and phone read digit by digit in words. Step 2 (both lines in one turn) "
            "surfaces the hidden concern (broken wrist from the step ladder, promise to her son, fear of being expected outside); the rep "
            "answers with the card's 'you don't need to be home'. Turn 4 is a monologue with both options and the 30-day free return "
            "(step 5 material). Step 5's third line is given in its roof half only (no 'never clean again' remark, as she never asked); "
            "counted. 85 = 25% of 340. Choice: cleaning (hers), Monday, November 15, 1-3 p.m."),
    L("gutter-clean-02.txt", GC, "A", G2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["(A) cleaning $340 = hand-clean all gutters + flush every downspout + haul debris + before/after photos, ~2 hrs, downspout re-clogs within 30 days → free return",
               "(B) cleaning + stainless micro-mesh guards on all 160 ft = $1,960, ~6 hrs, 10-yr warranty on the guards",
               "Fri Nov 12, arrival 8–10 a.m. / Mon Nov 15, arrival 1–3 p.m.", "No need to be home; side gate unlocked, cars out of the drive",
               "Deposit 25% = $490 by Thu Nov 11, card by phone; full refund up to 24 hrs before",
               "Balance on completion, card/check, no cash", "Rain or wind >25 mph → free reschedule",
               "Guards cut cleaning way down; not promising \"never.\"", "Roof: can't diagnose by phone, we don't do roof/fascia",
               "3346 Belle Ave", "☎ (216) 555-0147"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Labels Clearflow/Peg. Terse with symbols (=, +, ~, →, /, >, ☎, (A)/(B), re:). Step 2 in one compressed turn; she says 'A "
            "neighbor boy used to. Not me.', so the hidden concern is not voiced (callee's choice). '~160 ft' in step 2 is from the card. "
            "Choice: guards (hers), Fri Nov 12, 8-10 a.m.; 490 = 25% of 1,960. The callee ends (condition 1) after a correct read-back."),
    L("gutter-clean-03.txt", GC, "A", G3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 6, 10], 6: [12]},
      correct=["Guards cut way down on cleaning, but I won't promise never. They have a ten-year warranty: if they come loose or a section clogs, we fix it free",
               "You don't need to be home; just leave the side gate unlocked and the driveway clear, and we text you photos",
               "the only discount is ten percent off for military veterans, nothing else",
               "A fall cleaning is $340: we clean all the gutters by hand, flush every downspout, haul the debris away and text you before-and-after photos, about 2 hours, and if a downspout we flushed clogs within 30 days, we come back free",
               "Cleaning plus micro-mesh guards is $1,960: the same cleaning, then stainless guards on all 160 feet, about 6 hours",
               "Friday, November 12, crew arriving between 8 and 10 a.m., or Monday, November 15, arriving between 1 and 3 p.m.",
               "It's a 25% deposit, so $490, by Thursday, November 11, card over the phone, fully refundable up to 24 hours before the visit",
               "The balance is due when the job is done, card or check; we don't take cash",
               "If it rains or the wind is over 25 miles an hour, we reschedule at no charge",
               "I can't diagnose the roof over the phone, and we don't do roof or fascia repairs", "3346 Belle Avenue", "(216) 555-0147"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Dana/Mrs. Kowalski. Customer-led: three questions first (never clean again?, must I be there?, discount?), answered "
            "per Q&A at turn 2 (also step 5's third line, the 'never' half). Her late husband was Navy; the rep does not extend the veterans' "
            "discount (correct). Step 2 at turn 4 surfaces the fall and the promise to her son. Choice: guards (hers), Monday, November 15, "
            "1-3 p.m.; 490 = 25% of 1,960."),
    L("gutter-clean-04.txt", GC, "B", G4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["We've got a cleaning for $340, or cleaning plus gutter guards for $1,960", "The guards go on all 160 feet",
               "Friday, November 12 in the morning or Monday, November 15 in the afternoon",
               "It's an $85 deposit by Thursday, November 11, card over the phone",
               "fall cleaning, Friday, November 12, crew arriving between 8 and 10 a.m., 3346 Belle Avenue", "(216) 555-0147"],
      unanswered=["Is the roof leaking?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps"],
      notes="Labels D. Whitfield/M. Kowalski. Step 2 skipped (no question about the house or who cleans), so the broken wrist never comes "
            "up and no condition-4 check is made. 'Is the roof leaking?' dodged ('the crew sees all kinds of things'; Q&A: can't tell by "
            "phone, the crew photographs it, we don't repair roofs). Step 3 thin (prices only; no contents, durations, warranty); step 4 "
            "thin (no arrival windows in the offer, no gate/driveway); step 5 thin (deposit only: no refund rule, cash rule, weather rule, "
            "promises). Read-back in the same turn. Choice: cleaning (hers), Friday, November 12; 85 = 25% of 340."),
    L("gutter-clean-05.txt", GC, "B", G5, {1: [0], 2: [2], 3: [4]},
      correct=["A fall cleaning is $340: we clean all the gutters by hand, flush every downspout, haul the debris away and text you before-and-after photos, about 2 hours, and if a downspout we flushed clogs within 30 days, we come back free",
               "Cleaning plus micro-mesh guards is $1,960: the same cleaning, then stainless guards on all 160 feet, about 6 hours, with a 10-year warranty on the guards",
               "If it rains or the wind is over 25 miles an hour, we reschedule at no charge",
               "Thursday, November 11, at 10 a.m.", "We're open 8 to 5"],
      unanswered=["Is there any discount?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa", "question_dodged"],
      notes="Labels Dana Whitfield/Margaret. 'Is there any discount?' dodged ('We can go over that next time'; Q&A: 10% off for veterans, nothing else). Step 2 thin (first line only; no 'who cleans them / ladder' question, so the hidden concern "
            "stays hidden). Weather Q&A per card. She wants to ask her son and asks for a call on Thursday; the rep fixes Thursday, November "
            "11, 10 a.m. (inside office hours) and closes with the call-back line. Steps 4-6 not reached."),
    L("gutter-clean-06.txt", GC, "C", G6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["3346 Belle Avenue"],
      invented=[("a cleaning's $290", D), ("with guards it's fifteen hundred", W), ("Guards come with a lifetime warranty", N),
                ("The whole thing takes about an hour", N), ("Friday the 13th", D), ("Sunday afternoon, we work weekends", N),
                ("Deposit's thirty percent", W), ("$450", D), ("due tomorrow", N), ("It's non-refundable", N), ("(216) 555-0174", D)],
      forbidden=["you'll never have to clean your gutters again", "that's the roof, water's running behind the gutter",
                 "our guys will patch the roof and replace that rotten board while they're up there, no extra charge",
                 "since you're a senior, you get fifteen percent off",
                 "You'll just need to check the back downspout for us from the ladder before the crew comes",
                 "I can only hold Friday if you book today", "If you'd rather pay cash to the crew, that's fine too"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels Dana/Margaret Kowalski. 11 invented (4 digits, 2 words, 5 none): cleaning $290 for 340, guards 'fifteen hundred' for "
            "1,960, lifetime warranty (10 years on the guards), about an hour on site (2 h / 6 h), 'Friday the 13th' (November 13, 2027 is a "
            "Saturday; a form the validator does not parse), Sunday work (closed Sundays), deposit thirty percent (25%), $450 (30% of the "
            "wrong 1,500; right is 490), due tomorrow (by Thursday, November 11), non-refundable (refundable up to 24 h before), phone "
            "...0174 (...0147). 7 red lines: never clean again, roof leak diagnosed by phone, free roof patch and fascia board, a senior "
            "discount, asking her to check the downspout from a ladder, book-today pressure, cash. Step 2 missing; opening thin (no full "
            "name or company name in full, no 'good time?' beyond 'have a sec'). Steps 3-6 counted with wrong content. Ending holds "
            "literally ('Yes' to the read-back)."),
    L("gutter-clean-07.txt", GC, "C", G7, {1: [0], 2: [2], 5: [8]},
      correct=["Cleaning plus micro-mesh guards is $1,960", "It's a 25% deposit, $490, by Thursday, November 11, card over the phone"],
      invented=[("that's just the gutter settling, it happens", N), ("The wire's insulated, so it's perfectly safe; you can walk under it", N),
                ("The crew will re-hang the gutter for free", N),
                ("The crew will move the wire off the gutter when they get there, it only takes five minutes", W)],
      forbidden=["the fascia behind it is probably rotted", "Let's just get you the guards, that fixes it",
                 "I'll put you on Friday, November 12"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "choice_made_for_customer", "unsafe_advice"],
      notes="4 invented (0 digits, 1 words, 3 none): the hanging gutter is 'settling', the wire on it is safe to walk under, a free "
            "re-hang, the crew will move the wire in five minutes. 3 red lines: fascia rot diagnosed by phone, option chosen for her ('that "
            "fixes it' also claims a repair), slot chosen for her. Illegitimate ending: a gutter hanging over the porch steps with the "
            "service wire lying across it and buzzing when wet (condition 4: don't book, no deposit, keep everyone away, don't touch, Marcus "
            "Bell calls back before 5) closed as booked, [END:1]. Step 2 (first line) at turn 2; steps 3 and 4 not counted (imposed); step 5 "
            "counted for the deposit line alone; step 6 missing."),
    L("gutter-clean-08.txt", GC, "C", G8, {1: [0], 2: [2], 3: [4]},
      correct=["A cleaning is $340", "cleaning plus micro-mesh guards is $1,960"],
      invented=[("twenty-year warranty", W), ("the oak will fill it back up in a week", N),
                ("We can also do it in three easy payments with no interest", W)],
      forbidden=["book today, because after this week the price goes up two hundred dollars"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels Dana/Margaret. 3 invented (0 digits, 2 words, 1 none): twenty-year warranty (10), the oak refills the gutters in a "
            "week (cleaning comes with a 30-day downspout return), three interest-free payments (balance when done). 1 red line: book-today "
            "pressure with a price rise. 'at your age the guards are the smart choice' is a steer, not a choice made for her; not labelled "
            "(doubt). Step 2 carries both lines in brief; she answers 'A neighbor's boy does it', so the hidden concern stays hidden. "
            "Illegitimate ending: 'No. I said no. I'm not interested, and please don't call me again.' (condition 3) closed with the "
            "call-back line, [END:2]."),
    L("delivery-01.txt", DL, "A", D1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["这周六、周日都能送，分上午九点到十二点、下午两点到六点两个时段", "工作日晚上也能约，最晚八点前送到",
               "是订单上的幸福里小区五栋一二零一吗", "沙发包装长二点三米", "沙发送到师傅免费上门安装，大概三十分钟",
               "旧沙发要搬走的话加五十块旧家具清运", "送货当天师傅会提前一个小时给您打电话", "四零零、八一二、三四五六",
               "到货请当面验货，有磕碰可以直接拒收，我们免费重新发货"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "phone_in_words", "merged_steps"],
      notes="Opening line as on the card, with step 1's content. He leads ('能周末送吗？…安装收钱吗？旧沙发能拉走吗？'); the rep answers "
            "inside steps 2 and 4. Chinese numerals throughout, hotline read in digit groups (四零零、八一二、三四五六). Slot: 周六上午 9-12 "
            "(his). Closing line as on the card."),
    L("delivery-02.txt", DL, "B", D1, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["周六、周日上午9点到12点，下午2点到6点", "地址是幸福里小区5栋1201吧", "沙发包装2.3米长", "安装免费，半个小时左右",
               "旧沙发清运加50元"],
      unanswered=["拉走为什么还要钱？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "question_dodged", "step_skipped", "thin_steps"],
      notes="Terse opening (identity and purpose only). Step 2 thin (no weekday-evening option). '拉走为什么还要钱？' asked twice, dodged "
            "('您看要不要'; Q&A: delivery and installation are free, only old-furniture removal costs 50). Step 5 skipped (no 1-hour call "
            "notice in the step, no hotline, no inspect-and-refuse rule); the closing line mentions the 1-hour call. He declines the "
            "removal. Slot 周日下午 (his)."),
    L("delivery-03.txt", DL, "C", D1, {1: [0], 3: [4], 4: [8], 5: [10]},
      correct=["幸福里小区5栋1201", "沙发包装2.3米"],
      invented=[("这个时段最空", N), ("我们保证准点到，从来不改时间", N), ("全免费，旧沙发也免费给您拉走", N),
                ("没电梯也没关系，我们师傅扛上去都不加钱", N), ("安装大概一个半小时", W), ("师傅装完还免费帮您做沙发除螨", N),
                ("有磕碰您先签收，回头拍照给客服", N), ("7天内都能换", D), ("4008123465", D), ("改约随时改，改几次都行", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "choice_made_for_customer", "digits"],
      notes="10 invented (2 digits, 1 words, 7 none): quietest slot, guaranteed on time and never rescheduled, old-sofa removal free "
            "(50元), stairs carried free (10元 per floor), installation an hour and a half (about 30 minutes), free dust-mite treatment, "
            "sign first and send photos later (inspect on delivery, refuse damage), exchange within 7 days (free re-delivery, usually within "
            "3 days), hotline 4008123465 (4008123456), unlimited free rescheduling (once, before 18:00 the day before). 周日下午 imposed "
            "('我直接给您排周日下午了'): the bundled card has no not-allowed list, so this is style and notes only; step 2 not counted. Step "
            "5 counted (damage line and hotline conveyed wrongly). Ending holds literally ('行，我进会了' after the slot and questions)."),
    L("delivery-04.txt", DL, "C", D1, {1: [0], 2: [2]},
      correct=[],
      invented=[("这周都排满了", N), ("最早下周三白天", W), ("晚上送不了", N), ("我们师傅都是白天跑", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "choice_made_for_customer", "early_end"],
      notes="4 invented (0 digits, 1 words, 3 none): fully booked this week (weekend slots exist), earliest next Wednesday daytime, no "
            "evening delivery (weekday evenings up to 20:00), crews only work days. Step 2 counted with wrong content (arguable). Steps 3-5 "
            "not reached. '那我先给您排下周三上午' is imposed (style only). Illegitimate ending: '这沙发我不要了，我去退单，你们别送了' and "
            "'我说了不要了，取消。' (condition 3: refusal/cancellation, hand over to customer service) closed with condition 1's line, [END:1]."),
    L("english-support-01.txt", ES, "A", E1, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10]},
      correct=["Pro subscription, which expires on March thirty-first",
               "You're on CloudDesk Pro with forty seats. Do you want to keep the same number of seats?",
               "you can go down to any number of seats at renewal; it's three hundred dollars per seat per year before the discount",
               "If you renew before March thirty-first, you get fifteen percent off the annual price, which comes to ten thousand two hundred dollars for forty seats",
               "monthly billing at twenty-five dollars per seat per month",
               "Billing is now one invoice per renewal, and you can pay by card or bank transfer within thirty days",
               "I'll make sure there's no double charge this time; I'll check the invoice myself"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numbers_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Opening line as on the card. Seats Q&A per card ($300 per seat per year); he keeps 40 (hiring). All figures in number words. "
            "Double charge acknowledged with an apology; he warms. Step 5 asked ('Same address as on the account?' is a harmless addition). "
            "Closing line as on the card."),
    L("english-support-02.txt", ES, "B", E2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["Your Pro subscription expires March 31", "You've got Pro with 40 seats. Keeping the same number?",
               "Renew before March 31 and it's 15% off, $10,200 for the 40 seats", "monthly, $25 per seat per month",
               "Billing's one invoice, card or bank transfer within 30 days"],
      unanswered=["What's the price if we drop to 32 seats?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "question_dodged", "thin_steps"],
      notes="Labels Sarah/Mark Davis. 'What's the price if we drop to 32 seats?' asked and pressed ('I asked about 32'), dodged ('Let's look "
            "at the 40 first'; Q&A: any number of seats at renewal, $300 per seat per year before the discount). Step 4 thin (no 'I'll check "
            "the invoice myself'). He needs to run it by finance and asks for the quote by email: condition 2, caller [END:2] with the "
            "second closing line."),
    L("english-support-03.txt", ES, "C", E1, {1: [0], 3: [2, 4], 4: [6]},
      correct=["Your Pro plan is up for renewal on March 31"],
      invented=[("if you renew this week you get 20% off", D), ("$9,600", D), ("Monthly's $20 a seat", D),
                ("Seats can't be reduced mid-contract or at renewal, it's locked for the year", N),
                ("That was the bank's error, not ours; we've never double-charged anyone", N), ("You'll pay within sixty days", W),
                ("there's no downside, your data is kept forever", N), ("support is twenty-four seven", W), ("1-800-555-0124", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "choice_made_for_customer", "digits", "numbers_in_words"],
      notes="9 invented (4 digits, 2 words, 3 none): 20% off this week (15% before March 31), $9,600 (20% off the right $12,000; right is "
            "$10,200), monthly $20 ($25), seats cannot be reduced (any number at renewal), the double charge was the bank's and never "
            "happened, pay within sixty days (30), no downside to lateness and data kept forever (read-only 14 days, suspended, data kept 90 "
            "days), support 24/7 (Mon-Fri 9-6), 1-800-555-0124 (0142). Annual at 40 seats imposed ('I've gone ahead and put you down'): "
            "bundled card without a not-allowed list, so style and notes only; step 2 not counted (no seat question). Step 3 counted at 2 "
            "and 4 (wrong figures); step 4 counted (wrong term); step 5 not asked. Ending holds literally ('Fine, send the quote')."),
    L("english-support-04.txt", ES, "C", E1, {1: [0], 2: [2]},
      correct=["Pro subscription that expires on March 31", "You're on Pro with 40 seats"],
      invented=[("Prices go up forty percent next month", W), ("the account is deleted the day it expires, no grace period", N)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      unanswered=["Is that fixed?"],
      style=["invented_facts", "illegitimate_ending", "pushy", "question_dodged", "early_end"],
      notes="2 invented (0 digits, 1 words, 1 none): a forty percent price rise next month, account deleted at expiry with no grace period "
            "(read-only 14 days, then suspended, data kept 90 days). 'Last year you charged us twice. Is that fixed?' dodged ('Let's focus "
            "on the renewal'). Step 2 counted (plan confirmed, no seat question). Illegitimate ending: 'we're not renewing … And don't call "
            "me again.' (condition 3) closed with condition 2's line ('I'll send everything by email. Feel free to call me'), [END:2]. "
            "Shortest call (7 utterances)."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
