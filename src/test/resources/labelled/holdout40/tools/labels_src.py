#!/usr/bin/env python3
"""Label source for holdout40 (adapted from holdout24's). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout40"

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


CD = {"陆晓雯": "caller", "倪建国": "callee"}
CDJ = {"极光家充": "caller", "倪先生": "callee"}
CDA = {"安装顾问": "caller", "倪建国": "callee"}
CDX = {"小陆": "caller", "老倪": "callee"}
CDG = {"极光家充": "caller", "倪建国": "callee"}
CK = {"Dana Whitfield": "caller", "Reggie Thornton": "callee"}
CKQ = {"Quickcut": "caller", "Reggie": "callee"}
CKD = {"Dispatch": "caller", "Reggie Thornton": "callee"}
CKT = {"Dana": "caller", "Thornton": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
INH = {"华信银行": "caller", "陈先生": "callee"}
INW = {"华信银行": "caller", "陈伟": "callee"}
IS = {"Tom Baker": "caller", "Linda Park": "callee"}
ISF = {"FiberLink": "caller", "Linda": "callee"}
ISP = {"FiberLink": "caller", "Linda Park": "callee"}

C = "chongdian.md"
K = "carkey.md"
I = "installment.md"
P = "isp-visit.md"

LABELS = [
    # ---------------- chongdian (Chinese, new, 6 steps) ----------------
    L("chongdian-01.txt", C, "A", CD, {1: [0], 2: [2, 4], 3: [6], 4: [10, 12], 5: [12], 6: [14]},
      correct=[
          "金鸡湖花园地下车库B2-136，产权车位，登记在顾晓敏女士名下",
          "桩要用极光家充APP扫码或者刷卡才能启动",
          "物业盖章，车位产权人本人签字",
          "供电公司一般五个工作日内装表",
          "通电验收要等电表装好",
          "基础安装包，免费，厂家出钱，含三十米电缆、挂柱安装、漏电保护开关",
          "立柱防护包，补七百八十块",
          "超出三十米的部分每米四十五块，估下来超十二米，大概五百四",
          "不打折也不抹零",
          "晚上十点到早上八点是谷电，每度大概三毛一",
          "六月十二号周六上午九点到十二点，或者六月十五号周二下午两点到五点",
          "安装大概三个小时",
          "不收现金也不转个人",
          "上门前二十四小时以上说，可以免费改约一次",
          "桩厂家保修三年，安装我们保修两年",
          "尾号七七一九",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces", "merged_steps", "monologue"],
      notes="Complete and chatty (哈, 嘛, 好嘞). All figures in Chinese words (七百八十, 四十五, 五百四, 三毛一, 二十四小时), the phone "
            "ending read digit by digit. Checking the parking space (step 2) surfaces the hidden concern (neighbours using his "
            "charger), answered with the card's APP/card-start rule. Discount (超线费能免吗) and electricity-rate questions "
            "answered per the Q&A. Turn 12 is a monologue merging the rest of step 4 with all of step 5. 基础包, Saturday 6/12 "
            "morning."),
    L("chongdian-02.txt", C, "A", CDJ, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "B2-136，产权车位，登记在顾晓敏名下",
          "物业盖章+产权人本人签字",
          "供电公司一般≤5个工作日装表",
          "桩是IP55防护，带漏电保护",
          "A）基础包 0元（厂家承担），含30m电缆",
          "B）立柱防护包 +780元",
          "走线约42m→超12m×45元/m≈540元",
          "约1320",
          "6/12周六 9:00–12:00，或 6/15周二 14:00–17:00",
          "安装约3h",
          "不收现金、不转个人",
          "提前≥24h可免费改约1次",
          "桩3年/安装2年",
          "短信发尾号7719",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "role_labels", "callee_ends"],
      notes="Labels 极光家充/倪先生. Terse, with symbols (①②③, A) B), ≤, ≥, →, ×, ≈, /, 3h, 6/12). The garage-leak question "
            "is answered per the Q&A (IP55, leakage protection, 立柱包 has the rain cover). He picks 立柱防护包 and Tuesday 6/15 "
            "afternoon; '约1320' (540 + 780) is his own sum confirmed, correct. He ends on callee condition 1 right after the "
            "read-back."),
    L("chongdian-03.txt", C, "A", CDA, {1: [0], 2: [8, 10], 3: [2, 4], 4: [12, 14], 5: [2, 14], 6: [16]},
      correct=[
          "我们是星驰汽车指定的安装服务商",
          "线超过三十米，超出部分每米四十五",
          "补七百八",
          "不收现金，不转个人",
          "配电间到您车位大概四十二米，超十二米，估下来五百四左右",
          "移桩另外约，服务费五百，电缆另算",
          "得她本人签，代签物业不认",
          "具体哪天得看供电公司通知",
          "六月十二号周六上午九点到十二点，或者十五号周二下午两点到五点",
          "大概装三个小时",
          "400-826-3390",
          "尾号7719",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "customer_led", "steps_out_of_order", "customer_asks_qa", "suspicious_customer"],
      notes="Labels 安装顾问/倪建国. Suspicious, customer-led start ('没听过…是要收钱吧'); step order 1, 5+3, 3, 2, 2, 4, 4+5, 6. "
            "Q&A answered per the card: moving the charger (500 + cable), signing for his wife (not allowed, she must sign "
            "herself), when the meter will be fitted (no promise, usually within five working days). '今天电话里一分钱都不用付' "
            "is consistent with payment after completion. 基础包, Saturday 6/12 morning."),
    L("chongdian-04.txt", C, "B", CD, {1: [0], 3: [2], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "基础安装包不要钱，厂家承担，带30米电缆和漏电保护",
          "立柱防护包要补780",
          "超的12米每米45，算下来540左右",
          "6月12号周六上午9点到12点，或者6月15号周二下午2点到5点",
          "不收现金不转个人",
          "提前24小时以上可以免费改一次",
          "桩保修3年，安装保修2年",
          "尾号7719",
      ],
      unanswered=["电费怎么算的？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["step_skipped", "question_dodged"],
      notes="Step 2 skipped: no check of the parking space or owner, no 物业同意书, no meter application (and the read-back "
            "leaves out the documents). The electricity-rate question ('那以后充一次电多少钱？电费怎么算的？') is dodged with "
            "'师傅到时候都会跟您讲的'. Otherwise correct; 基础包, Saturday; legit caller 1."),
    L("chongdian-05.txt", C, "B", CDX, {1: [0], 2: [2], 3: [4]},
      correct=[
          "金鸡湖花园地下车库B2-136",
          "物业盖章，产权人本人签字",
          "一般五个工作日内装好",
          "桩是IP55防护的，带漏电保护",
          "立柱防护包补七百八十元",
          "超出部分每米四十五元，估计五百四十元左右",
          "明天中午十二点半再给您打",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_legit_end", "callback_named_by_customer"],
      notes="Labels 小陆/老倪. Steps 4-6 not reached: the space is in his wife's name, she is wary of fires and must sign the "
            "consent form, so he will talk to her tonight. He names the call-back time himself (tomorrow 12:30) - caller "
            "condition 2, legitimate. Sending the consent-form template now is on the card (step 2)."),
    L("chongdian-06.txt", C, "C", CD, {1: [0], 2: [2], 3: [4], 4: [8, 10], 5: [10], 6: [14]},
      correct=[
          "基础包免费",
          "6月12号周六上午都行",
          "尾号7719",
      ],
      invented=[
          ("含50米电缆", D),
          ("立柱包补680", D),
          ("立柱包主要是带快充模块，充电更快", N),
          ("安装一个小时就好", W),
          ("桩保修五年", W),
          ("电费跟物业交，按商业电价算", N),
          ("改时间的话要另外收上门费", N),
      ],
      forbidden=[
          "同意书我们跟物业打个招呼就行，产权人签不签都无所谓",
          "供电公司后天就来装，我这边保证",
          "超线费一分不用出",
          "我给您定立柱包吧",
          "这周四下午",
          "周六上午九点整师傅准时到",
          "直接转我微信也行",
          "电表没装好之前，也能先从您家里拉根线充着",
      ],
      unanswered=["车库顶上老渗水，桩会不会漏电啊？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "reversed_rules"],
      notes="7 invented (2 digits, 2 words, 3 none): 50 m included (30), 立柱包 680 (780), 立柱包 = a fast-charge module (it is "
            "a post, bump bar and rain cover), one hour (about three), five-year warranty (3 + 2), electricity paid to the "
            "property at commercial rates (own meter, residential rate), a date change costs a call-out fee (one free change "
            ">=24 h ahead). 8 red lines: owner's signature not needed, meter date promised, no over-length fee, package chosen "
            "for him, a Thursday not offered, an exact 9:00 arrival, transfer to the rep's WeChat, charging off a cable from "
            "his flat before the meter. His garage-leak question ('桩会不会漏电啊？') is skipped by the read-back. Restatements in the read-back ('立柱防护包680', '超线不收费', '付现金或者微信都行') are not "
            "labelled again. Ending holds literally: he chose a package (after her push, '行吧，立柱的'), an offered window "
            "(Saturday 6/12 morning), read-back and SMS."),
    L("chongdian-07.txt", C, "C", CDG, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "金鸡湖花园B2-136，登记在顾晓敏女士名下",
          "物业盖章、她本人签字",
          "一般五个工作日内装好",
          "基础包免费，含30米电缆、挂柱安装和漏保",
          "立柱防护包补780",
          "6月12号周六上午9点到12点，或者6月15号周二下午2点到5点",
          "不收现金不转个人",
          "尾号7719",
      ],
      invented=[
          ("不过不含防雨罩", N),
          ("超出的每米55", D),
          ("15号周六下午", D),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "date_weekday_conflict"],
      notes="Labels 极光家充/倪建国. 3 invented (none, digits, digits): 立柱包 without the rain cover (it has one), 55 per metre "
            "(45; the derived 660 is not labelled again), and '15号周六下午' (6/15 is a Tuesday, and only its afternoon is "
            "offered; the Saturday window is 6/12 morning). Illegitimate ending - a read-back whose date and weekday "
            "contradict each other: he says at the start he can only be home on Saturdays, then picks '15号，周六嘛，下午' and "
            "twice insists on a Saturday; the rep reads back '6月15号周六下午2点到5点' (an impossible combination) and closes. No "
            "definite offered window was agreed, so caller condition 1 is not met. end_condition/end_side null."),
    L("chongdian-08.txt", C, "C", CD, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10], 6: [10]},
      correct=[
          "B2-136，登记在顾晓敏女士名下",
          "物业盖章，产权人本人签字",
          "基础包免费，含30米电缆和漏保",
          "立柱防护包补780",
          "超12米每米45，约540",
          "6月12号周六上午9点到12点，或者6月15号周二下午2点到5点",
          "尾号7719",
      ],
      invented=[
          ("我们装的桩都上了火灾保险，出事保险公司全赔", N),
          ("安装两个钟头就完事", W),
      ],
      forbidden=[
          "先约上，同意书到时候再说",
          "现金也可以给师傅",
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["illegitimate_ending", "co_owner_veto", "speakerphone"],
      notes="2 invented (none, words): fire insurance with full compensation (not on the card), two hours (about three). "
            "2 red lines: going ahead without the consent form ('先约上，同意书到时候再说'), cash to the technician. "
            "Illegitimate ending - a live veto by the co-owner, overridden: he is on speaker with his wife, the registered "
            "owner of the space whose signature the card requires; she says she will not sign and does not want it; he "
            "relays it twice ('她不签字，这事就不成') and asks whether they can install without it. The rep books Saturday, reads "
            "back and closes; his '那你先发吧' is not agreement to install. Her '装的时候师傅会处理的' is the framing of the ending "
            "flaw, not labelled. Steps 5 and 6 both rest on turn 10 (payment line inside the read-back). end_condition/"
            "end_side null."),
    # ---------------- carkey (English, new, 6 steps) ----------------
    L("carkey-01.txt", K, "A", CK, {1: [0], 2: [2, 14], 3: [4, 6], 4: [12, 14], 5: [10, 14], 6: [16]},
      correct=[
          "2019 Accord EX, push-button start, sitting at 1827 East 41st Street",
          "three eighty-nine with a two-year warranty",
          "two forty-nine with a one-year warranty",
          "that price covers the trip out, cutting the blade and the programming",
          "the exact part the dealer uses",
          "the warranty's one year instead of two",
          "Right now, yes, the lost key still works",
          "erases every old key from the car's memory",
          "eighty-five dollars extra, totally optional",
          "Thursday the sixteenth between eight and eleven in the morning, or Friday the seventeenth between one and four in the afternoon",
          "calls about thirty minutes before he gets there",
          "forty-five minutes to an hour",
          "the registration or the title in your name",
          "You pay nothing today, no deposit",
          "card or cash",
          "free up to two hours before the window",
          "sixty-five dollar trip charge",
          "ending four four eight one",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces", "merged_steps", "monologue"],
      notes="Complete and chatty. Prices in words (three eighty-nine, two forty-nine, eighty-five dollars, sixty-five dollar), "
            "the cell ending read digit by digit. Asking how he lost the key surfaces the hidden concern (the gas station), "
            "answered per the Q&A (the key works until the visit; erased then; the blade still opens the door; re-key $85). "
            "Turn 14 is a monologue merging the rest of steps 4, 2 and 5. Aftermarket, Thursday morning."),
    L("carkey-02.txt", K, "A", CKQ, {1: [0], 2: [2, 4], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=[
          "(a) dealer-grade smart key $389, 2-yr warranty",
          "(b) aftermarket smart key $249, 1-yr warranty",
          "price incl. trip, blade cut & programming",
          "2019 Accord EX, push-button, at 1827 E 41st St",
          "photo ID + registration or title in your name before cutting",
          "signs an authorization + copy of her ID",
          "Thu 9/16 8–11am or Fri 9/17 1–4pm",
          "Tech calls ~30 min ahead; job 45–60 min",
          "$0 today, no deposit",
          "re-key optional, +$85",
          "Free cancel/move up to 2 h before",
          "= $65 trip charge",
          "cell ending 4481",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "role_labels", "callee_ends"],
      notes="Labels Quickcut/Reggie. Terse, with symbols ((a)/(b), =, +, →, ~, 9/16, 2-yr, 2 h). The joint-title question is "
            "answered per the Q&A (fine if his name is on it; otherwise she comes or signs an authorization). Dealer-grade, "
            "Friday 1-4. He ends on callee condition 1 right after the read-back."),
    L("carkey-03.txt", K, "A", CKD, {1: [0], 2: [10], 3: [6], 4: [2, 12], 5: [4, 12], 6: [14]},
      correct=[
          "ninety-five extra and only if a tech happens to be free",
          "Thursday the sixteenth, eight to eleven a.m., or Friday the seventeenth, one to four p.m.",
          "we give you an itemized receipt to send them; we don't bill insurers directly",
          "there's nothing to pay today, no deposit",
          "three hundred eighty-nine dollars, two-year warranty",
          "two hundred forty-nine, one-year warranty",
          "a properly programmed key doesn't affect the car's warranty",
          "2019 Accord EX, push-button start, parked at 1827 East 41st Street",
          "forty-five minutes to an hour",
          "erases all the old keys from the car's memory",
          "free up to two hours before",
          "sixty-five dollar trip charge",
          "cell ending 4481",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "customer_led", "steps_out_of_order", "customer_asks_qa"],
      notes="Labels Dispatch/Reggie Thornton. Customer-led: tonight (after-hours $95, no promise), insurance (itemized receipt, "
            "no direct billing), warranty (not affected). Step order 1, 4, 5, 3, 2, 4+5, 6. Aftermarket, Thursday morning."),
    L("carkey-04.txt", K, "B", CK, {1: [0], 2: [2], 3: [4], 4: [8, 10], 6: [12]},
      correct=[
          "photo ID plus the registration or title in your name",
          "$389 with a two-year warranty",
          "$249 with a one-year warranty, trip, cutting and programming included",
          "Thursday the 16th, 8 to 11 in the morning, or Friday the 17th, 1 to 4 in the afternoon",
          "about thirty minutes before",
          "forty-five minutes to an hour",
          "cell ending 4481",
      ],
      unanswered=["If I go aftermarket, does that screw up the warranty on the car?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["step_skipped", "question_dodged"],
      notes="Step 5 skipped: nothing on payment (no deposit, pay on completion, card or cash), erasing the lost key, the "
            "blade/re-key, free cancellation or the $65 trip charge; the read-back leaves payment out too. The warranty "
            "question is dodged ('you'd be surprised how often I get that'). Otherwise correct; legit caller 1 (key, window, "
            "ID and registration confirmed in turn 3, read-back)."),
    L("carkey-05.txt", K, "B", CKQ, {1: [0], 2: [4, 6], 3: [2]},
      correct=[
          "three eighty-nine, two-year warranty",
          "two forty-nine, one-year warranty",
          "the price includes the trip, cutting and programming",
          "we give you an itemized receipt for them; we don't bill the insurance company directly",
          "2019 Accord EX, push-button, at 1827 East 41st Street",
          "sign an authorization and send a copy of her ID",
          "Seven thirty tomorrow morning",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_legit_end", "callback_named_by_customer"],
      notes="Labels Quickcut/Reggie. Steps 4-6 not reached: he thinks the registration is in his wife's name and wants to ask "
            "his insurance agent first; he names the call-back time himself (tomorrow 7:30 am) - caller condition 2, "
            "legitimate."),
    L("carkey-06.txt", K, "C", CK, {1: [0], 2: [4], 3: [2], 4: [8], 5: [10, 12], 6: [14]},
      correct=[
          "Your driver's license and the title",
          "Thursday the 16th in the morning, or Friday the 17th in the afternoon",
          "cell ending 4481",
      ],
      invented=[
          ("the dealer-grade key is $429", D),
          ("the aftermarket one is $199", D),
          ("won't do the push-button start though, you'd have to start it with the blade", N),
          ("The job itself is twenty minutes", W),
          ("the warranty on the dealer key is five years", W),
          ("Cancelling's free anytime, even when he's already on the way", N),
      ],
      forbidden=[
          "I'll put you down for the dealer-grade one, that's what I'd do",
          "if hers is on it too that's fine, she doesn't need to sign anything",
          "I can have him there at 8:15 on the dot",
          "I'll take a card number now for a fifty-dollar deposit",
          "The lost key, by the way, stops working the minute we book, so you're already safe",
          "the dealer would've charged you a fortune and messed it up anyway",
          "I'll knock ten percent off",
      ],
      unanswered=["And my insurance, will they pay for any of this?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "reversed_rules"],
      notes="6 invented (2 digits, 2 words, 2 none): $429 ($389), $199 ($249), the aftermarket key cannot do push-button start "
            "(it can), twenty minutes (45-60), five-year warranty (two), free cancellation any time (free up to two hours "
            "before; $65 if the car/owner is not there). 7 red lines: choosing for him, someone else's name on the title "
            "without authorization, an exact 8:15 arrival, a card number and deposit by phone, the lost key 'already safe', "
            "running down the dealer, 10% off. His insurance question is skipped by the read-back. The card digits he starts to read out are a callee line, not labelled. Read-back "
            "restatements ('$429 less ten percent', 'at 8:15') are not labelled again. Ending holds literally: a key chosen, "
            "an offered window (Thursday morning), license and title confirmed, read-back."),
    L("carkey-07.txt", K, "C", CKQ, {1: [0], 2: [8, 12], 3: [2], 4: [4, 6], 5: [6], 6: [10]},
      correct=[
          "dealer-grade smart key, $389, two-year warranty",
          "aftermarket smart key, $249, one-year warranty",
          "Thursday the 16th, 8 to 11 a.m., or Friday the 17th, 1 to 4 p.m.",
          "Until the visit the lost key still works",
          "erases every old key from the car's memory",
          "re-keying that lock is $85 if you want it",
          "by card or cash",
          "Tech calls 30 minutes out",
          "cell ending 4481",
      ],
      invented=[
          ("it's free up to the day before", N),
          ("$45 trip charge", D),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "self_answered_question"],
      notes="Labels Quickcut/Reggie. 2 invented (none, digits): free moving up to the day before (up to two hours before the "
            "window), a $45 trip charge ($65). Illegitimate ending - a required confirmation asked and answered by the rep "
            "herself in the closing turn: the ID-and-ownership-papers requirement (step 2, and part of caller condition 1) is "
            "never raised until the last turn, where she asks 'you've got your photo ID and the registration or title in your "
            "name for the tech, right?', answers 'Perfect, you're all set' in the same breath and ends; he never confirms. "
            "end_condition/end_side null."),
    L("carkey-08.txt", K, "C", CKT, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=[
          "The tech needs your photo ID plus the registration or title in your name before he cuts anything",
          "dealer-grade smart key, $389, two-year warranty",
          "aftermarket smart key, $249, one-year warranty",
          "Thursday the 16th, 8 to 11 a.m., or Friday the 17th, 1 to 4 p.m.",
          "No deposit, you pay on completion by card or cash",
          "the old key gets erased during the visit",
          "cell ending 4481",
      ],
      invented=[
          ("the tech can pop the door and grab it, we do that all the time", N),
          ("Payment's also fine by check", N),
          ("The job's about two hours", W),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "wrong_job_site"],
      notes="Labels Dana/Thornton. 3 invented (none, none, words): the tech will open the locked car to fetch the registration "
            "(no such service on the card), payment by check (card or cash), about two hours (45-60 min). Illegitimate "
            "ending - the visit booked at an address where, by the customer's own account, the car is not: he says in his "
            "first turn that the request is wrong and the car stays in the lot at the Brookside job site on Peoria, and that he "
            "will meet the tech there; the read-back sends the tech to 1827 East 41st Street and she closes. Caller condition "
            "1 requires a window 'at the car's location'. His distracted 'Yeah yeah, fine' is not a correction of the address. "
            "The wrong address in the read-back is the ending flaw itself, not labelled as an invented fact. end_condition/"
            "end_side null."),
    # ---------------- installment (bundled, 5 steps) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0], 2: [2], 3: [8], 4: [6], 5: [10]},
      correct=[
          "三期、六期或者十二期",
          "百分之零点七五、零点七和零点六五",
          "每期本金两千，手续费八十四，六期一共五百零四",
          "三期的话每期手续费九十，一共二百七",
          "十二期每期七十八，一共九百三十六",
          "九五五八八",
          "我的工号是六零二一",
          "剩下那几期的手续费还是照常收",
          "分期办了以后不能取消",
          "每还一期就恢复相应额度",
          "分期记录显示的是正常还款",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_led", "customer_asks_qa", "derived_figures"],
      notes="Complete; all figures in Chinese words. Customer-led (fee first, then 'how do I know you're the bank', early "
            "payoff, credit report), so step 4 comes before step 3. The 3- and 12-period totals (九十/二百七, 七十八/九百三十六) "
            "are derived from the card's rates and are correct. Six periods, confirmed; caller 1."),
    L("installment-02.txt", I, "B", INH, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=[
          "每期费率0.75%、0.7%、0.65%",
          "每期本金2000元，手续费84元，总共504元",
          "12期每期手续费78元，本金1000元，一共936元",
      ],
      unanswered=["不分期的话我最低还多少？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "step_skipped", "question_dodged"],
      notes="Labels 华信银行/陈先生. Step 4 skipped (no word on 'cannot be cancelled', early-payoff fees or the credit limit). "
            "The minimum-payment question is dodged ('分期的话压力会小很多哈'). The 12-period figures are derived and correct. "
            "Six periods, confirmed; caller 1."),
    L("installment-03.txt", I, "C", IN, {1: [0], 2: [2], 5: [14]},
      correct=[
          "分期可以分3期、6期、12期",
      ],
      invented=[
          ("每期费率都是0.5%", D),
          ("每期手续费60", D),
          ("六期一共三百六", W),
          ("剩下的手续费全免", N),
          ("分期办了以后随时可以取消", N),
          ("分期会在征信上显示成贷款记录", N),
          ("最低还两千就行", W),
          ("剩下的不收利息", N),
          ("我工号六零一二", W),
          ("九五五三三", W),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "reversed_rules"],
      notes="10 invented (2 digits, 4 words, 4 none): a flat 0.5% rate (0.75/0.7/0.65), 60 a period (84), 360 in all (504), "
            "early payoff waives the remaining fees (they are charged), cancellable any time (cannot be cancelled), shown as a "
            "loan on the credit report (shown as normal repayment), minimum 2000 (1850), no interest on the rest (daily "
            "interest), staff number 6012 (6021), hotline 95533 (95588). Step 3 not counted (he volunteers six periods; the rep "
            "never asks); step 4 not counted (turn 6 only contradicts it). Ending holds literally (six periods chosen, "
            "confirmed, SMS)."),
    L("installment-04.txt", I, "C", INW, {1: [0], 2: [2], 4: [4], 5: [8]},
      correct=[
          "费率0.75%、0.7%、0.65%",
          "12000分6期每期手续费84，总共504",
          "6000分6期每期手续费42，总共252",
          "分期办了不能取消",
          "每还一期恢复相应额度",
      ],
      invented=[
          ("提前还清的话要收剩余本金的3%违约金", D),
          ("分期期间这张卡的年费也免了", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "amount_enlarged"],
      notes="Labels 华信银行/陈伟. 2 invented (digits, none): a 3% early-repayment penalty on the remaining principal (the "
            "remaining fees are charged), the annual fee waived during the instalments (not on the card). '6000分6期每期手续费"
            "42，总共252' is derived from the card's 0.7% and listed as correct. Illegitimate ending - the amount enlarged "
            "beyond what the customer set: he says twice he wants to split only 6000 and repay the other 6000 himself, and "
            "confirms '就六千那部分啊'; the rep's confirmation question says only '这笔账单', and the closing reports '这笔12000元"
            "已经为您办好6期分期，每期手续费84元'. Caller condition 1 (he agreed to the instalment plan) is not met for what was "
            "booked. end_condition/end_side null."),
    # ---------------- isp-visit (bundled, 5 steps) ----------------
    L("isp-visit-01.txt", P, "A", IS, {1: [0], 2: [2], 3: [6], 4: [8], 5: [12]},
      correct=[
          "it's a fault at the wall socket",
          "The repair itself takes about an hour, and there's no charge for it",
          "the visit and the new socket are free since the fault's on our side",
          "fifteen-dollar credit on your next bill",
          "Tuesday or Thursday, morning or afternoon",
          "Someone over eighteen needs to be home",
          "Weekends are Saturday mornings only, and the next free one is two weeks out",
          "texts you thirty minutes before arriving",
          "one eight hundred, five five five, zero one nine nine",
          "at least four hours before the slot",
          "test the speed with you before he leaves",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete; figures in words, the 1-800 number read digit by digit. Refund and weekend questions answered per the "
            "Q&A. The rep asks what else worries her, which surfaces the latent concern (a late technician), answered with "
            "the 30-minute text and the free move. Thursday afternoon, she is home; caller 1."),
    L("isp-visit-02.txt", P, "B", ISF, {1: [0], 3: [2]},
      correct=[
          "Tuesday or Thursday, morning or afternoon",
          "the visit's free, the fault's on our side",
      ],
      unanswered=["And do I get anything back for this week?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "step_skipped", "question_dodged", "early_legit_end"],
      notes="Labels FiberLink/Linda. Step 2 skipped (the wall-socket fault and the one-hour repair are never explained; "
            "'free' comes only as the Q&A answer). The refund question is dodged ('I'm sorry to hear that. So, Tuesday or "
            "Thursday?'). She wants to check her calendar and asks for the options by text: caller condition 2, legitimate."),
    L("isp-visit-03.txt", P, "C", IS, {1: [0], 2: [2], 3: [8], 4: [10], 5: [12]},
      correct=[],
      invented=[
          ("the fault's in your router, so the technician will swap the router", N),
          ("about fifteen minutes", W),
          ("There's a forty-nine dollar call-out fee", W),
          ("it's waived if you sign up for our premium support", N),
          ("You'll get a $25 credit on your next bill", D),
          ("Monday or Wednesday, morning or afternoon", N),
          ("anyone over 14 can let him in", D),
          ("will call you ten minutes before arriving", W),
          ("just reply to the text any time", N),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "reversed_rules"],
      notes="9 invented (2 digits, 3 words, 4 none): the router (the wall socket), fifteen minutes (about an hour), a $49 "
            "call-out fee (free) waived with premium support, a $25 credit ($15), Monday/Wednesday (Tuesday/Thursday), over 14 "
            "(over 18), a call ten minutes ahead (a text thirty minutes ahead), move by replying any time (call 1-800-555-0199 "
            "at least four hours before). Steps 2-5 counted with wrong content. Ending holds literally: a slot booked and "
            "she will be home."),
    L("isp-visit-04.txt", P, "C", ISP, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10]},
      correct=[
          "fault at the wall socket, so a technician needs to replace it at your home",
          "About an hour, and no charge",
          "a $15 credit on your next bill",
          "Tuesday or Thursday, morning or afternoon",
          "Someone over 18 needs to be home to let the technician in",
      ],
      invented=[
          ("text you fifteen minutes before arriving", W),
          ("move the slot for free any time up to the morning of the visit", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "access_blocked"],
      notes="Labels FiberLink/Linda Park. 2 invented (words, none): a text fifteen minutes ahead (thirty), moving free up to "
            "the morning of the visit (call at least four hours before the slot). Illegitimate ending - a booking closed "
            "while the customer says the technician will be refused entry: her building lets no contractor up without 48 "
            "hours' notice and an insurance certificate emailed to the super; she asks the rep to send it, he waves it off, "
            "and she says three times that the technician will not get past the front desk. The card's task is someone home "
            "'to let the technician in'; she is home but cannot let him in, and the rep closes 'you're booked'. His 'We don't "
            "really do certificates...' is the framing of the ending flaw, not labelled. end_condition/end_side null."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
