#!/usr/bin/env python3
"""Label source for holdout54 (holdout49's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-49). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout54"


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


W1 = {"唐晓雯": "caller", "何志强": "callee"}
WY = {"翼航": "caller", "何先生": "callee"}
WT = {"唐老师": "caller", "老何": "callee"}
WX = {"小唐": "caller", "何志强": "callee"}
WZ = {"翼航招生": "caller", "何哥": "callee"}
WG = {"唐顾问": "caller", "何志强": "callee"}
WH = {"唐晓雯": "caller", "何先生": "callee"}
WK = {"小唐": "caller", "何哥": "callee"}
S1 = {"Dmitri Volkov": "caller", "Ruth Okafor": "callee"}
SN = {"Northfield": "caller", "Ruth": "callee"}
SD = {"Dmitri": "caller", "Mrs. Okafor": "callee"}
SS = {"Northfield Snow & Ice": "caller", "R. Okafor": "callee"}
SV = {"D. Volkov": "caller", "Ruth": "callee"}
S6 = {"Dmitri V.": "caller", "Ruth Okafor": "callee"}
S7 = {"Dmitri": "caller", "Ruth": "callee"}
S8 = {"Volkov": "caller", "Mrs. Okafor": "callee"}
DW = {"王芳": "caller", "刘洋": "callee"}
DS = {"顺达物流": "caller", "刘先生": "callee"}
DT = {"调度王芳": "caller", "刘洋": "callee"}
DX = {"顺达": "caller", "刘洋": "callee"}
E1 = {"Sarah Lee": "caller", "Mark Davis": "callee"}
EC = {"CloudDesk": "caller", "Mark": "callee"}
ES = {"Sarah": "caller", "Mark D.": "callee"}
EX = {"CloudDesk CS": "caller", "Mark Davis": "callee"}

U = "wurenji.md"
P = "snow-plow.md"
DL = "delivery.md"
EN = "english-support.md"

LABELS = [
    L("wurenji-01.txt", U, "A", W1, {1: [0], 2: [2, 4], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["理论有题库App，开班前就可以先刷题，理论补考第一次也是免费的",
               "视距内驾驶员班，学费四千九百八，一共十二天，理论三天、实操九天，一期最多八个人，十月十八号周一开班",
               "超视距机长班，学费八千八，二十天，一期最多六个人，十月二十五号周一开班", "两种都含首次考试费和教材",
               "保证考过这个我们不能说，实操补考每次三百块", "每天八点半到五点，连续上，周末也上，中途不能拆开",
               "大概一个小时，在双流训练场", "十月十六号周六上午九点半，或者十月十七号周日下午两点", "全程有教练陪着飞",
               "报名交五百块定金，视距内班十月十五号周五下午五点半截止", "开班前三天以上申请，定金全额退",
               "余款开班当天刷卡或者转学校对公账户，我们不收现金，也不转个人微信", "四张一寸白底照片", "合作医院可以体检，一百二十块",
               "地址是航空港大道八十八号", "零二八、八五六零、三三一七"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (哈, 呀, 好嘞). Figures in Chinese words, phone read digit by digit. Step 2's '学习上有没有什么担心的' surfaces the hidden "
            "concern (初中毕业, fears the theory exam); the rep answers with the card's 题库App and free first theory re-sit. 'No pass guarantee' "
            "and 'weekends?' Q&A answered per card (turn 6). Turn 10 is a monologue of step 5. Choice: 视距内, 10/16 Sat 9:30."),
    L("wurenji-02.txt", U, "A", WY, {1: [0], 2: [2, 4], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["理论补考第1次免费", "视距内驾驶员班 4980元/12天（理论3+实操9），≤8人/期，10月18日周一开班",
               "超视距机长班 8800元/20天，≤6人/期，10月25日周一开班", "都含首次考试费+教材", "价格统一不打折；同单位3人以上一起报，每人减300元",
               "约1小时，双流训练场", "10月16日周六 9:30 / 10月17日周日 14:00", "定金500元，超视距班10月22日周五17:30截止",
               "开班前≥3天申请→定金全退", "余款开班当天刷卡/转对公账户，不收现金", "带身份证原件+一寸白底照片4张+一个月内体检报告",
               "学校宿舍4人间，40元/晚，自愿", "有变动打028-8560-3317"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "latent_concern_surfaces", "customer_asks_qa", "role_labels"],
      notes="Labels 翼航/何先生. Terse with symbols (→, ①②, ≤, /, +). Step 2 surfaces the theory worry, answered per card. Discount and "
            "dorm Q&A per card. Turn 12 merges the dorm answer with the read-back. Choice: 超视距, 10/17 Sun 14:00. The callee ends (condition 1)."),
    L("wurenji-03.txt", U, "A", WT, {1: [0], 2: [4, 6], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["包过我们不敢讲，理论补考第一次免费，实操补考每次300块", "执照是民航局认可的，有效期2年，到期前复审", "合作医院体检，120块，当天出结果",
               "理论配了题库App", "视距内驾驶员班4980，12天，理论3天实操9天，一期最多8人，10月18日周一开班",
               "超视距机长班8800，20天，一期最多6人，10月25日周一开班", "两个都含首次考试费和教材", "一个钟头左右，在双流训练场",
               "10月16日周六上午9:30或者10月17日周日下午2:00", "报名交500元定金，视距内班10月15日周五17:30截止，开班前3天以上申请定金全额退",
               "余款开班当天刷卡或转对公账户，不收现金", "4张一寸白底照片和一个月内的体检报告", "每天8:30到17:00连续上课，周末也上",
               "航空港大道88号院内的训练场", "028-8560-3317"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 唐老师/老何. Customer-led: three questions first (pass guarantee, licence validity, no medical report), answered per card "
            "at turn 2 (counted for step 5's materials). Step 2 at turn 4 surfaces the theory worry. Option price right after the name "
            "('视距内驾驶员班4980') is correct here. Choice: 视距内, 10/17 Sun 14:00."),
    L("wurenji-04.txt", U, "B", WX, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["视距内驾驶员班4980元12天，10月18日周一开班", "超视距机长班8800元20天，10月25日周一开班", "都含首次考试费和教材",
               "体验课免费的，10月16日周六上午9:30或10月17日周日下午2:00", "定金500，10月15日周五截止", "航空港大道88号", "028-8560-3317"],
      unanswered=["考不过咋整，还要再交钱啊？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 小唐/何志强. Step 2 skipped: no questions about use, schedule or worries, so the theory fear never surfaces and the rule "
            "'daily, weekends included, no splitting' is never said. '考不过咋整，还要再交钱啊？' dodged with '这个您先别想那么多' (not labelled: "
            "vague, no false content). Steps 4-5 thin (no 1-hour length, no refund rule, no payment or materials beyond ID). Choice: 视距内, 10/16."),
    L("wurenji-05.txt", U, "B", WZ, {1: [0], 2: [2], 3: [4]},
      correct=["视距内驾驶员班，学费4980元，12天，一期最多8人，10月18日周一开班", "超视距机长班，8800元，20天，一期最多6人，10月25日周一开班",
               "都含首次考试费和教材", "10月13日周三下午再给您打", "单位要是3人以上一起报，每人能减300元"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels 翼航招生/何哥. Step 2 thin (use and experience only; no schedule or worry question). He must ask his boss about "
            "reimbursement and names the call-back (周三下午三点以后); the rep fixes 10月13日周三 (Wednesday after Mon 10/11) and closes with the "
            "call-back line. The group discount is on the card. Steps 4-6 not reached."),
    L("wurenji-06.txt", U, "C", WG, {1: [0], 3: [2], 4: [8], 5: [10], 6: [14]},
      correct=["超视距机长班8800元，20天", "体验课免费，10月16日周六上午9:30或者10月17日周日下午2:00", "定金五百", "航空港大道88号"],
      invented=[("视距内驾驶员班4580", D), ("一共十天，理论三天实操七天", W), ("执照是终身有效的", N), ("考不过补考都不要钱", N),
                ("我们有周末班", N), ("报名十月二十号截止", W), ("照片带两张就够了", W), ("合作医院体检80块", D), ("宿舍免费住", N),
                ("028-8560-3371", D)],
      forbidden=["我们包过的", "体验课您自己上手飞就行，不用教练跟着", "余款现金或者转我微信都行"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="10 invented (3 digits, 3 words, 4 none): 4580 for 4980 (price right after the option name, no unit), 10 days 3+7 for 12 days "
            "3+9, a lifetime licence for 2 years, every re-sit free (only the first theory re-sit), a weekend class (classes run daily, "
            "no splitting), deadline 10/20 for 10/15, two photos for four, medical 80 for 120, free dorm for 40 a night, phone …3371 for …3317. "
            "3 red lines: 包过, flying without an instructor, cash or personal WeChat. Step 2 missing. Ending holds literally (choice, read-back, assent)."),
    L("wurenji-07.txt", U, "C", WH, {1: [0], 3: [4]},
      correct=["视距内驾驶员班4980元，12天", "定金500元"],
      invented=[("色弱不影响", N), ("体检走个过场", N), ("二十五天", W), ("10月18日前交就行", D)],
      forbidden=["体验课给您约10月16日周六上午9:30"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="Labels 唐晓雯/何先生. 4 invented (none, none, words, digits): colour weakness does not matter and the medical is a formality "
            "(caller condition 4 says it bars him), 超视距 25 days for 20, deposit due by 10/18 for 10/15. Red line: booking the slot for him "
            "('我还没说哪天呢'). Illegitimate ending: an abnormal case (he says he is 色弱, caller condition 4 → 不约体验课) closed as a routine "
            "booking with condition 1's line and [END:1]. Step 4 not counted (only the red-line booking). '很多学员都这样' and '没事的' are not labelled "
            "(part of the bad ending; doubt)."),
    L("wurenji-08.txt", U, "C", WK, {1: [0], 3: [2]},
      correct=["视距内驾驶员班4980元，12天", "20天"],
      invented=[("超视距机长班9800元", D), ("一期最多十个人", W), ("周末也能单独上课", N), ("体验课报了名才能上", N)],
      forbidden=["单位肯定给报的", "定金可以不用交"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels 小唐/何哥. 4 invented (digits, words, none, none): 9800 for 8800, ten a class for six, weekend-only classes, the trial "
            "only after signing up (it is before). Red lines: reimbursement promised, deposit waived. Illegitimate ending: a twice-asked call-back "
            "(礼拜五上午, caller condition 2) closed with the refusal line (condition 3) and [END:3]. No time confirmed. Step 2 skipped; steps 4-6 "
            "not reached."),
    L("snow-plow-01.txt", P, "A", S1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["paved driveway at fourteen Birchwood Lane, about eighty feet, with the one-car garage",
               "The seasonal contract is five hundred and forty dollars for the whole season, November fifteenth to April first, every storm of two inches or more",
               "the driveway's cleared by six a.m.", "fifty-five dollars each time we plow, same two-inch trigger, billed at the end of the month",
               "we clear within eight hours after the snow stops, so I can't promise you a time on that one",
               "customers sixty-five or older get ten percent off the seasonal contract, so that's four hundred eighty-six dollars, or three payments of a hundred sixty-two",
               "November fifteenth, December fifteenth and January fifteenth", "front walk and steps for fifteen dollars a visit",
               "It's free and takes about twenty minutes", "Saturday, October thirtieth, at nine a.m., or Tuesday, November second, at three-thirty p.m.",
               "please sign up by Friday, November fifth", "before November fifteenth you get a full refund",
               "We never push snow into the street, we don't do roofs", "Payment is by card or cheque to the company, never cash to the driver",
               "eight-oh-two, five-five-five, oh-one-seven-six"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty; every figure in words. Step 2's morning question surfaces the hidden concern (dialysis Mon/Wed/Fri, out by "
            "6:15); turn 4 is a monologue of both plans and says no time can be promised on per-push. Senior discount worked out right "
            "(540 × 0.9 = 486; 3 × 162). Walk add-on per card. Choice: seasonal with discount, Sat Oct 30 9 a.m."),
    L("snow-plow-02.txt", P, "A", SN, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["Still paved, 14 Birchwood Ln, ~80 ft, 1-car garage?", "Seasonal — $540, Nov 15–Apr 1, every storm ≥2\", priority route → cleared by 6 a.m.",
               "Per-push — $55/push, same 2\" trigger, billed monthly, cleared within 8 hrs after snow stops; no set time",
               "Seasonal stays $540 ($486 w/ the 65+ discount)", "free, ~20 min. Sat Oct 30 @ 9 a.m. or Tue Nov 2 @ 3:30 p.m.",
               "No need to be home; cars off the driveway", "sign up by Fri Nov 5", "No snow pushed into the street; no roofs",
               "Pay by card/cheque to the company — never cash to the driver", "storm line (802) 555-0176"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "latent_concern_surfaces", "customer_asks_qa", "role_labels"],
      notes="Labels Northfield/Ruth. Terse with symbols (~, ≥, →, @, —, /). Dialysis surfaces at step 2; the rep notes only seasonal comes "
            "with a time. 'Barely snows' Q&A per card. She picks per-push knowingly. The seasonal refund rule is not said (she chose "
            "per-push; judged not needed). Choice: per-push, Tue Nov 2 3:30 p.m. The callee ends (condition 1)."),
    L("snow-plow-03.txt", P, "A", SD, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["Lawn damage from the plow we repair in spring at no cost, as long as you report it by May 1", "Salting is $25 an application, on request",
               "payment is card or cheque to the company only, never cash to the driver", "paved driveway at 14 Birchwood Lane, about 80 feet, one-car garage",
               "the seasonal contract is $540 for November 15 to April 1, every storm of 2 inches or more", "cleared by 6 a.m. after overnight snow",
               "the 10% senior discount brings it to $486, three payments of $162", "per-push at $55 a time, billed monthly, cleared within 8 hours after the snow stops",
               "free, about 20 minutes", "Saturday, October 30, at 9 a.m., or Tuesday, November 2, at 3:30 p.m.", "Please sign up by Friday, November 5",
               "if you cancel before November 15 it's a full refund", "We never push snow into the street, we don't clear roofs",
               "the storm line is (802) 555-0176, the office (802) 555-0143"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Dmitri/Mrs. Okafor. Customer-led: lawn, salt and pay-the-driver questions first (turn 2, counted for step 5's payment rule). "
            "Step 2 at turn 4 surfaces dialysis. Discount applied without being asked (she is 67, on file only by her answer; judged fine). "
            "Choice: seasonal, Tue Nov 2 3:30 p.m."),
    L("snow-plow-04.txt", P, "B", SS, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["Seasonal is $540, November 15 to April 1, every storm 2 inches or more, priority route", "Per-push is $55 a time, billed monthly, cleared within 8 hours after it stops",
               "free, about 20 minutes: Saturday, October 30, 9 a.m., or Tuesday, November 2, 3:30 p.m.", "Sign up by Friday, November 5",
               "card or cheque, no cash to drivers", "storm line (802) 555-0176"],
      unanswered=["Is that a real price or a first-year price?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels Northfield Snow & Ice/R. Okafor. Step 2 skipped: driveway not confirmed and no morning question, so the dialysis "
            "never surfaces and she takes per-push with no set time. 'Is that a real price or a first-year price?' dodged with 'Most folks "
            "find it's good value' (not labelled). Step 5 thin (no street/roof/under-snow rules). Choice: per-push, Sat Oct 30."),
    L("snow-plow-05.txt", P, "B", SV, {1: [0], 2: [2], 3: [4]},
      correct=["paved driveway at 14 Birchwood Lane, around 80 feet", "Seasonal contract: $540 for the season, November 15 to April 1, priority route, cleared by 6 a.m.",
               "per-push at $55 each time, cleared within 8 hours after the snow stops", "Friday, October 22, after lunch, say 1 p.m.?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels D. Volkov/Ruth. Step 2 thin (driveway only; no morning question). She wants to talk to her son and asks for Friday after "
            "lunch; the rep fixes Fri Oct 22 1 p.m. and closes with the call-back line. Steps 4-6 not reached."),
    L("snow-plow-06.txt", P, "C", S6, {1: [0], 3: [2], 4: [8], 6: [14]},
      correct=["per-push, $55 a time, billed monthly", "the stakes visit is free: Saturday, October 30, at 9 a.m., or Tuesday, November 2, at 3:30 p.m."],
      invented=[("The seasonal contract 595", D), ("every storm over three inches", W), ("Salting's free with both", N),
                ("fifteen percent off either plan", W), ("The walk's included with seasonal, no extra charge", N),
                ("You've got until November 12 to sign up", D), ("you have to report it the same week", N),
                ("four hundred fifty-nine", W), ("(802) 555-0167", D)],
      forbidden=["Per-push we'll still have you done by six", "you can cancel anytime for a full refund", "you can pay the driver in cash",
                 "We'll also clear your roof if it gets heavy"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="Labels Dmitri V./Ruth Okafor. 9 invented (3 digits, 3 words, 3 none): 595 for 540 (price right after the plan name, no unit), a "
            "3-inch trigger for 2, free salting ($25), 15% off either plan (10%, seasonal only), the walk included ($15 a visit), sign-up by "
            "Nov 12 for Nov 5, lawn damage reported the same week (by May 1), 459 worked out from the wrong 15% (486), storm line …0167 for …0176. "
            "4 red lines: a clearing time on per-push, refund with no deadline, cash to the driver, roof clearing. Step 2 missing (her early "
            "mornings never explored); step 5 not counted (every statement wrong or a red line). Ending holds literally."),
    L("snow-plow-07.txt", P, "C", S7, {1: [0], 3: [4]},
      correct=["seasonal is $540 with priority"],
      invented=[("we do shared driveways all the time", N), ("per-push is forty-five a time", W), ("Sign-up closes November 1", D)],
      forbidden=["I'll put you down for seasonal and stakes on Saturday, October 30, at 9"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels Dmitri/Ruth. 3 invented (none, words, digits): shared driveways are routine (caller condition 4 says do not book), per-push "
            "45 for 55, sign-up closes Nov 1 for Nov 5. Red line: choosing plan and slot for her. Illegitimate ending: a shared driveway whose "
            "neighbours have not agreed (caller condition 4 → site manager call) closed as booked with condition 1's line and [END:1] after "
            "'That's not what I said.' 'Most people your age take the seasonal, you'll want that' not labelled (nudge)."),
    L("snow-plow-08.txt", P, "C", S8, {1: [0], 2: [2], 3: [4]},
      correct=["paved driveway at 14 Birchwood, about 80 feet", "seasonal, $540", "per-push, $55"],
      invented=[("we guarantee you're cleared by five-thirty", W), ("billed weekly", N), ("the price goes up 20% after this week", D)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending", "pushy"],
      notes="Labels Volkov/Mrs. Okafor. 3 invented (words, none, digits): cleared by 5:30 (6 a.m.), per-push billed weekly (monthly), a 20% "
            "price rise (none on the card). Illegitimate ending: 'No thank you … Please don't call me again' (caller condition 3) closed with the "
            "call-back line (condition 2) and [END:2]; no time discussed."),
    L("delivery-01.txt", DL, "A", DW, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8]},
      correct=["这周六、周日都能送，分上午九点到十二点和下午两点到六点两个时段", "工作日晚上的话最晚可以约到八点前送到",
               "送货当天师傅会提前一个小时给您打电话", "调度热线四零零八一二三四五六", "幸福里小区五栋一二零一", "沙发包装长两米三",
               "送货上门和安装都是免费的，师傅装大概三十分钟", "加五十块钱的旧家具清运服务", "有磕碰可以直接拒收，我们免费重新发货，一般三天内补送"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "merged_steps", "customer_asks_qa"],
      notes="Complete; figures in Chinese words (hotline digit by digit). Turn 4 merges step 5's phone-ahead line with step 3 (address, lift, "
            "2.3 m). Fee/old-sofa and damage Q&A per card. Saturday morning with old-sofa removal."),
    L("delivery-02.txt", DL, "B", DS, {1: [0], 2: [2], 4: [4], 5: [6]},
      correct=["周六周日都行，上午9点到12点，下午2点到6点，工作日晚上最晚8点前", "师傅免费装，30分钟左右", "旧沙发要清运的话加50元",
               "送货当天师傅提前1小时打电话，热线4008123456"],
      unanswered=["临时有事能改时间吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels 顺达物流/刘先生. Step 3 skipped (address, lift and 2.3 m package never checked). '临时有事能改时间吗？' dodged with "
            "'一般不会有什么事的，您放心' (not labelled: no checkable content; doubt). Sunday afternoon, no removal."),
    L("delivery-03.txt", DL, "C", DT, {1: [0], 2: [2], 3: [6], 4: [4]},
      correct=["周六周日都可以", "下午两点到六点", "旧沙发清运加50元"],
      invented=[("上午八点到十二点", W), ("安装收一百块", W), ("沙发包装长2.8米", D), ("您先签收，之后联系客服处理就行", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "numerals_in_words", "role_labels"],
      notes="Labels 调度王芳/刘洋. 4 invented (words, words, digits, none): morning slot from 8 (9), installation 100 yuan (free), package "
            "2.8 m (2.3), sign first and call service later (reject on the spot). Step 3 counted with a wrong figure (customer gave the "
            "address). Step 5 not covered (no hotline; the damage rule is wrong); the closing's phone-ahead line is the closing. Ending holds literally."),
    L("delivery-04.txt", DL, "C", DX, {1: [0]},
      correct=[],
      invented=[("我们安排工作日上午给您送", N), ("周末排满了", N), ("提前二十分钟给您打电话", W), ("改约打4008123465", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy"],
      notes="Labels 顺达/刘洋. 4 invented (none, none, words, digits): weekday-morning delivery (weekends or weekday evenings only), "
            "weekends full (both days open), 20 minutes' notice (1 hour), hotline …3465 for …3456. Illegitimate ending: he cancels and will "
            "complain (caller condition 3 → hand to customer service) and the rep closes as arranged with condition 1's line and [END:1]."),
    L("english-support-01.txt", EN, "A", E1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["expires on March thirty-first", "CloudDesk Pro with forty seats", "three hundred dollars each per year before the discount",
               "thirty-two seats is nine thousand six hundred", "fifteen percent off, which brings it to eight thousand one hundred sixty",
               "forty seats with the discount is ten thousand two hundred", "twenty-five dollars per seat per month",
               "Billing is now one invoice per renewal, and I'll check the invoice myself before it's sent",
               "pay by card or bank transfer within thirty days"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "derived_figures"],
      notes="Complete; every figure in words. 32 seats worked out right (32 × 300 = 9,600; × 0.85 = 8,160). The double charge is acknowledged. "
            "He renews 32 seats annually; quote by email."),
    L("english-support-02.txt", EN, "B", EC, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=["Your Pro subscription expires March 31", "You've got 40 seats on Pro", "Renew before March 31 and it's 15% off: $10,200 for 40 seats",
               "monthly at $25/seat/month"],
      unanswered=["And will you charge us twice again like last year?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels CloudDesk/Mark. Step 4 skipped (billing never explained); the double-charge question dodged with 'Let's get the quote over "
            "to you first' (not labelled). He checks internally and asks for email: condition 2, closed with the email line."),
    L("english-support-03.txt", EN, "C", ES, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10]},
      correct=["expires on March 31", "Pro with 40 seats", "one invoice per renewal, and I'll check it myself", "Payment within 30 days by card or transfer"],
      invented=[("Per seat it's 280 a year", D), ("32 seats comes to $8,960", D), ("you get twenty percent off", W),
                ("there's a free extra month if you sign today", N), ("your account just stays open until you decide", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "role_labels"],
      notes="Labels Sarah/Mark D. 5 invented (digits, digits, words, none, none): 280 a seat (300), 8,960 worked out from it (9,600), 20% off "
            "(15%), a free extra month (none on the card), the account stays open (read-only 14 days, then suspended). Step 3 counted with "
            "wrong figures (renew-by date right). Ending holds literally (he asks for the quote)."),
    L("english-support-04.txt", EN, "C", EX, {1: [0], 3: [2]},
      correct=["40 seats, renew now at 15% off, that's $10,200"],
      invented=[("1-800-555-0124", D), ("the account gets deleted after seven days", W), ("there's no deadline on the invoice", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "terse"],
      notes="Labels CloudDesk CS/Mark Davis. 3 invented (digits, words, none): support line …0124 for …0142, deletion after 7 days "
            "(read-only 14 days, suspended, data kept 90 days), no invoice deadline (30 days). Illegitimate ending: 'I need to check internally. "
            "Email me the quote' and 'I'm not agreeing to anything today' (condition 2) closed with condition 1's renewal line and [END:1]. "
            "Step 2 not asked; step 5 not asked."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
