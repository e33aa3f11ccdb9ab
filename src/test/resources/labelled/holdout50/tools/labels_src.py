#!/usr/bin/env python3
"""Label source for holdout50 (holdout49's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-48). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout50"


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

LZ = {"林晓雯": "caller", "周倩": "callee"}
LZQ = {"青禾绿植": "caller", "周经理": "callee"}
LZG = {"林顾问": "caller", "周倩": "callee"}
LZX = {"小林": "caller", "周倩": "callee"}
LZK = {"林晓雯（青禾）": "caller", "周倩（云帆）": "callee"}
LZD = {"青禾·林晓雯": "caller", "云帆·周倩": "callee"}
SP = {"Daniel Ortiz": "caller", "Karen Whitfield": "callee"}
SPS = {"Summit": "caller", "Karen": "callee"}
SPD = {"Dan (Summit)": "caller", "Karen W.": "callee"}
SPN = {"Daniel": "caller", "Karen": "callee"}
SPT = {"Summit Test Prep": "caller", "Karen": "callee"}
SPO = {"Daniel O.": "caller", "Tyler": "callee"}
SPL = {"Summit Test Prep — Daniel": "caller", "Karen Whitfield": "callee"}
CL = {"陈静": "caller", "赵建国": "callee"}
CLR = {"仁心口腔": "caller", "赵老师": "callee"}
CLH = {"陈护士": "caller", "赵建国": "callee"}
CLK = {"陈静（仁心口腔）": "caller", "赵建国": "callee"}
RN = {"李明": "caller", "张强": "callee"}
RNC = {"长江云服务": "caller", "张总": "callee"}
RNZ = {"李专员": "caller", "张强": "callee"}
RNK = {"李明（长江）": "caller", "张强（泰山）": "callee"}

Z = "lvzhi-zubai.md"
S = "sat-prep.md"
C = "clinic.md"
R = "renewal.md"

LABELS = [
    # ---------------- lvzhi-zubai (Chinese, new, 6 steps) ----------------
    L("lvzhi-zubai-01.txt", Z, "A", LZ, {1: [0], 2: [2, 4], 3: [6], 4: [8], 5: [10, 12], 6: [12, 14]},
      correct=["新办公室是苏州中心B座十七楼一七零三，大概四百平，三十五个人",
               "有怀孕的同事，我们就全部换成不开花的品种，养护用的是物理和生物防虫，不喷化学农药的",
               "基础套餐每个月八百八十块，大型落地绿植十二盆，再加桌面小盆栽二十盆",
               "精品套餐每个月一千五百八，落地十八盆，桌面三十盆，前台再加一组花艺，花艺每两个礼拜换一次",
               "两种都包每周三上午上门养护一次，植物长得不好，我们四十八小时之内免费换", "合同最短是签一年，就是十二个月",
               "不打折，签两年也是一样的价，也不额外加盆", "基础套餐一季度两千六百四十块，对公转账，可以开百分之六的增值税专用发票",
               "不收押金，第一次摆放也免运费", "要提前三十天书面通知，另外付一个月的租金",
               "三月二十号周六上午九点，或者三月二十二号周一晚上七点", "摆一次大概两个钟头", "麻烦您提前跟物业报备一下哈，我们要用货梯",
               "电子合同今天下班前发您邮箱", "零五一二六二八八三一五七"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa"],
      notes="Complete and chatty (呀, 哈, 呢, 好嘞). Figures in Chinese words (八百八十, 一千五百八, 两千六百四十, 零五一二六二八八三一五七). "
            "Step 2's colleague question surfaces the hidden concern (a pregnant designer); the rep answers per card (不开花品种, no chemical "
            "pesticide). She asks the price at turn 1; the rep defers it until after step 2. Discount/two-year Q&A at turn 8. "
            "基础套餐, 摆放 3/22 Mon 19:00."),
    L("lvzhi-zubai-02.txt", Z, "A", LZQ, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["苏州中心B座17楼1703｜约400㎡｜35人", "全部选不开花的品种，养护用物理＋生物防虫，不喷化学农药",
               "① 基础 ¥880/月：落地12盆＋桌面20盆", "② 精品 ¥1580/月：落地18盆＋桌面30盆＋前台花艺1组（每两周换）",
               "每周三上午上门养护｜长得不好48小时内免费换｜合同最短12个月", "人为损坏（倒咖啡、撞断）按进货价赔",
               "基础¥2640／季，精品¥4740／季｜对公转账｜6%增值税专票｜不收押金｜首次摆放免运费｜提前解约：提前30天书面通知＋付1个月租金",
               "Ⓐ 3月20日周六 09:00 Ⓑ 3月22日周一 19:00（约2小时）", "请提前跟物业报备货梯", "电子合同今天下班前发邮箱，有事打0512-62883157"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels 青禾绿植/周经理. Terse with symbols (📍 ｜ ❓ ✔ ① ② ¥ 💰 Ⓐ Ⓑ 📋 ㎡). 3/8（一） in the opening. The colleague question "
            "surfaces the pregnancy at once (turn 3). '死了算谁的？' answered per card (turn 6), merged with step 4. 精品套餐 (over her "
            "budget, her choice), 摆放 3/20 Sat 09:00. The callee ends [END:1] after the read-back (callee condition 1)."),
    L("lvzhi-zubai-03.txt", Z, "A", LZG, {1: [0], 2: [4], 3: [2, 4], 4: [2, 6, 8], 5: [10, 12], 6: [12, 14]},
      correct=["基础套餐每月880，落地大盆12盆、桌面小盆栽20盆", "精品套餐每月1580，落地18盆、桌面30盆，前台再加一组花艺，两周换一次",
               "绿植吸甲醛的作用很有限，不能代替通风和专业治理，我们不敢打包票", "发票可以开6%的增值税专票，到账后5个工作日内开出来",
               "合同最短签一年，12个月", "两种都含每周三上午上门养护一次，长得不好48小时内免费换", "苏州中心B座17楼1703，大概400平、35个人",
               "全部换成不开花的品种，养护用物理和生物防虫，不喷化学农药", "基础套餐一季度2640元，对公转账", "不收押金，第一次摆放免运费",
               "提前解约要提前30天书面通知，再付一个月租金", "都是按季度付，对公转账",
               "3月20日周六上午9点，或者3月22日周一晚上7点，摆一次大概2个小时", "提前跟物业报备一下货梯", "0512-62883157"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_english", "role_labels"],
      notes="Labels 林顾问/周倩. Customer-led: three questions first (price, 甲醛, 专票), answered per card at turn 2 (counted for step 3 "
            "and, for the invoice, step 4). Step 2 only at turn 4, where the pregnancy surfaces (turn 5). Monthly-payment Q&A refused per "
            "card (turn 8). English mixed in (OK, budget, deal). 基础套餐, 摆放 3/20 Sat 09:00."),
    L("lvzhi-zubai-04.txt", Z, "B", LZX, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10, 12]},
      correct=["基础的每月880，落地12盆加桌面20盆", "精品的每月1580，落地18盆、桌面30盆，前台一组花艺", "都是每周三上午来养护",
               "合同是最短一年", "精品一季度4740，对公转账", "3月20日周六上午9点，或者3月22日周一晚上7点", "苏州中心B座17楼1703"],
      cond=1, side="caller", marker=("caller", 1), unanswered=["死了算谁的？"],
      style=["rambling_callee", "thin_steps", "dodged_question", "step_skipped"],
      notes="Labels 小林/周倩. Step 2 skipped (no office check, no colleague question, so the pregnant colleague never surfaces). "
            "'死了算谁的？' dodged with '我们养护做得很仔细的，您不用操心' (no 48-hour replacement, no 按进货价赔). Steps 3-5 thin: "
            "no 48 hours, no 12-month detail beyond '最短一年', no invoice/deposit/early-exit rules, no 物业报备. 精品, 3/22 Mon 19:00."),
    L("lvzhi-zubai-05.txt", Z, "B", LZK, {1: [0], 2: [2], 3: [4]},
      correct=["苏州中心B座17楼1703，400平左右，35个人", "基础套餐每月880元，大型落地绿植12盆加桌面小盆栽20盆",
               "精品套餐每月1580元，落地18盆、桌面30盆，前台再加一组花艺，每两周换一次", "都含每周三上午上门养护，长得不好48小时内免费换，合同最短签一年",
               "3月18号周四下午3点"],
      cond=2, side="caller", marker=("caller", 2),
      style=["call_back", "role_labels", "thin_steps"],
      notes="Labels 林晓雯（青禾）/周倩（云帆）. She must ask her boss and names the call-back (周四下午三点 = 3/18 Thu 15:00, read back "
            "correctly). Steps 4-6 not reached; step 2 thin (no colleague question). Legitimate caller condition 2."),
    L("lvzhi-zubai-06.txt", Z, "C", LZ, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12, 14]},
      correct=["基础880", "基础是落地12盆、桌面20盆；精品落地18盆、桌面30盆，加前台花艺", "3月20日周六上午9点，或者3月22日周一晚上7点"],
      invented=[("精品1880", D), ("基础套餐一季度2460元", D), ("0512-62833157", D),
                ("每两个礼拜上门养护一次", W), ("七十二小时之内免费换", W), ("合同最短签六个月", W),
                ("要交押金的，撤场的时候退", N), ("首次摆放的运费要另外付", N), ("我们养护都会喷杀虫药的", N)],
      forbidden=["绿植放多了甲醛就没了，你们刚装修正好", "签两年我给您打个九折", "保证一盆都不会死"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "invented_facts", "forbidden_promises", "step_skipped"],
      notes="9 invented (3 digits: 精品1880 price after the option name with no unit, a transposed quarterly sum 2460 for 880×3=2640, a "
            "wrong phone; 3 words: fortnightly care, 72 hours, six-month contract; 3 none: a deposit, delivery charged, pesticide spraying). "
            "3 red lines (甲醛 claim, 9折 discount, 'no plant will die'). Step 2 missing. Step 4 counted with a wrong figure (对公转账 is "
            "right). The ending holds literally (choice, slots, read-back, assent)."),
    L("lvzhi-zubai-07.txt", Z, "C", LZD, {1: [0], 3: [2], 5: [4]},
      correct=["落地12盆", "精品套餐每月1580元，落地18盆、桌面30盆加前台花艺"],
      invented=[("基础套餐每月800元", D), ("桌面小盆栽十五盆", W), ("我们的植物不怕灰", N)],
      forbidden=["先摆上，合同以后再说", "那就定基础套餐，3月20号周六上午9点"],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "forbidden_promises", "invented_facts"],
      notes="Labels 青禾·林晓雯/云帆·周倩. She says at turn 1 the office is still being renovated and will not be handed over until mid-April "
            "(caller condition 4: 不约摆放). The rep brushes it off, offers one slot only, picks 基础 and 3/20 for her (red line), hears "
            "'你们先别定，等交付了再说吧' and closes with condition 1's line and [END:1]. No read-back. Step 5 counted at turn 4 with one slot. "
            "**Illegitimate: abnormal case closed as booked.**"),
    L("lvzhi-zubai-08.txt", Z, "C", LZ, {1: [0], 3: [2]},
      correct=["基础套餐每月880元，落地12盆加桌面20盆", "精品套餐每月1580元", "每周三上午上门养护", "合同一年起签"],
      invented=[("精品的落地是20盆", D), ("前台花艺每个月换一次", W), ("人为损坏的也免费换", N), ("发票的话只能开普票", N)],
      forbidden=["可以按月付"],
      closing_ok=False, legitimate=False, marker=("caller", 2),
      style=["mixed_english", "illegitimate_ending", "invented_facts", "forbidden_promises"],
      notes="Opens with 'hello' and '上周' (3/8 was last week). She refuses twice: '不需要了，以后也别打了' and '别再打了' (condition 3). "
            "The rep closes with condition 2's call-back line (周四下午三点, never discussed) and [END:2]. "
            "**Illegitimate: a refusal closed as a call-back.**"),
    # ---------------- sat-prep (English, new, 6 steps) ----------------
    L("sat-prep-01.txt", S, "A", SP, {1: [0], 2: [2, 4], 3: [6, 8], 4: [10], 5: [6, 12, 14], 6: [14, 16]},
      correct=["Tyler's sixteen, going into junior year at Westerville North, and his PSAT last fall was a ten-eighty",
               "you just let us know three days before the diagnostic, and he gets time-and-a-half",
               "The group course is eight Saturday mornings, September eleventh through October thirtieth, nine to noon, ten students at most, with four full practice tests and the books included",
               "That one's six hundred forty dollars",
               "Private tutoring is ten one-hour sessions, online or here at the center, weekday afternoons between three-thirty and seven-thirty, and that's nine hundred fifty",
               "we can't promise a particular score", "most students who do all four practice tests see progress, but it depends on the work he puts in",
               "there's a one-hundred-dollar deposit, paid through a secure link we text you; we never take card numbers over the phone",
               "The balance is due before the first session, and you can split it into up to two payments as long as both are in before then",
               "it's a full refund before the first session; after that, half back until the third session; nothing after the third",
               "he gets the recording within forty-eight hours", "the only discount we have is ten percent for a sibling",
               "a free three-hour diagnostic test here",
               "Saturday, August twenty-first at nine a.m., or Wednesday, August twenty-fifth at four-thirty p.m.",
               "He should bring an approved calculator and two pencils", "your phone ending three-three-zero-six",
               "six-one-four, five-five-five, zero-one-seven-two"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (um, so, totally). Figures in words throughout. Step 2's 'how Tyler tests' question surfaces the 504 plan; "
            "the rep explains the quiet extended-time rule and moves straight into step 3 (turn 6). Score Q&A per card (turn 8). Turn 10 "
            "is a monologue of step 4 with the installment Q&A. Group course, diagnostic Sat Aug 21 9 a.m."),
    L("sat-prep-02.txt", S, "A", SPS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4, 8], 6: [10]},
      correct=["Tyler, 16, rising junior @ Westerville North, PSAT 1080", "Tell us 3 days before the diagnostic → time-and-a-half",
               "① Group: 8 Saturdays, Sep 11 → Oct 30, 9–12, max 10 students, 4 full practice tests + books = $640",
               "② Private: 10 × 1-hr sessions, online or at the center, weekdays 3:30–7:30 pm = $950", "No score guarantee",
               "We match a tutor after the diagnostic; can't promise one by name",
               "$100 deposit via secure link by text (never card # by phone); balance before 1st session, up to 2 payments OK",
               "Refund: full before 1st session → 50% until 3rd → $0 after 3rd", "Only discount: 10% sibling",
               "Free 3-hr diagnostic here: Ⓐ Sat Aug 21, 9 am Ⓑ Wed Aug 25, 4:30 pm", "Bring approved calculator + 2 pencils",
               "(614) 555-0172"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends"],
      notes="Labels Summit/Karen. Terse with symbols (re:, @, →, ✔, ①②, ⚠, 💳, ×, |, Ⓐ Ⓑ). 'Sun Aug 8' and 'Saturdays, Sep 11' carry right "
            "weekdays. The test question surfaces the 504 plan at turn 3. Tutor Q&A per card. Private tutoring, diagnostic Wed Aug 25 4:30 "
            "p.m. The callee ends [END:1] after the read-back (callee condition 1)."),
    L("sat-prep-03.txt", S, "A", SPD, {1: [0], 2: [4, 6], 3: [2, 4], 4: [2, 10], 5: [8, 12, 14], 6: [14, 16]},
      correct=["the group course is $640, private tutoring is $950",
               "we can't guarantee one; most students who do all four practice tests see progress, but it depends on the work",
               "a $100 deposit now, then the balance in up to two payments, both before the first session",
               "The group course is eight Saturday mornings, September 11 through October 30, 9 to noon, ten students at most, with four full practice tests and the books",
               "Private is ten one-hour sessions, online or here at the center, weekday afternoons between 3:30 and 7:30",
               "He's 16, going into junior year at Westerville North, PSAT 1080 last fall",
               "Just tell us three days ahead of the diagnostic and he gets time-and-a-half",
               "The deposit is paid through a secure link we text you; we never take card numbers over the phone",
               "Full refund before the first session, half back until the third session, nothing after the third",
               "he gets the recording within 48 hours", "The only discount is 10% for a sibling",
               "Free parking behind the building, entrance on Elm Street, 410 Maple Avenue, Suite 3",
               "Saturday, August 21 at 9 a.m., or Wednesday, August 25 at 4:30 p.m.",
               "He should bring an approved calculator and two pencils; no photo ID needed", "your phone ending 3306", "(614) 555-0172"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "role_labels"],
      notes="Labels Dan (Summit)/Karen W. Customer-led: three questions first (cost, score, installments), answered per card at turn 2 "
            "(counted for steps 3 and 4). Step 2 at turns 4 and 6; the ADHD extended time surfaces at turn 7. Parking Q&A at turn 12, "
            "merged with step 5. Group course, diagnostic Wed Aug 25 4:30 p.m."),
    L("sat-prep-04.txt", S, "B", SPN, {1: [0], 3: [2, 4], 5: [6, 8], 6: [8, 10]},
      correct=["Group course: eight Saturday mornings, September 11 to October 30, 9 to noon, max ten students, $640",
               "Private tutoring: ten one-hour sessions, weekday afternoons, $950", "no guarantees on the score",
               "Saturday, August 21 at 9 a.m., or Wednesday, August 25 at 4:30 p.m.", "Bring an approved calculator and two pencils",
               "(614) 555-0172"],
      cond=1, side="caller", marker=("caller", 1), unanswered=["Who would the tutor be?"],
      style=["rambling_callee", "thin_steps", "dodged_question", "step_skipped"],
      notes="Labels Daniel/Karen. Rambling turn 1. Step 2 skipped (no check of Tyler's details, no question on how he tests; the 504 plan "
            "never surfaces). Step 4 skipped (no deposit, refund, payment or discount rules, yet the read-back mentions a deposit link). "
            "'Who would the tutor be?' dodged with 'all our tutors are great' (not labelled as a fact: vague). Private, Sat Aug 21 9 a.m."),
    L("sat-prep-05.txt", S, "B", SPT, {1: [0], 2: [2], 3: [4]},
      correct=["Tyler is 16, starting junior year at Westerville North, with a 1080 on the PSAT last fall",
               "The group course is eight Saturday mornings from September 11 to October 30, 9 to 12, ten students max, four full practice tests and books, $640",
               "Private tutoring is ten one-hour sessions, online or at our center, weekday afternoons 3:30 to 7:30, $950",
               "We can't promise a particular score, but we can promise the plan and the practice", "Thursday, August 12 at 12:30"],
      cond=2, side="caller", marker=("caller", 2),
      style=["call_back", "role_labels", "thin_steps"],
      notes="Labels Summit Test Prep/Karen. She wants to talk to her husband and Tyler and names the call-back (Thursday around 12:30 = "
            "Thu Aug 12, inside office hours). Step 2 thin (no test question); steps 4-6 not reached. Legitimate caller condition 2."),
    L("sat-prep-06.txt", S, "C", SP, {1: [0], 3: [2], 5: [10], 6: [12, 14]},
      correct=["Group, 640", "eight Saturday mornings, September 11 to October 30, 9 to noon", "ten one-hour sessions",
               "Saturday, August 21 at 9 a.m., or Wednesday, August 25 at 4:30 p.m.", "your phone ending 3306"],
      invented=[("Private, 850", D), ("within 24 hours", D), ("(614) 555-0127", D),
                ("fifteen students at most", W), ("six practice tests", W), ("fifty-dollar deposit", W), ("about two hours", W),
                ("the balance is due at the end of the course", N), ("He'll need his photo ID for the diagnostic", N),
                ("Parking's on the street out front", N)],
      forbidden=["I can guarantee at least a 150-point jump if he shows up", "I'll put him with Ms. Patel, our best tutor",
                 "For you I can do 20% off", "Just read me the card number and I'll put the deposit through"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "invented_facts", "forbidden_promises", "step_skipped"],
      notes="10 invented (3 digits: 'Private, 850' price after the option name, 24-hour recordings, wrong phone; 4 words: 15 students, six "
            "tests, $50 deposit, two-hour diagnostic; 3 none: balance at the end, photo ID, street parking). 4 red lines (score guarantee, "
            "named tutor, 20% off, card number by phone). Step 2 missing; step 4 not counted (every statement wrong or a red line). The "
            "ending holds literally (choice, slots, read-back, assent)."),
    L("sat-prep-07.txt", S, "C", SPO, {1: [0], 3: [2], 5: [6]},
      correct=["9 to noon, $640", "$950", "Saturday, August 21 at 9 a.m., or Wednesday, August 25 at 4:30 p.m."],
      invented=[("starting September 4", D), ("twelve one-hour sessions", W), ("there's no deposit needed, you just pay on the first day", N), ("Private tutoring's only online", N)],
      forbidden=["With us you'll definitely break 1300"],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "invented_facts", "forbidden_promises"],
      notes="Labels Daniel O./Tyler. Tyler (16) answers his mother's phone (caller condition 4: not a parent, enroll nothing). The rep "
            "enrols him anyway, hears 'Shouldn't my mom, like, decide this though?', books Sat Aug 21 without a read-back and closes with "
            "condition 1's line and [END:1]. 'It's fine.' is not labelled (part of the bad ending). "
            "**Illegitimate: a not-a-parent case closed as enrolled.**"),
    L("sat-prep-08.txt", S, "C", SPL, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=["Tyler's 16, a junior at Westerville North this fall, PSAT 1080",
               "eight Saturday mornings, September 11 to October 30, 9 to noon, ten students max, $640", "ten one-hour sessions, weekday afternoons",
               "Wednesday, August 25 at 4:30 p.m."],
      invented=[("though the books are extra", N), ("Private is nine hundred", W), ("August 21 at 10 a.m.", D), ("Parking is pay-and-display on Maple", N)],
      forbidden=["The deposit's refundable any time, so there's no risk", "I'll put him in the group course and the Saturday slot to hold it for you"],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "invented_facts", "forbidden_promises"],
      notes="Labels Summit Test Prep — Daniel/Karen Whitfield. She asks twice to be called back tomorrow after talking to her husband "
            "(condition 2). The rep pushes ('spots fill fast'), chooses the group course and Saturday for her (red line), hears 'I didn't "
            "agree to that.' and closes with condition 1's line and [END:1]. The wrong diagnostic date has no weekday. "
            "**Illegitimate: a call-back request closed as enrolled.**"),
    # ---------------- clinic (bundled, Chinese, 5 steps) ----------------
    L("clinic-01.txt", C, "A", CL, {1: [0], 2: [2], 3: [6], 4: [10, 12], 5: [12]},
      correct=["术后三天之内肿是正常的，一般就是第三天最明显", "您可以冷敷，每次十五分钟",
               "吃布洛芬，每次一片，两次之间隔六个小时以上，一天不超过四片", "降压药照常吃，千万别停", "消炎药呢要连续吃满五天，每天三次，饭后吃",
               "一个礼拜之内不要用手术那一边嚼东西，吃温的凉的软的，烟酒都不要碰", "过了二十四小时就可以用漱口水了，每天三次",
               "种植牙那一边三个月之内别咬硬东西", "术后七到十天要回来拆线", "我们周二周四都是上午八点半到下午五点接诊",
               "大概十分钟就好，不用打麻药", "发烧超过三十八度五", "零五七一八八八八六六六六"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa"],
      notes="Complete; figures in Chinese words. Swelling, painkiller, blood-pressure, eating and stitches Q&A all per card. He checks "
            "with his wife and picks 下周二上午. Emergency number given at turn 12."),
    L("clinic-02.txt", C, "B", CLR, {1: [0], 2: [2], 3: [4], 4: [6, 8]},
      correct=["术后3天内肿是正常的，第3天最明显", "可以冷敷，每次15分钟", "消炎药要连续吃满5天，每天3次，饭后吃",
               "24小时后可以用漱口水，每天3次", "术后7到10天要回来拆线", "周二周四都是上午8点半到下午5点"],
      cond=1, side="caller", marker=("caller", 1), unanswered=["降压药还要继续吃吗？"],
      style=["terse", "role_labels", "dodged_question", "step_skipped"],
      notes="Labels 仁心口腔/赵老师. '降压药还要继续吃吗？' dodged ('药的事情呢……' then only the antibiotic rules). Step 5 skipped (no "
            "warning signs, no clinic number). 下周四, no time of day."),
    L("clinic-03.txt", C, "C", CLH, {1: [0], 2: [2], 3: [6], 4: [8, 10], 5: [10]},
      correct=["可以吃布洛芬，每次1片", "一周内别用手术那边嚼东西，吃温凉软的，烟酒别碰", "下周二或者周四"],
      invented=[("一天不超过6片", D), ("消炎药吃满3天", D), ("0571-88886699", D),
                ("每天两次", W), ("术后五天就能拆线", W), ("拆线要二十分钟左右", W),
                ("热敷消肿效果好", N), ("降压药这几天先别吃了", N), ("拆线要打麻药的", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "invented_facts", "role_labels"],
      notes="Labels 陈护士/赵建国. 9 invented (3 digits, 3 words, 3 none: heat instead of cold, stopping the blood-pressure pills, "
            "anaesthetic for stitches). Steps 3 and 5 counted with wrong figures. The ending holds literally (下周二上午, assent)."),
    L("clinic-04.txt", C, "C", CLK, {1: [0], 3: [4], 4: [4]},
      correct=["消炎药按时吃，每天3次饭后", "术后7到10天回来拆线"],
      invented=[("出点血是正常的，不用来", N), ("吃2片布洛芬就好", D), ("肿一个礼拜都是正常的", W), ("抽烟少抽点没关系", N)],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "invented_facts"],
      notes="Labels 陈静（仁心口腔）/赵建国. He reports bleeding that will not stop, 38.9 fever and growing swelling (caller condition 2: "
            "abnormal, arrange an urgent visit). The nurse calls it normal, refuses his request to come now ('不用特地跑', part of the bad "
            "ending, not labelled), books the routine 拆线 and closes with condition 1's line and [END:1]. "
            "**Illegitimate: an abnormal case closed as routine.**"),
    # ---------------- renewal (bundled, Chinese, 6 steps) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0, 2], 2: [4], 3: [6], 4: [8, 10], 5: [10], 6: [12, 14]},
      correct=["2025-01-01到期，现在套餐是CRM加项目管理组合", "老客户今年续费自动享受95折，在到期前操作就行，不用额外申请",
               "周期可以选年度、季度或者月度", "登录后台“账户中心”，点“服务续费”，按提示操作就行，全程不用纸质资料",
               "专票普票都支持，系统自动开票，最快2小时就能开出来", "两小时内完成审批"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_asks_qa", "merged_steps"],
      notes="Complete. He asks discount/invoice/process at once; the rep confirms the contact first, then goes in order. Invoice Q&A per "
            "card merged with step 5 (turn 10). 年度, 专票, details by WeChat."),
    L("renewal-02.txt", R, "B", RNC, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["老客户续费自动享受95折，不用申请；周期可选年度、季度、月度", "“账户中心”点“服务续费”"],
      cond=2, side="caller", marker=("caller", 2), unanswered=["发票几时能开？"],
      style=["terse", "role_labels", "dodged_question", "step_skipped"],
      notes="Labels 长江云服务/张总. '发票几时能开？' asked twice and dodged ('尽快处理'; the card says 最快2小时). No contact check in step 1. "
            "Steps 5-6 skipped. He asks for everything by WeChat pending an internal decision: legitimate caller condition 2."),
    L("renewal-03.txt", R, "C", RNZ, {1: [0], 2: [2], 3: [2, 4], 4: [10], 6: [12, 14]},
      correct=["2025-01-01到期，套餐是CRM加项目管理组合", "call@xbench.com", "登录后台“账户中心”点“服务续费”"],
      invented=[("老客户今年续费自动享受9折", D), ("到期后数据保留15天", D), ("13812345687", D),
                ("最快两个工作日开出来", W), ("三小时内完成审批", W),
                ("现在只能按年度续费", N), ("发票只能开普票", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "invented_facts", "role_labels"],
      notes="Labels 李专员/张强. 7 invented (3 digits, 2 words, 2 none). '过了就清掉' after the wrong 15 days is not labelled (the card does "
            "not say what happens after 30 days). Step 5 not counted (only a wrong approval time). The ending holds literally (年度, 普票, "
            "assent)."),
    L("renewal-04.txt", R, "C", RNK, {1: [0], 2: [0]},
      correct=["贵公司主账户2025-01-01到期"],
      invented=[("老客户续费送三个月", W), ("到期后数据只保留7天", D), ("续费要先寄纸质合同过来", N)],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "invented_facts"],
      notes="Labels 李明（长江）/张强（泰山）. He refuses ('今年这个不续了', '你别再打来了，我挂了', '我说的是不续！': condition 3). The rep "
            "says it is done (年度, 原配置, 专票; not labelled, part of the bad ending) and closes with condition 1's line and [END:1]. "
            "**Illegitimate: a refusal closed as renewed.**"),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
