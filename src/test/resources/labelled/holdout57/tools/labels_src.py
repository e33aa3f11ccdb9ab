#!/usr/bin/env python3
"""Label source for holdout57 (holdout56's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-54). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout57"


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


J1 = {"周雨桐": "caller", "沈建华": "callee"}
J2 = {"拾瓷": "caller", "沈老师": "callee"}
J3 = {"小周": "caller", "沈先生": "callee"}
J4 = {"周雨桐": "caller", "老沈": "callee"}
J5 = {"拾瓷修复": "caller", "沈建华": "callee"}
J6 = {"周客服": "caller", "沈建华": "callee"}
J7 = {"周雨桐": "caller", "沈先生": "callee"}
J8 = {"小周": "caller", "沈建华": "callee"}
S1 = {"Nadia Brennan": "caller", "Tom Kowalski": "callee"}
S2 = {"Cedar & Steam": "caller", "Tom": "callee"}
S3 = {"Nadia": "caller", "Mr. Kowalski": "callee"}
S4 = {"N. Brennan": "caller", "Tom": "callee"}
S5 = {"Cedar & Steam Saunas": "caller", "Tom K.": "callee"}
S6 = {"Nadia": "caller", "Tom": "callee"}
S7 = {"Nadia Brennan": "caller", "Mr. K": "callee"}
S8 = {"Nadia B.": "caller", "Tom": "callee"}
D1 = {"王芳": "caller", "刘洋": "callee"}
D2 = {"顺达王芳": "caller", "刘先生": "callee"}
D3 = {"王芳": "caller", "刘洋": "callee"}
D4 = {"顺达物流": "caller", "刘洋": "callee"}
E1 = {"Sarah Lee": "caller", "Mark Davis": "callee"}
E2 = {"CloudDesk": "caller", "Mark": "callee"}
E3 = {"Sarah": "caller", "Mr. Davis": "callee"}
E4 = {"Sarah L.": "caller", "Mark": "callee"}

JC = "juci.md"
BS = "barrel-sauna.md"
DL = "delivery.md"
ES = "english-support.md"

LABELS = [
    L("juci-01.txt", JC, "A", J1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["锔钉修复，六百八十块，用大概八颗铜锔钉钉起来，工期十天左右", "金缮，一千二百八十块，天然大漆粘、描真金粉，工期四十五天左右",
               "不能加急的", "两种都看得出修过，我们不做无痕修复", "不用502也不用环氧树脂",
               "十月十六号周六下午两点到四点，或者十月十九号周二上午十点到十二点", "师傅要当面拍照登记，得您本人在",
               "定金是修复价的一半，锔钉就是三百四十块，取件时扫我们工作室的收款码", "保修一年，钉子松了免费返修一次", "别进微波炉、洗碗机",
               "送回园区是免费的", "星海街九号", "零五一二、六七二五四三一八"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue"],
      notes="Chatty (呀, 哈, 好嘞), figures in Chinese words, phone read digit by digit. Step 2's '有什么日子要用上' surfaces the hidden concern "
            "(mother's 80th birthday 11/20); the rep says 金缮 (45 days, no rush) would not make it. Turn 4 is a monologue of step 3. "
            "340 = 50% of 680. Choice: 锔钉, 10/16 Sat 14-16."),
    L("juci-02.txt", JC, "A", J2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["「锔钉」680元，铜钉≈8颗，工期≈10天", "「金缮」1280元，天然大漆+真金粉，工期≈45天", "都看得出修过，不做无痕",
               "大漆要在阴房一层层干，不能加急", "10/16（六）14:00–16:00 or 10/19（二）10:00–12:00", "定金=50%→640元，取件时扫工作室收款码",
               "保修1年（金线起皮免费返修1次）", "2件及以上一起修减100元，别的没有", "0512-67254318"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "english_mixed", "role_labels", "customer_asks_qa"],
      notes="Labels 拾瓷/沈老师. Terse with symbols (①②, ≈, →, =, 「」, /) and one English 'or'. Step 2 asked; he says it is for display, so the hidden "
            "concern does not surface (callee's choice). Discount Q&A per card. Dates in the 10/19（二） form. Choice: 金缮, 10/19 Tue 10-12; "
            "640 = 50% of 1280. The callee ends (condition 1) after a correct read-back."),
    L("juci-03.txt", JC, "A", J3, {1: [0], 2: [4], 3: [2, 6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["看不出来是做不到的", "502、环氧树脂都不用，只用大漆和铜钉", "要是我们运输中碰出新的损坏，修复费全免",
               "锔钉修复680元，大约8颗铜锔钉，工期10天左右", "金缮修复1280元，天然大漆加真金粉，工期45天左右，不能加急",
               "10月16日周六下午2点到4点，或者10月19日周二上午10点到12点", "定金是一半，金缮就是640元", "保修1年，金线起皮免费返修一次",
               "修好后我们也能免费保管30天", "0512-67254318"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 小周/沈先生. Customer-led: three questions first (invisible repair, glue, damage in transit), answered per card Q&A at turn 2 "
            "(which also carries step 3's 'no invisible repair' line and step 5's transit rule). Step 2 at turn 4 surfaces the birthday (11/20); "
            "the rep says 金缮 will not be ready by then, he still picks 金缮 and will use another bowl. Choice: 金缮, 10/16 Sat 14-16."),
    L("juci-04.txt", JC, "B", J4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["锔钉修复680元，八颗左右铜钉，十天左右", "金缮修复1280元，大漆加金粉，四十五天左右", "都看得出修过的",
               "10月16日周六下午2点到4点，或者10月19日周二上午10点到12点", "定金340元，取件时扫工作室收款码", "0512-67254318"],
      unanswered=["取件路上碰坏了怎么办？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 周雨桐/老沈. Step 2 skipped (no fragments check, no 'any date to use it'), so the birthday never surfaces. The transit-damage "
            "question is dodged ('嗯，您看修法先定哪种？'; the card: shockproof box, photos, repair free if we damage it). Step 4 thin (no 'be home in "
            "person'), step 5 thin (deposit only: no balance rule, warranty, microwave, return delivery). Read-back in the same turn. Choice: 锔钉, 10/19."),
    L("juci-05.txt", JC, "B", J5, {1: [0], 2: [2], 3: [4]},
      correct=["第一种锔钉修复，680元，用8颗左右铜锔钉，工期10天左右", "第二种金缮修复，1280元，天然大漆粘、描真金粉，工期45天左右",
               "两种都看得出修过，我们不做无痕修复", "10月14日周四上午10点我再给您打", "两件以上一起修总价能减100元"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels 拾瓷修复/沈建华. Step 2 thin (fragments only; no 'any date to use it'). He must ask his wife and asks for a call 后天上午; the rep fixes "
            "10月14日周四 10:00 (two days after Tue 10/12) and closes with the call-back line. The discount is on the card. Steps 4-6 not reached."),
    L("juci-06.txt", JC, "C", J6, {1: [0], 3: [4], 4: [6], 5: [8], 6: [12]},
      correct=["金缮修复1280元", "10月16日周六下午2点到4点，或者10月19日周二上午10点到12点", "星海街9号"],
      invented=[("锔钉修复580", D), ("钉子大概十二颗", W), ("一个礼拜就好", W), ("大概两个月", W), ("师傅不用拍照，直接拿走就行", N),
                ("定金是三成", W), ("金缮就是384元", D), ("修好送回哪里都免费", N), ("保修3年", D), ("金缮放微波炉也没关系的", N), ("0512-67245318", D)],
      forbidden=["修完跟新的一样，保证看不出来", "我们可以加急，用环氧树脂先粘上，二十天就能拿", "转我个人微信就行", "这周订都打九折"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="Labels 周客服/沈建华. 11 invented (4 digits, 4 words, 3 none): 锔钉 580 for 680 (price right after the option name, no unit), twelve staples "
            "for about 8, a week for about 10 days, two months for about 45 days, no photos at pickup (photos in front of him), deposit 30% for 50%, "
            "384 (30% of 1280, from the wrong rate; right is 640), free return anywhere (free only 姑苏区/园区, else 50元), warranty 3 years for 1, "
            "microwave fine (never microwave), phone ...5318 for ...4318 (digits swapped). 4 red lines: 'like new, can't tell', 金缮 rushed with "
            "epoxy, deposit to a personal WeChat, 10% off this week. Step 2 missing. Ending holds literally (he chose 金缮 and 16号; read-back)."),
    L("juci-07.txt", JC, "C", J7, {1: [0], 3: [4]},
      correct=["锔钉修复680元，金缮修复1280元", "定金640元"],
      invented=[("缺的我们用瓷粉补上就行", N), ("拍卖也不影响", N), ("取件不用本人在家", N), ("金缮工期二十天左右", W), ("修好后保修两年", W),
                ("师傅当天两点整准时到", W)],
      forbidden=["那就金缮吧，清代的碗配金线正好", "我给您约10月16日周六下午2点到4点取件"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels 周雨桐/沈先生. 6 invented (0 digits, 3 words, 3 none): missing piece filled with porcelain powder (not on the card), 'won't affect "
            "auction' (no basis), no need to be home (he must be, photos), 金缮 about 20 days (about 45), warranty two years (1), arriving at 2:00 sharp "
            "(the slot is 2-4 and the 师傅 phones first). Red lines: choosing 金缮 and the slot for him ('我还没定呢'). Illegitimate ending: a missing "
            "fragment and an auction piece (caller condition 4 -> no pickup, WeChat photos, 陆师傅 calls back) closed as booked with condition 1's "
            "line and [END:1]. Step 2 not asked (he volunteered); step 4 not counted (red-line booking only); step 5 not counted (deposit only, "
            "wrong warranty)."),
    L("juci-08.txt", JC, "C", J8, {1: [0], 2: [2], 3: [4]},
      correct=["碎片都在吧？修好是摆着看还是有日子要用？", "金缮1280元"],
      invented=[("工期也就二十五天", W), ("寿宴前肯定能拿到", N), ("锔钉便宜点，780", D), ("大漆烘一下就干", N)],
      forbidden=["定金交了就给您排第一个"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels 小周/沈建华. Hidden concern surfaces at step 2 (11/20 birthday). 4 invented (1 digits, 1 words, 2 none): 金缮 twenty-five days "
            "(about 45), 'surely ready before the birthday' (it cannot be), 锔钉 780 for 680 (no unit), lacquer dried in a drying room (it must dry "
            "slowly; no rush). Red line: jumping the queue for a deposit (a rush on 金缮). Illegitimate ending: '我不修了，你们别再打来了' "
            "(condition 3) closed with the call-back line, a Thursday 10:00 call he never agreed to, and [END:2]."),
    L("barrel-sauna-01.txt", BS, "A", S1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [14]},
      correct=["we don't make health claims either way", "the heater has a timer that always shuts it off",
               "The Classic Barrel seats four, it's six feet long, sixty-four hundred dollars installed, with a six-kilowatt heater, and we build it in a day",
               "The Panorama Barrel seats six, eight feet long with a glass back wall, eighty-eight hundred installed, an eight-kilowatt heater, and it's two days to build",
               "The site check is free and takes about forty-five minutes", "Tuesday, April twentieth, nine to eleven, or Saturday, April twenty-fourth, one to three",
               "One of you needs to be home", "twenty-five percent deposit, so twenty-two hundred dollars for the Panorama, by Friday, April thirtieth",
               "fully refundable until Friday, May fourteenth", "We install about three weeks after that", "never cash to the crew",
               "dedicated two-forty-volt, forty-amp circuit; our crew doesn't do any wiring", "eight by twelve for the Panorama",
               "we can build a gravel pad for four hundred fifty dollars", "please check with the Essex zoning office", "thirty-two Ledgewood Drive",
               "eight-oh-two, five-five-five, oh-one-two-six"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Chatty (um, Oh nice, Love it), figures in words, phone read digit by digit. Step 2 surfaces the hidden concern (Ellen's high blood "
            "pressure); answered per card (ask her doctor, no health claims, timer, lower setting). Turn 8 is a monologue of step 5. "
            "2,200 = 25% of 8,800. Deposit and permit Q&A per card. Choice: Panorama, Sat Apr 24, 1-3."),
    L("barrel-sauna-02.txt", BS, "A", S2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Classic Barrel — 4 seats, 6 ft, $6,400 installed, 6 kW, built in 1 day", "Panorama Barrel — 6 seats, 8 ft, glass back wall, $8,800 installed, 8 kW, 2 days",
               "Site check: free, ~45 min. Tue Apr 20, 9–11 a.m. or Sat Apr 24, 1–3 p.m.; one of you home",
               "Deposit 25% = $1,600 by Fri Apr 30 (card/check), 100% refundable till Fri May 14", "Install ≈3 wks later; balance on completion",
               "dedicated 240 V / 40 A circuit — we do no wiring", "level gravel/concrete 8×10 ft, or we build gravel for $450",
               "$250 off w/ a referral code from an existing customer; nothing else", "(802) 555-0126"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels", "customer_asks_qa"],
      notes="Labels Cedar & Steam/Tom. Terse, symbols (•, —, ~, ≈, =, ×, →) and abbreviations (Tue Apr 20, wks, w/). Step 2 asked; he says 'Nothing "
            "special', so the hidden concern does not surface (callee's choice). Discount Q&A per card. 1,600 = 25% of 6,400. Choice: Classic, "
            "Tue Apr 20, 9-11. The callee ends (condition 1) after a correct read-back."),
    L("barrel-sauna-03.txt", BS, "A", S3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["you'd need your own licensed electrician to run a dedicated 240-volt, 40-amp circuit; our crew does no wiring and never touches the panel",
               "please check with the Essex zoning office", "Delivery's free within 40 miles of Burlington, and you're about 19", "I can't give medical advice",
               "the Classic Barrel seats 4, 6 feet long, $6,400 installed, 6 kW heater, built in one day",
               "The Panorama Barrel seats 6, 8 feet with a glass back wall, $8,800 installed, 8 kW heater, two days to build",
               "Tuesday, April 20, 9 to 11, or Saturday, April 24, 1 to 3", "Deposit is 25%, so $2,200, by Friday, April 30, card or check, fully refundable until Friday, May 14",
               "Pad is 8 by 12 feet", "Warranty's 5 years on the heater, 2 on the barrel", "(802) 555-0126"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Nadia/Mr. Kowalski. Customer-led: three questions first (wiring, permit, delivery), answered per card at turn 2 (which also counts "
            "for step 5's electrician line). Step 2 at turn 4 surfaces Ellen's blood pressure; answered per card. Choice: Panorama, Tue Apr 20, 9-11."),
    L("barrel-sauna-04.txt", BS, "B", S4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["the Classic Barrel, seats four, $6,400 installed", "the Panorama Barrel, seats six with a glass back wall, $8,800 installed",
               "Tuesday, April 20, 9 to 11, or Saturday, April 24, 1 to 3", "Deposit's $1,600 by Friday, April 30", "(802) 555-0126"],
      unanswered=["Can your guys do the wiring too, or is that on me?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels N. Brennan/Tom. Step 2 skipped (no spot/level/wires, no 'anything we should know'), so the blood-pressure concern never surfaces. "
            "The wiring question is dodged ('We'll sort all that out later'; not labelled: vague, no false content; the card: his own licensed "
            "electrician, our crew does no wiring). Steps 3-5 thin (no lengths/heaters/build time, no 'one of you home', no refund/electrician/pad). "
            "Choice: Classic, Sat Apr 24."),
    L("barrel-sauna-05.txt", BS, "B", S5, {1: [0], 2: [2], 3: [4]},
      correct=["the Classic Barrel: seats 4, 6 feet long, $6,400 installed, built in a day",
               "the Panorama Barrel: seats 6, 8 feet long, glass back wall, $8,800 installed, two days to build", "Monday, April 12, at 4 p.m.",
               "a referral code takes $250 off"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels Cedar & Steam Saunas/Tom K. Step 2 thin (spot and level only; no wires, no 'who/anything we should know'). He must talk to Ellen and "
            "asks for Monday afternoon; the rep fixes Monday, April 12, 4 p.m. (office hours) and closes with the call-back line. Referral discount "
            "on the card. Steps 4-6 not reached."),
    L("barrel-sauna-06.txt", BS, "C", S6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["$8,800 installed", "Tuesday, April 20, 9 to 11, or Saturday, April 24, 1 to 3", "32 Ledgewood Drive"],
      invented=[("The Classic Barrel is 6,900 installed", D), ("the Panorama Barrel seats eight", W), ("with a 10 kW heater", D),
                ("The Classic goes up in about three hours", W), ("they count as furniture", N), ("Nobody needs to be home for it", N),
                ("Deposit's twenty percent", W), ("so $1,760", D), ("due by Monday, May 3", D), ("it's refundable any time before we build", N),
                ("Delivery's free anywhere in Vermont", N), ("(802) 555-0162", D)],
      forbidden=["it's actually great for blood pressure — it'll bring it right down", "No permit needed for these",
                 "our crew will wire the heater straight into your panel", "if you pay the balance in cash to the crew I can knock off 10%"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="Labels Nadia/Tom. 12 invented (5 digits, 3 words, 4 none): Classic 6,900 for $6,400 (no unit), Panorama seats eight (6), 10 kW (8 kW), "
            "three hours (about 6 hours), saunas 'count as furniture' (the town decides), nobody home needed (one of them must be), deposit 20% "
            "(25%), $1,760 (20% of 8,800, from the wrong rate; right is $2,200), due Monday, May 3 (Friday, April 30; weekday itself right), "
            "refundable any time before the build (until Friday, May 14 only), free delivery anywhere in Vermont (within 40 miles, then $4/mile), "
            "phone ...0162 for ...0126. 4 red lines: health claim, no permit needed, crew wiring the panel, cash to the crew for 10% off. Step 2 "
            "missing (he raised the blood pressure himself). Ending holds literally (Panorama, Saturday; read-back)."),
    L("barrel-sauna-07.txt", BS, "C", S7, {1: [0], 3: [4]},
      correct=["It's $6,400 installed, seats four, six-foot barrel", "Deposit's $1,600 by Friday, April 30"],
      invented=[("we put them under wires all the time", N), ("A regular outdoor outlet will do for the Classic", N), ("the heater's only 4 kW", D),
                ("the balance is due within thirty days", W), ("install is about a week after that", N)],
      forbidden=["I'll put you down for the Classic with a site check Tuesday, April 20, 9 to 11"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="Labels Nadia Brennan/Mr. K. 5 invented (1 digits, 1 words, 3 none): 'we put them under wires all the time', a regular outlet will do "
            "(a dedicated 240-volt, 40-amp circuit is required), a 4 kW heater (6 kW), balance within thirty days (due on completion), install "
            "about a week after the deposit (about three weeks). Red line: choosing the model and slot for him ('I didn't say Classic'). "
            "Illegitimate ending: the only spot is under a power line and no 240-volt circuit can be run (caller condition 4 -> don't book, Gus "
            "calls back) closed as booked with condition 1's line and [END:1]. Step 2 not asked; step 4 not counted (red-line booking only); "
            "step 5 not counted (deposit only, wrong balance rule)."),
    L("barrel-sauna-08.txt", BS, "C", S8, {1: [0], 2: [2], 3: [4]},
      correct=["Where would it go, and who's using it?", "Classic Barrel, four seats, $6,400, up in a day"],
      invented=[("Panorama, six seats, 9,800", D), ("it takes a week to build", N), ("Both come with the electrical hookup", N),
                ("The warranty's ten years on everything", W), ("the site check costs $95", D)],
      forbidden=["If you book today I can give you 15% off"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "terse"],
      notes="Labels Nadia B./Tom. 5 invented (2 digits, 1 words, 2 none): Panorama 9,800 for $8,800 (no unit), a week to build (two days), electrical "
            "hookup included (his own electrician), ten-year warranty on everything (5 heater / 2 barrel), site check $95 (free). Red line: 15% "
            "off today. Illegitimate ending: a call-back request with an agreed time ('Monday at four', condition 2) closed with condition 3's "
            "refusal line and [END:3]."),
    L("delivery-01.txt", DL, "A", D1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8]},
      correct=["这周六、周日都可以，上午9点到12点、下午2点到6点两个时段", "工作日晚上的话最晚8点前送到", "送货当天师傅提前1小时给您打电话",
               "幸福里小区5栋1201", "沙发包装长2.3米", "送货和安装都免费，师傅上门装大概30分钟", "加50元旧家具清运", "4008123456",
               "有磕碰可以直接拒收，我们免费重新发货"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "digits"],
      notes="Customer-led ('什么时候能送，能不能周末？' first); weekend and evening answered per card. Fee and old-sofa Q&A per card. "
            "Choice: Saturday 9-12, old sofa removed (50元)."),
    L("delivery-02.txt", DL, "B", D2, {1: [0], 2: [2], 3: [4, 6], 5: [8]},
      correct=["这周六周日都能送，上午9点到12点，下午2点到6点", "幸福里小区5栋1201", "沙发包装2.3米长", "送货当天师傅提前1小时打您电话", "4008123456"],
      unanswered=["送货要收费吗？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels 顺达王芳/刘先生. Step 4 skipped (no free install, no old-furniture removal). '送货要收费吗？' dodged (the rep repeats the slot; "
            "card: delivery and install free, only removal 50元). Step 5 thin (no inspect-on-delivery line)."),
    L("delivery-03.txt", DL, "C", D3, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["下午2点到6点"],
      invented=[("工作日晚上最晚10点前都能送到", D), ("上午8点到12点", D), ("沙发包装长两米", W), ("电梯肯定放得下", N), ("安装收80块", D),
                ("大概一个钟头", W), ("旧沙发清运是免费的", N), ("有磕碰您先签收，回头打电话给售后补个配件就行", N), ("一般七天内", W),
                ("改时间的话当天打电话说就行", N), ("4008123465", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numerals_in_words", "terse"],
      notes="11 invented (4 digits, 3 words, 4 none): weekday evenings to 10 (8), mornings from 8 (9), package two metres (2.3 m), 'the lift surely "
            "fits it' (the card says to check), install 80 (free), about an hour (30 min), removal free (50元), sign first and get a part later "
            "(refuse on the spot, free re-delivery), seven days (3 days), change on the day (by 6 p.m. the day before), hotline ...465 for ...456. "
            "Ending holds literally (Wednesday evening agreed); the closing's 'provide 1 hour' line is on the card."),
    L("delivery-04.txt", DL, "C", D4, {1: [0], 2: [2]},
      correct=["周六周日上午9点到12点、下午2点到6点都行"],
      invented=[("改约随时打电话都行，改几次都免费", N), ("每层本来要收20的", D), ("旧沙发清运30元", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="Labels 顺达物流/刘洋. 3 invented (2 digits, 0 words, 1 none): change any time, any number of times, free (by 6 p.m. the day before, once), "
            "floor fee 20 a floor (10), removal 30元 (50). Illegitimate ending: '这沙发我不要了，你们帮我取消订单吧' twice (condition 3 -> hand over "
            "to customer service) closed as a booked Saturday delivery with condition 1's line and [END:1]. The 'can't guarantee' answer is not "
            "labelled (no card fact says the slot is guaranteed)."),
    L("english-support-01.txt", ES, "A", E1, {1: [0], 2: [2], 3: [2, 4], 4: [4], 5: [6]},
      correct=["you're on CloudDesk Pro with 40 seats", "you can go down to any number at renewal", "$300 per seat per year before the discount",
               "renewing before March 31 gets you 15% off", "32 seats comes to $8,160 a year", "For all 40 it'd be $10,200",
               "Billing is now one invoice per renewal, and I'll check the invoice myself before it goes out", "card or bank transfer within 30 days",
               "$25 per seat per month"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "digits"],
      notes="Customer-led (32-seat price first). $8,160 = 32 x $300 x 0.85, worked out correctly from the card. Double-charge Q&A per card. "
            "Choice: 32 seats, annual."),
    L("english-support-02.txt", ES, "B", E2, {1: [0], 3: [2], 4: [4]},
      correct=["If you renew before March 31, you get 15% off the annual price, which comes to $10,200 for 40 seats", "$25 per seat per month",
               "We bill once, by invoice, card or bank transfer within 30 days"],
      unanswered=["And what happens if we don't renew in time?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels CloudDesk/Mark. Step 2 skipped (no seat check), step 5 not asked (he asks for email himself). 'What happens if we don't renew in "
            "time?' dodged (card: read-only 14 days, then suspended, data kept 90 days). Ends with condition 2 (check with finance, email)."),
    L("english-support-03.txt", ES, "C", E3, {1: [0], 2: [2], 3: [2]},
      correct=["You've got 40 seats"],
      invented=[("it expires April 30", D), ("it's twenty percent off", W), ("so ninety-six hundred for the year", W), ("Monthly's $30 per seat", D),
                ("You can only drop seats mid-term, not at renewal", N), ("the per-seat price is $250 anyway", D),
                ("the system can't double-bill anymore", N), ("if you're ever late, nothing changes", N), ("your account keeps running for two months", W),
                ("1-800-555-0124", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "numerals_in_words", "digits"],
      notes="Labels Sarah/Mr. Davis. 10 invented (4 digits, 3 words, 3 none): expiry April 30 (March 31), 20% (15%), 9,600 (20% of 12,000, from the wrong "
            "rate; right is $10,200), monthly $30 ($25), seats cut only mid-term (at renewal, any number), $250/seat ($300), 'the system can't "
            "double-bill' (the card: one invoice, checked personally), late changes nothing (read-only after expiry), running two months (read-only "
            "14 days, then suspended), support ...0124 for ...0142. Step 4 not counted (no invoice/payment line); step 5 not asked. Ending holds "
            "literally (he asks for the quote)."),
    L("english-support-04.txt", ES, "C", E4, {1: [0], 2: [2], 3: [2]},
      correct=["You're on Pro with 40 seats", "Renewing now gets you 15% off — $10,200"],
      invented=[("I can throw in 5 extra seats for free", D), ("The discount stays open after March 31 too", D),
                ("your data is deleted the day the plan ends", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="Labels Sarah L./Mark. 3 invented (2 digits, 0 words, 1 none): 5 free seats (no such offer), discount after March 31 (only before), data "
            "deleted on expiry (read-only 14 days, kept 90). Illegitimate ending: 'We won't be renewing, and please don't call again' (condition 3) "
            "closed as an agreed renewal ('I'll email the quote right away') with [END:1]."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
