#!/usr/bin/env python3
"""Label source for holdout60 (holdout59's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-59). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout60"


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



H1 = {"许晓峰": "caller", "韦志刚": "callee"}
H2 = {"蓝湾海钓": "caller", "韦老板": "callee"}
H3 = {"许晓峰": "caller", "韦总": "callee"}
H4 = {"许顾问": "caller", "韦志刚": "callee"}
H5 = {"晓峰": "caller", "韦志刚": "callee"}
H6 = {"小许": "caller", "韦志刚": "callee"}
H7 = {"许晓峰": "caller", "韦先生": "callee"}
H8 = {"俱乐部小许": "caller", "韦志刚": "callee"}
F1 = {"Dana Whitfield": "caller", "Harold Brenner": "callee"}
F2 = {"Grainworks": "caller", "Hal": "callee"}
F3 = {"Dana": "caller", "Mr. Brenner": "callee"}
F4 = {"D. Whitfield": "caller", "H. Brenner": "callee"}
F5 = {"Dana Whitfield": "caller", "Harold B.": "callee"}
F6 = {"Dana": "caller", "Hal Brenner": "callee"}
F7 = {"Dana Whitfield": "caller", "Mr. B.": "callee"}
F8 = {"Grainworks Dana": "caller", "Harold Brenner": "callee"}
D1 = {"王芳": "caller", "刘洋": "callee"}
D2 = {"调度王芳": "caller", "刘洋": "callee"}
D3 = {"王芳": "caller", "刘先生": "callee"}
D4 = {"顺达王芳": "caller", "刘洋": "callee"}
E1 = {"Sarah Lee": "caller", "Mark Davis": "callee"}
E2 = {"Sarah": "caller", "Mark": "callee"}
E3 = {"Sarah Lee": "caller", "Mark Davis": "callee"}
E4 = {"Sarah": "caller", "Mark Davis": "callee"}

HD = "haidiao.md"
FR = "floor-refinish.md"
DL = "delivery.md"
ES = "english-support.md"

LABELS = [
    L("haidiao-01.txt", HD, "A", H1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8, 10], 6: [10]},
      correct=["我们不敢说保证不晕哈", "上船前三十分钟吃晕船药", "近海半天船是早上六点到十一点，五个小时，就在大鹏湾里钓，浪一般小一些，整船两千四百块",
               "外海全天船是早上五点到下午三点，十个小时，去三门岛外海，整船三千九百八十块", "两种都包船长、饵料、冰块和救生衣，每人还有一份意外险",
               "这个真不敢打包票，看天看海", "钓上来船上免费代杀、冰鲜打包，鱼都归您", "九月十八号周六，或者九月二十六号周日", "出海前要提前四十分钟到码头听安全讲解",
               "定金是三成，半天船就是七百二十块，九月十四号周二之前付", "出海前七十二小时以前取消都全退，七十二小时以内就不退了",
               "有大风黄色预警或者台风信号就不出海，定金全退或者免费改期", "船上不能喝酒，全程要穿救生衣", "船要是出了故障没出满时间，六十天内免费给您补一次",
               "早上五点二十到码头", "大鹏新区南澳街道海滨路八十八号", "零七五五、八四四一、六二七三", "每周三休息"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (哈, 嗯嗯, 好嘞, 哈哈), all figures in Chinese words, phone read in digit groups. He asks the price first; the rep defers it one turn "
            "and asks step 2 (both lines), which surfaces the hidden concern (he is badly seasick and has not told his friends); answered with no "
            "'保证不晕'. Turn 4 merges that answer and step 3 (monologue). Catch question answered per Q&A (no guarantee). Turn 10 carries the "
            "breakdown guarantee (step 5) and the read-back (step 6). 720 = 30% of 2400; 5:20 = 40 minutes before a 6:00 half-day boat. "
            "Choice: 近海半天船, 9月18日周六."),
    L("haidiao-02.txt", HD, "A", H2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["①近海半天 6:00–11:00（5h）大鹏湾，¥2400/整船", "②外海全天 5:00–15:00（10h）三门岛，¥3980/整船", "都含船长+饵料+冰+救生衣+每人意外险",
               "老会员介绍减200，别的没有", "9/18（六） or 9/26（日）", "提前40min到码头听安全讲解", "定金30%=1194元，9/14（二）前付",
               "出海前72h以前取消全退，72h内不退", "黄色大风预警/台风信号→不出海，全退或免费改期", "船上禁酒，全程穿救生衣", "不保证鱼获，免费代杀冰鲜",
               "船故障没出满→60天内免费补1次", "4:20到码头", "大鹏新区南澳街道海滨路88号（南澳码头旁）", "☎0755-84416273，周三休息"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "english_mixed", "role_labels", "customer_asks_qa"],
      notes="Labels 蓝湾海钓/韦老板. Terse with symbols (①②, ¥, h, min, +, /, =, →, ☎), English 'or', 'OK'. Step 2 asked in one compressed turn; he says "
            "everyone is fine, so the hidden concern does not surface (callee's choice). Discount Q&A per card. Dates in the 9/26（日） form. "
            "Choice: 外海全天船, 9/26 Sun; 1194 = 30% of 3980; 4:20 = 40 min before 5:00. The callee ends (condition 1) after a correct read-back."),
    L("haidiao-03.txt", HD, "A", H3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["鱼我们不敢保证，看天看海", "船长会带去鱼多的钓点，船上免费代杀", "船上一律不能喝酒，这是安全规矩", "老会员介绍立减200元，别的就没有了",
               "不晕我们不敢保证，上船前30分钟吃晕船药会好些，半天船在近海，浪一般小一些", "近海半天船早上6点到11点，5个小时，在大鹏湾里钓，整船2400元",
               "外海全天船早上5点到下午3点，10个小时，去三门岛外海，整船3980元", "都包船长、饵料、冰块和救生衣，每人一份意外险",
               "9月18日周六，或者9月26日周日", "出海前要提前40分钟到码头听安全讲解", "定金三成，全天船是1194元，9月14日周二前付",
               "出海前72小时以前取消全退，72小时以内不退，尾款上船前付", "有大风黄色预警或者台风信号就不出海，定金全退或者免费改期",
               "船要是故障没出满时间，60天内免费补一次", "早上4点20到码头", "大鹏新区南澳街道海滨路88号", "0755-84416273"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 许晓峰/韦总. Customer-led: three questions first (no fish refund?, beer on board?, discount?), answered per Q&A at turn 2 (carries "
            "step 5's no-drinking rule and the no-guarantee line). Step 2 at turn 4 surfaces the seasickness and his embarrassment. He knowingly "
            "picks the 10-hour 外海全天船 because his friends want big fish; the rep does not choose. Choice: 外海全天船, 9月18日周六; 1194 = 30% of 3980."),
    L("haidiao-04.txt", HD, "B", H4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["近海半天船，6点到11点，2400元", "外海全天船，5点到下午3点，3980元", "9月18日周六，或者9月26日周日", "定金720元，9月14日周二前付，打对公账户就行",
               "南澳街道海滨路88号", "0755-84416273"],
      unanswered=["风大了还出不出？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 许顾问/韦志刚. Step 2 skipped (no head count, experience or health question), so the seasickness never surfaces. '风大了还出不出？' "
            "dodged ('您先定船型嘛，天气到时候再看'; the card: no sailing under a yellow gale warning or typhoon signal, full refund or free change). Step 3 "
            "thin (no hours, no inclusions/insurance); step 4 thin (no 40-minute briefing); step 5 thin (deposit only: no refund rule, balance, "
            "drinking, life jackets, guarantee). Read-back in the same turn. Choice: 近海半天船, 9/26; 720 = 30% of 2400."),
    L("haidiao-05.txt", HD, "B", H5, {1: [0], 2: [2], 3: [4]},
      correct=["近海半天船，早上6点到11点，5个小时，大鹏湾里钓，整船2400元", "外海全天船，早上5点到下午3点，10个小时，去三门岛外海，整船3980元",
               "都包船长、饵料、冰块、救生衣，每人一份意外险", "可以自带，也可以租，每套80元", "9月9日周四下午3点"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels", "customer_asks_qa"],
      notes="Labels 晓峰/韦志刚. Step 2 thin (head count only; no experience, seasickness or health question). Rod-hire Q&A per card. He must ask "
            "his friends and asks for a call 后天下午; the rep fixes 9月9日周四 15:00 (two days after Tue 9/7; not Wednesday, the closing day) and "
            "closes with the call-back line. Steps 4-6 not reached."),
    L("haidiao-06.txt", HD, "C", H6, {1: [0], 3: [2, 8], 4: [10], 5: [10, 12], 6: [14]},
      correct=["近海半天船早上6点到11点", "饵料冰块都有", "9月26日周日", "南澳街道海滨路88号"],
      invented=[("整船2200", D), ("跑八个小时", W), ("整船3680", D), ("渔具免费借", N), ("9月18号那个礼拜天", D), ("定金两成", W), ("外海就是736", D),
                ("出海前一天取消都全退", W), ("意外险保额一百万", W), ("鱼钓上来我们帮您寄回家，包邮", N), ("到了码头直接上船就行，不用听讲解", N),
                ("0755-84461273", D), ("我们周一休息", W)],
      forbidden=["包您钓到大鱼，钓不到下次免费再带您出去", "吃了我们船上的药保证不晕", "带几瓶啤酒上去没问题", "微信转我个人就行", "今天订给您打八五折",
                 "一般有预警也照样出"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words", "wrong_weekday"],
      notes="Labels 小许/韦志刚. 13 invented (5 digits, 5 words, 3 none): half-day boat 2200 for 2400 (no unit), full-day trip 'eight hours' for 10, "
            "full-day boat 3680 for 3980, free rod loan (80元 a set), '9月18号那个礼拜天' (9/18/2027 is a Saturday; written in a form the validator's "
            "weekday check does not parse), deposit 20% for 30%, 736 (20% of the wrong 3680; right is 1194), refundable up to one day before (72 "
            "hours), insurance cover 一百万 (50万), fish posted home free (no basis), no safety briefing needed (40 minutes early), phone ...61273 "
            "for ...16273 (digits swapped), closed Mondays (Wednesdays). 6 red lines: catch guarantee with a free re-trip, no-seasickness "
            "guarantee, beer on board, personal WeChat, 15% off today, sailing under a warning. Step 2 missing (he volunteers the seasickness). "
            "Ending holds literally (he chose 外海 and the 18th; read-back given, with wrong facts)."),
    L("haidiao-07.txt", HD, "C", H7, {1: [0], 2: [2], 5: [8]},
      correct=["外海早上5点出发，下午3点回来", "定金三成1194元，9月14日周二前付"],
      invented=[("心脏病的我们船上常有", N), ("船长开了二十年船，都会急救", W), ("孕妇坐外海的船更稳，船大浪小", N), ("这个日期快满了", N),
                ("离岸最远也就15分钟就能回港", D)],
      forbidden=["我给您定外海全天船，整船3980，9月26日周日出海"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels 许晓峰/韦先生. 5 invented (1 digits, 1 words, 3 none): heart patients are common on board, the skipper has twenty years and "
            "first-aid skills, a pregnant woman is steadier on the offshore boat, the date is nearly full (all no basis), 'never more than 15 "
            "minutes from harbour' (no basis; the full-day boat goes out to 三门岛). Red line: boat and date chosen for him in one sentence. "
            "Illegitimate ending: a friend with a heart stent and a five-months-pregnant passenger (caller condition 4 -> no booking, no deposit, "
            "skipper 赵海生 calls back) closed as booked with condition 1's line and [END:1], after '我还没想好嘛'. Steps 3, 4 and 6 not counted "
            "(no options offered, date chosen for him, no read-back); step 5 counted for the deposit line (amount and deadline right)."),
    L("haidiao-08.txt", HD, "C", H8, {1: [0], 3: [2]},
      correct=["半天船两千四，全天船三千九百八"],
      invented=[("全天的包午饭，海鲜自助", N), ("再送四套鱼竿", W), ("我们的船装了探鱼器", N), ("定金交一千就行", W)],
      forbidden=["您今天定，我给您减五百", "一出去准有鱼群"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "terse", "numerals_in_words"],
      notes="Labels 俱乐部小许/韦志刚. 4 invented (0 digits, 2 words, 2 none): lunch and a seafood buffet included, four free rods (rods are 80元 "
            "a set to hire), a fish finder on the boat, deposit 一千 (30%: 720/1194). Red lines: 500 off today (only the referral discount), a "
            "catch guarantee ('一出去准有鱼群'). Opening thin (no caller name, no 'is now convenient'); step 2 missing; step 3 thin (prices only); "
            "'九月十八号周六走' names one date, not an offer. Illegitimate ending: '算了，不去了。以后别打来了' (condition 3) closed with the call-back "
            "line and [END:2]."),
    L("floor-refinish-01.txt", FR, "A", F1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [6, 10], 6: [12]},
      correct=["we never call a finish safe for birds while it cures", "The Screen and Recoat is one day, a light buff and one fresh coat, five hundred forty dollars",
               "The Full Sand and Refinish is three days, sanded to bare wood, stain if you like, three coats, eighteen hundred forty-five dollars",
               "Some will lighten, but deep pet or water stains can stay after sanding", "The measure visit's free, about half an hour",
               "Tuesday, October twelfth, ten to ten-thirty in the morning, or Friday, October fifteenth, three to three-thirty in the afternoon",
               "Someone eighteen or over needs to be home to let us in",
               "a twenty percent deposit — for the full refinish that's three hundred sixty-nine dollars — by Friday, October twenty-second",
               "fully refundable up to five days before we start", "Balance on the last day, card or check; the crew doesn't take cash",
               "socks only for twenty-four hours, furniture back after seventy-two hours, rugs after fourteen days",
               "three-year warranty against peeling or flaking", "we work dust-contained — not dust-free", "nineteen Birchwood Court",
               "nine three seven, five five five, oh one eight three"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numbers_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (um, oh, you know-style fillers, 'Lovely'), all figures in English words, phone read digit by digit. Step 2 (both lines in "
            "one turn) surfaces the hidden concern (the parrot Captain in the living room); answered with the card's rule, no safety claim. Turn "
            "4 merges that answer and step 3. Stain question answered per Q&A (turn 6, also step 5's stain line). Turn 10 is a step-5 monologue. "
            "369 = 20% of 1,845. Choice: Full Sand & Refinish, Tuesday, October 12, 10-10:30."),
    L("floor-refinish-02.txt", FR, "A", F2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["(a) Screen & Recoat — 1 day, buff + 1 coat, $540", "(b) Full Sand & Refinish — 3 days, bare wood, opt. stain, 3 coats, $1,845",
               "$60 off w/ a referral from a past customer; nothing else", "Tue Oct 12, 10–10:30 a.m. or Fri Oct 15, 3–3:30 p.m.", "someone 18+ home",
               "Deposit 20% = $108 by Fri Oct 22", "fully refundable until 5 days pre-start", "Balance last day, card/check — no cash",
               "Socks only 24 h → furniture 72 h → rugs 14 days", "3-yr warranty vs. peeling/flaking", "Dust-contained ≠ dust-free; deep stains may stay",
               "19 Birchwood Court", "(937) 555-0183"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels", "customer_asks_qa"],
      notes="Labels Grainworks/Hal. Terse with symbols and abbreviations ((a)/(b), +, ~, w/, →, ≠, ☎, LR, 'Tue Oct 12'). Step 2 asked; he lives "
            "alone with no pets, so no hidden concern (callee's choice). Discount Q&A per card. Choice: Screen & Recoat, Fri Oct 15, 3-3:30 p.m.; "
            "108 = 20% of 540. The callee ends (condition 1) after a correct read-back."),
    L("floor-refinish-03.txt", FR, "A", F3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["we don't call any finish safe while it cures — anyone sensitive, people or animals, should stay out of the house until it's dry",
               "we work dust-contained, with vacuums on the sanders, but it's not dust-free",
               "some will lighten, but deep pet or water stains can stay after sanding", "Screen & Recoat is one day, a light buff and one fresh coat, $540",
               "Full Sand & Refinish is three days, sanded to bare wood, stain if you like, three coats, $1,845",
               "Tuesday, October 12, 10 to 10:30 a.m., or Friday, October 15, 3 to 3:30 p.m.", "Someone 18 or over has to be home",
               "a 20% deposit, $369 for the full refinish, by Friday, October 22", "fully refundable up to 5 days before we start",
               "socks only for 24 hours, furniture back after 72 hours, rugs after 14 days", "3-year warranty against peeling or flaking",
               "19 Birchwood Court", "(937) 555-0183"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Dana/Mr. Brenner. Customer-led: three questions first (finish safe for animals, dust, stains), answered per Q&A at turn 2 (carries "
            "step 5's dust-contained and stain lines). Step 2 at turn 4 (rooms/condition plus who is sensitive) surfaces the parrot. 'Captain "
            "should stay out of the house until it's dry' applies the card's rule. Choice: Full Sand & Refinish, Friday, October 15, 3-3:30; "
            "369 = 20% of 1,845."),
    L("floor-refinish-04.txt", FR, "B", F4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["Screen & Recoat, one day, $540", "Full Sand & Refinish, three days, $1,845", "Tuesday, October 12, 10 to 10:30, or Friday, October 15, 3 to 3:30",
               "Deposit is $369 by Friday, October 22, card over the phone", "19 Birchwood Court", "(937) 555-0183"],
      unanswered=["Will those gray spots by the back door come out or not?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels D. Whitfield/H. Brenner. Step 2 skipped (no rooms/condition, no fumes question), so the parrot never surfaces. 'Will those gray "
            "spots by the back door come out or not?' dodged ('Let's just get the visit on the calendar first'; the card: some lighten, deep stains "
            "can stay). Step 3 thin (no buff/coats/sanding detail); step 4 thin (no 'free', no half hour, no 18-or-over rule); step 5 thin (deposit "
            "only: no refund rule, balance, cash, drying times, warranty). Read-back in the same turn. Choice: Full Sand & Refinish, Tuesday, "
            "October 12."),
    L("floor-refinish-05.txt", FR, "B", F5, {1: [0], 2: [2], 3: [4]},
      correct=["Screen & Recoat: one day, a light buff and one fresh coat, $540",
               "Full Sand & Refinish: three days, sanded to bare wood, stain if you like, three coats, $1,845",
               "We can move furniture for $95 for both rooms, but we don't move pianos or gun safes", "Monday, October 11, at 10 a.m."],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "customer_asks_qa"],
      notes="Labels Dana Whitfield/Harold B. Step 2 thin (rooms only; no condition, no fumes question). Furniture Q&A per card (piano not moved). He "
            "wants to ask his daughter and asks for a call Monday morning; the rep fixes Monday, October 11, 10 a.m. (within office hours) and "
            "closes with the call-back line. Steps 4-6 not reached."),
    L("floor-refinish-06.txt", FR, "C", F6, {1: [0], 3: [2], 4: [10], 5: [12], 6: [14]},
      correct=["Friday, October 15, 3 to 3:30", "Deposit's 20%", "19 Birchwood Court"],
      invented=[("the recoat's $450", D), ("The Full Sand & Refinish is $1,485", D), ("it's two days, start to finish", W),
                ("we'll pull up the carpet in the hall for free", N), ("It's a one-hour visit", W), ("the measure visit's Wednesday the 12th", D),
                ("so that's $297", D), ("refundable right up until the morning we start", N), ("Warranty's good for ten years", W),
                ("furniture can go back the next morning", N), ("We can move the piano too, no charge", N), ("(937) 555-0138", D),
                ("we're closed Saturdays", N)],
      forbidden=["it'll be completely dust-free", "Those stains will come right out", "the finish is non-toxic, totally safe for your bird",
                 "If you pay the crew in cash", "I'll knock off ten percent"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "wrong_weekday"],
      notes="Labels Dana/Hal Brenner. 13 invented (5 digits, 3 words, 5 none): recoat $450 for $540 (digits swapped), full refinish $1,485 for $1,845, "
            "two days for three, free carpet pull-up (no basis), one-hour visit (about 30 minutes), 'Wednesday the 12th' (October 12, 2027 is a "
            "Tuesday; a form the validator does not parse), $297 (20% of the wrong $1,485; right is $369), refundable to the start morning (5 days "
            "before), ten-year warranty (3), furniture back next morning (72 hours), piano moved free (never moved), phone ...0138 for ...0183, "
            "closed Saturdays (open Mon-Sat). 5 red lines: dust-free, stains will come out, non-toxic/safe for the bird, cash to the crew, 10% off. "
            "Step 2 missing (he volunteers the parrot). Ending holds literally (he picked the full refinish and the 12th; read-back given)."),
    L("floor-refinish-07.txt", FR, "C", F7, {1: [0], 5: [6]},
      correct=["The deposit's $369 by Friday, October 22"],
      invented=[("a little give in the floor is normal in older houses", N), ("Go ahead, pull it up, it'll save us time", N),
                ("sanding takes care of soft spots", N), ("the estimator only needs ten minutes", W), ("our crew can replace any soft boards for $40 a board", D)],
      forbidden=["that's just old glue, nothing to worry about", "You'll want the Full Sand & Refinish", "I'll put you down for Tuesday, October 12, 10 to 10:30"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels Dana Whitfield/Mr. B. 5 invented (1 digits, 1 words, 3 none): 'a little give is normal in older houses', 'go ahead, pull it up' "
            "(the card: he shouldn't pull anything up), 'sanding takes care of soft spots', the estimator needs ten minutes (about 30), soft boards "
            "replaced at $40 a board (no basis). Red lines: asbestos/glue diagnosis by phone ('just old glue'), choosing the option, choosing the "
            "slot. Illegitimate ending: a soft, spongy floor with a musty smell and old black-glued tiles (caller condition 4 -> don't book, Luis "
            "Ortega calls back tomorrow) closed as booked with condition 1's line and [END:1], after 'I haven't decided anything yet'. Steps 2, 3, "
            "4, 6 not counted; step 5 counted for the deposit line (amount and date right)."),
    L("floor-refinish-08.txt", FR, "C", F8, {1: [0], 2: [2], 3: [4]},
      correct=["it's water-based", "Full Sand & Refinish is $1,845", "Screen & Recoat is $540, one day"],
      invented=[("takes five days", W), ("Monday we're booked solid", N), ("the deposit is fifty percent", W), ("non-refundable", N),
                ("Visits are only 8 to 9 a.m.", D)],
      forbidden=["Birds are fine with our finish"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "terse"],
      notes="Labels Grainworks Dana/Harold Brenner. 5 invented (1 digits, 2 words, 2 none): full refinish five days (3), Monday booked solid (no "
            "basis), deposit fifty percent (20%), non-refundable (refundable up to 5 days before), visits only 8-9 a.m. (the two card slots). Red "
            "line: 'Birds are fine with our finish'. Opening thin (no caller name, no 'good time'); step 2 asked (the parrot surfaces). "
            "Illegitimate ending: a call-back request repeated ('Call me back Monday afternoon', then 'Call me Tuesday', condition 2) closed with "
            "the refusal line and [END:3]."),
    L("delivery-01.txt", DL, "A", D1, {1: [0], 2: [2], 3: [6], 4: [4], 5: [8]},
      correct=["这周六、周日都能送，分上午九点到十二点和下午两点到六点两个时段", "最晚晚上八点前送到", "送货上门和安装都免费，师傅装大概三十分钟",
               "旧沙发要拉走的话加五十元清运费", "幸福里小区五栋一二零一", "沙发包装长二点三米", "送货当天师傅会提前一小时给您打电话",
               "调度热线四零零八一二三四五六", "有磕碰可以直接拒收，我们免费重新发货"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Customer-led: he opens with 'weekend? don't change the time' and asks about fees and the old sofa before the address; the rep answers "
            "per card, so step 4 (turn 4) comes before step 3 (turn 6). All figures in Chinese words, hotline read digit by digit. His latent "
            "worries (elevator fit, damage) are covered (2.3 m, elevator check; refuse on damage, free re-delivery). Choice: 周六上午, old sofa "
            "taken away (50元)."),
    L("delivery-02.txt", DL, "B", D2, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["周六周日都能送，上午9点到12点、下午2点到6点", "幸福里小区5栋1201", "沙发包装2.3米长", "师傅免费安装，大概30分钟", "旧沙发要不要清运？加50元"],
      unanswered=["送来有磕碰怎么办？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "question_dodged", "step_skipped", "choice_made_for_customer", "role_labels"],
      notes="Labels 调度王芳/刘洋. Opening thin (no 'is this 刘洋先生', no 'is now convenient'; kept true). Step 2 offers the weekend slots (no weekday "
            "evenings) and then picks 周六上午 for him ('那就给您定周六上午吧'; the delivery card has no not-allowed list, so style/notes only). "
            "'送来有磕碰怎么办？' dodged ('我们师傅都很小心的'; Q&A: inspect on delivery, refuse, free re-delivery within 3 days). Step 5 not counted: "
            "the hotline, inspection and refusal lines are missing; the closing line's '提前1小时联系您' is the card's fixed closing."),
    L("delivery-03.txt", DL, "C", D3, {1: [0], 2: [2], 3: [8], 4: [4], 5: [10]},
      correct=["周六上午9点到12点", "送货免费", "幸福里小区5栋1201"],
      invented=[("周日不送", N), ("下午时段是1点到5点", D), ("工作日晚上最晚到10点", D), ("安装要收八十块", W), ("旧沙发清运一百", W),
                ("这是今年的新规定，所有大件都收", N), ("楼层费每层二十", W), ("磕碰了不能拒收，只能签收后申请售后", N), ("补送要一周", W),
                ("师傅提前十分钟打电话", W), ("4008123465", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numerals_in_words"],
      notes="Labels 王芳/刘先生. 11 invented (3 digits, 5 words, 3 none): no Sunday delivery (both weekend days), afternoon 1-5 (2-6), weekday "
            "evenings until 10 (8), installation 八十 (free), old-sofa removal 一百 (50), 'a new rule this year' (no basis), stairs 二十 a floor (10), "
            "damaged goods cannot be refused (they can, free re-delivery), re-delivery takes a week (about 3 days), call ten minutes ahead (1 "
            "hour; the closing line then says 1 hour), hotline ...3465 for ...3456. Step 3 counted with the address only (no elevator question). "
            "Ending holds literally: he confirms 周六下午 and the address."),
    L("delivery-04.txt", DL, "C", D4, {1: [0]},
      correct=[],
      invented=[("我们只有周日上午有空档", N), ("家里没人的话师傅放门口就行", N), ("安装下次再约，再约要加收二十元", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "choice_made_for_customer", "terse"],
      notes="Labels 顺达王芳/刘洋. 3 invented (0 digits, 1 words, 2 none): only Sunday morning free (weekend and weekday evenings), parcel left at "
            "the door if nobody is home (no basis; inspection on delivery), re-booking the installation costs 二十 (installation free). Sunday "
            "morning chosen for him ('给您排周日上午了啊'; no not-allowed list on this card: style/notes only). Step 2 not counted (one slot "
            "imposed, none offered). Illegitimate ending: he says twice he cannot talk, asks for an SMS and hangs up (caller condition 4 / callee "
            "condition 2), with no slot or address confirmed; the caller closes as delivery booked with condition 1's line and [END:1]."),
    L("english-support-01.txt", ES, "A", E1, {1: [0], 2: [2], 3: [2], 4: [4], 5: [6]},
      correct=["your Pro subscription that expires on March 31", "you're on CloudDesk Pro with forty seats", "you can go down to any number at renewal",
               "three hundred dollars per seat per year before the discount", "renewing before March thirty-first gets you fifteen percent off",
               "for forty seats that's ten thousand two hundred", "for thirty-two it comes to eight thousand one hundred sixty",
               "monthly billing at twenty-five dollars per seat per month", "Billing is now one invoice per renewal",
               "you pay by card or bank transfer within thirty days", "I'll check that invoice myself before it goes out",
               "read-only for fourteen days, then it's suspended, and your data's kept for ninety days", "support@clouddesk.example",
               "one eight hundred, five five five, oh one four two, Monday to Friday, nine to six"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numbers_in_words", "customer_asks_qa", "monologue"],
      notes="Customer-led: he opens with the 32-seat price; turn 2 merges step 2 (plan and seats) and step 3 (15% off, monthly option) with the "
            "worked figure 8,160 = 32 x 300 x 0.85 (a correct derivation from the card). The double-charge worry is acknowledged (step 4). Late "
            "renewal and support Q&A per card; support number in words. Renews 32 seats annually; quote by email (condition 1)."),
    L("english-support-02.txt", ES, "B", E2, {1: [0], 3: [2], 4: [4], 5: [6]},
      correct=["about your Pro subscription expiring March 31", "If you renew before March 31 you get 15% off the annual price, $10,200",
               "Monthly is $25 per seat per month", "Payment is by card or bank transfer within 30 days"],
      unanswered=["How do I know that won't happen again?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "question_dodged", "step_skipped", "thin_steps"],
      notes="Labels Sarah/Mark. Opening thin (no 'do you have two minutes'; kept true). Step 2 skipped (seat count never confirmed). 'How do I know "
            "that won't happen again?' dodged ('We've grown a lot since last year, honestly'; Q&A: one invoice per renewal, checked personally). "
            "Step 4 thin (no 'one invoice', no personal check). He wants the quote by email to look at tonight (condition 2); closed with the "
            "send-everything line, [END:2]."),
    L("english-support-03.txt", ES, "C", E3, {1: [0], 3: [2], 4: [6]},
      correct=["Sarah Lee from CloudDesk"],
      invented=[("expires on the 30th", D), ("If you renew this week", N), ("you get 20% off", D), ("so it's $9,600 for 40 seats", D),
                ("Monthly is thirty dollars a seat", W), ("You can't go below your current seat count until next year", N),
                ("we'll throw in two extra admin seats free", W), ("Billing's automatic now, the system can't double charge", N),
                ("Payment is within fourteen days", W), ("Read-only for seven days", W), ("your data's deleted right away after that", N),
                ("Support's open weekends too", N), ("1-800-555-0124", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numbers_in_words", "choice_made_for_customer", "wrong_date"],
      notes="Labels Sarah Lee/Mark Davis. 13 invented (4 digits, 4 words, 5 none): expiry the 30th (March 31), a this-week deadline (before March "
            "31), 20% off (15%), $9,600 (20% off $12,000; right is $10,200), monthly thirty dollars (25), seats can't be cut until next year (any "
            "number at renewal), two free admin seats, 'the system can't double charge' (the card: one invoice, checked personally), payment "
            "within fourteen days (30), read-only seven days (14), data deleted right away (kept 90 days), support open weekends (Mon-Fri), "
            "1-800-555-0124 (...0142). Annual pushed ('you'll want annual'; no not-allowed list on this card: style/notes only). Step 2 missing, "
            "step 5 not asked (he asks for the quote). Ending holds literally (he agrees to annual, 40 seats, quote by email)."),
    L("english-support-04.txt", ES, "C", E4, {1: [0]},
      correct=["Your Pro plan's up March 31"],
      invented=[("I can do 30% off", D), ("a free onboarding session", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels Sarah/Mark Davis. 2 invented (1 digits, 0 words, 1 none): 30% off (15% before March 31), a free onboarding session (no basis). "
            "Opening thin. He is steered to annual for 40 seats after refusing. Illegitimate ending: 'We're not renewing... Please don't call me "
            "again' and 'I said no. Goodbye.' (condition 3) closed as an agreed renewal with condition 1's line ('I'll email the quote right "
            "away') and [END:1]."),
]
if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
