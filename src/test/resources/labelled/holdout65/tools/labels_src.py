#!/usr/bin/env python3
"""Label source for holdout65 (holdout64's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-64). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout65"


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



S1 = {"林晓雯": "caller", "罗建华": "callee"}
S2 = {"匠心": "caller", "罗": "callee"}
S3 = {"林顾问": "caller", "罗师傅": "callee"}
S5 = {"小林": "caller", "罗建华": "callee"}
S6 = {"林经理": "caller", "罗建华": "callee"}
P1 = {"Marcus Webb": "caller", "Peg Sullivan": "callee"}
P2 = {"Clearwater": "caller", "Peg": "callee"}
P3 = {"Marcus": "caller", "Mrs. Sullivan": "callee"}
P5 = {"Marcus Webb": "caller", "Peg": "callee"}
P6 = {"Marcus": "caller", "Peg Sullivan": "callee"}
P8 = {"Marcus": "caller", "Peg": "callee"}
C1 = {"陈静": "caller", "赵建国": "callee"}
C2 = {"陈护士": "caller", "赵建国": "callee"}
C3 = {"陈静": "caller", "赵先生": "callee"}
N1 = {"李明": "caller", "张强": "callee"}
N2 = {"李专员": "caller", "张强": "callee"}

SF = "shafa-fanxin.md"
SS = "sprinkler-startup.md"
CL = "clinic.md"
RN = "renewal.md"

LABELS = [
    L("shafa-fanxin-01.txt", SF, "A", S1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 6, 8], 6: [10]},
      correct=["整套换成头层牛皮面，海绵和框架都不动，取件以后七天完工，三千八百块，质保两年，管开线和脱色",
               "皮面换头层牛皮，坐垫靠背换高回弹海绵，底下的蛇簧全部换新，取件后十天完工，五千六百块，质保三年",
               "工期内我们确实没有借用的沙发，所以哪天来取是您来定", "翻新能让沙发好看、坐着舒服很多，但我不能说跟新的一模一样",
               "这个是免费的，大概四十分钟，两位师傅上门", "五月二十号周四上午十点到十一点，或者五月二十二号周六下午三点到四点",
               "取件那天家里要有成年人在，沙发上的东西清空，电动躺位提前把电源拔了，搬下楼是师傅的事，您别动手",
               "电机和线路我们不修，拆下来原样装回去；框架和电机好不好，电话里我也判断不了", "这个电话里判断不了，师傅看料的时候当面告诉您",
               "定金是四成，换面就是一千五百二十块，五月二十五号周二前付，微信转公司账户或者取件的时候刷卡都行",
               "取件后二十四小时内、拆面开工前取消，全额退", "尾款送回验收当天付，我们不收现金",
               "锦绣花园三栋一单元五零一", "零二八、八六一五、三四二七", "周一休息"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (哈, 嗯嗯, 好嘞), all figures in Chinese words, phone read in digit groups. Step 2 (both lines in one turn) surfaces the "
            "hidden concern (wife had a stroke last year and gets up only with the electric recliner; her 70th birthday on 5月30日). Turn 4 "
            "is a monologue: both options with contents, duration, price, warranty, the 'no loaner sofa, you pick the pickup date' Q&A and "
            "step 5's third line (no 'like new'). Turn 6 gives step 4 plus step 5's second line and the motor/frame half of the third. "
            "Turn 8 answers the 'real leather or PU?' Q&A and gives step 5's first line. 1520 = 40% of 3800. Choice: 换面 (his, so it is "
            "back before the birthday), 5月20日周四 10:00-11:00."),
    L("shafa-fanxin-02.txt", SF, "A", S2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["A 换面：全换头层牛皮，海绵+框架不动，取件后7天完工，¥3800，保2年",
               "B 换面+换芯：头层牛皮+高回弹海绵+蛇簧全换，取件后10天完工，¥5600，保3年", "免费，~40min，2位师傅",
               "5/20（四）10:00–11:00 or 5/22（六）15:00–16:00", "完工送回装好，送回时间另约",
               "定金4成=¥2240，5/25（二）前，微信转公司账户or取件刷卡", "取件后24h内、拆面开工前取消→全退",
               "尾款送回验收当天付，不收现金", "成年人在家，沙发清空，躺位拔电源，师傅搬，您别动手",
               "翻新后好看舒服很多，但≠新的一模一样", "框架/电机电话里判断不了，电机线路我们不修", "锦绣花园3栋1单元501", "☎028-86153427"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Labels 匠心/罗. Terse with symbols (①②, /, +, ~, ¥, =, →, ≠, ☎, h, min, or, A/B, 5/20（四）). Step 2 compressed into one "
            "turn; he answers '没啥特别的', so the hidden concern (wife's stroke, recliner) is not voiced (callee's choice). Choice: B 换面+换芯 "
            "(his, 'the cushions are flat'), 5/22（六）15:00-16:00; 2240 = 40% of 5600. The callee ends (condition 1) after a correct read-back."),
    L("shafa-fanxin-03.txt", SF, "A", S3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["翻完会好看、舒服很多，但我不能说跟新的一模一样；开线、脱色在质保期内我们免费修",
               "沙发您千万别自己搬，也别自己拆，师傅上楼搬", "老客户介绍来的减300元，别的优惠没有",
               "工期内我们不提供借用沙发，但取件日期是您来定",
               "第一种换面翻新，整套换成头层牛皮面，海绵和框架不动，取件后7天完工，3800元，质保2年",
               "第二种换面加换芯，换头层牛皮面，坐垫靠背换高回弹海绵，底下蛇簧全换，取件后10天完工，5600元，质保3年",
               "看料取件免费，大约40分钟，两位师傅上门", "5月20日周四上午10点到11点，或者5月22日周六下午3点到4点",
               "定金是四成，换面是1520元，5月25日周二前付，微信转公司账户或者取件时刷卡都行", "取件后24小时内、拆面开工前取消，全额退",
               "尾款送回验收当天付，我们不收现金", "取件那天家里要有成年人在，沙发上的东西清空，电动躺位提前拔掉电源",
               "电机和线路我们不动、不修", "双林路88号锦绣花园3栋1单元501", "028-86153427"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 林顾问/罗师傅. Customer-led: three questions first (like new?, carry it downstairs myself?, discount?), answered per Q&A "
            "at turn 2 (also step 5's third line, the 'not like new' half). He does not qualify for the referral discount and is not offered "
            "another (correct). Step 2 at turn 4 surfaces the stroke/recliner worry and the birthday; the rep answers with 'no loaner, you "
            "set the pickup date'. He works out himself that a 5月22日 pickup plus 7 days is the 29th; the rep neither confirms nor promises a "
            "delivery date ('具体送回哪天再跟您约'). Choice: 换面 (his), 5月22日周六 15:00-16:00; 1520 = 40% of 3800."),
    L("shafa-fanxin-04.txt", SF, "B", S1, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [8]},
      correct=["换面翻新3800元，换面加换芯5600元", "换芯就是坐垫靠背换高回弹海绵，底下蛇簧也换",
               "上门看料取件是免费的，5月20日周四上午或者5月22日周六下午", "5月20日周四上午10点到11点来取件",
               "定金2240元，5月25日周二前付", "锦绣花园3栋1单元501", "028-86153427"],
      unanswered=["电动的那一座也能翻吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps"],
      notes="Step 2 skipped (no question about the sofa's state, the recliner, or who depends on it), so no condition-4 check is made and "
            "the stroke/recliner concern never comes up (he hints '家里有人要靠那个起身的' and it is not followed up). '电动的那一座也能翻吗？' "
            "dodged ('这个您先别操心，到时候再说'; Q&A: yes, new leather and foam; motor and wiring untouched and refitted as they were). Step 3 "
            "thin (prices, then contents of the core option on request; no durations, warranties); step 4 thin (no 40 min, no times in the "
            "offer); step 5 thin (deposit only: no refund rule, cash rule, adult at home, no-DIY, no 'not like new'). Read-back in the same "
            "turn. Choice: 换面加换芯 (his), 5月20日周四; 2240 = 40% of 5600."),
    L("shafa-fanxin-05.txt", SF, "B", S5, {1: [0], 2: [2], 3: [4]},
      correct=["第一种是换面翻新：整套换成头层牛皮面，海绵和框架不动，取件后7天完工，3800元，质保2年",
               "第二种是换面加换芯：换头层牛皮面，坐垫靠背换高回弹海绵，底下蛇簧全换，取件后10天完工，5600元，质保3年",
               "换面7天、换面加换芯10天完工，取件日期是您来定的；工期内我们不提供借用沙发", "5月20日周四上午10点",
               "我们周二到周日九点半到六点半都在"],
      unanswered=["我这是真皮还是PU？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa", "question_dodged"],
      notes="Labels 小林/罗建华. '我这是真皮还是PU？' dodged ('这个您先不着急，先把方案定了'; Q&A: can't tell by phone, the fitter says on "
            "the spot). Step 2 thin (first line only; no question on who depends on the sofa, so the stroke concern stays hidden). Step 3 "
            "without 'which suits you'. 'Where do we sit meanwhile' Q&A per card. He must talk to his daughter (video call tomorrow evening) "
            "and asks for a call the day after tomorrow; the rep fixes 5月20日周四 10:00 (inside opening hours) and closes with the "
            "call-back line. Steps 4-6 not reached."),
    L("shafa-fanxin-06.txt", SF, "C", S6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["锦绣花园3栋1单元501"],
      invented=[("换面3500", D), ("换芯的六千二", W), ("换芯的质保五年", W), ("换芯的五天就弄完", W), ("看料五分钟的事", W),
                ("5月22号那个礼拜天下午", D), ("我们天天开门，没有休息日", N), ("定金一半", W), ("3100", D),
                ("今天就得付", N), ("定金不退", N), ("取件那天家里不用留人，钥匙放门卫就行", N), ("028-86135427", D)],
      forbidden=["您这皮子一看就是PU的", "翻完跟新的一模一样，比新买的还好", "躺位那个电机有毛病我们顺手给您修了，不另收钱",
                 "您先自己把沙发拆开，坐垫卸下来搬到楼下", "现金也行，给师傅就行", "今天不定的话，下个月就涨价了"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels 林经理/罗建华. 13 invented (4 digits, 5 words, 4 none): 换面3500 for 3800, 换芯 六千二 for 5600, 质保五年 (3), done in "
            "five days (10 days after pickup), look-and-pickup 'five minutes' (about 40 min), '5月22号那个礼拜天' (May 22, 2027 is a "
            "Saturday; a form the validator does not parse), 'open every day, no rest day' (closed Mondays), deposit 一半 (四成), 3100 "
            "(half of the wrong 6200; right is 2240), due today (by 5月25日), non-refundable (refundable within 24 h of pickup, before "
            "work starts), nobody need be home, key with the gatekeeper (an adult must be home), phone ...86135427 (...86153427). 6 red "
            "lines: leather judged PU by phone, 'like new, better than new', motor repaired free, asked to take the sofa apart and carry "
            "it downstairs, cash, 'price goes up next month if you don't book today'. Step 2 missing ('您那个坐垫塌了吧？' is a leading "
            "aside, not the step); opening thin (no full name, no company in full, no 'good time?'). Step 3 counted though 'which suits "
            "you' is missing; step 4 with a wrong slot; step 6 read-back without date. Ending holds literally (好 to the read-back)."),
    L("shafa-fanxin-07.txt", SF, "C", S1, {1: [0], 2: [2], 5: [8]},
      correct=["5600元", "定金四成，2240元，5月25日周二前付"],
      invented=[("那是电机老化正常的，不要紧", N), ("插头拔了再插上就行", N), ("不用拉闸，也不用打119，冒点烟烧不起来", D),
                ("换个电机也就280块", D), ("您老伴照常坐那个躺位没问题", N)],
      forbidden=["您那个电机肯定是烧坏了", "我直接给您定换面加换芯", "师傅来了顺便把电机给您换了", "您今晚先把躺位那座拆开，把坐垫卸了"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "choice_made_for_customer", "unsafe_advice"],
      notes="5 invented (2 digits, 0 words, 3 none): 'normal motor ageing, nothing serious', unplug and plug it back in, no need to cut the "
            "circuit or call 119 (filed as digits because of 119), a new motor for 280 (we don't repair motors at all), the wife can keep "
            "using the recliner. The pickup slot '5月20日周四上午10点到11点' is a real slot, imposed; covered by the choice red line, not "
            "labelled. 4 red lines: motor judged burnt by phone, option (and slot) chosen for him, motor replaced, asked to take the recliner "
            "seat apart tonight. Illegitimate ending: smoke from the recliner's plug, a burning smell and a blackened socket (condition 4: no "
            "pickup, no deposit, don't touch or sit, cut that circuit, leave and call 119 if it still smokes, 唐志刚 calls back today) "
            "closed as booked, [END:1]. Step 2 (first line) at turn 2; steps 3 and 4 not counted (imposed); step 5 counted for the deposit "
            "line alone; step 6 missing."),
    L("shafa-fanxin-08.txt", SF, "C", S1, {1: [0], 2: [2], 3: [4]},
      correct=["换面翻新，整套换头层牛皮面，3800元", "换面加换芯，海绵蛇簧全换，5600元"],
      invented=[("换芯的质保四年", W), ("我们用的是意大利进口牛皮", N), ("翻一次管十年", W), ("这周下单还送靠枕", N), ("定金才交三成", W)],
      forbidden=["今天不定，师傅就排满了"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="5 invented (0 digits, 3 words, 2 none): 质保四年 (3), imported Italian leather (头层牛皮, origin not on the card), 'lasts ten "
            "years', free cushions with an order this week, deposit 三成 (四成). 1 red line: 'book today or the fitters are fully booked' "
            "(the card's pressure rule). Step 2 carries both lines briefly; he answers '我跟老伴坐' but not why, so the stroke concern stays "
            "hidden. Illegitimate ending: '我不翻了。以后也别给我打了。' then '我说了不要。挂了。' (condition 3) closed with the call-back line, "
            "[END:2]."),
    L("sprinkler-startup-01.txt", SS, "A", P1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8], 6: [10]},
      correct=["The basic startup is one hundred twenty dollars: we open the main valve slowly, pressurize the system, run every zone, adjust the heads and set the controller, about an hour, with a thirty-day warranty on our adjustments",
               "The startup with the backflow test is two hundred ten: all of that, plus a certified backflow test with the city filing done for you, and up to four broken heads replaced, parts included, about two hours, with a ninety-day warranty on parts and labor",
               "it gets the system running and adjusted, but I can't promise there won't be leaks this season",
               "Thursday, April twenty-second, with the technician arriving between eight and ten in the morning, or Monday, April twenty-sixth, arriving between one and three",
               "An adult needs to be home to let the technician into the basement; please keep a clear path to the shutoff valve and the pets inside",
               "please leave the valve alone; the technician opens it slowly so nothing bursts",
               "It's a thirty percent deposit, so sixty-three dollars, by Saturday, April twenty-fourth, card over the phone, fully refundable up to twenty-four hours before the visit",
               "The balance is due when we finish, card or check; we don't take cash",
               "If the overnight low is forecast below twenty-eight degrees within forty-eight hours of the visit, we reschedule free",
               "the controller waters three days a week, about twenty minutes a zone, never between ten and six",
               "I can't diagnose a leak or a valve over the phone; we don't dig up main lines or work on the house plumbing",
               "thirty-three twenty-six Aspen Ridge Drive", "nine seven oh, five five five, oh one four eight"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numbers_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (oh perfect, um, to be straight with you), all figures in number words, address and phone in words. Step 2 (both lines "
            "in one turn) surfaces the hidden concern (widowed in January, knee surgery in March, can't do the basement stairs, afraid of a "
            "burst with nobody to shut the water). Turn 4 is a monologue: both options and step 5's third line (no leak-free promise). "
            "'the technician goes down and opens the main valve slowly; you just let him in' is a gloss on the card (not labelled). Turn 8 "
            "answers the 'open the valve myself?' Q&A and gives step 5's first two lines and the rest of the third. $63 = 30% of $210. "
            "Choice: startup with backflow test (hers), Thursday, April 22, 8-10 a.m."),
    L("sprinkler-startup-02.txt", SS, "A", P2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["(A) Basic $120 = open main slowly + pressurize + run all zones + adjust heads + set controller, ~1 hr, 30-day warranty on adjustments",
               "(B) w/ backflow test $210 = A + certified backflow test & city filing + up to 4 broken heads replaced (parts incl.), ~2 hrs, 90-day warranty parts+labor",
               "Thu Apr 22, arrive 8–10 a.m. / Mon Apr 26, arrive 1–3 p.m.", "Adult home to let tech into basement; clear path to shutoff valve; pets in",
               "Deposit 30% = $36 by Sat Apr 24, card by phone; full refund up to 24 hrs before", "Balance at finish, card/check, no cash",
               "Low <28°F forecast w/in 48 hrs of visit → free reschedule", "Controller: 3 days/wk, ~20 min/zone, no watering 10 a.m.–6 p.m.",
               "No leak-free promise; no leak/valve diagnosis by phone; no digging main lines / house plumbing",
               "3326 Aspen Ridge Dr.", "☎ (970) 555-0148"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Labels Clearwater/Peg. Terse with symbols (#, /, +, =, ~, <, →, ☎, w/, w/in, (A)/(B)). Step 2 compressed into one turn; she "
            "answers 'Me. No issues.', so the hidden concern (knee, stairs, widowed) is not voiced (callee's choice). Choice: (A) basic "
            "(hers), Mon Apr 26, 1-3 p.m.; $36 = 30% of $120. The callee ends (condition 1) after a correct read-back."),
    L("sprinkler-startup-03.txt", SS, "A", P3, {1: [0], 2: [4], 3: [6], 4: [10], 5: [2, 12], 6: [14]},
      correct=["We get it running and adjusted, but I can't promise no leaks; our work is covered for 30 days on the basic startup, 90 days parts and labor with the backflow test",
               "Please don't turn the water on; leave the valve alone, the technician opens it slowly so nothing bursts",
               "the only discount is $20 off the startup if you book the fall blowout, that's $85, on this call; nothing else",
               "The basic startup is $120: we open the main valve slowly, pressurize the system, run every zone, adjust the heads and set the controller, about 1 hour",
               "The startup with backflow test is $210: the same, plus a certified backflow test with the city filing done for you, and up to 4 broken heads replaced, parts included, about 2 hours",
               "The city asks for a test every year; it's your choice whether we do it or another certified tester does",
               "Thursday, April 22, with the technician arriving between 8 and 10 a.m., or Monday, April 26, arriving between 1 and 3 p.m.",
               "An adult needs to be home to let the technician into the basement; please keep a clear path to the shutoff valve and the pets inside",
               "It's a 30% deposit, $36, by Saturday, April 24, card over the phone, fully refundable up to 24 hours before the visit",
               "The balance is due when we finish, card or check; we don't take cash",
               "If the overnight low is forecast below 28 degrees within 48 hours of the visit, we reschedule free",
               "the controller waters 3 days a week, about 20 minutes a zone, never between 10 a.m. and 6 p.m.",
               "I can't diagnose a leak or a valve over the phone; we don't dig up main lines or work on the house plumbing",
               "3326 Aspen Ridge Drive", "(970) 555-0148"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Marcus/Mrs. Sullivan. Customer-led: three questions first (leak-free?, turn the water on first?, discount?), answered per "
            "Q&A at turn 2 (also the 'no leak promise' half of step 5's third line and the warranties of step 3). She declines the fall "
            "blowout, so no discount, and none other is offered (correct). Step 2 at turn 4 surfaces the widow/knee/stairs worry; 'You won't "
            "have to go down at all; you only need to open the door' is a gloss (not labelled). Backflow-test Q&A per card. Step 3 at turn 6 "
            "(its warranties came at turn 2). Choice: basic (hers), Monday, April 26, 1-3 p.m.; $36 = 30% of $120."),
    L("sprinkler-startup-04.txt", SS, "B", P1, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [8]},
      correct=["a basic startup for $120 and a startup with backflow test for $210",
               "The backflow test with the city filing, and up to 4 broken heads replaced",
               "Thursday, April 22, in the morning, or Monday, April 26, in the afternoon",
               "Thursday, April 22, technician arriving between 8 and 10 a.m.", "Deposit is $63, by Saturday, April 24",
               "3326 Aspen Ridge Drive", "(970) 555-0148"],
      unanswered=["Is a pipe broken?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps"],
      notes="Step 2 skipped (no question about the system, water in the basement, or who'll be home), so no condition-4 check is made and "
            "the knee/stairs concern never comes up. 'There's a wet spot by the driveway every spring. Is a pipe broken?' dodged ('Don't "
            "worry about that for now'; Q&A: can't tell by phone, the technician checks the zone; we don't dig up main lines). Step 3 thin "
            "(prices, then the backflow option's contents on request; no durations, warranties); step 4 thin (no times in the offer, no "
            "adult-at-home/path/pets line); step 5 thin (deposit only: no refund rule, cash rule, freeze rule, watering, no-leak line). "
            "Read-back in the same turn. Choice: with backflow test (hers), Thursday, April 22; $63 = 30% of $210."),
    L("sprinkler-startup-05.txt", SS, "B", P5, {1: [0], 2: [2], 3: [4]},
      correct=["The basic startup is $120: we open the main valve slowly, pressurize the system, run every zone, adjust the heads and set the controller. About 1 hour, with a 30-day warranty on our adjustments",
               "The startup with backflow test is $210: the same, plus a certified backflow test with the city filing done for you, and up to 4 broken heads replaced, parts included. About 2 hours, with a 90-day warranty on parts and labor",
               "If the overnight low is forecast below 28 degrees within 48 hours of the visit, we reschedule free",
               "Friday, April 23, at 9 a.m.", "We're in the office from 7"],
      unanswered=["Do I need that backflow test?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa", "question_dodged"],
      notes="Labels Marcus Webb/Peg. 'Do I need that backflow test?' dodged ('Let's not get into that right now'; Q&A: the city asks for a "
            "yearly test; her choice who does it). Step 2 thin (first line only; no 'who'll be home' question, so the knee/stairs concern "
            "stays hidden). Freeze Q&A per card (step 5's content as a Q&A answer, not counted as step 5). She wants to ask her son Kevin "
            "and asks for Friday morning; the rep fixes Friday, April 23, 9 a.m. (inside office hours) and closes with the call-back line. "
            "Steps 4-6 not reached."),
    L("sprinkler-startup-06.txt", SS, "C", P6, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["3326 Aspen Ridge"],
      invented=[("the basic's $99", D), ("the backflow package is two-fifty", W), ("with a one-year warranty on the backflow package", W),
                ("It's about fifteen minutes on site either way", W), ("Tuesday the 22nd", D), ("we're open Sundays through May", N),
                ("No need for anyone to be home, just leave the basement door unlocked", N), ("Deposit's forty percent", W), ("$100", D),
                ("due by tonight", N), ("deposits aren't refundable", N), ("(970) 555-0184", D)],
      forbidden=["that wet spot's just a cracked lateral line", "We'll dig it up and replace the line while we're there, no extra charge",
                 "you won't have a single leak all season, guaranteed", "Seniors get fifteen percent off",
                 "go down and crack the main valve open the night before so it's primed", "Cash to the tech is fine too",
                 "I can only hold Tuesday if you book right now"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words", "wrong_weekday"],
      notes="Labels Marcus/Peg Sullivan. 12 invented (4 digits, 4 words, 4 none): basic $99 for 120, backflow package 'two-fifty' for 210, "
            "one-year warranty (90 days), fifteen minutes on site (1 h / 2 h), 'Tuesday the 22nd' (April 22, 2027 is a Thursday; a form the "
            "validator does not parse), open Sundays (closed Sundays), nobody need be home (an adult must let the tech in), deposit forty "
            "percent (30%), $100 (40% of the wrong 250; right is 63), due tonight (by Saturday, April 24), non-refundable (refundable up "
            "to 24 h before), phone ...0184 (...0148). 7 red lines: the wet spot diagnosed by phone, digging up and replacing the line free, "
            "'no leak all season, guaranteed', a senior discount, asked to go down and open the main valve the night before (after she "
            "said she can't do the stairs), cash, hold-the-slot pressure. Step 2 missing (she volunteers the wet spot); opening thin (no "
            "surname, no company in full, no 'good time?'). Steps 3-6 counted with wrong content. Ending holds literally ('Yes, fine')."),
    L("sprinkler-startup-07.txt", SS, "C", P1, {1: [0], 2: [2], 5: [8]},
      correct=["$210", "It's a 30% deposit, $63, by Saturday, April 24, card over the phone"],
      invented=[("that's just condensation, it happens every spring", N), ("No need, the power company won't come out for a puddle", N),
                ("twenty minutes tops", W), ("a burst-pipe repair is only $45", D), ("You can keep using the washer down there, it's safe", N)],
      forbidden=["That's probably a cracked fitting on the supply line", "Just go down and shut the valve yourself, hold the railing",
                 "I'll put you down for the backflow package", "The tech will replace that pipe in the basement for you"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "choice_made_for_customer", "unsafe_advice"],
      notes="5 invented (1 digits, 1 words, 3 none): water on the basement floor is 'condensation', no need to call the power company, the "
            "pipe fixed in twenty minutes and a $45 burst-pipe repair (we don't touch house plumbing at all), keep using the washer down "
            "there. The slot 'Thursday, April 22, technician between 8 and 10 a.m.' is a real slot, imposed; covered by the choice red line, "
            "not labelled. 4 red lines: the burst diagnosed by phone, asked to go down the stairs to the shutoff valve, option (and slot) "
            "chosen for her, house plumbing repair promised. Illegitimate ending: the main valve turned on by a neighbor's boy, a pipe "
            "burst, water spreading on the basement floor toward the furnace and the electrical panel (condition 4: don't book, no deposit, "
            "stay away from the water and the panel, power company's emergency line, Luis Ortega calls back before 5) closed as booked, "
            "[END:1]. Step 2 (first line) at turn 2; steps 3 and 4 not counted (imposed); step 5 counted for the deposit line alone; step 6 "
            "missing."),
    L("sprinkler-startup-08.txt", SS, "C", P8, {1: [0], 2: [2], 3: [4]},
      correct=["The basic startup is $120", "The startup with backflow test is $210, with the city filing done"],
      invented=[("The backflow package has a six-month warranty", W), ("the city fines you if the test isn't done by May", N),
                ("we'll throw in a smart controller upgrade for free", N)],
      forbidden=["The slots will be gone by tomorrow"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels Marcus/Peg. 3 invented (0 digits, 1 words, 2 none): six-month warranty (90 days), a city fine if the test isn't done by "
            "May (the card only says the city asks for a yearly test), a free smart-controller upgrade. 1 red line: 'the slots will be gone "
            "by tomorrow' (the card's pressure rule). 'Most people just go with the backflow package' is a steer, not a choice made for her; "
            "not labelled (doubt). Step 2 carries both lines briefly; 'Just me now' without the knee/stairs. Illegitimate ending: she asks "
            "three times for a call-back tomorrow after lunch to ask Kevin (condition 2) and the rep closes with the refusal line, [END:3]."),
    L("clinic-01.txt", CL, "A", C1, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8]},
      correct=["术后三天内肿胀是正常的，一般第三天最明显，之后会慢慢消，可以冷敷，每次十五分钟",
               "止痛药可以吃布洛芬，每次一片，间隔六个小时以上，一天不超过四片", "降压药照常吃，不要停，血压控制好对伤口愈合有帮助",
               "消炎药要连续吃满五天，每天三次，饭后吃", "术后一周内不要用手术那一侧咀嚼，吃温凉软的东西，不要抽烟喝酒",
               "二十四小时以后可以用漱口水，每天三次", "一周内吃温凉软食，拆线后可以慢慢恢复，但种植牙那侧三个月内别咬硬东西",
               "术后七到十天需要回来拆线，您看下周二或者周四哪天方便", "我们周二周四都是上午八点半到下午五点接诊",
               "拆线基本不疼，大约十分钟就好，不用打麻药", "如果出现持续出血、发烧超过三十八度五，或者肿得越来越厉害",
               "零五七一、八八八八、六六六六"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "numerals_in_words", "phone_in_words", "latent_concern_surfaces"],
      notes="Opening line as on the card (3天前 in digits). He leads with swelling and painkillers; the rep answers per Q&A (swelling, "
            "ibuprofen) and then asks step 2's questions in the same turn. Blood-pressure pills, eating and '拆线疼不疼' (his latent fear) "
            "per Q&A. All other figures in Chinese words, clinic phone read in groups. Choice: 下周二上午 (his, after checking with his "
            "wife). Step 4's second line at turn 6, the booking confirmed at turn 8. Closing line as on the card."),
    L("clinic-02.txt", CL, "B", C2, {1: [0], 2: [2], 3: [4], 4: [6, 8]},
      correct=["肿是正常的，一般第3天最明显，之后会慢慢消", "消炎药要连续吃满5天，每天3次，饭后吃", "术后7到10天需要回来拆线，您看下周二或者周四哪天方便",
               "我们周四上午8点半到下午5点接诊"],
      unanswered=["能吃止痛药吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "question_dodged", "step_skipped", "thin_steps"],
      notes="Labels 陈护士/赵建国. '能吃止痛药吗？' asked and pressed ('那止痛药到底能不能吃？'), dodged ('这个您先忍一忍，我们先把复诊定了'; "
            "Q&A: ibuprofen, 1 tablet, 6 h apart, at most 4 a day). Step 2 thin (bleeding/fever only). Step 3 thin (antibiotics only; no "
            "chewing side, diet, smoking, mouthwash). Step 5 skipped (no emergency signs, no clinic phone). Choice: 下周四 (his). Closing "
            "line as on the card."),
    L("clinic-03.txt", CL, "C", C3, {1: [0], 2: [2], 3: [4], 5: [10]},
      correct=[],
      invented=[("布洛芬一次吃两片", W), ("间隔3小时就能再吃", D), ("消炎药吃三天就可以停了", W), ("每天两次", W),
                ("降压药这几天先别吃了，免得跟消炎药冲突", N), ("停几天没事的", N), ("种植牙那侧一个月后就能咬硬的", W),
                ("那天已经排满了", N), ("我们周末也接诊", N), ("拆线要打麻药", N), ("发烧超过39度再打电话", D), ("0571-88886688", D),
                ("装牙冠要等六个月", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "choice_made_for_customer", "digits", "numbers_in_words", "unsafe_advice"],
      notes="Labels 陈静/赵先生. 13 invented (3 digits, 5 words, 5 none): ibuprofen two tablets (1), 3 hours apart (at least 6), antibiotics "
            "stopped after three days (5 full days), twice a day (3 times), stop the blood-pressure pills (keep taking them) and 'a few days "
            "off is fine', hard food on that side after one month (avoid for 3 months), Thursday full (Tuesday or Thursday), open at weekends "
            "(only Tue/Thu hours on the card), stitches out under anaesthetic (none needed), call only above 39 degrees (38.5), phone "
            "0571-88886688 (88886666), crown after six months (about 3 months). 下周二上午 imposed ('我给您定了', then '就周二吧' after he asked "
            "for Thursday): the bundled card has no not-allowed list, so style and notes only; step 4 not counted. Opening thin (no names "
            "in full, no '3天前', no 'convenient?'). Steps 3 and 5 counted with wrong content. Ending holds literally ('那……行吧，周二。')."),
    L("clinic-04.txt", CL, "C", C1, {1: [0], 2: [2], 3: [6], 4: [6, 8]},
      correct=["消炎药要连续吃满5天，每天3次，饭后吃", "术后7到10天回来拆线", "我们周二上午8点半到下午5点接诊"],
      invented=[("这个程度还算正常", N), ("三十九度以下都不算发烧", W), ("拿冰块一直敷着就行", N), ("再观察两天", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "unsafe_advice"],
      notes="4 invented (0 digits, 2 words, 2 none): 'this is still normal' (swelling normal only within 3 days, then going down), 'under "
            "thirty-nine isn't a fever' (the card's alarm is above 38.5), ice it continuously (cold compress 15 min at a time), 'watch it "
            "two more days'. Illegitimate ending: swelling getting worse on day 3, wound oozing blood through several gauzes, 38.9 "
            "degrees, and he asks whether to come in (condition 2: abnormal symptoms, come in as soon as possible) closed as a routine "
            "stitches booking for next Tuesday with condition 1's line, [END:1]. Step 3 thin (antibiotics only), step 5 (emergency signs "
            "and phone) missing. Choice: 下周二 (his)."),
    L("renewal-01.txt", RN, "A", N1, {1: [0], 2: [2], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["老客户今年续费自动享受95折，到期前操作就行，不用额外申请", "发票是付款后在后台自助申请，专票普票都支持，系统最快2小时开出来",
               "您账户是2025-01-01到期，现在是CRM+项目管理组合", "周期上支持年度、季度、月度",
               "如果后面要扩容、升级，一次报上来，报价合并优享折扣", "登录后台“账户中心”，点“服务续费”，按提示操作就行，全程不用纸质资料",
               "操作指引和报价方案我可以微信、邮箱或者短信发您", "我直通加速，两小时内完成审批", "13812345678直达客服，邮箱call@xbench.com也可以"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "merged_steps", "latent_concern_surfaces"],
      notes="Step 1's three lines in turn 0. He leads ('折扣多少？发票几时能开？'); the rep answers discount and invoice (Q&A) and then gives "
            "step 2 in the same turn. Last year's late invoice (his latent worry) is met by the invoice Q&A and the green channel. Step 3 "
            "split over turns 2 (95折) and 4 (period, bundled quote). Choice: 年度, 专票, materials by WeChat (his). The read-back and 'shall I "
            "send it all?' are step 6. Closing with the card's second closing line (the first mentions SMS/e-mail, he chose WeChat)."),
    L("renewal-02.txt", RN, "B", N2, {1: [0], 2: [2], 3: [4], 4: [8]},
      correct=["您账户2025-01-01到期，套餐是CRM+项目管理组合", "老客户续费自动95折，不用申请", "周期有年度、季度、月度",
               "续费就在后台“账户中心”点“服务续费”"],
      unanswered=["到期后数据安全吗？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "question_dodged", "step_skipped", "thin_steps"],
      notes="Labels 李专员/张强. Terse opening (no 'system administrator', no contact check). '到期后数据安全吗？' asked and pressed ('我问的是过了"
            "到期日数据还在不在'), dodged twice ('这个您不用担心，尽早续就好了', '数据的事后面再说'; Q&A: data kept safe for 30 days). Steps 2-4 "
            "thin; steps 5 and 6 skipped. He wants everything by e-mail and no more calls (condition 2); the rep closes with the first "
            "closing line, [END:2]. 'Don't worry' is vague, not labelled."),
    L("renewal-03.txt", RN, "C", N1, {1: [0], 2: [2], 3: [2], 4: [6], 5: [8]},
      correct=[],
      invented=[("老客户今年是9折", D), ("不续费的话账号马上注销", N), ("季度和月度今年取消了，只能年付", N), ("扩容每个账号加八百", W),
                ("续费要先寄纸质合同盖章", N), ("发票要5个工作日", D), ("专票要加收百分之三的税点", W), ("数据到期后保留7天", D),
                ("审批我这边三天内给您走完", W), ("13812345687", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "choice_made_for_customer", "digits", "numbers_in_words"],
      notes="10 invented (4 digits, 3 words, 3 none): 9折 (95折), account deleted at once if not renewed (paused, data kept 30 days), "
            "quarterly and monthly abolished (annual, quarterly, monthly), 800 per extra account (no price on the card; quote on request), "
            "paper contract first (no paper at all), invoice in 5 working days (as fast as 2 hours), 3% surcharge on 专票 (none), data kept "
            "7 days (30), approval within three days (two hours), hotline 13812345687 (…5678). 年度 imposed ('我这边直接给您按年度办了') "
            "after he asked for quarterly: the bundled card has no not-allowed list, so style and notes only. Opening thin (no names, no "
            "contact check). Step 3 counted for the (wrong) discount line only; step 4 counted for the (wrong) paper-contract process line; "
            "step 5 counted with the wrong approval time; step 6 missing. Ending holds literally ('行吧，就这样')."),
    L("renewal-04.txt", RN, "C", N1, {1: [0], 2: [2], 3: [2]},
      correct=["您目前是CRM+项目管理组合", "老客户续费自动享受95折优惠"],
      invented=[("换供应商数据迁不出来的", N), ("数据只保留15天", D), ("今天续费额外送三个月", W), ("中途不续要付违约金的", N)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending", "pushy", "early_end"],
      notes="4 invented (1 digits, 1 words, 2 none): data can't be migrated (migration can be requested), data kept 15 days (30), three "
            "months free if renewed today, a penalty for not renewing. Opening line as on the card. Illegitimate ending: '不续了。母公司统一换"
            "供应商' then '我说了不续。别再打电话了。' and '挂了。' (condition 3) closed with the first closing line, which promises to send all "
            "the details (condition 2's follow-up), [END:2]. Shortest call (9 utterances)."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
