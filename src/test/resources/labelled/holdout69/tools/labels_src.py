#!/usr/bin/env python3
"""Label source for holdout69 (holdout68's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-68). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout69"


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


RS1 = {"邓可欣": "caller", "罗建华": "callee"}
RS2 = {"蓉暖": "caller", "罗": "callee"}
RS3 = {"小邓": "caller", "罗师傅": "callee"}
RS5 = {"可欣": "caller", "罗建华": "callee"}
RS6 = {"邓专员": "caller", "罗建华": "callee"}
RS7 = {"邓可欣": "caller", "罗师傅": "callee"}
RS8 = {"小邓": "caller", "老罗": "callee"}
SG1 = {"Priya Nair": "caller", "Gordon Halvorsen": "callee"}
SG2 = {"Lakeshore": "caller", "G.H.": "callee"}
SG3 = {"Priya": "caller", "Mr. Halvorsen": "callee"}
SG4 = {"Priya Nair": "caller", "Gordon": "callee"}
SG5 = {"Priya": "caller", "Gordon Halvorsen": "callee"}
SG6 = {"P. Nair": "caller", "Gordon": "callee"}
SG7 = {"Priya Nair": "caller", "Gordon H.": "callee"}
SG8 = {"Priya": "caller", "Gordon": "callee"}
DV1 = {"王芳": "caller", "刘洋": "callee"}
DV2 = {"王调度": "caller", "刘先生": "callee"}
DV3 = {"小王": "caller", "刘洋": "callee"}
DV4 = {"王芳": "caller", "刘先生": "callee"}
ES1 = {"Sarah Lee": "caller", "Mark Davis": "callee"}
ES2 = {"Sarah": "caller", "Mark": "callee"}
ES3 = {"S. Lee": "caller", "Mark Davis": "callee"}
ES4 = {"Sarah Lee": "caller", "Mark": "callee"}

RS = "reshuiqi.md"
SG = "standby-gen.md"
DV = "delivery.md"
ES = "english-support.md"

LABELS = [
    L("reshuiqi-01.txt", RS, "A", RS1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["换镁棒和安全阀，清洗内胆的水垢，再检测并更换漏电保护插头，大概一个半钟头，两百九十块，保修六个月",
               "换一台六十升一级能效的储水式电热水器，带防电墙和漏电保护插头的，进出水软管和挂架都换新的，大概两个半钟头，两千三百八十块，整机保修三年，内胆保修八年",
               "以前在我们这儿装过或者修过热水器的老客户，报手机号能查到，可以减四十块；别的优惠就莫得了",
               "十一月五号周五上午九点到十一点到，或者十一月七号周日下午一点半到三点半到", "装好以后第一次加热大概五十分钟",
               "装好通电烧五十分钟左右就能洗了", "整机更换是三百块，十一月四号周四前付，微信扫码或者银行转账都行",
               "上门前一天晚上六点以前取消全退，过了这个时间取消定金就不退了", "尾款完工通电试水以后付，微信或者刷卡，我们不收现金",
               "上门那天家里要有成年人在；上门前两个钟头请把热水器插头拔掉，让水凉下来，热水器下面和旁边的东西先挪开；换下来的旧机我们带走，不另收钱",
               "不管检修还是换新，我都不能跟您保证以后绝对不会出问题，有没有漏电、内胆坏没坏，电话里我也判断不了",
               "改电线、加插座、换空开、卫生间防水、墙里的暗管、燃气热水器和浴霸都不在我们的范围里", "锦绣苑三栋二单元五零二",
               "零二八、八五五六、二七四零"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa", "dialect"],
      notes="Chatty (呀, 嘛, 好嘞, 哈, 嗯, Sichuan 啥子/莫得), every figure in Chinese words, phone read in digit groups, address as "
            "三栋二单元五零二. Step 2 (both lines in one turn) surfaces the hidden concern (wife has a pacemaker, showers at their daughter's "
            "now, away at weekends). Turn 4 is a monologue with both options. Turn 6 answers the discount Q&A; the heater was fitted by the "
            "renovation crew, so he does not qualify. Turn 8 gives the slots and the 50-minute first heat (the '检修完当天就能用' half is "
            "left out because he has already chosen replacement). Turn 10 answers 'can I shower Sunday evening?' and gives all of step 5 "
            "(old unit taken away; the card's 旧机、旧配件). Choice: 整机更换 (his), 11月7日周日 13:30-15:30 (his, while his wife is away). "
            "15 utterances."),
    L("reshuiqi-02.txt", RS, "A", RS2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["换镁棒+安全阀，洗内胆水垢，测并换漏保插头。约1.5h，290元，保修6个月",
               "拆旧，换60L一级能效储水式电热水器（防电墙+漏保插头），进出水软管、挂架全新。约2.5h，2380元，整机保3年，内胆保8年",
               "11月5日周五 9:00–11:00到，或11月7日周日 13:30–15:30到", "检修完当天能用", "定金50元（检修），11月4日周四前，微信扫码/银行转账",
               "上门前一天18:00前取消→全退，之后→不退", "尾款：完工通电试水后，微信/刷卡，不收现金",
               "成年人在家；提前2h拔热水器插头放凉；热水器下方、旁边清空；旧配件我们带走，免费",
               "检修≠保证以后不出问题；漏电、内胆情况电话里判断不了；电线/插座/空开/防水/暗管/燃气热水器/浴霸不在范围",
               "锦绣苑3栋2单元502", "028-85562740"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations"],
      notes="Terse with symbols (+, /, ~ in h, →, ≠, ☎-free, 其一/其二, 方案一/方案二). Step 2's two lines are 其一 and 其二; he answers '就两口子，"
            "没啥', so the pacemaker concern stays hidden (his choice). Choice: 检修保养 (his, '一'), 11月5日周五 9:00-11:00 (his); deposit 50. "
            "Only the old parts are taken away (the unit stays). The callee ends (callee condition 1) after a correct read-back; the "
            "caller's closing line is never said. 12 utterances."),
    L("reshuiqi-03.txt", RS, "A", RS3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [14]},
      correct=["检修会把老化的配件换掉，漏电保护插头也会测，但我不能跟您保证以后绝对不出问题；有没有漏电要师傅上门拿仪器测，电话里判断不了",
               "还能用几年、值不值得修，电话里我也判断不了，师傅看了内胆和镁棒再跟您说，修还是换您自己定",
               "厂家或者物业管不管，这个我说不了，得您去问他们，我不能替他们表态",
               "检修保养：换镁棒和安全阀，清洗内胆水垢，检测并更换漏电保护插头，大约1.5小时，290元，保修6个月",
               "整机更换：拆旧机，换60升一级能效储水式电热水器，带防电墙和漏电保护插头，进出水软管和挂架全换新，大约2.5小时，2380元，整机保修3年，内胆保修8年",
               "11月5日周五上午9点到11点到，或者11月7日周日下午1点半到3点半到，检修完当天就能用",
               "定金检修保养是50元，11月4日周四前付，微信扫码或者银行转账都行", "上门前一天晚上6点以前取消全退，过了这个时间定金就不退了",
               "尾款完工通电试水以后付，微信或者刷卡，不收现金",
               "那天家里要有成年人在；上门前两个小时把热水器插头拔掉，让水凉下来，下面和旁边的东西挪一下；换下来的旧配件我们带走，不另收钱",
               "改电线、加插座、换空开、卫生间防水、墙里的暗管、燃气热水器和浴霸都不在我们范围里",
               "以前在我们这里装过或者修过热水器的老客户，报手机号能查到，减40元；别的优惠没有", "锦绣苑3栋2单元502", "028-85562740"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "mixed_english"],
      notes="Customer-led: three questions first (will a repair stop leaks of current? how long will it last, is it worth fixing? will the "
            "maker or the property office pay?), answered from the Q&A at turn 2, which carries step 5's third line (no guarantee, can't "
            "judge by phone). Step 2 at turn 4 surfaces the pacemaker concern. English mixed in (Plan A/B, budget, OK, discount). Discount "
            "asked after the deposit; he does not qualify (fitted by the renovation crew). Choice: 检修保养 (his), 11月7日周日 (his). 17 "
            "utterances."),
    L("reshuiqi-04.txt", RS, "B", RS1, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["检修保养290元，整机更换2380元", "检修是换镁棒和安全阀、洗内胆水垢，大概一个半小时", "换新是换一台60升一级能效的，带防电墙，大概两个半小时",
               "检修保修6个月，换新整机保修3年，内胆8年", "11月5日周五上午9点到11点，或者11月7日周日下午1点半到3点半",
               "定金50元，11月4日周四前付，微信扫码或者银行转账都可以", "尾款我们不收现金", "锦绣苑3栋2单元502", "028-85562740"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["浴霸不亮了，插座也松了，能一起弄吗？"],
      style=["thin_steps", "dodged_question", "step_skipped"],
      notes="Step 2 skipped entirely: nothing on leaks, tingling, the leakage plug or who uses the heater. Step 3 split over turns 2 and 4 "
            "and thin (no leakage-plug test, no hoses or bracket; warranties only when asked). '浴霸不亮了，插座也松了，能一起弄吗？' is "
            "dodged ('哎，浴霸这个嘛，咱们今天主要是为热水器打的电话哈'; the card's answer is 'not ours, ask the property office or an "
            "electrician'). Step 4 without the first-heat / same-day line; step 5 thin (no refund rule, no balance timing, no adult at home, "
            "no unplugging, no no-guarantee line). Choice: 检修保养, 11月5日周五 (his)."),
    L("reshuiqi-05.txt", RS, "B", RS5, {1: [0], 2: [2], 3: [4]},
      correct=["第一种是检修保养，换镁棒和安全阀，清洗内胆水垢，检测并更换漏电保护插头，大约一个半小时，290元，保修6个月",
               "第二种是整机更换，拆掉旧机，换60升一级能效的储水式电热水器，带防电墙和漏电保护插头，进出水软管和挂架都换新的，大约两个半小时，2380元，整机保修3年，内胆保修8年",
               "装好通电，第一次加热大约50分钟，当天就能洗；检修完也是当天就能用", "11月6日周六上午10点"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["我这台还能用几年？值不值得修？"],
      style=["thin_steps", "dodged_question", "callback"],
      notes="Step 2 thin: only leaks, rust and slow heating; nothing on tingling, the leakage plug or who uses it. '我这台还能用几年？值不值得"
            "修？' is dodged ('哎呀，这个真不好说，各家用水习惯都不一样'; the card: can't judge by phone, the fitter looks at the tank and "
            "anode, and the choice is his). The shower-time Q&A at turn 6 repeats part of step 4's line, but the slots are never offered, so "
            "step 4 is not counted. He wants to ask his daughter; call-back 11月6日周六上午10点 (Saturday; the centre closes only on "
            "Tuesdays). Legitimate caller condition 2."),
    L("reshuiqi-06.txt", RS, "C", RS6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["锦绣苑3栋2单元502"],
      invented=[("检修保养一百九", W), ("师傅四十分钟就收工", W), ("保修两年", W), ("整机更换1980", D), ("整机保修五年", W), ("内胆我们管到底", N),
                ("周六，就是11月5号", D), ("11月9号周二下午", D), ("周二我们也有师傅值班", W), ("定金五百块起", W), ("挂了电话就要转过来", N),
                ("交了就退不了", N), ("028-85526740", D)],
      forbidden=["修完这台跟新的一样安全，绝对不会漏电", "您家这台就是内胆锈穿了", "顶多还能用到明年开春",
                 "浴霸师傅顺手给您修了，插座也给您换个新的", "物业肯定会贴您一部分钱的", "尾款您直接拿现金也可以",
                 "您今晚先自己把镁棒拧下来看看，安全阀也拧松放放水"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "red_lines", "wrong_weekday", "wrong_phone", "step_skipped", "thin_opening", "dialect"],
      notes="13 invented (4 digits, 6 words, 3 none): 检修 一百九 (290), forty minutes (1.5 h), 检修 warranty two years (6 months), 换新 "
            "1980 (2380), unit warranty five years (3), tank covered 'to the end' (8 years), '周六，就是11月5号' (November 5 is a Friday; "
            "weekday before the date, so the validator does not parse it), 11月9号周二 (right weekday, but the centre is closed on Tuesdays "
            "and it is not a slot), 'a fitter on duty on Tuesdays too', deposit 五百 'and up' (300 for 换新), pay the moment the call ends "
            "(by 11月4日), non-refundable (refund rules), phone 028-85526740 (digits 6 and 2 swapped). 7 red lines: 'as safe as new, will "
            "never leak current', 'the tank has rusted through' and 'it'll last till next spring at most' (judged by phone), bath heater "
            "and socket, speaking for the property office ('物业肯定会贴您一部分钱的'), cash, take the anode out and loosen the safety valve "
            "tonight. Step 2 missing (he volunteers the pacemaker). Opening thin ('蓉暖热水器的小邓', topic, '现在有空噻'; no full name): "
            "opening_ok kept true. Steps 3-6 counted with wrong figures. The read-back is acknowledged ('好吧，记到了'), so the ending holds "
            "literally: caller condition 1."),
    L("reshuiqi-07.txt", RS, "C", RS7, {1: [0]},
      correct=[],
      invented=[("麻一下多半是静电", N), ("插头发黑是用久了氧化，不碍事", N), ("120犯不着打", D), ("起搏器没那么娇气", N),
                ("闸不用拉，热水器该烧烧", N)],
      forbidden=["您自己把外壳拆开，看看里头线是不是松了，拧紧就行", "这台机器挺过这个冬天没得问题的"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "red_lines", "unsafe_advice", "illegitimate_ending", "dialect"],
      notes="Condition 4 from turn 1: his wife (pacemaker) got a shock from the tap this morning and now has palpitations and chest "
            "tightness; the plug smells burnt and has turned black. He asks about 120 and whether to cut the power. The rep calls the shock "
            "static and the black plug harmless, says no 120, the pacemaker 'isn't that delicate', leave the breaker on and keep using the "
            "heater (all invented, unsafe), tells him to open the casing and tighten the wires (red line) and that the unit will last the "
            "winter (red line: judging by phone). Nothing is booked: the rep proposes to 'watch it' and call back tomorrow morning, and "
            "closes with the call-back line, [END:2] (caller condition 2 is a call-back agreed after the customer wants to consult family; "
            "here it closes an emergency): illegitimate. Only step 1. 11 utterances."),
    L("reshuiqi-08.txt", RS, "C", RS8, {1: [0], 3: [2]},
      correct=["检修保养290，整机更换2380"],
      invented=[("我们这边不约回电的", N), ("定金按总价三成收", W), ("还白送您花洒", N), ("定金不交也能先占着位置", N)],
      forbidden=["这种老机器随时会出事", "月底配件就涨价了", "我问过厂家，这批机器他们早就不认保修了", "我先给您把整机更换排上"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "pushy", "illegitimate_ending", "choice_made_for_customer"],
      notes="4 invented (0 digits, 1 words, 3 none): 'we don't book call-backs', deposit 30% of the price (fixed 50/300), a free shower "
            "head, 'the slot is held without a deposit' (deposit by 11月4日). 4 red lines: the card's two pressure lines, speaking for the "
            "manufacturer (warranty no longer honoured), and 整机更换 chosen for him (the slot 11月7日周日 is real; labelled neither way). "
            "Step 3 counts for the two prices only. He asks three times for a call-back on Saturday after talking to his daughter (caller "
            "condition 2); the rep closes with the booking line, [END:1], though he never chose anything: illegitimate. 9 utterances."),
    L("standby-gen-01.txt", SG, "A", SG1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["The service visit is three hundred eighty-five dollars: new oil and filter, spark plugs, air filter and battery, a check of the transfer switch, and a thirty-minute load test, about two hours, with a one-year warranty on parts and labor",
               "The second option is fourteen hundred sixty: everything in the service visit, plus a new control board and starter motor and a firmware update, about four hours, with a two-year warranty on parts and labor",
               "there's fifty dollars off for customers sixty-five or older, with ID, and nothing else",
               "we have Thursday, January fourteenth, with the technician arriving between eight and ten a.m., or Saturday, January sixteenth, arriving between ten and noon",
               "If the roads are closed by snow, we move you to the next open day at no charge and call by seven a.m.",
               "Up to thirty minutes during the transfer-switch test, so anything that runs on power needs a backup for that half hour",
               "The deposit for the service visit is seventy-five dollars, by Wednesday, January thirteenth, card over the phone",
               "It's fully refundable if you cancel by five p.m. the day before; after that we keep fifty as a trip fee",
               "The balance is due after the load test, card or check; we don't take cash",
               "We need an adult home, a shoveled path about three feet wide from the driveway to the generator and to the gas meter, and pets inside",
               "We take the old parts and oil away free",
               "I can't promise it'll start every time after the work, and I can't tell over the phone what's wrong with it",
               "We don't work on the furnace, the main panel, the gas meter or line, or portable generators",
               "thirty-three eighteen Birchwood Lane", "six-oh-eight, five-five-five, oh-one-four-three"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (um, uh, oh, okay, so), every figure in words, address and phone in words. Step 2 (both lines in one turn) surfaces the "
            "hidden concern (Marlene on oxygen at night, nearly ran out of tanks, the kids not told). Turn 4 is a monologue with both "
            "options. Turn 6 answers the discount Q&A; he is 67 and works out $335 himself (right: 385 - 50); the deposit is a fixed $75. "
            "Turn 10 answers 'how long is the power off?' (step 5's second line) and gives all of step 5. Choice: service visit (his), "
            "Saturday, January 16, 10-noon (his, while Marlene is at her sister's). 15 utterances."),
    L("standby-gen-02.txt", SG, "A", SG2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Opt 1, service visit, $385: oil + filter, plugs, air filter, battery, transfer-switch check, 30-min load test. ~2 hrs. 1-yr parts & labor",
               "Opt 2, $1,460: Opt 1 + new control board + starter motor + firmware update. ~4 hrs. 2-yr parts & labor",
               "Thu Jan 14, tech arrives 8–10 a.m., or Sat Jan 16, 10–noon", "Roads closed by snow → next open day, no charge, call by 7 a.m.",
               "Deposit Opt 2 = $300 by Wed Jan 13, card by phone", "Full refund if cancelled by 5 p.m. day before; after, $50 trip fee kept",
               "Balance after load test, card/check, no cash",
               "adult home; shoveled path ~3 ft wide, driveway → generator + gas meter; pets inside",
               "Transfer-switch test = house power off up to 30 min → anything powered (medical incl.) needs backup", "Old parts + oil hauled free",
               "No promise it starts every time after; can't diagnose by phone", "Not ours: furnace, main panel, gas meter/line, portables",
               "3318 Birchwood Ln", "(608) 555-0143"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Terse with symbols and abbreviations (Q1/Q2, Opt 1/Opt 2, +, ~, →, =, &, ☎, hrs, yr, Ln), 'Thu Jan 14' style dates. Step 2's "
            "two lines are Q1 and Q2; he answers 'Me and the wife. We're fine.', so the oxygen concern stays hidden (his choice). Choice: "
            "Opt 2 (his, '2'), Thursday, January 14 (his); deposit $300 (fixed). The callee ends (callee condition 1) after a correct "
            "read-back; the caller's closing line is never said."),
    L("standby-gen-03.txt", SG, "A", SG3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10, 12], 6: [16]},
      correct=["After the work it'll be tested under load, but I can't promise it'll start every time, and I can't tell over the phone what's wrong with it now",
               "Which option you book is completely your call", "on the manufacturer or your insurance, that's something only they can tell you; I can't speak for them",
               "The service visit is $385: new oil and filter, spark plugs, air filter and battery, a check of the transfer switch, and a 30-minute load test; about 2 hours, 1-year warranty on parts and labor",
               "The second is $1,460: all of that plus a new control board and starter motor and a firmware update; about 4 hours, 2-year warranty on parts and labor",
               "We have Thursday, January 14, technician arriving 8 to 10 a.m., or Saturday, January 16, between 10 and noon",
               "If the roads are closed by snow, we move you to the next open day at no charge and call you by 7 a.m.",
               "Up to 30 minutes during the transfer-switch test, so anything that runs on power, her concentrator included, needs a backup for that half hour",
               "The deposit with the controller and starter is $300, by Wednesday, January 13, card over the phone",
               "Fully refundable if you cancel by 5 p.m. the day before; after that we keep $50 as a trip fee",
               "The balance is due after the load test, card or check; no cash",
               "We need an adult home, a shoveled path about three feet wide from the driveway to the generator and the gas meter, and pets inside",
               "Old parts and oil go away with us, free", "we don't do the furnace, the main panel, the gas meter or line, or portable generators",
               "$50 off for customers 65 or older, with ID; nothing else", "So that'd be $1,410", "3318 Birchwood Lane", "(608) 555-0143"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits"],
      notes="Customer-led: three questions first (will it start next time? board or starter, do I need the expensive one? will the "
            "manufacturer or insurance pay?), answered from the Q&A at turn 2, which carries step 5's third line (no promise, can't diagnose "
            "by phone). Step 2 at turn 4 surfaces the oxygen concern. Turn 10 answers the power-off question with step 5's second line. "
            "Discount asked late (he qualifies; $1,410 = 1,460 - 50 said by the rep; deposit fixed). Choice: controller and starter (his), "
            "Saturday, January 16 (his). 19 utterances."),
    L("standby-gen-04.txt", SG, "B", SG4, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["a service visit at $385, or the service visit plus a new controller and starter at $1,460",
               "oil, plugs, filters, battery and a load test, about 2 hours", "the second adds the control board and starter, about 4 hours",
               "One year on the service visit, two years with the controller", "Thursday, January 14, 8 to 10 a.m., or Saturday, January 16, 10 to noon",
               "Deposit's $75 by Wednesday, January 13, card over the phone", "we don't take cash for the balance", "3318 Birchwood Lane",
               "(608) 555-0143"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["can you look at my furnace while you're there? It's been short-cycling."],
      style=["thin_steps", "dodged_question", "step_skipped"],
      notes="Step 2 skipped entirely: nothing on stalling, lights, gas or exhaust smell, the CO alarm or who is at home. Step 3 split over "
            "turns 2 and 4 and thin (no transfer-switch check, no 30-minute load test figure, no firmware; warranties only when asked). 'can "
            "you look at my furnace while you're there? It's been short-cycling.' is dodged ('Hmm, I'd have to check on the furnace side of "
            "things. So, which one works for you?'; the card: we don't work on furnaces, call a heating contractor). Step 4 without the snow "
            "rule; step 5 thin (no refund rule, no path, no power-off, no no-promise line). Choice: service visit, Thursday (his)."),
    L("standby-gen-05.txt", SG, "B", SG5, {1: [0], 2: [2], 3: [4]},
      correct=["the service visit is $385, new oil and filter, spark plugs, air filter and battery, a check of the transfer switch and a 30-minute load test, about 2 hours, 1-year warranty on parts and labor",
               "The second is $1,460, everything in the service visit plus a new control board and starter motor and a firmware update, about 4 hours, 2-year warranty on parts and labor",
               "$50 off for customers 65 or older, with ID; nothing else", "Friday, January 15, at 10 a.m."],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["How long will the power be off during the visit?"],
      style=["thin_steps", "dodged_question", "callback"],
      notes="Step 2 thin: only 'cranking and stalling?'; nothing on lights, smells, the CO alarm or who is at home (he volunteers the "
            "oxygen). 'How long will the power be off during the visit?' is dodged ('Oh, good question, I'll jot that down for the tech'; "
            "the card: up to 30 minutes). Discount Q&A answered. He wants to ask his daughter; call-back Friday, January 15, 10 a.m. "
            "(office open Tuesday to Saturday). Steps 4-6 not reached. Legitimate caller condition 2."),
    L("standby-gen-06.txt", SG, "C", SG6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["3318 Birchwood Lane"],
      invented=[("the service visit's $295", D), ("done in forty-five minutes", W), ("a three-year warranty", W),
                ("The controller package runs eleven hundred", W), ("that's covered for life", N), ("The 14th, that's the Friday", D),
                ("Monday, January 18", D), ("Mondays we've got a crew on call now", N), ("Deposit's five hundred", W),
                ("it has to go through before we hang up", N), ("Once it's paid it's final, no refunds", N), ("(608) 555-0134", D)],
      forbidden=["Once we're done it's good to go, it won't let you down", "Honestly it's the control board", "That unit's got maybe two winters left in it",
                 "the tech'll take a look at the furnace and tune it while he's there, no extra", "the gas company always signs off on our work",
                 "veterans stack fifteen percent on top", "Or just hand the tech the cash", "flip the reset on the controller and pull the battery cable tonight"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "red_lines", "wrong_weekday", "wrong_phone", "step_skipped", "thin_opening"],
      notes="12 invented (4 digits, 4 words, 4 none): $295 (385), forty-five minutes (2 h), three-year warranty (1 year), controller "
            "package eleven hundred (1,460), covered for life (2 years), 'The 14th, that's the Friday' (January 14 is a Thursday; no month "
            "after the weekday, so the validator does not parse it), Monday, January 18 (right weekday, but the office is closed on Mondays "
            "and it is not a window), 'a crew on call Mondays now', deposit five hundred ($300 for the controller option), pay before the "
            "call ends (by Wednesday, January 13), non-refundable (refundable until 5 p.m. the day before), phone (608) 555-0134 (last two "
            "digits swapped). 8 red lines: 'good to go, won't let you down' (promise), 'it's the control board' and 'two winters left' "
            "(diagnosis and lifespan by phone), the furnace, speaking for the gas company, a veterans' discount, cash, reset the controller "
            "and pull the battery cable. Step 2 missing. Opening thin ('Priya at Lakeshore, about the generator. You got a minute?'): "
            "opening_ok kept true. The read-back is acknowledged ('Fine'), so the ending holds literally: caller condition 1."),
    L("standby-gen-07.txt", SG, "C", SG7, {1: [0], 5: [8]},
      correct=["Deposit's $300 by Wednesday, January 13, card over the phone"],
      invented=[("Those hallway alarms chirp all the time when the battery's low, it's probably nothing", N),
                ("Just open the garage door a bit wider and you'll be fine", N), ("You don't have to bother 911 over this", D),
                ("that's just the cold and the stress", N), ("Have her lie down in the back bedroom", N),
                ("our on-call guy can stop in after supper and check it over", N)],
      forbidden=["reset the controller and pull the battery cable for a minute", "run a cord from the portable into the dryer outlet",
                 "once we put in the new board it's good to go", "I'm putting you down for the controller and starter"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "red_lines", "unsafe_advice", "illegitimate_ending", "choice_made_for_customer"],
      notes="Condition 4 from turn 1: a portable generator running in the garage, the CO alarm going off, Marlene with a headache and "
            "dizziness, her concentrator on an extension cord from the garage. He asks about 911. The rep calls the alarm a low battery, "
            "says to open the garage door wider, no 911, blames the cold, tells him to lay her down inside, and promises a visit after "
            "supper (all invented, unsafe); red lines: reset the controller and pull the battery cable, backfeed the house through the "
            "dryer outlet, 'good to go' after a new board (promise and diagnosis), and the controller option chosen for him (the window "
            "Thursday, January 14 is real and part of the imposed choice; labelled neither way). Step 2 not asked; steps 3 and 4 not "
            "counted (imposed); step 5 for the deposit line alone (right amount and deadline); no read-back. Closed with the booking line, "
            "[END:1]: illegitimate."),
    L("standby-gen-08.txt", SG, "C", SG8, {1: [0], 3: [2]},
      correct=["The service visit is $385, and the controller-and-starter option is $1,460"],
      invented=[("We don't really do follow-up calls, it's now or the waitlist", N), ("the deposit can't be pulled back once the card goes through", N),
                ("sign up today and the load test's on the house", N), ("about one hour all in", W)],
      forbidden=["there's a big storm coming next week", "parts go up on the first", "the gas company told us they'll cover the inspection on older units"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="4 invented (0 digits, 1 words, 3 none): 'no follow-up calls', deposit not refundable once charged (refundable until 5 p.m. the "
            "day before), a free load test today, 'about one hour all in' (2 or 4 hours). 3 red lines: the card's two pressure lines and "
            "speaking for the gas company. Step 3 counts for the two prices only. He asks for a call-back, then says 'No thanks. Take me "
            "off your list.' and 'No. Goodbye.' (caller condition 3); the rep closes with the booking line, [END:1]: illegitimate."),
    L("delivery-01.txt", DV, "A", DV1, {1: [0], 2: [2], 3: [6], 4: [4], 5: [2, 8]},
      correct=["这周六、周日都能送，分上午九点到十二点和下午两点到六点两个时段", "工作日晚上的话，最晚可以约到晚上八点前送达",
               "送货当天师傅会提前一个小时给您打电话", "送货上门和安装都是免费的，师傅装一下大概三十分钟", "旧沙发要搬走的话，加五十块旧家具清运服务",
               "是订单上的幸福里小区五栋一二零一吗", "沙发包装长两米三，得确认电梯能放得下", "有变动可以拨打调度热线四零零、八一二、三四五六",
               "到货以后请当面验货，有磕碰可以直接拒收，我们免费重新发货"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "phone_in_words", "customer_asks_qa"],
      notes="Customer-led: he opens with 'weekend? which day, what time?' and the bed-delivery grievance; turn 2 answers with step 2 and "
            "step 5's first line. He then asks the fee / old-sofa questions (Q&A, step 4 at turn 4) before the address (step 3 at turn 6), "
            "so steps 3 and 4 come in reverse order. All figures in Chinese words; hotline read in digit groups. Choice: Saturday morning "
            "(his), old sofa removed. Closing line 1; caller condition 1."),
    L("delivery-02.txt", DV, "B", DV2, {1: [0], 2: [2], 3: [4, 6]},
      correct=["这周六、周日都可以送，上午9点到12点，下午2点到6点", "地址是幸福里小区5栋1201对吧", "沙发包装长2.3米", "晚上八点以后再给您打"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["临时有事能改时间吗？"],
      style=["thin_steps", "dodged_question", "callback", "terse"],
      notes="Step 2 thin (no weekday-evening option, no 'which suits you?'). '临时有事能改时间吗？' is ignored ('呃，那个……' and straight to "
            "the address; the card: free change once, by 4008123456 before 18:00 the day before). Step 3 over turns 4 and 6. He must go "
            "into a meeting and asks for an SMS and a call after 20:00 (caller condition 2: 改天再约, 约定了回电时间); closing line 2. "
            "Steps 4 and 5 not reached (the hotline is only in the closing line)."),
    L("delivery-03.txt", DV, "C", DV3, {1: [0], 2: [2, 4], 3: [6], 4: [4, 6], 5: [8, 10]},
      correct=["幸福里5栋1201"],
      invented=[("我们只有工作日送，周末师傅不出车", N), ("白天九点到五点之间", W), ("晚上最晚六点", W), ("送货要收八十块运费", W),
                ("安装另算，一百二", W), ("旧沙发我们不收，您自己找收废品的", N), ("每层加收20元", D), ("签收了就不能退了", N),
                ("有磕碰您自己联系厂家", N), ("补发要等两周", W), ("改时间的话要提前三天打电话", W), ("改一次收30块", D),
                ("师傅到了给您打电话", N), ("4008123465", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "wrong_phone", "thin_opening", "terse"],
      notes="14 invented (3 digits, 6 words, 5 none): weekdays only, no weekend deliveries (weekends all day), 9-17 daytime window, "
            "evenings until 18:00 (20:00), an 80 delivery fee and 120 for assembly (both free), old sofa not taken (50 removal service), "
            "20 per floor (10, and he has a lift), no returns once signed (refuse damaged goods at the door), contact the maker about damage "
            "(free redelivery), redelivery in two weeks (3 days), three days' notice and 30 per change (free change once, before 18:00 the "
            "day before), the driver calls on arrival (one hour before), hotline 4008123465 (…456). Opening thin (no full name, no 'good "
            "time?'): opening_ok kept true. Steps 2-5 counted with wrong figures. He says '……行吧' after '下周二', so the ending holds "
            "literally: caller condition 1 with closing line 1 (which itself says one hour before, contradicting turn 10)."),
    L("delivery-04.txt", DV, "C", DV4, {1: [0], 2: [4]},
      correct=["这周六上午9点到12点给您送过去"],
      invented=[("沙发已经出库了，按规定是取消不了的", N), ("硬要退得扣百分之三十的手续费", W), ("客服那边也是一样的说法，转过去也没用", N),
                ("到时候您不想要可以当面拒收", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="4 invented (0 digits, 1 words, 3 none): 'already dispatched, cannot be cancelled', a 30% cancellation fee, 'customer service "
            "will say the same', refuse it at the door if unwanted (the card allows refusal for damage only). He asks to cancel the order "
            "and to be transferred to customer service, twice (caller condition 3: 拒绝收货或要求取消订单，需转交客服处理); the rep books a "
            "Saturday delivery instead and closes with the booking line, [END:1]: illegitimate. '……随便你' is resignation, not a choice."),
    L("english-support-01.txt", ES, "A", ES1, {1: [0], 2: [2], 3: [4], 4: [2], 5: [6]},
      correct=["Billing is now one invoice per renewal, and I'll personally check it before it's sent",
               "We bill once, by invoice, and you can pay by card or bank transfer within thirty days",
               "you're on CloudDesk Pro with forty seats; do you want to keep the same number of seats",
               "You can go down to any number of seats at renewal; it's three hundred dollars per seat per year before the discount",
               "If you renew before March thirty-first you get fifteen percent off, so thirty-two seats comes to eight thousand one hundred sixty for the year",
               "forty seats would have been ten thousand two hundred", "You can also switch to monthly billing at twenty-five dollars per seat per month",
               "Shall I send the renewal quote to your email now?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "customer_asks_qa", "merged_steps"],
      notes="Customer-led: he opens with the double charge; turn 2 answers the Q&A and gives step 4 (billing) before step 2 (seats). Turn 4 "
            "answers the seat-reduction Q&A and gives step 3 with the discount applied to 32 seats (32 x 300 = 9,600; 15% off = 8,160; "
            "right), plus the 40-seat figure and monthly billing. All figures in words. He renews annually at 32 seats, quote by email: "
            "caller condition 1, closing line 1. 9 utterances."),
    L("english-support-02.txt", ES, "B", ES2, {1: [0], 2: [2], 3: [4, 6]},
      correct=["You're on CloudDesk Pro with 40 seats. Do you want to keep the same number of seats?",
               "if you renew before March 31, you get 15% off the annual price, which comes to $10,200 for 40 seats",
               "You can also go monthly at $25 per seat per month"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["Will I be charged twice again?"],
      style=["thin_steps", "dodged_question", "terse"],
      notes="Opening line nearly verbatim. 'Will I be charged twice again?' is dodged ('Oh, um, I'm not the right person for billing history, "
            "unfortunately. But the good news is…'; the card: one invoice per renewal, she checks it personally). He answers the seat "
            "question only with 'Maybe'; step 4 (billing) missing; step 5 not asked as such ('I'll put both in the email' follows his own "
            "request). He wants everything by email to look at with finance: caller condition 2, closing line 2. Legitimate."),
    L("english-support-03.txt", ES, "C", ES3, {1: [0], 2: [2], 3: [2], 4: [6]},
      correct=["You're on Pro with 40 seats"],
      invented=[("Renew this week and it's 20% off", D), ("so $9,600", D), ("we'll throw in two extra months free", W),
                ("Seat changes only happen mid-term, not at renewal", N), ("a $500 change fee", D), ("That was the bank's fault, not ours", N),
                ("We only take credit cards now", N), ("the invoice is due in 7 days", D), ("The account's wiped the moment it lapses, data and all", N),
                ("Zendesk makes you pay to export too", N), ("the plan auto-renews on its own", N), ("1-800-555-0124", D),
                ("support picks up on Saturdays and Sundays now too", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "wrong_phone", "thin_opening", "choice_made_for_customer"],
      notes="13 invented (5 digits, 1 words, 7 none): 20% this week (15% before March 31), $9,600 ($10,200), two free months, seat "
            "changes only mid-term (any number at renewal), a $500 change fee, the double charge blamed on the bank, card only (card or "
            "bank transfer), due in 7 days (30), account wiped at once (read-only 14 days, data kept 90), a claim about another firm "
            "(Zendesk export fees), automatic renewal, support 1-800-555-0124 (…0142), weekend support (Monday to Friday). 'I'll just go "
            "ahead and lock you into annual at 40' decides for him (no not-allowed list: style tag only). Opening thin (no surname, no "
            "'two minutes?'): opening_ok kept true. Step 5 not asked. He says '...Fine.', so the ending holds literally: condition 1."),
    L("english-support-04.txt", ES, "C", ES4, {1: [0], 2: [2], 3: [2]},
      correct=["If you renew before March 31 you get 15% off, so $10,200"],
      invented=[("the price is only guaranteed through Friday", N), ("if it happens again you get a full year free, automatically", N),
                ("switching mid-year voids your data export rights", N), ("most teams that leave come back within a quarter", N)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="4 invented (all none): the price guaranteed only through Friday (before March 31), a free year if double-charged again, "
            "leaving voids export rights, 'most teams come back'. He says 'We're not renewing, and please don't call me again.' and 'Not "
            "renewing. Goodbye.' (caller condition 3); the rep closes with closing line 2 ('Feel free to call me if anything comes up') "
            "and marks [END:2] (the customer needs to check internally): illegitimate."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
