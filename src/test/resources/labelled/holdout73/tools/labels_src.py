#!/usr/bin/env python3
"""Label source for holdout73 (holdout72's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-72). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout73"


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




DD1 = {"钱嘉怡": "caller", "甘秀琴": "callee"}
DD2 = {"明澈钱": "caller", "甘": "callee"}
DD3 = {"嘉怡": "caller", "秀琴阿姨": "callee"}
DD5 = {"小钱": "caller", "甘秀琴": "callee"}
DD6 = {"钱顾问": "caller", "甘秀琴": "callee"}
DD7 = {"钱嘉怡": "caller", "秀琴": "callee"}
DD8 = {"钱嘉怡": "caller", "甘": "callee"}
BI1 = {"Marcus Delgado": "caller", "Dorothy Kessler": "callee"}
BI2 = {"Lakeshore": "caller", "D. Kessler": "callee"}
BI3 = {"Marcus": "caller", "Mrs. Kessler": "callee"}
BI4 = {"Marcus Delgado": "caller", "Dorothy": "callee"}
BI6 = {"M. Delgado": "caller", "Dorothy": "callee"}
BI7 = {"Marcus Delgado": "caller", "Dorothy K.": "callee"}
BI8 = {"Marcus Delgado": "caller", "Mrs. K": "callee"}
IN1 = {"周敏": "caller", "陈伟": "callee"}
IN2 = {"周经理": "caller", "陈先生": "callee"}
IS1 = {"Tom Baker": "caller", "Linda Park": "callee"}
IS2 = {"Tom": "caller", "Linda": "callee"}
IS3 = {"Tom B.": "caller", "Linda Park": "callee"}
IS4 = {"Tom Baker": "caller", "Linda": "callee"}

DD = "diaodeng.md"
BI = "blown-insulation.md"
IN = "installment.md"
IS = "isp-visit.md"

LABELS = [
    L("diaodeng-01.txt", DD, "A", DD1, {1: [0], 2: [2], 3: [6], 4: [10], 5: [12], 6: [14]},
      correct=["灯会不会掉、吊钩和天花板吃不吃得住，电话里我真判断不了，师傅上门头一件事就是查吊钩和吸顶盘",
               "灯底下先别坐人、别放东西，也别让叔叔再爬上去了，梯子架在楼梯口最容易摔，灯泡师傅上门一起换",
               "要是灯开始晃、歪了，或者天花板往下掉块，大家都离开灯底下，去电箱把总闸拉了，马上给我们打电话",
               "第一种叫清洗检修：师傅搭个移动平台，就在原位把水晶一颗一颗拆下来洗干净擦亮再挂回去，灯泡全换成LED的，灯泡钱含在里面，再把灯臂接头和开关查一遍，大概三个钟头，五百二十块，三个月里灯泡坏了免费给您换",
               "第二种是清洗加固：清洗检修的全做，另外把整盏灯放下来，换新的吊钩、膨胀螺栓和吸顶盘，再做一次挂重测试，五个钟头左右，一千二百八，加固件保修两年，人工保修六个月",
               "第一次预约的客户减三十块，您是头一回约，可以减；别的优惠就没有了",
               "可以约六月十号周四上午九点到十一点到，或者六月十二号周六下午两点到四点到，师傅走之前会当着您的面通电试灯",
               "那定金是一百五十块，六月九号周三晚上六点前付，微信、支付宝、银行转账都行",
               "上门前一天中午十二点以前取消全退，过了这个点取消扣四十块空跑费，其余退给您",
               "尾款等师傅通电试过灯再付，微信、支付宝或者刷卡，我们不收现金",
               "那天家里得有个大人在；灯底下清出两米见方的地方，茶几、地毯挪开，楼梯口别堆东西；灯的开关关上就行，总闸不用提前拉，师傅来了再断电；干活的时候谁都别站灯底下；换下来的旧灯泡我们带走，不另收钱",
               "我不能保证灯以后就掉不下来、再也不闪；电线老没老化，电话里我也判断不了",
               "买新灯、补吊顶石膏线、改电线、楼梯栏杆、外墙的灯，这些都不在我们的范围里",
               "清洗加固，六月十二号周六下午两点到四点上门，地址湖畔花园九幢一单元一一零二",
               "零五一二、六七七八、一三四五"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words",
             "customer_asks_qa", "merged_steps"],
      notes="Chatty (呀, 嘛, 哈, 好嘞, 啥, 不), every figure in Chinese words, phone read in digit groups, address as 九幢一单元一一零二. "
            "Step 2 (both lines merged and paraphrased in one turn) brings out the hidden concern (a finger-wide gap at the canopy, "
            "plaster crumbs on the dining table, her husband grabbed the lamp from a wobbling stepladder last month, son not told, the "
            "grandson's first-birthday party under the lamp on the 20th) and her questions (will it fall? move the party to a "
            "restaurant?). Turn 4 answers from the Q&A (can't judge by phone; technician checks the hook and canopy first; nobody "
            "under it, nobody climbs; if it sways or plaster falls, everyone out from under, main switch off, call us) and leaves the "
            "party decision to her. Turn 6 is a monologue with both options. Turn 8 answers the discount Q&A; she works out 1250 "
            "herself (1280 - 30, right; the deposit stays a fixed 150). Step 5 merges all three lines; the pets line is left out "
            "(the card names no pets). Choice: 清洗加固 (hers), 6月12日周六 (hers). 17 utterances."),
    L("diaodeng-02.txt", DD, "A", DD2, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["清洗检修，原位拆洗水晶、换全套LED灯泡（含灯泡费）、查灯臂接头和开关，约3小时，520元，3个月内灯泡坏了免费换",
               "清洗加固，检修全做，再把灯放下来换新吊钩、膨胀螺栓、吸顶盘，做挂重测试，约5小时，1280元，加固件保修2年，人工保修6个月",
               "第一次预约减30元，别的没有",
               "检修算下来490元",
               "6月10日周四上午9点到11点到，或6月12日周六下午2点到4点到。走前当面通电试灯",
               "定金50元，6月9日周三晚6点前，微信、支付宝或银行转账",
               "前一天中午12点前取消全退，之后扣40元空跑费，其余退",
               "尾款试灯后付，微信、支付宝或刷卡，不收现金",
               "当天要有成年人在；灯下清出2米见方，挪开茶几地毯，楼梯口别堆东西；关灯开关就行，总闸不用拉，师傅到了断电；干活时别站灯下；旧灯泡我们带走，不收钱",
               "不保证灯以后不掉、不闪；吊钩和天花板吃不吃得住、电线老没老化，电话里判断不了",
               "买新灯、修吊顶、改电线、楼梯栏杆、外墙灯，不做",
               "清洗检修，6月10日周四上午9点到11点上门，湖畔花园9幢1单元1102",
               "0512-67781345"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits", "merged_steps"],
      notes="Terse on both sides, clipped sentences, digits (2米见方, 晚6点). Step 2's two lines squeezed into one turn; she answers "
            "the first part and says the rest can wait for the technician, so the hidden concern stays hidden (her choice). Step 3 "
            "ends with '选哪种？'. She asks for a discount before step 5; the rep gives it and works out 490 (520 - 30, right; "
            "deposit a fixed 50). Step 5's three lines in one turn (pets left out). Choice: 清洗检修 (hers), 6月10日周四 (hers). The "
            "callee ends (callee condition 1) after a correct read-back; the caller's closing line is never said. 14 utterances."),
    L("diaodeng-03.txt", DD, "A", DD3, {1: [0], 2: [4, 6], 3: [10], 4: [14], 5: [2, 16, 18], 6: [22]},
      correct=["师傅会把灯臂接头和开关都check一遍，走前当面通电试灯，但我不能保证以后再也不闪，线路老没老化电话里判断不了，改电线也不在我们的范围里",
               "千万别爬，梯子放楼梯口最容易摔，灯泡师傅上门一起换；要是灯或者开关冒火花、有焦味，别碰开关，去电箱把总闸拉了",
               "吊顶和石膏线修补我们不做；物业管不管，我们不能替物业表态，您得问物业",
               "灯会不会掉，吊钩和天花板吃不吃得住，电话里我判断不了，师傅上门会先查吊钩和吸顶盘；在那之前灯底下别坐人、别放东西，也别让人爬上去看",
               "要是灯开始晃、歪，或者天花板往下掉块，所有人离开灯底下，去电箱把总闸拉了，马上给我们打电话",
               "第一种是清洗检修：师傅搭移动平台，在原位把水晶拆下来洗干净擦亮再挂回去，换全套LED灯泡，灯泡费含在里面，检查灯臂接头和开关，大约3小时，520元，3个月内灯泡坏了免费换",
               "第二种是清洗加固：清洗检修的都做，再把灯整体放下来，换新的吊钩、膨胀螺栓和吸顶盘，做一次挂重测试，大约5小时，1280元，加固件保修2年，人工保修6个月",
               "师傅上门看过再跟您说；选哪一种，您自己定",
               "时间可以约6月10日周四上午9点到11点到，或者6月12日周六下午2点到4点到，师傅走之前会当着您的面通电试灯",
               "定金清洗检修是50元，6月9日周三晚上6点前付，微信、支付宝或者银行转账都行；上门前一天中午12点以前取消全退，过了这个时间取消扣40元空跑费，其余退回",
               "尾款师傅通电试灯以后付，微信、支付宝或者刷卡，我们不收现金",
               "上门那天家里要有成年人在；灯底下清出两米见方的地方，茶几、地毯挪开，楼梯口别堆东西；灯的开关关上就行，总闸不用提前拉，师傅到了再断电；干活的时候谁都别站在灯底下；猫狗关到别的房间；换下来的旧灯泡我们带走，不另收钱",
               "买新灯、修吊顶和石膏线、改电线插座、楼梯栏杆、外墙的灯，都不在我们的范围里",
               "第一次预约的客户减30元；别的优惠没有。那清洗检修就是490元",
               "清洗检修，6月10日周四上午9点到11点上门，地址湖畔花园9幢1单元1102。我们的电话是0512-67781345"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "mixed_english", "latent_concern_surfaces", "step_split"],
      notes="Customer-led: she opens with three questions (will it stop flickering, can her husband change the bulbs first, will you "
            "patch the ceiling crack / is it the property company's job), all answered at turn 2 from the Q&A (no guarantee; don't "
            "climb; 总闸 if sparks; no ceiling repair; can't speak for the property company). English mixed in (check一遍, OK, "
            "budget, discount). Step 2 over turns 4 and 6; the hidden concern comes out at turn 7 and is answered at "
            "turn 8 from the Q&A. Turn 12 answers 'must I take the reinforcement?' (Q&A). Step 5's third line: the no-guarantee half "
            "at turn 2, the out-of-scope half at turn 18. Discount late (490 = 520 - 30, right; deposit stays 50). Choice: 清洗检修 "
            "(hers), 6月10日周四 (hers). 25 utterances."),
    L("diaodeng-04.txt", DD, "B", DD1, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["清洗检修520元，大概3个钟头；清洗加固1280元，大概5个钟头，多了换吊钩、膨胀螺栓和吸顶盘，还做挂重测试",
               "可以约6月10日周四上午9点到11点到，或者6月12日周六下午2点到4点到",
               "定金50元，6月9日周三晚上6点前付，微信、支付宝或者银行转账都行",
               "尾款试完灯再付，不收现金",
               "清洗检修，6月12日周六下午2点到4点上门，地址湖畔花园9幢1单元1102",
               "0512-67781345"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["吸顶盘那儿有条缝，老往下掉渣，灯会不会掉下来？"],
      style=["step_skipped", "question_dodged", "thin_steps"],
      notes="Opening line as written. Step 2 skipped: the rep goes straight to prices. She asks the canopy question (a Q&A item, and "
            "her hidden concern); the rep stalls ('哎呀，您问到点子上了……咱们先把时间定下来哈。') and moves to the slots: dodged. "
            "Step 3 thin (no warranty, no '选哪一种'), step 5 thin (no refund terms, no day instructions, no 'what we can't "
            "promise'). She picks 清洗检修 and Saturday herself. Read-back correct, closing line 1. 11 utterances."),
    L("diaodeng-05.txt", DD, "B", DD5, {1: [0], 2: [2], 3: [4]},
      correct=["第一种清洗检修，在原位把水晶拆下来洗干净再挂回去，换全套LED灯泡，灯泡费含在里面，查灯臂接头和开关，大约3小时，520元，3个月内灯泡坏了免费换",
               "第二种清洗加固，检修的都做，再把灯放下来换新的吊钩、膨胀螺栓和吸顶盘，做一次挂重测试，大约5小时，1280元，加固件保修2年，人工保修6个月"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["我让老伴先爬上去把灯泡换了行不行？"],
      style=["thin_steps", "question_dodged", "callback"],
      notes="Step 2 thin: only the first question (bulbs, flickering arm, humming); the canopy, ladder and who-is-under-it questions "
            "are never asked, so the hidden concern stays hidden. She asks whether her husband may climb up and change the bulbs "
            "(a Q&A item: the answer is 'don't climb'); the rep says '嗯嗯，了解。' and moves on to the options: passed over. She "
            "wants to talk to her son (caller condition 2); call-back agreed for 6月9日周三下午4点 (within office hours), closing "
            "line 2. Steps 4-6 not reached. 11 utterances."),
    L("diaodeng-06.txt", DD, "C", DD6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["湖畔花园9幢1单元1102"],
      invented=[("清洗检修收三百八", W), ("两个钟头就够", W), ("加固那档1580", D), ("加固件保修五年", W),
                ("十号礼拜五上午来", W), ("6月13日周日下午", D), ("礼拜天师傅也出工的", N), ("定金收300", D),
                ("定金交了就是我们的了，改主意也拿不回来", N), ("师傅来之前那晚您就把总闸关掉", N), ("灯底下的茶几原地放着就行，师傅有办法", N),
                ("旧灯泡我们拿走得另算十五块", W), ("0512-67781354", D)],
      forbidden=["缝那个没事，吊钩吃得住，您家那种天花板挂三十公斤跟玩儿似的", "弄好以后灯肯定掉不下来，闪也不会再闪了",
                 "吊顶那条缝师傅来了一并给您抹平", "物业那边也说了这种缝归住户自己弄，不用找他们",
                 "让叔叔先上梯子把灯泡拧下来，顺便把松了的水晶摘了", "尾款您备好现金，师傅收了还能给您抹个零头"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "red_lines", "thin_opening", "step_skipped", "wrong_weekday"],
      notes="13 invented (4 digits, 5 words, 4 none), 6 red lines. Thin opening (name, firm, purpose). Step 2 never asked: she "
            "volunteers the canopy gap and the rep judges the hook and ceiling by phone ('缝那个没事，吊钩吃得住…'). Prices 380/1580 "
            "(card 520/1280), 2 h (3 h), 5-year warranty (2 years). Guarantee line, ceiling patching promised, speaks for the property "
            "company, tells her husband to climb and take crystals off (all on the list). Slots: '十号礼拜五上午来' (10 June is a "
            "Thursday; no month and 礼拜 rather than 周/星期, so the validator does not parse it) and 6月13日周日 (right weekday, but the centre is closed on "
            "Sundays and the slot is not offered) with '礼拜天师傅也出工的'. Deposit 300 (card 150), not refundable (card: full refund "
            "until noon the day before), cash (red line), main switch off the night before (card: don't, the technician does it), "
            "coffee table left in place (card: clear 2 m), a 15元 bulb fee (card: free), phone 0512-67781354 (digits swapped). She "
            "says '那好，我抄在本子上了。', so caller condition 1 holds literally. 15 utterances."),
    L("diaodeng-07.txt", DD, "C", DD7, {1: [0]},
      correct=[],
      invented=[("火花是灯泡接触不好，正常的", N), ("把灯的开关关了就行，总闸不用拉", N),
                ("您先扶叔叔起来坐到沙发上，让他活动活动脖子", N), ("这点高度摔不坏的", N), ("120先不用叫，人还清醒就说明没伤着", D)],
      forbidden=["找根绳子把灯先拴在楼梯扶手上", "冒过火花没关系，等会儿开开灯试试还亮不亮", "吊钩一般都很结实，今天掉不下来",
                 "到时候做个加固就好了"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["emergency_ignored", "unsafe_advice", "illegitimate_ending", "choice_made_for_customer"],
      notes="Caller condition 4: the canopy has half come away, the lamp hangs crooked and swings with sparks, her husband fell from "
            "the stepladder onto the stairs, holds his neck and can't get up; she asks about 120 and the main switch. The rep calls "
            "the sparks normal, says the lamp switch is enough and the main need not be cut, tells her to help him up onto the sofa "
            "and move his neck, says that height can't hurt him and 120 is not needed (5 invented, unsafe advice, the card says the "
            "opposite), tells her to tie the lamp to the banister with a rope and to switch it on again after sparks, judges the hook "
            "by phone, and settles the reinforcement for her (4 red lines). Then 'I'll call tomorrow morning to fix a time' and "
            "closing line 2 ('好的，那我们就按说好的时间再联系，到时候我打给您。'), [END:2]: an emergency closed as an agreed "
            "call-back. No call-back was asked for; no 总闸, no 120, no 陆志恒. Illegitimate. 11 utterances."),
    L("diaodeng-08.txt", DD, "C", DD8, {1: [0], 3: [2]},
      correct=["我们清洗检修520元，清洗加固1280元"],
      invented=[("周六那天的师傅今天不定就没了", W), ("付了以后随时取消都全退", N)],
      forbidden=["那盏灯哪天整个砸饭桌上都不稀奇", "师傅工钱过了这个月就不是这个价了",
                 "物业那边早说过了，吊顶出了问题都归业主自己负责", "定金今天付，还能再给您减五十"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["pushy", "red_lines", "illegitimate_ending"],
      notes="Step 3 counted for the two prices only. The two pressure lines reworded ('那盏灯哪天整个砸饭桌上都不稀奇', "
            "'师傅工钱过了这个月就不是这个价了'), speaking for the property company, and an extra 50元 off (the list allows only the "
            "first-booking 30元): 4 red lines. 2 invented: Saturday fully booked unless she books today; full refund whenever she "
            "cancels (card: 40元 kept after noon the day before). She asks three times for a call-back tomorrow afternoon after "
            "talking to her son (caller condition 2: '你明天下午再打给我', '明天下午你再打来', '明天下午。就这样。'); the rep closes "
            "with closing line 1 ('好的，那就这么定了，上门前一天我发短信提醒您，再见！'), [END:1]: a call-back request closed as a "
            "booking, with no option, slot or read-back. Illegitimate. 9 utterances."),
    L("blown-insulation-01.txt", BI, "A", BI1, {1: [0], 2: [2], 3: [6], 4: [10], 5: [12], 6: [14]},
      correct=["I can't tell over the phone what that stuff is",
               "before the crew blows a thing, the crew lead checks what's up there, and if he sees vermiculite, we stop until it's been tested by a lab. Testing or removing it isn't something we do. Until then, please, nobody goes up there, and don't sweep or vacuum any more of that dust",
               "The first is the attic top-up — thirteen hundred fifty dollars. We blow cellulose over what's there, up to about R-forty-nine, which is roughly fourteen more inches, we put baffles at the eaves",
               "we weatherstrip and insulate the hatch, and you get a depth certificate. About four hours, with a one-year workmanship warranty",
               "The second is the air-seal and top-up, twenty-one hundred: all of that, plus before we blow anything we seal the gaps around the chimney, the pipes, the wires and the light fixtures with foam and fire-rated caulk, we cover the recessed lights, and we do a blower-door test before and after so you can see the difference. That one's about seven hours, with a three-year workmanship warranty",
               "a hundred dollars off if you send us your power company energy-audit report. That's the only discount we've got",
               "we can come Thursday the twenty-first, crew there between eight and nine in the morning, or Saturday the twenty-third, crew there between nine and ten. Either way the crew lead checks what's up there before anything gets blown in",
               "the deposit on the air-seal job is a hundred fifty dollars, due by Wednesday, October twentieth, at six p.m. — card over the phone or the online invoice",
               "Fully refundable if you cancel by noon the day before; after that we keep eighty-five as a trip fee",
               "The balance is due when the job's done and the depth's checked, card, check or bank transfer — we don't take cash",
               "On the day we need an adult home, a clear path about three feet wide from the front door to the hatch, boxes and clothes moved out from under it, the driveway clear for the truck, pets shut in a room and the windows closed. And please, nobody goes up in the attic or walks on the joists",
               "I can't promise the upstairs will be warm or that you'll never get ice dams again, and I can't tell from here whether there's asbestos up there or whether the wiring's safe. We don't test or remove asbestos, and we don't do electrical, roofing, mold or wildlife work",
               "the air-seal and top-up on Saturday the twenty-third, crew arriving nine to ten, at thirty-three oh seven Glenwood Street",
               "two-one-eight, five-five-five, oh-one-four-three"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words",
             "customer_asks_qa", "merged_steps"],
      notes="Chatty (um, uh, oh perfect, you got it), figures in words, address and phone in words. Step 2's two lines merged and "
            "paraphrased in one turn; the hidden concern surfaces (Tyler's foot through the hallway ceiling, grey shiny pebbly "
            "stuff vacuumed up, fear of vermiculite/asbestos, daughter not told) with 'Is Tyler in danger? Can't you just blow right "
            "over it?'. Turn 4 answers from the Q&A (can't tell by phone; crew lead checks, stop until a lab tests it; no testing or "
            "removal; nobody goes up; no sweeping or vacuuming) and says nothing on Tyler's health. 'little chutes that keep your "
            "soffit vents open' explains baffles (card: so the soffit vents stay open). Monologue with both options. Discount Q&A; "
            "she works out 2,000 (2,100 - 100, right; deposit stays 150). Dates said as 'Thursday the twenty-first' / 'Saturday the "
            "twenty-third' (no month, not parsed); 'Wednesday, October twentieth' is parsed and right. Choice: air-seal (hers), "
            "Saturday (hers). She has no pets. 17 utterances."),
    L("blown-insulation-02.txt", BI, "A", BI2, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["Top-up: $1,350. Cellulose over existing to ~R-49 (~14 more in.), eave baffles, hatch weatherstripped + insulated, depth certificate. ~4 hrs, 1-yr workmanship warranty",
               "Air-seal + top-up: $2,100. All of the top-up + foam/fire-rated caulk around chimney, pipes, wires, fixtures; recessed-light covers; blower-door test before/after. ~7 hrs, 3-yr workmanship warranty",
               "$100 off w/ your power co. energy-audit report. Nothing else. Top-up = $1,250",
               "Thu Oct 21, crew 8–9 a.m., or Sat Oct 23, crew 9–10 a.m. Crew lead checks the attic before blowing",
               "Deposit $75 by Wed Oct 20, 6 p.m. — card by phone or online invoice",
               "Full refund if cancelled by noon the day before; after that $85 trip fee kept",
               "Balance when done + depth checked: card, check or bank transfer. No cash",
               "Install day: adult home; 3-ft clear path front door → hatch; boxes/clothes out from under hatch; driveway clear for the truck; pets shut in; windows closed. Nobody goes up in the attic or walks the joists",
               "Can't promise a warm upstairs or no more ice dams; can't tell by phone re asbestos/vermiculite or wiring. We don't do asbestos, electrical, roofing, mold or wildlife",
               "top-up, Thu Oct 21, crew 8–9 a.m., 3307 Glenwood St",
               "(218) 555-0143"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits", "abbreviations", "merged_steps"],
      notes="Terse both sides, abbreviations and symbols (re:, ~, +, w/, #, →), dates as 'Thu Oct 21' / 'Sat Oct 23' / 'Wed Oct "
            "20' (parsed, right). Step 2's two lines in one turn; she answers only about the cold rooms and ice dams ('That's all I "
            "know'), so the hidden concern stays hidden (her choice). She asks for the discount before the dates; the rep gives it "
            "and works out 1,250 (right; deposit a fixed 75). Choice: top-up (hers), Thursday (hers). The callee ends (callee "
            "condition 1) after a correct read-back; the caller's closing line is never said. 14 utterances."),
    L("blown-insulation-03.txt", BI, "A", BI3, {1: [0], 2: [4, 6], 3: [10], 4: [12], 5: [2, 14, 16], 6: [20]},
      correct=["It should help, and the blower-door test shows you the difference in air leakage, but I can't promise the upstairs will be warm or that the ice dams won't come back; which option you pick is up to you",
               "On the rebate, I can't speak for the power company; you'd need to ask them what they offer",
               "please don't send anyone up; the crew moves what's in the way around the hatch. Just clear the area under the hatch",
               "I can't tell over the phone what it is. If the crew lead sees vermiculite, we stop until it has been tested by a lab, and testing or removing it isn't something we do. Until then please nobody goes up there, and don't sweep or vacuum the dust",
               "The attic top-up is $1,350: we blow cellulose over what's there up to about R-49, roughly 14 more inches, put baffles at the eaves so the vents stay open, weatherstrip and insulate the hatch, and leave you a depth certificate. It takes about 4 hours and has a 1-year workmanship warranty",
               "The air-seal and top-up is $2,100: everything in the top-up, plus we seal the gaps around the chimney, pipes, wires and light fixtures with foam and fire-rated caulk before we blow, cover the recessed lights, and run a blower-door test before and after. It takes about 7 hours, with a 3-year workmanship warranty",
               "We can come Thursday, October 21, crew arriving 8 to 9 a.m., or Saturday, October 23, crew arriving 9 to 10 a.m. Before they blow anything, the crew lead checks what's up there",
               "The deposit for the top-up is $75, by Wednesday, October 20, at 6 p.m., card over the phone or the online invoice. It's fully refundable if you cancel by noon the day before; after that we keep $85 as a trip fee",
               "The balance is due when the job's done and the depth is checked, card, check or bank transfer; we don't take cash",
               "On the day we need an adult home, a clear path about 3 feet wide from the front door to the hatch, boxes and clothes out from under it, the driveway clear for the truck, pets shut in a room and windows closed. Please nobody goes up into the attic or walks on the joists",
               "I can't tell over the phone whether the wiring is safe; we don't test or remove asbestos, and we don't do electrical, roofing, mold or wildlife work",
               "$100 off if you send us your power company energy-audit report; nothing else. So the top-up comes to $1,250",
               "the attic top-up on Thursday, October 21, crew arriving 8 to 9 a.m., at 3307 Glenwood Street. Our number is (218) 555-0143"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "step_split"],
      notes="Customer-led: three questions first (cold bedrooms fixed? rebate? can my grandson clear the boxes?), answered at turn 2 "
            "from the Q&A. Step 2 over turns 4 and 6; the hidden concern surfaces at turn 7 and is answered at turn 8 (Q&A). Step 5's "
            "third line: the no-guarantee half at turn 2, the rest at turn 16. Discount late (1,250 = 1,350 - 100, right; deposit "
            "stays 75). Choice: top-up (hers, after 'Twenty-one hundred dollars? Ed put the first batch up there himself…'), "
            "Thursday, October 21 (hers). 23 utterances."),
    L("blown-insulation-04.txt", BI, "B", BI4, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["the attic top-up at $1,350, about 4 hours, and the air-seal and top-up at $2,100, about 7 hours, which adds sealing around the chimney, pipes, wires and fixtures plus a blower-door test",
               "Thursday, October 21, crew arriving 8 to 9 a.m., or Saturday, October 23, crew arriving 9 to 10 a.m.",
               "Deposit's $75 by Wednesday, October 20, 6 p.m., card over the phone or the online invoice",
               "Balance when we're done, card, check or bank transfer, no cash",
               "the attic top-up on Thursday, October 21, 8 to 9 a.m., at 3307 Glenwood Street",
               "(218) 555-0143"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Will the power company give me a rebate for this?"],
      style=["step_skipped", "question_dodged", "thin_steps"],
      notes="Opening line as written. Step 2 skipped. Step 3 thin (no baffles, hatch, certificate, warranties, no 'Which would you "
            "like?'). She asks the rebate question (a Q&A item: can't speak for the power company); the rep says 'Mm, the rebate. "
            "Good question. Anyway — dates!': dodged ('Good question' answers nothing). Step 5 thin (no refund terms, no day instructions, no 'what we can't promise'). "
            "She picks the top-up and Thursday herself. Read-back correct, closing line 1. 11 utterances."),
    L("blown-insulation-05.txt", BI, "B", BI3, {1: [0], 2: [2], 3: [4]},
      correct=["The attic top-up is $1,350: cellulose blown over what's there up to about R-49, baffles at the eaves, the hatch weatherstripped and insulated, a depth certificate, about 4 hours, 1-year workmanship warranty",
               "The air-seal and top-up is $2,100: all that plus sealing around the chimney, pipes, wires and light fixtures with foam and fire-rated caulk, covers on the recessed lights, and a blower-door test before and after, about 7 hours, 3-year workmanship warranty"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["Can my grandson go up and clear the boxes out before you come?"],
      style=["thin_steps", "question_dodged", "callback"],
      notes="Step 2 thin: only the first line (cold rooms, age, ice dams); nobody asks who has been in the attic or what the old "
            "insulation looks like, so the hidden concern stays hidden. She asks whether her grandson can go up and clear the boxes "
            "(Q&A: please don't send anyone up); the rep says 'Gotcha, gotcha. Okay so, options!': passed over. She wants to talk "
            "to Karen (caller condition 2); call-back Wednesday, October 20, at 11 a.m. (office hours), closing line 2. Steps 4-6 "
            "not reached. 11 utterances."),
    L("blown-insulation-06.txt", BI, "C", BI6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["3307 Glenwood"],
      invented=[("We'll blow right over it, no need to test", N), ("The top-up's only $950", D), ("done in about two hours", W),
                ("The air-seal job is twenty-six hundred", W), ("with a ten-year warranty", W),
                ("Friday morning — the twenty-first", W), ("Sunday, October 24", D), ("Sundays are no problem for our guys", N),
                ("Deposit runs $250", D), ("that deposit stays with us whatever happens", N),
                ("Leave the hallway as it is, the guys are used to clutter", N), ("Leave the windows cracked so it airs out", N),
                ("(218) 555-0134", D)],
      forbidden=["that grey pebbly stuff is just old vermiculite, it's harmless once it's settled",
                 "You'll be toasty upstairs and the ice dams are done for good", "It pays for itself in a couple of winters",
                 "Power company'll cut you a rebate check, they always do",
                 "our guys can swap out that hot light fixture in the hallway while they're up there",
                 "Have Tyler pull the old stuff away from the hatch before we get there", "Cash to the crew is fine, saves you the card fee"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "red_lines", "thin_opening", "step_skipped", "wrong_weekday"],
      notes="13 invented (4 digits, 4 words, 5 none), 7 red lines. Thin opening ('Dorothy? Marcus, Lakeshore. About the attic.'). "
            "Step 2 never asked; she volunteers the grey stuff and the rep judges it harmless vermiculite by phone (red line) and "
            "says they'll blow over it without a test (invented: the card says stop until tested). Prices 950 / 2,600 (card 1,350 / "
            "2,100), 2 hours (4), ten-year warranty (3 years). Warm-upstairs / no-ice-dams and pays-for-itself lines, a rebate "
            "promised for the power company, electrical work offered, Tyler told to pull the old stuff out, cash (red lines). "
            "Dates: 'Friday morning — the twenty-first' (October 21 is a Thursday; no month, not parsed) and Sunday, October 24 (right "
            "weekday, but closed Sundays and not offered) with 'Sundays are no problem for our guys'. Deposit $250, not refundable; hallway not "
            "cleared; windows left cracked (card: closed); phone digits swapped. 'Alright, it's on my notepad.' so caller condition 1 "
            "holds literally. 15 utterances."),
    L("blown-insulation-07.txt", BI, "C", BI7, {1: [0], 5: [6]},
      correct=["The deposit's $150 by Wednesday, October 20, 6 p.m., card over the phone or the online invoice"],
      invented=[("That's just dust burning off the bulb, happens in old houses all the time", N),
                ("Flip the light switch off and it'll stop", N),
                ("The coughing's just the dust, a glass of water sorts that out", N),
                ("You don't have to bring 911 into this for a puff of smoke", D),
                ("Once those lights are covered this can't happen again", N)],
      forbidden=["Tell Tyler to stay up there and pat it down with a wet towel", "Sweep up whatever came down so it doesn't spread",
                 "this is exactly why you want the air-seal package — I'll put you down for that"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["emergency_ignored", "unsafe_advice", "illegitimate_ending", "choice_made_for_customer"],
      notes="Caller condition 4: smoke and a burning smell from the upstairs hallway light, Tyler in the attic coughing and unable "
            "to get his breath; she asks about 911. The rep says it's dust burning off a bulb, the switch will stop it, a glass of "
            "water for the cough, no need for 911, and that covered lights mean it can't happen again (5 invented, unsafe); tells "
            "her to keep Tyler up there patting it with a wet towel and to sweep the fallen dust (going up into the attic, sweeping "
            "attic dust: red lines), and books the air-seal package for her on Saturday, October 23 (choice made for her, red "
            "line). Step 5 counted for the deposit line only (amount, deadline and methods right); the imposed slot is real and "
            "labelled neither way. She says 'I have to go, he's still coughing —' and the rep closes with closing line 1, [END:1]: "
            "an emergency closed as a booking. No 911, no evacuation, no Renee Lindqvist. Illegitimate. 9 utterances."),
    L("blown-insulation-08.txt", BI, "C", BI8, {1: [0], 3: [2]},
      correct=["the air-seal is $2,100"],
      invented=[("the top-up's fourteen-fifty now", W), ("code says you need R-60 in Duluth", D),
                ("The audit discount expires when we hang up", N), ("Those are the numbers this week only", N)],
      forbidden=["Come December the price sheet changes, and not in your favor", "after this week we're full clear into April",
                 "your homeowner's insurance won't cover ice-dam damage if the attic isn't up to code"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["pushy", "red_lines", "illegitimate_ending"],
      notes="Opening line as written. Step 3 counted for the prices only (top-up wrong at 1,450, air-seal right). The card's two "
            "pressure lines reworded ('Come December the price sheet changes, and not in your favor', 'after this week we're full clear into April') and speaking "
            "for her insurer: 3 red lines. 4 invented: the top-up price, an R-60 code claim (not on the card), the audit discount "
            "expiring when they hang up, prices this week only. She says 'No thank you. Please take me off your list.' and 'I've "
            "answered you. Goodbye.' (caller condition 3); the rep closes with closing line 2 ('Sounds good, I'll call you back then. Talk "
            "soon.'), [END:2]: a refusal closed with the call-back line. Illegitimate. 9 utterances."),
    L("installment-01.txt", IN, "A", IN1, {1: [0], 2: [2], 3: [8], 4: [8], 5: [10]},
      correct=["您可以挂断后拨打卡片背面的客服电话九五五八八核实，我的工号是六零二一",
               "可以分三期、六期或者十二期还，每期手续费率分别是百分之零点七五、零点七和零点六五",
               "比如分六期，每期本金两千，手续费八十四块",
               "三期的话每期本金四千，手续费按零点七五算是九十块一期，三期一共两百七",
               "可以提前还清，但剩余期数的手续费照常收取。正常按期还款不会影响征信，分期记录只显示为正常还款",
               "分期办理后不能提前取消，提前还清的话剩余手续费也要照常收；另外分期不影响您的额度恢复，每还一期就恢复相应额度",
               "那我现在就帮您把这笔账单办成分六期，办好后会发短信通知您"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "numerals_in_words"],
      notes="Opening line as written (it carries step 1: name, bank, the large purchase, purpose). Customer-led: he asks the fee and "
            "how to verify the bank first; the rep answers the fraud Q&A (95588, 工号6021) and step 2, all figures in Chinese words. "
            "He computes 504 himself (right); the three-period figures (90 a period, 270 in all, 4000 principal) are arithmetic "
            "from the card's 0.75%, labelled correct. Early repayment and credit record Q&As answered. He picks six periods before "
            "step 3's question; the rep confirms it (step 3) and gives both step-4 lines in the same turn. Closing line 1. 13 "
            "utterances."),
    L("installment-02.txt", IN, "B", IN2, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=["可以分3期、6期或者12期，每期手续费率分别是0.75%、0.7%和0.65%。比如12000元分6期，每期本金2000元，手续费84元",
               "我现在就帮您把这笔账单办成分期，办好后会发短信通知您"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["能提前还清吗？"],
      style=["question_dodged", "step_skipped", "digits"],
      notes="Step 1 both lines, step 2 word for word with digits. He asks '能提前还清吗？' (Q&A: yes, but the remaining fees are "
            "charged); the rep says '嗯……这个情况各有不同哈。' and asks for the term: dodged ('各有不同' states nothing). Step 4 "
            "(no cancelling, early-repayment fees, credit limit) skipped. He picks twelve periods, the rep confirms and gives "
            "step 5, closing line 1 (caller condition 1 holds). 9 utterances."),
    L("installment-03.txt", IN, "C", IN1, {1: [0], 2: [2], 4: [4, 6], 5: [10]},
      correct=[],
      invented=[("每期手续费率才0.6%", D), ("一万二分下来总共才三百出头", W), ("十二期免手续费", W),
                ("提前还清的话剩下的手续费就不收了", N), ("分期记录在征信上完全看不到", N), ("办了分期额度马上全部恢复", N),
                ("办完还送您三千积分", W), ("客服电话95555", D), ("我工号6012", D), ("分期以后这期账单就不用还了", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "thin_opening"],
      notes="10 invented (3 digits, 3 words, 4 none). Thin opening (surname, bank, the purchase; no question whether he can talk). "
            "Six-period rate 0.6% (card 0.7%), 'just over 300' in fees (card 504), twelve periods fee-free (card 0.65%), remaining "
            "fees waived on early repayment (card: charged), 'not visible at all' on the credit record (card: shown as normal "
            "repayment), the whole limit back at once (card: per instalment paid), 3000 bonus points (not on the card), hotline "
            "95555 (card 95588), 工号6012 (card 6021), 'this bill needn't be paid' (only the 12000 purchase is split; the rest is "
            "due). Step 3 not counted: he names six periods himself and the rep never asks. He confirms, so caller condition 1 "
            "holds literally. 13 utterances."),
    L("installment-04.txt", IN, "C", IN1, {1: [0]},
      correct=[],
      invented=[("手续费我们这个月全免", N), ("您要是挂了电话这个优惠就没了", N), ("不办的话这个月最低还款也得还一半，九千多呢", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      unanswered=["我怎么知道你是银行的？"],
      style=["pushy", "choice_made_for_customer", "illegitimate_ending", "question_dodged"],
      notes="Opening line as written. He suspects fraud; the rep 'puts him down' for twelve periods (choice made for him; no "
            "not-allowed list on this card, so style tag and notes only), says fees are waived this month and the offer is gone if "
            "he hangs up, and never gives the verification answer (Q&A: 95588, 工号6021; listed as unanswered). Minimum payment 'half, "
            "over nine thousand' (card: 10%, 1850). He says '那算了，不办了。别再打来。' and '不办就是不办，挂了。' (caller condition "
            "3); the rep closes with closing line 1 ('好的，已经为您办好分期…'), [END:1]: a refusal closed as a completed "
            "instalment plan. Illegitimate. 3 invented (0 digits, 1 words, 2 none). 9 utterances."),
    L("isp-visit-01.txt", IS, "A", IS1, {1: [0], 2: [2], 3: [6], 4: [10], 5: [12]},
      correct=["our line test found a fault at the wall socket, which means a technician needs to come out and replace it at your place. The repair itself only takes about an hour, and there's no charge for it",
               "the visit and the new socket are free, since the fault's on our side",
               "you'll get a fifteen-dollar credit on your next bill for the days the line was slow",
               "I can get a technician out Tuesday or Thursday, morning or afternoon",
               "He'll text you thirty minutes before he gets there, and once he's in it's about an hour — he'll test the speed with you before he leaves",
               "Someone over eighteen needs to be home to let the technician in",
               "the technician texts you thirty minutes before arriving"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa"],
      notes="Step 1 in the opening (both lines, paraphrased). Chatty, figures in words. Charge and refund Q&As answered ($15 "
            "credit in words). Step 3 adds 'Anything about your day I should work around?', which brings out the latent worry "
            "(technician late, afternoon wrecked); the rep answers with card facts (text thirty minutes before, about an hour, "
            "speed test). Step 4 asked; she will be home (her son is sixteen). Step 5 and closing line 1. Choice: Thursday "
            "afternoon (hers). 15 utterances."),
    L("isp-visit-02.txt", IS, "B", IS2, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to replace it at your home. Takes about an hour, no charge",
               "Tuesday or Thursday, morning or afternoon",
               "Someone over 18 needs to be home to let the technician in"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Do I get anything back for this week?"],
      style=["question_dodged", "step_skipped", "terse"],
      notes="Opening line as written. She asks 'Do I get anything back for this week?' (Q&A: a $15 credit); the rep says 'Ah — let "
            "me just get the visit sorted first.' and never comes back to it: dodged. Step 5 (text thirty minutes before, 'Shall "
            "I confirm the booking?') skipped; she books Tuesday afternoon and says she'll be home, so caller condition 1 holds; "
            "closing line 1. 9 utterances."),
    L("isp-visit-03.txt", IS, "C", IS3, {1: [0], 2: [2], 4: [8], 5: [10]},
      correct=["It's a fault at the wall socket, so a tech has to swap it"],
      invented=[("There's a $49 call-out fee", D), ("the repair takes about three hours", W),
                ("Credits for slow days only go to customers on the 500 plan", D),
                ("weekend visits run any Saturday or Sunday, all day", N), ("Your son can let the tech in, sixteen's fine", W),
                ("The technician doesn't text ahead, he just turns up in the window", N), ("call 1-800-555-0190", D),
                ("anytime, even last minute", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "thin_opening"],
      notes="8 invented (3 digits, 2 words, 3 none). Thin opening ('Linda? Tom from FiberLink, calling about your ticket.'). A $49 "
            "call-out fee (card: free), three hours (an hour), credits only on a 500 plan (card: $15 credit), weekends any Saturday "
            "or Sunday all day (card: Saturday mornings, two weeks out), her sixteen-year-old may let the tech in (card: over 18), "
            "no text ahead (card: thirty minutes before), reschedule number 1-800-555-0190 (card 0199) and 'anytime, even last "
            "minute' (card: at least four hours before). Step 3 not counted (she names Thursday afternoon herself; Tue/Thu never "
            "offered); steps 4 and 5 counted with wrong content. She says 'Fine. Book it.' and will be home, so caller condition 1 "
            "holds literally. 13 utterances."),
    L("isp-visit-04.txt", IS, "C", IS4, {1: [0], 2: [2]},
      correct=["There's a fault at the wall socket, so a technician needs to replace it at your home"],
      invented=[("We don't send slots by text anymore, you have to pick on the call", N),
                ("The earliest afternoon slot is three weeks out", W), ("Weekend visits are Sundays only", N)],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["choice_made_for_customer", "invented_facts", "illegitimate_ending"],
      notes="Opening line as written. Step 2's first line only. The rep books Tuesday morning for her (choice made for her; no "
            "not-allowed list on this card, so style tag and notes only; the imposed slot is real and labelled neither way). 3 "
            "invented: no texts any more, the earliest afternoon three weeks out, weekends Sundays only (card: Saturday mornings). "
            "She asks three times for the options by text ('can you just text me the options?', 'Text me the options, please.', "
            "'Just text them.') (caller condition 2); the rep closes with the refusal line ('Understood. If you change your mind, "
            "call us any time. Goodbye!'), [END:3]: a text-the-options request closed as a refusal. Illegitimate. 9 utterances."),
]


if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
