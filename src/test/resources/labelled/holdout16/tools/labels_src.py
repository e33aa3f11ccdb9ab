#!/usr/bin/env python3
"""Label source for holdout16. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout16"

SR = {"何静": "caller", "马骏": "callee"}
SRG = {"客服": "caller", "用户": "callee"}
FT = {"Renee Okafor": "caller", "Gary Lindqvist": "callee"}
FTS = {"Renee": "caller", "Gary": "callee"}
FTG = {"Agent": "caller", "Gary": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
IS = {"Tom Baker": "caller", "Linda Park": "callee"}
ISS = {"Tom": "caller", "Linda": "callee"}

KINDS = {}  # invented text -> "digits" (contains 0-9) | "words" (a number in words) | "none" (no number at all)


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


S = "screen-repair.md"
F = "furnace-tuneup.md"
I = "installment.md"
V = "isp-visit.md"

LABELS = [
    # ---------------- screen-repair (Chinese, new, 6 steps) ----------------
    L("screen-repair-01.txt", S, "A", SR, {1: [0], 2: [2], 3: [4], 4: [6], 5: [14], 6: [10, 16]},
      correct=[
          "您昨天在星拓服务小程序上提了一个X30 Pro碎屏的寄修申请",
          "屏幕碎了，但是显示还是正常的，就右下角那块触控有时候点不动",
          "您买手机的时候加购了碎屏保，有效期一直到今年十一月十九号",
          "这次给您换原厂的屏幕总成，是不用您出钱的",
          "万一工程师拆开检测发现中框或者主板也有问题，他会先给您打电话报个价，您同意了才修，您要是不同意，就原样免费给您寄回来，检测本身是不收钱的",
          "换屏一般是不需要清数据的，但是维修过程中我们也没法跟您打包票说百分之百不丢，所以寄之前一定先备份一下",
          "把“查找设备”关掉，SIM卡和存储卡取出来，手机壳、贴膜也都摘了",
          "寄的时候就寄手机本身就行，充电器、盒子啥的都不用",
          "密码千万别告诉任何人，包括我们自己的工作人员也不用告诉",
          "维修中心收到手机以后，一个工作日之内就能修好，算上来回路上的快递，一般三到五天就回到您手上了",
          "寄修这边是没有备用机的",
          "体育西路那边的线下服务中心，每天上午十点到晚上八点，碎屏保在那边一样能用，到店换屏大概一个小时",
          "取件是顺丰上门，来回运费都是我们出",
          "明天七月十五号上午九点到十二点、明天下午两点到六点，或者后天七月十六号周四上午九点到十二点",
          "快递员会带个防震的包装盒过去",
          "七月十五号下午两点到六点，地址是翠景花园三栋一二零四",
          "四零零，八二八，六一九零，每天早上九点到晚上九点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "phone_number_in_words", "customer_asks_qa", "long_turns"],
      notes="Complete and chatty (嗯, 那个, 哈, 好嘞). Every figure in Chinese number words: 十一月十九号, 三到五天, 上午十点到晚上八点 (=10:00–20:00), "
            "一二零四, hotline 四零零，八二八，六一九零. Password, backup-phone and data questions answered from the Q&A; he weighs the store and chooses "
            "寄修. Step 6's timing line sits in turn 10 (answering 多久), its confirmation in 16. Caller condition 1 with the card's closing plus a reminder."),
    L("screen-repair-02.txt", S, "A", SR, {1: [0], 2: [2], 3: [4], 4: [8], 5: [8], 6: [6]},
      correct=[
          "您昨天小程序提的X30 Pro碎屏寄修",
          "屏碎、显示正常、右下角touch时灵时不灵",
          "有效期到2026/11/19，换原厂屏幕总成0元",
          "如果检测出中框/主板问题，工程师先电话报价，同意才修，不同意免费原样寄回，检测免费",
          "中心收到后1个工作日修好，来回3-5天",
          "寄修没有备用机",
          "体育西路线下服务中心，10:00-20:00，碎屏保一样用，到店换屏约1h",
          "都先备份（云空间或电脑）",
          "关“查找设备”，取SIM卡和存储卡，摘壳和膜，只寄裸机，充电器盒子不用",
          "取件顺丰上门，往返运费我们出",
          "7/15 9-12点、7/15 14-18点、7/16周四9-12点",
          "热线400-828-6190，9:00-21:00",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "digits_and_symbols", "abbreviations", "mixed_english", "merged_steps", "unusual_correct_forms"],
      notes="Terse, symbol-heavy and mixed with English (check, OK, touch, backup): 2026/11/19, 0元, 1h, 3-5天, 7/15 14-18点 (=下午2点到6点). "
            "He has a Friday deadline; the rep offers the store (10:00-20:00, ~1h, 碎屏保 valid) and says 寄修 has no spare phone. Steps 4+5 merged in turn 8 "
            "(prep + slots, no pick); step 6 timing in turn 6. He wants to back up first and maybe go to the store, asks for the info in the mini-program = "
            "callee condition 2; the rep sends it and closes with the card's second line."),
    L("screen-repair-03.txt", S, "A", SR, {1: [0, 2], 2: [4], 3: [2, 6], 4: [6], 5: [6, 8], 6: [6, 10]},
      correct=[
          "您昨天在星拓服务小程序提交的X30 Pro碎屏寄修",
          "X30 Pro原厂屏幕总成是一千一百八十元",
          "购机时加购了碎屏保，有效期到今年11月19日，还没使用过，所以这次换原厂屏幕总成，您一分钱都不用付",
          "**现象**：屏幕碎了，显示正常，右下角触控偶尔失灵",
          "要是拆机检测发现中框或者主板也有损坏，工程师会先打电话报价，您同意了才修，不同意就免费原样寄回，检测不收费",
          "先备份数据，云空间或者电脑都行",
          "换屏虽然一般不清数据，但维修中我们没法保证百分之百不丢",
          "关掉“查找设备”；3）取出SIM卡和存储卡；4）摘掉手机壳和贴膜",
          "只寄手机本身，充电器和包装盒不用寄",
          "顺丰上门，往返运费我们承担，快递员会带防震包装盒",
          "维修中心收到后一个工作日内修好，加上来回快递一般3到5天回到您手上",
          "不需要，也请不要告诉任何人，包括我们这边的人",
          "明天7月15号上午9点到12点，明天下午2点到6点，或者7月16号周四上午9点到12点",
          "取件时间7月16日周四上午9点到12点，地址广州市天河区翠景花园3栋1204",
          "新换的屏幕保修90天",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["markdown_in_speech", "long_monologue", "customer_leads", "off_topic", "merged_steps", "unusual_correct_forms"],
      notes="Markdown read aloud (**如果没有碎屏保**, **第一，费用**, 1）2）3）4）). He opens with the no-insurance price (1180, card Q&A) before the purpose "
            "is finished; the rep answers it and states the insured price (free). Off-topic: exporting WeChat chats — the rep says they can't touch his "
            "data and he must back up himself (consistent with the card; nothing invented). One long monologue (turn 6) covers steps 3–6 content; slots "
            "offered in 8, Thursday morning confirmed in 10; 90-day screen warranty from the Q&A. Caller condition 1."),
    L("screen-repair-04.txt", S, "B", SR, {1: [0], 3: [2], 4: [6], 5: [8], 6: [4, 10]},
      correct=[
          "您昨天在小程序提交了手机碎屏的寄修申请",
          "您购机的时候买了碎屏保，到今年11月19号都有效，这次换原厂屏幕总成是免费的",
          "要是检测出来中框或者主板也有损坏，工程师会先打电话报价，您点头了才修，不修的话原样给您寄回，检测免费",
          "维修中心收到后一个工作日内就修好，连来回快递一般三到五天",
          "先备份数据，关掉查找设备，把SIM卡、存储卡拿出来，壳和膜摘掉，充电器盒子都不用寄，就寄手机",
          "取件是顺丰上门，往返运费我们出，快递员带防震盒子",
          "明天上午9点到12点、明天下午2点到6点，或者周四上午9点到12点",
          "7月15号明天上午9点到12点上门取件，地址翠景花园3栋1204",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["你们有备用机吗？"],
      style=["step_skipped", "vague_answer", "numerals_in_words"],
      notes="Step 2 skipped: the fault (model, symptoms, water, bent frame) is never checked. The spare-phone question gets "
            "「要看具体情况吧，您到时候可以再问问」 although the card answers it (寄修不提供备用机; store same day): unanswered, not invented (no claim made). "
            "Everything stated is right. Caller condition 1 with the card's closing."),
    L("screen-repair-05.txt", S, "B", SRG, {1: [0], 2: [2], 3: [4], 4: [8], 5: [6], 6: [8, 10]},
      correct=[
          "您昨天那个X30 Pro碎屏的寄修申请我们收到了",
          "X30 Pro，屏幕碎了，显示没问题，右下角点着有时候没反应",
          "您买机的时候带了碎屏保，今年十一月十九号之前都有效，换原厂屏幕总成免费的",
          "如果拆开发现中框、主板也坏了，工程师会先打电话报价，您同意才修，不同意就原样免费寄回去，检测不收钱",
          "顺丰上门来取，来回运费我们出",
          "明天七月十五号上午九点到十二点、下午两点到六点，或者七月十六号周四上午九点到十二点",
          "周四上午九点到十二点，地址是翠景花园3栋1204",
          "寄之前您得先备份一下数据哈，然后把查找设备关掉，SIM卡存储卡拿出来，壳跟膜摘掉，就寄手机本身，充电器不用",
          "收到后一个工作日修好，加上快递来回一般三到五天",
      ],
      closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["generic_speaker_names", "order_swap", "weak_closing", "filler_words", "numerals_in_words"],
      notes="Speakers are 客服/用户. Order swap: the slot is booked (step 5) before the preparation (step 4), which comes as 「对了，忘了说」 in the "
            "confirmation turn. Weak closing 「行那就这样哈，拜拜」: no 已约好 / courier-call line. All facts right; caller condition 1 holds (slot, fault, prep known)."),
    L("screen-repair-06.txt", S, "C", SR, {1: [0], 2: [2], 3: [4], 4: [8], 5: [12], 6: [6, 14]},
      correct=[
          "您昨天在星拓服务小程序提交了X30 Pro碎屏的寄修申请",
          "屏幕碎了，显示正常，右下角触控有时候失灵",
          "这次换原厂屏幕总成不用您付钱",
          "寄之前先备份数据，关掉查找设备，SIM卡和存储卡取出来，壳和膜摘掉",
          "顺丰上门，往返运费我们承担",
          "可以约明天7月15号上午9点到12点、明天下午2点到6点，或者7月16号周四上午9点到12点",
          "明天7月15号下午2点到6点取件，地址翠景花园3栋1204",
      ],
      invented=[
          ("有效期到明年十一月", "words"),
          ("检测这块要收50块检测费", "digits"),
          ("来回一般得七到十天", "words"),
          ("充电器也要一起寄过来", "none"),
          ("得您自己找顺丰理赔", "none"),
          ("新屏幕保修一年", "words"),
          ("400-828-6910", "digits"),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_facts_mixed", "numerals_in_words"],
      notes="Seven wrong facts of different kinds: insurance expiry 明年十一月 (card: 今年11月19日), a 50块 inspection fee (card: 检测不收费), 七到十天 "
            "round trip (card: 3–5天; slower, so not a forbidden faster promise), the charger must be sent (card: not), transit loss is the customer's problem "
            "with SF (card: we are responsible), 保修一年 (card: 90天), hotline 400-828-6910 (card: …6190). Steps counted where their content is conveyed, even "
            "wrongly (step 6 via the timing line). The right slot is booked, so caller condition 1 holds literally."),
    L("screen-repair-07.txt", S, "C", SR, {1: [0], 3: [4], 5: [10], 6: [12]},
      correct=[
          "您昨天在小程序上提交了X30 Pro碎屏的寄修申请",
          "有效期到今年11月19号，换原厂屏幕总成免费",
          "取件是顺丰上门",
          "明天7月15号上午9点到12点、下午2点到6点，或者16号周四上午9点到12点都可以",
      ],
      invented=[
          ("不用备份也没关系的", "none"),
          ("寄修期间我们给您寄台备用机", "none"),
      ],
      forbidden=[
          "您放一百个心，数据肯定不会丢的",
          "这次换完，碎屏保还能再用一次",
          "中框弯了也一起免费给您弄好",
          "查找设备不关也没关系",
          "您就把锁屏密码告诉我",
          "回头加我个人微信发给我也行",
          "修好了明天就能给您寄回来",
      ],
      opening_ok=True, closing_ok=False, legitimate=False, cond=None, side=None, marker=("callee", 1),
      style=["forbidden_promises", "cute_tone_tilde", "step_skipped"],
      notes="Seven red lines paraphrased: data 肯定不会丢, 碎屏保 usable again, bent frame free, 查找设备 need not be turned off, asks for the lock-screen "
            "password, then offers his personal WeChat for it, 明天就能寄回来 (faster than the card). Two invented facts: no need to back up, a spare phone "
            "(card: none for 寄修). Step 2 never asked (he volunteers the bent frame); step 4 not covered (its content is contradicted). He books, but "
            "callee condition 1 needs him to know to back up and turn off 查找设备 — he was told the opposite — so the [END:1] is not legitimate."),
    L("screen-repair-08.txt", S, "C", SR, {1: [0], 3: [2]},
      correct=["您有碎屏保，换屏不要钱"],
      invented=[
          ("这个碎屏保下个月系统升级以后就不让用了", "none"),
          ("门店修不了碎屏保的，碎屏保只能走寄修", "none"),
      ],
      forbidden=[
          "您最好今天就寄",
          "您今天不约的话，明天的取件名额就没了",
          "我先给您下单明天上午的取件了哈",
      ],
      unanswered=["那多久能好啊，我周五要交片", "密码要不要给你们？"],
      opening_ok=False, closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["weak_opening", "pressure", "slot_imposed", "dodge", "hangup", "short_clipped_turns"],
      notes="Curt opening with no name and no 官方 (「喂，马骏是吧，星拓寄修的」) but identity and purpose are there, so step 1 counts; opening_ok false. "
            "Invented: 碎屏保 stops next month (card: valid to 11/19), stores can't use 碎屏保 (card: they can). Pressure (今天就寄, 名额就没了) and a slot "
            "booked without a yes: forbidden. 多久 answered only 「很快的」 and the password question ignored: unanswered. Imposed slot does not count as "
            "step 5. He hangs up = callee condition 3, a legitimate end; no closing."),

    # ---------------- furnace-tuneup (English, new, 6 steps) ----------------
    L("furnace-tuneup-01.txt", F, "A", FT, {1: [0], 2: [2, 4], 3: [6, 8], 4: [12], 5: [14, 16], 6: [16, 18]},
      correct=[
          "you put in a service request with us on Sunday about the furnace rattling",
          "when does the rattle happen, and do you know roughly how old the furnace is",
          "have you noticed any kind of burning smell or a gas smell at all, or has your carbon monoxide alarm gone off",
          "That's a twenty-one point inspection, they clean the burners and the flame sensor, and they do a carbon monoxide test",
          "it's a flat eighty-nine dollars, and you checked the box for sixty-five and up, so you get ten percent off, which makes it, uh, eighty dollars and ten cents",
          "If it does need a part, the tech writes up the price for you first, in writing, and nothing gets done unless you say okay",
          "if you do go ahead the same day, the tune-up fee gets credited toward the repair",
          "I can't diagnose it over the phone",
          "if you ever smell gas, leave the house and call the gas company or nine-one-one from outside",
          "Thursday the twenty-second, either an eight-to-ten in the morning arrival window or one to three in the afternoon, or Friday the twenty-third between ten and noon",
          "we need an adult at home, about three feet of clear space around the furnace, and if you've got pets, just shut them in another room",
          "The tune-up's about an hour to an hour and a half",
          "the tech'll text you about half an hour before they get there",
          "There's nothing to pay today, by the way, you just pay the technician at the end, card, check or cash",
          "Thursday the twenty-second, one to three, at four-twelve Maple Ridge Drive",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "worked_total", "customer_asks_qa", "rounded_units"],
      notes="Chatty (um, uh, so, like). All figures in words: twenty-one point, eighty-nine, ten percent, eighty dollars and ten cents, "
            "nine-one-one, four-twelve; 60–90 min as 'an hour to an hour and a half', 30 min as 'half an hour' (both right). Defers the price one turn "
            "to ask about the problem. 'Blow up' question handled by the card's no-diagnosis + gas-smell line. He rules out Thursday morning; Thursday "
            "1–3 booked. Caller condition 1 with the card's closing."),
    L("furnace-tuneup-02.txt", F, "A", FTS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [8]},
      correct=[
          "Re: your web request Sun 10/18, furnace rattling",
          "When does it rattle + how old's the furnace? Any burning/gas smell, CO alarm going off?",
          "21-pt inspection, burner + flame sensor cleaning, CO test",
          "Flat $89 − 10% senior = $80.10",
          "Part needed → written price first, nothing w/o your OK",
          "Comfort Club, $179/yr, optional: furnace + AC tune-up, 15% off repairs, priority scheduling",
          "Thu 10/22 8–10a or 1–3p, Fri 10/23 10a–12p",
          "adult home, ~3 ft clear around furnace, pets in another room; tech texts ~30 min ahead",
          "Nothing to pay today, pay tech at end, card/check/cash",
          "Office (512) 555-0143, M–Sat 7a–7p",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "abbreviations", "digits_and_symbols", "merged_steps", "worked_total", "first_names_only", "ascii_colon"],
      notes="Telegraphic (Re:, +, →, w/o, ~, 8–10a, M–Sat 7a–7p) with first names as speaker tags and ASCII colons. Worked total '$89 − 10% senior = "
            "$80.10'. He asks about the club himself; the rep gives the card facts and says it's optional (not pushed). Steps 5+6 merged in turn 8 "
            "(prep + payment + office line) before any pick, since he must check with Joan and asks for a text = callee condition 2; card's second closing."),
    L("furnace-tuneup-03.txt", F, "A", FT, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=[
          "You sent us a service request on Sunday about your furnace rattling when it starts up",
          "when does the rattle happen, and roughly how old is the furnace? And have you noticed a burning or gas smell, or has a carbon monoxide alarm gone off?",
          "That covers a 21-point inspection, cleaning the burners and the flame sensor, and a carbon monoxide test",
          "**What it costs:** $89 flat; you ticked the 65-or-older box, so you get 10% off, which brings it to $80.10",
          "the technician gives you a written, flat-rate price first and does nothing without your okay",
          "If you decide to go ahead the same day, the tune-up fee is credited toward the repair",
          "**How long:** about 60 to 90 minutes",
          "A standard one-inch filter is $12 if you'd like us to replace it, or you're welcome to use your own",
          "the Comfort Club is $179 a year and includes a furnace tune-up and an AC tune-up, 15% off repairs, and priority scheduling. It's completely optional",
          "**Thursday the 22nd**, 8–10 am or 1–3 pm arrival, or **Friday the 23rd**, 10 am to noon",
          "an adult needs to be home, please leave about three feet of clear space around the furnace, and keep any pets in another room",
          "The technician will text you about 30 minutes before arriving",
          "if the same problem returns within 30 days, we come back at no charge",
          "Nothing to pay today and no deposit. You pay the technician at the end of the visit, by card, check or cash",
          "Friday, October 23rd, 10 am to noon, 412 Maple Ridge Drive",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["markdown_in_speech", "long_monologue", "customer_asks_qa", "worked_total"],
      notes="Markdown bold labels read aloud (**What it costs:**, **How long:**, **Thursday the 22nd**). One long monologue (turn 4) for step 3 plus "
            "repair credit and duration. Filter ($12 or his own), club ($179, optional, dropped after he declines) and 30-day callback from the Q&A. "
            "Friday 10–noon booked; he ends on callee condition 1 after the card's first closing."),
    L("furnace-tuneup-04.txt", F, "B", FT, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=[
          "You sent us a request on Sunday about your furnace rattling",
          "twenty-one-point inspection, burners and flame sensor cleaned, carbon monoxide test",
          "It's eighty-nine flat, and with your senior discount, ten percent off, you're at eighty dollars and ten cents",
          "If anything needs a part, you get the price in writing first and nothing happens without your okay",
          "Thursday the 22nd, eight to ten or one to three, or Friday the 23rd, ten to noon",
          "We'll need an adult home, about three feet cleared around the furnace, and pets in another room",
          "The tech texts you about thirty minutes ahead",
          "You pay the tech at the end, card, check, or cash",
          "Thursday, one to three, 412 Maple Ridge Drive",
      ],
      cond=1, side="callee", marker=("callee", 1),
      unanswered=["How long's the whole thing take?"],
      style=["step_skipped", "vague_answer", "numerals_in_words"],
      notes="Step 2 skipped: never asks when it rattles, the furnace's age, smells or the CO alarm. Duration question answered only 'not too long, our "
            "guys are pretty quick' (card: 60–90 minutes): unanswered, not invented. All stated facts right; Thursday 1–3 booked, callee condition 1."),
    L("furnace-tuneup-05.txt", F, "B", FTG, {1: [0, 2], 2: [4], 3: [6], 4: [8], 5: [10], 6: [12]},
      correct=[
          "You filled out a service request on our site Sunday",
          "How long does the rattle last, and how old is the unit, roughly? Any burning or gas smell, or has the CO alarm ever gone off?",
          "21-point inspection, burner and flame-sensor cleaning, a CO test",
          "Normally 89 bucks, minus your 10% senior discount, so $80.10 all in",
          "If a part's needed, the tech gives you a written price before touching anything",
          "Thursday 8 to 10, Thursday 1 to 3, or Friday 10 to 12",
          "Someone over 18 needs to be home, clear about three feet around the furnace, and put any pets in another room",
          "The tech will text you around 30 minutes out",
          "Friday the 23rd, ten to twelve, 412 Maple Ridge Drive",
      ],
      opening_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["generic_speaker_names", "weak_opening", "short_clipped_turns", "step_line_omitted"],
      notes="Speaker tags Agent/Gary. Clumsy opening ('Hey, calling about the furnace' → 'Who is this?'); name and company come a turn late, so step 1 "
            "counts over turns 0+2 but opening_ok is false. Step 6's payment line is never said (nothing to pay today / pay at the end); step 6 "
            "still counts through the confirmation. 'Someone over 18' = adult, 'Friday 10 to 12' = 10–noon: right. Caller condition 1."),
    L("furnace-tuneup-06.txt", F, "C", FT, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12, 14]},
      correct=[
          "You sent us a service request Sunday about your furnace rattling",
          "21-point inspection, burner and flame sensor cleaning, carbon monoxide test",
          "If it needs a part, they'll write up the price first and won't do anything without your okay",
          "Thursday the 22nd, 8 to 10 or 1 to 3, or Friday the 23rd, 10 to noon",
          "We'll need an adult home, three feet of space around the furnace, and pets put away",
          "Monday to Saturday, 7 to 7",
          "Thursday the 22nd, 1 to 3, at 412 Maple Ridge Drive",
      ],
      invented=[
          ("It's a flat ninety-nine dollars", "words"),
          ("as a senior you get 15% off", "digits"),
          ("About thirty minutes", "words"),
          ("the filter swap is included free", "none"),
          ("The tech will give you a call about two hours ahead", "words"),
          ("If the same problem comes back within 90 days", "digits"),
          ("there's nothing to pay the technician on the day; we'll email you an invoice afterwards", "none"),
          ("(512) 555-0134", "digits"),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_facts_mixed", "digits_and_words_mixed"],
      notes="Eight wrong facts: ninety-nine dollars (card $89), 15% senior discount (card 10%), visit thirty minutes (card 60–90), filter free "
            "(card $12), a call two hours ahead (card: text ~30 min before), 90-day callback (card 30), an emailed invoice instead of paying the "
            "technician at the end, office (512) 555-0134 (card …0143). Steps count where conveyed, even wrongly. Thursday 1–3 booked, so caller "
            "condition 1 holds literally; the closing is a short form of the card's first."),
    L("furnace-tuneup-07.txt", F, "C", FT, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=[
          "You sent us a request Sunday about the furnace rattling",
          "21-point inspection, burner and flame sensor cleaning, CO test. $89, and with your senior discount it's $80.10",
          "Thursday the 22nd, 8 to 10 or 1 to 3, or Friday 10 to noon",
          "the Comfort Club, it's $179 a year",
      ],
      invented=[("it covers all parts, so basically any repair is free", "none")],
      forbidden=[
          "a rattle like that is almost always just a loose panel or a screw, nothing to worry about at all",
          "at that age you're probably looking at a new furnace pretty soon anyway",
          "I can pretty much promise you won't need any repairs after that",
          "Let me just grab a card number to hold the slot for you",
          "it's a no-brainer at your furnace's age, most of our seniors sign up on the first call. I can add it right now",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["forbidden_promises", "upsell_pressure", "hangup"],
      notes="Five red lines: phone diagnosis that it's harmless, hinting at replacement, promising no repairs, asking for a card to hold the slot "
            "(he refuses), pushing the club after a clear no. Invented: the club 'covers all parts' (card: 15% off repairs). Step 2 counts via "
            "'How old is it?'. Steps 5–6 never reached. He ends the call (callee condition 3, legitimate); no closing."),
    L("furnace-tuneup-08.txt", F, "C", FT, {1: [0], 2: [2], 3: [2], 4: [6], 5: [8, 10], 6: [12]},
      correct=[
          "the service request you sent us on Sunday, the furnace rattle",
          "flat $89, and since you're sixty-five plus it's ten percent off, so $80.10",
          "That covers the 21-point inspection, a carbon monoxide test",
          "Can you tell me when the rattle happens and how old the furnace is? Any smells, or the CO alarm going off?",
          "Thursday the 22nd, eight to ten or one to three, or Friday the 23rd, ten to noon",
          "he'll text about 30 minutes before",
          "clear about three feet around the furnace, and put the dog in another room",
          "Nothing to pay today, you pay at the end by card, check or cash",
          "Friday the 23rd, ten to noon, at 412 Maple Ridge Drive",
      ],
      invented=[
          ("the tune-up includes replacing the flame sensor", "none"),
          ("the senior discount actually only applies if you're in our Comfort Club", "none"),
          ("You don't need to be home, just leave a key under the mat", "none"),
      ],
      forbidden=[
          "that's super common when a furnace first fires up, it's just dust burning off",
          "You're totally fine to keep running it until the technician gets there",
          "Dave will be your technician",
      ],
      unanswered=["And if it needs a part?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["forbidden_promises", "self_contradiction", "dodge", "digit_free_errors"],
      notes="He reports a whiff of gas; the rep diagnoses it as dust and says it's fine to keep running (two red lines) and names a technician "
            "(red line). Three digit-free wrong facts: flame sensor replaced (card: cleaned), senior discount only with the club (contradicting her "
            "own correct $80.10), no one needs to be home (card: an adult at home). The repair-part question is dodged. Friday 10–noon booked and "
            "he knows about space and the dog, so caller condition 1 holds literally."),

    # ---------------- installment (Chinese, bundled, 5 steps, no red-line list) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0], 2: [2, 4], 3: [10], 4: [8], 5: [12]},
      correct=[
          "看到您这期账单里有一笔一万二的大额消费",
          "这笔可以分三期、六期或者十二期，每期的手续费率分别是百分之零点七五、零点七和零点六五",
          "拿一万二分六期举例，每期本金两千，手续费八十四块，六期下来手续费一共五百零四",
          "十二期的话，每期本金一千，手续费是一万二的百分之零点六五，七十八块一期，十二期加起来手续费九百三十六块",
          "分三期就是每期本金四千，手续费九十，总共二百七十",
          "打卡片背面的客服电话九五五八八核实，我的工号是六零二一",
          "剩下那几期的手续费还是照常收的",
          "分期一旦办了就不能提前取消",
          "您每还一期，相应的额度就恢复了",
          "正常按期还款是不影响征信的，分期记录显示的就是正常还款",
          "每期本金两千加手续费八十四，一期还两千零八十四",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "worked_total", "customer_asks_qa", "customer_led_order"],
      notes="All figures in words, with totals worked out from the card's rates: 12期 78/期 → 936, 3期 90/期 → 270, 6期 2000+84 = 2084 a month. "
            "Verification (95588, 工号六零二一), prepayment, credit-line and 征信 answered from the card. Step 4 comes before step 3 because he asks "
            "about prepayment first (customer-led, not marked down). Caller condition 1 with the card's first closing."),
    L("installment-02.txt", I, "B", IN, {1: [0], 2: [2], 3: [8], 4: [6], 5: [8]},
      correct=[
          "您这期账单有笔12000元的消费",
          "可以分3期、6期、12期，每期费率0.75%、0.7%、0.65%",
          "比如分6期，每期本金2000元，手续费84元，总共504元",
          "可以提前还清，但剩余期数的手续费照常收取，而且办理后不能提前取消",
          "每还一期，额度就恢复相应的部分",
      ],
      closing_ok=False, cond=2, side="caller", marker=("caller", 2),
      unanswered=["分期会不会上征信？"],
      style=["digits", "vague_answer", "weak_closing"],
      notes="征信 question answered 「一般来说应该还好吧，具体我也说不太准」 (card: 正常按期还款不影响征信): unanswered, no claim made. He asks for an SMS; "
            "the rep accepts and ends 「嗯嗯好的，那先这样」 without the card's SMS closing line: closing_ok false. Caller condition 2 (he wants to think, "
            "SMS agreed). Step 5 counts through '要是现在确认，我马上帮您办，办好短信通知您'."),
    L("installment-03.txt", I, "C", IN, {1: [0], 2: [2], 3: [8], 4: [4, 8], 5: [10]},
      correct=[
          "看到您这期账单有一笔一万二千元的大额消费，今天来电跟您介绍一下账单分期",
          "您可以分3期、6期或者12期，每期费率分别是0.75%、0.7%和0.65%",
          "像一万二分六期的话，每期本金两千",
          "最低还款是账单的10%，一千八百五",
      ],
      invented=[
          ("手续费七十二块", "words"),
          ("提前还清的话，剩下的手续费就不收了", "none"),
          ("剩下的也不收利息", "none"),
          ("分期的额度要等全部还清以后才恢复", "none"),
      ],
      closing_ok=False, cond=1, side="callee", marker=("callee", 1),
      style=["wrong_facts_mixed", "digits_and_words_mixed"],
      notes="Right rates but a wrong worked figure (七十二 a month for 6期; card 84) he questions and lets go; three digit-free wrong policies: no "
            "remaining fees on prepayment (card: charged), no interest on the unpaid balance after the minimum (card: 按日计息), credit line only "
            "after full repayment (card: restored per instalment). Card has no red-line list, so these are invented facts only. He agrees to 6期 "
            "(callee condition 1, legitimate); the rep never closes."),
    L("installment-04.txt", I, "C", IN, {1: [0], 2: [2], 3: [6]},
      correct=[
          "您这期有笔12000元的大额消费",
          "分3期、6期、12期都可以",
          "每月本金1000",
          "您可以打95588核实",
      ],
      invented=[
          ("每期只要0.6%", "digits"),
          ("总共手续费也就864块", "digits"),
          ("我工号6012", "digits"),
          ("那我这边先给您办上了", "none"),
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["提前还清的话手续费还收吗？"],
      style=["wrong_facts_digits", "claims_agreement", "dodge", "short_clipped_turns"],
      notes="Digit errors: 12期 rate 0.6% (card 0.65%) and the matching wrong total 864 (card 936), 工号6012 (card 6021). Prepayment question deferred "
            "to 'the SMS': unanswered. He says 「我再想想，你先别办，今天不定」 and the rep says 「那我这边先给您办上了」 with the success closing: the "
            "claimed agreement is listed as invented (no red-line list) and the [END:1] is illegitimate. Steps 4 and 5 (no 确认办理吗) not covered."),

    # ---------------- isp-visit (English, bundled, 5 steps, no red-line list) ----------------
    L("isp-visit-01.txt", V, "A", IS, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10]},
      correct=[
          "I'm calling about your ticket on the slow connection",
          "it's a fault at the wall socket, so we just need to send a technician to your place to swap it out",
          "The repair itself takes about an hour",
          "the visit and the new socket are both on us since the fault's on our side",
          "you'll get a fifteen-dollar credit on your next bill for the days the line was slow",
          "weekends are only Saturday mornings, and honestly the next free Saturday slot is two weeks out",
          "Tuesday or Thursday, morning or afternoon",
          "someone over eighteen needs to be home to let the tech in",
          "The tech'll text you half an hour before they arrive",
          "before they leave they'll run a speed test with you",
          "call one eight hundred, five five five, oh one nine nine, at least four hours before the slot and we'll move it for free",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "phone_number_in_words", "customer_asks_qa", "rounded_units"],
      notes="Chatty (yeah, so, ugh, honestly). Numbers in words: fifteen-dollar credit, two weeks, over eighteen, half an hour (=30 min), the "
            "1-800 number spoken digit by digit. Weekend question answered (Saturday mornings, two weeks out). She mentions her 16-year-old son; the "
            "rep keeps the adult rule and she will be home. Thursday afternoon, caller condition 1 with the card's closing."),
    L("isp-visit-02.txt", V, "B", ISS, {1: [0], 2: [2], 3: [2, 4], 4: [6], 5: [8]},
      correct=[
          "calling about your slow-connection ticket, FL-20931",
          "Our line test found a fault at your wall socket, so a tech needs to come out and replace it — about an hour, and no charge for the repair",
          "I can do Tuesday or Thursday, morning or afternoon",
          "Someone over 18 needs to be there to let the tech in",
          "Tech will text you 30 min before showing up",
      ],
      closing_ok=False, cond=1, side="callee", marker=("callee", 1),
      unanswered=["Do I get anything back for this week?"],
      style=["short_clipped_turns", "first_names_only", "ascii_colon", "merged_steps", "vague_answer", "weak_closing"],
      notes="Clipped turns; steps 2+3 merged. The refund question is brushed off as 'a billing thing, I'm not really sure' although the card "
            "has the $15 credit: unanswered, no claim made. Closing 'Done, bye.': closing_ok false. Tuesday afternoon, she'll be home: callee condition 1."),
    L("isp-visit-03.txt", V, "C", IS, {1: [0], 2: [2], 3: [6], 5: [10]},
      correct=[
          "calling about your ticket on the slow connection",
          "Our line test found a fault at the wall socket, so a technician needs to replace it at your home. No charge at all.",
          "Otherwise Tuesday or Thursday, morning or afternoon",
      ],
      invented=[
          ("The repair takes about three hours", "words"),
          ("you'll get a $25 credit", "digits"),
          ("we can do Sunday afternoon too", "none"),
          ("your son can let the tech in, no problem", "none"),
          ("The tech will call when they're ten minutes away", "words"),
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("callee", 1),
      style=["wrong_facts_mixed", "eligibility_error"],
      notes="Wrong facts: repair three hours (card: about an hour), $25 credit (card $15), Sunday afternoon visits (card: Saturday mornings only), "
            "her 16-year-old son may let the tech in (card: over 18), a call ten minutes away (card: text 30 minutes before). Step 4 not covered: the "
            "rep never asks who will be home and approves a minor. She books Thursday afternoon but says she will be out: callee condition 1 "
            "('says she'll be home') is not met, so the [END:1] is illegitimate; no closing."),
    L("isp-visit-04.txt", V, "C", IS, {1: [0], 2: [2], 3: [4]},
      correct=[
          "I'm calling regarding your ticket about the slow connection",
          "The visit itself is free",
          "I have Tuesday or Thursday, morning or afternoon",
      ],
      invented=[
          ("Our line test indicates the problem is in your router", "none"),
          ("the new socket is charged separately", "none"),
          ("just reply to the text any time", "none"),
          ("call 1-800-555-0919", "digits"),
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["Charged how much?", "Do I get a credit or not?"],
      style=["formal_scripted", "dodge", "hangup", "digit_free_errors"],
      notes="Stiff, scripted tone. Wrong: the fault is in her router (card: wall socket), the socket is charged (card: visit and socket free), move "
            "the slot by replying to the text any time (card: call at least four hours before), 1-800-555-0919 (card …0199). The socket price and the "
            "refund (asked twice) are dodged. Step 2 counts (a technician is sent, wrongly motivated). She gives up: callee condition 3, legitimate; no closing."),
]


if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "labels,", len(KINDS), "invented-fact kinds")
