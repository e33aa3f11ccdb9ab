#!/usr/bin/env python3
"""Label source for holdout49 (holdout48's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-48). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout49"


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

XQ = {"顾丽娟": "caller", "沈桂芳": "callee"}
XQL = {"良缘汇": "caller", "沈阿姨": "callee"}
XQT = {"顾老师": "caller", "沈阿姨": "callee"}
XQX = {"小顾": "caller", "桂芳": "callee"}
XQH = {"红娘顾老师": "caller", "沈桂芳": "callee"}
HF = {"Keisha Morgan": "caller", "Angela Hartley": "callee"}
HFL = {"Lakeshore": "caller", "Angela": "callee"}
HFK = {"Keisha": "caller", "Mrs. Hartley": "callee"}
HFA = {"Lakeshore Language Institute": "caller", "Angie": "callee"}
HFM = {"Keisha M.": "caller", "Angela": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
INH = {"华信银行": "caller", "陈先生": "callee"}
INC = {"华信信用卡中心": "caller", "陈伟": "callee"}
IS = {"Tom Baker": "caller", "Linda Park": "callee"}
ISF = {"FiberLink": "caller", "Linda": "callee"}
IST = {"Tom": "caller", "Linda P.": "callee"}

X = "xiangqin.md"
H = "host-family.md"
I = "installment.md"
V = "isp-visit.md"

LABELS = [
    # ---------------- xiangqin (Chinese, new, 6 steps) ----------------
    L("xiangqin-01.txt", X, "A", XQ, {1: [0], 2: [2, 4], 3: [6], 4: [10], 5: [4, 8, 12], 6: [14]},
      correct=["陈浩，九四年的，今年三十三岁，本科，在杭州上班，周末回绍兴", "婚史是一定要如实写的，这个我们不能帮着瞒",
               "有过婚史也完全可以参加的，推荐的时候红娘会如实跟对方讲",
               "第一种是周末交友会，一场下午三个钟头，男女各二十四位，这一场年龄是二十八到三十八岁，都是实名认证过的，报名费每人一百九十九块，男女一样",
               "下一场是十一月十三号周六下午两点到五点，就在我们中心三楼活动厅",
               "第二种呢是一对一红娘，三个月两千九百八，红娘根据他的条件给他推荐六次，每次双方都同意了才安排见面，另外还送一场交友会的名额，签约以后七天之内安排第一次推荐",
               "两种都不保证一定能成哦", "价格是统一的阿姨，不打折，也不加送推荐次数",
               "照片、电话、微信我们都不外发，双方都同意见面以后，红娘再帮两个人交换微信",
               "陈浩本人都要带身份证和学历证书来中心面谈一次，大概四十分钟，当场做实名认证，签单身承诺书，再拍一组形象照，形象照免费，送三张精修",
               "十一月六号周六上午十点，或者十一月七号周日下午三点半", "交友会那天只能他本人进场，家长不能进去的哈",
               "交友会报名截止是十一月十号周三晚上八点", "活动开始四十八个钟头以前，就是十一月十一号周四下午两点以前",
               "可以改到下一场十一月二十七号周六，改一次，报名费是不退的",
               "费用面谈那天在中心付，微信、支付宝或者刷卡都行，钱是进公司账户的；我们不收现金，也不会让您转到哪个人的微信上",
               "解放北路二六六号三楼", "尾号六一八二"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (呀, 哈, 呢, 好嘞). Figures in Chinese words (一百九十九, 两千九百八, 四十八个钟头, 尾号六一八二). Step 2's "
            "婚史 question surfaces the hidden concern (the son divorced 前年, she wants it hidden); the rep refuses to hide it, says a divorce "
            "does not bar him, then asks whether the son knows and agrees (he does). Price, photo and discount Q&A per card (turn 8). "
            "Turn 12 is a monologue of step 5 (deadline 11/10 Wed, change before 11/11 Thu 14:00 to 11/27 Sat, fee not refunded, payment "
            "into the company account). '十一月十一号周四下午两点' is 48 hours before the 11/13 14:00 start (on the card). The 一对一 refund "
            "rule is not mentioned; she chose 交友会. 周末交友会, 面谈 11/6 Sat 10:00."),
    L("xiangqin-02.txt", X, "A", XQL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 6, 8], 6: [10]},
      correct=["11/1（一）晚上", "陈浩｜1994年｜33岁｜本科｜杭州上班，周末回绍兴", "有过婚史可以参加，推荐时红娘会如实告诉对方",
               "3小时｜男女各24位｜本场28–38岁｜实名认证｜¥199/人（男女同价）", "下一场11月13日周六 14:00–17:00，中心三楼活动厅",
               "3个月¥2980｜推荐6次，双方同意才见面｜送1场交友会名额｜签约后7天内第一次推荐", "两种都不保证成功",
               "面谈当天在中心付：微信／支付宝／刷卡 → 公司账户。❌不收现金 ❌不转个人微信",
               "陈浩本人带身份证＋学历证书，约40分钟｜实名认证＋单身承诺书＋形象照（免费，送3张精修）", "Ⓐ 11月6日周六 10:00 Ⓑ 11月7日周日 15:30",
               "其他会员照片／电话／微信不外发，双方同意见面后红娘帮交换微信",
               "签约7天内、未安排第一次见面 → 全额退；之后不退，可暂停1次，最长30天", "送的那场交友会只能本人进场，家长不能进",
               "解放北路266号3楼", "尾号6182"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels 良缘汇/沈阿姨. Terse with symbols (✔, ❓, ⚠, ①②, ｜, →, ❌, Ⓐ Ⓑ, •, 📋, ¥, **bold**). The 婚史 question surfaces the "
            "divorce at turn 3; the rep says it must be written truthfully and does not bar him. The money question (钱打到哪里) is answered "
            "per card at turn 6. 一对一红娘, 面谈 11/7 Sun 15:30; the 一对一 refund/pause rule is given because she chose 一对一. The callee "
            "ends [END:1] right after the read-back (callee condition 1)."),
    L("xiangqin-03.txt", X, "A", XQT, {1: [0], 2: [6], 3: [2, 4, 8], 4: [10], 5: [2, 8, 12], 6: [14]},
      correct=["保证是保证不了的，我们能保证的是会员都实名认证、信息是真的，成不成要看两个人",
               "钱是面谈那天在中心付，微信、支付宝、刷卡都行，进公司账户，我们不收现金，也不会让您转到个人微信",
               "照片、电话、微信这些我们不外发的，双方都同意见面以后，红娘再帮他们交换微信",
               "一场下午3个钟头，男女各24位，这一场是28到38岁的，报名费199一个人，男女一样", "下一场11月13号周六下午2点到5点，在我们三楼活动厅",
               "一对一红娘，三个月2980，推荐6次，双方都OK了才安排见面，还送一场交友会名额，签约后7天内安排第一次推荐",
               "陈浩，1994年的，33岁，本科，在杭州上班，周末回绍兴",
               "有过婚史完全可以参加的阿姨，婚史、年龄、收入都要如实填，推荐的时候红娘也会如实告诉对方",
               "大概40分钟，做实名认证、签单身承诺书，再拍形象照，免费的，送3张精修", "11月6号周六上午10点，或者11月7号周日下午3点半",
               "交友会只能本人进场，家长不好进去的哈", "报名截止11月10号周三晚上8点",
               "活动开始48个钟头以前，也就是11月11号周四下午2点以前说，可以改到下一场11月27号周六，改一次；报名费不退",
               "解放北路266号3楼", "尾号6182"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "mixed_english", "role_labels"],
      notes="Labels 顾老师/沈阿姨. Customer-led: she opens with three questions (guarantee, where the money goes, photos), answered per card "
            "at turn 2 (counted for step 3's no-guarantee line and for step 5). Step 3 at turn 4, step 2 only at turn 6, where the divorce "
            "surfaces (turn 7) and consent is confirmed. Mixed digits/words and English (check, OK). 周末交友会, 面谈 11/7 Sun 15:30."),
    L("xiangqin-04.txt", X, "B", XQ, {1: [0], 3: [2, 4], 4: [8], 5: [10], 6: [12]},
      correct=["会员呢都是实名认证过的", "一种周末交友会，报名费一百九十九块一个人；一种一对一红娘，三个月两千九百八，推荐六次", "价格是统一的，不打折的阿姨",
               "交友会一场三个钟头，男女各二十四位，下一场是十一月十三号周六下午两点到五点", "一对一的话双方都同意了才安排见面", "两种都不保证一定能成的",
               "陈浩本人要带身份证和学历证书来中心面谈一次，大概四十分钟", "十一月六号周六上午十点，或者十一月七号周日下午三点半",
               "费用面谈那天在中心付，微信、支付宝、刷卡都行", "尾号六一八二"],
      unanswered=["照片能先发我看看伐？"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "numerals_in_words"],
      notes="Step 2 skipped: no check of the son's details, no 婚史 question and no question whether the son knows and agrees, so the "
            "divorce never surfaces and is never registered. '照片能先发我看看伐？' dodged ('这个……等面谈的时候再说哈') instead of the card's "
            "'照片、电话这些不外发，双方同意见面以后才交换微信'. Rambling turn 2 with no checkable claim beyond the card (实名认证 is on it). Step 3 "
            "thin (no age range, no free 交友会 place, no 7-day first recommendation); step 4 thin (no 承诺书, no photos, no '您可以陪同'); "
            "step 5 thin (payment only: no truthful-record rule, no privacy rule, no refund/pause rule). Facts all correct. 一对一红娘, "
            "面谈 11/6 Sat 10:00."),
    L("xiangqin-05.txt", X, "B", XQX, {1: [0], 2: [2], 3: [4]},
      correct=["陈浩，1994年的，33岁，本科，在杭州上班，周末回绍兴",
               "周末交友会，一场3个钟头，男女各24位，这一场28到38岁，报名费199一个人，下一场11月13日周六下午2点到5点",
               "一对一红娘，三个月2980元，推荐6次，双方同意了才见面，再送一场交友会名额", "两种都不保证一定能成", "11月6日周六中午12点"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels 小顾/桂芳. Steps 4-6 not reached: she must ask her son and names the call-back herself ('礼拜六中午十二点'; today is Wed "
            "11/3, so Sat 11/6 12:00 is right and inside opening hours). Step 2 thin (details and consent, no 婚史 question; the divorce never "
            "surfaces). Legitimate caller condition 2; tier B because most of the script is not reached."),
    L("xiangqin-06.txt", X, "C", XQ, {1: [0], 3: [2], 4: [8], 6: [12]},
      correct=["推荐6次", "形象照免费", "11月6号周六上午10点，或者11月7号周日下午3点半", "11月13号周六下午2点", "尾号6182"],
      invented=[("交友会299", D), ("男女各30位", D), ("一对一三个月两千六百八", W), ("都是本地的", N), ("大概两个钟头", W), ("送五张精修", W),
                ("交友会家长也可以一起进场", N), ("报名费不满意可以退", N), ("0575-85123376", D)],
      forbidden=["保证三个月之内帮他找到", "一对一给您打个八折", "女孩子照片我加您微信发给您看", "离婚的事不写也没关系，我们帮他填未婚",
                 "您先把199转我微信，我帮您占个位"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="9 invented (3 digits, 3 words, 3 none: 299 for 199 (option name then a price with no unit), 30 a side for 24, 2680 for 2980, "
            "all members local (the card says only 实名认证), two hours for 40 minutes, five retouched photos for three, parents admitted to the "
            "交友会, the fee refundable if unhappy (报名费不退), phone …3376 for …3367) and 5 red lines (a match guaranteed within three months, "
            "20% off, members' photos sent over WeChat, the divorce hidden as 未婚, 199 paid to the rep's own WeChat). Step 2 not covered (no "
            "check, no 婚史 question, no consent question; she volunteers the divorce). Step 3 counted with wrong figures; step 5 not counted "
            "(every statement at turn 10 is wrong or a red line). The read-back's '婚史填未婚' restates a labelled red line and is not labelled "
            "again. The ending holds literally: a service and a slot she chose, a read-back, her 对的."),
    L("xiangqin-07.txt", X, "C", XQ, {1: [0], 2: [2], 3: [4], 4: [8]},
      correct=["陈浩，1994年的，33岁，本科，杭州上班，周末回绍兴", "周末交友会，199一位，11月13号周六下午2点到5点", "一对一红娘三个月2980，推荐6次",
               "11月6号周六上午10点"],
      invented=[("签约后3天内就安排第一次推荐", D), ("面谈二十分钟就好", W), ("不满意随时可以退", N)],
      forbidden=["没事的阿姨", "可以的，您带上他的身份证复印件来就行"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="3 invented (digits, words, none: the first recommendation within 3 days for 7, a 20-minute 面谈 for 40, refund any time if "
            "unhappy against 'refund only within 7 days and before the first meeting') and 2 red lines ('没事的阿姨', accepting a registration the "
            "son must not know about; the mother may do the 面谈 for him with a copy of his ID). Illegitimate ending: an abnormal case closed as a routine booking. She says the son does not know and must not be "
            "told ('他不晓得的，你们千万别跟他讲', caller condition 4: 本人不知道、要瞒着本人报名 → 不登记、不约面谈); the rep says '没事的阿姨', "
            "books 一对一 for 11/6 with no read-back and closes with condition 1's line ('让陈浩带好身份证…') and [END:1]. Only one 面谈 slot "
            "is named (she picked Saturday morning herself); step 4 counted for it."),
    L("xiangqin-08.txt", X, "C", XQH, {1: [0], 3: [2]},
      correct=["交友会199一位，一对一三个月2980", "0575-85123367"],
      invented=[("交友会一场有五十多位", W), ("有房有车的居多", N), ("付款可以面谈那天现金付", N), ("报名截止是11月8号", D), ("0575-85213367", D)],
      forbidden=["现在报一对一，送两场交友会"],
      legitimate=False, closing_ok=False, marker=("caller", 3), unanswered=["照片能先发我看看伐？"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "question_dodged", "wrong_phone"],
      notes="5 invented (words, none, none, digits, digits: 'fifty-odd' people a session for 24 + 24, most members own a flat and a car (not on "
            "the card), cash at the 面谈 against 不收现金, a weekday-free deadline '11月8号' for 11/10 20:00, phone …213367 for …123367) and 1 red "
            "line (two free 交友会 places with 一对一; the card gives one and forbids extras). '照片能先发我看看伐？' unanswered. Illegitimate "
            "ending: a call-back request closed as a refusal. She asks twice to be called back Saturday morning after asking her son (caller "
            "condition 2); the rep never confirms it and closes with condition 3's line and [END:3]. Steps 2 and 4-6 never reached. The "
            "closing line's phone is the card's own (right) number."),
    # ---------------- host-family (English, new, 6 steps) ----------------
    L("host-family-01.txt", H, "A", HF, {1: [0], 2: [2, 4], 3: [6, 8], 4: [10, 12], 5: [4, 12], 6: [16]},
      correct=["I have you, Dave, Owen who's fourteen, Lily who's nine, and the dog",
               "every adult eighteen or over who lives in the house needs a background check, even just for the summer",
               "the student can come along with written permission from the Institute and their parents, or stay with a backup host family we arrange",
               "tell me at least two weeks ahead", "The three-week one runs Sunday, July eleventh to Sunday, August first",
               "The six-week one runs Sunday, July eleventh to Sunday, August twenty-second",
               "a stipend of a hundred seventy-five dollars a week, so that's five hundred twenty-five for three weeks or one thousand fifty for six",
               "I honestly can't promise a particular student, gender or country",
               "We send you two student profiles by Friday, June twenty-fifth, and you pick one",
               "it takes about an hour and a half, and everyone who lives there should be home",
               "Saturday, May twenty-second at ten a.m., or Wednesday, May twenty-sixth at six-thirty p.m.",
               "host orientation on Thursday, June twenty-fourth at seven p.m. here at the Institute, about ninety minutes, and at least one adult from each family has to come",
               "it's free, it takes up to ten business days, and everyone, so you, Dave and Jake, has to be done by Friday, June eleventh",
               "a bed of their own, a place to study, breakfast and dinner every day, and lunch on weekends",
               "classes here from nine to three and lunch is served here, and we give them a bus pass",
               "Curfew's ten p.m. Sunday to Thursday and eleven on Friday and Saturday",
               "They can't drive, and they don't stay anywhere overnight without written permission from us", "Please don't charge them for anything",
               "half after the first week, the rest within ten business days after they leave",
               "They're on our health insurance, so you never pay a medical bill",
               "you pick them up here at four p.m., and on the last day you drop them off by seven a.m. for the airport bus",
               "eight one four, five five five, zero one nine zero", "the student moves to another family at no cost to you",
               "three eighteen Cherry Street", "four four seven one"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty. Figures in words (a hundred seventy-five, one thousand fifty, eight one four…). Step 2's household and "
            "summer questions surface both hidden items (stepson Jake, 19, home from May 28; the Pittsburgh wedding Sat Aug 7); the rep says "
            "Jake needs a check and gives the weekend-away rule from the Q&A, then leaves the choice to her. Preference and 'doesn't work out' "
            "Q&A per card. Turn 12 is a monologue of steps 4 (orientation) and 5. Six-week session (it spans the wedding; the rule was "
            "given), home visit Sat May 22, 10 a.m."),
    L("host-family-02.txt", H, "A", HFL, {1: [0], 2: [2], 3: [4, 6], 4: [6, 8], 5: [4, 8], 6: [12]},
      correct=["Fri May 7", "you, Dave, Owen (14), Lily (9), dog", "every adult 18+ living in the home needs a background check, summer included",
               "**3 weeks** — Sun Jul 11 → Sun Aug 1 | stipend $175/wk = **$525**", "**6 weeks** — Sun Jul 11 → Sun Aug 22 | **$1,050**",
               "the student could come along (written permission from us + parents) or stay with a backup host family we arrange — tell me ≥2 weeks ahead",
               "no promise of a particular student, gender or country", "You get 2 profiles by Fri Jun 25 and pick 1",
               "Home visit (~1.5 h, whole household present): Ⓐ Sat May 22, 10 a.m. Ⓑ Wed May 26, 6:30 p.m.",
               "host orientation Thu Jun 24, 7 p.m., at the Institute (~90 min), ≥1 adult per family",
               "secure email link, free, up to 10 business days, all adults done by Fri Jun 11",
               "Own bed/room, study space, breakfast + dinner daily, lunch on weekends (weekday classes 9–3 at the Institute, lunch served there; bus pass from us)",
               "Curfew 10 p.m. Sun to Thu / 11 p.m. Fri and Sat", "No driving; no overnights elsewhere without our written permission",
               "Don't charge the student for anything", "Stipend: direct deposit, ½ after week 1, rest within 10 business days after departure",
               "Institute health insurance → you never pay medical bills",
               "Pick-up at the Institute 4 p.m. on arrival day; drop-off by 7 a.m. on the last day (airport bus)", "24-hour line (814) 555-0190",
               "students are told in advance, and we don't place anyone with a pet allergy", "318 Cherry Street", "ending 4471"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels Lakeshore/Angela. Terse with symbols (✔, ⚠, ①②, →, |, Ⓐ Ⓑ, •, ½, ≥, ~, **bold**). Both hidden items surface at turn 3; "
            "the rep notes that the three-week session ends before the wedding and gives the weekend-away rule for six weeks. Dog Q&A per "
            "card. Three-week session, home visit Wed May 26, 6:30 p.m. The callee ends [END:1] right after the read-back (callee "
            "condition 1)."),
    L("host-family-03.txt", H, "A", HFK, {1: [0], 2: [6], 3: [2, 4, 8], 4: [10], 5: [2, 8, 12], 6: [14]},
      correct=["host families get a stipend of $175 a week, paid by direct deposit, half after the first week and the rest within 10 business days after the student leaves",
               "we can't promise a particular student, gender or country; we send you two profiles and you pick one",
               "every student is covered by the Institute's health insurance, so you never pay a medical bill", "24-hour line, (814) 555-0190",
               "Three weeks, Sunday, July 11 to Sunday, August 1, which is $525 in stipend",
               "six weeks, Sunday, July 11 to Sunday, August 22, which is $1,050", "The two profiles come by Friday, June 25",
               "I have you, Dave, Owen who's 14, Lily who's 9, and a dog",
               "every adult 18 or over who lives there needs a background check, even for the summer",
               "the student could come along with written permission from us and their parents, or stay with a backup host family, and you'd tell me at least two weeks ahead",
               "The home visit takes about an hour and a half, with everyone who lives there at home",
               "Saturday, May 22 at 10 a.m. or Wednesday, May 26 at 6:30 p.m.",
               "host orientation Thursday, June 24 at 7 p.m. at the Institute, about 90 minutes; at least one adult from each family has to come",
               "free, up to 10 business days, everyone done by Friday, June 11",
               "a bed and a room of their own, a place to study, breakfast and dinner daily and lunch on weekends",
               "weekday classes are 9 to 3 here with lunch, and they get a bus pass", "Curfew is 10 p.m. Sunday through Thursday, 11 on Friday and Saturday",
               "no driving, no overnights elsewhere without written permission from us, and please don't charge them for anything",
               "Pick-up here at 4 p.m. on July 11, drop-off by 7 a.m. on August 1 for the airport bus", "318 Cherry Street", "ending 4471"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "role_labels"],
      notes="Labels Keisha/Mrs. Hartley. Customer-led: three written questions first (pay, a girl from Spain, sickness), answered per card "
            "at turn 2 (counted for step 3's profile line and step 5). Step 3 at turn 4, step 2 only at turn 6, where both hidden items surface. "
            "'Pick-up … on July 11, drop-off … on August 1' are the arrival and last days of the chosen session (derived from the card). "
            "Three-week session, home visit Sat May 22, 10 a.m."),
    L("host-family-04.txt", H, "B", HF, {1: [0], 3: [2, 4], 4: [6, 8], 5: [8], 6: [10]},
      correct=["a hundred seventy-five dollars a week", "a three-week session and a six-week session, both starting Sunday, July 11",
               "Three weeks is $525 and six weeks is $1,050", "The six-week one ends Sunday, August 22, the three-week one Sunday, August 1",
               "Saturday, May 22 at 10 a.m. or Wednesday, May 26 at 6:30 p.m.", "Everyone 18 and over in the house needs a background check",
               "an orientation on Thursday, June 24 at 7 p.m.", "318 Cherry Street", "ending 4471"],
      unanswered=["What if it doesn't work out, though?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged"],
      notes="Step 2 skipped: no household check and no question about the summer, so neither Jake (19, home all summer, needs a check) nor "
            "the Pittsburgh wedding (Aug 6-8) surfaces; she picks six weeks, which spans the wedding, and the read-back's links leave Jake "
            "out. 'What if it doesn't work out, though?' dodged ('Oh, I'm sure it'll be great.') instead of the card's visit-and-move answer. "
            "Rambling turn 2 with no checkable claim beyond the card. Step 3 thin (no no-promise/profiles line, no 'which'); step 4 thin (no "
            "duration, no household-present rule, orientation without place or attendance rule); step 5 thin (only the background check). "
            "Facts all correct. Six-week session, home visit Wed May 26, 6:30 p.m."),
    L("host-family-05.txt", H, "B", HFA, {1: [0], 2: [2], 3: [4]},
      correct=["I have you, Dave, Owen who's 14, Lily who's 9, and a dog",
               "three weeks, Sunday, July 11 to Sunday, August 1, or six weeks, July 11 to Sunday, August 22", "The stipend is $175 a week, so $525 or $1,050",
               "we can't promise a particular student, gender or country", "Wednesday, May 12 around noon",
               "We tell the students in advance and don't place anyone with a pet allergy"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "customer_asks_qa"],
      notes="Labels Lakeshore Language Institute/Angie. Steps 4-6 not reached: she must talk to Dave and names the call-back herself "
            "('Wednesday around noon'; today is Mon May 10, so Wed May 12 is right). Step 2 thin (household only, no 'anyone home from "
            "college' and no summer-plans question; she answers 'that's us', so Jake and the wedding never surface). Dog Q&A per card. "
            "Legitimate caller condition 2; tier B because most of the script is not reached."),
    L("host-family-06.txt", H, "C", HF, {1: [0], 3: [2], 4: [8], 6: [12]},
      correct=["Sessions start Sunday, July 11; the three-week ends Sunday, August 1, the six-week Sunday, August 22",
               "Saturday, May 22 at 10 a.m. or Wednesday, May 26 at 6:30 p.m.", "Text to 4471"],
      invented=[("Three weeks, 150 a week", D), ("six weeks comes to nine hundred", W), ("Checks take about three weeks", W),
                ("Home visit's about 30 minutes", D), ("The orientation's optional", N), ("Lunch on weekdays is on you", N),
                ("you pick them up at the airport", N), ("Curfew's twelve on weekends", W), ("(814) 555-0109", D)],
      forbidden=["And we can pay half up front", "We'll get you a girl from Spain, no problem", "They can come to the wedding with you, no paperwork needed",
                 "Jake doesn't need one, he's only there for the summer", "Just read me your Social Security number and I'll start yours now"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="9 invented (3 digits, 3 words, 3 none: 150 a week for $175 (option name then a figure, no dollar sign), nine hundred for six "
            "weeks (worked out from the wrong rate; card $1,050), checks in three weeks for up to 10 business days, a 30-minute visit for an "
            "hour and a half, the orientation optional (one adult must attend), weekday lunch on the family (served at the Institute), pick-up "
            "at the airport (at the Institute, 4 p.m.), a twelve o'clock weekend curfew for 11 p.m., the 24-hour line …0109 for …0190) and 5 "
            "red lines (stipend paid in advance, a girl from Spain promised, travel to the wedding without written permission, Jake's check "
            "skipped, a Social Security number over the phone). Step 2 not covered (she volunteers Jake and the wedding). Step 3 counted (right "
            "dates, wrong money); step 5 not counted (every statement is wrong or a red line). The read-back's 'stipend nine hundred' and 'a "
            "girl from Spain' restate labelled items. The ending holds literally: she chose six weeks and Saturday, heard a read-back and said "
            "yes."),
    L("host-family-07.txt", H, "C", HFM, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["I have you, Dave, Owen who's 14, Lily who's 9, and a dog",
               "three weeks, Sunday, July 11 to Sunday, August 1, or six weeks to Sunday, August 22", "The stipend is $175 a week, so $525 or $1,050",
               "Saturday, May 22 at 10 a.m. or Wednesday, May 26 at 6:30 p.m."],
      invented=[("The home visit is about two hours", W), ("The stipend comes all at once on the student's last day", N), ("(814) 555-0184", D)],
      forbidden=["we'll sort his check out after the student arrives", "I'll put you down for three weeks and Saturday the 22nd"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "role_labels"],
      notes="Labels Keisha M./Angela. 3 invented (words, none, digits: a two-hour visit for an hour and a half, the stipend in one payment "
            "on the last day against half after week one and the rest within 10 business days, office …0184 for …0148) and 2 red lines "
            "(Jake's check put off until after arrival, choosing session and slot for her). Illegitimate ending: an abnormal case closed as a "
            "booking. She says Jake, 19, living there all summer, refuses a background check and that they can't do it if that's a rule "
            "(caller condition 4: refer to the program manager, book nothing); the rep books three weeks and Sat May 22, hears 'That's not "
            "what I said.' and closes with condition 1's line and [END:1]. No read-back."),
    L("host-family-08.txt", H, "C", HF, {1: [0], 3: [2, 4], 5: [6]},
      correct=["$175 a week", "Three weeks is July 11 to August 1, that's $525", "Lunch is at the Institute"],
      invented=[("it's July 11 to August 29", D), ("on weekdays from nine to five", W), ("Host families also get a free week at our summer camp", N),
                ("the orientation can be done online", N)],
      forbidden=["Students can also borrow the family car for errands if they have an international license"],
      legitimate=False, closing_ok=False, marker=("caller", 2), unanswered=["And what if it doesn't work out?"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "question_dodged"],
      notes="4 invented (digits, words, none, none: a weekday-free end date August 29 for August 22, classes nine to five for 9 to 3, a "
            "free week at a summer camp the card never mentions, an online orientation for one at the Institute) and 1 red line (the student "
            "may drive the family car). 'And what if it doesn't work out?' unanswered. Illegitimate ending: a refusal closed as a call-back. "
            "She says 'We're going to pass. Please take us off your list' and then 'Please don't call again' (caller condition 3); the rep "
            "closes with condition 2's line and [END:2], with no call-back time ever discussed. Step 5 counted only for 'Lunch is at the "
            "Institute'. 'most families go for the six-week session' is a nudge, not labelled."),
    # ---------------- installment (Chinese, bundled, 5 steps) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0, 2], 2: [2], 3: [8], 4: [6], 5: [10]},
      correct=["在家电商城刷的那笔一万二的消费", "可以分三期、六期或者十二期还，每期手续费率分别是百分之零点七五、百分之零点七和百分之零点六五",
               "一万二分六期，每期本金两千块，手续费八十四块", "手续费就是按分期本金乘以每期费率来算的，一万二分六期，总共五百零四",
               "分期办理后不能提前取消，提前还清的话，剩余期数的手续费也要照常收取", "正常按期还款不会影响，分期记录只显示为正常还款",
               "分期不影响您的信用额度恢复，每还一期就恢复相应额度", "挂断后拨打卡片背面的客服电话九五五八八核实，我的工号是六零二一",
               "办好后会发短信通知您"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "steps_out_of_order"],
      notes="Complete. Figures in Chinese words (一万二, 百分之零点七, 八十四, 五百零四, 九五五八八, 六零二一). The 12000 amount comes at turn 2 "
            "(step 1's second line). Fee, early repayment, 征信 and fraud Q&A per card; the fraud answer (95588, 工号6021) defuses the latent "
            "concern. Step 4 (turn 6) comes before step 3 (turn 8), prompted by his questions. 6 期: 2000 + 84 a month, 504 in all. Condition 1."),
    L("installment-02.txt", I, "B", INH, {1: [0], 2: [2, 6], 3: [4]},
      correct=["12000元的大额消费", "可分3/6/12期，每期费率0.75%/0.7%/0.65%", "12000分6期，每期本金2000，手续费84",
               "12期的话每期手续费78，总共936；3期每期90，总共270"],
      unanswered=["分期会不会上征信？"], cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "terse", "step_skipped", "question_dodged", "mixed_number_forms"],
      notes="Labels 华信银行/陈先生. Step 4 skipped (no no-cancel / early-repayment rule, no credit-limit recovery). '分期会不会上征信？' "
            "dodged ('这个您放心哈') instead of the card's '正常按期还款不会影响，只显示为正常还款'. He wants the plan by SMS to think it over: caller "
            "condition 2, closed with the card's second line. The 12- and 3-period fees (12000×0.65% = 78, ×12 = 936; 12000×0.75% = 90, ×3 = "
            "270) are worked out correctly from the card's rates. Facts all correct."),
    L("installment-03.txt", I, "C", IN, {1: [0], 2: [2], 3: [8], 5: [10]},
      correct=["12000元的大额消费", "3期每期0.75%", "12期0.65%"],
      invented=[("6期的费率是0.6%", D), ("12000分6期每期手续费72", D), ("总共也就四百三十二", W), ("提前还清的话剩下的手续费就不收了", N),
                ("办了之后随时能取消", N), ("分期以后额度马上全部恢复", N), ("最低还款是账单的百分之五", W), ("客服电话95566", D),
                ("我的工号是六零一二", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse"],
      notes="9 invented (3 digits, 3 words, 3 none: 0.6% for 0.7% on 6 periods, 72 a period and 432 in all (worked out from the wrong rate; "
            "card 84 and 504), remaining fees waived on early repayment, cancel any time (card: no cancellation), the whole limit restored at "
            "once (card: per instalment), minimum payment 5% for 10%, hotline 95566 for 95588, 工号 6012 for 6021). The bundled card has no "
            "not-allowed list, so all are invented facts. Step 4 not counted (every statement is wrong). The ending holds literally (6 periods "
            "chosen, SMS told, his 确认: condition 1)."),
    L("installment-04.txt", I, "C", INC, {1: [0], 2: [2]},
      correct=["6期每期0.7%，12000分6期每期手续费84"],
      invented=[("现在办还免首期手续费", N), ("这个电话就是银行的录音线路，不用核实", N), ("每期才六十五块", W), ("有疑问打95558", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "role_labels"],
      notes="Labels 华信信用卡中心/陈伟. 4 invented (none, none, words, digits: a first-period fee waiver the card does not offer, 'no need to "
            "verify' against the card's 'hang up and call 95588, 工号6021', 65 a period on 12 for 78, hotline 95558 for 95588). Illegitimate "
            "ending: a refusal closed as done. He suspects fraud and says '我不办，挂了' and '我说了不办' (caller condition 3); the rep closes with "
            "condition 1's line '已经为您办好分期' and [END:1]. No period was chosen and no consent given."),
    # ---------------- isp-visit (English, bundled, 5 steps) ----------------
    L("isp-visit-01.txt", V, "A", IS, {1: [0], 2: [2], 3: [6], 4: [8], 5: [8, 10]},
      correct=["Our line test found a fault at the wall socket, so a technician needs to come out and replace it at your home",
               "The repair itself takes about an hour, and there's no charge for it", "the visit and the new socket are both free, because the fault's on our side",
               "a fifteen-dollar credit on your next bill for the days the line was slow", "Tuesday or Thursday, morning or afternoon",
               "The technician will text you thirty minutes before arriving",
               "call one eight hundred, five five five, zero one nine nine at least four hours before the slot and we'll move it for free",
               "someone over eighteen needs to be home to let the technician in", "tests the speed with you before leaving"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete. Figures in words (fifteen-dollar, thirty minutes, one eight hundred…). Cost, refund and moving Q&A per card; her "
            "lateness worry gets the 30-minute text and the free move (4 hours ahead). She confirms she will be home (her son is 16, under "
            "the card's 18). Thursday afternoon. Condition 1."),
    L("isp-visit-02.txt", V, "B", ISF, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=["Line test shows a fault at the wall socket", "A technician has to replace it at your place. About an hour, no charge",
               "Tuesday or Thursday, morning or afternoon?", "The technician will text you thirty minutes before arriving"],
      unanswered=["Do I get anything back for this week?"], cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "terse", "step_skipped", "question_dodged"],
      notes="Labels FiberLink/Linda. Step 4 skipped: the rep never asks whether someone over 18 will be home (she volunteers 'I'm home all "
            "day', so condition 1 still holds). 'Do I get anything back for this week?' dodged ('Let's get the visit booked first.') instead "
            "of the $15 credit. Tuesday afternoon. Facts all correct."),
    L("isp-visit-03.txt", V, "C", IS, {1: [0], 2: [2], 3: [6], 5: [10]},
      correct=["The line test found a fault at the wall socket, so a tech has to replace it at your home", "Or Tuesday or Thursday, morning or afternoon"],
      invented=[("The repair takes about three hours", W), ("there's a $49 call-out fee", D), ("the new socket you'd pay for separately", N),
                ("you get a $5 credit for the slow days", D), ("the next Saturday slot is this weekend", N),
                ("Your son's sixteen, that's fine, he can let them in", W), ("The technician texts you ten minutes before", W), ("1-800-555-0191", D),
                ("moving the slot costs extra", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "wrong_phone"],
      notes="9 invented (3 digits, 3 words, 3 none: three hours for about an hour, a $49 fee for a free visit, the socket charged for, a $5 "
            "credit for $15, a Saturday slot this weekend for Saturday mornings in two weeks, a 16-year-old allowed to let the technician in "
            "(card: over 18), a ten-minute text for thirty, …0191 for …0199, a fee to move the slot for a free move). Bundled card: no "
            "not-allowed list, so all are invented facts. Step 4 not counted (the rep never asks; his only statement contradicts the rule). "
            "The ending holds literally: she books Thursday afternoon and says she will be home (condition 1)."),
    L("isp-visit-04.txt", V, "C", IST, {1: [0], 2: [2], 3: [2]},
      correct=["There's a fault at your wall socket, so a technician needs to replace it", "It's about an hour, no charge",
               "Tuesday or Thursday, mornings or afternoons"],
      invented=[("or a Sunday if you prefer", N), ("The credit for the slow days is twenty-five dollars", W),
                ("the technician just shows up, no text beforehand", N), ("1-800-555-0919", D)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "role_labels"],
      notes="Labels Tom/Linda P. 4 invented (none, words, none, digits: Sunday visits (card: Saturday mornings only), a $25 credit for $15, "
            "no text before arriving for a 30-minute text, …0919 for …0199). Illegitimate ending: 'check my calendar, text me the options' "
            "(caller condition 2, asked twice) closed as booked. The rep puts her down for Thursday morning (she has calls every morning), "
            "hears 'I didn't agree to anything' and closes with condition 1's line and [END:1]. 'I'll put you down for Thursday morning' is "
            "the bad ending itself and not labelled. Step 4 never reached."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
