#!/usr/bin/env python3
"""Label source for holdout44 (holdout43's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-43). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout44"


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

YZ = {"周晓雯": "caller", "冯德厚": "callee"}
YZA = {"安和中心": "caller", "冯老先生": "callee"}
YZZ = {"周专员": "caller", "冯大爷": "callee"}
YZX = {"小周": "caller", "冯德厚": "callee"}
VP = {"Dana Whitlock": "caller", "Eli Marchetti": "callee"}
VPG = {"Groove Hollow": "caller", "Eli": "callee"}
VPD = {"Dana": "caller", "Eli Marchetti": "callee"}
VPP = {"Groove Hollow Pressing": "caller", "Eli": "callee"}
VPE = {"Dana": "caller", "Eli": "callee"}
CL = {"陈静": "caller", "赵建国": "callee"}
CLR = {"仁心口腔": "caller", "赵先生": "callee"}
RN = {"李明": "caller", "张强": "callee"}
RNC = {"长江云": "caller", "张总": "callee"}

Y = "yizhu.md"
V = "vinyl-pressing.md"
C = "clinic.md"
R = "renewal.md"

LABELS = [
    # ---------------- yizhu (Chinese, new, 6 steps) ----------------
    L("yizhu-01.txt", Y, "A", YZ, {1: [0], 2: [2], 3: [6, 8], 4: [10, 12], 5: [10, 12], 6: [16]},
      correct=["九月十一号", "冯德厚，七十二岁", "您在世的时候只有您本人能查", "打印的是不算自书遗嘱的", "自书遗嘱登记保管，六百八",
               "律师代拟加登记，一千八百八", "没有折扣，也没有老年优惠", "不能进登记室，在一楼等候区等您", "大概十五分钟的问答评估",
               "十月十二号周二上午九点半，或者十月十四号周四下午两点", "提前四十八小时在公众号里改", "每次两百块", "尾号六二零七"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "merged_steps", "monologue"],
      notes="Complete and chatty (嗯, 哈, 好嘞, 那个). Figures in Chinese words (六百八, 一千八百八, 十月十四号周四, 四十八小时, 尾号六二零七). "
            "Asking about worries (step 2) surfaces the hidden concern (more for the daughter, the son must not know); the rep gives the "
            "card's confidentiality answer. Printed-will ('你就说算还是不算'), discount, daughter-in-the-room and video Q&A answered per "
            "card. Turns 10 and 12 merge steps 4 and 5. 自书登记, 10/14 Thursday afternoon."),
    L("yizhu-02.txt", Y, "A", YZA, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["① 自书遗嘱登记保管 680元", "② 律师代拟+登记 1880元", "打印不行", "①10/12（二）9:30 ②10/14（四）14:00",
               "全程约2.5h", "登记前问答评估约15min", "不能进登记室→1楼等候区", "提前≥48h公众号内免费", "200元/次", "短信→尾号6207"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "customer_asks_qa", "callee_ends"],
      notes="Labels 安和中心/冯老先生. Terse with symbols (①②, ✔, →, +, ｜, 1h, 2.5h, 15min, ≥48h, 2F). He voices no worry, so the "
            "hidden concern stays hidden. Discount Q&A. 律师代拟 (1880), 10/14 Thursday 14:00. The callee ends [END:1] right after the "
            "read-back; closing_ok true. '费用当天在登记点付中心对公账户' in turn 2 answers his 'are you a scam' with the card's payment rule."),
    L("yizhu-03.txt", Y, "A", YZZ, {1: [0], 2: [6], 3: [2, 4], 4: [10], 5: [10, 12], 6: [14]},
      correct=["打印的不算自书遗嘱", "自书遗嘱登记保管，680", "律师代拟加登记是1880", "另加300块，只限西湖、拱墅、上城三个区",
               "内容保密，您在世的时候只有您自己能查", "10月12号周二上午9点半，10月14号周四下午2点", "一个半小时左右",
               "15分钟左右的问答评估", "改时间提前48小时在公众号里改", "每次200块", "尾号6207"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels 周专员/冯大爷. Customer-led: the printed-will question first, then prices, home visit (上门 +300, three districts), the "
            "step-2 check only at turn 6, which surfaces the hidden concern; the assessment question answered per Q&A. Mixed digits and "
            "words. The opening does not name the 9/11 date. Step 5 omits the '<48h → re-queue' line (thin, still A). 自书, 10/14."),
    L("yizhu-04.txt", Y, "B", YZ, {1: [0], 3: [2], 4: [4, 6], 5: [6], 6: [8]},
      correct=["自书遗嘱登记保管，六百八十块", "律师代拟加登记，一千八百八十块", "打印的是不算", "十月十二号周二上午九点半，或者十月十四号周四下午两点",
               "提前四十八小时在公众号里改", "尾号六二零七"],
      unanswered=["这个事我儿子会不会知道？"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped (no check of who he is, the house, his draft or his worries). His question '这个事我儿子会不会知道？' is dodged "
            "('这个您别担心，主要还是看您自己怎么安排哈') instead of the Q&A answer (confidential; only he can look while alive). Rambling "
            "turn 2 with no content. Facts all correct. 自书, 10/14."),
    L("yizhu-05.txt", Y, "B", YZX, {1: [0], 2: [2], 3: [4]},
      correct=["九月十一号", "打印的不算自书遗嘱", "自书遗嘱登记保管680", "律师代拟加登记1880", "没有折扣，也没有老年优惠", "明天上午十点再打给您"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels 小周/冯德厚. Steps 4-6 not reached: he wants to ask his daughter tonight and names the call-back himself (明天上午十点). "
            "Step 2 is thin (no worry question). Legitimate caller condition 2; tier B because most of the script is not reached."),
    L("yizhu-06.txt", Y, "C", YZ, {1: [0], 3: [2], 4: [10], 5: [12], 6: [14]},
      correct=["律师代拟一千八百八", "10月12号周二上午9点半或者10月14号周四下午2点"],
      invented=[("自书登记五百八", W), ("大概四十分钟就办完", W), ("房产证不用带", N), ("改时间提前一天说一声就行", W),
                ("以后改遗嘱是免费的", N), ("登记证书30天以后寄到家里", D), ("0571-8715-3306", D)],
      forbidden=["就选律师代拟吧", "打印的签个字按个手印就有效", "给您打个八折", "上门也免费给您做", "可以陪您进去的", "登记了就一定有效",
                 "您儿子肯定打不了官司", "不做也行", "转我微信"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="7 invented (2 digits, 3 words, 2 none; the wrong centre number is 3306 for 3360) and 9 red lines (choosing the service, a "
            "printed will 'counts', a discount, a free home visit, the daughter in the room, 'certainly valid', 'your son can't sue', "
            "skipping the assessment, personal WeChat). Step 2 not covered. The rep's '就选律师代拟吧' is ignored: he picks the cheap 自书 "
            "himself. The ending holds literally: a service, an offered slot, a read-back, his 对. The read-back restatement '钱转我微信' "
            "is covered by the label '转我微信' (a substring of both turns)."),
    L("yizhu-07.txt", Y, "C", YZ, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10], 6: [12]},
      correct=["自书遗嘱登记保管680元，律师代拟加登记1880元", "您在世的时候只有您本人能查", "改时间提前48小时在公众号改"],
      invented=[("那场刚好约满了", N), ("自书登记整个要3个小时", D), ("另外收一百块钱", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="3 invented (none, digits, words). Illegitimate ending: a slot the customer rejected, booked anyway. He twice says 周二不行 "
            "(calligraphy class) and asks for another time; the rep claims the Thursday slot is full (invented), reads back 10月12号周二上午, "
            "he answers '我说了周二不行啊' and the rep closes [END:1]. Caller condition 1 needs a slot he chose."),
    L("yizhu-08.txt", Y, "C", YZ, {1: [0], 2: [2], 3: [2, 4], 4: [8], 5: [6, 8]},
      correct=["自书遗嘱登记保管六百八", "律师代拟加登记一千八百八", "打印的不算自书遗嘱", "不能进登记室，在一楼等候区等",
               "10月12号周二上午9点半，或者10月14号周四下午2点", "0571-8715-3360"],
      invented=[("律师先面谈，大概要三个小时", W), ("律师代拟不用您自己抄", N), ("评估要一个钟头左右", W)],
      forbidden=["也可以现场交现金"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="3 invented (words, none, words) and 1 red line (cash). Illegitimate ending: a call-back with no time. He says "
            "'等我问了她再说吧' and never names a time; the rep closes with the condition-2 line '那我就按您说的时间再打给您' and "
            "[END:2]. Caller condition 2 needs him to say when to call back. No read-back (step 6 missing)."),
    # ---------------- vinyl-pressing (English, new, 6 steps) ----------------
    L("vinyl-pressing-01.txt", V, "A", VP, {1: [0], 2: [2], 3: [4, 6], 4: [10], 5: [12], 6: [16]},
      correct=["three hundred copies, twelve-inch at thirty-three and a third, about nineteen minutes a side",
               "one-forty-gram black is seven-forty a record, so twenty-two twenty for three hundred", "nine-ten a record, so twenty-seven thirty",
               "it's one color per run of three hundred", "Tuesday, April thirteenth, or Thursday, April fifteenth",
               "the finished records ship about six weeks after you approve", "I can't promise they'll be here for June nineteenth",
               "a new lacquer cut after that is two hundred ten dollars", "within thirty days of delivery", "freight them to Chicago for a flat ninety-five",
               "two-one-six, five-five-five, oh-one-four-three", "four-four-seven-one"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (um, totally, so, basically). Figures in words (seven-forty, twenty-two twenty, two-one-six...). The "
            "'date you're working toward' question (step 2) surfaces the hidden concern (June 19 release show); the rep says honestly she "
            "can't promise it. Surface-noise, discount, split-colour and phone Q&A answered per card. Turn 12 is a monologue (all of step 5). "
            "Black, Thursday April 15, freight."),
    L("vinyl-pressing-02.txt", V, "A", VPG, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["300 × 12\" @ 33⅓, ~19 min/side", "$7.40/record → $2,220 for 300", "$9.10/record → $2,730 for 300", "Tue Apr 13 or Thu Apr 15",
               "finished records ship ~6 wks after approval", "re-cut after that = $210", "report within 30 days of delivery",
               "freight to Chicago, flat $95", "text to cell ending 4471"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels Groove Hollow/Eli. Terse with symbols (×, @, ~, ①②, →, ✔, ±, wks). The target-date question surfaces June 19; the "
            "rep says it can't be promised. Colored (the band found the money), Thursday April 15, freight. The callee ends [END:1] right "
            "after the read-back; closing_ok true."),
    L("vinyl-pressing-03.txt", V, "A", VPD, {1: [0], 2: [6], 3: [8], 4: [4], 5: [10], 6: [12]},
      correct=["we don't have a rush service", "I can't guarantee a delivery date", "Tuesday, April 13 or Thursday, April 15",
               "every order gets five test pressings", "300 copies, 12-inch at 33 and a third", "$7.40 a record, $2,220 total",
               "is $9.10, so $2,730", "a re-cut after that is $210", "freight to Chicago is a flat $95", "ending 4471"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels Dana/Eli Marchetti. Customer-led: rush, guarantee and skip-the-tests questions first (all refused per Q&A), so the "
            "timeline (step 4) comes at turn 4, the order check (step 2) at turn 6, prices (step 3) at turn 8. He names the show date "
            "himself. Mixed digits and words. Black, Thursday April 15, pickup at the plant."),
    L("vinyl-pressing-04.txt", V, "B", VP, {1: [0], 2: [2], 3: [4, 6], 4: [8], 6: [10]},
      correct=["three hundred copies, twelve-inch at thirty-three and a third, about nineteen minutes a side",
               "seven forty a record, which comes to twenty-two twenty for three hundred", "nine ten a record, twenty-seven thirty",
               "Tuesday, April 13, or Thursday, April 15", "so I can't promise June 19", "four-four-seven-one"],
      unanswered=["Is colored going to sound worse or not?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 5 skipped (no deposit, balance, over/under run, re-cut fee, defects or freight/pickup; the read-back omits them too). "
            "'Is colored going to sound worse or not?' is dodged ('that's the question everyone asks. Let's get the order locked in first.') "
            "instead of the Q&A answer. Rambling start of turn 2. The card's closing line mentions the payment link although the deposit "
            "was never explained (not a fact error). Black, Thursday April 15."),
    L("vinyl-pressing-05.txt", V, "B", VPP, {1: [0], 2: [2], 3: [4]},
      correct=["three hundred copies, twelve-inch, thirty-three and a third, about nineteen minutes a side", "seven forty a record",
               "$2,220 all in", "nine ten for 180-gram colored", "$2,730", "No discounts", "tomorrow at noon your time"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels Groove Hollow Pressing/Eli. Steps 4-6 not reached: he must talk to the band tonight and names the call-back himself "
            "(tomorrow at noon, his time). Step 2 thin (no files, no target-date question, so the show stays hidden). Legitimate caller "
            "condition 2; tier B."),
    L("vinyl-pressing-06.txt", V, "C", VP, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["colored at $9.10", "Tuesday, April 13 or Thursday, April 15"],
      invented=[("Black is $6.90 a record, so $2,070", D), ("Test pressings go out about a week after the cut", N),
                ("finished records ship four weeks after you approve", W), ("Pay it all on delivery", N),
                ("Artwork changes are free anytime", N), ("within ninety days", W), ("(216) 555-0134", D)],
      forbidden=["it sounds exactly as quiet as black", "I'll put you down for colored", "I'll throw in free freight to Chicago",
                 "take ten percent off the colored", "we can split it any way you like", "You'll have them well before your show, guaranteed",
                 "No deposit needed, we'll hold the date", "Venmo's fine"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="7 invented (2 digits, 2 words, 3 none; the wrong desk number is 0134 for 0143) and 8 red lines (colored as quiet as black, "
            "choosing for him, free freight, a discount, split colours, a guaranteed date, holding the date without a deposit, Venmo). "
            "Step 2 not covered. The ending holds literally: he says colored, an offered day, a read-back, his 'Right'. Read-back "
            "restatements ('split how you want', 'free freight', 'pay on delivery') are not labelled again."),
    L("vinyl-pressing-07.txt", V, "C", VPE, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Standard 140-gram black is $7.40 a record, $2,220", "180-gram colored is $9.10, $2,730", "Tuesday, April 13 or Thursday, April 15",
               "finished records about six weeks after you approve", "I can't promise a date", "a $210 re-cut fee"],
      invented=[("tests ship about two weeks later", W), ("you can just send us the streaming masters", N), ("Freight to Chicago's a flat $59", D)],
      forbidden=["I'll put you down for black"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "role_labels"],
      notes="Labels Dana/Eli. 3 invented (words, none, digits) and 1 red line (choosing the vinyl for him). Illegitimate ending: an "
            "explicit decline closed as a booking. He says 'Then no. Forget it... Don't book anything.' (caller condition 3); the rep "
            "books black/Thursday anyway, he says 'I just said no.', and the rep closes with the booked line and [END:1]."),
    L("vinyl-pressing-08.txt", V, "C", VP, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6]},
      correct=["twelve-inch at thirty-three and a third, nineteen minutes a side", "Black 140-gram at seven forty a record",
               "colored 180-gram at nine ten", "Thursday, April 15 works", "records ship about six weeks after approval, estimate only",
               "Deposit is 50%"],
      invented=[("Colored pressings usually ship a week later than black", N), ("it's non-refundable once the cut date is booked", N),
                ("freight to Chicago is eighty-five flat", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1), unanswered=["what's the total with freight?"],
      style=["invented_facts", "illegitimate_ending", "question_dodged", "step_skipped"],
      notes="3 invented (none, none, words). Illegitimate ending: a booking closed with no read-back and open questions. He picks "
            "colored and Thursday, then asks 'what's the total with freight? And is there a deposit link or what?'; the rep answers "
            "neither, skips the read-back (step 6) and closes 'You're all set' [END:1]. Caller condition 1 needs the order read back and "
            "confirmed. Only Thursday is offered (he asked for it), not a red line."),
    # ---------------- clinic (bundled, Chinese, 5 steps) ----------------
    L("clinic-01.txt", C, "A", CL, {1: [0], 2: [2], 3: [6], 4: [8], 5: [12]},
      correct=["术后三天内肿是正常的", "冷敷，每次十五分钟", "布洛芬，每次一片，间隔六个小时以上，一天不超过四片", "降压药照常吃，不要停",
               "消炎药呢要连续吃满五天，每天三次，饭后吃", "二十四小时以后就可以用漱口水了，每天三次", "种植牙那一侧三个月之内别咬硬的东西",
               "术后七到十天要回来拆线", "上午八点半到下午五点接诊", "大概十分钟就好，不用打麻药", "发烧超过三十八度五",
               "零五七一，八八八八，六六六六"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa"],
      notes="Complete. Figures in Chinese words, including the clinic number (零五七一，八八八八，六六六六). Swelling, painkiller, blood-"
            "pressure pills, eating and stitches Q&A answered per card. He asks his wife and picks next Tuesday morning."),
    L("clinic-02.txt", C, "B", CLR, {1: [0], 2: [2], 3: [4, 6], 4: [8]},
      correct=["术后3天内肿胀是正常的", "冷敷，每次15分钟", "消炎药连续吃满5天，每天3次，饭后吃", "24小时以后可以用漱口水，每天3次",
               "降压药照常吃，不要停", "术后7到10天要回来拆线", "上午8点半到下午5点"],
      unanswered=["拆线疼不疼啊？"], cond=1, side="caller", marker=("caller", 1),
      style=["terse", "role_labels", "step_skipped", "question_dodged"],
      notes="Labels 仁心口腔/赵先生. Step 5 skipped (no warning signs, no clinic number). '拆线疼不疼啊？' dodged ('这个每个人感觉不太一样哈') "
            "instead of the Q&A answer (hardly hurts, ~10 minutes, no anaesthetic). Facts all correct. Next Thursday afternoon."),
    L("clinic-03.txt", C, "C", CL, {1: [0], 3: [6], 4: [8]},
      correct=["术后7到10天，下周二或者周四", "上午8点半到下午5点"],
      invented=[("肿一般要一个礼拜才最明显", W), ("您热敷就行", N), ("每次敷三十分钟", W), ("布洛芬每次两片，四个小时吃一次", W),
                ("降压药这几天先停了", N), ("消炎药吃3天就可以停了，每天2次", D), ("漱口水手术当天就能用", N), ("5分钟就好", D),
                ("0571-88886699", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="9 invented (3 digits, 3 words, 3 none; 0571-88886699 for 88886666). Step 2 not asked (he volunteers the swelling); step 3 "
            "counted at turn 6 although every figure in it is wrong; step 5 not covered (only a wrong number, no warning signs). The ending "
            "holds literally: stitches booked for Tuesday morning, advice given (wrongly), his 好好好."),
    L("clinic-04.txt", C, "C", CL, {1: [0], 3: [4], 4: [6]},
      correct=["消炎药要连续吃满5天，每天3次，饭后吃", "24小时以后可以用漱口水，每天3次", "术后7到10天拆线"],
      invented=[("术后有点低烧很正常的", N), ("渗点血也正常", N), ("不用专门过来，等拆线的时候医生再看", N), ("烧到40度再来也不迟", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "step_skipped"],
      notes="4 invented (3 none, 1 digits). Illegitimate ending: abnormal symptoms dismissed. He reports 39.1 °C since last night, "
            "continuous oozing and growing swelling, and asks whether to come in now; the card's step 5 (fever over 38.5, bleeding → call "
            "at once) and caller condition 2 (arrange an early visit) apply, but the rep books routine stitch removal and closes [END:1]. "
            "Step 2 not asked (he volunteers), step 5 not covered."),
    # ---------------- renewal (bundled, Chinese, 6 steps) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0, 2], 2: [4], 3: [6], 4: [10], 5: [8, 12], 6: [12]},
      correct=["二零二五年一月一号到期", "CRM加项目管理组合", "老客户续费自动享受九五折", "年度、季度或者月度", "最快两小时",
               "两小时内完成审批", "登录后台\"账户中心\"，点\"服务续费\"", "全程不用纸质资料"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "merged_steps"],
      notes="Complete. Date in words (二零二五年一月一号). Discount, invoice and process questions answered per card; turn 12 merges step 5 "
            "with the step-6 confirmation. Yearly, 专票, everything by WeChat."),
    L("renewal-02.txt", R, "B", RNC, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["老客户续费自动享受95折", "年度、季度、月度", "登录后台\"账户中心\"，点\"服务续费\"", "两小时内完成审批"],
      unanswered=["到期后数据安全吗？"], cond=1, side="caller", marker=("caller", 1),
      style=["terse", "role_labels", "step_skipped", "question_dodged"],
      notes="Labels 长江云/张总. Step 2 skipped (no expiry date, no configuration or needs question; the opening is reworded without "
            "the date). '到期后数据安全吗？' dodged ('咱们现在把续费办了就不存在这个问题了') instead of the Q&A answer (data kept 30 days). "
            "Quarterly, 普票, WeChat."),
    L("renewal-03.txt", R, "C", RN, {1: [0], 2: [4], 3: [2], 6: [10]},
      correct=["CRM加项目管理，年度续费，普票"],
      invented=[("老客户今年九折", W), ("送三个月服务", W), ("12月15号到期", D), ("数据保留90天", D), ("发票我们都是月底开", N),
                ("纸质的快递给您", N), ("续费要先打印盖章的续费申请表寄过来", N), ("13812345687", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="8 invented (3 digits, 2 words, 3 none; 13812345687 for 13812345678). Steps 2 and 3 counted with wrong figures; step 4 only "
            "contradicted (paper form by post vs '全程无需纸质资料'), so not counted; step 5 not covered. Bundled card, so off-card gifts "
            "('送三个月服务') are invented facts. The ending holds literally: cycle, plan and invoice type confirmed, materials by WeChat."),
    L("renewal-04.txt", R, "C", RN, {1: [0], 2: [2], 3: [2], 4: [4], 5: [8]},
      correct=["老客户续费自动享受95折", "2025-01-01到期", "最快2小时", "审批两小时内完成"],
      invented=[("到期后数据会保留15天", D), ("年度续费今年额外加送一个月", W), ("发票今天之内一定开出来", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="3 invented (digits, words, none). Illegitimate ending: a choice the customer left to his finance team, made by the rep. "
            "He says the cycle needs finance approval and asks for both quotes by WeChat, replying before 10 tomorrow (caller condition 2); "
            "the rep 'starts' a yearly 专票 renewal anyway, he repeats '我说了要财务批', and the rep closes [END:1]."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
