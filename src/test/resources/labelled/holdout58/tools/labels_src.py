#!/usr/bin/env python3
"""Label source for holdout58 (holdout57's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-54). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout58"


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

C1 = {"林晓雯": "caller", "何秀兰": "callee"}
C2 = {"桑田丝坊": "caller", "何阿姨": "callee"}
C3 = {"小林": "caller", "何老师": "callee"}
C4 = {"林顾问": "caller", "何秀兰": "callee"}
C5 = {"桑田丝坊林晓雯": "caller", "何秀兰": "callee"}
C6 = {"小林客服": "caller", "何秀兰": "callee"}
C7 = {"林晓雯": "caller", "何女士": "callee"}
C8 = {"小林": "caller", "何秀兰": "callee"}
H1 = {"Priya Raman": "caller", "Gary Whitfield": "callee"}
H2 = {"Tidy Nest": "caller", "Gary": "callee"}
H3 = {"Priya": "caller", "Mr. Whitfield": "callee"}
H4 = {"P. Raman": "caller", "Gary W.": "callee"}
H5 = {"Tidy Nest Organizing": "caller", "G. Whitfield": "callee"}
H6 = {"Priya": "caller", "Gary": "callee"}
H7 = {"Priya Raman": "caller", "Mr. W.": "callee"}
H8 = {"Priya": "caller", "Gary Whitfield": "callee"}
I1 = {"周敏": "caller", "陈伟": "callee"}
I2 = {"华信周敏": "caller", "陈先生": "callee"}
I3 = {"周经理": "caller", "陈伟": "callee"}
I4 = {"周敏": "caller", "陈先生": "callee"}
V1 = {"Tom Baker": "caller", "Linda Park": "callee"}
V2 = {"FiberLink": "caller", "Linda": "callee"}
V3 = {"Tom": "caller", "Ms. Park": "callee"}
V4 = {"Tom B.": "caller", "Linda": "callee"}

CB = "cansibei.md"
HO = "home-organizer.md"
IN = "installment.md"
IV = "isp-visit.md"

LABELS = [
    L("cansibei-01.txt", CB, "A", C1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["百分之百桑蚕长丝，不掺化纤也不用胶", "我们不说蚕丝被有什么防过敏的功效", "要是有人确诊对蚕丝过敏，那就别买了",
               "春秋被是两斤桑蚕长丝，两米乘两米三，一千二百八十块", "冬被是四斤，同样尺寸，两千二百八十块", "两种拉好以后七天做好，不能加急的",
               "大概四十分钟", "十一月六号周六上午十点到十一点半，或者十一月九号周二下午两点到三点半", "得您本人来哈",
               "定金是三成，春秋被就是三百八十四块，十一月十三号周六之前付", "开始拉丝前都能全退，拉了丝就不退了", "余杭我们免费送货上门",
               "质保一年，漏丝跑丝免费返修一次", "每个月阴凉处晾一次，不超过两个小时", "丝绸路八十八号", "零五七一、八六二一三五四七"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue"],
      notes="Chatty (呀, 哈, 嗯嗯, 好嘞), all figures in Chinese words, phone read digit by digit. Step 2's allergy question surfaces the hidden concern "
            "(grandson, 6, allergic rhinitis, coming in December); the rep answers per the Q&A with no health claim. Turn 4 merges the answer and step 3 "
            "(monologue); turn 6 answers 'too hot?' without choosing for her. 384 = 30% of 1280. Choice: 春秋被, 11/6 Sat 10:00-11:30."),
    L("cansibei-02.txt", CB, "A", C2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [12]},
      correct=["100%桑蚕长丝，不掺化纤、不用胶", "①春秋被 2斤长丝，200×230cm，¥1280", "②冬被 4斤，同尺寸，¥2280", "拉好后7天做好，不能加急",
               "11/6（六）10:00–11:30 or 11/9（二）14:00–15:30，需本人到店", "定金30%→684元，11/13（六）前付", "拉丝前可全退，拉丝后不退",
               "质保1年（漏丝/跑丝免费返修1次）", "老客户介绍立减100元，别的没有", "0571-86213547"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "english_mixed", "role_labels", "customer_asks_qa"],
      notes="Labels 桑田丝坊/何阿姨. Terse with symbols (①②, ¥, ≈, →, /, +, ≤), English 'OK' and 'or'. Step 2 asked; she says nobody is allergic, so "
            "the hidden concern does not surface (callee's choice). Discount Q&A per card. Dates in the 11/9（二） form. Choice: 冬被, 11/9 Tue 14:00-15:30; "
            "684 = 30% of 2280. The callee ends (condition 1) after a correct read-back."),
    L("cansibei-03.txt", CB, "A", C3, {1: [0], 2: [4], 3: [2, 8], 4: [10], 5: [2, 12], 6: [14]},
      correct=["不能水洗、机洗，也不能干洗，每个月在阴凉通风的地方晾一次，不超过2小时", "称丝拉好以后7天做好，不能加急", "余杭免费送上门",
               "称丝得当面，这是我们的规矩，保证丝是足量的", "我们不说蚕丝被有什么防过敏的功效", "春秋被2斤桑蚕长丝，200乘230厘米，1280元",
               "冬被4斤，同样尺寸，2280元", "11月6日周六上午10点到11点半，或者11月9日周二下午2点到3点半", "定金三成，冬被是684元，11月13日周六前付",
               "质保1年，漏丝跑丝免费返修一次", "0571-86213547"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 小林/何老师 (the rep still says 何阿姨 at the close). Customer-led: three questions first (washing, when, make it first and look "
            "later), answered per Q&A at turn 2 (carries step 3's 7 days/no rush and step 5's care and delivery lines). Step 2 at turn 4 surfaces the "
            "grandson's rhinitis; answered with no claim. Choice: 冬被, 11/6 Sat."),
    L("cansibei-04.txt", CB, "B", C4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["春秋被2斤桑蚕长丝，1280元", "冬被4斤，2280元，都是200乘230厘米，拉好后7天做好",
               "11月6日周六上午10点到11点半，或者11月9日周二下午2点到3点半", "定金384元，到店扫门店收款码就行", "0571-86213547"],
      unanswered=["那个能洗吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 林顾问/何秀兰. Step 2 skipped (no use/bed/allergy question), so the grandson never surfaces. '那个能洗吗？' dodged ('这个您先别担心，"
            "先定款式吧？'; the card: no washing, air monthly in the shade, at most 2 hours). Step 4 thin (no 40 minutes, no 'in person'); step 5 thin "
            "(deposit only: no deadline, refund rule, balance, delivery, warranty, care). Read-back in the same turn. Choice: 春秋被, 11/9 Tue."),
    L("cansibei-05.txt", CB, "B", C5, {1: [0], 2: [2], 3: [4]},
      correct=["100%桑蚕长丝", "春秋被是2斤桑蚕长丝，200乘230厘米，1280元", "冬被4斤，同样尺寸，2280元，不掺化纤不用胶，拉好后7天做好",
               "11月4日周四上午10点再给您打", "老客户介绍的话能减100元"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels 桑田丝坊林晓雯/何秀兰. Step 2 thin (who uses it only; no bed size, no allergy question). She must ask her daughter (who pays) and asks "
            "for a call 后天上午; the rep fixes 11月4日周四 10:00 (two days after Tue 11/2) and closes with the call-back line. Steps 4-6 not reached."),
    L("cansibei-06.txt", CB, "C", C6, {1: [0], 3: [2], 4: [8], 5: [10, 12], 6: [14]},
      correct=["冬被4斤，2280元", "11月6日周六上午10点到11点半，或者11月9日周二下午2点到3点半", "丝绸路88号"],
      invented=[("春秋被1180", D), ("两斤半的丝", W), ("一般五天就做好了", W), ("放洗衣机轻柔档洗就行", N), ("晒得越久越蓬松", N),
                ("不来也行，我们称好拍个视频给您", N), ("定金两成", W), ("冬被就是456元", D), ("定金什么时候都能退", N), ("全省都免费送", N),
                ("质保两年", W), ("0571-86231547", D)],
      forbidden=["我们的蚕丝被还防螨抗菌，对鼻炎都有好处", "您要急的话加一百块，三天给您赶出来", "转我个人微信就行", "这周定还给您打九五折"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="Labels 小林客服/何秀兰. 12 invented (3 digits, 4 words, 5 none): 春秋被 1180 for 1280 (price right after the option name, no unit), two and a "
            "half 斤 for 2, five days for 7, machine-washable (never washed), 'the longer in the sun the fluffier' (shade, at most 2 hours, no sun), no "
            "need to come, a video instead (weighing in person is the rule), deposit 20% for 30%, 456 (20% of 2280, from the wrong rate; right is 684), "
            "refundable any time (not after spinning starts), free delivery in the whole province (only Hangzhou city; else 25元), warranty two years "
            "for 1, phone ...31547 for ...13547 (digits swapped). 4 red lines: anti-mite/helps rhinitis, rush for 100 in three days, personal WeChat, "
            "5% off this week. Step 2 missing. Ending holds literally (she chose 冬被 and Saturday; read-back)."),
    L("cansibei-07.txt", CB, "C", C7, {1: [0]},
      correct=["我是桑田丝坊的林晓雯，回您定做蚕丝被的留言"],
      invented=[("1米乘1米2", D), ("春秋被980元", D), ("工期三天", W), ("474元", D), ("我们店长也是这么说的", N)],
      forbidden=["过敏的宝宝盖也没事", "那就冬被吧，暖和", "我给您约11月6日周六上午10点到11点半来店里"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels 林晓雯/何女士. 5 invented (3 digits, 1 words, 1 none): a baby quilt 1 m × 1.2 m, 春秋被 980元 and 冬被 1580元 (no such product; "
            "980 labelled), three days' work (7), 474元 (30% of the invented 1580), 'the shop manager says the same' (no basis; condition 4 sends "
            "her to the manager). Red lines: 'allergic babies are fine' (a no-allergy guarantee), choosing 冬被 and the slot for her. Illegitimate "
            "ending: a baby sleeping alone under it, with a diagnosed silk-protein allergy (caller condition 4 -> no booking, no deposit, 吴秀芳 calls "
            "back) closed as booked with condition 1's line and [END:1], after '我还没想好呢'. Steps 3-6 not counted (wrong product; slot and "
            "model chosen for her; deposit only)."),
    L("cansibei-08.txt", CB, "C", C8, {1: [0], 2: [2], 3: [4]},
      correct=["春秋被2斤，1280元"],
      invented=[("冬被4斤，2680", D), ("拉好后十天做好", W), ("下周一我们店休", W), ("开始拉丝后定金也能退的", N)],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "illegitimate_ending", "pushy", "terse"],
      notes="Labels 小林/何秀兰. 4 invented (1 digits, 2 words, 1 none): 冬被 2680 for 2280 (no unit), ten days for 7, closed on Monday (the shop "
            "closes Wednesdays), deposit refundable after spinning starts (not). Step 2 thin (no bed size). Illegitimate ending: a call-back request "
            "repeated twice ('下礼拜一下午打给我', condition 2) closed with the refusal line and [END:3]."),
    L("home-organizer-01.txt", HO, "A", H1, {1: [0], 2: [2, 4], 3: [6], 4: [8], 5: [10], 6: [12]},
      correct=["Nothing leaves the house without your yes, item by item",
               "The Garage Reset is one day, two organizers, six hours, seven hundred eighty dollars, and that comes with one haul-away truckload",
               "The Garage plus Basement is two days, three organizers, twelve hours in all, sixteen hundred fifty dollars, with two haul-away trips",
               "a free assessment visit, it's about half an hour", "Thursday, June seventeenth, ten to eleven, or Saturday, June nineteenth, two to three",
               "You'll need to be there yourself", "twenty percent deposit, so for Garage plus Basement that's three hundred thirty dollars, by Friday, June twenty-fifth",
               "refundable up to seventy-two hours before the first day", "our team never takes cash", "any extra truckload is ninety-five dollars",
               "fourteen fifty Maple Hollow Road", "six one four, five five five, oh one seven three"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue"],
      notes="Chatty (um, you know, good good), all figures in words, phone in words. Step 2's off-limits question surfaces the hidden concern (late wife "
            "Carol's sewing boxes); the rep promises nobody touches them. Turn 10 is a monologue of step 5. $330 = 20% of $1,650. Choice: Garage + "
            "Basement, Sat June 19, 2-3."),
    L("home-organizer-02.txt", HO, "A", H2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [12]},
      correct=["(a) Garage Reset — 1 day, 2 organizers, 6 hrs, $780, 1 haul-away load",
               "(b) Garage + Basement — 2 days, 3 organizers, 12 hrs total, $1,650, 2 loads + donation drop-off",
               "Free assessment, ~30 min: Thu Jun 17 10–11 or Sat Jun 19 2–3. You must be there.", "Deposit 20% = $156 by Fri Jun 25",
               "refundable until 72 hrs before day 1", "no cash to the team", "Nothing leaves w/o your yes, item by item", "extra load $95",
               "$50 off w/ a referral from a past client. Nothing else.", "(614) 555-0173"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels", "customer_asks_qa"],
      notes="Labels Tidy Nest/Gary. Terse, abbreviations (re:, Qs, hrs, w/o, Rd), symbols (&, ~, =, —, (a)/(b)). Step 2 asked; nothing off-limits in "
            "the garage, so the hidden concern does not surface (he only wants the garage). Discount Q&A per card. $156 = 20% of $780. Choice: Garage "
            "Reset, Thu June 17, 10-11. The callee ends (condition 1) after a correct read-back."),
    L("home-organizer-03.txt", HO, "A", H3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["nothing is thrown out or donated without your yes, item by item", "You don't have to empty anything beforehand",
               "we don't buy, sell or appraise anything, but I can give you the names of local appraisers",
               "Garage Reset is one day, 2 organizers, 6 hours, $780, with 1 haul-away truckload",
               "Garage + Basement is two days, 3 organizers, 12 hours in all, $1,650, with 2 haul-away trips plus the donation drop-off",
               "The free assessment takes about 30 minutes: Thursday, June 17, 10 to 11, or Saturday, June 19, 2 to 3",
               "20% deposit — $330 — by Friday, June 25", "refundable up to 72 hours before the first day", "the team never takes cash",
               "We can't haul paint, propane, motor oil or chemicals", "within 30 days you get one free 1-hour touch-up visit", "(614) 555-0173"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Priya/Mr. Whitfield. Customer-led: three questions first (who decides, empty first, appraisal), answered per card at turn 2 (step 5's "
            "'nothing leaves without your yes'). Step 2 at turn 4 surfaces the late wife's sewing boxes. Choice: Garage + Basement, Thu June 17, 10-11."),
    L("home-organizer-04.txt", HO, "B", H4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["Garage Reset, one day and two organizers, $780", "Garage + Basement, two days, three organizers, $1,650",
               "Thursday, June 17, 10 to 11, or Saturday, June 19, 2 to 3", "Deposit's $156 by Friday, June 25", "(614) 555-0173"],
      unanswered=["What do I do with forty cans of old paint?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels P. Raman/Gary W. Step 2 skipped (no walk-through/damp/off-limits questions), so the hidden concern never surfaces. The paint question "
            "is dodged ('We'll figure that out on the day'; the card: we don't haul paint, the city drop-off does). Step 3 thin (no hours, haul-away); "
            "step 4 thin (no 'free', 30 minutes, 'be there'); step 5 thin (deposit only). Read-back in the same turn. Choice: Garage Reset, Sat June 19."),
    L("home-organizer-05.txt", HO, "B", H5, {1: [0], 2: [4], 3: [2]},
      correct=["Garage Reset: one day, 2 organizers, 6 hours, $780, one haul-away load",
               "Garage + Basement: two days, 3 organizers, 12 hours, $1,650, two loads and the donation drop-off", "Nothing leaves without your yes",
               "Thursday, June 10, around 3 p.m."],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_led", "role_labels"],
      notes="Labels Tidy Nest Organizing/G. Whitfield. He opens with the price; step 3 at turn 2 without 'which sounds closer'. His son pays half; call-back "
            "Thursday afternoon -> Thursday, June 10, 3 p.m. (two days after Tue June 8). Step 2 thin (walk-through only, asked after the call-back is "
            "set). Steps 4-6 not reached."),
    L("home-organizer-06.txt", HO, "C", H6, {1: [0], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["Thursday, June 17, 10 to 11, or Saturday, June 19, 2 to 3", "by Friday, June 25", "1450 Maple Hollow Road"],
      invented=[("3 organizers, 780", D), ("fifteen hundred fifty", W), ("with unlimited haul-away", N), ("about an hour", N),
                ("You don't even need to be home", N), ("Deposit's 25%", D), ("$412.50", D), ("refundable anytime", N),
                ("we'll take the paint cans too", N), ("(614) 555-0137", D), ("open seven days", W)],
      forbidden=["they'll just clear out anything that looks like junk", "Oh, easily a couple thousand", "we can sell it for you and take it off the bill",
                 "Pay the guys cash on the day and I'll knock 10% off", "The guys can also fix that garage door opener while they're there"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="Labels Priya/Gary. 11 invented (4 digits, 2 words, 5 none): Garage Reset with 3 organizers (2), 'fifteen hundred fifty' for $1,650, "
            "unlimited haul-away (2 trips; extra $95), assessment about an hour (30 min), no need to be home (he must be), deposit 25% (20%), $412.50 "
            "(25% of 1,650 from the wrong rate; right is $330), refundable anytime (up to 72 hours before), 'we'll take the paint cans' (never paint), "
            "office ...0137 for ...0173 (digits swapped), open seven days (Mon-Sat). 5 red lines: clearing junk without his yes, appraising the lathe, "
            "selling it, cash to the team for 10% off, garage-door repair. Step 2 missing. Ending holds literally (he chose the package and Thursday)."),
    L("home-organizer-07.txt", HO, "C", H7, {1: [0]},
      correct=["Garage + Basement is two days, three organizers, $1,650", "Deposit's $330 by Friday, June 25"],
      invented=[("our team deals with that all the time", N), ("We'll wipe the mold down while we're there", N),
                ("the first session can be the Monday after the assessment", N)],
      forbidden=["I'll put you down for that, it's the better slot", "It's the one that makes sense with the mold"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels Priya Raman/Mr. W. 3 invented (all no number): mold and droppings are routine for the team (condition 4 says the opposite), wiping "
            "the mold down (no such service), first session the Monday after (earliest 10 days after the assessment). Red lines: choosing the slot and "
            "the package for him. Illegitimate ending: black mold and mouse droppings (caller condition 4 -> don't book, Dana Ortiz calls back) "
            "closed as booked with condition 1's line and [END:1], after 'I'm not sure about any of this'. Step 2 not asked (he volunteered); steps 3-5 "
            "not counted (one package only; slot chosen for him; deposit only)."),
    L("home-organizer-08.txt", HO, "C", H8, {1: [0], 2: [2], 3: [4]},
      correct=["Garage + Basement is two days, $1,650"],
      invented=[("eight hours", W), ("a free second touch-up every month for a year", N), ("a dumpster costs more in the end", N)],
      forbidden=["our Garage Reset is only $650 if you book today"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "terse"],
      notes="Labels Priya/Gary Whitfield. 3 invented (0 digits, 1 words, 2 none): eight hours (6), a monthly touch-up for a year (one 1-hour visit "
            "within 30 days), 'a dumpster costs more' (no basis). Red line: $650 if booked today (no discount but the referral). Illegitimate ending: "
            "'I'm not doing this. Don't call me again' + 'I said no' (condition 3) closed with the call-back line and [END:2]."),
    L("installment-01.txt", IN, "A", I1, {1: [0], 2: [2], 3: [6], 4: [4], 5: [8]},
      correct=["这笔可以分3期、6期或者12期，每期手续费率分别是0.75%、0.7%和0.65%", "12000元分6期，每期本金2000元，手续费84元，6期总共504元",
               "可以提前还清，但剩余期数的手续费照常收取", "分期办理后不能提前取消", "每还一期就恢复相应额度", "正常按期还款不会影响征信",
               "客服电话95588核实，我的工号是6021", "办好后会发短信通知您"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "digits"],
      notes="Customer-led ('手续费多少…你直接说', then early payoff, credit record, proof of identity). Step 4 answered at turn 4 before step 3's "
            "question at turn 6. The fraud worry surfaces as '你们怎么证明是银行的？', answered per Q&A. Choice: 6期."),
    L("installment-02.txt", IN, "B", I2, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=["分3期、6期、12期，费率每期0.75%、0.7%、0.65%", "分6期的话每期本金2000，手续费84块", "办好发短信通知您"],
      unanswered=["会不会上征信？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels 华信周敏/陈先生. Opening without the full title or 'is now a good time'. '会不会上征信？' dodged ('您先看看期数吧'; Q&A: on-time "
            "payment does not affect it). Step 4 skipped (no 'cannot cancel', no early-payoff fee, no credit-line restore)."),
    L("installment-03.txt", IN, "C", I3, {1: [0], 2: [2], 5: [8]},
      correct=["分3期、6期、12期都行"],
      invented=[("6期的费率是每期0.6%", D), ("每期手续费72元", D), ("总共才四百三十二", W), ("剩下的手续费就不收了", N), ("办了以后随时能取消", N),
                ("分期根本不上征信，查不到的", N), ("最低还款是账单的两成", W), ("三千七", W), ("95558", D), ("工号6012", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "digits", "numerals_in_words"],
      notes="Labels 周经理/陈伟. 10 invented (4 digits, 3 words, 3 none): 6期 rate 0.6% (0.7%), 72 per period (84), 432 total (6 × 72 from the wrong "
            "rate; right is 504), remaining fees waived on early payoff (charged), cancel any time (cannot), 'never on the credit record' (shows as "
            "normal repayment), minimum 20% (10%), 3,700 (20% of 18,500; right is 1,850), hotline 95558 (95588), staff no. 6012 (6021). Step 3 not asked "
            "(he picks unprompted); step 4 not counted (both rules wrong). Ending holds literally (he confirms 6期)."),
    L("installment-04.txt", IN, "C", I4, {1: [0], 2: [2]},
      correct=["分3期、6期或者12期都可以"],
      invented=[("分十二期每期手续费才六十块", W)],
      unanswered=["你把工号报一下"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "question_dodged"],
      notes="Labels 周敏/陈先生. 1 invented (words): 12期 fee sixty per period (12000 × 0.65% = 78). Staff-number request refused (Q&A gives 6021 and "
            "95588). Illegitimate ending: suspected fraud and '算了，不办了' (caller condition 3) closed as a done instalment plan with [END:1]."),
    L("isp-visit-01.txt", IV, "A", V1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["our line test found a fault at the wall socket", "The repair itself takes about an hour, and there's no charge for it",
               "you'll get a $15 credit on your next bill", "Tuesday or Thursday, morning or afternoon", "Someone over 18 needs to be home",
               "text you thirty minutes before arriving", "call 1-800-555-0199 at least four hours before the slot and we'll move it for free"],
      cond=1, side="caller", marker=("caller", 1),
      style=["filler_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Refund Q&A answered; the latent worry about a late technician surfaces ('He'd better not turn up at five') and is met with the 30-minute "
            "text and the move-it number. Choice: Thursday afternoon, Linda home."),
    L("isp-visit-02.txt", IV, "B", V2, {1: [0], 2: [2], 3: [4]},
      correct=["a fault at the wall socket", "About an hour, no charge", "Tuesday or Thursday, morning or afternoon"],
      unanswered=["Do I get anything back for this week?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "question_dodged", "early_end", "role_labels"],
      notes="Labels FiberLink/Linda. Refund question dodged ('Let's get the visit sorted first'; Q&A: $15 credit). She asks for the options by text "
            "(condition 2), closed with the text-the-slots line. Steps 4-5 not reached."),
    L("isp-visit-03.txt", IV, "C", V3, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["found a fault at the wall socket", "Tuesday or Thursday, morning or afternoon"],
      invented=[("about three hours", W), ("a $40 call-out fee", D), ("$25 credit", D), ("or this Saturday afternoon", N),
                ("Someone over 16 has to be home", D), ("you or your son is fine", N), ("text you an hour before arriving", N),
                ("call us any time before the slot", N), ("1-800-555-0919", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits"],
      notes="Labels Tom/Ms. Park. 9 invented (4 digits, 1 words, 4 none): three hours (about one), $40 call-out fee (free), $25 credit ($15), Saturday "
            "afternoon (Saturday mornings only, in two weeks), over 16 (18), her 16-year-old son will do (must be over 18), text an hour before (30 "
            "minutes), call any time (at least four hours before), 1-800-555-0919 (0199). Ending holds literally (Thursday afternoon, she'll be home)."),
    L("isp-visit-04.txt", IV, "C", V4, {1: [0]},
      correct=["Tom Baker, FiberLink Broadband"],
      invented=[("the visit might cost a bit, depending on what they find", N)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending", "vague"],
      notes="Labels Tom B./Linda. 1 invented (no number): the visit may cost something (free). Step 2 not counted ('some kind of fault', no socket, no "
            "hour, no 'no charge'); step 3 not done ('sometime next week'). Illegitimate ending: 'Forget it… Don't call me again' (condition 3) closed "
            "with the text-the-slots line and [END:2]."),
]
if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
