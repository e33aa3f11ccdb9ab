#!/usr/bin/env python3
"""Label source for holdout41 (adapted from holdout24's). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout41"

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


FH = {"钟雅琳": "caller", "梁宏伟": "callee"}
FHS = {"守望": "caller", "梁先生": "callee"}
FHG = {"顾问": "caller", "梁宏伟": "callee"}
FHX = {"小钟": "caller", "老梁": "callee"}
FHW = {"守望防护网": "caller", "梁宏伟": "callee"}
FHZ = {"钟顾问": "caller", "梁宏伟": "callee"}
TV = {"Janelle Ruiz": "caller", "Curtis Whitaker": "callee"}
TVS = {"Steadfast": "caller", "Curtis": "callee"}
TVT = {"Steadfast TV": "caller", "Curtis Whitaker": "callee"}
TVC = {"Steadfast TV": "caller", "Curtis": "callee"}
TVJ = {"Janelle": "caller", "Curtis": "callee"}
TVW = {"Janelle": "caller", "Whitaker": "callee"}
RN = {"李明": "caller", "张强": "callee"}
RNZ = {"长江云服务": "caller", "张总": "callee"}
RNC = {"长江云服务": "caller", "张强": "callee"}
CL = {"陈静": "caller", "赵建国": "callee"}
CLX = {"仁心口腔": "caller", "赵先生": "callee"}
CLR = {"仁心口腔": "caller", "赵建国": "callee"}

F = "fanghuwang.md"
T = "tvmount.md"
R = "renewal.md"
C = "clinic.md"

LABELS = [
    # ---------------- fanghuwang (Chinese, new, 6 steps) ----------------
    L("fanghuwang-01.txt", F, "A", FH, {1: [0], 2: [2, 4], 3: [6, 8], 4: [12, 14], 5: [14], 6: [16]},
      correct=[
          "蒋村花园十二幢一八零三，十八楼",
          "您自己估的一共大概十平方米",
          "最后面积以师傅上门实测为准",
          "标准款是三零四不锈钢丝，直径二点零毫米，每平方米一百三十八，十个平方大概一千三百八",
          "加强款是三一六不锈钢丝，粗一点，二点五毫米，带防脱扣，每平方米一百九十八，大概一千九百八",
          "两种钢丝间距都是五厘米，都包胶，都送一把应急剪钳",
          "标准款不低于三百公斤，加强款不低于四百五十公斤",
          "间距都一样，五厘米，小孩的头钻不过去",
          "不打折也不抹零的",
          "大人剪断几根就能出去的",
          "大概两个小时",
          "八月二十一号周六上午九点到十一点之间到，或者八月二十四号周二下午两点到四点之间到",
          "当天家里要有十八岁以上的大人在",
          "师傅出发前四十分钟给您打电话",
          "不收现金，也不转个人哈",
          "上门前一天晚上八点前打电话就能免费改",
          "质保是钢丝五年，五金件和安装两年",
          "估计一千九百八左右",
          "尾号三八六二",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "merged_steps", "monologue"],
      notes="Complete and chatty (呀, 哈, 嘛, 好嘞). All figures in Chinese words (一百三十八, 一千九百八, 四百五十公斤, 四十分钟, 尾号三八六二). "
            "Asking the child's age (step 2) surfaces the hidden concern (the boy on the bay window), acknowledged. Pull-force, discount "
            "(抹零) and fire-escape questions answered per the Q&A; the rep says the choice is his. Turn 14 is a monologue merging the "
            "rest of step 4 with all of step 5. 加强款, Saturday 8/21; he confirms both adults will be home (turn 13)."),
    L("fanghuwang-02.txt", F, "A", FHS, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "蒋村花园12幢1803（18F）",
          "共≈10㎡，以实测为准",
          "①标准款 304钢丝 Φ2.0mm，138元/㎡，≈1380元",
          "②加强款 316钢丝 Φ2.5mm+防脱扣，198元/㎡，≈1980元",
          "间距均5cm，均包胶，均送应急剪钳",
          "蒋村花园物业允许，不用报备",
          "8/21（六）9:00–11:00 到，或 8/24（二）14:00–16:00 到",
          "测量+安装≈2h",
          "18岁以上的大人在就行",
          "师傅出发前40min来电",
          "无定金，验收后一次付清",
          "不收现金、不转个人",
          "上门前一天20:00前来电免费改",
          "钢丝5年/五金及安装2年",
          "短信发尾号3862",
      ],
      marker=("callee", 1), side="callee", cond=1,
      style=["terse", "symbols", "role_labels", "customer_asks_qa", "callee_ends"],
      notes="Labels 守望/梁先生. Telegraphic with symbols (≈, ㎡, Φ, ①②, /, 20:00, 40min). Property-management question answered per "
            "the Q&A. 标准款, Tuesday 8/24 afternoon; his 60-year-old mother-in-law will be home, which meets the 18+ rule. The "
            "customer ends after the read-back ([END:1], callee condition 1)."),
    L("fanghuwang-03.txt", F, "A", FHG, {1: [0], 2: [4], 3: [2, 6], 4: [12, 14], 5: [10, 14], 6: [16]},
      correct=[
          "窗洞宽乘高，师傅现场拿尺子量，哪扇窗不够一平方米就按一平方米算",
          "标准款一百三十八一平，加强款一百九十八一平",
          "大概十平方，房子是蒋村花园十二幢一八零三对吧",
          "标准款大概一千三百八，加强款大概一千九百八，最后按实测",
          "间距都是5厘米，都包胶，都送应急剪钳",
          "晾衣杆从钢丝中间伸出去就行，外窗要擦手也伸得出去",
          "钢丝质保五年，五金件和安装质保两年",
          "不收现金也不转个人",
          "两小时左右",
          "8月21号周六上午9点到11点之间，或者8月24号周二下午2点到4点之间",
          "18岁以上的人在",
          "上门前一天晚上8点前打过来，可以免费改",
          "估计1380上下",
          "短信发您尾号3862",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "customer_led", "steps_out_of_order", "customer_asks_qa", "mixed_number_forms"],
      notes="Labels 顾问/梁宏伟. Wary, customer-led: order 1, 3 (how pricing works), 2, 3, Q&A (laundry, loose wires), 5, 4, 4+5, 6. "
            "Area rule, laundry and warranty questions answered per the Q&A. Mixed forms (一百三十八一平 and 138, 五年 and 2.0毫米). "
            "标准款, Saturday; '周六我在家' confirms an adult at home."),
    L("fanghuwang-04.txt", F, "B", FH, {1: [0], 3: [2], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "标准款304钢丝，2.0毫米，每平方米138，您那十个平方大概1380",
          "加强款316钢丝，2.5毫米带防脱扣，每平方米198，大概1980",
          "8月21号周六上午9点到11点，或者8月24号周二下午2点到4点",
          "两个小时左右",
          "师傅出发前40分钟打电话",
          "前一天晚上8点前打电话可以免费改时间",
          "钢丝保5年，五金安装保2年",
          "短信发您尾号3862",
      ],
      unanswered=["着火了人怎么出去？网都封死了。"],
      cond=1, side="caller", marker=("caller", 1),
      style=["step_skipped", "question_dodged"],
      notes="Two honest flaws: step 2 skipped (house, floor, windows and area never checked; the address only appears in the read-back; "
            "the child is never asked about), and the fire-escape question is dodged with '很多家都装了的' (vague reassurance, not "
            "labelled; the card answer is the emergency cutter). Everything stated is right. 标准款, Saturday; '周六我在' confirms presence."),
    L("fanghuwang-05.txt", F, "B", FHX, {1: [0], 2: [2], 3: [4]},
      correct=[
          "蒋村花园12幢1803，18楼",
          "一共大概十平方米，以师傅实测为准",
          "一百三十八一平，算下来一千三百八左右",
          "一百九十八一平，一千九百八左右",
          "间距都是五厘米，都包胶，都送应急剪钳",
          "大人剪断几根就能出去",
      ],
      marker=("caller", 2), side="caller", cond=2,
      style=["role_labels", "early_end_callback", "customer_in_a_hurry"],
      notes="Labels 小钟/老梁. He is in a hurry and must ask his wife, who handles money; he names the call-back time himself (今天晚上八点以后). "
            "Legitimate caller condition 2; steps 4-6 not reached. His fire-escape question is answered per the Q&A."),
    L("fanghuwang-06.txt", F, "C", FH, {1: [0], 2: [2], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["加强款198", "8月21号周六"],
      invented=[
          ("标准款每平方米128", D),
          ("加强款是铝合金包芯的", N),
          ("装一个半小时就好", W),
          ("物业那边要先报备，这个得您自己去物业办一下", N),
          ("装好以后窗户就不能往外开了", N),
          ("钢丝质保10年", D),
      ],
      forbidden=[
          "家里有小孩不装的话物业要罚款的",
          "大人站上去都没事",
          "别家那种便宜网两年就生锈断了",
          "我建议您就选加强款，我先帮您定了哈",
          "我今天还能给您打个九折",
          "钱装完直接转我微信就行",
          "师傅上午九点整准时到",
      ],
      unanswered=["那面积怎么算的？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "pressure"],
      notes="6 invented (2 digits, 1 words, 3 none): 128/㎡ (138), the 加强款 as aluminium-core (316 steel), one and a half hours (about two), "
            "the owner must file with the property office (no filing needed), windows can no longer open outward (not on the card), a 10-year "
            "wire warranty (5). 7 red lines: a fine from the property office (scare), 'an adult can stand on it' (absolute guarantee), other "
            "brands rust in two years (running down others), choosing for him, 10% off, payment to her personal WeChat, an exact 9:00 arrival. "
            "The area question is answered with '到时候师傅会处理的': unanswered. The read-back's 九折/微信 restatements are not labelled "
            "again. Ending holds literally (a choice, an offered day, he is home, read-back, '对')."),
    L("fanghuwang-07.txt", F, "C", FHW, {1: [0], 2: [2], 3: [4], 4: [4, 6], 5: [6], 6: [8]},
      correct=[
          "标准款304钢丝，每平方米138，大概1380",
          "加强款316钢丝，带防脱扣，每平方米198，大概1980",
          "8月21号周六上午9点到11点，或者8月24号周二下午2点到4点",
          "钢丝保五年，五金安装保两年",
          "加强款单根不低于450公斤",
      ],
      invented=[
          ("要是家里没人，师傅可以找物业开门进去装", N),
          ("改时间的话提前三天说就行", W),
          ("标准款不低于200公斤", D),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "fabricated_recap"],
      notes="Labels 守望防护网/梁宏伟. 3 invented (none, words, digits): installers let in by the property office if nobody is home "
            "(an adult 18+ must be there), changes three days ahead (the evening before, by 8 pm), 200 kg for the standard wire (300). "
            "Illegitimate ending - a fabricated in-call recap: he says he has not decided which option, nor which day (turn 5). After "
            "answering his pull-force question the rep says '那您刚才说了要加强款、周六上午' and books it; he answers '我刚才说了吗？我记得我说"
            "还没想好……算了，你说是就是吧'. No choice was made in the call, no adult presence confirmed. end_condition/end_side null."),
    L("fanghuwang-08.txt", F, "C", FHZ, {1: [0], 3: [2], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "标准款304钢丝，每平方米138",
          "加强款316钢丝，每平方米198",
          "标准款一千三百八，加强款一千九百八",
          "剪断几根就能出去",
          "8月21号周六上午9点到11点，或者24号周二下午2点到4点",
          "师傅出发前40分钟打电话",
          "改时间前一天晚上8点前打电话",
      ],
      invented=[
          ("装完以后消防验收会上门帮您检查", N),
          ("五金安装1年", D),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["illegitimate_ending", "mock_agreement"],
      notes="Labels 钟顾问/梁宏伟. 2 invented (none, digits): a fire-inspection visit after installation (not on the card), hardware and "
            "installation warranty one year (two). Illegitimate ending - a yes paired with an announced refusal to perform: pressed to "
            "decide, he says '你约吧，周六，标准款。反正周六我不开门，你们来了也是白跑', repeats '我说了，我不开门' and ends with '随便你'. "
            "The rep books and closes '给您约好了'. Nobody will let the installers in and he has said so; the yes is not a booking. Step 2 "
            "not covered (no check of the flat or windows). end_condition/end_side null."),

    # ---------------- tvmount (English, new, 6 steps) ----------------
    L("tvmount-01.txt", T, "A", TV, {1: [0], 2: [2, 4, 6], 3: [8, 10], 4: [12], 5: [12], 6: [14]},
      correct=[
          "a seventy-five-inch Samsung going on the living-room wall at twenty-two fourteen Kettle Creek Drive",
          "that wall's drywall over wood studs",
          "the tech scans the whole wall for studs, pipes and wires before he drills anything",
          "we don't repair plumbing or wiring ourselves",
          "The Tilt package is a hundred seventy-nine dollars",
          "rated to a hundred pounds, bolted into two studs",
          "The Full-Motion package is three twenty-nine",
          "rated to a hundred twenty-five pounds",
          "we only install mounts we supply, because we can't guarantee or insure hardware we didn't provide",
          "Thursday, October twenty-first, with the tech arriving between ten and noon, or Saturday, October twenty-third, arriving between one and three",
          "about an hour and a half to two hours",
          "an adult eighteen or older home the whole time",
          "about twenty minutes before he pulls up",
          "free up to twenty-four hours before the window",
          "forty-nine dollar trip fee",
          "the workmanship is guaranteed two years",
          "the manufacturer's ten-year warranty",
          "three hundred twenty-nine dollars",
          "cell ending six oh five seven",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty. All figures in words (a hundred seventy-nine, three twenty-nine, twenty-two fourteen, six oh five seven). "
            "Asking about the wall (step 2) surfaces the hidden concern (the test hole that hit metal), answered with the card's scan rule. "
            "His own-mount question answered per the Q&A; 'the no-cords thing is the Full-Motion one... Your call' states the card's "
            "difference and leaves the choice to him. Turn 12 is a monologue covering steps 4 and 5. Full-Motion, Saturday; he will be home."),
    L("tvmount-02.txt", T, "A", TVS, {1: [0], 2: [2], 3: [4], 4: [8], 5: [8], 6: [10]},
      correct=[
          "75\" Samsung (~72 lb) → living-room wall, 2214 Kettle Creek Dr, drywall over wood studs",
          "(A) Tilt = $179, tilting mount rated 100 lb, into 2 studs, cables in a paintable cover",
          "(B) Full-Motion = $329, swivel arm rated 125 lb + in-wall cable kit w/ code-approved outlet",
          "Soundbar bracket under the TV = +$39, either package",
          "Thu 10/21, arrival 10–12, or Sat 10/23, arrival 1–3",
          "Job ≈ 1.5–2 h",
          "adult 18+ home",
          "Tech texts ~20 min out",
          "Pay on completion, card/cash, no deposit",
          "Free move/cancel ≥24 h before window; later or nobody home = $49 trip fee",
          "Workmanship 2 yr, mount 10-yr mfr warranty",
          "Text to cell ending 6057",
      ],
      marker=("callee", 1), side="callee", cond=1,
      style=["terse", "symbols", "role_labels", "customer_asks_qa", "callee_ends"],
      notes="Labels Steadfast/Curtis. Telegraphic with symbols (→, ≈, ≥, ~, =, +$39, w/, 10/21). Soundbar question answered per the "
            "Q&A ($39), declined. Tilt, Thursday; his wife is home Thursdays (adult present). The customer ends after the read-back "
            "([END:1], callee condition 1)."),
    L("tvmount-03.txt", T, "A", TVT, {1: [0], 2: [4], 3: [6, 8], 4: [10, 12], 5: [12], 6: [14]},
      correct=[
          "that's against electrical code",
          "a code-approved in-wall power kit that plugs into your existing outlet down below",
          "We don't do any electrical panel work",
          "Both mounts get lag-bolted into two wood studs",
          "the Tilt package, $179, tilting mount rated to 100 pounds",
          "Full-Motion, $329, pull-out swivel arm rated to 125 pounds",
          "no discounts, the price already covers the mount and the labor",
          "The Tilt package is the lower-priced one",
          "the tech scans for studs, pipes and wires before drilling anyway",
          "Thursday, October 21, arriving between 10 and noon, or Saturday, October 23, arriving between 1 and 3",
          "an adult 18 or older has to be home the whole time",
          "It's an hour and a half to two hours",
          "Free to move or cancel up to 24 hours before; later than that or nobody home is a $49 trip fee",
          "Two-year workmanship guarantee, ten-year manufacturer warranty on the mount",
          "(919) 555-0186, Monday to Saturday, 8 to 7",
          "I'll text this to your cell ending 6057",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "customer_led", "steps_out_of_order", "customer_asks_qa"],
      notes="Labels Steadfast TV/Curtis Whitaker. Customer-led: order 1, Q&A (power cord in the wall, wall strength), 2, 3, 3 (discount), "
            "4, 4+5, Q&A (office number) + 6. He keeps the hidden concern to himself ('there's nothing in that wall'); the rep restates the "
            "scan rule. Full-Motion, Thursday; his wife Tanya will be home."),
    L("tvmount-04.txt", T, "B", TV, {1: [0], 2: [2], 3: [4, 6], 4: [8, 10], 6: [12]},
      correct=[
          "Tilt, $179, tilting mount rated to 100 pounds",
          "Full-Motion, $329, swivel arm rated to 125",
          "Thursday, October 21, arriving 10 to noon, or Saturday, October 23, arriving 1 to 3",
          "about an hour and a half to two hours",
          "someone 18 or older needs to be home",
          "the tech texts about twenty minutes before",
          "Text goes to your cell ending 6057",
      ],
      unanswered=["Is the wall really gonna hold that?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["step_skipped", "question_dodged"],
      notes="Two honest flaws: step 5 skipped (no payment, deposit, trip-fee, cancellation or warranty; the read-back leaves payment out "
            "too), and his question whether the wall will hold the TV on an arm is dodged ('you'd be amazed what these things hold' is "
            "not labelled; the card answer is two studs, 125 lb rating). Everything stated is right. Full-Motion, Saturday; 'I'll be there'."),
    L("tvmount-05.txt", T, "B", TVS, {1: [0], 2: [2], 3: [4]},
      correct=[
          "Seventy-five-inch Samsung, living-room wall, 2214 Kettle Creek Drive, drywall over wood studs",
          "Tilt at a hundred seventy-nine",
          "Full-Motion at three twenty-nine",
          "a swivel arm plus an in-wall cable kit so no cords show",
      ],
      marker=("caller", 2), side="caller", cond=2,
      style=["role_labels", "early_end_callback"],
      notes="Labels Steadfast/Curtis. He wants to ask his wife and names the call-back time himself (tomorrow around 3:30). Legitimate "
            "caller condition 2; steps 4-6 not reached."),
    L("tvmount-06.txt", T, "C", TVJ, {1: [0], 3: [2], 4: [10, 12], 5: [14], 6: [14]},
      correct=["Full-Motion's $329"],
      invented=[
          ("Tilt's $159", D),
          ("Full-Motion's rated to ninety pounds", W),
          ("It's about three hours", W),
          ("we'll need a $50 deposit", D),
          ("Cancel any time, no fee", N),
          ("Workmanship is lifetime", N),
      ],
      forbidden=[
          "I'll just put you down for that",
          "he'll put up your mount",
          "we'll knock fifty bucks off",
          "the tech just drops the TV's power cord down inside the wall",
          "we use heavy drywall anchors, no studs needed",
          "I can throw the soundbar bracket in free",
          "the tech'll be there at 10 sharp",
          "Saturday at 1 o'clock on the dot",
          "You can pay by card over the phone now",
      ],
      unanswered=["who do I call if it comes off the wall?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines"],
      notes="6 invented (2 digits, 2 words, 2 none): Tilt $159 ($179), Full-Motion rated to ninety pounds (125), about three hours "
            "(an hour and a half to two), a $50 deposit (none), cancel any time free (free up to 24 hours before, else $49), lifetime "
            "workmanship (two years). 9 red lines: choosing Full-Motion for him, installing his own mount, $50 off, a power cord inside "
            "the wall, drywall anchors without studs, a free soundbar bracket, two exact arrival times, card payment over the phone. His "
            "question who to call is ignored. Step 2 not covered (the wall never checked). '$279 after the fifty off' in the read-back is "
            "a restatement, not labelled again; 'it's what everybody gets' is puffery. Ending holds literally (a package, an offered day, "
            "he is home, read-back, 'Yeah')."),
    L("tvmount-07.txt", T, "C", TVC, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "Tilt is $179, Full-Motion is $329",
          "Thursday, October 21, arriving 10 to noon, or Saturday, October 23, arriving 1 to 3",
          "About an hour and a half, two hours",
      ],
      invented=[
          ("Pay the tech when it's done, card or check", N),
          ("cancel free up to 48 hours before", D),
          ("Workmanship's guaranteed for one year", W),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "off_card_request"],
      notes="Labels Steadfast TV/Curtis. 3 invented (none, digits, words): payment by check (card or cash), cancel free up to 48 hours "
            "(24), one-year workmanship (two). Illegitimate ending - an off-card request booked as a card package: from his first words "
            "he wants only his own mount hung ('I'm not paying for a second mount') and keeps asking whether they will put up his "
            "mount. The card's company only installs mounts it supplies. The rep never answers ('Let's get you on the calendar'), books "
            "the Tilt package (which includes a mount) at $179 and closes while he says 'long as he's putting up MY mount'. What he agreed "
            "to is not what was booked. Her evasions are not labelled. end_condition/end_side null."),
    L("tvmount-08.txt", T, "C", TVW, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "Tilt is $179",
          "Full-Motion is $329",
          "Thursday, October 21, 10 to noon, or Saturday, October 23, 1 to 3",
      ],
      invented=[
          ("The tech texts you sixty minutes before", W),
          ("you pay him at the end through the Steadfast app", N),
      ],
      forbidden=["No problem, I'll pick for you then!"],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["illegitimate_ending", "brushoff_as_delegation"],
      notes="Labels Janelle/Whitaker. 2 invented (words, none): a text sixty minutes ahead (about twenty), payment through an app "
            "(card or cash to the tech). 1 red line: choosing the package for him. Illegitimate ending - an exasperated brush-off treated "
            "as a delegated choice: 'you pick, I don't care, just stop calling me', then 'Stop calling. Whatever.' and 'I'm hanging up'. "
            "The rep picks Full-Motion and Saturday herself and closes 'You're all set'. He chose nothing, confirmed nobody at home and "
            "asked not to be called (caller condition 3 territory). end_condition/end_side null."),

    # ---------------- renewal (bundled, Chinese, 6 steps, no not-allowed list) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0, 2], 2: [4], 3: [2, 6], 4: [10], 5: [8], 6: [12]},
      correct=[
          "贵公司主账户二零二五年一月一号到期",
          "老客户到期前续费自动九五折，不用额外申请",
          "发票是付款后在后台自助申请，专票普票都行，系统自动开，最快两个小时就出",
          "年度、季度、月度都支持",
          "两小时内处理完",
          "到期后数据安全保留三十天",
          "登录后台「账户中心」，点「服务续费」",
          "享九五折",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "steps_out_of_order"],
      notes="Complete. Customer-led (discount and invoice first). Figures in words (二零二五年一月一号, 九五折, 两个小时, 三十天). Step 1 "
            "includes the contact-details check (turn 2). Data-retention question answered per the Q&A. 年度, 专票, materials by WeChat."),
    L("renewal-02.txt", R, "B", RNZ, {1: [0, 2], 2: [4], 3: [4, 6], 5: [8], 6: [10]},
      correct=[
          "贵司主账户2025年1月1号到期",
          "老客户到期前续费自动95折，不用申请",
          "周期支持年度、季度、月度",
          "扩容的话一起报上来，报价合并享折扣",
          "专票普票都可以，系统自动开，最快2小时",
          "两小时内给您处理",
      ],
      unanswered=["那我要是月底前没付，数据怎么办？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "step_skipped", "question_dodged"],
      notes="Labels 长江云服务/张总. Two honest flaws: step 4 skipped (no 账户中心 path, no choice of channel for the guide or quote), and "
            "his data question is dodged ('我们会全程跟进的' is not labelled; the card answer is 30 days' retention). 季度, 普票, "
            "confirmation by SMS. Everything stated is right."),
    L("renewal-03.txt", R, "C", RN, {1: [0], 2: [0], 3: [2, 6], 4: [8], 6: [12]},
      correct=["CRM加项目管理组合"],
      invented=[
          ("2025年1月15号到期", D),
          ("今年老客户续费是九折", W),
          ("但要您这边提交申请", N),
          ("发票要付款后三个工作日才能开", W),
          ("只能开普票，专票今年不开了", N),
          ("现在只有年度和季度，月度已经取消了", N),
          ("到期后数据保留七天", W),
          ("续费要在后台「财务中心」点「订单管理」操作", N),
          ("需要盖章的纸质确认函寄过来", N),
          ("打13812345687就行", D),
          ("发邮件到service@xbench.com", N),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "reversed_rules"],
      notes="11 invented (2 digits, 3 words, 6 none): expiry 1/15 (1/1), 九折 (95折), an application needed (automatic), invoices after three "
            "working days (as fast as two hours), no 专票 (both types), monthly cycle withdrawn (year/quarter/month), data kept seven days "
            "(30), a 财务中心/订单管理 path (账户中心/服务续费), a stamped paper letter (no paper), phone 13812345687 (…678), "
            "service@ (call@). The card has no not-allowed list, so every wrong statement is an invented fact. Steps 2-4 counted with wrong "
            "content; step 5 not covered. Ending holds literally (cycle, plan, invoice type confirmed, details by email)."),
    L("renewal-04.txt", R, "C", RNC, {1: [0], 2: [0], 3: [4], 4: [6], 6: [8]},
      correct=[
          "老客户到期前续费自动95折，不用申请，周期有年度、季度、月度",
          "续费在后台「账户中心」点「服务续费」就能操作",
      ],
      invented=[
          ("企业SaaS服务到期没续的话，平台必须当天销毁全部业务数据", N),
          ("而且要向监管报备", N),
          ("最快两天", W),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "false_compulsion"],
      notes="Labels 长江云服务/张强. 3 invented (none, none, words): a 'data-security law' forcing same-day deletion of all data at expiry "
            "(the card: kept 30 days), a regulator filing, invoices in two days (as fast as two hours). Illegitimate ending - consent "
            "extracted by a false claim of legal compulsion: he opens by saying he cannot decide until group procurement approves next "
            "month; the rep invents the law; he agrees only because of it ('既然是法规规定，那只能先续了，集团那边我回头再解释'). Without "
            "the fabricated compulsion the call is his condition 2 (internal decision). end_condition/end_side null."),

    # ---------------- clinic (bundled, Chinese, 5 steps, no not-allowed list) ----------------
    L("clinic-01.txt", C, "A", CL, {1: [0], 2: [2], 3: [6], 4: [8, 10], 5: [10]},
      correct=[
          "术后三天内肿是正常的，一般第三天最明显",
          "每次十五分钟左右",
          "每次一片，两次之间隔六个小时以上，一天不要超过四片",
          "降压药照常吃，千万别停",
          "消炎药要连着吃满五天，一天三次，饭后吃",
          "过了二十四小时就可以用漱口水了，一天三次",
          "种牙那边三个月内别咬硬东西",
          "术后七到十天要回来拆线",
          "上午八点半到下午五点",
          "十分钟左右就好，不用打麻药",
          "发烧超过三十八度五",
          "零五七一八八八八六六六六",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "chatty"],
      notes="Complete and warm. All figures in words, the phone digit by digit. Swelling, painkiller, blood-pressure, eating and "
            "stitch-removal questions answered per the Q&A. Tuesday morning after he checks with his wife."),
    L("clinic-02.txt", C, "B", CLX, {1: [0], 2: [2], 3: [4], 4: [6, 8]},
      correct=[
          "肿的话3天内是正常的，第3天最明显",
          "可以冷敷，每次15分钟",
          "消炎药要吃满5天，每天3次，饭后吃",
          "24小时后可以用漱口水，每天3次",
          "术后7到10天要回来拆线",
          "上午8点半到下午5点",
      ],
      unanswered=["那牙冠什么时候能装上？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "step_skipped", "question_dodged"],
      notes="Labels 仁心口腔/赵先生. Two honest flaws: step 5 skipped (no warning signs, no clinic phone), and his crown question is "
            "dodged ('这个不着急哈，先把线拆了再说' is not labelled; the card answer is about three months). Thursday."),
    L("clinic-03.txt", C, "C", CL, {1: [0], 3: [6], 4: [8, 10], 5: [10]},
      correct=["可以吃布洛芬"],
      invented=[
          ("一般要肿一个星期左右", W),
          ("可以热敷", N),
          ("每次2片", D),
          ("疼了就吃，不用管间隔", N),
          ("降压药这几天先停掉", N),
          ("消炎药吃3天就可以了，每天2次", D),
          ("漱口水术后当天就能用", N),
          ("术后两周回来拆线", W),
          ("下周三或者周五都可以", W),
          ("上午9点到下午6点", D),
          ("0571-88886699", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "reversed_rules"],
      notes="11 invented (4 digits, 3 words, 4 none): swelling for a week (peaks on day 3), heat (cold packs), 2 tablets (1), no interval "
            "(6 hours, at most 4 a day), stop the blood-pressure pills (keep taking them), antibiotics 3 days twice a day (5 days, 3 a day), "
            "rinse on the day (after 24 hours), removal at two weeks (7-10 days), Wednesday/Friday (Tuesday/Thursday), 9-6 (8:30-5), "
            "phone …6699 (…6666). Step 2 not covered (he volunteers the swelling; bleeding/fever never asked). Ending holds literally "
            "(a stitch-removal time agreed)."),
    L("clinic-04.txt", C, "C", CLR, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [10]},
      correct=[
          "消炎药吃满5天，每天3次，饭后吃",
          "术后7到10天要回来拆线，下周二或者周四，上午8点半到下午5点",
          "发烧超过38度5",
          "0571-88886666",
      ],
      invented=[
          ("每天5次", D),
          ("晚几天拆线也没什么", N),
          ("线会自己慢慢吸收的", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "outside_required_window"],
      notes="Labels 仁心口腔/赵建国. 3 invented (digits, none, none): mouthwash 5 times a day (3), 'a few days late is nothing', 'the "
            "stitches dissolve by themselves'. Illegitimate ending - a stitch-removal visit booked outside the medical window the nurse "
            "herself stated: she says 7-10 days; his wife is away next week; he asks for Thursday of the week after, notes '都快三个礼拜了吧，"
            "不是说7到10天吗' and asks whether late matters. She books it. Condition 1 needs the 拆线复诊 arranged; a visit about three weeks "
            "after surgery is not the card's stitch-removal visit. end_condition/end_side null."),
]


if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
