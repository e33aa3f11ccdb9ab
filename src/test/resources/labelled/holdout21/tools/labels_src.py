#!/usr/bin/env python3
"""Label source for holdout21. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout21"

GS = {"陈嘉怡": "caller", "王建国": "callee"}
GSG = {"坐席": "caller", "用户": "callee"}
GSK = {"客服": "caller", "王先生": "callee"}
GSZ = {"专员": "caller", "王建国": "callee"}
GL = {"Priya Nair": "caller", "Gordon Hayes": "callee"}
GLS = {"Priya": "caller", "Gordon": "callee"}
GLG = {"Agent": "caller", "Customer": "callee"}
GLC = {"Coordinator": "caller", "Gordon": "callee"}
RN = {"李明": "caller", "张强": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}
ESS = {"Sarah": "caller", "Mark": "callee"}

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


G = "gas-safety.md"
O = "glasses.md"
R = "renewal.md"
E = "english-support.md"

LABELS = [
    # ---------------- gas-safety (Chinese, new, 6 steps) ----------------
    L("gas-safety-01.txt", G, "A", GS, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12, 14]},
      correct=[
          "我这边是恒源燃气客户服务中心的，我姓陈，陈嘉怡",
          "我们电话里不收任何钱，上门也不推销、不收现金，更不会让您转账到个人账户",
          "零五一二、六八七八、二二零零，每天早上八点到晚上八点都有人",
          "枫桥花园十二幢三零一室，燃气用户号是二零三八、五五六一",
          "上次安检是二零二四年三月十五号，按规定两年至少查一次",
          "入户安检是完全免费的，没有任何上门费",
          "安检员上门大概三十分钟左右",
          "燃气表、管道和阀门、灶具那根连接管，还有热水器的烟道，拿测漏仪测一下有没有漏气",
          "查完给您一份安检单，您签个字，一联留给您",
          "二零二一年装的橡胶软管",
          "橡胶管用超过十八个月就容易老化开裂",
          "建议换成金属波纹管，一根八十五块，含安装的",
          "您也可以自己买符合国标的换，不换也不影响这次安检，也不会停气",
          "穿我们恒源燃气的工装，带有照片的工作证，上门前半个小时先给您打个电话",
          "只扫他出示的恒源燃气公司收款码，或者事后在我们公众号上交，现金是不收的",
          "三月十二号周四上午九点到十一点；三月十三号周五下午两点到四点；三月十四号周六上午九点到十一点",
          "给您约在三月十四号周六上午九点到十一点，地址枫桥花园十二幢三零一室",
          "家里有个成年人在就行",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_suspicious", "long_turns"],
      notes="Complete and chatty (哈, 嗯嗯, 好嘞). Every number in Chinese words, including the hotline read in groups and the user number. "
            "The scam worry is met first with the hotline and the no-money/no-transfer line (step 5 partly at turn 2, the rest at turn 10). "
            "The hose: the record may be out of date (son may have changed it); she says the inspector will see, which is true and "
            "promises nothing. He cannot do Thursday; Sat 3/14 morning booked. Caller condition 1 with the first closing line paraphrased."),
    L("gas-safety-02.txt", G, "A", GSG, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12, 14]},
      correct=[
          "恒源燃气客服中心，陈嘉怡",
          "枫桥花园12幢301，用户号2038-5561",
          "上次安检2024/3/15，两年一查",
          "安检free，0上门费，≈30min",
          "①燃气表 ②管道+阀门 ③灶具连接管 ④热水器烟道",
          "出安检单，签字后一联给您",
          "安检只查热水器烟道和连接安不安全，热水器本身维修不在安检范围，您得找热水器厂家售后",
          "2021年装的橡胶软管，>18个月易老化开裂",
          "85元/根含安装",
          "自愿，可自购国标产品，不换不影响安检",
          "不强制。您自己想装的话公众号商城有，368元包安装",
          "安检员穿恒源工装+带照片工作证，上门前30min来电",
          "0512-6878-2200报工号核实（8:00–20:00）",
          "换管只扫公司收款码或公众号缴费",
          "3/12（四）9–11点｜3/13（五）14–16点｜3/14（六）9–11点",
          "约3/13（周五）14:00–16:00，枫桥花园12幢301",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "mixed_english", "customer_asks_qa"],
      notes="Terse with symbols and English (OK, free, ≈30min, ✔, ①–④, →, ｜). Q&A: the water heater (not repaired, call the maker: right), "
            "the gas alarm (asked by him, so the 368元 answer is not pushing; 'not required' said first). He picks Fri 3/13 afternoon. "
            "The caller says the first closing line in shortened form, then he ends on callee condition 1."),
    L("gas-safety-03.txt", G, "A", GS, {1: [0], 2: [4], 3: [4], 4: [4], 5: [2, 4], 6: [12, 14]},
      correct=[
          "我是恒源燃气客户服务中心的陈嘉怡",
          "客服热线 **0512-6878-2200** 核实，每天8点到晚上8点都有人",
          "我们电话里不收任何钱，也不会让您转账到个人账户",
          "枫桥花园12幢301室，用户号2038-5561，上次安检是2024年3月15日",
          "免费，不收上门费，大约30分钟",
          "查燃气表、管道阀门、灶具连接管、热水器烟道，测漏仪测漏",
          "2021年装的橡胶软管，超过18个月容易老化开裂",
          "85元一根含安装，自愿的，自己买国标产品换也行",
          "穿恒源燃气工装、带照片工作证，上门前半小时打电话",
          "不会因为这个停气",
          "留一份书面的《安检告知书》，之后需要您自己打热线预约",
          "只有查出漏气这种严重隐患，才会按规定暂停供气整改",
          "您要在恒源燃气公众号提交改管申请，上门勘察是免费的，施工费按现场报价来",
          "马上关掉表前阀门，开窗通风，别开关电器，也别在屋里打电话",
          "24小时抢修电话0512-6878-2119",
          "3月12日周四上午9点到11点；- 3月13日周五下午2点到4点；- 3月14日周六上午9点到11点",
          "给您约在3月13日周五下午2点到4点，地址枫桥花园12幢301室",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["markdown_in_speech", "long_monologue", "merged_steps", "customer_asks_qa", "customer_suspicious"],
      notes="Markdown read aloud (**, 第一…第四, list dashes). Suspicious opening answered with the hotline; she gives no staff number "
            "(none on the card) and does not make one up. Steps 2–5 merged in one monologue (turn 4). Q&A: what if not inspected (no cut-off, "
            "notice, only serious leaks), moving the stove (application, free survey, quoted work), gas smell (emergency line 0512-6878-2119, "
            "the right number for the right thing). Fri 3/13 afternoon booked; caller condition 1."),
    L("gas-safety-04.txt", G, "B", GS, {1: [0], 3: [2], 4: [6], 5: [4], 6: [8, 10]},
      correct=[
          "我是恒源燃气客服中心的陈嘉怡",
          "免费的，不收上门费，安检员上门大概半个小时",
          "查一下表、管道阀门、灶具连接管和热水器烟道，测测漏不漏气",
          "安检员穿工装、带照片工作证，上门前半小时会给您打电话",
          "客服热线0512-6878-2200核实",
          "我们上门不推销，也不收现金",
          "2021年装的橡胶软管",
          "建议换成金属波纹管，85块一根，含安装，换不换您自己定",
          "周四上午9点到11点，周五下午2点到4点，周六上午9点到11点",
          "给您约3月14号周六上午9点到11点，枫桥花园12幢301室",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["那管子我能不能自己去买？"],
      style=["casual", "short"],
      notes="Step 2 skipped: the address and user number are never checked and the last inspection date is not given before the pitch "
            "(the address only appears in the booking). His 'can I buy the hose myself?' is passed to the inspector: the card says yes "
            "(国标产品), so it is unanswered, not invented. '时间有点长了' instead of the 18-month figure is soft but not wrong. "
            "Otherwise right; Sat 3/14 booked, caller condition 1."),
    L("gas-safety-05.txt", G, "B", GSK, {1: [0, 2], 2: [2], 3: [6], 4: [6], 5: [8], 6: [4]},
      correct=[
          "我是恒源燃气客户服务中心的陈嘉怡",
          "您家枫桥花园12幢301室，用户号2038-5561，上次安检是2024年3月15号",
          "周四3月12号上午9点到11点，周五13号下午2点到4点，周六14号上午9点到11点",
          "免费的，上门费不收，大概30分钟",
          "2021年装的橡胶软管，超过18个月容易老化",
          "建议换金属波纹管，85一根含安装，自愿的，自己买国标的也行",
          "安检员穿恒源燃气的工装，带照片的工作证，上门前半小时打电话",
          "您也可以打0512-6878-2200核实",
          "我把三个时段和客服热线短信发给您，您商量好了打0512-6878-2200约就行",
      ],
      opening_ok=False, cond=2, side="callee", marker=("callee", 2),
      style=["generic_speaker_labels", "clumsy_opening", "order_swap", "slightly_pushy"],
      notes="客服/王先生. Clumsy opening ('燃气公司的，约一下安检', no name, no company, no 方便吗); she introduces herself only when asked. "
            "Order swap: the three slots (step 6) come before what the inspection is (step 3). '最好今天就定下来' and '那您定一个吧' are "
            "mildly pushy but claim no false scarcity, so style, not a red line. He wants to ask his son and asks for an SMS; she gives the "
            "second closing line; legitimate callee condition 2. A slot offer counts as step 6 when the call ends on condition 2."),
    L("gas-safety-06.txt", G, "C", GS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10, 12]},
      correct=[
          "我是恒源燃气客户服务中心的陈嘉怡",
          "枫桥花园12幢301室，用户号2038-5561",
          "安检是免费的，不收上门费",
          "我们记录是2021年装的橡胶软管",
          "建议换金属波纹管",
          "安检员穿恒源燃气的工装，带照片工作证，上门前半小时给您打电话",
          "我们上门不收现金",
          "3月12号周四上午9点到11点",
          "3月14号周六上午9点到11点",
          "给您约在3月14号周六上午9点到11点，枫桥花园12幢301室",
      ],
      invented=[("二零二三年九月", W), ("大概一个半小时", W), ("安检单是电子版的，查完发到您手机上", N),
                ("橡胶管超过十二个月就容易老化开裂", W), ("金属波纹管一根120元", D), ("自己买的管子我们不认，必须用公司的", N),
                ("0512-6878-2020", D), ("热线二十四小时都有人", W), ("下午三点到五点", W), ("不用家里有人，物业可以帮您开门", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["fluent", "confident_errors"],
      notes="Smooth and friendly but full of wrong facts: last inspection 2023年9月 (card: 2024-03-15), 1.5 hours (30 min), e-receipt "
            "(paper, two copies), 12 months (18), 120元 (85), own hose not accepted (card: own 国标 hose fine), hotline 2020 (2200), "
            "24-hour hotline (8:00–20:00; 24 h is the emergency line: right idea, wrong number), Friday 3–5 pm (2–4 pm), nobody needs to be home "
            "(an adult must be). Booking (Sat 3/14 9–11) is right, so it ends on caller condition 1 literally. Steps 2–5 counted: each "
            "conveys card content, with wrong figures."),
    L("gas-safety-07.txt", G, "C", GS, {1: [0], 3: [2], 4: [4, 6]},
      correct=[
          "我是恒源燃气的陈嘉怡",
          "安检免费，大概30分钟，查燃气表、管道、灶具连接管和热水器烟道",
          "橡胶软管是2021年的",
          "一根85块，含安装",
      ],
      forbidden=["安检员到了顺手就给您把热水器修好", "这次必须换成金属波纹管，不换的话按规定要给您停气的",
                 "我建议您把燃气报警器也一起装上", "现金也行", "您现在先微信转给我",
                 "这周名额快满了，今天不约就排不上了", "安检员九点整准时到您家"],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["我怎么知道你是真的？"],
      style=["pushy", "salesy"],
      notes="Seven red lines: a water-heater repair promise, forced hose change with a cut-off threat, pushing the alarm unasked, cash, "
            "a WeChat transfer to her, scarcity pressure, an exact arrival time (9:00 sharp; the card allows only the 2-hour slot). "
            "His 'how do I know you're real?' gets only '您放心，我们正规公司' (no hotline, no ID), so unanswered. Steps 2, 5 and 6 missing "
            "(a single imposed Thursday slot is not step 6). He hangs up: legitimate callee condition 3, no closing line."),
    L("gas-safety-08.txt", G, "C", GSZ, {1: [0, 2], 2: [2], 3: [2], 4: [4]},
      correct=[
          "我是客服中心的陈嘉怡",
          "枫桥花园12幢301室，上次安检2024年3月15日，两年一次",
          "安检免费，三十分钟左右，查表、管道阀门、灶具连接管、热水器烟道",
          "橡胶软管是2021年装的",
          "建议换成金属波纹管，八十五一根",
      ],
      invented=[("橡胶软管用满两年才需要换", W), ("安检单要三天后到营业厅领", W), ("这周是收尾了", N),
                ("四月份就没有补检了", W), ("那我就先给您约上了", N)],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["热水器你们管不管？"],
      style=["curt", "ignores_customer"],
      notes="Curt opening (no name, no 方便吗). Wrong: hoses need changing only after two years (18 months), receipt collected at the office "
            "three days later (given on the spot), 'this is the last round, no April make-up' (there is an April round): these two are "
            "false facts used as pressure; I file them as invented facts, not as the scarcity red line, because they are stated policy, "
            "not 'slots filling up'. The water-heater question is ignored. He says '你先别定' and she books anyway ('那我就先给您约上了') "
            "and ends with [END:1]: illegitimate (his callee condition 2 would fit). Step 5 missing; a single imposed slot is not step 6."),

    # ---------------- glasses (English, new, 6 steps) ----------------
    L("glasses-01.txt", O, "A", GL, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [10, 12], 6: [12, 14, 18]},
      correct=[
          "this is Priya from ClearView Optical over on Maple Street",
          "order CV-four-oh-eight-one-five, the black Halden fifty-two titanium frames with the progressive one-point-six-seven lenses, ordered on September twenty-ninth",
          "the lens lab has run out of the one-point-six-seven progressive lens blanks",
          "The lab's new date is Thursday, October twenty-ninth",
          "nothing's wrong with your prescription or your frames",
          "ready October twenty-ninth, and we take twenty-five dollars off your balance",
          "they'd be ready Tuesday, October twentieth",
          "they're forty dollars cheaper",
          "we refund your hundred-dollar deposit to your card in three to five business days, no fee",
          "about a millimeter thicker at the edge",
          "Same anti-glare coating, same progressive design, and Dr. Park has already approved them",
          "your VisionPlus benefit of a hundred and fifty stays the same either way, and we update the claim ourselves",
          "Your balance at pickup will be one hundred ninety-six dollars",
          "you can pay by card, cash or HSA card",
          "a quick fifteen-minute fitting with an optician",
          "Tuesday at five-thirty in the evening or Wednesday the twenty-first at nine in the morning",
          "Come in any time before then for a free adjustment and cleaning",
          "We don't do loaner glasses",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "empathetic", "long_call"],
      notes="Warm and complete; every figure in words (CV-four-oh-eight-one-five, one-point-six-seven, twenty-five, forty, one hundred "
            "ninety-six). 'What's the catch?' answered with the 1 mm edge, same coating/design, Dr. Park. Insurance unchanged. Old glasses: "
            "free adjustment, no loaners (Q&A). He switches for the wedding; Tue 10/20 5:30 booked. 'Which would you like?' is not asked "
            "literally, but the choice is recorded with the right balance, so step 5 counts. Caller condition 1 with the first closing line."),
    L("glasses-02.txt", O, "A", GLS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10], 6: [10, 12]},
      correct=[
          "Priya, ClearView Optical, Maple St.",
          "CV-40815 → Halden 52, black titanium, progressive 1.67, ordered 9/29",
          "lab's out of 1.67 progressive blanks → not ready 10/15",
          "New date: Thu 10/29",
          "the lab has no rush option for that lens",
          "(1) wait → 10/29, $25 off your balance",
          "(2) switch to 1.60 → in stock, ready Tue 10/20, $40 less, ~1 mm thicker at the edge",
          "(3) cancel → $100 deposit back to your card, 3–5 business days, no fee",
          "It's the lab's estimate, no guarantee. If it slips, we call you, and you can still switch or cancel at no cost.",
          "Balance at pickup: $211 (was $236)",
          "VisionPlus $150 unchanged, we update the claim",
          "Thu 10/29 5:30pm or Sat 10/31 10:30am",
          "Booked: Sat 10/31, 10:30am",
          "Pay at pickup: card/cash/HSA",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "first_names"],
      notes="Telegraphic with symbols (→, ~, +, 9/29). Q&A: rush (no), will the 29th slip (lab estimate, no guarantee, call + free "
            "switch/cancel: the right answer, and it respects the no-guarantee line). He waits; $211 and Sat 10/31 10:30 booked. "
            "The first closing line is folded into her last turn; he ends on callee condition 1."),
    L("glasses-03.txt", O, "A", GL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6, 12], 6: [14]},
      correct=[
          "This is Priya Nair from ClearView Optical on Maple Street",
          "**CV-40815** — black *Halden 52* titanium frames, progressive 1.67 lenses, ordered September 29",
          "your glasses won't be ready on October 15 as promised",
          "The lab's new date is **Thursday, October 29**",
          "ready October 29, with $25 off your balance for the delay",
          "ready Tuesday, October 20, $40 less; about 1 mm thicker at the edge, same anti-glare coating and progressive design, approved by Dr. Park",
          "your $100 deposit goes back to your original card in 3–5 business days, no fee",
          "60-day non-adapt guarantee: one free lens remake within 60 days of pickup",
          "Frames have a 12-month warranty against defects",
          "covered for 12 months against peeling or scratching",
          "We never take card payments over the phone",
          "$211 if you wait, $196 if you switch",
          "Your VisionPlus $150 stays the same either way",
          "by **Friday, October 16**",
          "Thursday at 5:30 pm or Saturday the 31st at 10:30 am",
          "Tuesday at 5:30 pm or Wednesday the 21st at 9 am",
          "(503) 555-0163",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["markdown_in_speech", "numbered_list_in_speech", "customer_asks_qa"],
      notes="Markdown read aloud (**, *, numbered options). Q&A: non-adapt guarantee, warranty, paying by phone (refused correctly, "
            "balances for both options), decision deadline (Fri 10/16). He wants to ask his wife and asks for a text; second closing line; "
            "legitimate caller condition 2. Fitting slots offered for both dates count as step 6 on a condition-2 ending."),
    L("glasses-04.txt", O, "B", GLS, {1: [0], 3: [2], 4: [4], 5: [8], 6: [8, 10]},
      correct=[
          "This is Priya from ClearView Optical on Maple Street",
          "The lens lab ran out of the 1.67 progressive blanks",
          "Their new date is Thursday the 29th",
          "Your prescription and frames are totally fine",
          "we'll knock twenty-five dollars off your balance",
          "ready Tuesday the 20th, and forty dollars cheaper",
          "get your hundred-dollar deposit back on your card in three to five business days",
          "your balance at pickup comes to $196",
          "your VisionPlus $150 still applies, we update the claim",
          "Tuesday the 20th at 5:30 pm or Wednesday the 21st at 9 am",
          "You can pay at pickup with card, cash or HSA",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["What's the catch?"],
      style=["casual", "slightly_pushy"],
      notes="Step 2 skipped: the order is never confirmed. 'What's the catch?' is dodged ('I'd have to check with the optician'): the card "
            "has the answer (1 mm thicker, same coating, Dr. Park approved), so unanswered; no fact invented. 'Most people go with the "
            "quicker one' is a pushy opinion with no figure: style. Cancel option lacks 'no fee' (thin, not wrong). Tue 10/20 5:30 booked; "
            "caller condition 1."),
    L("glasses-05.txt", O, "B", GLG, {1: [0], 2: [4], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=[
          "This is Priya at ClearView Optical on Maple Street",
          "the lens lab is out of the 1.67 progressive blanks",
          "New date from the lab is October 29th",
          "order CV-40815, the black Halden 52 titanium frames with progressive 1.67 lenses, ordered September 29",
          "Wait for the 29th and get $25 off the balance",
          "Switch to 1.60 lenses, ready Tuesday the 20th, $40 less, about a millimeter thicker at the edge",
          "your $100 deposit goes back to your card in 3 to 5 business days with no fee",
          "the $100 deposit goes back to your original card in 3 to 5 business days",
      ],
      closing_ok=False, cond=3, side="caller", marker=("caller", 3),
      style=["generic_speaker_labels", "order_swap", "weak_closing", "short"],
      notes="Agent/Customer. Order swap: the delay (step 3) before the order check (step 2), which comes only when he asks which order. "
            "He cancels; she records it with the right refund and asks 'anything else' (step 6 is thin, as a cancel needs no fitting). "
            "Weak closing 'Okay, thanks, bye.' with no apology (the card's third closing line): closing_ok false. Legitimate caller "
            "condition 3 (he cancels)."),
    L("glasses-06.txt", O, "C", GL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10], 6: [12, 14]},
      correct=[
          "This is Priya from ClearView Optical on Maple Street",
          "order CV-40815, the black Halden 52 titanium frames with progressive 1.67 lenses, ordered September 29",
          "the lens lab is out of the 1.67 progressive blanks",
          "Nothing's wrong with your prescription or frames",
          "Your VisionPlus covers $150 either way",
          "Fittings are 15 minutes, I have Thursday the 29th at 5:30 pm or Saturday the 31st at 10:30 am",
          "Booked, Saturday the 31st at 10:30 am",
          "You pay the balance at pickup by card, cash or HSA card",
      ],
      invented=[("October twenty-seventh", W), ("$30 off your balance", D), ("ready in five days", W),
                ("sixty dollars cheaper", W), ("about two millimeters thicker", W),
                ("there's a small restocking fee if you cancel", N), ("within 24 hours", D),
                ("a ninety-day non-adapt guarantee", W), ("the insurance will need a new claim from you", N),
                ("(503) 555-0136", D), ("we're open Sundays too", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["fluent", "confident_errors"],
      notes="Fluent, wrong everywhere: new date Oct 27 (29), $30 credit (25), 1.60 ready in five days (Oct 20 is seven), $60 cheaper (40), "
            "2 mm thicker (1), restocking fee (none), refund within 24 hours (3–5 business days), 90-day guarantee (60), customer must "
            "re-file the claim (the store does it), phone 0136 (0163), open Sundays (closed). The 1.60 approval by Dr. Park is not "
            "mentioned. The $30 credit is a wrong number, not a red-line extra discount (it is the delay credit, misstated). Booking right, "
            "so caller condition 1 is reached literally."),
    L("glasses-07.txt", O, "C", GLS, {1: [0], 3: [2]},
      correct=[
          "Priya from ClearView",
          "New date's the 29th",
      ],
      invented=[("the lab messed up", N)],
      forbidden=["I can get the 1.67s to you by the 22nd if I push the lab", "Guaranteed.",
                 "the 1.60 lenses are exactly the same, no difference at all", "a free pair of clip-on sunglasses",
                 "take fifty off on top", "Your insurance will cover the whole balance this time",
                 "I really need a decision right now", "give me your card number and the three digits on the back"],
      opening_ok=False, closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["pushy", "overpromising"],
      notes="Eight red lines: 1.67 lenses by the 22nd (before Oct 29), 'Guaranteed.', 1.60 'exactly the same', free clip-ons and $50 off "
            "(beyond the $25 credit), insurance covering the whole balance (beyond $150), pressure to decide now, card number and CVV. "
            "'The lab messed up' is an invented reason (the card: supplier out of blanks; do not guess). Opening: first name only, no check "
            "that it is Gordon Hayes, no store: false. Steps 2, 4 (no real options laid out), 5, 6 missing. He hangs up: legitimate callee "
            "condition 3 with no closing."),
    L("glasses-08.txt", O, "C", GLC, {1: [0], 3: [2], 4: [2]},
      correct=[
          "Lab's out of the 1.67 progressive blanks",
          "New date's October 29",
          "You can wait and get $25 off",
          "switch to 1.60, ready the 20th, forty bucks cheaper",
      ],
      invented=[("we can rush it for $20", D), ("we can lend you a loaner pair", N), ("decide within twenty-four hours", W),
                ("I'll put you down for the 1.60 then", D)],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["Will the 29th slip again?"],
      style=["curt", "ignores_customer"],
      notes="Curt opening ('Gordon? ClearView.'). Wrong: a paid rush option (none), loaner glasses (none), 24 hours to decide (until Fri "
            "10/16). The cancel option is never given. 'Will the 29th slip again?' is ignored. He asks for a text to think; she books the "
            "1.60 and a fitting anyway and ends [END:1]: illegitimate (caller condition 2 would fit). Glasses' Do-not list has no "
            "'recording a choice without consent' line, so the claimed switch is an invented fact (digits: it names 1.60)."),

    # ---------------- renewal (bundled, Chinese, 6 steps) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0, 4], 2: [6], 3: [2, 6], 4: [4, 8], 5: [8], 6: [12]},
      correct=[
          "这里是长江平台云服务续费专员李明",
          "二零二五年一月一号到期",
          "老客户今年续费自动享受九五折，到期前操作就行，不用额外申请",
          "付款后在后台自助申请，专票普票都可以，系统自动开，最快两个小时",
          "登录后台“账户中心”，点“服务续费”，按提示走，全程不用纸质资料",
          "我可以微信、邮箱或者短信发您",
          "这次续费负责人和联系方式还是您，没变吧",
          "CRM加项目管理组合",
          "周期的话年度、季度、月度都可以",
          "扩容升级一次并报，合并报价也能享受折扣",
          "我们有专人绿色通道跟进",
          "我这边两小时内给您走完审批",
          "安排售后工程师第一时间跟进",
          "到期后服务会自动暂停，但数据会安全保留三十天",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led_order", "numerals_in_words", "merged_steps"],
      notes="Customer-led order: discount and invoice first (he asks), the contact check folded into step 4's turn. Numbers in words "
            "(二零二五年一月一号, 九五折, 两个小时, 三十天). Data question answered from the Q&A. He confirms annual + 专票; she recaps, "
            "promises the details by WeChat (his choice) and gives the first closing line. Caller condition 1."),
    L("renewal-02.txt", R, "B", RN, {1: [0], 2: [2], 3: [4], 4: [6], 6: [8]},
      correct=[
          "我是长江云服务的续费专员李明",
          "您公司主账户2025-01-01到期",
          "账户是CRM+项目管理组合",
          "续费老客户自动95折，不用申请",
          "周期年度、季度、月度都行",
          "后台“账户中心”点“服务续费”，按提示操作，不需要纸质材料",
          "指引和报价可以发您微信、邮箱或短信",
      ],
      cond=2, side="callee", marker=("callee", 2),
      unanswered=["临时扩容有没有最高不涨价额度？"],
      style=["short", "efficient"],
      notes="Step 5 skipped (no approval fast track, no after-sales engineer). The expansion question is dodged ('我回头帮您问一问'): the "
            "card's answer is a bundled quote with the discount, so unanswered, not invented. He wants everything by WeChat and no more "
            "calls: legitimate callee condition 2 after a paraphrased closing."),
    L("renewal-03.txt", R, "C", RN, {1: [0], 2: [2], 3: [2], 4: [6], 5: [8], 6: [12]},
      correct=[
          "我是长江平台云服务续费专员李明",
          "CRM加项目管理组合",
          "登录后台“账户中心”，点“服务续费”就行",
          "专票普票都行",
          "我这边两小时内帮您审批",
          "邮箱call@xbench.com",
      ],
      invented=[("老客户续费打八八折", W), ("2025年2月1日", D), ("续费只能按年，季度和月度今年都停了", N),
                ("续费送一个月免费使用", W), ("升级旗舰版不加钱", N), ("合同得寄纸质版盖章", N),
                ("系统自动开票要三个工作日", W), ("数据保留十五天", W), ("13812345668", D)],
      cond=1, side="caller", marker=("caller", 1),
      style=["fluent", "confident_errors"],
      notes="Wrong: 88折 (95折), expiry 2025-02-01 (2025-01-01), only annual (annual/quarterly/monthly), one free month and a free "
            "flagship upgrade (none on the card), paper contract (no paper), invoices in three working days (fastest 2 h), data kept 15 days "
            "(30), phone 13812345668 (13812345678). He confirms annual + 普票, so caller condition 1 is reached literally. Step 3 counts with "
            "the wrong discount (holdout rule: content conveyed with wrong figures)."),
    L("renewal-04.txt", R, "C", RN, {1: [0, 2], 2: [2], 3: [2]},
      correct=[
          "我是续费专员李明",
          "您公司账户2025-01-01到期，CRM+项目管理组合，老客户95折",
      ],
      invented=[("扩容是免费的", N), ("月付比年付贵百分之十五", W), ("年付还包含专属客户经理上门培训", N),
                ("我这边先帮您按年付续上了", N)],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["发票这次能当天开吗？"],
      style=["curt", "ignores_customer"],
      notes="Curt opening (no company name in full, no 方便吗). Wrong: free expansion (quoted, bundled), monthly 15% dearer and on-site training from an account manager with annual billing (nothing on the "
            "card). The invoice question is ignored even when he repeats it. He says '今天定不了，得内部走流程' and she claims the annual "
            "renewal is done and ends [END:1]: illegitimate (caller/callee condition 2 would fit)."),

    # ---------------- english-support (bundled, English, 5 steps) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "This is Sarah Lee from CloudDesk",
          "it expires on March thirty-first",
          "you're on CloudDesk Pro with forty seats",
          "you can go down to any number of seats at renewal",
          "three hundred dollars per seat per year before the discount",
          "you get fifteen percent off",
          "For forty seats that's ten thousand two hundred",
          "twenty-five dollars per seat per month",
          "Billing is now one invoice per renewal, you can pay by card or bank transfer within thirty days",
          "I'll personally check the invoice before it goes out",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "empathetic", "derived_figure"],
      notes="All figures in words. The 32-seat price (eight thousand one hundred sixty = 32 × 300 × 0.85) is derived, not invented, and "
            "not listed as a fact. Double charge acknowledged with an apology. He agrees to 32 seats annual; she offers the email quote "
            "(step 5) and gives the first closing line: caller condition 1."),
    L("english-support-02.txt", E, "B", ESS, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=[
          "Sarah Lee from CloudDesk here, calling about your Pro subscription expiring March 31",
          "You've got 40 seats on Pro",
          "Annual Pro for 40 seats is $12,000, but renewing before March 31 gets you 15% off, so $10,200",
          "monthly at $25 a seat per month",
          "Your account goes read-only for 14 days, then it's suspended, and we keep your data for 90 days",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["short", "slightly_pushy"],
      notes="Step 4 skipped: billing (one invoice, card or transfer within 30 days, personal check) is never explained, and last year's "
            "double charge is never acknowledged; he does not ask, so nothing is unanswered. 'Renewing early is really the way to go' is "
            "mild push (style). He wants the quote by email to look at tonight: callee condition 2 after the second closing line."),
    L("english-support-03.txt", E, "C", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10]},
      correct=[
          "This is Sarah Lee from CloudDesk, calling about your Pro subscription that expires on March 31",
          "You're on CloudDesk Pro with 40 seats",
          "It's one invoice now",
          "by card or bank transfer",
          "I'll check the invoice myself",
          "Support is on 1-800-555-0142",
      ],
      invented=[("you can only reduce seats by up to ten", W), ("ten percent off", W), ("$9,840", D),
                ("Monthly is $28 per seat per month", D), ("the invoice is due on receipt", N),
                ("we'll add a free onboarding session", N), ("read-only for thirty days", W),
                ("data is kept for six months", W), ("support is open on weekends too", N),
                ("the quote is only valid through today", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["fluent", "confident_errors"],
      notes="Wrong: seat cuts capped at ten (any number), 10% (15%), $9,840 ($10,200), $28 monthly ($25), due on receipt (30 days), "
            "a free onboarding session (nothing on the card), read-only 30 days (14), data six months (90 days), weekend support (Mon–Fri), the quote valid only today (the discount runs to March 31). "
            "He agrees to renew 40 and asks for the quote, so caller condition 1 is reached literally; her 'I'll email the quote' covers step 5."),
    L("english-support-04.txt", E, "C", ESS, {1: [0, 2], 2: [2], 3: [2]},
      correct=[
          "Sarah Lee, customer success",
          "Forty seats on Pro",
          "it's $10,200",
      ],
      invented=[("the discount ends this Friday", N), ("lock in a two-year term at the same price", W),
                ("I've renewed the forty seats for you", W)],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["How's billing work now?"],
      style=["curt", "ignores_customer"],
      notes="Curt opening ('Mark? CloudDesk.'). Wrong: discount ends this Friday (before March 31), a two-year term at the same price "
            "(not on the card). The billing question is brushed off ('Let's not worry about last year'), which the callee card says irritates "
            "him. He says 'I'll think about it. Email me.' and she claims the 40 seats renewed and ends [END:1]: illegitimate (condition 2 "
            "would fit)."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "labels;", len(KINDS), "invented kinds")
