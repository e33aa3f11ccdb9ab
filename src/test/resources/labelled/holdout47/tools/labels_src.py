#!/usr/bin/env python3
"""Label source for holdout47 (holdout46's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-46). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout47"


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



XS = {"梁嘉欣": "caller", "何国强": "callee"}
XSC = {"鸿胜醒狮团": "caller", "何老板": "callee"}
XSX = {"小梁": "caller", "何国强": "callee"}
XSL = {"梁嘉欣": "caller", "何老板": "callee"}
TB = {"Owen Marsh": "caller", "Teresa Okafor": "callee"}
TBK = {"Kirkwood Bindery": "caller", "Teresa": "callee"}
TBO = {"Owen": "caller", "Teresa Okafor": "callee"}
CL = {"陈静": "caller", "赵建国": "callee"}
RN = {"李明": "caller", "张强": "callee"}

X = "xingshi.md"
T = "thesis-binding.md"
C = "clinic.md"
R = "renewal.md"

LABELS = [
    # ---------------- xingshi (Chinese, new, 6 steps) ----------------
    L("xingshi-01.txt", X, "A", XS, {1: [0], 2: [2], 3: [4], 4: [10], 5: [12], 6: [14]},
      correct=["十月九号周六", "十月二十三号周六开业", "双狮迎宾，两头狮子，锣鼓镲三个人，一共八个人，表演大概二十分钟，含点睛，两千六百八",
               "门口要五米乘四米的空地", "三狮采青，三头狮子，锣鼓镲四个人，一共十一个人，演大概三十五分钟，点睛加采青都有，四千三百八",
               "要七米乘五米的地方", "双狮迎宾是不含采青的", "价格是全团统一的，不打折、不抹零，也不加送节目",
               "我们团成立十二年了，教练是番禺区非遗醒狮的传承人，队员都是固定的", "九点十八分开始，或者十点二十八分开始",
               "队伍会提前四十分钟到", "留个能换衣服的地方，再留一个中巴的车位", "鞭炮我们团里不提供也不代放",
               "占用人行道表演要您这边提前跟街道报备，一般不收钱，这个团里不代办的", "付百分之三十定金，三狮采青是一千三百一十四",
               "余款表演完当场扫团里的收款码，不收现金，也不转个人微信", "十月二十一号周四下午两点到五点之间会派人上门看一下场地，免费的，二十分钟左右",
               "采青的生菜和利是您这边准备，利是多少随意，不算在套餐价里", "点睛的朱砂笔我们带",
               "下小雨照常演，要是暴雨或者台风红色预警，可以免费改期一次，定金保留但是不退",
               "十月十六号周六之前，含十六号，取消的话定金全退，之后取消就不退了", "尾号五一九八"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (哈, 嗯, 那个, 好嘞). Figures in Chinese words (两千六百八, 四千三百八, 一千三百一十四, 尾号五一九八). Step 2's "
            "讲究 question surfaces the hidden concern (father arrives 十点多, must 点睛, wants 采青); the rep reminds him 双狮迎宾 has no 采青 "
            "and leaves the time to him ('您看哪个合适？您定哈'). Discount and 正规 Q&A per card. Turn 12 is a monologue covering all of step 5. "
            "三狮采青, 10:28."),
    L("xingshi-02.txt", X, "A", XSC, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["10月9日周六", "10月23日周六开业", "2狮＋锣鼓镲3人，共8人｜约20分钟｜含点睛｜¥2680｜场地5m×4m",
               "3狮＋锣鼓镲4人，共11人｜约35分钟｜点睛＋采青｜¥4380｜场地7m×5m", "A不含采青", "不打折、不抹零、不加送节目",
               "① 9:18 开始 ② 10:28 开始", "队伍提前40分钟到", "团里不提供、不代放", "店家自行提前向街道报备（一般免费），团里不代办",
               "定金30%＝¥1314", "不收现金／不转个人微信", "10月21日周四14:00–17:00上门看场地（免费，约20分钟）",
               "生菜＋利是店家自备", "暴雨／台风红色预警可免费改期1次，定金保留不退", "10月16日周六（含）前取消全退定金，之后不退",
               "队伍09:48到", "尾号5198"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels 鸿胜醒狮团/何老板. Terse with symbols (✔, ①②, ｜, •, ⚠, ¥, **bold**). The hidden concern surfaces at turn 3. '队伍09:48到' is "
            "10:28 minus the card's 40 minutes (derived, correct). 三狮采青, 10:28. The callee ends [END:1] right after the read-back; "
            "closing_ok true as in holdout46's callee-ended calls."),
    L("xingshi-03.txt", X, "A", XSX, {1: [0], 2: [6], 3: [8], 4: [10], 5: [2, 4, 12], 6: [14]},
      correct=["鞭炮呢我们团里不提供，也不帮您放", "占用人行道表演是要您自己提前跟街道报备的，一般不收费，不过团里不能代办",
               "小雨照常演；暴雨或者台风红色预警可以免费改期一次，定金保留，不退的", "10月23号周六开业",
               "双狮迎宾，两头狮子加锣鼓镲3个人，一共8个人，演20分钟左右，含点睛，2680，场地要5乘4",
               "三狮采青，三头狮子加锣鼓镲4个人，一共11个，演35分钟左右，点睛＋采青，4380，场地要7乘5", "双狮迎宾没有采青的",
               "9点18分开始或者10点28分开始", "队伍提前40分钟到", "公众号小程序下单付30%定金，双狮迎宾是804块",
               "不收现金也不转个人微信", "10月21号周四下午2点到5点派人上门看场地，免费，20分钟左右", "10月16号周六之前（含当天）取消定金全退",
               "尾号5198"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "mixed_english", "role_labels"],
      notes="Labels 小梁/何国强. Customer-led: firecrackers, permit and rain first (answered per card, counted as step 5 at turns 2 and 4), "
            "step 2 only at turn 6, where the father concern surfaces. Mixed digits/words and English (OK, check一下). He picks 双狮迎宾 on "
            "budget and says he will talk his father out of 采青. 生菜/利是 not mentioned (irrelevant to 双狮迎宾). 双狮迎宾, 10:28."),
    L("xingshi-04.txt", X, "B", XS, {1: [0], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["双狮迎宾，两头狮子，锣鼓镲三个人，一共八个人，大概演二十分钟，含点睛，两千六百八",
               "三狮采青，三头狮子，锣鼓镲四个人，十一个人，演三十五分钟左右，点睛和采青都有，四千三百八",
               "门口空地双狮要五米乘四米，三狮要七米乘五米", "十月二十三号周六上午，九点十八分开始或者十点二十八分开始",
               "队伍会提前四十分钟到的", "付三成定金，就是一千三百一十四", "余款演完了扫团里的收款码", "尾号五一九八"],
      unanswered=["你们是不是正规的？"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped (no check of the shop, date, space or 讲究); he volunteers the father's 10-o'clock arrival himself. "
            "'你们是不是正规的？' dodged ('这个您到时候见到就知道了') instead of the twelve-years/传承人 answer. Rambling turn 2 "
            "('一年到头开业、婚庆、节庆都在接' is on the card). Step 4 thin (no changing room/bus space); step 5 thin (no 鞭炮, 报备, rain, "
            "site visit, cancellation, no-cash rule). Facts all correct. 三狮采青, 10:28."),
    L("xingshi-05.txt", X, "B", XSL, {1: [0], 2: [2], 3: [4]},
      correct=["10月9号", "10月23号周六开业", "双狮迎宾两头狮子，一共8个人，演20分钟左右，含点睛，2680，要5乘4的地方",
               "三狮采青三头狮子，一共11个人，演35分钟左右，点睛加采青，4380，要7乘5", "双狮迎宾不带采青的",
               "店里桌椅多、地方窄，安全起见只在门口表演", "10月15号周五上午11点"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels 梁嘉欣/何老板. Steps 4-6 not reached: he must ask his father and partner and names the call-back himself ('后天，周五上午十一点'; "
            "today is Wed 10/13, so 10/15 Fri is right). Step 2 thin (no 讲究 question; the concern never surfaces). Legitimate caller "
            "condition 2; tier B because most of the script is not reached."),
    L("xingshi-06.txt", X, "C", XS, {1: [0], 3: [2, 4], 4: [10], 6: [14]},
      correct=["双狮八个人演二十分钟，三狮十一个人演三十五分钟", "10月23号周六上午9点18分或者10点28分", "尾号5198"],
      invented=[("双狮迎宾2880", D), ("三狮采青四千一百八", W), ("我们团二十年的老团了", W), ("队伍提前一个小时到", W),
                ("定金交50%", D), ("10月22日周五下午上门看场地", D), ("利是我们团里准备好", N), ("点睛我们师傅来点", N)],
      forbidden=["我帮您定三狮采青了", "给您抹个零，四千整", "鞭炮我们可以帮您放", "报备我们团里帮您搞定", "下午三点也可以排",
                 "暴雨台风也照常演", "现金也行"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped"],
      notes="8 invented (3 digits, 3 words, 2 none: wrong prices for both packages, 20 years for 12, one hour for 40 minutes, 50% deposit, "
            "the site visit on 10/22 Fri instead of 10/21 Thu, 利是 supplied by the troupe, the troupe's master doing 点睛) and 7 red lines "
            "(choosing for him, rounding down, firecrackers, doing the permit, an off-card afternoon slot, a no-weather-change promise, cash). "
            "Step 2 not covered; step 5 not counted (every step-5 statement at turn 12 is wrong or a red line). The read-back's '四千' restates "
            "the labelled discount and is not labelled again. The ending holds literally: a package and an offered time, a read-back, his 对."),
    L("xingshi-07.txt", X, "C", XS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6]},
      correct=["双狮迎宾两头狮子，8个人，演二十分钟，含点睛，2680", "三狮采青三头狮子，11个人，演三十五分钟，点睛加采青，4380",
               "三狮采青要7米乘5米的地方", "23号上午9点18分或者10点28分开始，队伍提前40分钟到", "定金三成", "余款演完扫码"],
      invented=[("三狮是一千一百一十四", W), ("下雨的话改期", N), ("10月20号周三下午上门看场地", D)],
      forbidden=["三狮采青现在订还送一段麒麟舞", "定金全退给您", "先按三狮采青、10点28分给您排上"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="3 invented (words, none, digits) and 3 red lines (a free 麒麟舞, a deposit refund on rain, choosing package and time for him). "
            "Illegitimate ending: 'think it over' closed as a booking. He says '我考虑考虑，明天我自己打给你们' (no call-back time agreed by the "
            "troupe, nothing chosen); the rep books 三狮采青 10:28 for him, hears '我还没定啊' and closes with condition 1's line and [END:1]. "
            "No caller condition holds (closest: 2 without an agreed time). Step 5 counted at turn 6 (定金三成 and 余款扫码 right, the figure wrong)."),
    L("xingshi-08.txt", X, "C", XS, {1: [0], 3: [2], 4: [6], 5: [6]},
      correct=["双狮迎宾两千六百八，八个人，二十分钟左右", "三狮采青四千三百八，十一个人，三十五分钟左右，带采青",
               "23号上午九点十八分或者十点二十八分，队伍提前四十分钟到", "您要放鞭炮就自己按街道规定办",
               "人行道的话要跟街道报备，我们不代办"],
      invented=[("三狮采青的场地要十米乘六米", W), ("双狮迎宾也是带采青的", N), ("020-3482-6165", D), ("城管都不管的", N)],
      forbidden=["报不报备其实都无所谓", "那就给您定双狮迎宾"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "wrong_phone"],
      notes="4 invented (words, none, digits, none: 10×6 m for 7×5, 双狮迎宾 with 采青, phone 6165 for 6615, '城管都不管的') and 2 red lines "
            "(the permit does not matter, choosing 双狮迎宾 for him). Illegitimate ending: a refusal closed as a booking. He says '算了，不请了，我去问问别家' "
            "(callee condition 3); the rep closes with '那就给您定双狮迎宾…' and condition 1's line and [END:1]. Caller condition 3 applied. "
            "The wrong 10×6 m figure is what pushed him off 三狮采青. '那双狮迎宾也可以嘛' is a nudge, not labelled."),
    # ---------------- thesis-binding (English, new, 6 steps) ----------------
    L("thesis-binding-01.txt", T, "A", TB, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 10], 6: [14]},
      correct=["Monday, April nineteenth", "two hundred twelve pages, fourteen of them in color, and four copies",
               "pages eighty-eight to ninety-five", "one-inch left margin, and the library needs an inch and a half",
               "we print the PDF exactly as you send it; we don't fix margins and we don't proofread",
               "Classic is black buckram, gold lettering on the spine only, forty-eight dollars a copy",
               "Presentation is navy leatherette, gold on the spine and the front cover, sixty-six a copy", "Both meet the library's rules",
               "seven bucks a copy for your fourteen", "Four Classic comes to two twenty, four Presentation comes to two ninety-two",
               "Classic is ready five business days after we start, Presentation eight",
               "Thursday, April twenty-second, if the final file and your okay on the spine proof are in by ten a.m. tomorrow",
               "Monday, April twenty-sixth, with everything in by ten a.m. Monday",
               "Starting Thursday, Classic's ready Thursday, April twenty-ninth, and Presentation Tuesday, May fourth",
               "Starting Monday, Classic's ready Monday, May third, and Presentation Thursday, May sixth", "Ready means after two p.m., and we text you",
               "There's no rush service", "a short title up to sixty characters, and twenty twenty-seven",
               "changes mean rebinding at full price", "Half is due when you approve the proof, so a hundred and ten",
               "Card or check made out to Kirkwood Bindery, no cash", "weekdays nine to five-thirty", "we hold finished orders sixty days",
               "UPS Ground, fourteen bucks a box, three to five business days, but no guaranteed day",
               "The library copy you drop off yourself, we don't deliver it",
               "you can cancel free until you approve the proof; after that the deposit's kept",
               "Same price per copy, any time within six months, no new proof needed", "eight one two, five five five, oh one four seven",
               "seven three oh five"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (um, so, honestly, bucks). Figures in words (two twenty, two ninety-two, a hundred and ten, eight one two…). "
            "The date question surfaces the May 4 dinner; the rep says Presentation fits only with the Thursday start, is not promised, and "
            "there is no rush. Her 'fall apart' worry is answered with card facts only (buckram, library rules). Turn 10 is a monologue of "
            "step 5. Classic, Monday April 26 → Monday May 3."),
    L("thesis-binding-02.txt", T, "A", TBK, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [12]},
      correct=["Mon Apr 19", "212 pp, 14 in color", "4 copies", "pp. 88–95", "1\" left margin; the library requires 1.5\"",
               "black buckram, gold lettering on the spine | $48/copy | ready 5 business days after start",
               "navy leatherette, gold on spine + front cover | $66/copy | ready 8 business days after start", "+$7/copy for your 14",
               "Classic $220 | Presentation $292", "Thu Apr 22 — final file + spine-proof approval by 10 a.m. tomorrow → Classic Thu Apr 29, Presentation Tue May 4",
               "Mon Apr 26 — by 10 a.m. Monday → Classic Mon May 3, Presentation Thu May 6", "No rush service",
               "We print the PDF as sent — no margin fixes, no proofreading", "short title ≤60 characters + 2027",
               "Deposit 50% = $146 on proof approval", "card or check to Kirkwood Bindery, no cash", "weekdays 9–5:30", "held 60 days",
               "UPS Ground $14/box, 3–5 business days, delivery day not guaranteed", "Library copy: you deliver it",
               "no discounts, no free copy", "cell ending 7305"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels Kirkwood Bindery/Teresa. Terse with symbols (✔, ⚠, ①②, →, |, •, **bold**). The dinner surfaces; the rep says May 4 "
            "after 2 p.m. is normal time, not a guarantee. She fixes the maps tonight to make the Thursday start. Presentation, Thursday "
            "April 22 → Tuesday May 4. The callee ends [END:1] right after the read-back."),
    L("thesis-binding-03.txt", T, "A", TBO, {1: [0], 2: [2, 6], 3: [8], 4: [10], 5: [4, 6, 12], 6: [14]},
      correct=["we can't say", "an inch and a half on the left", "at your own risk, and the text may run into the spine",
               "we print the PDF exactly as you send it. We don't fix margins and we don't proofread",
               "Anyone with your order number can pick up at the counter, weekdays 9 to 5:30",
               "UPS Ground, $14 a box, three to five business days once it's ready, with tracking, but we can't guarantee the day",
               "212 pages, 14 in color, four copies", "Classic: black buckram, gold lettering on the spine, $48 a copy",
               "Presentation: navy leatherette, gold on the spine and front cover, sixty-six a copy", "seven dollars a copy for your fourteen",
               "Four Classic, $220; four Presentation, $292", "Classic takes 5 business days from the start, Presentation 8",
               "Thursday, April 22, if the final file and the spine-proof approval are in by 10 a.m. tomorrow",
               "Monday, April 26, everything by 10 a.m. Monday", "Classic ready Thursday, April 29, Presentation Tuesday, May 4",
               "Classic Monday, May 3, Presentation Thursday, May 6", "there's no rush service", "Half on proof approval, so $110",
               "card or check to Kirkwood Bindery, no cash", "a short title up to 60 characters, and 2027", "We hold finished orders 60 days",
               "The library copy you take over yourself", "Free cancellation until you approve the proof", "cell ending 7305"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels Owen/Teresa Okafor. Customer-led: library acceptance, shrinking pages and her mother's pickup/mailing first (answered per "
            "Q&A; step 2's margin line at turn 2, the rest of step 2 at turn 6, where the dinner surfaces). Mixed digits and words. Classic, "
            "Thursday April 22 → Thursday April 29."),
    L("thesis-binding-04.txt", T, "B", TB, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["Classic is black buckram with gold lettering on the spine, forty-eight dollars a copy",
               "Presentation is navy leatherette, gold on the spine and the front cover, sixty-six a copy", "Both meet the library's rules",
               "seven dollars a copy for you", "four Classic copies come to two hundred twenty, four Presentation two ninety-two",
               "Classic's ready five business days after we start, Presentation eight",
               "Thursday, April 22, if the file and your approval of the spine proof are in by 10 a.m. tomorrow", "Monday, April 26, by 10 a.m. Monday",
               "Classic on Thursday, April 29", "Monday gets you Monday, May 3", "Half's due when you approve the proof, that's a hundred ten",
               "card or check to Kirkwood Bindery", "cell ending 7305"],
      unanswered=["Is it going to fall apart like my master's one?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped: no page/copy check, the margin problem on pp. 88-95 never raised, no date question (the May 4 dinner never "
            "surfaces). 'Is it going to fall apart like my master's one?' dodged ('I totally get that… Anyway'). Rambling turn 2 with no "
            "checkable claim. Step 5 thin (no no-cash rule, spine/proof rule, hold period, cancellation, library copy). Facts all correct. "
            "Classic, Monday April 26 → Monday May 3."),
    L("thesis-binding-05.txt", T, "B", TBK, {1: [0], 2: [2], 3: [4]},
      correct=["Pages 88 to 95 have a one-inch left margin, and the library needs an inch and a half for binding",
               "212 pages, 14 in color, four copies", "Classic is black buckram, gold on the spine, $48 a copy",
               "Presentation is navy leatherette, gold on the spine and front cover, $66 a copy", "$7 a copy for you",
               "Four Classic is $220, four Presentation $292", "Classic takes 5 business days after we start, Presentation 8",
               "Same prices for everyone, no discounts and no free copy", "Friday, April 23 at 4 p.m."],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels Kirkwood Bindery/Teresa. Steps 4-6 not reached: she must check her budget and fix the maps and names the call-back "
            "(Friday at four; today is Wed April 21, so Friday April 23 is right). Step 2 thin (no date question; the dinner never surfaces). "
            "Legitimate caller condition 2; tier B because most of the script is not reached."),
    L("thesis-binding-06.txt", T, "C", TB, {1: [0], 3: [4, 6], 4: [8], 5: [10], 6: [12]},
      correct=["black buckram", "navy, gold on the front too", "If we start Thursday, April 22", "Or we start Monday, April 26",
               "Deposit's half on approval", "cell ending 7305"],
      invented=[("Classic is $45 a copy", D), ("seventy-two a copy", W), ("Classic is ready in three business days", W),
                ("Presentation's ready Monday, May 3", D), ("the spine can have the full title, no limit", N),
                ("you can change the spine after you approve it, no charge", N), ("We hold orders for two weeks", W), ("(812) 555-0174", D)],
      forbidden=["we'll adjust the margins on those map pages for you", "The library will take it either way", "We also do it in burgundy",
                 "I'll put you down for Presentation", "For you I'll knock ten percent off", "It'll be ready well before the dinner, guaranteed",
                 "you can pay the deposit in cash", "UPS gets it there in two days"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone", "wrong_date"],
      notes="8 invented (3 digits, 3 words, 2 none: both prices, 3 business days for 5, Presentation ready Monday May 3 for Tuesday May 4 "
            "(a real Monday, the wrong date), no spine-title limit, free spine changes after approval, a two-week hold for 60 days, phone "
            "0174 for 0147) and 8 red lines (fixing margins, library acceptance, an off-card color, choosing for her, 10% off, a dinner "
            "guarantee, cash, a UPS delivery day). Step 2 not covered (the margin issue is mentioned only to be waved away). Step 5 counted at "
            "turn 10 because 'Deposit's half on approval' is right. The read-back's 'ten percent off' restates the labelled discount. The "
            "ending holds literally: a binding and an offered start date, a read-back, her 'Right.'"),
    L("thesis-binding-07.txt", T, "C", TB, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["pages 88 to 95 have a one-inch left margin, and the library needs an inch and a half", "212 pages, 14 in color, four copies",
               "Classic, black buckram, gold on the spine, $48 a copy", "Presentation, navy leatherette, gold on the spine and front, $66",
               "Four Classic is $220, four Presentation $292", "Classic is ready five business days after the start", "Or start Thursday, April 22",
               "(812) 555-0147"],
      invented=[("Presentation takes six", W), ("ready Tuesday, May 4 after 2", D), ("Presentation comes with a ribbon bookmark", N)],
      forbidden=["don't worry about the library, they never actually measure the margins"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="3 invented (words, digits, none: six business days for eight, hence a Monday start ready Tuesday May 4 instead of Thursday May 6, "
            "an invented ribbon bookmark) and 1 red line (library acceptance as is). Illegitimate ending: a named call-back closed as a "
            "refusal. She asks twice for a call-back 'Friday at four' (caller condition 2); the rep never confirms it and closes with condition "
            "3's line and [END:3]. The wrong 'six' also makes Presentation look possible for the May 4 dinner on a Monday start."),
    L("thesis-binding-08.txt", T, "C", TB, {1: [0], 2: [2], 3: [2, 6], 4: [8]},
      correct=["Four copies, two hundred twelve pages, fourteen in color", "Classic, black buckram, forty-eight a copy",
               "Presentation, navy leatherette with gold on the front as well, sixty-six a copy", "Color's fifty cents a page per copy",
               "Classic takes five business days, Presentation eight", "four Presentation two ninety-two",
               "Start dates are Thursday, April 22 or Monday, April 26"],
      invented=[("Four Classic copies come to two sixty", W), ("we stitch every page, it won't come apart", N), ("Pickup's weekdays 8 to 6", D),
                ("You pay the whole thing at pickup, nothing up front", N)],
      forbidden=["the library's pretty relaxed about that, a one-inch margin is totally fine"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      unanswered=["And my mom?", "And what's the ready date?"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "question_dodged"],
      notes="4 invented (words, none, digits, none: $260 for $220, stitched pages never on the card, pickup 8-6 for 9-5:30, no deposit for "
            "half on approval) and 1 red line (a one-inch margin is fine for the library). Illegitimate ending: the call is closed as booked "
            "while she is still asking: she picks Classic and Thursday, then asks about her mother and the ready date and says 'You haven't "
            "read anything back'; the rep closes with condition 1's line and [END:1] with no read-back and no confirmation. Both questions "
            "are unanswered. 'whatever the system says' is vague and not labelled. Steps 5 and 6 not covered."),
    # ---------------- clinic (Chinese, bundled, 5 steps) ----------------
    L("clinic-01.txt", C, "A", CL, {1: [0], 2: [2], 3: [4, 6], 4: [8, 10], 5: [10]},
      correct=["您三天前在我们这儿做了种植手术", "术后三天内肿是正常的，一般第三天最明显，之后会慢慢消下去，您可以冷敷，每次十五分钟",
               "可以吃布洛芬，每次一片，间隔六个小时以上，一天不超过四片", "降压药照常吃，千万别停", "消炎药呢要连续吃满五天，每天三次，饭后吃",
               "术后一周内不要用手术那一侧嚼东西，吃温凉软的，不要抽烟喝酒", "拆线以后可以慢慢恢复，不过种植牙那边三个月内别咬硬的",
               "二十四小时以后就可以用漱口水了，每天三次", "一般术后三个月，骨结合稳定了再装牙冠，到时候我们会提前通知您",
               "术后七到十天要回来拆", "下周二还是周四", "周二周四都是上午八点半到下午五点接诊", "拆线基本不疼，大概十分钟就好，不用打麻药",
               "持续出血、发烧超过三十八度五，或者肿得越来越厉害", "零五七一，八八八八六六六六"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa"],
      notes="Complete. Figures in Chinese words. Swelling, ibuprofen, blood-pressure pills, eating, crown and suture-removal Q&A all per card. "
            "Next Tuesday 10 a.m. (inside the card's 8:30-17:00)."),
    L("clinic-02.txt", C, "B", CL, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8]},
      correct=["您3天前做的种植手术", "术后3天内肿胀都正常，第3天最明显，之后慢慢消，可以冷敷，每次15分钟", "消炎药要吃满5天，每天3次，饭后吃",
               "术后7到10天回来拆线，下周二或者周四", "周二周四都是上午8点半到下午5点", "持续出血、发烧超过38度5或者越肿越厉害",
               "0571-88886666"],
      unanswered=["我还吃着降压药，跟消炎药一起吃没事吧？"], cond=1, side="caller", marker=("caller", 1),
      style=["question_dodged", "step_thin"],
      notes="'我还吃着降压药，跟消炎药一起吃没事吧？' dodged ('这个每个人情况不太一样哈，您主要是多休息'; vague, not labelled) instead of "
            "'降压药照常吃'. Step 3 thin: no eating/chewing rules, no mouthwash. Facts all correct. Next Thursday 2 p.m."),
    L("clinic-03.txt", C, "C", CL, {1: [0], 2: [2], 3: [6], 4: [8, 10]},
      correct=["一天不超过4片", "一周内别用那边嚼东西，吃温凉软的，别抽烟喝酒", "下周二还是周四"],
      invented=[("冷敷每次三十分钟", W), ("布洛芬每次2片", D), ("降压药这几天先停掉", N), ("消炎药吃满3天", D), ("每天两次", W),
                ("漱口水手术后马上就能用", N), ("术后五天就可以回来拆线", W), ("拆线要打麻药", N), ("0571-88886688", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="9 invented (3 digits, 3 words, 3 none: cold compress 30 min for 15, 2 tablets for 1, stopping blood-pressure pills, 3 days for 5, "
            "twice a day for 3 times, mouthwash at once for after 24 h, suture removal at 5 days for 7-10, anaesthetic for none, phone 6688 "
            "for 6666). The bundled card has no not-allowed list, so all are invented facts. Step 5 not counted (only a wrong number, no "
            "warning signs). Opening terse but names both sides and asks for time. The ending holds literally (caller condition 1: a "
            "Tuesday booked, his '那我就放心了')."),
    L("clinic-04.txt", C, "C", CL, {1: [0], 3: [4], 4: [6, 8]},
      correct=["您3天前在我们这里做了种植手术", "消炎药要吃满5天，每天3次，饭后吃", "一周内别用那一侧嚼，吃温凉软的，不要抽烟喝酒",
               "漱口水24小时以后可以用，每天3次", "术后7到10天，下周二或者周四"],
      invented=[("术后一个星期内肿都是正常的", W), ("发烧也是正常反应", N), ("出血咬个棉球就好了", N), ("周二周四都是上午9点到下午4点接诊", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "symptoms_ignored"],
      notes="4 invented (words, none, none, digits: swelling normal for a week vs 3 days, fever as normal, a cotton ball for ongoing bleeding, "
            "hours 9-4 for 8:30-5). Illegitimate ending: abnormal symptoms closed as a routine booking. He reports 38.8 °C (card's "
            "threshold 38.5), swelling worse than yesterday and ongoing bleeding, and asks to come in today; the rep refuses, books next "
            "Tuesday without his agreement and closes with condition 1's line and [END:1] while he says '我还是不放心'. Caller condition 2 "
            "(安排尽快回院检查) applied. Step 2 not asked (he volunteers), step 5 never given. Doubt: '不用专门跑' and '不用不用，下周二来拆线的时候一起看就行' "
            "are part of the bad ending and not labelled separately."),
    # ---------------- renewal (Chinese, bundled, 6 steps) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [6, 10], 6: [10]},
      correct=["2025年1月1号到期", "CRM+项目管理组合", "老客户续费自动享受九五折，到期前操作就行，不用额外申请", "年度、季度、月度",
               "付款后在后台自助发起发票申请就行，专票普票都支持，系统自动开票最快两小时完成", "两小时内完成审批",
               "登录后台\"账户中心\"，点\"服务续费\"，按提示操作，全程不用纸质资料", "微信、邮箱或者短信一键发您",
               "13812345678直达客服", "call@xbench.com"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "terse_callee"],
      notes="Complete. Annual renewal, same configuration, 专票, materials by WeChat (his choice among the card's 微信/邮箱/短信). Closing "
            "line adapted from the card's first line ('发您微信' for '短信/邮箱'). Condition 1."),
    L("renewal-02.txt", R, "B", RN, {1: [0], 3: [2, 4], 4: [6], 6: [8]},
      correct=["2025年1月1日到期", "本月就做了数据同步优化、权限扩展这些，新功能也是优先对老客户开放",
               "老客户续费自动享受95折，到期前操作就行，不用额外申请", "按年度、季度还是月度续",
               "登录后台\"账户中心\"点\"服务续费\"按提示操作就行，不用纸质资料", "专人绿色通道"],
      unanswered=["临时扩容有没有最高不涨价额度？"], cond=2, side="caller", marker=("caller", 2),
      style=["rambling", "question_dodged", "step_skipped"],
      notes="Opening is the card's opening line (no identity check, as the card's own opening). Step 2 skipped (no current package, no "
            "needs question); step 5 skipped. '临时扩容有没有最高不涨价额度？' dodged ('我们可以后面再细聊'). Rambling turn 2 (the upgrades "
            "are the card's Q&A). He wants everything by WeChat and no more calls: caller condition 2, legitimate."),
    L("renewal-03.txt", R, "C", RN, {1: [0], 2: [2], 3: [2], 4: [6], 6: [10]},
      correct=["CRM+项目管理组合", "2025年1月1号到期", "call@xbench.com"],
      invented=[("老客户续费享受9折", D), ("一次性预付三年再打八五折", W), ("扩容不涨价", N), ("续费以后新功能全部免费开通", N),
                ("发票当天十分钟就能开出来", W), ("不用付款也可以先开发票", N), ("到期后还有七天宽限期，服务不停", W),
                ("数据保留15天", D), ("13812345687", D)],
      opening_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone", "bad_opening"],
      notes="9 invented (3 digits, 3 words, 3 none: 90% for 95%, a three-year prepay discount, capped expansion price, free new features, "
            "invoices in ten minutes, invoices before payment, a seven-day grace period, 15 days' data for 30, phone …687 for …678). Bundled "
            "card: no not-allowed list, so all are invented facts. opening_ok false: '张总您好，长江云李明…几分钟。' has no identity check and "
            "does not ask whether now is convenient. Step 3 counted with a wrong figure; step 5 not covered. The ending holds literally "
            "(annual, 专票, WeChat, his 嗯): condition 1."),
    L("renewal-04.txt", R, "C", RN, {1: [0], 2: [2], 3: [2]},
      correct=["2025年1月1号到期", "CRM+项目管理组合", "老客户续费自动九五折，到期前操作就行", "年度、季度、月度", "付款后后台自助申请，最快2小时"],
      invented=[("年度的话还多送两个月", W), ("专票要等5个工作日", D), ("数据到期后永久保留", N),
                ("续费流程我已经帮您在后台提交了，审批通过自动扣费", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="4 invented (words, digits, none, none: two free months, 5 working days for 专票, data kept forever vs 30 days, an off-card "
            "submission with automatic charge). Illegitimate ending: 'not decided, send me the quote by WeChat' closed as renewed. He says "
            "'今年续不续还没定…我们内部审批完再说' (caller condition 2), then '我说了还没定，谁让你提交的？'; the rep closes with '续费已经办好了' and "
            "[END:1]. '续费已经办好了' is the bad ending itself and not labelled again."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
