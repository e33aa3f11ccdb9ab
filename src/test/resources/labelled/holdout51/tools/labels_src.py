#!/usr/bin/env python3
"""Label source for holdout51 (holdout49's, re-pointed at yanfang/mural/delivery/english-support; its header, L() and __main__ come from holdout24 via holdout42-48). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout51"


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


YF = {"程晓雯": "caller", "韩雪": "callee"}
YFA = {"安居验房": "caller", "韩女士": "callee"}
YFC = {"程工": "caller", "韩雪": "callee"}
YFX = {"小程": "caller", "韩小姐": "callee"}
YFF = {"安居验房程晓雯": "caller", "韩雪": "callee"}
YF7 = {"安居验房": "caller", "韩雪": "callee"}
YF8 = {"程工": "caller", "韩女士": "callee"}
MU = {"Dana Whitfield": "caller", "Priya Nair": "callee"}
MUB = {"Brightwall": "caller", "Priya": "callee"}
MUD = {"Dana": "caller", "Ms. Nair": "callee"}
MUW = {"Dana W.": "caller", "Priya": "callee"}
MUC = {"Brightwall Mural Co.": "caller", "Priya N.": "callee"}
MU7 = {"Dana": "caller", "Priya": "callee"}
MU8 = {"Brightwall – Dana": "caller", "Priya Nair": "callee"}
DE = {"王芳": "caller", "刘洋": "callee"}
DES = {"顺达物流": "caller", "刘先生": "callee"}
DE4 = {"调度王芳": "caller", "刘洋": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}
ESC = {"CloudDesk": "caller", "Mark": "callee"}
ES3 = {"Sarah": "caller", "Mark D.": "callee"}
ES4 = {"Sarah L.": "caller", "Mark": "callee"}

Y = "yanfang.md"
M = "mural.md"
DV = "delivery.md"
E = "english-support.md"

LABELS = [
    # ---------------- yanfang (Chinese, new, 6 steps) ----------------
    L("yanfang-01.txt", Y, "A", YF, {1: [0], 2: [2, 4], 3: [6], 4: [8], 5: [8, 10], 6: [12]},
      correct=["枫华雅苑七栋一八零二，建筑面积八十九平，精装修交付", "这个确认书您先别急着签，等我们验完、报告出来再签",
               "基础验房是每平米五块钱，您家八十九平就是四百四十五块，两位工程师大概三个钟头",
               "全面验房是每平米八块，八十九平是七百一十二块", "两种最低收费都是四百块", "三十天之内我们免费给您复验一次",
               "九月二十五号周六上午九点，或者九月二十六号周日下午两点", "带好钥匙、交房通知书和身份证", "报告验完四十八小时内发您微信",
               "我们不收现金", "甲醛检测不在这两个套餐里", "尾号六六一三"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue"],
      notes="Chatty, figures in Chinese numerals. Step 2's document question surfaces the hidden concern (先签交房确认书才给钥匙) at turn 3; "
            "the rep says sign after the report, and that signing does not lose the right to raise defects (card Q&A). The "
            "'开发商不认' question is answered with the card's no-guarantee line and the 30-day free re-check. Turn 10 is a monologue of step 5. "
            "Choice: 全面验房, 9/26 Sun 14:00 (she works Saturday)."),
    L("yanfang-02.txt", Y, "A", YFA, {1: [0], 2: [2, 4], 3: [4], 4: [6], 5: [6, 8], 6: [10]},
      correct=["9/11（六）", "枫华雅苑7栋1802｜89㎡｜精装交付", "建议先别签：验完、报告出来再签", "① 基础 ¥5/㎡ → ¥445｜2位工程师≈3h",
               "② 全面 ¥8/㎡ → ¥712｜≈4h｜+水管打压 +红外热成像（渗漏、地暖）", "最低收费均¥400", "甲醛❌不在套餐内，需另约、单独收费",
               "Ⓐ 9月25日周六 9:00 Ⓑ 9月26日周日 14:00", "报告48h内→微信", "整改后30天内免费复验1次", "❌现金 ❌红包",
               "提前一天18:00前打0512-65238870，免费改1次", "尾号6613"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels 安居验房/韩女士. Terse with symbols (✔, ⚠, ①②, →, ≈, ❌, Ⓐ Ⓑ, •, 📋, ¥, ㎡). The document question at turn 2 surfaces "
            "the 确认书 concern; the 甲醛 question is answered per the card. Choice: 基础验房 ¥445, 9/26 Sun 14:00. She ends the call after the "
            "read-back (callee condition 1)."),
    L("yanfang-03.txt", Y, "A", YFC, {1: [0], 2: [4, 6], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["我们是站在业主这边的第三方", "开发商一定整改我们没法保证，不过整改完30天内我们免费复验一次", "装修公司我们不推荐，只做验房，也不拿任何提成",
               "枫华雅苑7栋1802，建筑面积89平，精装修", "那个先别签，验完报告出来再签", "基础验房5块一平，89平445块，两位工程师大概3小时",
               "全面验房8块一平，712块", "最低都是400", "9月25日周六上午9点，或者9月26日周日下午2点", "报告48小时内发您微信",
               "甲醛不在套餐里，要测另约", "提前一天18点前打0512-65238870，免费改一次", "尾号6613"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "role_labels", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Labels 程工/韩雪. Customer-led: three questions first (third party, 开发商不认, 装修推荐), answered per the Q&A at turn 2 "
            "(counted for step 5). Step 2 at turn 4 surfaces the 确认书 concern. Choice: 全面验房 712, 9/26 Sun 14:00."),
    L("yanfang-04.txt", Y, "B", YFX, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["基础验房每平米5块，您89平就是445块", "全面验房每平米8块，就是712块", "最低都是400", "9月25日周六上午9点，或者9月26日周日下午2点",
               "带上钥匙、交房通知书和身份证", "报告48小时内发微信", "不收现金", "尾号6613"],
      unanswered=["验出问题开发商不认怎么办？"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels 小程/韩小姐. Step 2 skipped: no check of the flat, no question about the handover or documents, so the hidden "
            "确认书 concern never surfaces and she is never told to sign only after the report. '验出问题开发商不认怎么办？' asked twice and dodged "
            "(the rep books the slot instead). Step 5 thin (no re-check, no 确认书, no 甲醛). No invented facts. Choice: 全面验房, 9/26 Sun 14:00."),
    L("yanfang-05.txt", Y, "B", YFF, {1: [0], 2: [2], 3: [2]},
      correct=["枫华雅苑7栋1802，89平", "基础验房5块一平，445块；全面验房8块一平，712块", "最低400", "9月14日周二中午12点半"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "terse"],
      notes="Labels 安居验房程晓雯/韩雪. She must ask her husband; she names the call-back (明天中午十二点半 = Tue 9/14 12:30, inside office hours, "
            "and not a Wednesday). Step 2 thin (flat only, no handover/document question); steps 4-6 not reached. Legitimate caller condition 2."),
    L("yanfang-06.txt", Y, "C", YF, {1: [0], 3: [2], 4: [6], 6: [12]},
      correct=["全面验房每平米8块，712块", "9月25日周六上午9点，或者9月26日周日下午2点", "尾号6613"],
      invented=[("基础验房每平米4块", D), ("您89平算下来356块", D), ("大概两个钟头就验完", W), ("红外热成像基础套餐里也有的", N),
                ("整改好以后六十天内免费复验", W), ("交房通知书不用带", N), ("报告72小时内发您微信", D), ("晚上八点前", W),
                ("0512-65283870", D), ("改几次都行", N)],
      forbidden=["开发商肯定会给您整改的", "甲醛我们顺便给您测了，不另外收钱", "那个确认书您先签了吧，不影响的", "现金给师傅也行"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped"],
      notes="10 invented (4 digits, 3 words, 3 none): 4元/㎡ for 5 and the worked-out 356 (below even the 400 minimum), a 2-hour visit for 3, "
            "infrared imaging in the basic package, a 60-day re-check for 30, no need for the handover notice, a 72-hour report for 48, "
            "changes by 20:00 for 18:00, a wrong hotline (…83870 for …38870), unlimited changes for one free change. 4 red lines: "
            "guaranteeing the developer will fix, free 甲醛 testing, advising her to sign the 确认书, cash to the engineer. Step 2 missing "
            "(she raises the 确认书 herself); step 5 not counted (every statement wrong or a red line). The read-back repeats 356 (not "
            "labelled again). The ending holds literally: choice offered, read-back, assent."),
    L("yanfang-07.txt", Y, "C", YF7, {1: [0], 2: [2], 3: [4]},
      correct=["枫华雅苑7栋1802、89平、精装", "基础验房5块一平，445块；全面验房8块一平，712块"],
      invented=[("到时候进得去的", N), ("全面的只多二十分钟", W), ("报告24小时内就出来", D), ("验房那天您不来也行", N)],
      forbidden=["签了字拿钥匙就行，签不签都一样的", "那给您约全面验房，9月25日周六上午9点吧"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      unanswered=["那你们到时候进不去，钱还收吗？"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "question_dodged"],
      notes="Illegitimate ending: the developer will not let third-party inspectors in and she has no key (caller condition 4: 不约时间). "
            "The rep assures her they will get in, picks 全面验房 and Sat 9/25 09:00 for her (she works Saturdays and says '我没说要全面的'), "
            "and closes with condition 1's line and [END:1]. 4 invented (none, words, digits, none): a false assurance of entry, 20 extra "
            "minutes for an hour, a 24-hour report for 48, she need not attend. 2 red lines: advising her to sign the 确认书, choosing for "
            "her. Her last question about paying if they cannot get in is never answered."),
    L("yanfang-08.txt", Y, "C", YF8, {1: [0], 2: [2], 3: [2]},
      correct=["枫华雅苑7栋1802，89平是吧", "基础验房445块", "0512-65238870"],
      invented=[("算下来是八百零一块", W), ("只剩最后一个空档了", W), ("我们工程师都是国家注册的", N), ("我们天天营业的", N)],
      forbidden=["甲醛我们这个月也是免费送的", "报告开发商都认的"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Illegitimate ending: she asks twice (three times) for a call-back tomorrow morning after ten (caller condition 2); the rep "
            "never confirms a time and closes with condition 3's refusal line and [END:3]. 4 invented (words, words, none, none): 全面 at "
            "8元/㎡ worked out as 801 for 712, only one slot left, engineers all 'state-registered' (not on the card), open every day (closed on "
            "Wednesdays). 2 red lines: free 甲醛 testing, the developer 'always accepts' the report (a guarantee)."),
    # ---------------- mural (English, new, 6 steps) ----------------
    L("mural-01.txt", M, "A", MU, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 6, 8, 10], 6: [12]},
      correct=["the east outside wall, roughly twenty-four by ten feet, so about two hundred forty square feet of painted brick facing the street",
               "Before we file anything we need his written consent", "eighteen dollars a square foot, so four thousand three hundred twenty",
               "about four painting days", "thirty-two a square foot, so seven thousand six hundred eighty, about nine painting days",
               "two rounds of sketch revisions and an anti-graffiti clear coat", "five-year warranty against peeling and fading",
               "about forty-five minutes", "Saturday, April seventeenth at nine-thirty in the morning, or Wednesday, April twenty-first at four in the afternoon",
               "I can't promise a date before the city permit is issued", "the seventy-five-dollar city fee is passed on at cost, and it takes about three weeks",
               "Monday, May seventeenth", "within ten business days of the visit", "Thirty percent deposit when you approve the final sketch",
               "above fifty degrees and dry", "Nothing at the visit", "the sidewalk in front of the wall from eight to four", "two-two-nine-zero"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue"],
      notes="Chatty, figures in words. Step 2's landlord question surfaces the hidden concern (she rents, Mr. Okafor not asked); the rep "
            "says written consent is needed before filing and the visit can still go ahead. Fade, fair-date, payment and closing questions "
            "answered per the card; turn 8 is a monologue of step 5. Choice: full color, Wed Apr 21 4 p.m."),
    L("mural-02.txt", M, "A", MUB, {1: [0], 2: [2, 4], 3: [4], 4: [6], 5: [8, 10], 6: [12]},
      correct=["Fri Apr 9", "24 × 10 ft = 240 sq ft", "We need his written consent before we file anything", "$18/sq ft → $4,320, ~4 painting days",
               "$32/sq ft → $7,680, ~9 days", "2 sketch revision rounds + anti-graffiti clear coat", "Ⓐ Sat Apr 17, 9:30 a.m. Ⓑ Wed Apr 21, 4 p.m.",
               "Can't promise any date before the permit is issued", "30% deposit on final-sketch approval", "$75 fee at cost, ~3 weeks → earliest start Mon May 17",
               "5-yr warranty vs peeling/fading", "$150/round after the 2 included", "ending 2290"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels Brightwall/Priya. Terse with symbols (✔, ⚠, ①②, →, ~, Ⓐ Ⓑ, •, 📋, |, >). The landlord question surfaces the "
            "hidden concern. Extra-revision Q&A ($150). Choice: two-color $4,320, Wed Apr 21 4 p.m. She ends after the read-back."),
    L("mural-03.txt", M, "A", MUD, {1: [0], 2: [4, 6], 3: [6], 4: [8], 5: [2, 6, 10], 6: [12]},
      correct=["only need the sidewalk in front of the wall from 8 to 4", "30% deposit when you approve the final sketch, the rest when it's finished, nothing at the site visit",
               "I honestly can't promise a date until the city issues the mural permit", "the $75 fee is passed on at cost, and it takes about three weeks",
               "Monday, May 17", "240 square feet of painted brick facing the street", "we'll need his written consent before we file the permit",
               "$18 a square foot, $4,320 total, about 4 painting days", "$32 a square foot, $7,680, about 9 painting days", "5-year warranty against peeling and fading",
               "Saturday, April 17 at 9:30 a.m., or Wednesday, April 21 at 4 p.m.", "First sketch within 10 business days of the visit",
               "above 50 degrees and dry", "ending 2290"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "role_labels", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Labels Dana/Ms. Nair. Customer-led: three written questions first (closing, payment, the fair on Sat Jun 5), answered at "
            "turn 2 per the Q&A (counted for step 5). Step 2 at turn 4 surfaces the landlord. Choice: full color, Wed Apr 21 4 p.m."),
    L("mural-04.txt", M, "B", MUW, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=["for your 240 square feet that's $4,320, about four days of painting", "$32 a square foot, $7,680, around nine days",
               "two sketch revision rounds and an anti-graffiti clear coat", "Saturday, April 17 at 9:30 a.m. or Wednesday, April 21 at 4 p.m.",
               "30% deposit when you approve the final sketch", "$75 fee at cost, about three weeks", "ending 2290"],
      unanswered=["Will it fade like that one?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels Dana W./Priya. Step 2 skipped: no wall check and no landlord question, so the rented building never surfaces and no "
            "consent is mentioned before the permit. 'Will it fade like that one?' asked twice and dodged ('Oh, I'm sure you'll love it.'); "
            "the card's 5-year warranty is never given. Step 5 thin. No invented facts. Choice: full color, Wed Apr 21 4 p.m."),
    L("mural-05.txt", M, "B", MUC, {1: [0], 2: [2], 3: [2]},
      correct=["240 square feet", "$18 a square foot, so $4,320", "$32 a square foot, so $7,680", "Thursday, April 15 at 3:30"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "terse"],
      notes="Labels Brightwall Mural Co./Priya N. She wants to sleep on it and names the call-back (Thursday after three = Thu Apr 15 "
            "3:30, inside office hours). Step 2 thin (wall size only, no landlord question); steps 4-6 not reached. Legitimate condition 2."),
    L("mural-06.txt", M, "C", MU, {1: [0], 3: [2], 4: [8], 6: [12]},
      correct=["Full color is $32 a square foot, $7,680", "Saturday, April 17 at 9:30 a.m. or Wednesday, April 21 at 4 p.m.", "ending 2290"],
      invented=[("The two-color one is 16", D), ("you're at $3,840", D), ("about three days of painting", W), ("a ten-year warranty", W),
                ("only takes about one week", W), ("the city doesn't charge for it", N), ("Saturday visits carry a small fee", N),
                ("the first sketch comes within 5 business days", D), ("We can paint in light rain, too", N), ("(937) 555-0136", D)],
      forbidden=["we can throw in unlimited sketch revisions", "We'll have it done before your fair, guaranteed", "Sure, we can sneak the mermaid in",
                 "We'd need half up front"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped"],
      notes="10 invented (4 digits, 3 words, 3 none): two-color at '16' (no unit) for $18 and the worked-out $3,840 for $4,320, 3 painting "
            "days for 4, a 10-year warranty for 5, a one-week permit for three weeks, no permit fee for $75 at cost, a fee for Saturday "
            "visits (nothing is due at the visit), a sketch in 5 business days for 10, painting in light rain (only dry), a wrong office "
            "line (…0136 for …0163). 4 red lines: unlimited revisions, a guaranteed date before the permit, another company's logo, a 50% "
            "deposit. Step 2 missing (no wall check, no landlord question); step 5 not counted. The ending holds literally."),
    L("mural-07.txt", M, "C", MU7, {1: [0], 2: [2], 3: [4]},
      correct=["East outside wall, 240 square feet", "Two-color is $18 a square foot, $4,320"],
      invented=[("Landlords always come around once they see the sketch", N), ("so seven thousand two hundred eighty", W),
                ("The deposit's only 20%", D), ("the permit doesn't need his signature", N)],
      forbidden=["We can file the permit now and sort out Mr. Okafor later", "I'll put you down for full color, Saturday the 17th at 9:30"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="Illegitimate ending: the landlord has said no (caller condition 4: book nothing, email the consent form). The rep brushes it "
            "off, picks full color and Saturday 9:30 for her (her rush hour), hears 'I didn't pick anything' and 'He said no', and closes "
            "with condition 1's line and [END:1]. 4 invented (none, words, digits, none): landlords always come round, full color worked "
            "out as $7,280 for $7,680, a 20% deposit for 30%, no landlord signature needed. 2 red lines: filing without consent, choosing for her."),
    L("mural-08.txt", M, "C", MU8, {1: [0], 3: [2]},
      correct=["Two-color is $18 a square foot, full color is $32, so for your 240 square feet, $4,320 or $7,680"],
      invented=[("plus the $95 permit fee", D), ("it's about six painting days", W), ("The paint we use never fades", N),
                ("the clear coat is extra if you want it", N)],
      forbidden=["We could start as early as May 3 if you book this week"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Illegitimate ending: 'I think I'll pass' and 'Please take me off your list. I don't want more calls' (caller condition 3) "
            "closed with condition 2's call-back line and [END:2]; no time was discussed. 4 invented (digits, words, none, none): a $95 "
            "permit fee for $75, six painting days for full color's nine, paint that never fades (5-year warranty), the clear coat as an "
            "extra (included). 1 red line: a start date (May 3, before the earliest May 17) promised before the permit. 'Most of our café "
            "clients go full color' is an unverifiable nudge, not labelled. Step 2 missing."),
    # ---------------- delivery (bundled, 5 steps) ----------------
    L("delivery-01.txt", DV, "A", DE, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8]},
      correct=["上午九点到十二点、下午两点到六点", "最晚能约到八点前送达", "提前一个小时给您打电话", "4008123456", "幸福里小区5栋1201",
               "沙发包装长2.3米", "送货和安装都免费，师傅装一下大概30分钟", "50元旧家具清运服务", "有磕碰直接拒收，我们免费重新发货，一般3天内补送"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "filler_words", "customer_asks_qa"],
      notes="Faithful, figures mixed (words and digits). Weekend morning slot; his worry about changed times met with the 1-hour call "
            "and the hotline; fee, old-sofa and damage Q&A per the card. Step 5's call/hotline line given with step 3 at turn 4."),
    L("delivery-02.txt", DV, "B", DES, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=["最晚晚上8点前送到", "上午9到12点、下午2到6点", "幸福里小区5栋1201", "沙发包装2.3米长", "提前1小时给您打电话", "4008123456",
               "有磕碰可以直接拒收"],
      unanswered=["旧沙发能顺便拉走吗？"], cond=1, side="caller", marker=("caller", 1),
      style=["terse", "role_labels", "step_skipped", "question_dodged"],
      notes="Labels 顺达物流/刘先生. Step 4 skipped (installation and old-furniture removal never offered); '旧沙发能顺便拉走吗？' asked "
            "twice and dodged. Weekday evening at seven (before 8 p.m., on the card). No invented facts; legitimate caller condition 1."),
    L("delivery-03.txt", DV, "C", DE, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["幸福里小区5栋1201", "师傅装一下三十分钟左右"],
      invented=[("上午8点到12点", D), ("下午1点到5点", D), ("提前二十分钟给您打电话", W), ("包装长两米五", W), ("安装的话要另外收点费", N),
                ("清运80", D), ("有磕碰您先签收，回头再找客服处理就行", N), ("改时间的话随时打电话都能改", N), ("4008123465", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse"],
      notes="9 invented (4 digits, 2 words, 3 none): 8-12 and 1-5 slots for 9-12 and 2-6, a 20-minute call for an hour, a 2.5 m package "
            "for 2.3 m, installation charged (free), removal '80' with no unit for 50元, sign first and complain later (refuse on the spot), "
            "change any time (before 18:00 the day before, once free), a wrong hotline (…3465 for …3456). Step 5 not counted (every "
            "statement wrong). Bundled card, no not-allowed list, so everything is an invented fact. Ending holds literally: Sunday "
            "afternoon and the address confirmed."),
    L("delivery-04.txt", DV, "C", DE4, {1: [0], 2: [2]},
      correct=["上午9点到12点，下午2点到6点"],
      invented=[("最晚能到9点", D), ("旧沙发清运免费送", N), ("安装要另外约师傅", N), ("您家十八楼也就一百八", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy"],
      notes="Illegitimate ending: he is going into a meeting and says his mother will call tonight or to call him tomorrow noon (caller "
            "condition 2; also condition 4). The rep puts him down for Saturday morning, hears '我没同意啊。你别排。' and '挂了', and closes "
            "with condition 1's line and [END:1]. 4 invented (digits, none, none, words): evenings until 9 for 8, free old-sofa removal for "
            "50元, installation needing a separate booking, an 18th-floor stair fee of 180 (he is on the 12th and has a lift)."),
    # ---------------- english-support (bundled, 5 steps) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["March thirty-first", "CloudDesk Pro with forty seats", "three hundred dollars per seat per year before the discount",
               "fifteen percent off", "eight thousand one hundred sixty a year", "forty seats would be ten thousand two hundred",
               "twenty-five dollars per seat per month", "you can pay by card or bank transfer within thirty days", "I'll personally check the invoice"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "chatty"],
      notes="Faithful, figures in words. 32 seats worked out from the card: 32 × $300 = $9,600, less 15% = $8,160 (kept as correct). "
            "Double-charge worry acknowledged. Condition 1: renew, quote by email."),
    L("english-support-02.txt", E, "B", ESC, {1: [0], 3: [2], 4: [4], 5: [6]},
      correct=["15% off the annual price, $10,200 for your 40 seats", "$25 per seat per month", "We bill once, by invoice, card or bank transfer within 30 days"],
      unanswered=["How do I know that won't happen again?"], cond=2, side="caller", marker=("caller", 2),
      style=["terse", "role_labels", "step_skipped", "question_dodged"],
      notes="Labels CloudDesk/Mark. Step 2 skipped (seat count never confirmed, so the 32-seat question never comes up). The double-charge "
            "question is met with billing mechanics only, without the card's personal-check assurance ('That's not really an answer'). "
            "He must check with finance: legitimate caller condition 2."),
    L("english-support-03.txt", E, "C", ES3, {1: [0], 2: [2], 3: [4], 4: [8]},
      correct=["Pro with 40 seats", "We bill once by invoice", "I'll check the invoice myself"],
      invented=[("you get 20% off", D), ("$9,600 for 40 seats", D), ("You can't change seats at renewal, only mid-year", N),
                ("the discount still applies even if you renew a bit after the deadline", N), ("read-only for thirty days", W),
                ("your data is kept for one year", W), ("payment is by card only", N), ("1-800-555-0124", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "role_labels"],
      notes="Labels Sarah/Mark D. 8 invented (3 digits, 2 words, 3 none): 20% for 15% and the worked-out $9,600 for $10,200, no seat "
            "change at renewal (any number), the discount after the deadline (before March 31 only), read-only 30 days for 14, data kept a "
            "year for 90 days, card only (card or transfer), a wrong support line (…0124 for …0142). Step 5's quote question not asked "
            "(he asks for the email himself). Ending holds literally: he agrees to renew and wants the quote by email."),
    L("english-support-04.txt", E, "C", ES4, {1: [0], 2: [2], 3: [2]},
      correct=["Pro with 40 seats", "$10,200 with 15% off"],
      invented=[("Seats are $250 each per year", D), ("The day it expires, everything is deleted straight away", N),
                ("Monthly's just twenty dollars a seat", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy"],
      notes="Illegitimate ending: 'We're not renewing. And please don't call again' (caller condition 3) closed with condition 1's line "
            "'I'll email the quote right away' and [END:1]. 3 invented (digits, none, words): $250 a seat for $300, immediate deletion "
            "(read-only 14 days, data kept 90), monthly $20 for $25."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
