#!/usr/bin/env python3
"""Label source for holdout52 (holdout49's, re-pointed at yumaoqiu-baochang/estate-sale; its header, L() and __main__ come from holdout24 via holdout42-49). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout52"


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


YM = {"徐晓东": "caller", "张敏": "callee"}
YMY = {"羽跃": "caller", "张主管": "callee"}
YMX = {"小徐": "caller", "张敏": "callee"}
YMJ = {"徐经理": "caller", "张主管": "callee"}
YMD = {"羽跃-徐晓东": "caller", "张敏": "callee"}
YMQ = {"小徐（羽跃）": "caller", "张主管": "callee"}
ES = {"Marcus Reed": "caller", "Diane Kowalski": "callee"}
ESH = {"Hollis & Reed": "caller", "Diane": "callee"}
ESM = {"Marcus": "caller", "Ms. Kowalski": "callee"}
ESP = {"Marcus (Hollis & Reed)": "caller", "Diane": "callee"}
ESR = {"Marcus R.": "caller", "Diane": "callee"}
ESE = {"Hollis & Reed Estate": "caller", "Diane K.": "callee"}
INZ = {"华信周敏": "caller", "陈伟": "callee"}
INJ = {"周经理": "caller", "陈先生": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
INC = {"华信银行信用卡中心": "caller", "陈伟": "callee"}
IS = {"Tom Baker": "caller", "Linda Park": "callee"}
ISF = {"FiberLink": "caller", "Linda": "callee"}
IST = {"Tom": "caller", "Linda Park": "callee"}
ISB = {"FiberLink Tom": "caller", "Linda": "callee"}

Y = "yumaoqiu-baochang.md"
E = "estate-sale.md"
I = "installment.md"
V = "isp-visit.md"

LABELS = [
    # ---------------- yumaoqiu-baochang (Chinese, new, 6 steps) ----------------
    L("yumaoqiu-baochang-01.txt", Y, "A", YM, {1: [0], 2: [2], 3: [6], 4: [8, 10], 5: [4, 12], 6: [14]},
      correct=["场馆有公众责任险，前台有急救箱，工作人员都做过急救培训；但员工自己的运动意外险需要公司另外买，我们不包赔个人运动受伤",
               "第一种是工作日晚场包月，每周三晚上七点到九点，四片场地，一个月四次，月费三千二百块",
               "第二种是周末上午包场，每周六上午九点到十二点，六片场地，一个月四次，月费五千七百六十块",
               "两种都是三个月起签，另外押金一千块，合同到期退给您；每次送一桶球，一桶十二只；淋浴、更衣室都免费用的",
               "价格是统一的，不打折的哈张主管", "散客要一百五十块呢", "签约前可以先免费试打一次，两片场地、两个钟头",
               "三月二十号周六下午两点到四点，或者三月二十四号周三晚上七点到九点",
               "签约截止是三月二十六号周五下午六点，四月一号开始第一个月",
               "要取消某一次，至少提前二十四小时跟我说，每个月可以顺延一次，法定节假日那次自动顺延",
               "进场要穿平底运动鞋，不能带外面的教练来收费教学", "付款是对公转账，可以开百分之六的增值税专用发票，我们不收现金的",
               "地下停车场，打球的客人免费停两个小时", "天童南路五百八十八号", "零五七四-八八二三六五一九"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (哈, 呀, 呢, 好嘞), figures in Chinese words (三千二百, 五千七百六十, 零五七四-八八二三六五一九). Step 2's injury "
            "question surfaces the hidden concern (last year's hiking sprain); the rep answers with the card's insurance rule (turn 4, counted "
            "for step 5). Discount Q&A at turn 8 ('每片每小时才一百块' = 3200 / (4 courts x 2 h x 4), derived, consistent with the card's 'cheaper "
            "than 150'). Turn 12 is a monologue of step 5. Parking Q&A per card. 工作日晚场包月, 试打 3/24 Wed 19:00-21:00."),
    L("yumaoqiu-baochang-02.txt", Y, "A", YMY, {1: [0], 2: [2], 3: [6], 4: [8], 5: [4, 10], 6: [12]},
      correct=["3/12（五）", "场馆有公众责任险", "前台有急救箱，工作人员做过急救培训", "员工个人运动意外险需公司另买，球馆不包赔个人运动受伤",
               "A 工作日晚场包月｜每周三 19:00–21:00｜4片｜每月4次｜¥3200/月", "B 周末上午包场｜每周六 9:00–12:00｜6片｜每月4次｜¥5760/月",
               "都是3个月起签＋押金¥1000（到期退）｜每次送1桶球（12只）｜淋浴、更衣室免费", "签约前可免费试打1次（2片×2小时）",
               "Ⓐ 3月20日周六 14:00–16:00 Ⓑ 3月24日周三 19:00–21:00", "签约截止3月26日周五 18:00，4月1日起第1个月",
               "取消某次须提前≥24小时，每月可顺延1次；法定节假日自动顺延", "平底运动鞋；❌外来教练收费教学", "对公转账，可开6%增值税专票；❌不收现金",
               "尽量安排相邻场地，但不能保证固定号码", "天童南路588号", "电话0574-88236519"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends", "customer_asks_qa"],
      notes="Labels 羽跃/张主管. Terse with symbols (①②③, ✔, ⚠, ｜, →, ¥, Ⓐ Ⓑ, 📋, •, ❌, ≥, ×). The injury question surfaces the hidden "
            "concern at turn 3; the insurance rule is given at turn 4. She picks B before being asked (turn 7). Fixed-court Q&A per card "
            "(turn 12). 周末上午包场, 试打 3/20 Sat 14:00-16:00. The callee ends [END:1] after the read-back (callee condition 1)."),
    L("yumaoqiu-baochang-03.txt", Y, "A", YMX, {1: [0], 2: [6], 3: [4], 4: [10], 5: [2, 8, 12], 6: [14]},
      correct=["发票能开，6%的增值税专用发票，对公转账以后开，我们不收现金", "停车是地下停车场，打球的客人免费停2小时", "人数不限，场地就是包下来的那几片",
               "工作日晚场包月，每周三晚上7点到9点，4片场地，一个月4次，月费3200", "周末上午包场，每周六上午9点到12点，6片，一个月4次，月费5760",
               "两种都是3个月起签，押金1000元，合同到期退；每次送一桶球，12只一桶；淋浴和更衣室免费",
               "场馆有公众责任险，前台有急救箱，工作人员都做过急救培训；但员工个人的运动意外险需要公司另外买，个人运动受伤我们不包赔",
               "签约前可以先免费试打一次，2片场地2个小时", "3月20号周六下午2点到4点，或者3月24号周三晚上7点到9点",
               "签约截止是3月26号周五下午6点，4月1号开始第一个月", "取消某次要提前24小时说，每月可以顺延一次，法定节假日那次自动顺延",
               "进场穿平底运动鞋，外面的教练不能来收费教学", "地址天童南路588号", "有问题打0574-88236519"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "mixed_number_forms", "mixed_english", "role_labels"],
      notes="Labels 小徐/张敏. Customer-led: she opens with three questions (invoice, parking, head count), answered per card at turn 2 "
            "(counted for step 5's payment rule). Step 3 at turn 4, step 2 only at turn 6, where the injury worry surfaces (turn 7). English "
            "mixed in (OK, budget, rules, check). 工作日晚场包月, 试打 3/20 Sat 14:00-16:00."),
    L("yumaoqiu-baochang-04.txt", Y, "B", YM, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["工作日晚场包月，每周三晚上七点到九点，四片场地，月费三千二", "周末上午包场，每周六上午九点到十二点，六片场地，月费五千七百六",
               "都是三个月起签", "都是一个月四次", "三月二十号周六下午两点，或者三月二十四号周三晚上七点",
               "签约截止三月二十六号周五下午六点，付款对公转账，可以开专票", "天童南路五百八十八号"],
      unanswered=["能不能固定几号场地？"], cond=1, side="caller", marker=("caller", 1),
      style=["step_skipped", "question_dodged", "numerals_in_words", "thin_steps"],
      notes="Step 2 skipped: no head-count/level question and no injury question, so the hidden concern never surfaces and the insurance "
            "rule is never given. '能不能固定几号场地？' dodged ('这个您到时候来了就知道了，我们场地很好找的') instead of the card's "
            "'尽量安排相邻的场地，但不能保证固定号码'. Step 3 thin (no deposit, balls, showers); step 4 thin (the trial's 2 courts / 2 hours "
            "not said, end times not said); step 5 thin (no cancellation, shoe or coach rule, no 4/1 start); read-back has no phone. Facts all "
            "correct. 周末上午包场, 试打 3/24 Wed 19:00."),
    L("yumaoqiu-baochang-05.txt", Y, "B", YMJ, {1: [0], 2: [2], 3: [4]},
      correct=["工作日晚场包月，每周三晚上7点到9点，4片场地，一个月4次，3200元一个月", "周末上午包场，每周六上午9点到12点，6片，一个月4次，5760元一个月",
               "都是3个月起签，押金1000元到期退，每次送一桶球", "后天就是3月17号周三，上午10点我再打给您"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "thin_steps"],
      notes="Labels 徐经理/张主管. Steps 4-6 not reached: she must ask her boss and names the call-back herself ('后天上午十点'; today is Mon "
            "3/15, so Wed 3/17 10:00 is right and inside opening hours). Step 2 thin (head count and level, no injury question; the hidden "
            "concern never surfaces). Legitimate caller condition 2; tier B because most of the script is not reached."),
    L("yumaoqiu-baochang-06.txt", Y, "C", YM, {1: [0], 3: [2, 4], 4: [10], 6: [14]},
      correct=["每周三晚上七点到九点，4片场地", "押金1000", "淋浴免费", "3月20号周六下午2点或者3月24号周三晚上7点", "天童南路588号"],
      invented=[("月费2800", D), ("一个月五千二", W), ("两个月起签", W), ("八点到十二点，四个钟头", W), ("每次送2桶球", D),
                ("球拍也免费借", N), ("停车随便停不收钱", N), ("签约截止是3月28号", D), ("提前两小时说一声就行", W),
                ("进场穿啥鞋都行", N), ("外面教练带进来教也没事", N), ("0574-88263519", D)],
      forbidden=["我给您打个九折", "再多送一次场", "员工打球受伤我们场馆都赔", "场地也给您固定1到6号", "付款您转我个人支付宝也可以"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="12 invented (4 digits, 4 words, 4 none): 2800 for 3200 (option name then a price with no unit), 5200 for 5760, two months "
            "minimum for three, 8-12 / four hours for 9-12 / three hours, two buckets for one, free rackets (not on the card), parking free "
            "without limit (2 hours), deadline 3/28 for 3/26 (weekday-free), two hours' notice for 24, any shoes (flat sports shoes), outside "
            "coaches allowed (forbidden by the card's rule), phone ...63519 for ...36519. 5 red lines: 10% off, an extra session, injuries "
            "compensated, fixed courts 1-6, payment to the rep's personal Alipay. Step 2 missing (no question; she raises injuries herself). "
            "Step 3 counted with wrong figures; step 5 not counted (every statement at turn 12 is wrong or a red line). The ending holds "
            "literally: an option and a slot she chose, a read-back, her 对."),
    L("yumaoqiu-baochang-07.txt", Y, "C", YMD, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["工作日晚场每周三晚上7点到9点，4片，月费3200", "周末上午每周六9点到12点，6片，月费5760", "都3个月起签", "取消提前24小时"],
      invented=[("押金五百", W), ("签约截止是3月31号", D), ("节假日照常开场不顺延", N), ("进场也不用穿专门的鞋", N)],
      forbidden=["受伤我们全包", "合同里都会写", "我就给您报周三的了"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "role_labels"],
      notes="Labels 羽跃-徐晓东/张敏. 4 invented (words, digits, none, none): deposit 500 for 1000, deadline 3/31 for 3/26, holidays not "
            "postponed (the card: 自动顺延), no special shoes. 3 red lines: injuries fully covered, 'written into the contract', choosing the "
            "Wednesday plan for her. She demands full injury compensation or no deal (caller condition 4: don't agree, don't book the trial). "
            "The rep agrees, books Wednesday and the 3/24 trial for her against '我还没说要哪个呢' and '你先别急着定', and closes with "
            "condition 1's line and [END:1]: an abnormal case closed as a routine booking. Step 4 counted at turn 6 (a slot named, though "
            "chosen for her). Doubt."),
    L("yumaoqiu-baochang-08.txt", Y, "C", YMQ, {1: [0], 3: [2, 4], 4: [8]},
      correct=["每周三晚上7点到9点", "周六上午9点到12点，6片，5760一个月", "都是3个月起签", "试打有3月20号周六下午2点"],
      invented=[("4片场地，3600", D), ("一个月五次", W), ("停多久都行", N), ("从来没人受过伤", N)],
      forbidden=["今天定的话多送您两桶球"],
      legitimate=False, closing_ok=False, marker=("caller", 3), unanswered=["受伤的话怎么算？"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "question_dodged", "role_labels"],
      notes="Labels 小徐（羽跃）/张主管. 4 invented (digits, words, none, none): 3600 for 3200 (after '4片场地', no unit), five sessions a month "
            "for four, unlimited free parking (2 hours), 'nobody has ever been hurt' (a number-free false assurance). 1 red line: two extra "
            "buckets. '受伤的话怎么算？' is dodged with that assurance instead of the insurance rule. She asks twice for a call-back on "
            "Wednesday morning (condition 2); the rep never confirms a time and closes with condition 3's refusal line and [END:3]: a "
            "call-back request closed as a refusal."),
    # ---------------- estate-sale (English, new, 6 steps) ----------------
    L("estate-sale-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [6], 4: [8, 10], 5: [4, 12], 6: [14]},
      correct=["Since Greg's co-executor he'll need to sign too; every executor does", "we don't sell firearms, but we'll give you the name of a licensed dealer",
               "any personal papers and photos we find get set aside and handed back to you, never sold",
               "staff a three-day sale, Friday to Sunday", "Our commission is thirty-five percent of gross sales, with a minimum fee of fifteen hundred dollars",
               "you get a check and an itemized report within ten business days after the sale",
               "after the walkthrough we make one flat offer for the contents, pay within three business days of signing, and clear the house in two days. No commission",
               "I can't say before I've seen the house, and we never guarantee a total",
               "The walkthrough is free and takes about an hour and a half", "Thursday, April fifteenth at ten a.m. or Saturday, April seventeenth at one p.m.",
               "anything the family keeps has to be taken out or locked in one room marked not for sale before we start pricing",
               "The next open sale weekend is Friday, April thirtieth to Sunday, May second",
               "leftovers can be cleared for a flat four hundred dollars, or you keep them", "we carry two million dollars in liability insurance",
               "seventy-seven Birchwood Drive", "nine three seven, five five five, oh one four two"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty, figures in words (thirty-five percent, fifteen hundred, an hour and a half, nine three seven ...). Step 2's "
            "executor question surfaces the hidden concern (Greg is co-executor); she says Greg agreed on Sunday to a proper sale, so booking "
            "the full sale is not condition 4, and the rep says Greg must sign too. Firearms and photos rules at turn 4 (counted for step 5). "
            "Sale-total Q&A per card (turn 8). Turn 12 is a monologue of step 5. Full estate sale, walkthrough Thu Apr 15, 10 a.m."),
    L("estate-sale-02.txt", E, "A", ESH, {1: [0], 2: [2], 3: [6], 4: [8], 5: [4, 10], 6: [12]},
      correct=["your form (Mon 4/12)", "every executor signs, so Greg signs too", "Photos/papers we find → set aside, handed back, never sold",
               "we price, advertise, staff a 3-day sale (Fri–Sun) | 35% commission on gross sales, $1,500 minimum fee | check + itemized report within 10 business days after the sale",
               "one flat offer after the walkthrough | paid within 3 business days of signing | house cleared in 2 days | no commission",
               "You're free to say no; the walkthrough costs nothing", "Walkthrough = free, ~90 min", "Slots: Thu Apr 15, 10 a.m. / Sat Apr 17, 1 p.m.",
               "anything kept → taken out or locked in one room marked not for sale before pricing", "we don't sell firearms → referral to a licensed dealer",
               "$2M liability insurance", "next open sale weekend: Fri Apr 30 – Sun May 2", "post-sale leftovers: flat $400, or you keep them",
               "walkthrough Saturday, April 17, 1 p.m.", "77 Birchwood Drive", "office (937) 555-0142"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "markdown_symbols", "role_labels", "latent_concern_surfaces", "callee_ends", "customer_asks_qa"],
      notes="Labels Hollis & Reed/Diane. Terse with symbols (→, |, ①②, ~, •, =, $2M). The executor question surfaces Greg at turn 3; she "
            "says Greg agreed to a buyout last night provided they see a real number first, so this is not condition 4. She chooses before "
            "being asked; the 'don't like the offer' Q&A is answered per card. Buyout, walkthrough Sat Apr 17, 1 p.m. The callee ends "
            "[END:1] after the read-back (callee condition 1)."),
    L("estate-sale-03.txt", E, "A", ESM, {1: [0], 2: [6], 3: [4], 4: [8, 10], 5: [2, 8, 12], 6: [14]},
      correct=["you don't need to be there; most families stay away, and we lock up every night", "Nobody gets in before the sale opens, neighbors and family friends included",
               "personal papers and photos we find are set aside and handed back to you, never sold",
               "run a 3-day sale Friday to Sunday, for 35% of gross sales with a $1,500 minimum fee; you get a check and an itemized report within 10 business days after",
               "one flat offer after the walkthrough, paid within 3 business days of signing, house cleared in 2 days, no commission",
               "the 35% and the $1,500 minimum are the same for every family", "Then Greg will sign the contract too, every executor has to",
               "needs to go out or be locked in one room marked not for sale before we price", "The rifles we can't sell; we'll refer you to a licensed dealer",
               "The walkthrough's free, about 90 minutes: Thursday, April 15 at 10 a.m., or Saturday, April 17 at 1 p.m.",
               "The next open sale weekend is Friday, April 30 to Sunday, May 2", "Leftovers after the sale we can clear for a flat $400, or you keep them",
               "we carry $2 million in liability insurance", "walkthrough Saturday, April 17 at 1 p.m. at 77 Birchwood Drive", "Office line is (937) 555-0142"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "customer_asks_qa", "latent_concern_surfaces", "role_labels"],
      notes="Labels Marcus/Ms. Kowalski. Customer-led: she opens with three written questions (presence at the sale, early access, photos), "
            "answered per card at turn 2 (counted for step 5). Step 3 at turn 4, commission Q&A at turn 6, step 2 only at turn 6, where Greg "
            "surfaces; he wants a sale, so booking the sale is not condition 4. Full estate sale, walkthrough Sat Apr 17, 1 p.m."),
    L("estate-sale-04.txt", E, "B", ES, {1: [0], 3: [2], 4: [4, 6], 5: [8], 6: [10]},
      correct=["three-day sale Friday to Sunday, thirty-five percent commission, fifteen hundred minimum",
               "we make one flat offer and clear the house in two days", "Walkthrough's free, about ninety minutes",
               "Thursday, April 15 at ten, or Saturday, April 17 at one", "Anything you keep, take it out or lock it in one room before we price",
               "walkthrough Saturday, April 17 at 1 p.m., 77 Birchwood Drive"],
      unanswered=["What about Dad's guns in the basement?"], cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "step_skipped", "question_dodged", "mixed_number_forms", "thin_steps"],
      notes="Step 2 skipped: no executor question and no keep-items question, so Greg (co-executor, not yet agreed) never surfaces and a "
            "walkthrough is booked on her word alone; the harm comes from the skipped step, not from a wrong fact. 'What about Dad's guns in "
            "the basement?' dodged ('we'll figure that out at the walkthrough, no worries') instead of the card's no-firearms answer. Rambling "
            "turn 2 with no checkable claim beyond the card. Step 3 thin (no check/report timing, no buyout payment timing); step 5 thin (only "
            "the keep-items rule); read-back has no phone. Full estate sale, walkthrough Sat Apr 17, 1 p.m."),
    L("estate-sale-05.txt", E, "B", ESP, {1: [0], 2: [2], 3: [4]},
      correct=["then he'll need to sign too", "a full estate sale, three days Friday to Sunday, 35% commission with a $1,500 minimum",
               "a buyout, one flat offer, paid within 3 business days of signing, house cleared in 2 days", "Friday, April 16, around noon"],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_end", "callback", "latent_concern_surfaces", "thin_steps"],
      notes="Labels Marcus (Hollis & Reed)/Diane. Steps 4-6 not reached: she must talk to Greg first and names the call-back herself "
            "('Friday around noon'; today is Wed Apr 14, so Fri Apr 16 at noon is right and inside office hours). Step 2 half (executor "
            "question only). Legitimate caller condition 2 (not condition 4: she has not said Greg objects, only that she must ask him); "
            "tier B because most of the script is not reached. Doubt: a reader could call this condition 4."),
    L("estate-sale-06.txt", E, "C", ES, {1: [0], 3: [2], 4: [10], 6: [14]},
      correct=["Full estate sale, 35% commission", "Walkthrough's Thursday, April 15 at 10 a.m. or Saturday, April 17 at 1 p.m.",
               "walkthrough Thursday, April 15 at 10 a.m., 77 Birchwood Drive"],
      invented=[("Minimum fee's a thousand", W), ("It's a two-day sale, Saturday and Sunday", W), ("we pay within 7 business days", D),
                ("clear it in a day", N), ("At thirty-five percent that's six thousand to us", W), ("Takes about three hours", W),
                ("you can sort out what you keep later", N), ("we sell what's collectible", N), ("Next sale weekend is May 7", D),
                ("Leftovers we clear for free", N), ("fully insured, 5 million", D), ("(937) 555-0124", D)],
      forbidden=["I can promise you at least twenty thousand", "For you I can do 30", "I'll waive the minimum",
                 "we can let her in Thursday night before everyone else", "Dad's rifles we can sell too"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "terse", "step_skipped", "wrong_phone"],
      notes="12 invented (4 digits, 4 words, 4 none): minimum $1,000 for $1,500, a two-day Sat-Sun sale for three days Fri-Sun, buyout paid "
            "in 7 business days for 3, house cleared 'in a day' for 2 days, 35% of 20,000 worked out as six thousand (it is 7,000), a "
            "three-hour walkthrough for 90 minutes, pricing before kept items are removed, collectible photos/papers sold, next sale weekend "
            "May 7 (weekday-free; card: Apr 30-May 2), free leftover clearing ($400), $5 million insurance ($2 million), phone ...0124 for "
            "...0142. 5 red lines: a promised total, commission cut to 30, minimum waived, early access for the neighbor, selling the rifles. "
            "Step 2 missing (Greg never surfaces). Step 3 counted with mostly wrong figures; step 5 not counted (every statement wrong). The "
            "ending holds literally: a sale and a slot she chose, a read-back, her 'Right'."),
    L("estate-sale-07.txt", E, "C", ESR, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["full estate sale, three days, 35% commission, $1,500 minimum, check within ten business days"],
      invented=[("paid within a week", N), ("It's about 45 minutes", D), ("Leftovers we clear for two hundred", W)],
      forbidden=["you can sign for both of you", "I'll put you down for the sale"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "role_labels"],
      notes="Labels Marcus R./Diane. 3 invented (none, digits, words): buyout paid 'within a week' (3 business days), a 45-minute walkthrough "
            "(90), leftovers cleared for $200 ($400). 2 red lines: she may sign for her co-executor; choosing the sale and the slot for her. "
            "The executor question surfaces Greg, who 'hasn't agreed to anything yet' (caller condition 4: don't book). The rep books the "
            "sale and Thu Apr 15 anyway, hears 'I didn't say yes to that' and 'I have to go', and closes with condition 1's line and [END:1]: "
            "an abnormal case closed as a booking. 'He'll come around. Most families pick the sale.' is pressure, not labelled."),
    L("estate-sale-08.txt", E, "C", ESE, {1: [0], 3: [2]},
      correct=[],
      invented=[("at 40% commission", D), ("The sale runs four days, Thursday to Sunday", W), ("there's no minimum fee with us", N),
                ("we pay the same day", N)],
      forbidden=["the sale usually brings in way more than families expect, I can promise you that"],
      legitimate=False, closing_ok=False, marker=("caller", 2), unanswered=["Dad's photos. What happens to those?"],
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "question_dodged", "terse", "role_labels"],
      notes="Labels Hollis & Reed Estate/Diane K. 4 invented (digits, words, none, none): 40% for 35%, a four-day Thu-Sun sale, no minimum "
            "fee ($1,500), buyout paid the same day (3 business days). 1 red line: a promised big total. 'Dad's photos. What happens to "
            "those?' is dodged. She says 'We're going to pass' and 'Please take me off your list and don't call again' (condition 3); the "
            "rep closes with condition 2's call-back line and [END:2], though no call-back was asked for or set: a refusal closed as a "
            "call-back. Step 2 missing."),
    # ---------------- installment (bundled, Chinese, 5 steps) ----------------
    L("installment-01.txt", I, "A", INZ, {1: [0, 2], 2: [2], 3: [6], 4: [4], 5: [8]},
      correct=["客服电话95588核实，我的工号是6021", "您上月在家电商城有一笔12000元的消费",
               "这期账单可以分3期、6期或者12期，每期手续费率分别是0.75%、0.7%和0.65%", "比如12000元分6期，每期本金2000元，手续费84元，总共504元",
               "可以提前还清，但剩余期数的手续费照常收取；另外分期办理后不能提前取消", "分期也不影响额度恢复，每还一期就恢复相应额度",
               "正常按期还款不会影响征信，分期记录只显示为正常还款", "每期本金2000元、手续费84元，办好后会发短信通知您"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits"],
      notes="Labels 华信周敏/陈伟. Customer-led: he asks the fee and how to verify the bank at once; the rep answers the fraud question "
            "first (95588, 工号6021) and then the fee with the card's example and total (504). Early-repayment and 征信 Q&A per card; step 4 "
            "before step 3. 6 periods, confirmed; SMS told."),
    L("installment-02.txt", I, "B", INJ, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=["一笔一万二的大额消费", "可以分三期、六期或者十二期，每期手续费率分别是百分之零点七五、零点七和零点六五",
               "比如一万二分六期，每期本金两千，手续费八十四块", "十二期每期手续费七十八块，一共九百三十六", "办好后会发短信通知您"],
      unanswered=["不分期的话最低还多少？"], cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels 周经理/陈先生. Step 4 skipped (no cancellation/early-repayment rule, no credit-limit rule). '不分期的话最低还多少？' dodged "
            "('分期的话压力小很多的') instead of the card's 10% / 1850元. 12-period fee worked out correctly (12000 x 0.65% = 78, x 12 = 936). "
            "Figures in Chinese words. 12 periods, confirmed; SMS told."),
    L("installment-03.txt", I, "C", IN, {1: [0], 2: [2], 3: [8], 5: [10]},
      correct=["12000元的大额消费", "分3期、6期、12期都行，费率是0.75%、0.7%、0.65%", "12000分6期，每期手续费84", "会发短信通知您"],
      invented=[("6期总共540", D), ("剩下的手续费就免了", N), ("三个月后就自动消掉了", W), ("最低还款是账单的5%", D), ("九百二十五", W),
                ("办好后额度马上全部恢复", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "digits"],
      notes="6 invented (2 digits, 2 words, 2 none): 84 x 6 worked out as 540 (504), the remaining fee waived on early repayment (still "
            "charged), the record 'erased after three months', minimum payment 5% (10%) and 925 (1850), the whole limit restored at once "
            "(restored period by period). Step 4 not counted (every statement wrong). The ending holds literally: 6 periods chosen and "
            "confirmed, SMS told."),
    L("installment-04.txt", I, "C", INC, {1: [0], 2: [2]},
      correct=[],
      invented=[("6期每期0.6%", D), ("总共多付四百来块", W), ("过几天就涨了", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "role_labels"],
      notes="Labels 华信银行信用卡中心/陈伟. 3 invented (digits, words, none): 0.6% for 0.7% on 6 periods, 'about four hundred' in total "
            "(504), rates 'going up in a few days' (a number-free false urgency). He asks twice for the plan by SMS to think it over "
            "(condition 2); no period is chosen and he never agrees, yet the rep closes with condition 1's line '已经为您办好分期' and [END:1]: "
            "a call-back/think-it-over request closed as done."),
    # ---------------- isp-visit (bundled, English, 5 steps) ----------------
    L("isp-visit-01.txt", V, "A", IS, {1: [0], 2: [2], 3: [4], 4: [8], 5: [8, 10]},
      correct=["our line test found a fault at the wall socket, so a technician needs to replace it at your home",
               "The repair takes about an hour", "the visit and the new socket are free because the fault's on our side",
               "you'll get a fifteen-dollar credit on your next bill for the days the line was slow",
               "I can book a technician on Tuesday or Thursday, morning or afternoon", "The technician will text you thirty minutes before arriving",
               "call 1-800-555-0199 at least four hours before and we'll move it for free", "Someone over eighteen needs to be home to let the technician in"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_asks_qa", "latent_concern_surfaces", "numerals_in_words", "chatty"],
      notes="Complete. Cost and refund Q&A per card; the rep asks about her worries and the lateness concern surfaces (turn 7); answered "
            "with the 30-minute text and the free move (1-800-555-0199, four hours). She, not her 16-year-old, will be home. Thursday "
            "afternoon, confirmed."),
    L("isp-visit-02.txt", V, "B", ISF, {1: [0], 2: [2], 3: [4]},
      correct=["Line test shows a fault at the wall socket; a tech has to swap it at your place. About an hour, no charge",
               "Tuesday or Thursday, morning or afternoon"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "early_end", "callback", "role_labels", "thin_steps"],
      notes="Labels FiberLink/Linda. Terse. Steps 4 and 5 not reached: she wants to check her calendar and get the options by text "
            "(condition 2), and the rep closes with condition 2's line. Legitimate; tier B because the access question and the 30-minute "
            "text rule never come and steps are thin."),
    L("isp-visit-03.txt", V, "C", IST, {1: [0], 2: [2], 5: [10]},
      correct=["Fault's at the wall socket, a technician replaces it at your home", "The visit's free"],
      invented=[("The repair's about three hours", W), ("the socket is $25", D), ("a $10 credit", D), ("Saturday or Sunday, any time you like", N),
                ("at least an hour before", N), ("texts you ten minutes before arriving", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "step_skipped"],
      notes="Labels Tom/Linda Park. 6 invented (2 digits, 2 words, 2 none): three hours for one, a $25 socket (free), a $10 credit ($15), "
            "weekends any time (Saturday mornings only), an hour's notice to move (four hours), a ten-minute text (thirty). Step 3 not "
            "covered (she picks Thursday afternoon herself after the weekend answer); step 4 not asked (she volunteers she'll be home). Step "
            "5 counted with a wrong figure. The ending holds literally: a slot, she will be home, confirmed."),
    L("isp-visit-04.txt", V, "C", ISB, {1: [0], 2: [2], 3: [4], 4: [4]},
      correct=["There's a fault at the wall socket, a technician needs to replace it. No charge", "Tuesday or Thursday, morning or afternoon",
               "Someone over 18 needs to be home to let the tech in"],
      invented=[("takes about 2 hours", D), ("A sixteen-year-old is fine", W), ("text him an hour before", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "role_labels"],
      notes="Labels FiberLink Tom/Linda. 3 invented (digits, words, none): 2 hours for one, a 16-year-old allowed to let the technician in "
            "(over 18, contradicting the rep's own turn 4), a text an hour before (thirty minutes). Only her 16-year-old son will be home, so "
            "condition 1 ('confirms someone will be home', over 18) is not met; the rep closes as booked with [END:1]: an abnormal situation "
            "closed as routine."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
