#!/usr/bin/env python3
"""Label source for holdout45 (holdout44's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-44). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout45"


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


LW = {"何婷": "caller", "罗秀英": "callee"}
LWC = {"川香坊": "caller", "罗阿姨": "callee"}
LWK = {"何客服": "caller", "罗秀英": "callee"}
LWX = {"小何": "caller", "罗阿姨": "callee"}
SH = {"Colleen Pruitt": "caller", "Walt Hendricks": "callee"}
SHR = {"Ridgeline": "caller", "Walt": "callee"}
SHC = {"Colleen": "caller", "Walt Hendricks": "callee"}
SHS = {"Ridgeline Shearing": "caller", "Walt": "callee"}
DL = {"王芳": "caller", "刘洋": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}
ESC = {"CloudDesk": "caller", "Mark": "callee"}

LA = "lawei.md"
S = "shearing.md"
DV = "delivery.md"
E = "english-support.md"

LABELS = [
    # ---------------- lawei (Chinese, new, 6 steps) ----------------
    L("lawei-01.txt", LA, "A", LW, {1: [0], 2: [2], 3: [4, 6], 4: [10, 12], 5: [8, 10, 12], 6: [14]},
      correct=["一月八号周五", "每斤八块", "每斤十二块", "腊肉是两百四，香肠是三百六", "一批肉只做一种", "三十斤大概出十八斤",
               "每家的肉进门就挂编号牌", "一月十六号周六上午九点到十一点，或者一月十八号周一下午两点到四点", "香肠大概十天能取",
               "免费放七天，超过七天每天五块保管费", "零二八，八七六二，四四一五", "尾号三九零八"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "merged_steps", "monologue"],
      notes="Complete and chatty (嗯, 哈, 那个, 好嘞). Figures in Chinese words (两百四, 三百六, 一月二十八号周四, 零二八，八七六二，四四一五, "
            "尾号三九零八). The step-2 question about special plans surfaces the hidden concern (mailing to her son in 深圳 before the "
            "New Year); the rep offers 顺丰冷链 and refuses to promise an arrival day. '你说哪个好嘛？' answered without choosing for her. "
            "Weight, meat-swap and phone Q&A per card. Turn 12 is a monologue merging steps 4 and 5. 香肠 麻辣, 1/18 Monday afternoon, 真空."),
    L("lawei-02.txt", LA, "A", LWC, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=["1/8（五）", "动物检疫合格证明", "8元/斤→30斤=240元", "12元/斤→30斤=360元", "统一价，无折扣、不送东西",
               "①1/16（六）9:00–11:00 ②1/18（一）14:00–16:00", "腊肉约12天可取", "出品≈生肉六成（30斤≈18斤），仅估计",
               "真空包装+2元/袋（可选）", "通知后免费存7天，之后5元/天", "短信→尾号3908"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "customer_asks_qa", "callee_ends"],
      notes="Labels 川香坊/罗阿姨. Terse with symbols (✔, ①②, →, ｜, •, ≈, **bold**). She has no special plan, so the hidden concern "
            "stays hidden. Discount and meat-swap Q&A. 腊肉, 1/18 Monday, no 真空. '1/18送→约1/30（六）' is the card's 12 days. "
            "The callee ends [END:1] right after the read-back; closing_ok true."),
    L("lawei-03.txt", LA, "A", LWK, {1: [0], 2: [6], 3: [2, 4], 4: [8, 10], 5: [6, 10], 6: [12]},
      correct=["每种至少十斤，分成两批登记", "配方是工坊统一的", "每斤8块", "每斤12块", "一百二加一百八，三百块", "每家的肉进门挂编号牌",
               "我们不承诺哪天到", "1月16号周六上午9点到11点，1月18号周一下午2点到4点", "1月30号周六前后", "真空包装每袋2块",
               "通知后免费放7天，之后每天5块", "尾号3908"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "mixed_english", "role_labels"],
      notes="Labels 何客服/罗秀英. Customer-led: split batch and own seasoning first (both answered per Q&A), prices with a worked "
            "split example (15斤×8=120 + 15斤×12=180 = 300, derived, correct), meat-swap Q&A, step 2 only at turn 6, which surfaces "
            "the 深圳 concern. Mixed digits/words and English (check一下, OK). The opening does not name the 1/8 date. 腊肉, 1/18, 真空."),
    L("lawei-04.txt", LA, "B", LW, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["烟熏腊肉每斤八块，川味香肠每斤十二块", "腊肉两百四，香肠三百六",
               "一月十六号周六上午九点到十一点，或者一月十八号周一下午两点到四点", "香肠大概十天能取", "每袋加两块", "生肉的六成左右",
               "尾号三九零八"],
      unanswered=["你们不得把我的肉换了嘛？"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped (no meat check, no 检疫证明, no special-plan question; the read-back and closing also omit the certificate). "
            "Her '你们不得把我的肉换了嘛？' is dodged ('这个您放心嘛，我们先把做法定了哈') instead of the 编号牌 answer. Rambling turn 2 "
            "with no facts. Step 5 thin (no storage fee, no 编号牌). Facts all correct. 香肠 微辣, 1/18."),
    L("lawei-05.txt", LA, "B", LWX, {1: [0], 2: [2], 3: [4]},
      correct=["一月八号", "动物检疫合格证明", "烟熏腊肉每斤8块，三十斤240", "川味香肠每斤12块，三十斤360", "加工费是统一价，没有折扣哈",
               "明天下午三点我再打给您"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels 小何/罗阿姨. Steps 4-6 not reached: she wants to ask her son which he likes and names the call-back herself "
            "(明天下午三点). Step 2 thin (no special-plan question). Legitimate caller condition 2; tier B because most of the script is "
            "not reached."),
    L("lawei-06.txt", LA, "C", LW, {1: [0], 3: [2], 4: [10], 6: [14]},
      correct=["香肠每斤十二块", "1月16号周六上午", "尾号3908"],
      invented=[("腊肉每斤六块", W), ("1月18号周一上午9点到11点", D), ("冻肉不用化，直接拿来就行", N), ("香肠5天就能取", D),
                ("肉都是放一起腌的", N), ("每天收十块保管费", W), ("放三天以后就要收", W), ("028-8762-4451", D)],
      forbidden=["我就给您定香肠了", "给您打个九折", "真空包装也免费给您做", "三十斤保证出二十斤，少一斤赔您一斤", "没有证明也收",
                 "我们加急给您做，保证年前寄到深圳", "钱可以给现金", "转我个人微信"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone", "wrong_time"],
      notes="8 invented (3 digits, 3 words, 2 none; wrong slot time 上午9-11 for the Monday 下午2-4; wrong number 4451 for 4415) and "
            "8 red lines (choosing for her, a discount, free vacuum packs, a weight guarantee, no certificate needed, rush + arrival "
            "promise, cash, personal WeChat). Step 2 not covered; step 5 only contradicted (not counted). The rep's '我就给您定香肠了' "
            "is first pushed back ('我还没想好') and she then picks 香肠 herself. The ending holds literally: a method, an offered day, "
            "a read-back (without the wrong extras), her 对."),
    L("lawei-07.txt", LA, "C", LW, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6], 6: [8]},
      correct=["烟熏腊肉每斤8块，川味香肠每斤12块", "香肠快一点，大概十天", "1月16号周六上午9点到11点，或者1月18号周一下午2点到4点",
               "加工费取货时候微信支付宝付"],
      invented=[("检疫证明复印件也可以", N), ("腊肉的话大概二十天才能取", W), ("真空包装每袋5块", D)],
      forbidden=["我先给您把香肠定上"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="3 invented (none, words, digits) and 1 red line (choosing 香肠 for her). Illegitimate ending: 'think about it' closed as "
            "a booking. She says she must ask her husband and will call back herself ('想好了我自己打过来'), with no time; the rep "
            "books 香肠 for 1/18 anyway, hears '我说了我还没想好嘛' and closes '那就这么定了' [END:1]. No condition holds: 1 needs her "
            "choice, 2 needs a call-back time."),
    L("lawei-08.txt", LA, "C", LW, {1: [0], 2: [2], 3: [2], 4: [6]},
      correct=["烟熏腊肉每斤8块，川味香肠每斤12块", "1月16号周六上午或者1月18号周一下午"],
      invented=[("腊肉一般出八成，三十斤能出二十四斤左右", W), ("我们熏房有监控，您随时可以来看", N), ("过年前的档期排得满", N)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending", "pressure"],
      notes="3 invented (words, none, none). Illegitimate ending: a 'do not call again' closed as a call-back. She says '莫再打了，我想好了"
            "自己打过来' and repeats '我说了莫打了嘛'; the rep imposes '明天上午再给您打' and closes with the condition-2 line and [END:2]. "
            "Caller condition 3 (asks not to be called again) applied. Step 2 thin (meat and certificate only). The meat-swap question "
            "gets an invented answer (监控) instead of the 编号牌 one."),
    # ---------------- shearing (English, new, 6 steps) ----------------
    L("shearing-01.txt", S, "A", SH, {1: [0], 2: [2], 3: [4, 6], 4: [8, 10], 5: [10, 12], 6: [14]},
      correct=["Shear only is nine bucks a head", "Shear and skirt is thirteen a head", "sixty-five dollar farm-call fee per visit",
               "one ninety-one for shear only, or two forty-seven for shear and skirt", "Can't promise none",
               "Tuesday, May fourth at eight a.m., or Friday, May seventh at one p.m.",
               "we don't shear ewes due to lamb within two weeks of the date", "two twenty-one all in",
               "keep them off feed eight hours before we come, water's fine", "cancel at least forty-eight hours ahead",
               "we don't take cash", "eight-oh-two, five-five-five, oh-one-eight-seven", "we don't buy or haul away any wool",
               "two-two-nine-oh"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (um, basically, honestly). Figures in words (nine bucks, one ninety-one, two forty-seven, two "
            "twenty-one, eight-oh-two...). The step-2 'anything we should know' question surfaces the hidden concern (two ewes due "
            "around May 10); with Friday May 7 they are within two weeks, so the rep skips them at no charge: 12 × $13 + $65 = $221, "
            "about an hour at five minutes a head (derived, correct). Discount, nicks and wool Q&A per card. Shear and skirt, Friday."),
    L("shearing-02.txt", S, "A", SHR, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Mon Apr 19", "$9/head", "$13/head", "$65 farm-call fee/visit", "14 head → $191 or $247",
               "Tue May 4, 8 a.m. | Fri May 7, 1 p.m.", "Ewes due within 2 weeks of the date are skipped, no charge",
               "off feed 8 h before (water OK)", "Cancel ≥48 h ahead or $65 charged", "$9 × 12 + $65 farm call = $173", "cell ending 2290"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "callee_ends"],
      notes="Labels Ridgeline/Walt. Terse with symbols (•, →, |, ✔, @, ×, ≥, **bold**, ~). He mentions the two due ewes when asked; "
            "they are skipped, so shear only is 12 × $9 + $65 = $173 (derived, correct). Friday May 7. The callee ends [END:1] right "
            "after the read-back; closing_ok true."),
    L("shearing-03.txt", S, "A", SHC, {1: [0], 2: [6], 3: [4], 4: [8, 10], 5: [4, 8, 10], 6: [12]},
      correct=["We only shear sheep", "no hoof trimming", "we reschedule free and call you to pick a new date", "48 hours' notice to cancel",
               "shear only is $9 a head, shear and skirt is $13 a head", "Tuesday, May 4 at 8 a.m. or Friday, May 7 at 1 p.m.",
               "so we skip them, no charge for them", "so $221", "off feed for 8 hours before, water's fine", "cell ending 2290"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels Colleen/Walt Hendricks. Customer-led: goats and hooves first, then rain (both per Q&A), so step 5's rain/cancel "
            "rule comes before step 3's prices; step 2 only at turn 6, which surfaces the due ewes. Mixed digits and words (one "
            "fifty-six, $221). Shear and skirt, 12 head, Friday."),
    L("shearing-04.txt", S, "B", SH, {1: [0], 2: [2], 3: [4], 4: [6], 6: [8]},
      correct=["shear only at nine dollars a head, or shear and skirt at thirteen a head", "sixty-five dollar farm-call fee",
               "one ninety-one or two forty-seven", "Tuesday, May fourth at eight a.m., or Friday, May seventh at one p.m.",
               "two-two-nine-oh"],
      unanswered=["You guys gonna nick 'em up?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 5 skipped (no pen/dry/off-feed prep, no rain or cancellation rule, no payment rule; the read-back omits the prep). "
            "Step 2 thin (count only, no 'anything special'), so the due ewes never surface and 14 head are booked. 'You guys gonna "
            "nick 'em up?' dodged ('Ha, everybody asks that. Don't worry about it.'). Rambling turn 2 with no facts. No wrong fact."),
    L("shearing-05.txt", S, "B", SHS, {1: [0], 2: [2], 3: [2, 4], 4: [4]},
      correct=["shear only at $9 a head, or shear and skirt at $13 a head", "$65 farm-call fee per visit", "same prices for every flock, no discounts",
               "$191 shear only or $247 with skirting", "Tuesday, May 4 at 8 a.m. or Friday, May 7 at 1 p.m.", "Thursday around ten"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels Ridgeline Shearing/Walt. He must check that his son can pen the sheep on Friday and names the call-back himself "
            "(Thursday morning, around ten). Steps 5-6 not reached, step 2 thin (count only). Legitimate caller condition 2."),
    L("shearing-06.txt", S, "C", SH, {1: [0], 3: [2], 4: [10], 6: [14]},
      correct=["shear and skirt's $13", "cell ending 2290"],
      invented=[("Shear only's $8 a head", D), ("Farm call is forty-five", W), ("We've never cut a sheep", N),
                ("Friday, May 7 at 10 a.m.", D), ("Takes about three hours", W), ("Keep 'em off feed a full day", N),
                ("Cancel any time, no charge", N), ("(802) 555-0178", D)],
      forbidden=["I'll put you down for that", "I'll waive the farm call", "knock ten percent off", "No nicks, guaranteed",
                 "We'll buy the fleeces off you, two bucks a pound, and haul the rest away", "we'll shear them too",
                 "we'll shear 'em wet", "Pay cash or Venmo me"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone", "wrong_time"],
      notes="8 invented (3 digits, 2 words, 3 none; Friday 10 a.m. for 1 p.m.; 0178 for 0187) and 8 red lines (choosing for him, "
            "waived farm call, 10% off, no-nick guarantee, buying/hauling wool, shearing ewes due within two weeks, shearing wet "
            "sheep, cash/Venmo). Step 2 not covered (he volunteers the ewes); step 5 only contradicted (not counted). The ending "
            "holds literally: he says 'Okay, skirt then' and 'Friday', hears a read-back and says 'Right'."),
    L("shearing-07.txt", S, "C", SH, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6], 6: [8]},
      correct=["Shear only is $9 a head", "Tuesday, May 4 at 8 a.m., or Friday, May 7 at 1 p.m.", "off feed 8 hours", "Check or card, no cash"],
      invented=[("shear and skirt is eleven a head", W), ("If it rains we just come the next day", N), ("Cancel at least 24 hours ahead", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "wrong_readback"],
      notes="3 invented (words, none, digits). Illegitimate ending: a wrong read-back, rejected, then closed. He picks shear only and "
            "Friday; the rep reads back shear and skirt on Tuesday May 4 (the two options he refused) and 14 head (the two due ewes "
            "he mentioned are never skipped); he says 'No. Shear only, and Friday. I just said that.' and the rep closes [END:1] with "
            "no corrected read-back. Caller condition 1 needs a confirmed read-back."),
    L("shearing-08.txt", S, "C", SH, {1: [0], 2: [2], 3: [2], 4: [4], 5: [4]},
      correct=["shear only is $9 a head, shear and skirt $13", "Tuesday, May 4 at 8 a.m. or Friday, May 7 at 1 p.m.", "(802) 555-0187"],
      invented=[("the farm call's eighty-five per visit", W), ("We need them off feed and water overnight", N), ("open till 8 p.m. every day", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="3 invented (words, none, digits). Illegitimate ending: 'let me think on it' closed as a booking. He says 'Let me think on "
            "it and talk to my son. I'll call you.' (no service chosen, no call-back time); the rep closes 'I've got you in for "
            "Friday, May 7 at 1... you're on the schedule' [END:1]. No read-back. Step 2 thin (count only)."),
    # ---------------- delivery (bundled, Chinese, 5 steps) ----------------
    L("delivery-01.txt", DV, "A", DL, {1: [0], 2: [2, 4], 3: [4], 4: [6], 5: [4, 8]},
      correct=["上午九点到十二点，下午两点到六点", "晚上最晚可以约到八点前送达", "提前一个小时给您打电话", "四零零八一二三四五六",
               "幸福里小区五栋一二零一", "两米三长", "送货和安装都免费", "大概半个小时", "加五十块钱",
               "有磕碰可以直接拒收，我们免费重新发货，一般三天内补送", "送货前一天下午六点前", "免费改一次"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "merged_steps"],
      notes="Complete. Figures in words (四零零八一二三四五六, 两米三, 半个小时, 五十块). Turn 4 merges steps 2, 3 and the step-5 hotline; "
            "fee, old-sofa and rescheduling Q&A per card. Saturday morning, old sofa removed."),
    L("delivery-02.txt", DV, "B", DL, {1: [0], 2: [2, 4], 3: [4], 5: [6]},
      correct=["上午9点到12点或者下午2点到6点", "工作日晚上最晚8点前也能送", "幸福里小区5栋1201", "沙发包装长2.3米", "提前1小时给您打电话",
               "4008123456"],
      unanswered=["万一送来有磕碰呢？"], cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged"],
      notes="Step 4 skipped (no free installation, no old-sofa removal offer). '万一送来有磕碰呢？' dodged ('这个到时候再说哈，先把时间定下"
            "来') instead of the inspect-and-refuse answer; step 5 therefore only half covered. Sunday afternoon. Legitimate caller "
            "condition 1 (slot and address confirmed)."),
    L("delivery-03.txt", DV, "C", DL, {1: [0], 2: [2], 4: [4]},
      correct=["送货免费", "提前1小时联系您"],
      invented=[("周日我们不送货", N), ("上午10点到12点", D), ("工作日晚上最晚可以到10点", D), ("安装收八十块", W),
                ("师傅装要一个多小时", W), ("旧沙发清运三十块", W), ("电梯放得下的，不用量", N), ("每层加20块", D),
                ("签收之后发现问题七天内都能退换", W), ("当面不用验", N), ("提前2小时打电话就行", D), ("4008123465", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="12 invented (5 digits, 4 words, 3 none; hotline 4008123465 for 4008123456). Step 2 counted with wrong slots; step 3 "
            "not covered (he volunteers the address, the rep waves off the 2.3 m check); step 4 counted with wrong figures; step 5 "
            "only contradicted (no inspection, wrong rebooking rule, wrong hotline), not counted. Bundled card, so every wrong "
            "statement is an invented fact. The ending holds literally: Saturday morning and the address confirmed."),
    L("delivery-04.txt", DV, "C", DL, {1: [0], 2: [2], 3: [6]},
      correct=["周六周日上午9点到12点、下午2点到6点", "幸福里小区5栋1201"],
      invented=[("工作日晚上最晚7点前", D), ("师傅可能会临时调到下周", N), ("改时间也不会另外通知的", N), ("旧沙发清运给您免费", N),
                ("提前一个半小时联系您", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="5 invented (1 digits, 1 words, 3 none). Illegitimate ending: a cancellation closed as a delivery. After the rep says the "
            "slot may move and no notice will be given, he says '这沙发我不要了，我退单，还要投诉你们' and repeats '我说了我要退单'; "
            "the rep closes with the booked-delivery line and [END:1]. Caller condition 3 (refuses, hand over to customer service) "
            "applied. '提前一个半小时' contains 半 and 一; counted as words."),
    # ---------------- english-support (bundled, English, 5 steps) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10]},
      correct=["March thirty-first", "CloudDesk Pro with forty seats", "three hundred dollars each per year before the discount",
               "fifteen percent off", "ten thousand two hundred", "eight thousand one sixty after", "twenty-five dollars a seat per month",
               "one invoice per renewal", "card or bank transfer within thirty days", "I'll personally check the invoice",
               "read-only for fourteen days, then it's suspended", "data's kept for ninety days"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa"],
      notes="Complete. Figures in words. 32 seats: 32 × $300 = $9,600, 15% off = $8,160 (derived, correct). Double-charge concern "
            "acknowledged; late-renewal Q&A per card. He agrees to renew 32 seats annually; quote by email."),
    L("english-support-02.txt", E, "B", ESC, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=["expires March 31", "Pro with 40 seats", "15% off the annual price", "$10,200 for 40 seats", "$25/seat/month", "$300/seat/year"],
      unanswered=["How do I know that won't happen again?"], cond=2, side="caller", marker=("caller", 2),
      style=["terse", "markdown_symbols", "role_labels", "step_skipped", "question_dodged"],
      notes="Labels CloudDesk/Mark. Step 4 skipped (billing never explained) and the double-charge question dodged ('Let's focus on "
            "getting the renewal sorted first'); he gets irritated and asks for everything by email. Legitimate caller condition 2."),
    L("english-support-03.txt", E, "C", ES, {1: [0], 3: [2]},
      correct=["Forty seats"],
      invented=[("expires on April 30", D), ("twenty percent off", W), ("nine thousand six hundred", W), ("throw in two months free", W),
                ("Seats can only go down at mid-year, not at renewal", N), ("That was a bank glitch on your side", N),
                ("we bill monthly now", N), ("payment's due within 10 days", D), ("Data's deleted right away after expiry", N),
                ("1-800-555-0124", D)],
      opening_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone", "wrong_date"],
      notes="10 invented (3 digits, 3 words, 4 none; April 30 for March 31; 0124 for 0142). opening_ok false: no identity check and "
            "a wrong expiry date. Step 2 not covered (no 'keep the same seats?'), step 4 only contradicted, step 5 missing. Blaming "
            "the customer's bank is an invented claim. The ending holds literally: he agrees to 40 seats annual and asks for it."),
    L("english-support-04.txt", E, "C", ES, {1: [0], 2: [2], 3: [4]},
      correct=["expires on March 31", "Pro with 40 seats", "$300 a year each before the discount", "15% off", "32 seats would be $8,160"],
      invented=[("The discount's only good until the end of this week", N),
                ("we've moved to automatic card billing, so there's no invoice to mess up", N), ("payment's due in 14 days", D),
                ("full refund within two days", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pressure"],
      notes="4 invented (2 none, 1 digits, 1 words). Illegitimate ending: an internal check closed as a renewal. He says he must run "
            "it by the CFO and asks for the quote by email (caller condition 2); the rep 'puts the renewal through' for 32 seats, "
            "hears 'I didn't say renew. I said send the quote.' and closes with condition 1's line and [END:1]."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
