#!/usr/bin/env python3
"""Label source for holdout64 (holdout63's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-63). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout64"


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



Y1 = {"郑凯": "caller", "宋丽娟": "callee"}
Y2 = {"静享": "caller", "宋": "callee"}
Y3 = {"郑顾问": "caller", "宋女士": "callee"}
Y5 = {"小郑": "caller", "宋丽娟": "callee"}
Y6 = {"郑经理": "caller", "宋丽娟": "callee"}
R1 = {"Priya Shah": "caller", "Ray Delgado": "callee"}
R2 = {"Northstar": "caller", "Ray": "callee"}
R3 = {"Priya": "caller", "Mr. Delgado": "callee"}
R4 = {"P. Shah": "caller", "R. Delgado": "callee"}
R5 = {"Priya Shah": "caller", "Ray": "callee"}
R6 = {"Priya": "caller", "Ray Delgado": "callee"}
R8 = {"Priya": "caller", "Ray": "callee"}
I1 = {"周敏": "caller", "陈伟": "callee"}
T1 = {"Tom Baker": "caller", "Linda Park": "callee"}
T2 = {"Tom": "caller", "Linda": "callee"}

GY = "geyinchuang.md"
DS = "driveway-seal.md"
IN = "installment.md"
IV = "isp-visit.md"

LABELS = [
    L("geyinchuang-01.txt", GY, "A", Y1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 6, 8], 6: [10]},
      correct=["在原来窗户里侧再加一层中空夹胶的隔音窗，只装一间卧室，安装大概三个小时，两千九百块，质保三年",
               "全屋加装，两间卧室、客厅、书房一共四扇，安装一天，大概七个小时，九千六百块，质保五年",
               "测量完工厂定做十二天，之后哪天装是您来定", "隔音窗能明显降噪，但我不能跟您说装了就完全听不见",
               "测量是免费的，大概三十分钟", "四月十七号周六上午九点到十点，或者四月十九号周一下午两点到三点",
               "安装那天家里要有成年人在，窗台提前清空，我们是在里面加一层，不拆原来的窗户",
               "原来的窗户还能不能用，电话里我也判断不了", "您千万别爬窗台，测量师傅上门量",
               "定金是三成，单间就是八百七十块，四月二十三号周五前付，对公转账或者测量的时候刷卡都行",
               "测量后四十八小时内、下单生产之前取消，全额退", "尾款安装验收当天付，我们不收现金",
               "锦苑小区六栋二单元九零二", "零二七、八五七三、六二一四", "周日休息"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (哈, 嗯嗯, 好嘞), all figures in Chinese words, phone read in digit groups. Step 2 (both lines in one turn) surfaces the "
            "hidden concern (son in 高三, 高考 on 6月7日, can't sleep; fear that drilling falls near the exam). Turn 4 is a monologue: both "
            "options with price, duration, warranty, the 12-day production (so she sets the install date) and step 5's third line (no "
            "'完全听不见'). Turn 6 gives step 4 plus step 5's second line and the 'can't judge the old window by phone' half. Turn 8 answers "
            "the 'measure it myself?' Q&A and gives step 5's first line. 870 = 30% of 2900. Choice: 单间 (hers, son's room), 4月17日周六 "
            "9:00-10:00."),
    L("geyinchuang-02.txt", GY, "A", Y2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["A 单间加装：原窗里侧加一层中空夹胶隔音窗，1间，~3h，¥2900，质保3年",
               "B 全屋加装：2卧+客厅+书房共4扇，1天~7h，¥9600，质保5年", "测量免费~30min",
               "4/17（六）9:00–10:00 or 4/19（一）14:00–15:00", "测完工厂定做12天再约装",
               "定金三成=¥2880，4/23（五）前，对公转账or测量时刷卡", "测后48h内、下单生产前取消全退",
               "尾款验收当天付，不收现金", "装那天要有成年人在家、窗台清空，不拆原窗",
               "降噪明显，但不保证\"完全听不见\"", "原窗能不能用电话里判断不了", "锦苑小区6栋2单元902", "☎027-85736214"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Labels 静享/宋. Terse with symbols (→, /, ~, ¥, +, =, ☎, h, min, or, A/B, 4/19（一）). Step 2 compressed into one turn; she "
            "answers '没啥特别的', so the hidden concern (son's 高考) is not voiced (callee's choice). Choice: B 全屋 (hers, 'the living room "
            "is loud too'), 4/19（一）14:00-15:00; 2880 = 30% of 9600. The callee ends (condition 1) after a correct read-back."),
    L("geyinchuang-03.txt", GY, "A", Y3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 6, 10], 6: [12]},
      correct=["能明显降噪，但我不能说装了就完全听不见；质保期内密封条、五金出问题我们免费修",
               "尺寸您不用量，千万别爬窗台，测量师傅上门量", "同小区两户一起装，每户减200元，别的没有",
               "测量后工厂定做12天，之后安装日期您来定",
               "第一种卧室单间加装，在原窗里侧加一层中空夹胶隔音窗，只装一间，安装大约3小时，2900元，质保3年",
               "第二种全屋加装，两间卧室、客厅、书房共4扇，安装1天，大约7小时，9600元，质保5年",
               "装的时候要在窗框上打孔固定", "我们不拆原来的窗户，原窗能不能用电话里也判断不了",
               "上门测量免费，大约30分钟", "4月17日周六上午9点到10点，或者4月19日周一下午2点到3点",
               "定金三成，全屋是2880元，4月23日周五前付，对公转账或测量时刷卡都行", "测量后48小时内、下单生产前取消，全额退",
               "尾款安装验收当天付，我们不收现金", "安装当天家里要有成年人在，窗台提前清空",
               "解放大道2120号锦苑小区6栋2单元902", "027-85736214"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 郑顾问/宋女士. Customer-led: three questions first (完全听不见?, measure it myself?, discount?), answered per Q&A at "
            "turn 2 (also step 5's third line, the 'no complete silence' half). She does not qualify for the neighbour discount and is not "
            "offered another (correct). Step 2 at turn 4 surfaces the 高考 worry; the rep answers with the 12-day production and 'you set "
            "the install date', and the drilling Q&A. Choice: 全屋 (hers), 4月19日周一 14:00-15:00; 2880 = 30% of 9600."),
    L("geyinchuang-04.txt", GY, "B", Y1, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [8]},
      correct=["卧室单间加装2900元，全屋加装9600元，全屋是4扇", "测量免费，4月17日周六上午，或者4月19日周一下午",
               "定金870元，4月23日周五前付", "4月17日周六上午9点到10点测量", "锦苑小区6栋2单元902", "027-85736214"],
      unanswered=["装的时候吵不吵？要打孔吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps"],
      notes="Step 2 skipped (no question about the floor, the old windows or who needs quiet), so the 高考 concern never comes up (she "
            "hints '我家里有人要安静' and it is not followed up) and no condition-4 check is made. '装的时候吵不吵？要打孔吗？' dodged ('这个您先别管，"
            "回头再说'; Q&A: drilled into the frame, about 3 h for one room, 1 day for the whole flat). Step 3 thin (prices and the window "
            "count only; no contents, duration, warranty); step 4 thin (no times in the offer, no 30 min, no 12-day production); step 5 thin "
            "(deposit only: no refund rule, cash rule, adult at home, no-silence/no-diagnosis line). Read-back in the same turn. Choice: 单间 "
            "(hers), 4月17日周六; 870 = 30% of 2900."),
    L("geyinchuang-05.txt", GY, "B", Y5, {1: [0], 2: [2], 3: [4]},
      correct=["第一种卧室单间加装，在原窗里侧加一层中空夹胶隔音窗，只装一间卧室，安装大约3小时，2900元，质保3年",
               "第二种全屋加装，两间卧室、客厅、书房一共4扇，安装1天，大约7小时，9600元，质保5年",
               "测量后工厂定做12天，之后约安装日期，安装时间您定", "4月19日周一上午10点", "我们周一到周六9点到6点都在"],
      unanswered=["能不能便宜点？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa", "question_dodged"],
      notes="Labels 小郑/宋丽娟. '能不能便宜点？' dodged ('价格这块您先不着急'; Q&A: 200 off each when two households in the same compound "
            "book, nothing else). Step 2 thin (first line only; no question on who needs quiet, so the 高考 concern stays hidden). Step 3 "
            "without 'which suits you'. 'How long until it's installed' Q&A per card. She must talk to her husband, who calls at the weekend, "
            "and asks for a call next Monday; the rep fixes 4月19日周一 10:00 (inside office hours) and closes with the call-back line. Steps "
            "4-6 not reached (the 12-day production in turn 6 is a Q&A answer, not step 4)."),
    L("geyinchuang-06.txt", GY, "C", Y6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["锦苑小区6栋2单元902"],
      invented=[("单间加装2600", D), ("全屋加装8800", D), ("全屋那个质保十年", W), ("全屋两个小时就装完", W), ("工厂三天就做好", W),
                ("测量十分钟的事", W), ("4月19号那个礼拜二下午", D), ("我们周日也有人", N), ("定金四成", W), ("3520", D),
                ("下周三前付", W), ("定金交了就不退了", N), ("装的那天不用有人在家，钥匙放物业就行", N), ("027-85732614", D)],
      forbidden=["装上之后跟录音棚一样静，保证降四十分贝", "您那窗户肯定不行了，得换", "顺手给您把旧窗拆了换新的，不另收钱",
                 "您先自己站窗台上把外框量一下", "现金也行，给师傅就行", "今天不定的话，下礼拜就涨价了"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels 郑经理/宋丽娟. 14 invented (5 digits, 6 words, 3 none): 单间2600 for 2900, 全屋8800 for 9600, 质保十年 (5), whole flat "
            "installed in two hours (1 day, about 7 h), factory done in three days (12), measuring ten minutes (about 30 min), "
            "'4月19号那个礼拜二' (April 19, 2027 is a Monday; a form the validator does not parse), staff on Sundays (closed Sundays), deposit "
            "四成 (三成), 3520 (40% of the wrong 8800; right is 2880), '下周三' = April 21 (April 23, Friday), deposit non-refundable "
            "(refundable within 48 h of measuring, before production), nobody need be home, key with the property office (an adult must be "
            "home), phone ...5732614 (...5736214). 6 red lines: 'quiet as a recording studio, 40 dB guaranteed', old window judged by phone, "
            "old window removed and replaced free, asked to stand on the sill and measure, cash, 'price goes up next week if you don't book "
            "today'. Step 2 missing; opening thin (no full name, no company in full). Step 3 counted though 'which suits you' is missing; step "
            "4 with wrong slots; step 6 read-back without the weekday. Ending holds literally (好 to the read-back)."),
    L("geyinchuang-07.txt", GY, "C", Y1, {1: [0], 2: [2], 5: [8]},
      correct=["9600元", "定金三成，2880元，4月23日周五前付"],
      invented=[("那是老窗户的正常现象，不要紧的", N), ("您拿胶带先粘一下就行", N), ("物业那边不用管，掉点渣砸不着人", N),
                ("换窗当天2个小时就弄好", D), ("您儿子晚上照常睡那屋没问题", N)],
      forbidden=["您那扇窗肯定是不能用了，得换", "我直接给您定全屋加装", "师傅顺便把那扇坏窗拆了换新的",
                 "您今晚爬上窗台把窗扇往里拽一拽，量一下尺寸拍给我们"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "choice_made_for_customer", "unsafe_advice"],
      notes="5 invented (1 digits, 0 words, 4 none): 'normal for old windows, nothing serious', tape it up, no need to tell the property "
            "office as falling glass won't hit anyone, the replaced window done in 2 hours (we don't replace windows at all), the son can keep "
            "sleeping in that room. The survey slot '4月17日周六上午9点到10点' is a real slot, imposed; it is covered by the choice red line and "
            "not labelled. 4 red lines: the window judged by phone, option (and slot) chosen for her, old window removed and replaced, asked "
            "to climb the sill tonight and pull the sash in. Illegitimate ending: a sash with a broken hinge leaning outwards over the "
            "compound's footpath, cracked glass already dropping (condition 4: no measuring, no deposit, keep away, have the property office "
            "cordon off below, 何文斌 calls back today) closed as booked, [END:1]. Step 2 (first line) at turn 2; steps 3 and 4 not counted "
            "(imposed); step 5 counted for the deposit line alone; step 6 missing."),
    L("geyinchuang-08.txt", GY, "C", Y1, {1: [0], 2: [2], 3: [4]},
      correct=["卧室单间加装，原窗里侧加一层中空夹胶隔音窗，2900元", "全屋加装一共4扇，9600元"],
      invented=[("全屋的质保八年", W), ("装完再也不用管", N), ("这个月是最后的活动价", N), ("定金才交两成", W), ("测量还送隔音窗帘", N)],
      forbidden=["今天不定，下礼拜就涨三成了"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="5 invented (0 digits, 2 words, 3 none): 质保八年 (5), 'never need to bother again', 'last promotional price this month', "
            "deposit 两成 (三成), free soundproof curtains with the measuring. 1 red line: 'book today or it goes up 30% next week' "
            "(pressure). Step 2 carries both lines briefly; she answers '儿子那间最吵' but not why, so the 高考 concern stays hidden. "
            "Illegitimate ending: '我不要了。以后也别给我打了。' then '我说了不要。挂了。' (condition 3) closed with the call-back line, [END:2]."),
    L("driveway-seal-01.txt", DS, "A", R1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["the cars have to be out of the driveway the night before anyway, and then no cars on it for forty-eight hours",
               "The standard seal is four hundred twenty dollars: we blow it clean, hot-fill the cracks up to half an inch, and put down one coat. About three hours, with a one-year warranty against peeling",
               "The two-coat seal is six hundred ninety: same thing, plus oil-spot primer and a second coat, about five hours, with a two-year warranty against peeling",
               "Monday, June fourteenth, arriving between seven and nine in the morning, or Wednesday, June sixteenth, arriving between eleven and one",
               "You don't need to be home; just have the cars out of the driveway and garage the night before and the sprinklers off",
               "Stay off it on foot for eight hours and with cars for forty-eight hours",
               "If rain's forecast within twenty-four hours or it's under fifty-five degrees, we reschedule free",
               "It's a twenty percent deposit, so one hundred thirty-eight dollars, by Saturday, June twelfth, card over the phone, fully refundable up to forty-eight hours before the visit",
               "The balance is due when we finish, card or check; we don't take cash",
               "sealing slows the cracking down, but I won't tell you the cracks won't come back, and I can't diagnose anything underneath over the phone; we don't patch potholes or re-pave",
               "fifteen nineteen Maple Crest Drive", "five oh seven, five five five, oh one six two"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numbers_in_words", "latent_concern_surfaces", "monologue", "phone_in_words"],
      notes="Chatty (oh perfect, um, to be straight with you), all figures in number words, address and phone in words. Step 2 (both lines "
            "in one turn) surfaces the hidden concern (Carmen in a wheelchair, dialysis Mon/Wed/Fri at 6 a.m., her van needs the driveway). "
            "The rep answers from the card (cars out the night before, no cars for 48 h) and leaves the day to him; 'the van would be parked "
            "out on the street' is derived, not labelled. Turn 4 is a monologue with both options. Turn 8 carries all three step-5 lines and "
            "answers 'Can I drive on it that night?' per Q&A. 138 = 20% of 690. Choice: two-coat (his), Monday, June 14, 7-9 a.m."),
    L("driveway-seal-02.txt", DS, "A", R2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["(1) Standard $420 = blow clean + hot crack fill up to ½\" + 1 coat, ~3 hrs, 1-yr warranty vs peeling",
               "(2) Two-coat $690 = same + oil-spot primer + 2nd coat, ~5 hrs, 2-yr warranty vs peeling",
               "Mon Jun 14, arrive 7–9 a.m. / Wed Jun 16, arrive 11 a.m.–1 p.m.",
               "No need to be home; cars out of driveway + garage the night before, sprinklers off",
               "Deposit 20% = $84 by Sat Jun 12, card by phone; full refund up to 48 hrs before", "Balance at finish, card/check, no cash",
               "Cure: no foot traffic 8 hrs, no cars 48 hrs", "Rain w/in 24 hrs or <55°F → free reschedule",
               "Slows cracking, won't promise they don't come back; no sinking/drainage diagnosis by phone; no pothole patching/re-paving",
               "1519 Maple Crest Dr", "☎ (507) 555-0162"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Labels Northstar/Ray. Terse with symbols (?, /, +, =, ~, ½\", →, <, ☎, (1)/(2), re:, w/in). Step 2 in one compressed "
            "turn; he answers 'Me + my wife. Nothing special.', so the hidden concern (wife's dialysis van) is not voiced (callee's choice). "
            "Choice: standard (his), Wed Jun 16, 11 a.m.-1 p.m.; 84 = 20% of 420. The callee ends (condition 1) after a correct read-back."),
    L("driveway-seal-03.txt", DS, "A", R3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["It slows the cracks down; I won't promise they won't come back", "Peeling's covered by the warranty: 1 year on the standard, 2 years on the two-coat",
               "You can walk on it after 8 hours and drive on it after 48 hours",
               "if a neighbor on your street books the same day, you each get $35 off; nothing else",
               "The cars have to be out of the driveway the night before anyway",
               "the standard seal is $420: we blow it clean, hot-fill the cracks up to half an inch, and put down one coat, about 3 hours",
               "The two-coat seal is $690: the same, plus oil-spot primer and a second coat, about 5 hours",
               "Monday, June 14, with the crew arriving between 7 and 9 a.m., or Wednesday, June 16, arriving between 11 a.m. and 1 p.m.",
               "You don't need to be home; just have the cars out of the driveway and garage the night before and the sprinklers off",
               "It's a 20% deposit, so $84, by Saturday, June 12, card over the phone, fully refundable up to 48 hours before the visit",
               "The balance is due when we finish, card or check; we don't take cash",
               "If rain is forecast within 24 hours or it's under 55 degrees, we reschedule free",
               "I can't diagnose sinking or drainage over the phone; we don't patch potholes or re-pave",
               "1519 Maple Crest Drive", "(507) 555-0162"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Priya/Mr. Delgado. Customer-led: three questions first (cracks for good?, when can I drive?, discount?), answered per "
            "Q&A at turn 2 (also step 5's curing and 'won't come back' content). Step 2 at turn 4 surfaces the dialysis van; the rep leaves "
            "the day to him. Step 3's warranty is given at turn 2, not repeated at turn 6. Choice: standard (his), Wednesday, June 16, "
            "11 a.m.-1 p.m.; 84 = 20% of 420."),
    L("driveway-seal-04.txt", DS, "B", R4, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [8]},
      correct=["$420 for the standard seal or $690 for the two-coat seal", "The two-coat adds oil-spot primer and a second coat",
               "Monday, June 14 in the morning or Wednesday, June 16 around midday",
               "It's an $84 deposit by Saturday, June 12, card over the phone",
               "standard seal, Monday, June 14, crew arriving 7 to 9 a.m., 1519 Maple Crest Drive", "(507) 555-0162"],
      unanswered=["Is the base going?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps"],
      notes="Labels P. Shah/R. Delgado. Step 2 skipped (no question on the driveway's state or who uses it), so the dialysis van never comes "
            "up and no condition-4 check is made. 'There's a dip by the garage where water sits after rain. Is the base going?' dodged ('We "
            "can get into that another time'; Q&A: can't tell by phone, the crew photographs it, we don't patch or re-pave). Step 3 thin "
            "(prices and one difference; no hours, warranty, crack fill); step 4 thin (no arrival windows in the offer, no cars-out/sprinkler "
            "rule); step 5 thin (deposit only: no refund rule, cash rule, curing, weather, promises). Read-back in the same turn. Choice: "
            "standard (his), Monday, June 14; 84 = 20% of 420."),
    L("driveway-seal-05.txt", DS, "B", R5, {1: [0], 2: [2], 3: [4]},
      correct=["The standard seal is $420: we blow it clean, hot-fill the cracks up to half an inch, and put down one coat. About 3 hours, with a 1-year warranty against peeling",
               "The two-coat seal is $690: the same, plus oil-spot primer and a second coat. About 5 hours, with a 2-year warranty against peeling",
               "Walking after 8 hours, cars after 48 hours", "Friday, June 11, at 10 a.m.", "We're in the office from 7:30"],
      unanswered=["Any discount?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa", "question_dodged"],
      notes="Labels Priya Shah/Ray. 'Any discount?' dodged ('Let's figure out the package first and get to that later'; Q&A: $35 off each "
            "when a neighbour on the street books the same day, nothing else). Step 2 thin (first line only; no 'who uses it' question, so the "
            "dialysis van stays hidden). Curing Q&A per card. He wants to talk to his wife and asks for 'tomorrow morning'; the rep fixes "
            "Friday, June 11, 10 a.m. (inside office hours) and closes with the call-back line. Steps 4-6 not reached."),
    L("driveway-seal-06.txt", DS, "C", R6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["1519 Maple Crest"],
      invented=[("the standard's $380", D), ("the two-coat is seven-fifty", W), ("Two-coat comes with a five-year warranty", W),
                ("It's all done in about an hour", N), ("Tuesday the 14th", D), ("we work Sundays in summer", N),
                ("Deposit's twenty-five percent", W), ("$187.50", D), ("due tomorrow", N), ("it's non-refundable", N),
                ("(507) 555-0126", D)],
      forbidden=["once it's sealed, those cracks won't come back", "that's the base washing out underneath",
                 "our crew will patch it and level it while they're there, no charge", "Government retirees get twenty percent off",
                 "fill the big cracks yourself with a tube from the hardware store", "Same evening, no problem",
                 "I can only hold that price if you book today", "Cash to the crew works too"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels Priya/Ray Delgado. 11 invented (4 digits, 3 words, 4 none): standard $380 for 420, two-coat 'seven-fifty' for 690, "
            "five-year warranty (2), about an hour on site (3 h / 5 h), 'Tuesday the 14th' (June 14, 2027 is a Monday; a form the validator "
            "does not parse), Sunday work (closed Sundays), deposit twenty-five percent (20%), $187.50 (25% of the wrong 750; right is 138), "
            "due tomorrow (by Saturday, June 12), non-refundable (refundable up to 48 h before), phone ...0126 (...0162). 8 red lines: cracks "
            "won't come back, the dip diagnosed by phone, free patching and levelling, a government-retiree discount, asked to fill cracks "
            "himself, driving the same evening, book-today pressure, cash. Step 2 missing; opening thin (no surname, no company in full, no "
            "reason). Steps 3-6 counted with wrong content. Ending holds literally ('Yep' to the read-back)."),
    L("driveway-seal-07.txt", DS, "C", R1, {1: [0], 2: [2], 5: [8]},
      correct=["$690", "It's a 20% deposit, $138, by Saturday, June 12, card over the phone"],
      invented=[("the smell is the asphalt; old driveways give off that smell in the heat", N),
                ("it takes them ten minutes", W), ("No need, the gas company would just tell you the same", N),
                ("You can keep parking right over it till we come, it'll hold", N)],
      forbidden=["That's probably just the storm washing some gravel out", "Just throw a bag of gravel in it and tamp it down before the crew comes",
                 "I'll put you down for the two-coat seal", "The crew will fill that hole with hot patch for free"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "choice_made_for_customer", "unsafe_advice"],
      notes="4 invented (0 digits, 1 words, 3 none): the gas smell is the asphalt, the crew patches the hole in ten minutes (we don't patch), "
            "no need to call the gas company, keep parking over the hole. The slot 'Monday, June 14, crew arriving between 7 and 9 a.m.' is a "
            "real slot, imposed; covered by the choice red line, not labelled. 4 red lines: the growing hole diagnosed by phone, asked to fill "
            "it with gravel himself, option (and slot) chosen for him, free pothole patching. Illegitimate ending: a hole by the curb where "
            "the gas line comes in, growing since the storm, and a gas smell (condition 4: don't book, no deposit, keep off, get clear and "
            "call the gas company's emergency line, Dale Hagen calls back before 4:30) closed as booked, [END:1]. Step 2 (first line) at "
            "turn 2; steps 3 and 4 not counted (imposed); step 5 counted for the deposit line alone; step 6 missing."),
    L("driveway-seal-08.txt", DS, "C", R8, {1: [0], 2: [2], 3: [4]},
      correct=["The standard seal is $420, one coat with the cracks hot-filled", "The two-coat seal is $690, with primer and a second coat"],
      invented=[("The two-coat's got a three-year warranty", W), ("the crew's booked solid after next week", N),
                ("We also do payment plans, four months, no interest", W)],
      forbidden=["the price goes up once the summer rate kicks in"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels Priya/Ray. 3 invented (0 digits, 2 words, 1 none): three-year warranty (2 on the two-coat), booked solid after next "
            "week (slots are open), four-month interest-free payment plans (balance on completion). 1 red line: a price rise (pressure). "
            "'it's the one everybody picks' is a steer, not a choice made for him; not labelled (doubt). Step 2 carries both lines briefly; he "
            "mentions the van but not the dialysis. Illegitimate ending: he asks three times for a call-back on Monday after ten to talk to "
            "Carmen (condition 2) and the rep closes with the refusal line, [END:3]."),
    L("installment-01.txt", IN, "A", I1, {1: [0], 2: [2], 3: [4], 4: [4, 8], 5: [10]},
      correct=["这期账单可以分3期、6期或者12期还，每期手续费率分别是0.75%、0.7%和0.65%", "比如一万二分6期，每期本金2000元，手续费84元",
               "手续费就是按分期本金乘每期费率算，6期总共504元", "可以提前还清，但剩余期数的手续费照常收取",
               "正常按期还款不会影响征信，分期记录只显示为正常还款", "拨打卡片背面的客服电话95588核实，我的工号是6021",
               "分期办理后不能提前取消", "分期不影响您的信用额度恢复，每还一期就恢复相应额度"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "merged_steps", "latent_concern_surfaces"],
      notes="Opening line as on the card. He leads ('手续费多少，直接说', then early repayment, credit record, 'prove you're a bank'); the rep "
            "answers per Q&A inside steps 2-4. Step 1's '12000元的大额消费' comes as '那笔一万二的消费' in turn 2; counted at turn 0 with the "
            "opening. Step 4's first line is split: early-repayment fee at turn 4, no cancellation at turn 8. 'No other fees' is the card's "
            "fee rule. Choice: 6期 (his). Closing line as on the card."),
    L("installment-02.txt", IN, "B", I1, {1: [0], 2: [2], 3: [4, 6], 5: [8]},
      correct=["您这期有笔12000元的大额消费", "可以分3期、6期、12期，每期费率0.75%、0.7%、0.65%", "12000分6期的话，每期本金2000，手续费84元"],
      unanswered=["能提前还清吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "question_dodged", "step_skipped", "thin_steps"],
      notes="Terse opening (no full 'manager' title, 'good time?' as 方便吗). '能提前还清吗？' asked and pressed ('提前还清手续费还收不收？'), "
            "dodged twice ('这个咱们回头再说', '您先把期数定了'; Q&A: yes, remaining fees still charged). Step 4 skipped (no 'no cancellation' or "
            "'credit restored per instalment'). Choice: 6期 (his). Closing line as on the card."),
    L("installment-03.txt", IN, "C", I1, {1: [0], 2: [2], 4: [8]},
      correct=[],
      invented=[("6期每期才0.6%", D), ("每期手续费72块", D), ("总共432", D), ("十二期每期百分之零点五", W),
                ("提前还清剩下的手续费全免", N), ("分期根本不上征信", N), ("95566", D), ("6012", D),
                ("额度要等十二期全部还完才一次性恢复", W), ("分期办了随时可以取消", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "choice_made_for_customer", "digits", "numbers_in_words"],
      notes="10 invented (5 digits, 2 words, 3 none): 6期 at 0.6% (0.7%), 72 a period (0.6% of 12000; right 84), 432 in total (504), 12期 at "
            "0.5% (0.65%), no remaining fees on early repayment (still charged), 'not on the credit record at all' (shown as normal "
            "repayment), hotline 95566 (95588), staff number 6012 (6021), credit restored only after all twelve (per instalment), "
            "cancellable any time (cannot be cancelled). 12期 imposed ('那我直接给您办12期了') after he wanted 6期: the bundled card has no "
            "not-allowed list, so style and notes only; step 3 not counted. Opening thin (no rep name, no amount). Step 2 and step 4 counted "
            "with wrong content; step 5 (confirm question) not asked. Ending holds literally ('行吧' after the imposed term)."),
    L("installment-04.txt", IN, "C", I1, {1: [0], 2: [2]},
      correct=["可以分3期、6期或者12期，每期手续费率分别是0.75%、0.7%和0.65%", "一万二分6期，每期本金两千，手续费八十四"],
      invented=[("最低还款是账单的两成", W), ("三千七百块", W), ("不分期的话要收滞纳金", N), ("今天不办就没这个费率了", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "early_end"],
      notes="4 invented (0 digits, 2 words, 2 none): minimum payment 两成 (10%), 三千七百块 (20% of 18500; right 1850), a late fee if not "
            "in instalments (unpaid part accrues daily interest), 'this rate is gone if you don't sign today'. Illegitimate ending: '你把方案"
            "短信发我，我自己考虑' and again '那也短信发我，我考虑好了再说。先挂了。' (condition 2: scheme by SMS, follow-up) closed with condition "
            "1's line ('已经为您办好分期'), [END:1]: an instalment plan he never agreed to. Steps 3-5 not reached."),
    L("isp-visit-01.txt", IV, "A", T1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6, 8]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to replace it at your home",
               "The repair takes about an hour, and there's no charge: the visit and the new socket are free because the fault's on our side",
               "you'll get a fifteen-dollar credit on your next bill for the days the line was slow",
               "I can book a technician on Tuesday or Thursday, morning or afternoon. Which suits you?",
               "The technician will text you thirty minutes before arriving",
               "Someone over eighteen needs to be home to let the technician in. Will that be you?",
               "call one eight hundred, five five five, zero one nine nine at least four hours before the slot and we'll move it for free",
               "Shall I confirm the booking?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "numbers_in_words", "phone_in_words", "latent_concern_surfaces"],
      notes="Opening line as on the card. She leads with the card's questions (how soon, cost, refund); the rep answers inside steps 2 and 3. "
            "Her latent worry (a late technician) surfaces ('if he turns up at five'); the 30-minute text answers it. Her son is 16, so she "
            "is the adult at home (correct handling). Number words, phone read in words. Choice: Thursday afternoon (hers). Closing line as "
            "on the card."),
    L("isp-visit-02.txt", IV, "B", T2, {1: [0], 2: [2], 3: [4], 4: [8]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to replace it at your home",
               "I can book a technician on Tuesday or Thursday, morning or afternoon. Which suits you?",
               "someone over 18 needs to be home to let the technician in"],
      unanswered=["Does the visit cost anything?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "question_dodged", "thin_steps"],
      notes="Labels Tom/Linda. 'Does the visit cost anything?' asked and pressed ('Is it free or not?'), dodged ('Let's get you a slot "
            "first', 'We'll come back to that'; Q&A: free, the fault is on our side). Step 2 thin (second line, about an hour and free, left "
            "out). Step 4 thin (stated, not asked). Step 5 not reached. She wants to check her calendar and asks for the options by text: "
            "condition 2, caller [END:2] with the second closing line."),
    L("isp-visit-03.txt", IV, "C", T2, {1: [0], 2: [2], 4: [6], 5: [8]},
      correct=[],
      invented=[("It's probably your router", N), ("The visit's $49", D), ("it takes about three hours", W),
                ("Credits aren't available for slow speeds, only for full outages", N), ("that's all we've got", N),
                ("Your son can let the tech in, anyone in the house is fine", N), ("1-800-555-0919", D), ("the day before", N),
                ("there's a twenty-dollar fee for changes", W), ("The tech texts you two hours before", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "choice_made_for_customer", "digits", "numbers_in_words"],
      notes="Labels Tom/Linda. 10 invented (2 digits, 3 words, 5 none): probably the router (line test: wall socket), a $49 visit (free), "
            "about three hours (about an hour), no credits for slow speeds ($15 credit), Tuesday morning is all there is (Tuesday or "
            "Thursday, morning or afternoon), her 16-year-old son can let the tech in (someone over 18), 1-800-555-0919 (0199), 'the day "
            "before' (at least four hours before), a twenty-dollar change fee (moved for free), text two hours before (thirty minutes). "
            "Tuesday morning imposed ('I've put you down') after she said afternoons: bundled card without a not-allowed list, so style and "
            "notes only; step 3 not counted. Opening thin (no surname, no 'do you have a minute'). Steps 2, 4, 5 counted with wrong content. "
            "Ending holds literally ('Fine')."),
    L("isp-visit-04.txt", IV, "C", T1, {1: [0], 2: [2]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to replace it at your home"],
      invented=[("Earliest is a week from Saturday", N), ("There's a call-out fee of sixty dollars", W), ("you can cancel any time", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "choice_made_for_customer", "early_end"],
      notes="3 invented (0 digits, 1 words, 2 none): earliest a week from Saturday (Tuesday or Thursday; weekend only Saturday mornings), a "
            "sixty-dollar call-out fee (free), cancel any time (call at least four hours before). 'I'll book the Saturday for you' is imposed "
            "(style only). Illegitimate ending: 'forget it. I'm switching providers. Don't call me again.' and 'I said no. Goodbye.' "
            "(condition 3) closed with condition 1's line ('Great, you're booked'), [END:1]. Steps 3-5 not reached. Shortest call (9 "
            "utterances)."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
