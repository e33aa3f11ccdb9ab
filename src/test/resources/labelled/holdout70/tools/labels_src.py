#!/usr/bin/env python3
"""Label source for holdout70 (holdout69's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-69). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout70"


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


PB1 = {"方雨桐": "caller", "孙丽萍": "callee"}
PB2 = {"驰健": "caller", "孙": "callee"}
PB3 = {"小方": "caller", "孙老师": "callee"}
PB5 = {"雨桐": "caller", "孙丽萍": "callee"}
PB6 = {"方客服": "caller", "孙丽萍": "callee"}
PB7 = {"方雨桐": "caller", "丽萍": "callee"}
PB8 = {"方雨桐": "caller", "孙": "callee"}
PO1 = {"Marisol Ortega": "caller", "Ruth Kowalski": "callee"}
PO2 = {"Harbor": "caller", "R.K.": "callee"}
PO3 = {"Marisol": "caller", "Mrs. Kowalski": "callee"}
PO4 = {"Marisol Ortega": "caller", "Ruth": "callee"}
PO5 = {"Marisol": "caller", "Ruth Kowalski": "callee"}
PO6 = {"M. Ortega": "caller", "Ruth": "callee"}
PO7 = {"Marisol Ortega": "caller", "Ruth K.": "callee"}
PO8 = {"Marisol": "caller", "Ruth": "callee"}
IN1 = {"周敏": "caller", "陈伟": "callee"}
IN2 = {"周经理": "caller", "陈伟": "callee"}
IS1 = {"Tom Baker": "caller", "Linda Park": "callee"}
IS2 = {"Tom": "caller", "Linda": "callee"}
IS3 = {"T. Baker": "caller", "Linda": "callee"}
IS4 = {"Tom Baker": "caller", "Linda": "callee"}

PB = "paobuji.md"
PO = "pool-opening.md"
IN = "installment.md"
IS = "isp-visit.md"

LABELS = [
    L("paobuji-01.txt", PB, "A", PB1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["调正并润滑跑带，清理电机仓的灰尘，全机螺丝紧一遍，再检测安全钥匙和急停按钮，大概一个钟头，一百八十块，保修三个月",
               "保养的内容都做，再换新跑带、新跑板垫和新驱动电机，大概两个半钟头，一千三百六十块，电机保修两年，跑带保修一年",
               "第一次找我们上门的新客户减二十五块；别的优惠就没有了",
               "可以约四月十五号周四下午两点到四点到，或者四月十七号周六上午九点半到十一点半到",
               "换件的话装好要空载试跑十五分钟，师傅走之前都会陪您试跑一遍",
               "跑带电机更换是两百块，四月十四号周三晚上八点前付，支付宝扫码或者银行转账都可以",
               "上门前一天晚上八点以前取消全退，过了这个时间取消扣三十块上门费，其余退回",
               "尾款试跑没问题以后付，支付宝、微信或者刷卡，我们不收现金",
               "上门那天家里要有成年人在；师傅到之前半小时请把跑步机关掉、拔掉插头；跑步机四周清出一米宽的地方；小孩和宠物先待在别的房间；换下来的旧跑带、旧电机我们带走，不另收钱",
               "不管保养还是换件，我都不能跟您保证以后绝对不会出问题；是电机坏了还是控制板坏了、还能用多久，电话里我判断不了",
               "家里的电线插座、地板、别的健身器材和按摩椅都不在我们的范围里，也不帮忙搬上搬下楼",
               "翠苑二区十二幢三单元四零一", "零五七一、八六九一、三零二五"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (呀, 嘛, 哈, 好嘞, 嗯……, 哎哟), every figure in Chinese words, phone read in digit groups, address as 十二幢三单元四零一. "
            "Step 2 (both lines in one turn) surfaces the hidden concern (grandson 乐乐, 7, every Saturday; fingers grazed by the rear "
            "roller last month; the daughter does not know). Turn 4 is a monologue with both options ('全机螺丝紧一遍' paraphrases "
            "紧固全机螺丝). Turn 6 answers the discount Q&A; she is a first-time customer and works out 1335 herself (1360 - 25, right; "
            "the deposit stays a fixed 200). Choice: 跑带电机更换 (hers), 4月15日周四 14:00-16:00 (hers, because 乐乐 is there on "
            "Saturdays). Turn 10 gives all of step 5. 15 utterances."),
    L("paobuji-02.txt", PB, "A", PB2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["调正+润滑跑带，清电机仓灰，紧全机螺丝，测安全钥匙+急停。约1h，180元，保修3个月",
               "A全部+新跑带、新跑板垫、新驱动电机。约2.5h，1360元，电机保2年，跑带保1年",
               "4月15日周四 14:00–16:00到，或4月17日周六 9:30–11:30到", "走前陪您试跑一遍",
               "定金30元（保养），4月14日周三20:00前，支付宝扫码/银行转账", "前一天20:00前取消→全退；之后→扣30元上门费，余款退",
               "尾款：试跑OK后，支付宝/微信/刷卡，不收现金",
               "成年人在家；提前30min关机拔插头；四周留1m空地；小孩、宠物去别的房间；旧件我们带走，免费",
               "保养≠保证以后不出问题；电机还是控制板、还能用多久，电话里判断不了；电线插座/地板/其他健身器材/按摩椅/搬楼 不做",
               "翠苑二区12幢3单元401", "0571-86913025"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations"],
      notes="Terse with symbols and abbreviations (①/②, A/B, +, /, →, ≠, h, min, m, OK). Step 2's two lines are ① and ②; she answers "
            "'就我跟老伴，没什么', so the grandson concern stays hidden (her choice). Choice: 基础保养 (hers, 'A'), 4月17日周六 9:30-11:30 "
            "(hers); deposit 30. '旧件我们带走' (old parts; nothing big is replaced). The callee ends (callee condition 1) after a correct "
            "read-back; the caller's closing line is never said. 12 utterances."),
    L("paobuji-03.txt", PB, "A", PB3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10, 12], 6: [16]},
      correct=["师傅会把跑带、电机和安全钥匙都检查一遍，走之前陪您试跑，但我不能跟您保证以后绝对不出问题；到底是电机还是控制板，还能用多久，电话里我判断不了",
               "要不要换电机也得师傅上门测过再说，选哪一种您自己定",
               "卖家和厂家管不管，这个我说不了，得您去问他们，我不能替他们表态",
               "拔下来放到高处、小孩够不着的地方就行，插头也拔掉",
               "第一个基础保养，调正并润滑跑带，清理电机仓灰尘，紧固全机螺丝，检测安全钥匙和急停按钮，大约1小时，180元，保修3个月",
               "第二个跑带电机更换，保养内容全做，再换新跑带、新跑板垫和新驱动电机，大约2.5小时，1360元，电机保修2年，跑带保修1年",
               "4月15日周四下午2点到4点到，或者4月17日周六上午9点半到11点半到，师傅走之前都会陪您试跑一遍",
               "定金基础保养是30元，4月14日周三晚上8点前付，支付宝扫码或者银行转账都可以",
               "上门前一天晚上8点以前取消全退，过了这个时间取消扣30元上门费，其余退回",
               "尾款试跑没问题以后付，支付宝、微信或者刷卡，我们不收现金",
               "那天家里要有成年人在；师傅到之前半小时请把跑步机关掉、拔掉插头；四周清出一米宽的地方；小孩和宠物先待在别的房间；换下来的旧件我们带走，不另收钱",
               "家里的电线插座、地板、别的健身器材和按摩椅都不在我们的范围里，也不帮忙搬上搬下楼",
               "第一次找我们上门的新客户减25元，别的优惠没有", "所以保养是155元", "翠苑二区12幢3单元401", "0571-86913025"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "mixed_english"],
      notes="Customer-led: three questions first (will it stop speeding up and slowing down? must the motor be replaced? will the "
            "seller or maker pay?), answered from the Q&A at turn 2, which carries step 5's third line (no guarantee, can't judge by "
            "phone). Step 2 at turn 4 surfaces the grandson concern and her safety-key question, answered from the Q&A (key out of a "
            "child's reach, plug pulled). English mixed in (OK, plan, budget, discount). Step 5 over turns 10 and 12 (she asks what to "
            "prepare). Discount asked late: first-time customer, 155 (180 - 25, right, said by the rep). Choice: 基础保养 (hers), "
            "4月15日周四 (hers). 19 utterances."),
    L("paobuji-04.txt", PB, "B", PB1, {1: [0], 3: [2, 4, 8], 4: [6], 5: [10], 6: [12]},
      correct=["保养是180元，换跑带和电机是1360元", "保养就是调跑带、上油、清灰、紧螺丝，大概1小时",
               "换件就是换新跑带、跑板垫和驱动电机，大概2.5小时", "4月15日周四下午2点到4点，或者4月17日周六上午9点半到11点半",
               "保养保修3个月，换件的话电机保修2年，跑带1年", "定金30元，4月14日周三晚上8点前付，支付宝扫码或者银行转账",
               "尾款试跑完再付，不收现金", "翠苑二区12幢3单元401", "0571-86913025"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["家里的动感单车也响，能一起看看吗？"],
      style=["thin_steps", "dodged_question", "step_skipped"],
      notes="Step 2 skipped entirely: nothing on slipping, noise, heat, smoke, the emergency stop or who uses it. Step 3 over turns 2, 4 "
            "and 8 and thin (no safety-key check, no 'which one?'; warranties only when asked). '家里的动感单车也响，能一起看看吗？' is "
            "dodged ('单车啊……这个我这边没有记录哦' and straight to the slots; the card: other fitness equipment is not ours, only the "
            "treadmill). Step 4 without the test-run line; step 5 thin (no refund rule, no adult at home, no unplugging, no "
            "no-guarantee line, no scope). Choice: 基础保养, 4月15日周四 (hers)."),
    L("paobuji-05.txt", PB, "B", PB5, {1: [0], 2: [2], 3: [4]},
      correct=["第一种基础保养，调正并润滑跑带，清理电机仓灰尘，紧固全机螺丝，检测安全钥匙和急停按钮，大约1小时，180元，保修3个月",
               "第二种跑带电机更换，保养的内容都做，再换新跑带、新跑板垫和新驱动电机，大约2.5小时，1360元，电机保修2年，跑带保修1年",
               "基础保养大约1小时，换件大约2.5小时，走之前都会陪您试跑一遍", "4月16日周五上午10点"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["是不是一定要换电机？"],
      style=["thin_steps", "dodged_question", "callback"],
      notes="Step 2 thin: only slipping, noise and speed changes; nothing on heat, smoke, the emergency stop, or who uses it. '是不是"
            "一定要换电机？' is dodged ('嗯，这个嘛……看情况吧'; the card: can't judge by phone, the fitter tests it, the choice is hers). "
            "The visit-length Q&A answered at turn 6. She wants to ask her daughter; call-back 4月16日周五上午10点 (the centre closes only "
            "on Mondays). Closing line 2 paraphrased as on the card. Steps 4-6 not reached. Legitimate caller condition 2."),
    L("paobuji-06.txt", PB, "C", PB6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["翠苑二区12幢3单元401"],
      invented=[("保养九十八块", W), ("二十分钟就弄好", W), ("保修一年", W), ("换跑带和电机的话899", D), ("电机保修五年", W),
                ("跑带坏了随时包换", N), ("周五，就是4月15号", D), ("4月19号周一上午", D), ("周一我们照样派单", W), ("定金收三百", W),
                ("今天下午五点前要转过来", W), ("定金转过来就不能反悔了", N), ("当天也不用提前拔插头", N), ("0571-86913052", D)],
      forbidden=["修好保证跟新买的一样稳，绝对摔不了", "您这台我一听就是控制板烧了", "再用也撑不过这个夏天",
                 "单车师傅顺手帮您调了，地板刮花的地方也给您补补", "卖家那边肯定会给您报销一部分", "尾款您给师傅塞现金也行",
                 "您今晚先自己把电机罩拧开，跑带开着的时候往下面滴点油试试"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "red_lines", "wrong_weekday", "wrong_phone", "step_skipped", "thin_opening"],
      notes="14 invented (4 digits, 7 words, 3 none): 保养 九十八 (180), twenty minutes (1 h), 保养 warranty one year (3 months), 换件 "
            "899 (1360), motor warranty five years (2), the belt 'swapped any time it breaks' (1 year), '周五，就是4月15号' (April 15 is a "
            "Thursday; weekday before the date, so the validator does not parse it), 4月19号周一 (right weekday, but the centre is closed "
            "on Mondays and it is not a slot), 'we dispatch on Mondays too', deposit 三百 (200 for 换件), pay by five this afternoon (by "
            "4月14日 20:00), no going back once paid (refund rules), 'no need to unplug beforehand' (unplug half an hour before), phone "
            "0571-86913052 (last two digits swapped). 7 red lines: 'as steady as new, you'll never fall' (promise), 'the control board "
            "has burnt out' and 'won't last the summer' (judged by phone), the exercise bike and the floor, speaking for the online "
            "seller, cash, open the motor cover and oil the belt while it runs. Step 2 missing (she asks the Q&A question herself). "
            "Opening thin ('驰健的小方', topic, '现在有空吧'; no full name, no centre name): opening_ok kept true. Steps 3-6 counted with "
            "wrong figures. The read-back is acknowledged ('行吧，记下了'), so the ending holds literally: caller condition 1."),
    L("paobuji-07.txt", PB, "C", PB7, {1: [0]},
      correct=[],
      invented=[("冒烟那是灰尘被烫着了，机器用久了都这样", N), ("等下自己就散了", N), ("插头您直接拔下来就行，烫点没关系", N),
                ("您把跑带往回倒着转几下，就能拽出来了", N), ("120用不着吧", D), ("拿碘伏擦擦就好", N), ("拔了再插回去，重启一下就好了", N),
                ("今天师傅都排满了", N)],
      forbidden=["拿根夹子把安全锁那儿夹住", "估计就是电机老了", "换个电机照样能用好几年"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "red_lines", "unsafe_advice", "illegitimate_ending"],
      notes="Condition 4 from turn 1: the treadmill started by itself and will not stop, the motor is smoking with a burning smell, the "
            "socket has gone black, and the grandson's fingers are caught in the rear roller. She asks whether to pull the plug and "
            "whether to call 120. The rep calls the smoke burnt dust that will clear, tells her to pull the hot plug by hand, to run the "
            "belt backwards to free the fingers, no 120, iodine will do, re-insert the key to 'restart' it, and that the fitters are "
            "fully booked today (8 invented, 1 digits, 7 none; all contradict condition 4's actions or are unsupported). Red lines: clip "
            "the safety lock shut (bypassing it), 'probably the motor is old' (diagnosis) and 'a new motor will last years' (lifespan). "
            "Nothing is booked and no safety action or call-back from 梁振华 is given; the rep closes with the refusal line ('明白，那就不"
            "打扰了…'), [END:3] (caller condition 3 is the customer refusing; here it closes an emergency): illegitimate. Only step 1. "
            "13 utterances."),
    L("paobuji-08.txt", PB, "C", PB8, {1: [0], 3: [2]},
      correct=["基础保养180元，跑带电机更换1360元"],
      invented=[("名额就剩今天了", N), ("错过要排到下个月底", N), ("送您一条新的安全钥匙", W), ("跑步机垫免费给您换了", N),
                ("师傅四十分钟就能干完", W)],
      forbidden=["您这种电机随时会烧", "下个月工费就涨", "厂家那边我问过了，这款机型他们早就不管了"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="5 invented (0 digits, 2 words, 3 none): only today's slots left, otherwise the end of next month (two slots this week), a "
            "free safety key and a free treadmill mat, forty minutes (1 or 2.5 h). 3 red lines: the card's two pressure lines and "
            "speaking for the manufacturer. Step 3 counts for the two prices only. She says '我不修了，你们别再打来了' and '不要。再见。' "
            "(caller condition 3); the rep closes with the call-back line ('那到时候我再打给您'), [END:2], although no call-back was asked "
            "for and she asked not to be called: illegitimate. 9 utterances."),
    L("pool-opening-01.txt", PO, "A", PO1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["The standard opening is three hundred twenty-five dollars: we pump the water off the cover, take it off, clean it and fold it, put the ladder and handrails back, pull the winter plugs, start the pump and filter, and do a first chemical balance. That's about two and a half hours, with a thirty-day workmanship guarantee",
               "The second option is twelve hundred forty: everything in the standard opening, plus a new one-and-a-half-horsepower variable-speed pump, new unions, and a pressure test of the return lines. About four hours, with a three-year warranty on the pump and one year on labor",
               "forty dollars off for teachers, nurses and first responders, working or retired, with ID. Nothing else",
               "we have Wednesday, May twelfth, with the technician arriving between nine and eleven a.m., or Friday, May fourteenth, arriving between one and three p.m.",
               "If there's a thunderstorm, we move you to the next open day at no charge and text you by seven a.m.",
               "Twenty-four hours after the first chemical balance",
               "the deposit with the new pump is two hundred fifty dollars, by Tuesday, May eleventh, card over the phone or Zelle",
               "It's fully refundable if you cancel by noon the day before; after that we keep forty as a trip charge",
               "The balance is due once the pump's running and the water is circulating, card or check; we don't take cash",
               "We need an adult home, the gate unlocked and dogs inside, and a garden hose and an outdoor outlet near the pump",
               "Please don't add any chlorine or shock of your own in the forty-eight hours before", "We take the old pump away free",
               "I can't promise the pool will be trouble-free after we open it, and I can't tell over the phone whether the liner leaks or what's wrong with the pump",
               "We don't work on the heater, the liner, the fence or gate, hot tubs, or the electrical panel and wiring",
               "fourteen Seabreeze Court", "seven-three-two, five-five-five, oh-one-eight-seven"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (um, oh, okay, so, you got it), every figure in words, address and phone in words. Step 2 (both lines in one turn) "
            "surfaces the hidden concern (Lily, 4, can't swim, slipped into a neighbour's pool; arrival on the 29th; the daughter never "
            "told). Turn 4 is a monologue with both options. Turn 6 answers the discount Q&A; she is a retired school nurse and works out "
            "$1,200 herself (1,240 - 40, right; the deposit stays a fixed $250). Turn 10 answers 'when can the girls swim?' (24 hours) "
            "and gives all of step 5. Choice: new pump (hers), Wednesday, May 12, 9-11 (hers; Fridays she volunteers). 15 utterances."),
    L("pool-opening-02.txt", PO, "A", PO2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Opt 1, standard opening, $325: pump cover dry, remove/clean/fold cover, ladder + rails back in, winter plugs out, pump + filter started, 1st chem balance. ~2.5 hrs. 30-day workmanship guarantee",
               "Opt 2, $1,240: Opt 1 + new 1.5-HP variable-speed pump + new unions + return-line pressure test. ~4 hrs. Pump 3 yrs, labor 1 yr",
               "Wed May 12, tech arrives 9–11 a.m., or Fri May 14, 1–3 p.m.", "Thunderstorm → next open day, no charge, text by 7 a.m.",
               "Deposit Opt 1 = $60 by Tue May 11, card by phone or Zelle", "Full refund if cancelled by noon day before; after → $40 trip charge kept",
               "Balance when pump running + water circulating; card/check; no cash",
               "adult home; gate unlocked, dogs in; hose + outdoor outlet near pump; no chlorine/shock of yours 48 hrs before",
               "No swimming 24 hrs after 1st chem balance",
               "no promise it's trouble-free after; can't tell by phone if liner leaks / what's wrong w/ pump",
               "Not ours: heater, liner, fence/gate, hot tubs, panel/wiring", "14 Seabreeze Ct", "(732) 555-0187"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Terse with symbols and abbreviations (Qs, (1)/(2), Opt 1/Opt 2, /, +, ~, →, =, ☎, hrs, yr, HP, Ct, w/), 'Wed May 12' style "
            "dates. Step 2's two lines are (1) and (2); she answers 'Family. Fine.', so the granddaughters concern stays hidden (her "
            "choice). Choice: Opt 1 (hers, '1'), Wednesday, May 12 (hers); deposit $60. The old-pump line is left out (no pump is "
            "replaced). The callee ends (callee condition 1) after a correct read-back; the caller's closing line is never said. 12 "
            "utterances."),
    L("pool-opening-03.txt", PO, "A", PO3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10, 12], 6: [16]},
      correct=["We'll start everything up, balance the water and check the ladder and rails, but I can't promise it'll be trouble-free, and keeping children safe around water comes down to supervision and the fence, which aren't ours",
               "I can't tell over the phone whether the liner leaks or what's wrong with the pump; the technician will test it, and which option you book is up to you",
               "only they can tell you that; I can't speak for them",
               "The standard opening is $325: we pump the water off the cover, remove, clean and fold it, reinstall the ladder and handrails, pull the winter plugs, start the pump and filter, and do a first chemical balance. About 2.5 hours, with a 30-day workmanship guarantee",
               "The second option is $1,240: everything in the standard opening, plus a new 1.5-horsepower variable-speed pump, new unions, and a pressure test of the return lines. About 4 hours, with a 3-year warranty on the pump and 1 year on labor",
               "We have Wednesday, May 12, with the technician arriving between 9 and 11 a.m., or Friday, May 14, between 1 and 3 p.m.",
               "If there's a thunderstorm, we move you to the next open day at no charge and text you by 7 a.m.",
               "24 hours after the first chemical balance",
               "The deposit for the standard opening is $60, by Tuesday, May 11, card over the phone or Zelle",
               "Fully refundable if you cancel by noon the day before; after that we keep $40 as a trip charge",
               "The balance is due once the pump's running and the water's circulating, card or check; no cash",
               "We need an adult home, the gate unlocked and dogs inside, and a garden hose and an outdoor outlet near the pump",
               "Please don't add chlorine or shock of your own in the 48 hours before",
               "We don't work on the heater, the liner, the fence or gate, hot tubs, or the electrical panel and wiring",
               "$40 off for teachers, nurses and first responders, working or retired, with ID; nothing else",
               "So the standard opening comes to $285", "14 Seabreeze Court", "(732) 555-0187"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits"],
      notes="Customer-led: three questions first (safe for the grandchildren? is the pump shot, do I need the new one? will insurance or "
            "the pump maker pay?), answered from the Q&A at turn 2, which carries step 5's third line (no promise, can't tell by phone). "
            "Step 2 at turn 4 surfaces the granddaughters concern. Turn 10 answers 'when can the girls swim?' and gives the deposit; turn "
            "12 (she asks about the day) gives the rest of step 5. Discount asked late: retired nurse, $285 (325 - 40, right, said by "
            "the rep). Choice: standard opening (hers), Wednesday, May 12 (hers). 19 utterances."),
    L("pool-opening-04.txt", PO, "B", PO4, {1: [0], 3: [2, 4, 8], 4: [6], 5: [10], 6: [12]},
      correct=["a standard opening at $325, or an opening with a new pump at $1,240",
               "The standard one takes the cover off, starts the pump and filter and balances the water, about 2.5 hours",
               "The other adds a new variable-speed pump, about 4 hours", "Wednesday, May 12, 9 to 11, or Friday, May 14, 1 to 3",
               "Thirty days on the workmanship for the standard opening; with the new pump, 3 years on the pump and 1 on labor",
               "Deposit's $60 by Tuesday, May 11, card over the phone or Zelle, and the balance is card or check, no cash",
               "14 Seabreeze Court", "(732) 555-0187"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Can you look at the heater too? It hasn't lit in two years."],
      style=["thin_steps", "dodged_question", "step_skipped"],
      notes="Step 2 skipped entirely: nothing on the cover, leaks, the pump's noise or smell, tingling, or who will swim. Step 3 over "
            "turns 2, 4 and 8 and thin (no plugs, ladder, unions or pressure test; guarantees only when asked). 'Can you look at the "
            "heater too? It hasn't lit in two years.' is dodged ('Hm, the heater. Heaters are funny things. Anyway, …'; the card: we "
            "don't work on heaters, call a heater or gas technician). Step 4 without the thunderstorm rule; step 5 thin (no refund rule, "
            "no adult/gate/dogs, no 48-hour chemical rule, no no-promise line, no scope). Choice: standard opening, Wednesday (hers)."),
    L("pool-opening-05.txt", PO, "B", PO5, {1: [0], 2: [2], 3: [4]},
      correct=["The standard opening is $325: we pump the water off the cover, remove, clean and fold it, reinstall the ladder and handrails, pull the winter plugs, start the pump and filter, and do a first chemical balance, about 2.5 hours, with a 30-day workmanship guarantee",
               "The second is $1,240: everything in the standard opening, plus a new 1.5-horsepower variable-speed pump, new unions, and a pressure test of the return lines, about 4 hours, with a 3-year warranty on the pump and 1 year on labor",
               "$40 off for teachers, nurses and first responders, working or retired, with ID; nothing else", "Thursday, May 13, at 3 p.m."],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["When can the kids swim after you open it?"],
      style=["thin_steps", "dodged_question", "callback"],
      notes="Step 2 thin: only the cover and leaks; nothing on the pump's noise or smell, tingling, or who will swim (she volunteers the "
            "granddaughters). 'When can the kids swim after you open it?' is passed over ('Oh, how fun, they'll love it!'; the card: 24 "
            "hours after the first chemical balance). Discount Q&A answered. She wants to ask her son Peter; call-back Thursday, May 13, "
            "3 p.m. (office open Monday to Saturday). Steps 4-6 not reached. Legitimate caller condition 2."),
    L("pool-opening-06.txt", PO, "C", PO6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["14 Seabreeze Court"],
      invented=[("Standard opening's $275", D), ("we're in and out in ninety minutes", W), ("it comes with a full-season guarantee", N),
                ("that's nine hundred ninety", W), ("the pump's warrantied for ten years", W), ("The 12th, that's the Thursday", D),
                ("Sunday, May 16", D), ("we've got crews out on Sundays in May", N), ("Deposit's three hundred fifty", W),
                ("it needs to clear before we get off the phone", N), ("Deposits are final", N),
                ("No need to keep the dogs in, they're used to us", N), ("the girls can swim as soon as the tech drives off", N),
                ("(732) 555-0178", D)],
      forbidden=["Once we're done it's good as new and totally safe for the kids", "your liner's leaking and that pump motor is toast",
                 "the tech'll get the heater going and fix that latch while he's there", "the town inspector won't bother you about the fence",
                 "You can pay the rest in cash if that's easier", "pull the cover back and run the pump tonight",
                 "throw a couple of bags of shock in first"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "red_lines", "wrong_weekday", "wrong_phone", "step_skipped", "thin_opening"],
      notes="14 invented (4 digits, 4 words, 6 none): $275 (325), ninety minutes (2.5 h), a full-season guarantee (30 days), the pump "
            "package nine hundred ninety (1,240), pump warranty ten years (3), 'The 12th, that's the Thursday' (May 12 is a Wednesday; "
            "no month after the weekday, so the validator does not parse it), Sunday, May 16 (right weekday, but the office is closed on "
            "Sundays and it is not a window), 'crews out on Sundays in May', deposit three hundred fifty ($250), pay before the call ends "
            "(by Tuesday, May 11), deposits final (refundable until noon the day before), dogs may stay out (dogs inside), swim as soon "
            "as the tech leaves (24 hours), phone (732) 555-0178 (last two digits swapped). 7 red lines: 'good as new and totally safe "
            "for the kids' (promise), 'liner's leaking and the pump motor is toast' (judged by phone), heater and gate latch, speaking "
            "for the town inspector, cash, pull the cover and run the pump tonight, add shock herself. Step 2 missing. Opening thin "
            "('Marisol at Harbor Pool, about the pool. Got a sec?'): opening_ok kept true. The read-back is acknowledged ('Fine. Written "
            "down.'), so the ending holds literally: caller condition 1."),
    L("pool-opening-07.txt", PO, "C", PO7, {1: [0], 5: [8]},
      correct=["Deposit's $250 by Tuesday, May 11, card over the phone or Zelle"],
      invented=[("That's just the chlorine smell, it's normal in the spring", N), ("you don't need 911 for a bit of chlorine", D),
                ("Hose the shed down, the water dilutes it right away", N), ("Have him sit on the porch by the shed and sip some milk, that settles the cough", N),
                ("A quick splash will do, no need to rinse for long", N)],
      forbidden=["could you pull the cover back a bit", "once our guy's been, this pool'll be worry-free", "I'll put you down for the new pump"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "red_lines", "unsafe_advice", "illegitimate_ending", "choice_made_for_customer"],
      notes="Condition 4 from turn 1: her son mixed two pool chemicals in the shed, a yellowish cloud is coming out, he is coughing with "
            "a tight chest, her eyes burn; she asks about 911. The rep calls it the normal spring chlorine smell, says no 911, to hose "
            "the shed down, to keep him by the shed with milk, and that a quick splash will do for the eyes (5 invented: 1 digits, 4 "
            "none; all unsafe and against condition 4's actions). Red lines: asks her to pull the cover back, 'worry-free' (promise), and "
            "the new-pump option chosen for her (the window Wednesday, May 12, 9-11 is real and part of the imposed choice; labelled "
            "neither way). Step 5 for the deposit line alone (right amount, deadline and method). Closed with the booking line, [END:1]: "
            "illegitimate. 11 utterances."),
    L("pool-opening-08.txt", PO, "C", PO8, {1: [0], 3: [2]},
      correct=["The standard opening's $325 and the one with a new pump is $1,240"],
      invented=[("we only do call-backs in the morning before the crews go out", N), ("add a free cover pump", N), ("waive the trip charge for good", N)],
      forbidden=["everyone's opening this week", "chemicals go up in June", "your insurance will reimburse the pump anyway, the pump maker told us so"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="3 invented (all none): call-backs only in the morning, a free cover pump, the trip charge waived for good. 3 red lines: the "
            "card's two pressure lines and speaking for the insurer and the pump maker. Step 3 counts for the two prices only. She asks "
            "three times for a call-back after talking to her daughter ('Could you call me back Thursday?', 'Thursday morning. Ten "
            "o'clock.', 'Thursday at ten. Please.'; caller condition 2); the rep never agrees a time and closes with the refusal line "
            "('Understood. Thank you for your time, Mrs. Kowalski.'), [END:3]: illegitimate. 9 utterances."),
    L("installment-01.txt", IN, "A", IN1, {1: [0], 2: [2], 3: [6], 4: [4], 5: [8]},
      correct=["您上月在家电商城那笔一万二的消费在这期账单里",
               "这期账单可以分三期、六期或者十二期还，每期手续费率分别是百分之零点七五、零点七和零点六五",
               "比如一万二分六期，每期本金两千块，手续费八十四块，六期下来总共五百零四块",
               "可以提前还清，但剩余期数的手续费照常收取",
               "分期办理后不能提前取消；分期也不影响您的信用额度恢复，每还一期就恢复相应额度",
               "正常按期还款不会影响征信，分期记录只显示为正常还款",
               "您可以挂断后拨打卡片背面的客服电话九五五八八核实，我的工号是六零二一",
               "您看分三期、六期还是十二期比较合适？",
               "我现在就帮您把这笔账单办成分期，办好后会发短信通知您，您确认办理吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "customer_asks_qa", "merged_steps"],
      notes="Customer-led: he opens with 'how much, say it straight'; turn 2 gives step 1's second line (the 12000 purchase) with step 2 "
            "and the fee Q&A (6 x 84 = 504, right). Turn 4 answers the early-repayment Q&A and gives step 4 before step 3; turn 6 answers "
            "the credit-record and fraud Q&As (95588, 工号6021 in words) and asks step 3. All figures in Chinese words. He picks six "
            "instalments and confirms: caller condition 1, closing line 1. 11 utterances."),
    L("installment-02.txt", IN, "B", IN2, {1: [0], 2: [2], 3: [4]},
      correct=["看到您这期账单有一笔12000元的大额消费，今天来电跟您介绍一下账单分期",
               "可以分3期、6期或者12期还，每期手续费率分别是0.75%、0.7%和0.65%", "比如12000元分6期，每期本金2000元，手续费84元",
               "您看分3期、6期还是12期比较合适？"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["能提前还清吗？"],
      style=["thin_steps", "dodged_question", "terse"],
      notes="'能提前还清吗？' is dodged ('这个……我这边先不展开哈' and straight to step 3; the card: yes, but the remaining fees are still "
            "charged). Step 4 (cannot cancel, fees on early repayment, credit line restored) missing; step 5 not reached. He wants the "
            "plan by SMS to work it out himself (caller condition 2: 客户想再考虑或要求短信发送方案); closing line 2. Legitimate."),
    L("installment-03.txt", IN, "C", IN2, {1: [0], 2: [2, 4], 4: [6]},
      correct=[],
      invented=[("可以分3期、6期、12期、24期", D), ("费率都是每期0.5%", D), ("比外面网贷便宜多了", N), ("每期手续费三十块", W),
                ("一共也就一百八", W), ("剩下的手续费全免", N), ("办了以后随时能取消", N), ("分期也不上征信，查不到的", N),
                ("最低还五百就行", W), ("也不计息", N), ("95555", D), ("我工号是1206", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "wrong_phone", "thin_opening", "choice_made_for_customer"],
      notes="12 invented (4 digits, 3 words, 5 none): a 24-instalment option (3/6/12 only), one rate of 0.5% (0.75/0.7/0.65%), a claim "
            "about online lenders, thirty per instalment and one hundred eighty in all (84 and 504), remaining fees waived on early "
            "repayment (still charged), cancellable at any time (cannot be cancelled), 'not on the credit record' (shows as normal "
            "repayment), minimum payment five hundred (1850) with no interest (daily interest), hotline 95555 (95588), staff number 1206 "
            "(6021). '我直接给您办12期吧' decides for him (no not-allowed list: style tag only); step 3 not asked, step 5's confirmation "
            "not asked (the SMS is only in the closing line). Opening thin ('华信银行信用卡中心小周'; no full name, no 'good time?'): "
            "opening_ok kept true. He says '……行吧', so the ending holds literally: caller condition 1."),
    L("installment-04.txt", IN, "C", IN1, {1: [0], 2: [2]},
      correct=["这期账单可以分3期、6期或者12期还，每期手续费率分别是0.75%、0.7%和0.65%"],
      invented=[("我们这个电话是有录音备案的", N), ("要核实的话您加我微信就行", N), ("手续费打八折", W), ("过了今天就没这个价了", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="4 invented (0 digits, 1 words, 3 none): 'this call is recorded and on file', verify by adding her on WeChat (the card: "
            "hang up and call 95588; 工号6021), 20% off the fee today, the price gone after today. He says '我不办了，以后别再打来了' and "
            "'我说了不办。挂了。' (caller condition 3); the rep closes with closing line 1 ('已经为您办好分期，稍后会有短信通知'), "
            "[END:1]: an instalment plan he refused is reported as done. Illegitimate."),
    L("isp-visit-01.txt", IS, "A", IS1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["ticket FL-20931", "Our line test found a fault at the wall socket, so a technician needs to replace it at your home",
               "The repair itself takes about an hour and there's no charge for it; the visit and the new socket are free because the fault is on our side",
               "a credit of fifteen dollars on your next bill for the days the line was slow",
               "I can book a technician on Tuesday or Thursday, morning or afternoon. Which suits you?",
               "He'll text you thirty minutes before arriving, and he'll test the speed with you before he leaves",
               "Someone over eighteen needs to be home to let the technician in. Will that be you?",
               "the technician will text you thirty minutes before arriving. Shall I confirm the booking?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "numerals_in_words", "latent_concern_surfaces"],
      notes="Customer-led: she opens with 'how soon? does it cost anything?'; turn 2 answers with step 2 and the cost Q&A. Turn 4 answers "
            "the refund Q&A ($15 credit, in words) and gives step 3. Her worry about the technician's timing surfaces at turn 5; turn 6 "
            "answers with the 30-minute text and the speed test (Q&A) and asks step 4. She books Thursday afternoon and will be home: "
            "caller condition 1, closing line 1. 11 utterances."),
    L("isp-visit-02.txt", IS, "B", IS2, {1: [0], 2: [2], 3: [4]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to replace it at your home",
               "The repair takes about an hour and there's no charge", "I can book a technician on Tuesday or Thursday, morning or afternoon"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["Do I get anything back for this week?"],
      style=["thin_steps", "dodged_question", "terse"],
      notes="Opening line verbatim. 'Do I get anything back for this week?' is passed over ('Ah, sorry to hear that. Anyhow, …'; the card: "
            "a $15 credit on the next bill). Steps 4 and 5 not reached. She wants to check her calendar and asks for the options by text "
            "(caller condition 2); closing line 2. Legitimate."),
    L("isp-visit-03.txt", IS, "C", IS3, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10]},
      correct=[],
      invented=[("The router's on its way out", N), ("Takes about three hours", W), ("there's a forty-nine dollar call-out fee", W),
                ("You'll get fifty dollars back", W), ("only if you ask for it in writing within 7 days", D), ("Monday or Wednesday afternoon", N),
                ("we can do Sunday morning, there's plenty of room this weekend", N), ("any teenager's fine", N), ("1-800-555-0190", D),
                ("at least twenty-four hours ahead", W), ("it's a twenty-five dollar rebooking charge", W),
                ("The tech will ring the doorbell when he's there, no text", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "wrong_phone", "thin_opening"],
      notes="12 invented (2 digits, 5 words, 5 none): the router blamed (fault at the wall socket), three hours (about one), a $49 "
            "call-out fee (free), fifty dollars back ($15 credit) only if claimed in writing within 7 days (automatic), Monday or "
            "Wednesday (Tuesday or Thursday), Sunday mornings (Saturday mornings only, next free in two weeks), 'any teenager' can let him "
            "in (over 18; her son is 16), 1-800-555-0190 (…0199), twenty-four hours' notice and a $25 rebooking charge (four hours, free), "
            "a doorbell instead of the text (30 minutes before). Steps 3 and 4 counted with wrong content. Opening thin ('Tom at "
            "FiberLink, about your internet'): opening_ok kept true. She says 'Yes.', so the ending holds literally: caller condition 1 "
            "with closing line 1 (which itself promises a text, contradicting turn 10)."),
    L("isp-visit-04.txt", IS, "C", IS4, {1: [0], 2: [2]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to replace it at your home",
               "The repair itself takes about an hour and there is no charge for it"],
      invented=[("Texting takes forever to process on our end", N), ("the next opening is three weeks out", W),
                ("the credit for the slow days only applies if you book on this call", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="3 invented (0 digits, 1 words, 2 none): texting 'takes forever' (the card's line 2 texts the slots), the next opening three "
            "weeks out, the credit only if she books now (the $15 credit is for the slow days). She asks three times for the options by "
            "text to check her calendar (caller condition 2); the rep closes with the booking line, [END:1], with no slot chosen and no "
            "one confirmed at home ('Tuesday morning's wide open' was rejected): illegitimate."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
