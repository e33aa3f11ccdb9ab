#!/usr/bin/env python3
"""Label source for holdout14. Run: python3 tools/labels_src.py  (writes labels.json, one object per line)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout14"

DC = {"赵琳": "caller", "孙浩": "callee"}
PV = {"Priya": "caller", "Denise": "callee"}
PVG = {"Agent": "caller", "Customer": "callee"}
RN = {"李明": "caller", "张强": "callee"}
DL = {"王芳": "caller", "刘洋": "callee"}


def L(file, card, tier, speakers, steps_turns, correct, invented=(), forbidden=(), opening_ok=True, closing_ok=True,
      legitimate=True, cond=None, side=None, marker=None, unanswered=(), style=(), notes=""):
    steps_turns = {str(k): v for k, v in sorted(steps_turns.items())}
    return {
        "file": file, "card": card, "tier": tier, "split": SPLIT, "speakers": speakers,
        "steps_covered": sorted(int(k) for k in steps_turns),
        "steps_turns": steps_turns,
        "invented_facts": [{"text": s} for s in invented], "correct_facts": list(correct),
        "forbidden_promises": list(forbidden),
        "opening_ok": opening_ok, "closing_ok": closing_ok, "legitimate_ending": legitimate,
        "end_condition": cond, "end_side": side,
        "end_marker": {"side": marker[0], "n": marker[1]} if marker else None,
        "unanswered_questions": list(unanswered), "style": list(style), "notes": notes,
    }


D = "deep-clean.md"
P = "pharmacy-vaccine.md"
R = "renewal.md"
V = "delivery.md"

LABELS = [
    # ---------------- deep-clean (Chinese, new, 6 steps) ----------------
    L("deep-clean-01.txt", D, "A", DC, {1: [0], 2: [2, 4], 3: [6, 8], 4: [14, 16], 5: [16, 18], 6: [20, 22]},
      correct=[
          "您周一在我们小程序上下了个锦城南府的开荒保洁单子",
          "锦城南府七栋二单元一八零三，建筑面积一百一十平",
          "每平米八块，您家一百一十平，一共就是八百八十块，工具跟清洁剂都是我们自己带，不另外收钱",
          "我们是统一标价，没有额外的折扣哈",
          "来的是三位保洁师，大概干六个小时",
          "阳台有护栏、伸手够得着的那部分外侧玻璃我们会擦；高层外墙那种玻璃，按安全规定我们是不做的",
          "木地板我们用中性清洁剂，不用钢丝球",
          "每单都有家政服务责任险，单次最高赔五万，核实之后照价赔偿或者维修",
          "这周六六号上午八点半，或者下周一八号上午八点半，还有下周二九号下午一点",
          "前一天带队的组长会给您打电话确认",
          "开工交接和最后验收的时候需要您或者您委托的人在场，中间您可以去忙",
          "零散的垃圾我们帮您装袋，十袋以内免费；大件的装修垃圾就得找物业清运了",
          "不收定金的",
          "验收完二十四小时内发现哪里不干净，还能免费返工一次",
          "六月六号周六上午八点半",
          "提前二十四小时打我们热线四零零，八六零，二三七七，每天早上八点到晚上九点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "steps_split", "date_variant"],
      notes="Complete and chatty. He asks price and Saturday first; the rep defers one turn to check the house (step 2). "
            "All figures in Chinese number words (八百八十块, 一百一十平, 十袋, 二十四小时, hotline 四零零，八六零，二三七七). "
            "Price comparison answered with the card's 统一标价; glass, flooring and insurance questions answered from the Q&A. "
            "Step 4's second line (组长前一天打电话) sits in the step-5 turn. 祝您乔迁顺利 is the card's closing. Caller condition 1."),
    L("deep-clean-02.txt", D, "A", DC, {1: [0], 2: [2], 3: [4], 4: [4], 5: [8], 6: [8, 10]},
      correct=[
          "您周一小程序下的锦城南府开荒保洁",
          "地址锦城南府7栋2单元1803，建面110㎡",
          "价格8元/㎡×110＝880元，工具清洁剂自带不另收",
          "高层外墙玻璃按安全规定不做",
          "3位保洁师，约6h",
          "6/6周六8:30、6/8周一8:30、6/9周二13:00",
          "统一标价，没有额外折扣",
          "开工交接+结束验收需要您或委托人在场，中间可以离开",
          "零散垃圾10袋内免费装袋，大件装修垃圾找物业",
          "验收满意再付款，小程序或扫公司码，验收后24h内免费返工一次",
          "400-860-2377，每天8:00–21:00",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "abbreviations", "mixed_english", "merged_steps", "unusual_correct_forms"],
      notes="Terse and symbol-heavy (8元/㎡×110＝880元, 6h, 13:00 for 下午1点, 24h, 8:00–21:00) with English 'confirm' and 'OK'. "
            "Steps 3 and 4 merged into one turn (slots offered, no pick); steps 5 and 6 merged. He must ask his girlfriend and asks for WeChat = "
            "callee condition 2; the rep proposes a callback (tomorrow noon, not a card fact, not a flaw) and gives the hotline. "
            "Step 4's 组长前一天打电话 line not said: step still covered by the slot offer."),
    L("deep-clean-03.txt", D, "A", DC, {1: [0, 2], 2: [4, 6], 3: [8, 10], 4: [12, 14], 5: [14], 6: [16, 18]},
      correct=[
          "您周一在小程序下的锦城南府的开荒保洁单",
          "甲醛治理我们不做，开荒做完多开窗通风，要是不放心，建议找有CMA资质的检测机构测一下",
          "室内侧全擦，阳台有护栏、伸手够得到的外侧也擦，高层外墙玻璃按安全规定是不做的",
          "地址锦城南府七栋二单元1803，建筑面积一百一十平",
          "按建筑面积每平米八块，一百一十平一共八百八，工具清洁剂我们带，不另收",
          "油烟机深度拆洗一台一百五，同一天一起做",
          "三位保洁师过来，大概六个小时",
          "六月六号周六上午八点半、六月八号周一上午八点半，或者六月九号周二下午一点",
          "零散的装修垃圾我们帮忙装袋，十袋以内免费，大件的需要物业清运",
          "上门前一天组长会打电话确认",
          "满意了再付，小程序或者现场扫公司收款码都行，不收定金",
          "验收后二十四小时内有问题可以免费返工一次",
          "六月九号周二下午一点",
          "400-860-2377，每天早上八点到晚上九点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_leads", "customer_asks_qa", "off_topic", "steps_split", "numerals_in_words"],
      notes="He opens with two questions (甲醛, 18楼外玻璃) before the purpose is stated; the rep states the purpose and answers both from the card "
            "(甲醛: not done, ventilate, CMA testing). Off-topic: 搬家 — rep says they don't do it (true, no card fact invented). "
            "Step 3 split over turns 8 and 10 around the 油烟机 add-on question (150, card Q&A). Books Tuesday 9th 1 pm with his girlfriend as 委托人: "
            "allowed by the card. Purpose said in turn 2 because of the interruption: opening_ok true. Caller condition 1."),
    L("deep-clean-04.txt", D, "B", DC, {1: [0], 3: [2, 4], 4: [6, 10], 5: [8], 6: [10, 12]},
      correct=[
          "您周一在我们小程序下了开荒保洁的单子",
          "每平米八块钱，您家一百一十平，就是八百八，工具清洁剂都是自带的，不另外收费",
          "我们这是统一标价，没有额外折扣",
          "高层外墙玻璃是按安全规定不做的",
          "三位保洁师，大概六个钟头",
          "周六六号上午八点半、下周一八号上午八点半，或者下周二九号下午一点",
          "零散装修垃圾我们装袋，十袋以内免费，大件的得物业清运",
          "验收后二十四小时内有问题免费返工一次",
          "前一天组长给您打电话",
          "六月六号周六上午八点半，锦城南府七栋二单元一八零三",
          "四零零八六零二三七七，每天早八点到晚九点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["能开发票吗？"],
      style=["company_pitch", "step_skipped", "dodge", "numerals_in_words"],
      notes="Step 2 skipped: the house is never checked (no address/area/水电/installed items); the address appears only in the final confirmation. "
            "Company pitch (做了好多年, 口碑很好) instead — not a card fact, not flagged. Invoice question dodged to the team leader although the card says "
            "可以开电子普通发票: unanswered. Everything said is right. Caller condition 1."),
    L("deep-clean-05.txt", D, "B", DC, {1: [0], 2: [2], 3: [4], 4: [6, 8], 6: [8, 10]},
      correct=[
          "您周一在小程序下的那个开荒保洁",
          "锦城南府7栋2单元1803，建筑面积一百一十平",
          "每平米八块，一百一十平就是八百八十元，工具清洁剂我们带，不另外收钱",
          "三个阿姨过来，大概六个小时",
          "外墙高空玻璃不做的",
          "周六六号上午八点半、周一八号上午八点半、周二九号下午一点",
          "前一天组长会给您打电话的",
          "满意了再付款，小程序或者扫公司码都行，二十四小时内不满意可以免费返工一次",
          "六月六号周六上午八点半",
          "提前二十四小时打400-860-2377就行，早八点到晚九点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["地板要是刮花了谁负责？"],
      style=["filler_words", "nickname", "check_back_never_returned", "step_skipped"],
      notes="Heavy fillers (～, 好的呢, 好嘞好嘞, 嗯……, 呃). Damage question: 「我得问一下我们主管，回头再回复您」 although the card answers it "
            "(责任险, 5万, 核实后赔偿); never returned: unanswered. Step 5 skipped (no 在场/物业登记/垃圾). 三个阿姨 = 3 保洁师, right. Caller condition 1."),
    L("deep-clean-06.txt", D, "C", DC, {1: [0], 2: [2], 3: [4, 6], 4: [10], 5: [12], 6: [14, 16]},
      correct=[
          "您周一在小程序下了锦城南府的开荒保洁订单",
          "地址锦城南府七栋二单元一八零三，一百一十平",
          "外墙高空玻璃不做",
          "六月六号周六上午八点半、六月八号周一上午八点半，或者六月九号周二下午一点",
          "开工和验收的时候您或委托人在场就行，提前跟物业做装修出入登记",
          "满意了再付款，小程序或者扫公司码",
          "六月六号周六上午八点半，锦城南府七栋二单元一八零三",
      ],
      invented=[
          "每平米九块，一百一十平一共九百九十",
          "小程序那个是活动价，已经结束了",
          "两位保洁师，大概四个小时就能做完",
          "单次最高赔十万",
          "二十袋以内都免费",
          "四十八小时内都能免费返工",
          "油烟机我们也顺便给您免费洗了",
          "四零零，八六零，二三七一",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_numbers_in_words", "invented_offer", "defends_wrong_number"],
      notes="Eight wrong facts, all digit-free: price 9/㎡ = 990 (card 8, 880) and defended against his correct memory with an invented "
            "'活动价已结束'; two cleaners / four hours (card 3 / 6); insurance cap 十万 (card 5万); 二十袋 (card 10); 四十八小时 返工 (card 24); "
            "a free 油烟机 wash (card: 150 add-on); hotline last digit wrong (二三七一 vs 2377). Slot, address and prep right: caller condition 1 holds literally."),
    L("deep-clean-07.txt", D, "C", DC, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=[
          "您周一在小程序下的锦城南府开荒保洁",
          "锦城南府七栋二单元一八零三，一百一十平",
          "每平米八块，一共八百八，工具清洁剂自带不另收，三位保洁师，大概六个小时",
          "六月六号周六上午八点半、六月八号周一上午八点半、六月九号周二下午一点",
          "有变动打400-860-2377",
      ],
      forbidden=[
          "顺带给您做除味处理，做完基本就闻不到了，直接就能住",
          "外面的也给您擦干净，我们师傅有安全绳的",
          "保证一点都不会磕到碰到",
          "真有什么坏了全部我们赔，不用走什么流程",
          "我给您安排王姐带队",
          "您先转两百定金到我个人微信",
      ],
      opening_ok=True, closing_ok=False, legitimate=False, cond=None, side=None, marker=("callee", 1),
      style=["red_lines_paraphrased", "personal_payment_channel", "deposit"],
      notes="Six red lines in paraphrase, none with a digit (两百 in words): 除味/直接能住, high-rise outside glass, no-damage guarantee, "
            "pay-everything-without-checking, a named cleaner (王姐), a deposit to the rep's personal WeChat. Prices and slots right. "
            "He agrees ([END:1] by the callee) but the booking hangs on a forbidden personal-WeChat deposit: legitimate_ending false, closing_ok false."),
    L("deep-clean-08.txt", D, "C", DC, {1: [0], 3: [2]},
      correct=["八百八，每平八块"],
      invented=["今天定还送您一次空调清洗"],
      forbidden=[
          "周六现在就剩最后一个档了，好多业主都在抢，您今天不定的话基本就没了",
          "我们下周开始就要涨价了",
          "那我先把周六上午八点半给您锁上了哈",
          "先锁上嘛，不然真没了",
      ],
      opening_ok=True, closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["外面的玻璃你们擦不擦？"],
      style=["pressure", "today_only", "claimed_agreement", "dodge", "customer_hangs_up"],
      notes="Scarcity and today-only pressure, a price rise next week (invented and pressure: listed once, as forbidden), a free 空调清洗 if booked "
            "today (invented, verbal), a slot locked after 我没说要定/要跟女朋友商量. Glass question dodged. 别家都是游击队 is disparagement, not a card fact: "
            "not listed. Slots never offered (the lock is not step 4). He hangs up: callee condition 3, legitimate; no closing."),

    # ---------------- pharmacy-vaccine (English, new, 6 steps) ----------------
    L("pharmacy-vaccine-01.txt", P, "A", PV, {1: [0], 2: [2], 3: [4, 12], 4: [6, 8], 5: [10, 12], 6: [14, 16]},
      correct=[
          "You filled out our vaccine interest form on Saturday",
          "The vaccine's called Shingrix, and it's a two-dose thing, the second one goes in somewhere between two and six months after the first",
          "recommended for everyone fifty and up, even folks who've already had shingles",
          "the shingles vaccine is covered at zero dollars here. Without insurance it'd be two hundred fifteen a dose",
          "Most folks get a sore arm, and some feel tired or achy, maybe a little fever, for two or three days",
          "it's not shingles and you can't pass anything on",
          "before the shot, the pharmacist goes over a short health questionnaire with you",
          "I can't clear that myself over the phone",
          "Thursday, October eighth at ten-thirty in the morning or four-fifteen in the afternoon, or Saturday the tenth at nine a.m.",
          "same visit, other arm, and with your plan that's zero dollars too",
          "about fifteen minutes with the pharmacist, and then fifteen minutes hanging out in the store afterwards",
          "bring your insurance card, a photo ID, and that list of medications, and wear short sleeves",
          "Thursday, October eighth at four-fifteen p.m. at eighteen-fifty North High Street",
          "We'll text you a reminder the day before",
          "six-one-four, five-five-five, zero-one-eight-seven",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "steps_split"],
      notes="Complete and warm. All numbers in words (two hundred fifteen, ten-thirty, four-fifteen, eighteen-fifty, phone in digit words). "
            "Karen story acknowledged and steered back. Blood-pressure question handled per the card (pharmacist screens, can't clear on the phone). "
            "Step 3's flu line comes later (turn 12) when she asks. 'Have a bite to eat before' is a card fact (eat beforehand). She ends: callee condition 1."),
    L("pharmacy-vaccine-02.txt", P, "A", PV, {1: [0], 2: [2], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=[
          "You filled out our vaccine form Sat 10/3",
          "Shingrix, 2 doses, 2nd one 2–6 mo after the 1st",
          "Recommended 50+, even if you've had shingles",
          "$0 here (cash price $215/dose). Flu shot same day also $0",
          "some feel tired/achy or a mild fever for 2–3 days",
          "Pharmacist goes over a short health questionnaire w/ you before the shot",
          "I can't clear it on the phone",
          "Thu 10/8 10:30a or 4:15p, Sat 10/10 9a",
          "~15 min visit + 15 min wait after",
          "insurance card, photo ID, med list, short sleeves",
          "(614) 555-0187",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "abbreviations", "merged_steps", "date_variant", "unusual_correct_forms"],
      notes="Terse with shorthand (Sat 10/3, 2–6 mo, 50+, w/, $215/dose, Thu 10/8 10:30a, ~15 min). Steps 2 and 3 merged in turn 2. "
            "She wants to ask her doctor first and asks for a text: callee condition 2; step 6 covered by the what-to-bring list and the phone line."),
    L("pharmacy-vaccine-03.txt", P, "A", PV, {1: [0, 2], 2: [2, 4], 3: [6, 8], 4: [10], 5: [12], 6: [14, 16]},
      correct=[
          "it's about the form you filled out Saturday, I'm calling to book your shingles vaccine",
          "the vaccine is Shingrix, and it comes in two doses",
          "It takes both doses for full protection. The second one is two to six months after the first, and we book it at your first visit and text you a week before",
          "recommended for everyone fifty and over, even if you've had shingles",
          "covered at zero dollars here. Without insurance it's two-fifteen a dose",
          "if you want your flu shot the same day, that's zero too",
          "Most people get a sore arm, and some feel tired or achy, maybe a mild fever, for two or three days",
          "Before the shot, the pharmacist does a short health questionnaire with you",
          "Saturday, October tenth at nine a.m. The other options are Thursday the eighth at ten-thirty or four-fifteen",
          "The visit is about fifteen minutes, then you wait fifteen minutes in the store after",
          "Bring your insurance card, a photo ID and a list of the medications you take, and wear short sleeves",
          "1850 North High Street",
          "You'll get a reminder text the day before; to change it, call (614) 555-0187",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["off_topic", "customer_asks_qa", "steps_split", "numerals_in_words"],
      notes="Two off-topic questions (passport photos, parking) answered without inventing anything ('not sure, ask the front counter', "
            "'I'd rather not guess'). Purpose stated in turn 2 after her interruption. Step 2 split over turns 2 and 4 around 'Why two?'. "
            "two-fifteen = $215. Books Saturday 9 am plus flu. Callee condition 1."),
    L("pharmacy-vaccine-04.txt", P, "B", PV, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=[
          "You filled out our vaccine interest form on Saturday, and I'm calling to book your shingles vaccine",
          "covered at zero dollars here. Without insurance it'd be two hundred and fifteen a dose",
          "A flu shot the same day is also covered at zero",
          "some feel tired or achy, maybe a mild fever, for two or three days",
          "The pharmacist goes through a short health questionnaire with you first",
          "Thursday, October eighth, I've got four-fifteen p.m. There's also ten-thirty that morning, or Saturday the tenth at nine",
          "about fifteen minutes, plus fifteen minutes waiting in the store afterwards",
          "Bring your insurance card, photo ID and your medication list, and wear short sleeves",
      ],
      closing_ok=False, cond=1, side="callee", marker=("callee", 1),
      style=["step_skipped", "weak_closing", "numerals_in_words"],
      notes="Step 2 skipped: the vaccine is never named and the second dose is never mentioned, so she books one visit without knowing there are two. "
            "Weak closing: 'Nope, that's it. See you Thursday!' — no restated slot/address, no reminder text, no phone number. Everything said is right. "
            "Callee condition 1."),
    L("pharmacy-vaccine-05.txt", P, "B", PVG, {1: [0], 2: [2], 3: [4], 5: [6, 8], 6: [8, 10]},
      correct=[
          "You filled out our vaccine interest form on Saturday, and I'm calling to book your shingles vaccine",
          "**Vaccine:** Shingrix. **Doses:** two, the second one two to six months after the first",
          "recommended for everyone 50 and over, even if you've had shingles before",
          "With your Keystone Health plan, it's $0 at our pharmacy. Without insurance, it's $215 per dose",
          "You can add a flu shot at the same visit, also $0",
          "1. Thursday, October 8 at 10:30 am 2. Thursday, October 8 at 4:15 pm 3. Saturday, October 10 at 9:00 am",
          "about 15 minutes, plus 15 minutes of waiting in the store afterwards",
          "- Insurance card - Photo ID - List of current medications",
          "Saturday, October 10 at 9:00 am at 1850 North High Street",
          "You'll get a reminder text the day before, and if you need to reschedule, call us at (614) 555-0187",
      ],
      cond=1, side="callee", marker=("callee", 1),
      unanswered=["Will it make me sick?"],
      style=["markdown_read_aloud", "generic_speaker_names", "dodge", "step_skipped"],
      notes="Markdown read aloud (bold labels, a 1. 2. 3. list, '- ' bullets); generic speaker names Agent/Customer. "
            "'Will it make me sick?' deflected ('Everyone reacts differently! The pharmacist can go over all of that') although the card answers it: "
            "unanswered, and step 4 not covered (no side effects, no questionnaire line). Callee condition 1."),
    L("pharmacy-vaccine-06.txt", P, "C", PV, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8, 10], 6: [10, 12]},
      correct=[
          "You filled out our vaccine form on Saturday, and I'm calling to book your shingles vaccine",
          "It's recommended for anyone fifty and up",
          "With your Keystone plan it's zero dollars here",
          "the flu shot the same day is zero too",
          "The pharmacist does a quick questionnaire with you first",
          "Thursday, October eighth at ten-thirty or four-fifteen",
          "Bring your insurance card and a photo ID",
          "Thursday, October eighth at four-fifteen at 1850 North High Street",
      ],
      invented=[
          "The second one is three weeks after the first",
          "about one-fifty a dose",
          "usually just for the evening, you'll be fine the next morning",
          "Saturday the eleventh at nine",
          "about five minutes, and you can leave right after",
          "you don't need a medication list, the pharmacist has all that on file",
          "a reminder an hour before",
          "five-five-five, zero-one-seven-eight",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["wrong_numbers_in_words", "invented_policy"],
      notes="Eight wrong facts, all digit-free: second dose three weeks (card 2–6 months), cash price one-fifty (card $215), side effects 'just the evening' "
            "(card 2–3 days), Saturday the eleventh (card Saturday 10; Oct 11 is a Sunday), five minutes and leave right after (card 15 + 15 wait), "
            "no medication list needed (card: bring it), reminder an hour before (card: the day before), phone 555-0178 (card 0187, last digits swapped, area code dropped). "
            "The booked Thursday 4:15 is right: callee condition 1 holds literally."),
    L("pharmacy-vaccine-07.txt", P, "C", PV, {1: [0], 2: [4], 3: [8], 5: [10], 6: [12]},
      correct=[
          "You filled out our vaccine form on Saturday, so I'm calling to book your shingles vaccine",
          "It's Shingrix, two doses, the second two to six months after the first, recommended for everyone fifty and up",
          "your Keystone Health plan covers it at zero dollars here",
          "Thursday, October eighth at four-fifteen works",
          "bring your insurance card, a photo ID and your medication list, and wear short sleeves",
          "reminder text the day before, and call (614) 555-0187 to change it",
      ],
      forbidden=[
          "you won't feel a thing, honestly it's just like a flu shot",
          "once you've had it you never have to worry about shingles again, it's basically total protection",
          "the second one you can get whenever you get around to it",
          "that's totally fine, blood pressure pills are no problem at all with this one",
          "To hold the slot I'll just need a credit card number",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["red_lines_paraphrased", "card_over_phone"],
      notes="Five red lines, none with a digit: no side effects / 'just like a flu shot', total lifelong protection, second dose whenever, "
            "medical clearance of her blood-pressure pill, a card number asked to hold the slot (she refuses). Step 4 not covered "
            "(side effects denied, no questionnaire). Facts said are right; the slot is booked and she knows what to bring: callee condition 1, legitimate."),
    L("pharmacy-vaccine-08.txt", P, "C", PV, {1: [0]},
      correct=[],
      invented=["the insurance thing changes at the end of the week"],
      forbidden=[
          "we're almost out of Shingrix this month",
          "I've got Thursday at ten-thirty, I'll put you there",
          "if you don't book today I can't promise the zero-dollar price",
          "I'll just hold Thursday for you",
      ],
      opening_ok=False, closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["you didn't answer me, will it make me sick?"],
      style=["pressure", "today_only", "claimed_agreement", "dodge", "customer_hangs_up", "weak_opening"],
      notes="Weak opening (first name only, no confirmation of who she is, no role). Side-effect question dodged twice ('Everybody's different', "
            "'You'll be fine'). Scarcity, a book-today threat to the $0 price backed by an invented insurance change, a slot imposed and then 'held' "
            "without a yes. Only one slot named, at a time she can't do: step 5 not counted. She hangs up: callee condition 3, legitimate; no closing."),

    # ---------------- renewal (existing, Chinese, 6 steps) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0, 2], 2: [4], 3: [6], 4: [8], 5: [10], 6: [12]},
      correct=[
          "泰山公司的系统管理员张强",
          "长江云服务的续费专员李明",
          "这次续费的负责人和联系方式还是您吗",
          "二零二五年一月一号到期，现在用的是CRM加项目管理的组合套餐",
          "老客户今年续费自动享受九五折，到期前操作就行，不用另外申请",
          "年度、季度、月度都可以",
          "付款后在后台就可以自助申请发票，专票普票都支持，系统自动开票，最快两个小时",
          "登录后台“账户中心”，点“服务续费”，按提示走，全程不用纸质资料",
          "我这边直通加速，两小时内帮您完成审批",
          "一三八一二三四五六七八",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "mixed_english"],
      notes="All six steps in order after he opens with price and invoice; the rep defers one turn to confirm the contact (step 1's third line). "
            "Date 二零二五年一月一号 and phone 一三八一二三四五六七八 in words. Invoice answered from the Q&A (最快2小时). 两小时内完成审批 is the card's own step-5 line. "
            "Caller condition 1 (cycle, plan and invoice type confirmed, materials to WeChat)."),
    L("renewal-02.txt", R, "A", RN, {1: [0], 2: [0, 2], 3: [2], 4: [6], 5: [6], 6: [8]},
      correct=[
          "贵司主账户2025-01-01到期",
          "负责人和联系方式没变吧",
          "套餐CRM+项目管理，老客户续费自动95折，到期前操作即可，无需申请；周期年/季/月可选",
          "到期后数据保留30天",
          "后台“账户中心”→“服务续费”，无纸质资料",
          "付款后后台自助申请发票，专票普票都行，最快2小时开出",
          "审批卡点随时找我，2小时内加速完成",
          "13812345678，邮箱call@xbench.com",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "merged_steps", "abbreviations", "mixed_english", "unusual_correct_forms"],
      notes="Terse (年/季/月, →, 95折, 30天, 2小时) with English OK and CRM. Steps 2 and 3 merged into turn 2, steps 4 and 5 into turn 6. "
            "He must report to the parent company and wants everything on WeChat: callee condition 2 (also caller condition 2). Step 6 covered by "
            "the send-it line."),
    L("renewal-03.txt", R, "B", RN, {1: [0, 2], 2: [4], 3: [6], 4: [8], 6: [10]},
      correct=[
          "本次续费的负责人和联系方式还是您吧",
          "二零二五年一月一日到期，目前是CRM加项目管理组合",
          "老客户续费自动享受九五折，到期前操作就可以，不用额外申请",
          "登录后台“账户中心”，点“服务续费”，按提示操作，不需要纸质资料",
          "操作指引和报价文件我可以发您微信、邮箱或者短信",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["要是过了期没续，数据怎么办？"],
      style=["dodge", "step_skipped", "numerals_in_words"],
      notes="Data question dodged ('我们是大平台，具体的按合同条款来') although the card answers it (数据保留30天): unanswered. Step 5 skipped "
            "(no 审批加速 / 一次性收集问题 / 售后). Closing generic but present. Everything said is right. Caller condition 1."),
    L("renewal-04.txt", R, "C", RN, {1: [0], 2: [4], 3: [2], 4: [6, 8], 5: [8]},
      correct=[
          "您还是CRM加项目管理对吧，原配置",
          "续费就在后台“账户中心”点“服务续费”",
      ],
      invented=[
          "今年老客户续费是九折",
          "今年政策调整了，九折是对的",
          "数据给您保留九十天",
          "现在发票付款完当场就出，专票也是秒开，不用申请",
          "审批这些也都不用走，我后台直接给您放行",
          "已经帮您办好了，流程走完了",
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      style=["wrong_numbers_in_words", "invented_policy", "claimed_agreement"],
      notes="Discount 九折 (card 95折), defended with an invented policy change; data kept 九十天 (card 30); invoice instant with no application "
            "(card: apply in the back office, fastest 2 hours); approval skipped by the rep (card: the rep speeds it up to 2 hours). All digit-free. "
            "He says 今天定不了，发邮箱; the rep claims the renewal is submitted and done and closes as if agreed ([END:1] by the caller): no end condition holds. "
            "No not-allowed list on this card, so the claim is listed as an invented fact and the ending as illegitimate."),

    # ---------------- delivery (existing, Chinese, 5 steps) ----------------
    L("delivery-01.txt", V, "A", DL, {1: [0], 2: [2], 3: [4, 6], 4: [8], 5: [4, 10]},
      correct=[
          "我是顺达物流的配送调度王芳",
          "您在宜居家居订的那个三人位沙发已经到我们配送站了",
          "这周六、周日都可以，上午九点到十二点、下午两点到六点两个时段",
          "晚上最晚也能约到八点前送到",
          "送货当天师傅会提前一个小时给您打电话",
          "幸福里小区五栋一二零一",
          "沙发包装长两米三",
          "送货和安装都是免费的，师傅上门装大概半小时",
          "加五十块旧家具清运服务",
          "当面验一下货，有磕碰可以直接拒收，我们免费重新发，一般三天内补送",
          "调度热线四零零八一二三四五六",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "steps_split"],
      notes="All five steps; numbers in words (两米三, 半小时 = 30 min, 五十块, 三天, hotline in digit words). Step 5's first line comes early "
            "(turn 4) right after the slot pick because he worries about changes. 给您定下来了 confirms the slot, not a no-change guarantee. Caller condition 1."),
    L("delivery-02.txt", V, "B", DL, {1: [0], 2: [2], 3: [4]},
      correct=[
          "顺达物流配送调度王芳",
          "上午是九点到十二点，下午是两点到六点",
          "最晚能约到八点之前送到",
          "幸福里小区5栋1201",
          "沙发包装有2.3米长",
      ],
      closing_ok=False, cond=2, side="callee", marker=("callee", 2),
      style=["rambling", "customer_hangs_up", "step_skipped"],
      notes="The rep rambles (师傅排班按片区, 之前有客户电梯小) although he said he was going into a meeting; he cuts her off and hangs up after "
            "asking for an SMS: callee condition 2, legitimate. Steps 4 (install, old sofa) and 5 (call-ahead, hotline, inspection) never reached; no closing. "
            "The rambling remarks are not card facts and not flagged."),
    L("delivery-03.txt", V, "B", DL, {1: [0, 2], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "我是顺达物流的配送调度王芳",
          "周六周日都能送，上午九点到十二点，下午两点到六点",
          "工作日晚上最晚能约到八点前",
          "幸福里小区5栋1201",
          "沙发包装长两米三",
          "师傅免费安装，大概三十分钟",
          "加五十块清运",
          "提前一个小时给您打电话，有变动打调度热线4008123456",
      ],
      opening_ok=False, cond=1, side="caller", marker=("caller", 1),
      unanswered=["坏了到底怎么办你还没说。"],
      style=["weak_opening", "dodge", "numerals_in_words"],
      notes="Clumsy opening (「喂，刘先生吧？您沙发到了，哪天在家？」 → 「你哪位？哪个沙发？」), repaired in turn 2. Damage question asked twice and "
            "brushed off ('师傅都很小心', '到时候师傅会处理') although the card answers it (当面验货、拒收、免费重发): unanswered; step 5's inspection line missing "
            "but the step is covered by the call-ahead/hotline line. Facts said are right. Caller condition 1."),
    L("delivery-04.txt", V, "C", DL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8, 10]},
      correct=[
          "顺达物流的配送调度王芳",
          "周六周日上午九点到十二点、下午两点到六点",
          "幸福里小区五栋一二零一",
          "安装免费",
      ],
      invented=[
          "我们保证绝对不改时间，要是改了赔您两百块",
          "沙发包装大概一米八",
          "大概两个小时装好",
          "旧沙发我们免费给您拉走，不收钱",
          "提前半小时给您打电话",
          "到了有磕碰您先签收，回头拍照找客服就行，给您补个配件",
          "四零零八一二三四五六七",
          "改几次都免费",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_numbers_in_words", "invented_policy", "invented_guarantee"],
      notes="Eight wrong facts, all digit-free: a no-change guarantee with 两百块 compensation (not in the card), package 一米八 (card 2.3 m), install "
            "two hours (card 30 min), free old-sofa removal (card 50元), call half an hour ahead (card 1 hour), sign first and claim a part later "
            "(card: inspect on delivery, refuse, free re-delivery), hotline with an extra 七, unlimited free changes (card: once, by 6 pm the day before). "
            "Slot and address confirmed: caller condition 1 holds literally."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    print("wrote", len(LABELS))
