#!/usr/bin/env python3
"""Label source for holdout46 (holdout45's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-45). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout46"


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


JS = {"林晓雯": "caller", "周振华": "callee"}
JSC = {"拾瓷堂": "caller", "周老师": "callee"}
JSK = {"林客服": "caller", "周振华": "callee"}
JSX = {"小林": "caller", "周老师": "callee"}
UW = {"Nora Lindqvist": "caller", "Gus Papadakis": "callee"}
UWW = {"WKVR": "caller", "Gus": "callee"}
UWN = {"Nora": "caller", "Gus Papadakis": "callee"}
UWK = {"Kettle Valley Public Radio": "caller", "Gus": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
IS = {"Tom Baker": "caller", "Linda Park": "callee"}

J = "jinshan.md"
U = "underwriting.md"
I = "installment.md"
V = "isp-visit.md"

LABELS = [
    # ---------------- jinshan (Chinese, new, 6 steps) ----------------
    L("jinshan-01.txt", J, "A", JS, {1: [0], 2: [2], 3: [4], 4: [10, 12], 5: [4, 12], 6: [14]},
      correct=["三月五号周五", "每厘米五十块，您这只大概八百块", "工期大概四十五天", "每颗三十，您这只大概十颗，三百块左右，工期大概七天",
               "不打穿的哈", "两种都看得出修过", "我们不保证看不出来", "加急也不行", "孔只打到瓷胎一半深，不打穿", "不收修复费",
               "三月十三号周六上午十点到十二点，或者三月十六号周二下午三点到五点", "三月二十号周六前后能取",
               "高出百分之十以上，开工前一定先打电话问您同不同意", "送件交定金一百块，余款取件的时候付", "不收现金",
               "不能进微波炉，也不能进洗碗机", "锔钉会留下钉眼，拆了也在的", "免费保管三十天，超过三十天每月收二十块保管费",
               "价格是统一的，没有折扣，定金也不能免", "零五七一，八六九零，三三七二", "周二到周日上午十点到下午六点，周一休息",
               "象山路五十六号", "尾号六二七一"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (哈, 嗯, 那个, 好嘞). Figures in Chinese words (每厘米五十块, 八百块, 四十五天, 零五七一，八六九零，三三七二, "
            "尾号六二七一). The step-2 question about the bowl's meaning surfaces the hidden concern (母亲九十冥诞 4月10日); the rep says "
            "金缮 cannot make it and cannot be rushed, and only 锔钉 can. '你们觉得哪个好？' answered without choosing for him. Drilling, "
            "discount and phone Q&A per card. Turn 12 is a monologue merging steps 4 and 5. '三月二十号周六前后' is the card's 7 days "
            "from 3/13 (derived, correct). 锔钉, 3/13 Saturday. The 金缮 one-year warranty is not mentioned (irrelevant to 锔钉)."),
    L("jinshan-02.txt", J, "A", JSC, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=["3/5（五）", "均以到店实测为准", "50元/厘米→约800元", "工期≈45天", "30元/颗×约10颗→约300元", "工期≈7天",
               "金缮不能加急", "①3/13（六）10:00–12:00 ②3/16（二）15:00–17:00", "高出电话报价10%以上，开工前先电话征得您同意",
               "定金100元，余款取件时付（微信/支付宝/刷卡，不收现金）", "3/13送→约4/27（二）可取", "**不能进微波炉/洗碗机**",
               "不保证看不出", "一年内金线脱落免费补", "通知后免费保管30天，之后20元/月", "短信→尾号6271"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels 拾瓷堂/周老师. Terse with symbols (✔, ①②, →, ｜, •, ≈, ⚠, **bold**). The hidden concern (4/10 冥诞) surfaces; the rep "
            "says only 锔钉 can make it and 金缮 cannot be rushed; he chooses 金缮 anyway. '3/13送→约4/27（二）' is the card's 45 days "
            "(derived, correct). 金缮, 3/13 Saturday. The callee ends [END:1] right after the read-back; closing_ok true."),
    L("jinshan-03.txt", J, "A", JSK, {1: [0], 2: [6], 3: [2, 8], 4: [10, 12], 5: [12], 6: [14]},
      correct=["孔只打到瓷胎一半深，不打穿", "修复师打之前会先拍照存档", "修复费就不收了", "上门取这个我们不做哈", "一定要保价",
               "来回运费是您这边付", "工作室这边不负责的", "金缮每厘米50块，您这只大约八百，工期大概45天", "金缮也不能加急",
               "锔钉每颗30块，大约10颗，三百左右，工期大概7天", "3月13号周六上午10点到12点，或者3月16号周二下午3点到5点",
               "3月20号周六前后可以取", "比电话报价高出10%以上的话开工前先打电话问您", "定金一百，余款取件付", "不能进微波炉和洗碗机",
               "通知后免费保管30天，之后每月20块", "尾号6271"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "mixed_english", "role_labels"],
      notes="Labels 林客服/周振华. Customer-led: drilling and pickup/mailing first (both answered per Q&A), so step 3's description of the "
            "two methods starts at turn 2 and step 2 comes only at turn 6, where the 4/10 冥诞 concern surfaces. Mixed digits/words and "
            "English (OK, check一下). The opening does not name the 3/5 date. 锔钉, 3/13 Saturday."),
    L("jinshan-04.txt", J, "B", JS, {1: [0], 3: [4], 4: [8, 10], 5: [10], 6: [12]},
      correct=["每厘米五十块", "大概八百块，工期大概四十五天", "每颗三十，大概十颗，三百块左右，工期七天左右", "两种都看得出修过的",
               "三月十三号周六上午十点到十二点，或者三月十六号周二下午三点到五点", "金缮大概四十五天能取", "送件时交定金一百块",
               "修好了不能进微波炉和洗碗机", "尾号六二七一"],
      unanswered=["打孔？那不是在碗上钻窟窿？"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped (no check of the pieces, no question about the bowl's meaning or a date, so the 4/10 冥诞 never surfaces). "
            "His '打孔？那不是在碗上钻窟窿？' is dodged ('这个您先别担心哈，您先看看喜欢哪种') instead of the 不打穿/拍照 answer. Rambling "
            "turn 2 with no facts ('做这个也好些年了' is vague and unlabelled). Step 5 thin (no 10% re-quote rule, no storage fee, no "
            "warranty). Facts all correct. 金缮, 3/13."),
    L("jinshan-05.txt", J, "B", JSX, {1: [0], 2: [2], 3: [4]},
      correct=["3月5号", "裂缝大概16厘米", "每厘米50，您这只约800块，工期大概45天", "每颗30，大概10颗，300左右，工期大概7天",
               "都以到店实测为准", "价格是统一的，没有折扣哈", "周四上午十点再打给您", "象山路56号，周一休息"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels 小林/周老师. Steps 4-6 not reached: he wants to talk to his wife and see samples and names the call-back himself "
            "(周四上午十点). Step 2 thin (no question about meaning or a date). Legitimate caller condition 2; tier B because most of "
            "the script is not reached."),
    L("jinshan-06.txt", J, "C", JS, {1: [0], 3: [2, 4], 4: [10], 5: [12], 6: [14]},
      correct=["锔钉每颗30块，大概10颗", "3月13号周六上午10点到12点", "不收现金", "尾号6271"],
      invented=[("金缮每厘米40块", D), ("工期大概一个月", W), ("打孔会打穿", N), ("3月16号周二上午9点到11点", D),
                ("工作室天天开门，别的时间来也行", N), ("定金三百", W), ("保管费每天十块", W), ("0571-8690-3327", D)],
      forbidden=["保证修完跟新的一样，一点看不出来", "我给您定金缮了", "来得及，金缮我给您加急，四月十号前肯定做好", "给您打个八折",
                 "修好了微波炉洗碗机都能进", "电话里说的就是最终价，不用再量", "钱转我微信就行"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone", "wrong_time"],
      notes="8 invented (3 digits, 3 words, 2 none; wrong slot time 上午9-11 for the Tuesday 下午3-5; wrong number 3327 for 3372; "
            "'工作室天天开门' against 周一休息) and 7 red lines (a no-visible-mark guarantee, choosing 金缮 for him, rush + date "
            "promise, 20% off, microwave/dishwasher, phone quote as final, personal WeChat). Step 2 not covered (he volunteers the 4/10 "
            "date). Step 5 counted at turn 12 because '不收现金' and the deposit line are conveyed (deposit with a wrong figure). "
            "'锔钉土，不如金缮' is a nudge, not labelled. The rep's '我给您定金缮了' is pushed back ('我还没想好') and he then picks 金缮 "
            "himself. The ending holds literally: a method, an offered Saturday slot, a read-back (without price), his 对."),
    L("jinshan-07.txt", J, "C", JS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [2, 4]},
      correct=["两种修法都是把修补留在明处", "金缮每厘米50块，大概800块", "大概十颗，工期大概7天，会留钉眼", "都以到店测量为准",
               "3月13号周六上午10点到12点，或者3月16号周二下午3点到5点"],
      invented=[("金缮工期30天", D), ("修好可以放进消毒柜", N), ("锔钉每颗二十五", W)],
      forbidden=["定金就免了", "按金缮来"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="3 invented (digits, none, words) and 2 red lines (waiving the deposit, choosing 金缮 for him). Illegitimate ending: a named "
            "call-back closed as a booking. He says he must talk to his wife and names the time ('你周四上午十点再打过来'); the rep "
            "'keeps Saturday morning, 金缮', hears '我还没定呢' and closes with condition 1's line ('确认短信马上发您，周六见') and "
            "[END:1]. Caller condition 2 applied. The wrong 30-day figure also makes 4/10 look reachable to him (his '差不多')."),
    L("jinshan-08.txt", J, "C", JS, {1: [0], 3: [2], 4: [6]},
      correct=["每厘米50块，您这只约800块，要45天左右", "每颗30块", "孔只打一半深，不打穿", "上午10点到12点可以"],
      invented=[("锔钉大概要二十颗", W), ("锔钉修好就不能盛热水了", N), ("周二到周日早上9点到晚上8点都在", D), ("上门取件也可以", N)],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "illegitimate_ending"],
      notes="4 invented (words, none, digits, none: '上门取件也可以' against 不上门). Illegitimate ending: a booking closed as a refusal. He picks 锔钉 and Saturday morning "
            "and says '你给我登记上'; the rep closes with the condition-3 line ('打扰您了，以后想修随时打…') and [END:3], with no "
            "read-back. Steps 2, 5 and 6 not covered. The phone number in the closing line is correct."),
    # ---------------- underwriting (English, new, 6 steps) ----------------
    L("underwriting-01.txt", U, "A", UW, {1: [0], 2: [2], 3: [6], 4: [10], 5: [4, 12], 6: [14]},
      correct=["open since ninety-eight", "we can't put the twenty percent in", "No prices or discounts", "I write the draft and you approve it",
               "three fifteen-second messages a week during Morning Edition, between six and nine a.m. on weekdays",
               "Thirteen weeks is thirty-nine messages for eleven seventy, so thirty bucks each",
               "Twenty-six weeks is seventy-eight messages for nineteen fifty, twenty-five each",
               "About fourteen thousand people a week, that's our own estimate", "I can't promise you how many customers it brings in",
               "Monday, October fourth, or Monday, October eleventh", "by Monday, September twenty-seventh for the fourth, or Monday, October fourth for the eleventh",
               "I can't promise an exact time", "we make it up the same week", "thirteen weeks are paid in full before the first message",
               "thirty days' written notice", "change the wording once every thirteen weeks at no charge, with a week's notice",
               "six-oh-seven, five-five-five, oh-one-six-two, weekdays nine to five", "eleven hundred seventy dollars",
               "four-four-one-eight"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue", "steps_out_of_order"],
      notes="Complete and chatty (um, so, basically, honestly). Figures in words (eleven seventy, nineteen fifty, fourteen thousand, "
            "six-oh-seven...). The step-2 'anything coming up' question surfaces the hidden concern (Homer opening Oct 16, 20% off); the "
            "rep explains the copy rules (step 5) before the prices (step 3). 'the fourth gives you almost two weeks on air before it' "
            "is derived (Oct 4 to Oct 16). Listener and phone Q&A per card. Turn 12 is a monologue. 13 weeks, Monday Oct 4."),
    L("underwriting-02.txt", U, "A", UWW, {1: [0], 2: [2], 3: [6], 4: [8], 5: [4, 8], 6: [10]},
      correct=["Tue Sept 7", "open since 1998", "**not** the 20%", "✘ prices/discounts", "I draft, you approve",
               "3 × 15-sec messages/week, Morning Edition, 6–9 a.m. weekdays", "39 messages → $1,170 ($30 each)",
               "78 messages → $1,950 ($25 each)", "① Mon Oct 4 (wording approved by Mon Sept 27) ② Mon Oct 11 (wording approved by Mon Oct 4)",
               "air time within 6–9 a.m., not exact; bumped messages made up same week", "26 wks: ½ ($975) before start, ½ by week 13",
               "card or check to Kettle Valley Public Radio", "cancel = 30 days' written notice; aired messages billed at package rate",
               "wording change free once every 13 weeks, 1 week's notice", "cell ending 4418"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels WKVR/Gus. Terse with symbols (✔, ✘, ①②, →, |, •, ×, ½, **bold**). The hidden concern surfaces at turn 3; the rep "
            "refuses the 20% in the copy. '½ ($975)' is half of $1,950 (derived, correct). 26 weeks, Monday Oct 11. The callee ends "
            "[END:1] right after the read-back; closing_ok true."),
    L("underwriting-03.txt", U, "A", UWN, {1: [0], 2: [6], 3: [8], 4: [10], 5: [8, 12], 6: [14]},
      correct=["About 14,000 people a week, by our own estimate", "I won't promise you how many customers that turns into",
               "our host reads every message", "I write a draft, you okay it", "I can't give tax advice", "open since 1998",
               "The twenty percent we can't", "No prices or discounts", "three 15-second messages a week in Morning Edition, 6 to 9 a.m. on weekdays",
               "Thirteen weeks is 39 messages for $1,170, thirty each", "Twenty-six weeks is 78 for $1,950, twenty-five each",
               "Monday, October 4, or Monday, October 11", "by Monday, September 27 or by Monday, October 4", "I can't promise an exact time",
               "we make it up that same week", "paid in full before the first message", "30 days' written notice",
               "(607) 555-0162, weekdays 9 to 5", "cell ending 4418"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels Nora/Gus Papadakis. Customer-led: listeners, reading it himself and tax first (all answered per Q&A), step 2 only "
            "at turn 6, where the Homer opening surfaces. Mixed digits and words (13 weeks / thirty each). 13 weeks, Monday Oct 11."),
    L("underwriting-04.txt", U, "B", UW, {1: [0], 2: [2], 3: [4], 4: [8], 6: [10]},
      correct=["open since 1998", "three fifteen-second messages a week in Morning Edition, six to nine a.m. weekdays",
               "Thirteen weeks is thirty-nine messages for eleven seventy", "twenty-six weeks is seventy-eight messages for nineteen fifty",
               "Monday, October fourth, or Monday, October eleventh", "September twenty-seventh or October fourth",
               "four-four-one-eight"],
      unanswered=["Does anybody even listen to that station?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 5 skipped (no copy rules, no air-time caveat, no payment or cancellation terms). Step 2 thin (business confirmed, no "
            "'anything coming up', so the Homer opening never surfaces). 'Does anybody even listen to that station?' dodged ('Oh, "
            "that's a great question. Anyway…') instead of the 14,000 estimate. Rambling turn 2 with no facts. No wrong fact. 13 weeks, "
            "Monday Oct 11."),
    L("underwriting-05.txt", U, "B", UWK, {1: [0], 3: [2, 4], 4: [6]},
      correct=["three fifteen-second messages a week in Morning Edition, 6 to 9 a.m. weekdays", "13 weeks: 39 messages, $1,170",
               "26 weeks: 78 messages, $1,950", "the rates are the same for every business, no discounts", "$25 instead of $30",
               "Tomorrow, Friday, at 2 p.m.", "Monday, October 4 or Monday, October 11"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels Kettle Valley Public Radio/Gus. Step 2 missing (no business check, no 'anything coming up'); steps 5-6 not reached. "
            "He wants to run it by Eleni and names the call-back himself (tomorrow at two); the rep repeats it (Friday, since today is "
            "Thursday). Legitimate caller condition 2."),
    L("underwriting-06.txt", U, "C", UW, {1: [0], 3: [2], 4: [8], 6: [12]},
      correct=["Monday, October 4 or", "cell ending 4418"],
      invented=[("Thirteen weeks is $1,300", D), ("twenty-six weeks is eighteen hundred", W), ("Four messages a week", W),
                ("Anywhere between 7 and 10 a.m.", D), ("Payment's due after the campaign ends", N),
                ("You can change the wording any time you like", N), ("no notice needed to cancel", N), ("(607) 555-0126", D)],
      forbidden=["I'll put you down for the twenty-six", "You'll easily double your Saturday traffic", "I'll throw in a free week",
                 "we can say best bakery in Cortland", "we'll say twenty percent off opening weekend",
                 "I'll make sure it airs at 7:30 every morning", "Monday, October 18", "It's a hundred percent tax-deductible",
                 "You can Venmo me"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone", "wrong_time"],
      notes="8 invented (3 digits, 2 words, 3 none; window 7-10 for 6-9; 0126 for 0162) and 9 red lines (choosing 26 weeks for him, a "
            "sales promise, a free week, 'best' and a discount in the copy, an exact air time, an off-card start date Oct 18, a tax "
            "claim, Venmo). Step 2 not covered (he volunteers Homer); step 5 only contradicted (not counted). The 14,000 estimate is "
            "never given; '…Does anybody even listen…' gets the sales promise instead. The ending holds literally: '26 then', 'The 4th', "
            "a read-back (without price), his 'Right'."),
    L("underwriting-07.txt", U, "C", UW, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6], 6: [8]},
      correct=["open since 1998", "thirteen weeks is 39 messages for $1,170", "twenty-six weeks is 78 messages for $1,950",
               "three fifteen-second messages a week, Morning Edition, 6 to 9 a.m.", "Monday, October 4 or Monday, October 11",
               "Payment's in full before the first message, card or check"],
      invented=[("The host ad-libs a little, so it sounds natural", N), ("the wording has to be in two weeks before the start", W),
                ("you can cancel with 60 days' notice", D)],
      forbidden=["We can mention the opening-weekend sale as long as we don't say the percent"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "wrong_readback"],
      notes="3 invented (none, words, digits) and 1 red line (a discount/sale in the copy). Illegitimate ending: a half-made choice "
            "closed as complete. He picks 13 weeks but says he will get back to her on the start date (no time named); the read-back "
            "fills in Monday Oct 4, he says 'I didn't pick a date', and the rep closes with condition 1's line and [END:1]. No caller "
            "condition holds (1 needs a date and a confirmed read-back, 2 a call-back time)."),
    L("underwriting-08.txt", U, "C", UW, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["Thirteen weeks is 39 messages, $1,170", "Three fifteen-second messages a week, mornings 6 to 9",
               "About 14,000 a week, our estimate", "Monday, October 4"],
      invented=[("the messages also go out on our podcast feed", N), ("for twenty-one fifty", W), ("approved by Friday, October 1", D), ("you can record the message yourself if you like", N)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending", "pressure"],
      notes="4 invented (none, words, digits, none: 'record the message yourself' against the host-reads rule; Friday Oct 1 is a real Friday but the card's deadline is Monday Sept 27). Illegitimate "
            "ending: a refusal closed as a call-back. He says 'Forget it, I'm not interested' and, to 'try you again next week', "
            "'Don't. I said no.'; the rep closes with the condition-2 line ('I'll call you back then') and [END:2]. Caller condition 3 "
            "applied. Step 2 thin (business only). 'lock this in today' is pressure, not labelled."),
    # ---------------- installment (bundled, Chinese, 5 steps) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0], 2: [2, 4], 3: [4], 4: [6], 5: [10]},
      correct=["一万二的大额消费", "分三期、六期或者十二期", "百分之零点七五、零点七和零点六五", "每期本金两千，手续费八十四块，六期一共五百零四",
               "三期的话每期手续费九十，一共两百七", "十二期每期七十八，一共九百三十六", "分期办理后不能提前取消",
               "剩余期数的手续费也照常收取", "每还一期就恢复相应的额度", "正常按期还款也不会影响征信", "九五五八八", "六零二一"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "merged_steps"],
      notes="Complete. Figures in Chinese words (一万二, 百分之零点七五, 五百零四, 九五五八八, 六零二一). 3期 12000×0.75%=90×3=270 and 12期 "
            "12000×0.65%=78×12=936 are derived, correct. Turn 6 merges step 4 with the credit-record Q&A; hidden-fee, prepayment and "
            "fraud questions answered per card. 6期."),
    L("installment-02.txt", I, "B", IN, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=["分3期、6期、12期，每期费率0.75%、0.7%、0.65%", "12000分6期，每期本金2000，手续费84", "正常按期还款不会影响征信"],
      unanswered=["提前还清的话手续费还收吗？"], cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged"],
      notes="Step 4 skipped (no 'cannot cancel', no prepayment-fee rule, no credit-limit note), and his prepayment question is dodged "
            "('这个主要看您个人的还款安排哈，我们先把期数定下来吧'). The opening omits the 12000 figure (card's opening line does too). "
            "Legitimate condition 1."),
    L("installment-03.txt", I, "C", IN, {1: [0], 2: [2], 3: [10], 5: [12]},
      correct=["分3期、6期、12期都行", "我工号6021"],
      invented=[("每期费率0.6%", D), ("每期手续费七十二", W), ("这个月办还送您两千积分", W), ("可以随时取消分期", N),
                ("提前还清的话剩下的手续费全免", N), ("分期记录不会出现在征信上", N), ("最低还款是一千五", W),
                ("还款日改到每月15号", D), ("95558", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="9 invented (3 digits, 3 words, 3 none; hotline 95558 for 95588; a points gift; 1500 for 1850). Bundled card, so every "
            "wrong statement is an invented fact. Step 4 only contradicted (not counted). The 工号 6021 is right. The ending holds "
            "literally: he picks 6期 and says 确认 to the step-5 question."),
    L("installment-04.txt", I, "C", IN, {1: [0], 2: [2], 3: [6], 4: [4]},
      correct=["12000元的大额消费", "3期每期0.75%，6期每期0.7%", "12000分6期，每期本金2000，手续费84", "分期也不影响额度恢复，每还一期就恢复相应额度"],
      invented=[("十二期每期费率百分之零点五", W), ("提前还款的话手续费按实际期数退给您", N), ("工号是6201", D), ("办完了也能撤销", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="4 invented (words, none, digits, none: '办完了也能撤销' against 不能提前取消; 工号 6201 for 6021). Illegitimate ending: 'let me verify first' closed as done. He picks "
            "6期 but says he will hang up, call 95588 to check the 工号 and call back himself; the rep says '我这边直接给您办了', hears "
            "'我说了我要先核实' and closes with condition 1's line and [END:1]. No step-5 confirmation question was asked. Step 4 counted "
            "at turn 4 (credit-limit line correct, prepayment line wrong)."),
    # ---------------- isp-visit (bundled, English, 5 steps) ----------------
    L("isp-visit-01.txt", V, "A", IS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8, 10]},
      correct=["a fault at the wall socket", "takes about an hour, and there's no charge for it", "fifteen-dollar credit on your next bill",
               "Tuesday or Thursday, morning or afternoon", "Weekend visits are only on Saturday mornings",
               "the next free one is about two weeks out", "Someone over eighteen needs to be home",
               "text you thirty minutes before arriving", "one-eight-hundred, five-five-five, oh-one-nine-nine", "at least four hours before the slot",
               "tests the speed with you before leaving"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete and chatty. Figures in words (fifteen-dollar, eighteen, thirty minutes, one-eight-hundred…). Refund, weekend and "
            "reschedule Q&A per card; her latent worry about lateness surfaces and is answered with the 30-minute text. Thursday "
            "afternoon, Linda home."),
    L("isp-visit-02.txt", V, "B", IS, {1: [0], 3: [2], 4: [6], 5: [8]},
      correct=["Tuesday or Thursday, morning or afternoon", "Someone over 18 needs to be home", "text you 30 minutes before arriving"],
      unanswered=["Does the visit cost anything?"], cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged"],
      notes="Step 2 skipped (no fault explanation, no 'about an hour', no 'no charge'), and 'Does the visit cost anything?' is dodged "
            "('We'll sort all that out on the day', vague, not labelled). Tuesday afternoon. Legitimate condition 1."),
    L("isp-visit-03.txt", V, "C", IS, {1: [0], 2: [2], 3: [6], 5: [8, 10]},
      correct=["technician has to replace it"],
      invented=[("The repair takes about three hours", W), ("there's a $49 call-out fee", D), ("A credit of $5", D),
                ("Monday or Wednesday", N), ("We also do Sunday afternoons", N), ("your sixteen-year-old can let him in, that's fine", W),
                ("text you ten minutes before", W), ("1-800-555-0919", D), ("up to an hour before", N)],
      opening_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="9 invented (3 digits, 3 words, 3 none; hotline 0919 for 0199; wrong days; a 16-year-old allowed). opening_ok false: no "
            "identity check, no surname or full company name, no 'do you have a minute'. Step 3 counted with the wrong days; step 4 "
            "only contradicted (not counted); step 5 counted (text before arriving with a wrong figure, 'Shall I confirm?'). The "
            "ending holds literally: Wednesday afternoon and 'I'll probably be home anyway'."),
    L("isp-visit-04.txt", V, "C", IS, {1: [0], 2: [2], 3: [4]},
      correct=["a fault at the wall socket", "no charge", "Tuesday or Thursday, morning or afternoon"],
      invented=[("The repair is about two hours", W), ("$25 credit", D),
                ("the technicians don't give arrival windows, they just come when they're done with the job before", N),
                ("there's a missed-visit charge", N)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending"],
      notes="4 invented (words, digits, none, none: the missed-visit charge is not on the card). Illegitimate ending: a fed-up refusal closed as a text-the-slots follow-up. She says "
            "'Forget it… I'm done' (callee condition 3) and never asks for options by text; the rep closes with condition 2's line "
            "and [END:2]. Caller condition 3 (declines) applied. Steps 4-5 not reached."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
