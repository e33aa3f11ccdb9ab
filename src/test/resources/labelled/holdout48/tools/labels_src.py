#!/usr/bin/env python3
"""Label source for holdout48 (holdout47's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-47). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout48"


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


ZY = {"孙晓梅": "caller", "周长林": "callee"}
ZYC = {"陈记油坊": "caller", "周叔": "callee"}
ZYX = {"小孙": "caller", "老周": "callee"}
ZYM = {"晓梅": "caller", "周长林": "callee"}
MB = {"Dana Whitfield": "caller", "Margaret Sullivan": "callee"}
MBH = {"Harmon Park Conservancy": "caller", "Peg": "callee"}
MBD = {"Dana": "caller", "Mrs. Sullivan": "callee"}
MBP = {"Dana": "caller", "Peg Sullivan": "callee"}
DL = {"王芳": "caller", "刘洋": "callee"}
DLS = {"顺达物流": "caller", "刘先生": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}
ESS = {"Sarah": "caller", "Mark": "callee"}
ESC = {"CloudDesk": "caller", "Mark": "callee"}

Z = "zhayou.md"
M = "memorial-brick.md"
DV = "delivery.md"
E = "english-support.md"

LABELS = [
    # ---------------- zhayou (Chinese, new, 6 steps) ----------------
    L("zhayou-01.txt", Z, "A", ZY, {1: [0], 2: [2], 3: [4, 6], 4: [8, 10], 5: [4, 8, 12], 6: [14]},
      correct=["八百斤左右的花生仁", "小瓶分装和贴定制标签我们是不做的哈，只有五升的食品级油桶",
               "花生先炒再压，油是金黄色的，香味浓，出油率一般在四成左右，加工费每斤花生仁六毛，您八百斤就是四百八，榨完要沉淀过滤三天才能取油",
               "花生不炒，六十度以下压，油颜色浅、味道清淡，出油率一般三成五左右，加工费每斤一块，八百斤是八百块，榨完要沉淀过滤五天",
               "出油率是看花生的，具体多少斤我们保证不了哈", "加工费是全县统一价，不打折、不抹零，油桶也是按四块钱一个收",
               "出多少看花生的品种、饱满程度和干湿", "出油当场过磅，单子给您",
               "您的花生单独一锅，不跟别人的拼，送来过一次磅，出油再过一次磅，两张单子都给您", "八百斤大概压五个小时，您可以全程在边上看着",
               "九月十八号周六上午八点到十一点半，或者九月二十三号周四下午两点到五点半", "十八号送的话，热榨九月二十一号周二就能取油",
               "二十三号送的话，热榨要九月二十六号周日才能取", "含水量要在百分之八以下，超了要拉回去再晒",
               "发霉、发芽、虫蛀的要提前挑干净，现场只要发现霉变粒，这一批就不能榨了", "五升的食品级油桶，四块钱一个，一桶大概装九斤油",
               "自己带桶也行，要食品级的，洗干净晾干", "花生饼归您带走，不想要的话油坊按一块二一斤收，抵加工费",
               "在公众号付五十块定金，抵加工费，余款取油的时候付，微信、支付宝、现金都行", "九月十七号周五下午六点前取消，定金全退，之后取消就不退了",
               "油榨好以后我们免费保管十五天", "尾号四四二七"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (呀, 哈, 嗯, 好嘞). Figures in Chinese words (四百八, 一块二, 百分之八, 尾号四四二七). Step 2's use/date question "
            "surfaces the hidden concern (son's wedding on the 26th, oil needed before the 25th, small bottles with 囍); the rep says small "
            "bottles and custom labels are not done, and that the 23rd slot would miss the 25th, and leaves both choices to him. Price, yield "
            "and swap Q&A per card (turns 6, 8). Turn 12 is a monologue of step 5; '九月十七号周五' is the day before the 18th slot (card rule "
            "'预约时段前一天下午6点前'). 小榨浓香, 9/18 → oil 9/21."),
    L("zhayou-02.txt", Z, "A", ZYC, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8], 6: [12]},
      correct=["9月12日周日晚上", "花生仁≈800斤", "先炒再压｜金黄、香味浓｜出油率一般≈四成｜¥0.6/斤花生仁 → 800斤＝¥480｜沉淀过滤3天",
               "不炒，60度以下压｜色浅、清淡｜出油率一般≈三成五｜¥1/斤 → 800斤＝¥800｜沉淀过滤5天", "出油率看花生，具体多少斤不保证",
               "不做小瓶分装、不贴定制标签，只有5升食品级油桶", "看品种／饱满程度／干湿，出油当场过磅给单子",
               "9月18日周六 8:00–11:30 → 冷榨9月23日周四取油", "9月23日周四 14:00–17:30 → 冷榨9月28日周二取油（赶不上25号）",
               "800斤约压5小时，可全程在场看", "进场测水分，含水量8%以下，超了拉回去再晒", "现场发现霉变粒→这一批不榨",
               "单独一锅不拼，送来过磅、出油再过磅，两张单子给您", "油桶5升¥4/个，约装9斤油；自带须食品级、洗净晾干",
               "花生饼归您；不要的话按¥1.2/斤抵加工费", "定金¥50（公众号付，抵加工费），余款取油时付：微信／支付宝／现金",
               "9月17日周五18:00前取消定金全退，之后不退", "榨好免费保管15天", "加工费全县统一价，不打折、不抹零", "尾号4427"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels 陈记油坊/周叔. Terse with symbols (✔, ①②, ｜, →, •, ⚠, ¥, **bold**, ≈). The hidden concern surfaces at turn 3; the rep "
            "states the no-small-bottle rule and marks the 23rd slot '赶不上25号' (9/28 is the card's own date). 低温冷榨, 9/18 → oil 9/23. "
            "The callee ends [END:1] right after the read-back (callee condition 1)."),
    L("zhayou-03.txt", Z, "A", ZYX, {1: [0], 2: [6], 3: [4, 8], 4: [12], 5: [2, 8, 14], 6: [16]},
      correct=["每家单独一锅，不跟别人拼，您送来先过一次磅，出油再过一次磅，两张单子都给您，榨的时候您可以全程在边上看着",
               "出油多少看花生品种、饱不饱满、干不干", "出油当场过磅给您单子", "油坊不上门拉货，要您自己送过来哈", "八百斤左右的花生仁",
               "含水量要8%以下，超了得拉回去再晒", "发霉的、发芽的、虫蛀的要提前挑干净，只要发现霉变粒这一批就不能榨",
               "先炒再压，金黄色，香，出油率一般四成左右，每斤花生仁6毛，800斤是480块，沉淀过滤3天取油",
               "冷榨不炒，60度以下压，颜色浅、味道淡，出油率一般三成五左右，每斤1块，800斤是800块，沉淀过滤5天",
               "加工费全县统一价，不打折也不抹零", "9月18号周六上午8点到11点半，或者9月23号周四下午2点到5点半",
               "18号送的话，热榨9月21号周二就能取油", "23号送要等到9月26号周日", "5升的食品级油桶，4块钱一个，一桶装9斤左右",
               "小瓶分装和贴囍字我们不做哈", "花生饼归您，不要的话1块2一斤抵加工费", "定金50块在公众号付，抵加工费，余款取油时微信、支付宝、现金都行",
               "9月17号周五下午6点前取消定金全退，之后就不退了", "油榨好免费放15天", "尾号4427"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "mixed_english", "role_labels"],
      notes="Labels 小孙/老周. Customer-led: the swap worry, the yield guarantee and pick-up come first (answered per card; turn 2 counts as "
            "step 5, turn 4 as step 3's no-guarantee line); step 2 only at turn 6, where the wedding concern surfaces. Mixed digits/words and "
            "English (check, OK). 小榨浓香, 9/18 → oil 9/21."),
    L("zhayou-04.txt", Z, "B", ZY, {1: [0], 3: [2], 4: [4, 6], 5: [8], 6: [10]},
      correct=["热榨就是小榨浓香，花生炒了再压，油金黄，香，出油率一般四成左右，加工费每斤花生仁六毛，八百斤就是四百八，榨完沉淀过滤三天能取油",
               "冷榨呢不炒，六十度以下压，颜色浅，清淡，出油率一般三成五左右，每斤一块，八百斤八百块，五天取油",
               "九月十八号周六上午八点到十一点半，或者九月二十三号周四下午两点到五点半", "热榨的话九月二十六号周日就能取油了",
               "在公众号付五十块定金，抵加工费，余款取油的时候付，微信、支付宝、现金都行", "油桶我们有五升的，四块钱一个", "尾号四四二七"],
      unanswered=["你们不会把俺的花生换了吧？"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped: no check of the peanuts (dryness, mould) and no question about use or date, so the wedding concern never "
            "surfaces (he picks the 23rd slot, oil 9/26, which would miss the wedding he never mentioned). '你们不会把俺的花生换了吧？' dodged "
            "('这个……咱先把时间定下来哈') instead of 单独一锅/全程看/过磅. Rambling turn 2 with no checkable claim beyond the card. Step 3 thin "
            "(no yield disclaimer, no 'which one'); step 5 thin (no moisture/mould rule, no weighing, no cancellation, no 花生饼, no storage). "
            "Facts all correct. 小榨浓香, 9/23 → oil 9/26."),
    L("zhayou-05.txt", Z, "B", ZYM, {1: [0], 2: [2], 3: [4]},
      correct=["9月12号晚上", "800斤左右的花生仁", "小榨浓香是热榨，炒过再压，金黄色，香味浓，出油率一般四成左右，每斤花生仁6毛，800斤就是480，沉淀过滤3天取油",
               "低温冷榨不炒，60度以下压，颜色浅、清淡，出油率一般三成五左右，每斤1块，800斤是800，要5天取油", "出油率看花生，具体多少斤我们保证不了",
               "油坊不上门拉货，要您自己送过来", "9月14号周二晚上7点"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels 晓梅/周长林. Steps 4-6 not reached: he must ask his son and names the call-back himself ('明天晚上七点'; today is Mon 9/13, "
            "so 9/14 Tue is right). Step 2 thin (peanut check only, no use/date question; the wedding never surfaces). Pick-up Q&A per card. "
            "Legitimate caller condition 2; tier B because most of the script is not reached."),
    L("zhayou-06.txt", Z, "C", ZY, {1: [0], 3: [2], 4: [10], 5: [12], 6: [14]},
      correct=["9月18号周六上午8点到11点半，或者9月23号周四下午2点到5点半", "油桶4块一个", "尾号4427"],
      invented=[("热榨加工费7毛一斤", D), ("冷榨一块二一斤", W), ("含水量12%以下就行", D), ("冷榨过滤三天就能取", W),
                ("上门拉货我们派车去拉", N), ("花生饼归油坊", N), ("免费保管一个月", W), ("0396-8827461", D)],
      forbidden=["出油率保证四成", "给您抹个零，热榨算您五百整", "那就给您定热榨", "小瓶分装我们也能弄，囍字贴纸我们给您贴上",
                 "冷榨的油降血脂", "有一点霉的也没事，照样能榨", "当天榨完当天就能拉油走"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="8 invented (3 digits, 3 words, 2 none: 7毛 for 6毛, 一块二 for 1块 (an option name then a price with no 'per 斤 of kernels'), "
            "12% for 8% moisture, three days for five, a pick-up truck the card rules out, 花生饼 kept by the mill, a month for 15 days, phone "
            "…7461 for …7416) and 7 red lines (a yield guarantee, rounding down, choosing 热榨 for him, small bottles and 囍 labels, a "
            "health claim, mouldy peanuts pressed anyway, oil the same day). Step 2 not covered (he volunteers the wedding). Step 3 counted "
            "with wrong figures; step 5 counted only because '油桶4块一个' is right. The read-back's '五百' and '小瓶贴囍字' restate labelled "
            "red lines and are not labelled again. The ending holds literally: a slot he chose, a process he accepted, a read-back, his 对."),
    L("zhayou-07.txt", Z, "C", ZY, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=["八百斤左右的花生仁", "每斤花生仁6毛，八百斤480，出油率一般四成左右", "每斤1块，八百斤800，出油率一般三成五左右",
               "热榨沉淀过滤3天", "看是可以看", "现在付定金50块抵加工费"],
      invented=[("冷榨要沉淀过滤7天", D), ("我们一锅要凑够一千斤才开机", W), ("取油的时候只收现金", N)],
      forbidden=["跟邻居的拼一锅就行", "出油率我们保证四成，一斤都不少您的"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="3 invented (digits, words, none: seven days for five, a 1000-斤 minimum batch against the card's own-batch rule (300-斤 floor), "
            "cash only against 微信/支付宝/现金) and 2 red lines (pooling with a neighbour, a yield guarantee). Illegitimate ending: a refusal "
            "closed as a call-back. He says '俺还是拉回镇上自己找地方榨，你们别再打了，俺不榨了' (caller condition 3); the rep closes with condition "
            "2's line '那我到时候再给您打过去' and [END:2], with no call-back time agreed. The wedding concern surfaces at turn 3 but the rep "
            "ignores it. Step 4 never reached."),
    L("zhayou-08.txt", Z, "C", ZY, {1: [0], 3: [2], 4: [6], 5: [6]},
      correct=["热榨小榨浓香每斤6毛，八百斤480；冷榨每斤1块，八百斤800", "9月18日周六上午8点到11点半，或者9月23日周四下午2点到5点半",
               "油桶5升的一个4块"],
      invented=[("热榨出油率一般能到五成", W), ("到了我们帮您挑", N), ("0396-8872416", D), ("定金不用交，来了再说", N)],
      forbidden=["挑出来的霉粒不影响整批"],
      legitimate=False, closing_ok=False, marker=("caller", 1), unanswered=["小瓶能装不？"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "question_dodged", "wrong_phone"],
      notes="4 invented (words, none, digits, none: 五成 for 四成左右, the mill sorting the peanuts (the customer must sort them beforehand), "
            "phone …2416 for …7416, no deposit against the 50-yuan deposit) and 1 red line (mouldy kernels do not spoil the batch). "
            "Illegitimate ending: closed as booked with no slot chosen and no read-back. He picks 热榨 but says he must check the tricycle "
            "and ask his son, and asks about small bottles twice; the rep says '那就这么定了哈' and closes with condition 1's line and "
            "[END:1] while he says '俺时间还没定呢'. Step 2 never asked; no step 6."),
    # ---------------- memorial-brick (English, new, 6 steps) ----------------
    L("memorial-brick-01.txt", M, "A", MB, {1: [0], 2: [2], 3: [4, 6], 4: [10, 12], 5: [4, 8, 12], 6: [14]},
      correct=["THOMAS J. SULLIVAN, then nineteen fifty-five dash twenty twenty-six, then FOREVER OUR ANCHOR", "everything's engraved in capitals",
               "bricks are laid in the order the orders come in, along the walk from the gate to the bandshell, and we can't take requests for a particular spot",
               "Once it's laid, we email you a map with the row and brick number",
               "The Standard is red clay, four by eight inches, up to three lines of eighteen characters, text only, a hundred and fifty dollars, and a hundred twenty-five of that is tax-deductible",
               "The Large is gray granite, eight by eight, up to six lines of eighteen characters, plus one symbol from our list of twelve, and one of them is an anchor",
               "That one's four hundred, with three hundred forty deductible", "Your three lines fit either one; the anchor only goes on the Large",
               "a hundred twenty-five of the Standard, three hundred forty of the Large. The rest is the value of the brick itself",
               "Both types are rated for freeze and thaw, and if a brick cracks or gets hard to read within twenty-five years, we replace it free",
               "Spring: you approve the proof by Friday, April second, the bricks are laid by Friday, May twenty-first, and the dedication is Saturday, May twenty-ninth at ten a.m.",
               "Fall: approve by Friday, August twentieth, laid by Friday, October fifteenth, dedication Saturday, October twenty-third at ten",
               "I can't promise anything for a particular weekend",
               "the dedication's at the bandshell, about forty-five minutes, free and open to everyone, no RSVP needed, and if it rains it moves into the picnic pavilion",
               "capital letters, numbers, spaces and just a few marks: ampersand, dash, period, apostrophe and comma", "Eighteen characters a line, spaces included",
               "no logos, photos or business names; we review every text", "we email a proof within two business days, and nothing's engraved until you reply \"approved\"",
               "You can cancel for a full refund until you approve; after that, there's no refund",
               "by card on the secure order page, or by check made out to Harmon Park Conservancy, mailed to two-ten Lakeview Drive",
               "We don't take card numbers over the phone", "Your tax receipt comes by email in January",
               "a little two by four inch copy for the shelf, forty-five dollars, shipping six to eight weeks after the brick is laid",
               "the number ending two two nine one"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (um, oh, wonderful). Figures in words (a hundred and fifty, three hundred forty, twenty-five years, two two "
            "nine one). Step 2's date question surfaces the June 12 anniversary and the bench; the rep says no spot requests (map afterwards) "
            "and gives the spring schedule without promising it for the weekend. Tax and winter Q&A per card. Turn 12 is a monologue of the "
            "dedication and step 5. Large + anchor, spring round."),
    L("memorial-brick-02.txt", M, "A", MBH, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8], 6: [12]},
      correct=["Sat Mar 6", "① THOMAS J. SULLIVAN ② 1955 - 2026 ③ FOREVER OUR ANCHOR", "bricks are laid in the order received, gate → bandshell; no spot requests",
               "You get a map (row + brick no.) by email once it's laid", "red clay, 4\"×8\", ≤3 lines × 18 chars, text only | $150 ($125 tax-deductible)",
               "gray granite, 8\"×8\", ≤6 lines × 18 chars + 1 symbol from 12 (anchor incl.) | $400 ($340 tax-deductible)", "Your 3 lines fit both; anchor = Large only",
               "Spring — approve proof by Fri Apr 2 → laid by Fri May 21 → dedication Sat May 29, 10 a.m.",
               "Fall — approve by Fri Aug 20 → laid by Fri Oct 15 → dedication Sat Oct 23, 10 a.m.",
               "bandshell, ~45 min, free, no RSVP; rain → picnic pavilion", "May 21 is our schedule, not a promise for June 12",
               "Caps, numbers, spaces, & - . ' , only; 18 chars/line incl. spaces; no logos/photos/business names; we review every text",
               "Proof by email within 2 business days of ordering; nothing engraved until you reply \"approved\"", "Full refund until approval; none after",
               "card on the secure order page, or check to Harmon Park Conservancy, 210 Lakeview Drive; no card numbers by phone, no cash",
               "Tax receipt by email in January", "Cracked/unreadable within 25 years → free replacement",
               "Optional keepsake replica, 2\"×4\", $45, ships 6–8 weeks after laying", "sample bricks in the office lobby, weekdays 9–4",
               "text to phone ending 2291"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels Harmon Park Conservancy/Peg. Terse with symbols (①②, ⚠, →, |, •, ≤, ×, ~, **bold**). The hidden concern surfaces at turn 3; "
            "the rep states the no-spot rule and that May 21 is not a promise for June 12. Sample-brick Q&A per card. Standard, spring round. "
            "The callee ends [END:1] right after the read-back (callee condition 1)."),
    L("memorial-brick-03.txt", M, "A", MBD, {1: [0], 2: [4], 3: [2, 6], 4: [8, 10], 5: [2, 6, 10], 6: [14]},
      correct=["Part of it is deductible, not all: $125 on the Standard brick and $340 on the Large", "The rest is the value of the brick itself",
               "Check is fine, made out to Harmon Park Conservancy and mailed to 210 Lakeview Drive, Kenosha", "We don't take cash by mail",
               "both types are rated for freeze and thaw; if one cracks or gets hard to read within 25 years, we replace it free",
               "THOMAS J. SULLIVAN, 1955 - 2026, FOREVER OUR ANCHOR, in capitals", "we can't take requests for a spot",
               "Bricks are laid in the order orders come in, from the Lakeview Drive gate toward the bandshell, and afterwards we email you a map with the row and brick number",
               "Standard: red clay, 4 by 8 inches, up to 3 lines of 18 characters, text only, $150",
               "Large: gray granite, 8 by 8, up to 6 lines of 18 characters, plus one symbol from a list of 12, including an anchor, $400",
               "Spring: approve the proof by Friday, April 2, laid by Friday, May 21, dedication Saturday, May 29, 10 a.m.",
               "Fall: approve by Friday, August 20, laid by Friday, October 15, dedication Saturday, October 23, 10 a.m.",
               "At the bandshell, about 45 minutes, free, no RSVP needed; if it rains, it moves into the picnic pavilion",
               "capital letters, numbers, spaces and & - . ' and commas only, 18 characters a line including spaces, no logos, photos or business names, and we review every text",
               "the proof comes by email within 2 business days, and nothing is engraved until you reply \"approved\"", "Full refund up until you approve, none after",
               "I can't take a card number over the phone", "Tax receipt by email in January", "optional keepsake replica, 2 by 4 inches, $45, shipping 6 to 8 weeks after it's laid",
               "Yes, any time; it goes into the next open round", "the number ending 2291"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels Dana/Mrs. Sullivan. Customer-led: three written-down questions first (tax, check, winter), answered per card (turn 2 "
            "counts for steps 3 and 5); step 2 only at turn 4, where the anniversary and the bench surface. She wants her children's help with "
            "a possible fourth line in June, so the rep notes the spring deadline comes first and leaves the call to her ('it's your call'). "
            "'If you add a line… the Standard's full at three; the Large has room for six' is derived from the card. Add-a-brick Q&A per "
            "card. Large + anchor, fall round."),
    L("memorial-brick-04.txt", M, "B", MB, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["the brick path from the Lakeview Drive gate down to the bandshell",
               "The Standard is red clay, four by eight inches, up to three lines of eighteen characters, text only, a hundred fifty dollars",
               "The Large is gray granite, eight by eight, up to six lines, and you can add one symbol from a list of twelve, four hundred dollars",
               "spring, where you approve the proof by Friday, April second and it's laid by Friday, May twenty-first",
               "fall, approve by Friday, August twentieth and laid by Friday, October fifteenth",
               "You pay when you order, on the secure order page or by check to Harmon Park Conservancy",
               "After you order we email a proof within two business days", "the number ending two two nine one"],
      unanswered=["Now, is all of that tax-deductible?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped: the inscription is never checked and no date or wish is asked, so the anniversary and the bench never surface. "
            "'Now, is all of that tax-deductible?' dodged ('ask your tax person about that side of things') instead of $125/$340. Rambling "
            "turn 2 ('so many lovely forms…'). Step 3 thin (no deductible amounts, no 'anchor only on the Large'); step 4 without the "
            "dedication; step 5 thin (no text rules, refund, spot rule, guarantee, replica, no card by phone). Facts all correct. Standard, "
            "spring round."),
    L("memorial-brick-05.txt", M, "B", MBH, {1: [0], 2: [2], 3: [4]},
      correct=["THOMAS J. SULLIVAN, 1955 - 2026, FOREVER OUR ANCHOR, and everything's engraved in capitals",
               "The Standard brick is red clay, 4 by 8 inches, up to 3 lines of 18 characters, text only, $150, and $125 of that is tax-deductible",
               "The Large paver is gray granite, 8 by 8, up to 6 lines of 18 characters plus one symbol from our list of 12, which includes an anchor; it's $400, with $340 deductible",
               "Your three lines fit either one, but the anchor only goes on the Large", "The prices are the same for everyone",
               "Thursday, March 11 at 11 a.m."],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels Harmon Park Conservancy/Peg. Steps 4-6 not reached: she must ask her son and names the call-back ('Thursday, around "
            "eleven'; today is Tue March 9, so Thursday March 11 is right). Step 2 thin (wording checked, no date/wish question; the "
            "anniversary never surfaces). Discount Q&A per card. Legitimate caller condition 2; tier B because most of the script is not "
            "reached."),
    L("memorial-brick-06.txt", M, "C", MB, {1: [0], 3: [2], 4: [6], 6: [10]},
      correct=["red clay, three lines", "granite, six lines and a symbol", "Spring round, approve by Friday, April 2, laid by Friday, May 21",
               "Dedication's Saturday, May 29 at 10", "Or fall, approve by Friday, August 20", "Text to 2291"],
      invented=[("Standard, 175", D), ("Large is three-fifty", W), ("Up to 20 characters a line", D), ("at the Lakeview Drive gate", N),
                ("you can pay the balance after it's laid", N), ("Proof comes in five business days", W), ("We replace it free for ten years", W),
                ("(262) 555-0163", D)],
      forbidden=["And the whole thing's tax-deductible", "I can add the anchor on the Standard too", "I'll make sure it goes right next to the bench",
                 "It'll be in for the anniversary, I promise", "I can take your card number right now"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="8 invented (3 digits, 3 words, 2 none: 175 for $150 (a price right after the option name, no unit), three-fifty for $400, 20 "
            "characters for 18, the dedication at the gate instead of the bandshell, paying after laying instead of in full when ordering, five "
            "business days for two, ten years for 25, phone …0163 for …0136) and 5 red lines (all deductible, a symbol on the Standard, a spot "
            "next to the bench, a promise for the anniversary, taking a card number by phone). Step 2 not covered (she volunteers the date and "
            "the bench). Step 5 not counted (every statement at turn 8 and the 20-character rule are wrong or red lines). The read-back's "
            "'Standard with the anchor' and 'next to the bench' restate labelled red lines. The ending holds literally: she chose Standard and "
            "spring, heard a read-back and said 'Right.'"),
    L("memorial-brick-07.txt", M, "C", MBP, {1: [0], 2: [2], 3: [4, 6], 4: [4]},
      correct=["THOMAS J. SULLIVAN, 1955 - 2026, FOREVER OUR ANCHOR, in capitals", "approve the proof by Friday, April 2 and it's laid by Friday, May 21",
               "The Standard is red clay, 4 by 8, three lines, $150", "The Large is granite, 8 by 8, six lines plus a symbol, $400", "On the Standard, $125",
               "(262) 555-0136"],
      invented=[("Both come with a bronze nameplate on the bench nearby", N), ("On the Large, three hundred seventy-five", W),
                ("Payments after April 30 get a late fee of $25", D)],
      forbidden=["If you order today I can put it by the bandshell"],
      legitimate=False, closing_ok=False, marker=("caller", 3), unanswered=["Can you call me Thursday at eleven?"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "question_dodged"],
      notes="3 invented (none, words, digits: a bronze bench nameplate never on the card, $375 deductible for $340, a late fee after a "
            "weekday-free April 30 that the card does not have (payment is in full at order)) and 1 red line (a spot by the bandshell for "
            "ordering today). Illegitimate ending: a named call-back closed as a refusal. She asks twice for a call-back 'Thursday at eleven' "
            "(caller condition 2); the rep never confirms it and closes with condition 3's line and [END:3]. 'Then you'll want to look at the "
            "spring round' is a nudge, not labelled."),
    L("memorial-brick-08.txt", M, "C", MB, {1: [0], 3: [2]},
      correct=["Standard red clay brick, $150, three lines; Large granite paver, $400, six lines and a symbol"],
      invented=[("Families usually pick the row they want on the order page", N), ("Granite never cracks", N),
                ("the clay ones are replaced free for five years", W), ("the dedication is Sunday, May 30 at 2 p.m.", D)],
      forbidden=["Lowercase is fine too, we can match how you typed it", "I'll put you down for the Standard, spring round"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="4 invented (none, none, words, digits: picking the row on the order page against no spot requests, granite never cracks, five "
            "years for 25, the dedication on Sunday, May 30 at 2 p.m. (a real Sunday, the wrong day and time) for Saturday, May 29 at 10 a.m.) "
            "and 2 red lines (lowercase accepted, choosing brick and round for her). Illegitimate ending: a refusal closed as a booking. She "
            "says 'No thank you, dear, I don't want the brick' (caller condition 3); the rep books the Standard, spring round, hears 'No. I "
            "said I don't want it.' and closes with condition 1's line and [END:1]. Step 2 never asked. 'I'm sure you'll love it once it's "
            "in' is pressure, not labelled."),
    # ---------------- delivery (Chinese, bundled, 5 steps) ----------------
    L("delivery-01.txt", DV, "A", DL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8]},
      correct=["三人位沙发已经到了我们的配送站", "这周六、周日都能送，分上午九点到十二点、下午两点到六点两个时段", "晚上最晚可以约到八点前送达",
               "送货当天师傅会提前一个小时给您打电话确认到达时间", "送货前一天下午六点前打调度热线四零零八一二三四五六改约，可以免费改一次",
               "幸福里小区五栋一二零一", "沙发包装长两米三", "送货上门和安装都是免费的", "沙发送到后师傅免费上门安装，大概三十分钟",
               "加五十块旧家具清运服务", "有磕碰可以直接拒收，我们免费重新发货，一般三天内补送"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa"],
      notes="Complete. Figures in Chinese words (两米三, 四零零八一二三四五六, 五十块). Saturday morning 9-12, old-sofa removal added. The "
            "rescheduling rule (前一天下午6点前, 免费改一次) and the 3-day replacement come from the card's Q&A. Closing line is the card's "
            "first, with the booking spliced in. Condition 1."),
    L("delivery-02.txt", DV, "B", DLS, {1: [0], 2: [2, 4], 3: [4], 5: [8]},
      correct=["周六周日都能送，上午9点到12点、下午2点到6点", "工作日晚上也行，最晚8点前送到", "幸福里小区5栋1201", "沙发包装2.3米长",
               "调度热线4008123456", "当面验货，有磕碰直接拒收，我们免费重新发货"],
      unanswered=["装沙发要另外收钱吗？"], cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "terse_callee", "step_skipped", "question_dodged", "mixed_english"],
      notes="Labels 顺达物流/刘先生. Step 4 skipped (no free installation, no old-sofa offer). '装沙发要另外收钱吗？' dodged ('这个师傅到了会跟您说的哈') "
            "instead of '送货上门和安装都是免费的'. Wednesday evening by 8 p.m. (the card's weekday-evening option). Facts all correct. Condition 1."),
    L("delivery-03.txt", DV, "C", DL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["下午2点到6点", "5栋1201", "安装免费", "热线4008123456"],
      invented=[("上午8点到11点", D), ("工作日晚上最晚九点", W), ("沙发包装长1.8米", D), ("没电梯也不加钱", N), ("大概一个小时", W),
                ("清运80块", D), ("有磕碰先签收，回头再找客服", N), ("改时间得重新下单", N), ("师傅提前三十分钟打电话", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse"],
      notes="9 invented (3 digits, 3 words, 3 none: morning slot 8-11 for 9-12, 九点 for 8 p.m., 1.8 m for 2.3 m, no stair fee for 10元/层, "
            "an hour for 30 minutes, 80 for 50元 removal, sign first and complain later for refuse on the spot, re-order for a free change "
            "by hotline, 30 minutes' notice for an hour). The bundled card has no not-allowed list, so all are invented facts. The closing "
            "line's '提前1小时' is the card's own line and contradicts turn 8; not labelled. Opening terse but names both sides and asks. "
            "The ending holds literally (condition 1: Sunday afternoon, address confirmed, his 对)."),
    L("delivery-04.txt", DV, "C", DL, {1: [0], 2: [2], 3: [6]},
      correct=["这周六、周日都能送，上午9点到12点、下午2点到6点", "送货上门免费，安装也免费", "幸福里小区5栋1201"],
      invented=[("师傅两个小时就装好", W), ("送来您不满意可以直接拒收", N), ("取消订单得送到以后才能办", N), ("4008123465", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="4 invented (words, none, none, digits: two hours for 30 minutes, refusal for any dissatisfaction (the card: for damage), "
            "cancelling only after delivery, hotline …3465 for …3456). Illegitimate ending: a cancellation closed as a delivery. He says he "
            "cancelled the order and asks twice to be put through to customer service (caller condition 3: 转交客服处理); the rep books "
            "Saturday morning without his agreement and closes with condition 1's line and [END:1] while he shouts '我不要！转客服！'."),
    # ---------------- english-support (English, bundled, 5 steps) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10]},
      correct=["your Pro subscription, which expires on March thirty-first", "CloudDesk Pro with forty seats",
               "You can go down to any number of seats at renewal", "three hundred dollars per seat per year before the discount",
               "thirty-two seats is nine thousand six hundred", "renewing before March thirty-first takes fifteen percent off, which brings it to eight thousand one hundred sixty",
               "forty seats would be ten thousand two hundred after the discount", "monthly billing at twenty-five dollars per seat per month",
               "Billing is now one invoice per renewal, and I'll personally check it before it's sent", "pay by card or bank transfer within thirty days",
               "the account goes read-only for fourteen days, then it's suspended, and your data's kept for ninety days"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "terse_callee"],
      notes="Complete. Figures in words. 32 seats: $300 × 32 = $9,600, 15% off = $8,160 (derived from the card's numbers, correct). "
            "Double-charge worry acknowledged and answered per card; lapse Q&A per card. Annual, 32 seats, quote by email: condition 1."),
    L("english-support-02.txt", E, "B", ESS, {1: [0], 2: [4], 3: [2], 5: [6]},
      correct=["Your Pro subscription expires on March 31", "If you renew before March 31 you get 15% off the annual price: $10,200 for your 40 seats",
               "$25 per seat per month"],
      unanswered=["How do I know that won't happen again?"], cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "question_dodged", "step_skipped", "terse"],
      notes="Labels Sarah/Mark. Step 4 skipped (no invoice, payment terms or personal check). 'How do I know that won't happen again?' dodged "
            "('Totally hear you. So…'). Steps 2 and 3 in reverse order. He needs to check with finance and wants the quote by email: caller "
            "condition 2, closed with the card's second closing line. Facts all correct."),
    L("english-support-03.txt", E, "C", ES, {1: [0], 2: [2], 3: [4], 4: [8], 5: [12]},
      correct=["Pro subscription expiring March 31", "Forty seats on Pro", "One invoice now, card or bank transfer", "I'll check the invoice myself"],
      invented=[("20% off", D), ("monthly is twenty dollars a seat", W), ("the discount applies even if you renew after it expires", N),
                ("You can add seats mid-year at no extra cost", N), ("pay within sixty days", W), ("Read-only for 7 days", D),
                ("data's kept for thirty days", W), ("Support's available around the clock", N), ("1-800-555-0124", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="9 invented (3 digits, 3 words, 3 none: 20% for 15%, $20 for $25 a seat, the discount after expiry, free mid-year seats, 60 days "
            "for 30, 7 days read-only for 14, 30 days' data for 90, round-the-clock support for Mon-Fri 9-6, phone …0124 for …0142). Bundled "
            "card: no not-allowed list, so all are invented facts. The ending holds literally (he agrees to renew 40 seats annually and "
            "wants the quote: condition 1)."),
    L("english-support-04.txt", E, "C", ESC, {1: [0], 2: [2], 3: [2], 4: [6]},
      correct=["You're on Pro with 40 seats", "Renewing before March 31 gives you 15% off, $10,200 for the year",
               "We bill once by invoice, card or bank transfer within 30 days"],
      invented=[("I can add three free months", W), ("Seat reductions only happen at the mid-year review", N),
                ("That was a bank error on your side, not ours", N), ("the monthly option is $30 per seat", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "role_labels"],
      notes="Labels CloudDesk/Mark. 4 invented (words, none, none, digits: three free months, seat cuts only mid-year against any number at "
            "renewal, blaming his bank for the double charge the card admits, $30 for $25 a seat). Illegitimate ending: 'check internally, "
            "send the quote' closed as renewed. He asks for the quote by email to check internally (caller condition 2); the rep says 'I've "
            "marked you down as renewed at 40 seats', hears 'I didn't say renewed' and closes with condition 1's line and [END:1]. The "
            "'marked you down as renewed' claim is the bad ending itself and not labelled."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
