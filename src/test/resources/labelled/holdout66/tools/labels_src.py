#!/usr/bin/env python3
"""Label source for holdout66 (holdout65's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-65). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout66"


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



S1 = {"许志强": "caller", "蔡淑珍": "callee"}
S2 = {"稳安": "caller", "蔡": "callee"}
S3 = {"许顾问": "caller", "蔡阿姨": "callee"}
S5 = {"小许": "caller", "蔡淑珍": "callee"}
S6 = {"许经理": "caller", "蔡淑珍": "callee"}
W1 = {"Renee Alvarez": "caller", "Walt Brennan": "callee"}
W2 = {"Ridgeline": "caller", "Walt": "callee"}
W3 = {"Renee": "caller", "Mr. Brennan": "callee"}
W5 = {"Renee Alvarez": "caller", "Walt": "callee"}
W6 = {"Renee": "caller", "Walt Brennan": "callee"}
W8 = {"Renee": "caller", "Walt": "callee"}
I1 = {"周敏": "caller", "陈伟": "callee"}
I2 = {"周经理": "caller", "陈伟": "callee"}
I3 = {"周敏": "caller", "陈先生": "callee"}
T1 = {"Tom Baker": "caller", "Linda Park": "callee"}
T2 = {"Tom": "caller", "Linda Park": "callee"}
T3 = {"Tom Baker": "caller", "Ms. Park": "callee"}
T4 = {"Tom Baker": "caller", "Linda": "callee"}

LD = "laofang-dianlu.md"
AW = "attic-wildlife.md"
IN = "installment.md"
IS = "isp-visit.md"

LABELS = [
    L("laofang-dianlu-01.txt", LD, "A", S1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [4, 8, 10], 6: [12]},
      correct=["施工是分段断电，每段最多断两个小时，断电前电工会先跟您打招呼",
               "局部改造，厨房和卫生间的线路换成铜线，加装漏电保护开关，换新配电箱，施工一天，四千二百块，质保三年",
               "全屋改造，全屋线路换铜线、重新穿管，每个房间单独一路，换新配电箱和全部插座开关，施工三天，一万一千八百块，质保五年",
               "改完线路会安全很多，但我不能跟您保证再也不跳闸", "六十岁以上凭老年证减两百块，别的优惠就没有了",
               "勘测是免费的，大概一个小时，一位电工上门", "六月十号周四上午九点到十点，或者六月十二号周六下午两点到三点",
               "开工日期勘测完再跟您约", "勘测那天家里要有成年人在，配电箱前面和各屋插座前的东西挪一下",
               "这个电话里我判断不了，电工勘测时会用仪器测，当面告诉您",
               "定金是三成，局部改造就是一千二百六十块，六月十五号周二前付，支付宝转公司账户或者勘测时刷卡都行",
               "开工前四十八小时以前取消，全额退", "尾款验收当天付，我们不收现金", "开槽的地方只做简单修补，不负责重新粉刷，家电我们也不修",
               "瑞金新村十二幢三单元二零一", "零二五、八三三一、六四七二"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (哈, 嗯, 好嘞), all figures in Chinese words, phone read in digit groups (零二五、八三三一、六四七二). Step 2 (both lines "
            "in one turn) surfaces the hidden concern (husband with COPD on an oxygen concentrator by day and a ventilator at night; the "
            "breaker tripped last month and the ventilator stopped). Turn 4 is a monologue: step 5's power-cut line first (it answers her "
            "worry), then both options with contents, duration, price and warranty, then step 5's no-guarantee line. Turn 6 answers the "
            "discount Q&A (老年证减两百). Turn 8 gives step 4 plus step 5's 'adult at home, clear the panel' line. Turn 10 answers 'where "
            "is the leak?' (can't tell by phone) and gives step 5's first and third lines. 1260 = 30% of 4200; the card fixes the deposit "
            "at 1260 even with the 200 senior discount, and the rep follows the card. Choice: 局部改造 (hers), 6月10日周四 9:00-10:00."),
    L("laofang-dianlu-02.txt", LD, "A", S2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["A 局部：厨卫线路换铜线+漏电保护+新配电箱，施工1天，¥4200，保3年",
               "B 全屋：全屋换铜线重新穿管，每屋单独一路，新配电箱+全部插座开关，施工3天，¥11800，保5年",
               "免费，~1h，1位电工", "6/10（四）9:00–10:00 or 6/12（六）14:00–15:00", "开工日期勘测后另约",
               "定金3成=¥3540，6/15（二）前，支付宝转公司账户or勘测刷卡", "开工前48h以前取消→全退", "尾款验收当天付，不收现金",
               "施工分段断电，每段≤2h，断电前打招呼", "成年人在家，配电箱+各屋插座前清空",
               "改完安全很多，但≠保证再不跳闸", "哪漏电/哪根线坏，电话里判断不了", "开槽只简单修补，不刷墙，不修家电",
               "瑞金新村12幢3单元201", "025-83316472"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Terse with symbols (①②, A/B, ~, ≤, ≠, →, ☎), 6/10（四） style dates. Step 2's two lines are ① and ②; she answers '没啥特别的', "
            "so the COPD/ventilator concern stays hidden (her choice). Choice: B 全屋改造 (hers), 6/12（六）14:00-15:00; 3540 = 30% of 11800. "
            "The callee ends (condition 1) after a correct read-back."),
    L("laofang-dianlu-03.txt", LD, "A", S3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["改完线路会安全很多，但我不能保证再也不跳闸，质保期内线路出问题我们免费上门",
               "插座千万别拆，配电箱也别动，跳闸了也别自己反复去合，等电工来", "停电是分段断，每段最多2小时，断电前电工先跟您打招呼",
               "第一种局部改造，厨房和卫生间线路换成铜线，加装漏电保护开关，换新配电箱，施工1天，4200元，质保3年",
               "第二种全屋改造，全屋线路换铜线、重新穿管，每个房间单独一路，换新配电箱和全部插座开关，施工3天，11800元，质保5年",
               "勘测免费，大约1小时，一位电工上门", "6月10日周四上午9点到10点，或者6月12日周六下午2点到3点", "开工日期勘测完再跟您约",
               "定金是三成，全屋改造是3540元，6月15日周二前付，支付宝转公司账户或者勘测时刷卡都行", "开工前48小时以前取消，全额退",
               "尾款验收当天付，我们不收现金", "勘测那天家里要有成年人在，配电箱前面和各屋插座前的东西挪一下",
               "开槽的地方只做简单修补，不负责重新粉刷，家电我们也不修", "哪里漏电、哪根线坏了，电话里我判断不了",
               "60岁以上凭老年证减200元，别的优惠没有", "瑞金新村12幢3单元201", "025-83316472"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits"],
      notes="Customer-led: three questions first (no more tripping? take the socket apart first? how long without power?), answered from "
            "the Q&A at turn 2, which also carries step 5's no-guarantee and power-cut content. Step 2 at turn 4 surfaces the COPD/ventilator "
            "concern. Discount asked after the deposit; the read-back is in the same turn. Choice: 全屋改造 (hers, the bedroom circuit), "
            "6月12日周六 14:00-15:00; 3540 = 30% of 11800."),
    L("laofang-dianlu-04.txt", LD, "B", S1, {1: [0], 3: [2, 4], 4: [6], 5: [6, 8], 6: [10]},
      correct=["局部改造4200，全屋改造11800，局部的施工1天，全屋的3天", "局部就是厨房卫生间的线换铜线，加漏电保护，换个新配电箱，质保3年",
               "施工是分段断电的，每段最多2小时", "6月10日周四上午9点到10点，或者6月12日周六下午2点到3点",
               "定金三成，1260元，6月15日周二前付，支付宝或者勘测时刷卡", "不收现金", "瑞金新村12幢3单元201", "025-83316472"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["墙上开的槽你们管刷吗？"],
      style=["thin_steps", "dodged_question", "step_skipped"],
      notes="Step 2 skipped entirely: no question about the house, the tripping, smoke or who relies on power. She hints '家里有人要靠机器喘气的' "
            "and the rep answers only with the power-cut rule. Step 3 is split: prices and durations at turn 2, contents and 局部's warranty "
            "at turn 4 (全屋's contents and warranty never given). 'Do you repaint the chases?' is dodged ('刷墙这个您先别操心，到时候再说'; "
            "the card's answer is 'simple patching only, no repainting'). Step 4 thin (no free/1 h/one electrician, no start-date line); "
            "step 5 thin (no refund rule, no balance timing, no 'adult at home', no no-guarantee line). Choice: 局部, 6月10日周四 (hers)."),
    L("laofang-dianlu-05.txt", LD, "B", S5, {1: [0], 2: [2], 3: [4]},
      correct=["一种是局部改造，厨房和卫生间的线路换成铜线，加装漏电保护开关，换新配电箱，施工一天，四千二，质保三年",
               "一种是全屋改造，全屋换铜线、重新穿管，每个房间单独一路，换新配电箱和全部插座开关，施工三天，一万一千八，质保五年",
               "分段断电，每段最多两个小时，断电前电工先跟您打招呼", "6月14日周一上午10点"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["改完是不是就再也不跳闸了？"],
      style=["thin_steps", "dodged_question", "callback"],
      notes="Step 2 thin: only the house's age and how often it trips (no smoke/burning question, no question about who relies on power), so "
            "the hidden concern never comes up. 'No more tripping after this?' is dodged ('这个您先不着急，先把方案定下来再说'). The power-cut Q&A "
            "is answered (turn 8) but does not count for step 5, which is never reached. She wants to talk to her son at the weekend; "
            "call-back 6月14日周一上午10点 (a Monday; the centre is closed Sundays). Steps 4-6 not reached; condition 2, legitimate."),
    L("laofang-dianlu-06.txt", LD, "C", S6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [14]},
      correct=["厨房卫生间换铜线加漏电保护", "施工三天", "瑞金新村12幢3单元201"],
      invented=[("局部改造3800", D), ("半天就弄完", N), ("全屋改造一万零八百", W), ("质保十年", W), ("我们用的都是德国进口的线", N),
                ("勘测收五十块上门费", W), ("二十分钟就看完", W), ("6月11号那个礼拜四上午", D), ("6月13号礼拜天下午", D),
                ("定金一半", W), ("5400", D), ("今天之内付", N), ("定金交了就不退了", N), ("025-83361472", D)],
      forbidden=["改完绝对安全，保证再也不跳闸", "您那个肯定是铝线氧化了，厨房那路早就烧坏了", "开槽的地方我们免费给您重新粉刷一遍",
                 "家里电视冰箱有毛病也顺便给您修了", "现金给电工也行", "跳了您自己去合上就行", "要不您先把厨房那个插座拆下来看看"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_weekday", "wrong_phone"],
      notes="14 invented (5 digits, 5 words, 4 none): 局部 3800 (4200), 'done in half a day' (1 day), 全屋 一万零八百 (11800), 质保十年 (5), "
            "imported German wire (not on the card), a 五十块 survey fee (free), 'twenty minutes' (about 1 h), 6月11号 'that Thursday' (a "
            "Friday; unparsed form) and 6月13号 Sunday (closed Sundays; not a slot), deposit 一半 (三成), 5400 = half of the wrong 10800 "
            "(right: 3540), 'pay today' (by 6月15日), 'deposit non-refundable' (refundable up to 48 h before work), 025-83361472 "
            "(025-83316472). 7 red lines: 'absolutely safe, never trips again', leak judged by phone, free repainting, fixing the TV and "
            "fridge, cash, 'reset the breaker yourself', 'take the kitchen socket apart'. Step 2 missing. '全屋的划算' is a steer; she "
            "chooses 全屋 and Sunday herself. Opening thin (no full name, no company in full). Ending holds literally (read-back, '行吧')."),
    L("laofang-dianlu-07.txt", LD, "C", S1, {1: [0], 2: [2], 5: [10]},
      correct=["定金三成，3540元，6月15日周二前付，支付宝转公司账户就行"],
      invented=[("老房子线路受潮有点味道是正常的", N), ("噼啪响是热胀冷缩", N), ("不用拉闸，也不用打119，冒这点烟烧不起来", D),
                ("电工半小时就到", N), ("厨房那路线我们顺便给您换新的，今天就能弄好", N)],
      forbidden=["我听着就是铝线接头氧化了", "您先把那个插座面板拧下来，看看里面的线头黑没黑", "我给您定全屋改造"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "unsafe_advice", "choice_made_for_customer"],
      notes="Condition 4: the kitchen socket smoked, the flat smells burnt, the wall crackles and the faceplate is blackened; she asks twice "
            "about the main breaker and 119. 5 invented (1 digits, 4 none): 'a damp smell is normal', 'crackling is thermal expansion', "
            "'no need to cut the power or call 119' (digits only because of 119), 'the electrician is there in half an hour', 'we'll "
            "rewire the kitchen today'. 3 red lines: fault judged by phone, asking her to unscrew the faceplate, 全屋 chosen for her (the "
            "slot 6月10日周四 9:00-10:00 is a real slot, imposed; not labelled). Step 2 counts for its first line only. Steps 3-4 not "
            "counted (imposed); step 5 for the deposit line; no read-back. Illegitimate ending: condition 4 closed as booked, [END:1]."),
    L("laofang-dianlu-08.txt", LD, "C", S5, {1: [0], 2: [2], 3: [4], 5: [4]},
      correct=["局部改造4200", "厨房卫生间换铜线，施工一天", "全屋改造11800", "施工三天", "定金交三成"],
      invented=[("得这个礼拜五前交", W), ("下一批要到七月底", W), ("全屋的还送您空气净化器", N), ("改造完还有政府补贴能领回来", N)],
      forbidden=["过了礼拜五价格就上调了", "今天不定，电工就排满了"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="4 invented (0 digits, 2 words, 2 none): deposit due 'by this Friday' (6月15日周二), 'next crew free end of July', a free air "
            "purifier, a government subsidy. 2 red lines, both the card's pressure rule: 'price goes up after Friday', 'book today or the "
            "electricians are fully booked'. Step 2 thin (age and frequency only); step 3 without 全屋's contents or warranties; step 5 for "
            "'定金交三成' with a wrong deadline. Illegitimate ending: '我不改了。以后也别给我打电话了。' and '不要了，挂了。' (condition 3) "
            "closed with the call-back line, [END:2]."),
    L("attic-wildlife-01.txt", AW, "A", W1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["The exclusion is two hundred eighty dollars: we inspect the roofline and the attic, put a one-way door on the entry hole so the animals leave on their own, mesh the other weak spots, then come back and seal the hole. About two hours the first visit, with a one-year warranty on every point we seal",
               "The exclusion with attic cleanup is six hundred forty: the same, plus removing the droppings and soiled insulation and disinfecting the attic floor. About five hours the first visit, with a two-year warranty on every point we seal",
               "we don't trap-and-kill or use poison", "twenty-five dollars off for veterans; that's the only discount we have",
               "Thursday, September sixteenth, with the technician arriving between nine and eleven a.m., or Monday, September twentieth, arriving between one and three p.m.",
               "An adult needs to be home to let him in and show him the attic hatch; please keep the pets inside and the driveway clear for the ladder truck",
               "It's a twenty-five percent deposit, so seventy dollars, by Saturday, September eighteenth, card over the phone, fully refundable up to twenty-four hours before the visit",
               "The balance is due when we finish, card or check; we don't take cash",
               "The technician comes back about five days after the first visit, for about thirty minutes, to take the one-way door off and seal the hole; that's included",
               "I can't promise no animal will ever find another way in, and I can't tell over the phone whether an animal is sick",
               "we don't repair roofs, soffits or gutters", "fifty-seven Laurel Hollow Road", "eight two eight, five five five, oh one three seven"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (um, uh, okay), all figures in words, address and phone in words. Step 2 (both lines in one turn) surfaces the hidden "
            "concern (Ruth's Alzheimer's, night wandering, Karen only on Mondays). Turn 4 is a monologue with both options and the no-kill "
            "part of step 5's third line. Turn 6 answers the veterans' discount and gives step 4. Turn 8 carries all of step 5. $70 = 25% of "
            "$280; the card fixes the deposit at $70 even with the $25 veterans' discount, and the rep follows the card. Choice: exclusion "
            "(his), Monday, September 20, 1-3 p.m. (Karen's day)."),
    L("attic-wildlife-02.txt", AW, "A", W2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Exclusion $280: inspect roofline + attic, one-way door on the entry hole, mesh weak spots, come back & seal. ~2 hrs 1st visit; 1-yr warranty on sealed points",
               "Exclusion + attic cleanup $640: same + droppings & soiled insulation out, attic floor disinfected. ~5 hrs 1st visit; 2-yr warranty on sealed points",
               "Thu Sep 16, arrival 9–11 a.m. / Mon Sep 20, arrival 1–3 p.m.",
               "Adult home to let the tech in + show the hatch; pets in, driveway clear for the ladder truck",
               "Deposit 25% = $160, by Sat Sep 18, card by phone; full refund up to 24 hrs before", "Balance at finish, card/check, no cash",
               "Check-back ~5 days after 1st visit, ~30 min, included: door off, hole sealed",
               "no promise nothing ever finds a new way in; can't tell by phone if an animal's sick",
               "No trap-and-kill, no poison, no roof/soffit/gutter repair", "57 Laurel Hollow Rd", "(828) 555-0137"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Terse with abbreviations and symbols ((a)/(b), A)/B), ~, +, &, ☎), 'Thu Sep 16' style dates. Step 2's two lines are (a) and "
            "(b); he answers 'Me and my wife. We're fine.', so the Alzheimer's concern stays hidden (his choice). Choice: exclusion with "
            "cleanup (his), Thu Sep 16, 9-11 a.m.; $160 = 25% of $640. The callee ends (condition 1) after a correct read-back."),
    L("attic-wildlife-03.txt", AW, "A", W3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["We don't trap-and-kill or use poison; a one-way door lets them leave on their own",
               "Please don't go up there or block anything; if the hole is blocked with animals inside, they tear their way into the house",
               "we seal the entry hole with steel mesh, but repairing the roof, soffit or gutter is a job for a roofer",
               "The exclusion is $280: we inspect the roofline and the attic, put a one-way door on the entry hole, mesh the other weak spots, then come back and seal the hole. About 2 hours the first visit, with a 1-year warranty on every point we seal",
               "The exclusion with attic cleanup is $640: the same, plus removing the droppings and soiled insulation and disinfecting the attic floor. About 5 hours the first visit, with a 2-year warranty on every point we seal",
               "Thursday, September 16, with the technician arriving between 9 and 11 a.m., or Monday, September 20, arriving between 1 and 3 p.m.",
               "An adult needs to be home to let him in and show him the attic hatch; please keep the pets inside and the driveway clear for the ladder truck",
               "$25 off for veterans; nothing else",
               "It's a 25% deposit, $70, by Saturday, September 18, card over the phone, fully refundable up to 24 hours before the visit",
               "The balance is due when we finish, card or check; we don't take cash",
               "The technician comes back about 5 days after the first visit, for about 30 minutes, to take the door off and seal the hole; that's included",
               "I can't promise no animal will ever find another way in, and I can't tell over the phone whether an animal is sick",
               "57 Laurel Hollow Road", "(828) 555-0137"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits"],
      notes="Customer-led: three questions first (kill it? block the hole myself? fix the soffit?), answered from the Q&A at turn 2, which "
            "carries the no-kill and no-roof-repair parts of step 5's third line. Step 2 at turn 4 surfaces the Alzheimer's concern. "
            "Veterans' discount asked after the slot. Choice: exclusion (his: 'five hours of strangers, no'), Monday, September 20, 1-3 p.m.; "
            "$70 = 25% of $280 (the card's figure, kept although he gets $25 off)."),
    L("attic-wildlife-04.txt", AW, "B", W1, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["the exclusion at $280, or the exclusion with attic cleanup at $640",
               "The cleanup one also takes out the droppings and the insulation and disinfects the attic",
               "Thursday, September 16, 9 to 11 a.m., or Monday, September 20, 1 to 3 p.m.",
               "25% deposit, $70, by Saturday, September 18, by card. No cash", "57 Laurel Hollow Road", "(828) 555-0137"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Does it have rabies?"],
      style=["thin_steps", "dodged_question", "step_skipped"],
      notes="Step 2 skipped entirely: no question about what he hears, contact with the animal, the living space, or who is home. 'Does it "
            "have rabies?' (the raccoon is out in daytime, walking funny) is dodged ('Let's not get into that right now, let's get you "
            "booked'; the card's answer is 'I can't tell over the phone, don't go near it'). Step 3 is split over turns 2 and 4 and gives "
            "no contents of the exclusion, durations or warranties. Step 4 thin (no adult/hatch/pets/driveway line); step 5 thin (no refund "
            "rule, no check-back visit, no no-promise line). Choice: exclusion, Monday, September 20 (his)."),
    L("attic-wildlife-05.txt", AW, "B", W5, {1: [0], 2: [2], 3: [4]},
      correct=["The exclusion is $280: we inspect the roofline and the attic, put a one-way door on the entry hole so the animals leave on their own, mesh the other weak spots, then come back and seal the hole; about 2 hours the first visit, 1-year warranty on every point we seal",
               "The exclusion with attic cleanup is $640: the same, plus removing the droppings and soiled insulation and disinfecting the attic floor; about 5 hours, 2-year warranty",
               "We don't trap-and-kill or use poison. The one-way door lets them leave on their own", "Friday, September 17, at 10 a.m."],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["will they come back?"],
      style=["thin_steps", "dodged_question", "callback"],
      notes="Step 2 thin: only 'what are you hearing, and since when?' (no contact/bite question, no question about who is home), so the "
            "hidden concern never comes up. The 'can't you just kill it?' Q&A is answered (turn 6) but does not count for step 5, which is "
            "never reached. 'Will they come back?' is dodged ('Don't worry about that for now'). He wants to ask his daughter Karen; "
            "call-back Friday, September 17, 10 a.m. Steps 4-6 not reached; condition 2, legitimate."),
    L("attic-wildlife-06.txt", AW, "C", W6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["57 Laurel Hollow"],
      invented=[("the exclusion is $250", D), ("done in forty-five minutes", W), ("we give a lifetime warranty", N),
                ("The cleanup package is eight-fifty", W), ("with a five-year warranty", W), ("no extra charge", N),
                ("Veterans get fifteen percent off", W), ("Friday the 16th", D), ("Sunday the 19th", D), ("we're open Sundays in the fall", N),
                ("Deposit's thirty percent up front", W), ("seventy-five dollars", W), ("due by tomorrow", N), ("it's non-refundable", N),
                ("(828) 555-0173", D)],
      forbidden=["once we're done they'll never come back, guaranteed", "that one's definitely rabid", "We'll trap it and put it down for you",
                 "We'll rebuild the soffit and fix the gutter while we're up there", "and seniors another ten", "Cash to the tech is fine too",
                 "go up tonight and stuff some rags in that hole"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_weekday", "wrong_phone"],
      notes="15 invented (4 digits, 6 words, 5 none): exclusion $250 ($280), 'forty-five minutes' (about 2 h), lifetime warranty (1 year), "
            "cleanup eight-fifty ($640), five-year warranty (2), 'no extra charge' for the kill, veterans fifteen percent ($25), 'Friday "
            "the 16th' (a Thursday; unparsed form), 'Sunday the 19th' (closed Sundays; not a slot), open Sundays in the fall, deposit thirty "
            "percent (25%), seventy-five dollars = 30% of the wrong $250 (right: $70), due by tomorrow (by Saturday, September 18), "
            "non-refundable, (828) 555-0173 ((828) 555-0137). 7 red lines: 'never come back, guaranteed', rabies judged by phone, "
            "trap-and-kill, soffit and gutter repair, a senior discount, cash, 'go up and stuff rags in the hole'. Step 2 missing; step 3 "
            "has no 'which one?' and no contents; step 4 with wrong slots. Opening thin (no surname, company short). Ending holds literally "
            "(read-back, 'Fine')."),
    L("attic-wildlife-07.txt", AW, "C", W1, {1: [0], 2: [2], 5: [8]},
      correct=["Deposit is 25%, $160, by Saturday, September 18, card over the phone"],
      invented=[("bats don't bite sleeping people, that's a myth", N), ("No need to see a doctor for a scratch, just put a bandage on it", N),
                ("animal control won't come out for that", N), ("The bat will fly out on its own in 2 days", D)],
      forbidden=["that raccoon's not rabid, it's just scared", "go up in the attic and stuff something in the hole", "I'll book you the cleanup package"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "unsafe_advice", "choice_made_for_customer"],
      notes="Condition 4 several times over: a bat in the bedroom where Ruth slept all night, a raccoon loose in the house (pantry), and a "
            "bleeding scratch from grabbing it bare-handed; he asks about a doctor and animal control. 4 invented (1 digits, 3 none): 'bats "
            "don't bite sleeping people', 'no doctor needed for a scratch', 'animal control won't come out', 'the bat flies out in 2 days'. "
            "3 red lines: rabies ruled out by phone, 'go up in the attic and block the hole', the cleanup package chosen for him (the slot "
            "Thursday, September 16, 9-11 a.m. is a real slot, imposed; not labelled). Step 2 counts for its first line. Steps 3-4 not "
            "counted (imposed); step 5 for the deposit line; no read-back. Illegitimate ending: condition 4 closed as booked, [END:1]."),
    L("attic-wildlife-08.txt", AW, "C", W8, {1: [0], 3: [2]},
      correct=["the exclusion is $280 and the exclusion with attic cleanup is $640"],
      invented=[("Our office closes at four", W), ("the deposit is only 10%", D), ("Raccoon jobs come with a free gutter guard this month", N),
                ("we're closed Fridays anyway", N)],
      forbidden=["book today, because they'll have babies up there by next week", "The price goes up twenty percent on October 1st, so the sooner the better"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="4 invented (1 digits, 1 words, 2 none): office closes at four (6 p.m.), deposit 10% (25%), a free gutter guard, 'closed "
            "Fridays' (open Monday to Friday). 2 red lines, both the card's pressure rule: 'book today, they'll have babies up there', "
            "'price goes up twenty percent on October 1st'. Step 3 only the two prices; the deposit remark is not counted for step 5 (no "
            "line's content beyond a wrong percentage). Illegitimate ending: he asks three times to be called back ('Can you call me back "
            "Thursday evening?', 'Call me Friday morning', 'I'm asking you to call me back Friday.'; condition 2) and the rep closes with "
            "the refusal line, [END:3]."),
    L("installment-01.txt", IN, "A", I1, {1: [0], 2: [2], 3: [6], 4: [10], 5: [10]},
      correct=["这期账单可以分三期、六期或者十二期还，每期手续费率分别是百分之零点七五、百分之零点七和百分之零点六五",
               "一万二分六期，每期本金两千，手续费八十四块", "总共就是五百零四", "可以提前还清，但剩余期数的手续费照常收取",
               "正常按期还款不会影响征信，分期记录只显示为正常还款", "您可以挂断后拨打卡片背面的客服电话九五五八八核实，我的工号是六零二一",
               "分期办理后不能提前取消", "分期也不影响您的额度恢复，每还一期就恢复相应额度", "办好后会发短信通知您"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "numerals_in_words", "merged_steps", "phone_in_words"],
      notes="Customer-led ('手续费多少，直接说'), all figures in Chinese words, 95588 and the staff number read in words. Turn 0 is the card's "
            "opening (step 1's two lines merged). Turn 4 answers the 'any other fees / early repayment' Q&A (504 in total; early repayment "
            "allowed, remaining fees charged). Turn 6 answers the credit-record Q&A and asks step 3. Turn 8 answers the 'are you a scam?' "
            "Q&A. Turn 10 gives step 4 (no cancellation, limit restored each period) and step 5. Choice: 6期 (his). 84 = 2000 x 0.7%."),
    L("installment-02.txt", IN, "B", I2, {1: [0], 2: [2], 5: [6]},
      correct=["看到您这期账单有一笔12000元的大额消费，今天来电跟您介绍一下账单分期",
               "可以分3期、6期或者12期，每期手续费率分别是0.75%、0.7%和0.65%", "12000元分6期，每期本金2000元，手续费84元",
               "办好后会发短信通知您"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["分期会影响征信吗？"],
      style=["dodged_question", "choice_made_for_customer", "step_skipped", "digits"],
      notes="'分期会影响征信吗？' dodged ('这个您先别担心'). Step 3 not counted: the rep picks 6期 for him ('我直接给您办6期吧') without "
            "offering the choice; he goes along ('……行吧，6期'). Bundled card without a not-allowed list, so this is a style tag only. "
            "Step 4 (no cancellation, early repayment, limit) skipped. Opening without 'is now convenient?'. Ending: he confirms, condition 1."),
    L("installment-03.txt", IN, "C", I3, {1: [0], 2: [2]},
      correct=["分3期、6期、12期都行"],
      invented=[("费率统一0.6%", D), ("每期手续费才72块", D), ("提前还清的话剩下的手续费全免", N), ("办了之后随时可以取消", N),
                ("最低还款是账单的百分之五", W), ("也就是九百二十五", W), ("而且不计利息", N), ("您打95566核实就行", D),
                ("我工号是6012", D), ("分期也不上征信，查不到的", N), ("12期更划算", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "choice_made_for_customer", "terse", "wrong_phone"],
      notes="11 invented (5 digits, 2 words, 4 none): a flat 0.6% rate (0.75/0.7/0.65%), 72 per period = 0.6% of 12000 (right: 84), early "
            "repayment waives the remaining fees (charged), 'cancel any time' (cannot be cancelled), minimum 百分之五 (10%), 九百二十五 = "
            "5% of 18500 (right: 1850), 'no interest' (daily interest), 95566 (95588), staff number 6012 (6021), 'not on the credit "
            "record at all' (shows as normal repayment), '12期更划算' (12 periods cost more in total: 936 vs 504). 12期 is imposed after he "
            "asked for 6期 (style tag only; bundled card). Step 3 not counted; step 4 not counted (its content is contradicted); step 5 "
            "missing (no 'do you confirm?' before closing). Opening thin. Ending holds literally ('行吧，那就12期')."),
    L("installment-04.txt", IN, "C", I1, {1: [0], 2: [2]},
      correct=["12000分6期，每期手续费84元"],
      invented=[("另外还有一笔两百块的账户管理费", W), ("提前还清要收剩余本金百分之三的违约金", W), ("今天办的话免首期手续费", N)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending", "pushy"],
      notes="3 invented (0 digits, 2 words, 1 none): a 两百块 account fee (no other fees), a 百分之三 early-repayment penalty (only the "
            "remaining fees), 'first period free if you sign today'. Illegitimate ending: '不办了，以后别再打这种电话了。' and '不办。挂了。' "
            "(condition 3) closed with the second closing line, which promises to text the plan, [END:2]."),
    L("isp-visit-01.txt", IS, "A", T1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6, 8]},
      correct=["our line test found a fault at the wall socket, so a technician needs to replace it at your home",
               "The repair itself takes about an hour and there's no charge for it; the visit and the new socket are free because the fault is on our side",
               "you'll get a credit of fifteen dollars on your next bill for the days the line was slow",
               "I can book a technician on Tuesday or Thursday, morning or afternoon. Which suits you?",
               "The technician will text you thirty minutes before arriving", "he'll test the speed with you before leaving",
               "Someone over eighteen needs to be home to let the technician in. Will that be you?",
               "call one eight hundred, five five five, oh one nine nine at least four hours before the slot and we'll move it for free",
               "Shall I confirm the booking?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "numerals_in_words", "phone_in_words", "latent_concern_surfaces"],
      notes="Customer-led ('Finally. How soon can you fix it? And does the visit cost anything?'). Turn 2 gives step 2 with the 'is it "
            "charged?' Q&A. Turn 4 answers the refund Q&A ($15 credit, in words) and asks step 3. Her latent worry about lateness surfaces "
            "('He'd better not be late'); the rep makes no punctuality promise. Turn 6 gives step 5's text line and step 4. Turn 8 gives the "
            "'not home' Q&A with the phone number in words, then 'Shall I confirm the booking?'. Choice: Thursday afternoon (hers)."),
    L("isp-visit-02.txt", IS, "B", T2, {1: [0], 2: [2], 4: [6], 5: [6]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to replace it at your home",
               "It takes about an hour and there's no charge", "The technician will text you thirty minutes before arriving",
               "Shall I confirm the booking?"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Do I get anything back for this week?"],
      style=["dodged_question", "choice_made_for_customer", "thin_steps"],
      notes="'Do I get anything back for this week?' dodged ('Let's focus on getting it fixed first'; the card's answer is a $15 credit). "
            "Step 3 not counted: Tuesday afternoon is imposed ('I'll put you down for Tuesday afternoon') without offering Tuesday/Thursday, "
            "morning/afternoon; she accepts (style tag only; bundled card). Step 4 thin ('You'll be home?', no over-18 rule). Opening "
            "without 'do you have a minute?'. Ending: she books and says she'll be home, condition 1."),
    L("isp-visit-03.txt", IS, "C", T3, {1: [0], 2: [2], 5: [8]},
      correct=["a technician has to come out"],
      invented=[("We found a fault in the street cabinet", N), ("It's about three hours of work", W), ("there's a fifty-dollar call-out fee", W),
                ("You'll get a $25 credit", D), ("we'll double your speed for free for three months", W), ("we do Saturdays and Sundays now", N),
                ("I'll put you down for Monday morning", N), ("Anyone can let him in, your son's fine even if he's alone", N),
                ("The tech texts you two hours before", W), ("call 1-800-555-0919", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "choice_made_for_customer", "terse", "wrong_phone"],
      notes="10 invented (2 digits, 4 words, 4 none): fault in the street cabinet (wall socket), three hours (about one), a fifty-dollar "
            "call-out fee (free), a $25 credit ($15), doubled speed for three months, Saturday and Sunday visits (Saturday mornings only, "
            "in two weeks), Monday morning (only Tuesday/Thursday; also imposed on her, style tag), 'your 16-year-old son can let him in' "
            "(over 18), text two hours before (thirty minutes), 1-800-555-0919 (1-800-555-0199). Step 2 counted with wrong content; step 3 "
            "not counted (imposed, not offered); step 4 not counted (contradicted); step 5 for the text line with a wrong time, no 'shall I "
            "confirm?'. Opening thin. Ending holds literally ('Fine, Monday', 'I'll be home anyway')."),
    L("isp-visit-04.txt", IS, "C", T4, {1: [0], 2: [2], 3: [4]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to replace it at your home", "The repair itself takes about an hour",
               "I can book a technician on Tuesday or Thursday, morning or afternoon. Which suits you?"],
      invented=[("otherwise it's a $40 missed-visit charge", D), ("the Thursday ones are nearly gone", N), ("Weekends are only every other Sunday", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy"],
      notes="3 invented (1 digits, 0 words, 2 none): a $40 missed-visit charge (the visit is free), 'the Thursday ones are nearly gone' "
            "(pressure; no not-allowed list, so labelled invented), 'weekends only every other Sunday' (Saturday mornings). Illegitimate "
            "ending: she wants to check her calendar and asks twice for the options by text (condition 2); no slot is chosen and nobody "
            "confirmed being home, yet the rep closes with the booking line, [END:1]."),
]


if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
