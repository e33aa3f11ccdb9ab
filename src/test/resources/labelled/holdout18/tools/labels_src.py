#!/usr/bin/env python3
"""Label source for holdout18. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout18"

GT = {"赵蕾": "caller", "孙立伟": "callee"}
GTG = {"客服": "caller", "客户": "callee"}
TP = {"Dana Whitfield": "caller", "Luis Ortega": "callee"}
TPS = {"Dana": "caller", "Luis": "callee"}
TPG = {"Agent": "caller", "Luis": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}
IV = {"Tom Baker": "caller", "Linda Park": "callee"}

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


G = "group-tour.md"
T = "tax-prep.md"
E = "english-support.md"
V = "isp-visit.md"

LABELS = [
    # ---------------- group-tour (Chinese, new, 6 steps) ----------------
    L("group-tour-01.txt", G, "A", GT, {1: [0], 2: [4], 3: [6, 8], 4: [12], 5: [10, 16], 6: [18]},
      correct=[
          "您报名的八月八号出发的云南昆大丽六天五晚那个团",
          "您的订单号是HO-260712-0389，七月十二号您在我们天河北路门店报的名，当时交了定金一千五",
          "这次是三位：孙立伟先生、何芳女士，还有小朋友孙一诺，九岁",
          "成人带身份证原件；小朋友的话带户口本原件或者她自己的身份证，登机要用的，复印件是不行的哦",
          "团费成人三千二百八一位，两位；儿童一千九百八一位，加起来一共八千五百四十；您已经交了定金一千五，那尾款就是七千零四十块",
          "尾款要在八月一号，也就是这个周六，晚上十二点之前付清",
          "可以在海鸥旅行App的「我的订单」里直接付，也可以到门店刷卡",
          "我们不接受转账到任何个人账户",
          "咱们这个是纯玩团，全程零购物店",
          "自费项目只有丽江的一场演出，两百八一位，去不去完全自愿，不去的话那段时间就自由活动",
          "八月八号早上六点半，在白云机场T2航站楼三号门集合，航班是早上八点二十五起飞",
          "每人免费托运行李二十公斤",
          "丽江海拔大概两千四百米，早晚温差大，现在又是雨季，外套跟雨具都带上",
          "八月七号晚上八点前，当地导游会拉微信群，把他电话发群里",
          "大部分人到两千四百米没有明显反应，但是因人而异，我没法替您判断",
          "建议出发前去咨询一下医生",
          "旅游意外险，三十块一位",
          "小朋友要是想单独加张床，每晚一百二，五晚一共六百",
          "三位一共九十块",
          "订单上一共要付七千一百三十",
          "稍后我把出团通知书和行程单短信发您手机上",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "worked_totals", "customer_asks_qa", "customer_suspicious", "long_turns"],
      notes="Complete and chatty (哈, 嗯, 好嘞). All amounts in Chinese number words: 三千二百八, 八千五百四十, 七千零四十, 六点半, 八点二十五, 两千四百米. "
            "He asks how he can know it is Haiou; the rep cites the order number, sign-up date and deposit from the card (all correct) and suggests calling the store. "
            "Shopping (纯玩, 0 购物店), altitude/blood pressure (因人而异, see a doctor — no promise) answered from the Q&A. He buys insurance for 3 = 九十 (30x3), "
            "order total 7040+90 = 七千一百三十 (derived, correct). Step 5's show line is in turn 10, the add-ons in 16. Caller condition 1 with the card's first closing."),
    L("group-tour-02.txt", G, "A", GT, {1: [0], 2: [2], 3: [4], 4: [8], 5: [8], 6: [10]},
      correct=[
          "您报的8/8云南昆大丽6天5晚",
          "出行人3位：孙立伟、何芳、孙一诺（9岁）",
          "成人身份证原件；小朋友户口本原件或身份证，复印件不行",
          "成人3280×2 + 儿童1980 = 8540；已付定金1500 → 尾款7040",
          "Deadline：8/1（本周六）24:00前",
          "App「我的订单」或门店刷卡；不接受转个人账户",
          "8/1及以前取消，只扣定金1500；出发前7天内取消，扣团费总额30%；出发当天不到，团费不退",
          "8540×30% = 2562",
          "8/8 06:30，白云机场T2 3号门，航班08:25起飞",
          "托运20kg/人",
          "丽江海拔约2400m，温差大+雨季，带外套和雨具",
          "8/7 20:00前导游拉微信群发电话",
          "意外险30元/人；儿童加床120元/晚×5晚=600；丽江演出自费280元/人，自愿",
          "尾款7040，8/1前付清；8/8 06:30 T2 3号门集合",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "digits_and_symbols", "mixed_english", "merged_steps", "worked_totals", "customer_asks_qa", "unusual_correct_forms"],
      notes="Terse, symbol-heavy, mixed English (check, OK, Deadline, App): 24:00 (=晚上12点), 06:30, 20kg, 2400m, 120元/晚×5晚=600. He raises the latent "
            "cancellation concern; the rep gives the card's three-tier rule and works out 30% of 8540 = 2562 (derived, correct). Steps 4+5 merged in turn 8. "
            "He must ask his wife about add-ons and her health and wants it by SMS = callee condition 2; the rep recaps and uses the card's second closing."),
    L("group-tour-03.txt", G, "A", GT, {1: [0], 2: [2], 3: [2], 4: [8], 5: [6], 6: [12]},
      correct=[
          "您报名的8月8日出发的云南昆大丽6天5晚跟团游",
          "三位——孙立伟先生、何芳女士、小朋友孙一诺，九岁",
          "成人身份证原件；小朋友户口本原件或她本人身份证，复印件不行",
          "成人3280元 × 2 = 6560元",
          "儿童1980元 × 1（含往返儿童机票、早餐、门票，不占床）",
          "合计8540元，已交定金1500元，**尾款7040元**",
          "尾款请在**8月1日（本周六）晚上12点前**付清",
          "在海鸥旅行App「我的订单」里付或者到门店刷卡都可以，我们不接受转账到任何个人账户",
          "儿童价1980元里已经含了往返儿童机票",
          "旅游意外险30元/位，三位90元",
          "儿童加床每晚120元，五晚600元",
          "丽江演出是自费项目，280元一位，完全自愿，不去就自由活动",
          "600 + 90 = 690元，尾款就变成7040 + 690 = **7730元**",
          "8月8日早上6:30，广州白云机场T2航站楼3号门，航班8:25起飞",
          "每人免费托运20公斤",
          "丽江海拔约2400米，早晚温差大，又是雨季，带外套和雨具",
          "8月7日晚上8点前当地导游会拉微信群并发电话",
          "航班时间以航空公司为准，我们没法保证不延误。如果延误，当地接机和行程会顺延调整，不另外收费；航空公司的补偿按航空公司的规定办理",
          "尾款7730元（含加床600元和意外险90元），8月1日前付清；8月8日早上6点30分T2航站楼3号门集合",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["markdown_in_speech", "long_monologue", "customer_leads", "worked_totals", "customer_asks_qa", "merged_steps"],
      notes="Markdown read aloud (**尾款7040元**, list dashes, 1）2）3）). He leads with 尾款多少; the rep checks travellers first, then steps 2+3 in one "
            "monologue (turn 2). He adds a bed and insurance: 600 + 90 = 690, new balance 7730 (derived, correct); show declined and dropped. "
            "Child airfare (included) and flight delay (no guarantee, no extra charge, airline rules) answered from the Q&A — no promise. Caller condition 1."),
    L("group-tour-04.txt", G, "B", GT, {1: [0], 2: [2], 3: [4], 4: [8], 6: [10]},
      correct=[
          "您报的8月8号出发的云南昆大丽六天五晚的团",
          "出行人是三位，孙立伟先生、何芳女士，还有小朋友孙一诺，九岁",
          "成人带身份证原件，小朋友带户口本原件或者身份证，复印件不行的",
          "成人3280两位，儿童1980一位，一共8540，您定金交了1500，所以尾款是7040元",
          "8月1号也就是这周六晚上12点前付清",
          "App「我的订单」里付或者来门店刷卡都行，不要转给任何个人账户",
          "集合是8月8号早上6点半，白云机场T2航站楼3号门，飞机是8点25",
          "行李每人免费托运20公斤",
          "丽江那边海拔大概2400米，早晚凉，又是雨季，带件外套和雨伞",
          "8月7号晚上8点前导游会拉微信群发电话给您",
          "尾款7040元8月1号前付清，8月8号早上6点半T2航站楼3号门集合",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["能开发票吗？"],
      style=["step_skipped", "vague_answer", "filler_words"],
      notes="Step 5 skipped: insurance, extra bed and the optional show are never offered. The invoice question gets 「这个应该是有办法的，到时候您再问一下吧」 "
            "although the card answers it (旅游服务发票, after the trip in the App, 7 working days): unanswered, not invented (no concrete wrong claim). "
            "Everything stated is right. Caller condition 1 with the card's first closing."),
    L("group-tour-05.txt", G, "B", GTG, {1: [4], 2: [4], 3: [6], 4: [2], 5: [8], 6: [10]},
      correct=[
          "8月8号早上6点半，白云机场T2航站楼3号门集合，8点25的飞机",
          "每人免费托运20公斤",
          "丽江海拔2400米左右，早晚温差大，又是雨季，外套雨具带上",
          "8月7号晚上8点前导游会拉微信群",
          "我是天河北路门店的出行顾问赵蕾，这个电话是给您做出行前确认的",
          "孙立伟、何芳，还有小朋友孙一诺九岁",
          "成人带身份证原件，小朋友带户口本原件或者身份证，复印件不行",
          "成人3280两位、儿童1980一位，总共8540，您交了1500定金，尾款7040，8月1号晚上12点之前付清",
          "App「我的订单」里付或者门店刷卡，不接受转个人账户",
          "自费的就丽江一场演出，280一位，自愿的，不去就自由活动",
          "意外险30一位，小朋友加床每晚120，五晚600",
          "尾款7040元8月1号前付清，8月8号早上6点半T2航站楼3号门集合",
      ],
      opening_ok=False, cond=1, side="callee", marker=("callee", 1),
      style=["generic_speaker_names", "clumsy_opening", "order_swap", "short_clipped_turns"],
      notes="Speakers are 客服/客户. Clumsy opening 「喂，是孙立伟吗？」 then 「海鸥国旅的。」 with no name or purpose; the name and purpose come only in turn 4 "
            "after he asks. Order swap: the assembly and pre-trip notes (step 4) come first, before travellers (2) and payment (3). All facts right. "
            "Callee condition 1 (照常去) after the card's first closing."),
    L("group-tour-06.txt", G, "C", GT, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10], 6: [12]},
      correct=[
          "您报名的8月8日出发的云南昆大丽6天5晚跟团游",
          "孙立伟先生、何芳女士、小朋友孙一诺九岁，一共三位",
          "成人带身份证原件，小朋友带户口本原件或身份证哦，复印件不行",
          "成人3280元两位，儿童1980元一位，合计8540元，已交定金1500元，尾款7040元",
          "8月1日（本周六）晚上12点前在App「我的订单」或者门店刷卡付清，不要转个人账户",
          "8月8日早上6点30分，白云机场T2航站楼3号门集合，8点25起飞",
          "因人而异的，建议出发前咨询一下医生",
          "小朋友单独加床每晚120元，五晚600元",
          "丽江演出是自费项目280元一位，自愿参加",
          "尾款7040元8月1日前付清",
      ],
      invented=[
          ("儿童价是不含机票的", N),
          ("每人免费托运行李十五公斤", W),
          ("丽江海拔三千多米", W),
          ("导游的话出发当天在机场跟您见面", N),
          ("旅游意外险五十元一位", W),
          ("三份一共150元", D),
          ("发票的话出发前就能在App里开好", N),
          ("400-665-3281", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["cute_tone", "digits_and_symbols", "numerals_in_words", "customer_asks_qa"],
      notes="Fluent and cheerful (～) but 8 wrong facts: child price said to exclude airfare (card: included) with a later surcharge; 15 kg baggage (card 20); "
            "Lijiang 三千多米 (card ~2400); guide meets them at the airport (card: WeChat group by 8 pm on 8/7); insurance 50 a head (card 30) and so 150 for three "
            "(card 90); invoice before departure (card: after return, in the App); hotline 400-665-3281 (card 3218). The balance, deadline, channel and assembly "
            "time/place are right, so caller condition 1 holds literally. The 高反 answer itself is correct (因人而异, ask a doctor)."),
    L("group-tour-07.txt", G, "C", GT, {1: [0], 2: [2], 3: [6], 4: [10]},
      correct=[
          "您报名的8月8日出发的云南昆大丽6天5晚跟团游",
          "孙立伟先生、何芳女士和小朋友孙一诺，九岁",
          "成人带身份证原件，小朋友带户口本原件或身份证",
          "成人3280两位，儿童1980一位，合计8540，扣掉定金1500，尾款7040元，8月1日前付",
          "8月8日早上6点30分白云机场T2航站楼3号门集合，8点25起飞",
          "丽江演出280一位，三位840",
      ],
      forbidden=[
          "血压高一点也没关系的，我们那么多团从来没人有高反，肯定没问题",
          "直接微信转给我也行，我帮您在系统里交上",
          "定金我们到时候全额退给您，这个我可以跟您保证",
          "这班南航的早班机从来不延误",
          "我帮您申请了免费升级五星酒店",
          "大家都去的，不去的话那晚上只能在车上等",
          "我先给您三位都报上了",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["salesy", "reassurance_not_in_card", "pressure", "claimed_agreement"],
      notes="7 red lines: altitude judged harmless for high blood pressure; a personal WeChat transfer; deposit refund guaranteed; flight 'never delayed' "
            "(the airline is also made up); free five-star upgrade (and a 'loyal customer' perk for first-timers); the show implied compulsory (they'd wait on the "
            "bus — card: free time); the show booked for three without a yes. 280x3 = 840 is arithmetically right. Steps 5 (voluntary add-ons contradicted) and "
            "6 (no recap) not covered. He hangs up over the pushing = callee condition 3 (legitimate); no closing."),
    L("group-tour-08.txt", G, "C", GT, {1: [0], 2: [2], 3: [4], 5: [10]},
      correct=[
          "您8月8日出发的云南昆大丽6天5晚跟团游",
          "孙立伟先生、何芳女士、孙一诺小朋友",
          "团费一共8540元，定金1500元已交，尾款7040元",
          "出发前七天以上取消就只扣定金",
          "意外险三十元一位，小朋友加床一晚一百二，五晚六百，丽江演出自费两百八一位，自愿参加",
      ],
      invented=[
          ("小朋友带户口本复印件就行", N),
          ("尾款不着急，出发那天早上在机场交给导游就行", N),
          ("出发前七天内取消的话扣一半团费", W),
      ],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      unanswered=["那我们几点到机场？在哪集合？"],
      style=["short_clipped_turns", "self_contradiction_with_store", "unearned_ending"],
      notes="Copy of the 户口本 said to be enough (card: original); balance said payable to the guide at the airport on the day (card: by 8/1 in the App or "
            "store; late = auto-cancel) and held to when he objects; cancellation within 7 days 扣一半 (card 30%). Step 4 (assembly, baggage, altitude, guide) "
            "and step 6 never happen; his direct question about time and place is cut off by a goodbye with [END:1]. Caller condition 1 needs the assembly time "
            "and place to be known: illegitimate ending. The 'deposit only' part of the cancellation rule and the add-on prices are right."),

    # ---------------- tax-prep (English, new, 6 steps) ----------------
    L("tax-prep-01.txt", T, "A", TP, {1: [0], 2: [2, 4], 3: [4, 6], 4: [10], 5: [12], 6: [14]},
      correct=[
          "You asked for help with your 2026 taxes on our website on Sunday",
          "you've got a W-2 from your job, and you started driving for Uber back in May, right? And you'll be claiming your daughter as a dependent?",
          "we'll do your federal return and your Oregon return together",
          "the federal return is one sixty-five, the Schedule C for the driving is ninety-five, and Oregon is forty-five",
          "That comes to three hundred and five, and since you're a first-time client you get twenty-five off, so two hundred eighty dollars all in",
          "nothing today. You pay when your return's ready to sign, by card or check",
          "I can't say before a preparer has seen your documents",
          "Your preparer will go through all of that with you at the appointment",
          "your photo ID, Social Security numbers for you and Sofia, your W-2, the 1099 forms from Uber, your mileage log or Uber's mileage summary, and last year's return",
          "I'll text you a link to our secure portal, it's called ClientVault",
          "please don't send any tax documents by email",
          "bring what you've got, and your receipts, and your preparer will go through it with you",
          "it's an hour, either at our office or by video, same price",
          "Saturday the thirteenth at nine in the morning, Monday the fifteenth at five-thirty in the evening, or Wednesday the seventeenth at twelve-thirty",
          "Monday the fifteenth at five-thirty p.m., by video",
          "your return's ready within five business days, and we'll text you a reminder the day before",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "worked_totals", "customer_asks_qa"],
      notes="Complete and chatty (um, so, perfect). All figures in words: one sixty-five, ninety-five, forty-five, three hundred and five, twenty-five off, "
            "two hundred eighty; slots as 'Saturday the thirteenth at nine', 'five-thirty in the evening'. The 'owe a ton' and mileage questions are deflected to "
            "the preparer, as the card says (no estimate, no advice). He picks Monday 5:30 by video (fits his shift). Caller condition 1 with the card's first closing."),
    L("tax-prep-02.txt", T, "A", TPS, {1: [0], 2: [2], 3: [2], 4: [6], 5: [6], 6: [8]},
      correct=[
          "You asked for help w/ your 2026 taxes on our site Sunday (2/7)",
          "W-2 job + Uber since May, daughter as dependent, federal + Oregon return",
          "1040 $165 + Sched. C $95 + OR $45 = $305 − $25 first-time discount = $280",
          "$0 today; pay when the return is ready to sign (card/check)",
          "Fee comes out of your refund; the bank charges $39 for that",
          "$280 + $39 = $319 deducted",
          "Card/check = no extra fee",
          "photo ID; SSNs (you + daughter); W-2; Uber 1099s; mileage log or Uber mileage summary; last year's return",
          "Upload via ClientVault (secure portal, link by text). No email pls.",
          "Appt = 60 min, office or video, same price",
          "Sat 2/13 9am | Mon 2/15 5:30pm | Wed 2/17 12:30pm",
          "once all docs are in, return ready in ≤5 business days; reminder text the day before the appt",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "digits_and_symbols", "abbreviations", "merged_steps", "worked_totals", "customer_asks_qa", "first_names_only"],
      notes="Telegraphic, first names only, symbols and abbreviations (w/, Sched. C, OR, SSNs, Appt, ≤5, |). Steps 2+3 merged in turn 2, 4+5 in turn 6. "
            "Refund-transfer question answered from the Q&A with a worked total ($280 + $39 = $319, derived, correct). He must check the weekend with Sofia's mom "
            "and wants the times by text = callee condition 2; the rep uses the card's second closing."),
    L("tax-prep-03.txt", T, "A", TP, {1: [0], 2: [2], 3: [4], 4: [6], 5: [6], 6: [12]},
      correct=[
          "You asked for help with your 2026 taxes on our website on Sunday",
          "you have a **W-2** from your job, you started driving for **Uber in May**, and you'll claim your daughter as a dependent",
          "We'd do your **federal and Oregon returns** together",
          "**Federal (Form 1040): $165**; **Schedule C** (your driving income): **$95**; **Oregon return: $45**. **Subtotal: $305.** **First-time client discount: −$25.** **Total: $280.**",
          "you don't pay anything today — you pay when your return is ready to sign, by card or check",
          "1. Photo ID. 2. Social Security numbers for you and your daughter. 3. Your W-2. 4. The 1099 forms from Uber. 5. Your mileage log, or Uber's mileage summary. 6. Last year's return.",
          "I'll text you a link to **ClientVault**, our secure portal",
          "please **don't** email tax documents",
          "it's **60 minutes**, in our office or by video, same price",
          "**Saturday, Feb 13 at 9:00 am**; **Monday, Feb 15 at 5:30 pm**; **Wednesday, Feb 17 at 12:30 pm**",
          "just call us at least 24 hours before and rescheduling is free",
          "If you miss it without any notice, there's a $30 fee",
          "Our number is (503) 555-0178, and the office is at 2210 SE Hawthorne Blvd, Suite 4. Saturday hours are 9 to 3",
          "returns we prepare come with audit support for 3 years — if the IRS or Oregon sends you a letter, we help you answer it",
          "if there's ever an error on our side, we pay any penalty and interest caused by our error",
          "**Saturday, February 13 at 9:00 am, in person**",
          "your return is ready within five business days, and we'll text you a reminder the day before",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["markdown_in_speech", "long_monologue", "customer_leads", "customer_asks_qa", "merged_steps"],
      notes="Markdown read aloud (bold, a numbered checklist). He leads with the price; the rep confirms his situation first, then the breakdown. Steps 4+5 in one "
            "long turn (6). Reschedule (24 h free, $30 no-show), phone, address and Saturday hours, and audit support (3 years; 'I can't tell you whether that "
            "will happen' — no promise) all from the Q&A. Callee condition 1 after the card's first closing."),
    L("tax-prep-04.txt", T, "B", TP, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=[
          "You asked for help with your 2026 taxes on our website on Sunday",
          "the federal return is $165, the Schedule C for your driving income is $95, and Oregon is $45. That's $305, and as a first-time client you get $25 off, so $280",
          "Nothing's due today; you pay when the return's ready to sign, by card or check",
          "Your photo ID, Social Security numbers for you and your daughter, your W-2, the 1099s from Uber, your mileage log or Uber's mileage summary, and last year's return",
          "I'll text you a link to our secure portal, ClientVault, to upload them, so please don't email any tax documents",
          "it's an hour, in the office or by video, same price",
          "Saturday the 13th at 9 am, Monday the 15th at 5:30 pm, or Wednesday the 17th at 12:30",
          "Saturday the 13th at 9 am, by video",
          "your return is ready within five business days, and we'll send you a reminder text the day before",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["how fast do I get my refund after?"],
      style=["step_skipped", "vague_answer"],
      notes="Step 2 skipped: his situation (W-2, Uber since May, daughter) is never confirmed; the rep goes straight to the fee (Oregon appears only inside "
            "the fee line, counted as step 3). The refund-speed question gets 'that kind of varies, it's hard to say' although the card answers it "
            "(e-file the day he signs; IRS says most within 21 days, not promised): unanswered, not invented, no promise made. Caller condition 1."),
    L("tax-prep-05.txt", T, "B", TPG, {1: [0], 2: [2], 3: [6], 4: [8], 5: [4], 6: [6, 8]},
      correct=[
          "You asked for help with your 2026 taxes on our website on Sunday",
          "You've got a W-2 from your job, you started driving for Uber in May, and your daughter's your dependent, right? We'll handle your federal and Oregon returns together",
          "Appointments are an hour, in our office or by video, same price",
          "Saturday the 13th at 9 am, Monday the 15th at 5:30 pm, or Wednesday the 17th at 12:30 pm",
          "Monday the 15th at 5:30 pm, in person",
          "federal $165, Schedule C $95, Oregon $45, that's $305, minus the $25 first-time discount, $280",
          "Nothing today, you pay by card or check when your return's ready to sign",
          "Photo ID, Social Security numbers for you and your daughter, your W-2, Uber's 1099s, your mileage log or Uber's mileage summary, and last year's return",
          "I'll text you a link to our secure portal, ClientVault; don't email anything",
          "your return's ready within five business days, and you'll get a reminder text the day before",
      ],
      closing_ok=False, cond=1, side="callee", marker=("callee", 1),
      style=["generic_speaker_names", "order_swap", "weak_closing", "short_clipped_turns"],
      notes="Speakers Agent/Luis. Order swap: the slot is booked (step 5) before the fee (3) and the documents (4), because he is driving. Weak closing "
            "'K, that's it. Bye.' — no 'you're all set' / portal-link line. All facts right; he booked an offered slot = callee condition 1."),
    L("tax-prep-06.txt", T, "C", TP, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [14]},
      correct=[
          "You asked for help with your 2026 taxes on our website on Sunday",
          "you have a W-2 from your job, you started driving for Uber in May, and you'll claim your daughter as a dependent",
          "The federal return is $165, the Schedule C for your driving is $95",
          "with the $25 first-time discount",
          "You pay when the return is ready to sign, by card or check",
          "Photo ID, Social Security numbers for you and your daughter, your W-2, the 1099 forms from Uber, your mileage log, and last year's return",
          "Saturday the 13th at 9 am, Monday the 15th at 5:30 pm, or Wednesday the 17th at 12:30 pm",
          "We can file an extension for free",
          "Monday the 15th at 5:30 pm, in person",
          "your return is ready within five business days, and we'll text you a reminder the day before",
      ],
      invented=[
          ("Oregon is fifty-five dollars", W),
          ("That's $315", D),
          ("you're at $290", D),
          ("We'll email you a link to our secure portal", N),
          ("About ninety minutes", W),
          ("video is $20 extra", D),
          ("let us know 48 hours ahead", D),
          ("there's a fifty-dollar fee", W),
          ("that gives you extra time to file and to pay", N),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["formal_scripted", "numerals_in_words", "digits_and_symbols", "customer_asks_qa", "self_contradiction"],
      notes="Smooth and scripted but 9 wrong facts: Oregon fifty-five (card $45), so $315 and $290 (card $305, $280); portal link by email (card: text; "
            "the closing then says 'by text' — self-contradiction); ninety minutes (card 60); video $20 extra (card: same price); 48 hours' notice "
            "(card 24); fifty-dollar no-show fee (card $30); an extension 'gives time to pay' (card: to file, not to pay). The 'don't email documents' line is "
            "omitted but nothing asks him to email them. He books an offered slot (Mon 5:30 pm), so caller condition 1 holds literally."),
    L("tax-prep-07.txt", T, "C", TP, {1: [0], 3: [6]},
      correct=[
          "You asked for help with your 2026 taxes on our website on Sunday",
          "Federal $165, Schedule C $95, Oregon $45, that's $305, minus $25 first-time, so $280",
      ],
      forbidden=[
          "you'll almost certainly get a refund, probably around what you got last year, maybe more",
          "you can deduct your car payments and your gas, all of it",
          "I can knock off another twenty, so let's call it $260",
          "can you read me your Social Security number and your daughter's?",
          "I can take a card now to hold the spot",
          "you won't get audited, we've never had a client audited",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["salesy", "reassurance_not_in_card", "customer_asks_qa"],
      notes="6 red lines: a refund estimate; tax advice (car payments and gas 'all of it' deductible); an extra $20 discount ($260); asks for both SSNs on the "
            "phone; offers to take a card now ('fully refundable'); promises no audit. The fee breakdown itself is right. Steps 2, 4, 5, 6 never happen (the "
            "document step is replaced by an SSN request). He gets suspicious and hangs up = callee condition 3 (legitimate); no closing."),
    L("tax-prep-08.txt", T, "C", TP, {1: [0], 3: [2]},
      correct=[
          "You filled out our form on Sunday",
          "$280 total: $165 federal, $95 Schedule C, $45 Oregon, minus $25 first-time",
          "You pay when it's ready to sign",
      ],
      invented=[
          ("Video's only for returning clients", N),
          ("we'll have your return filed the same day", N),
      ],
      forbidden=[
          "I'll put you down for that one",
          "Slots are going fast this month, so you really want to grab it now",
          "You're booked for Wednesday the 17th at 12:30, in person",
      ],
      opening_ok=False, legitimate=False, closing_ok=False, marker=("caller", 1),
      unanswered=["Do I need the mileage thing from my phone?"],
      style=["curt", "pressure", "slot_imposed", "unearned_ending", "short_clipped_turns"],
      notes="Curt opening (no full name, no 'do you have a few minutes'). He says weekdays until 2:30 are impossible; the rep imposes Wed 12:30 (the one "
            "slot he can't make; Sat 9 am and Mon 5:30 pm are never offered), pushes with scarcity, and books it after 'I can't do that' (3 red lines). "
            "Video wrongly limited to returning clients (card: same price, anyone); 'filed the same day' (card: ready within 5 business days after documents). "
            "Steps 2, 4, 5 (imposed slot), 6 missing; his mileage question is ignored. Caller [END:1] without an agreed slot: illegitimate."),

    # ---------------- english-support (bundled, 5 steps) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4, 6], 4: [8], 5: [10]},
      correct=[
          "Hi, is this Mark Davis? This is Sarah Lee from CloudDesk. I'm calling about your Pro subscription that expires on March 31",
          "You're on CloudDesk Pro with forty seats. Do you want to keep the same number of seats?",
          "You can go down to any number at renewal",
          "three hundred dollars per seat per year before the discount",
          "thirty-two seats is nine thousand six hundred",
          "if you renew before March thirty-first you get fifteen percent off, which brings it to eight thousand one hundred sixty a year",
          "keeping all forty would be ten thousand two hundred after the discount",
          "Monthly billing is twenty-five dollars per seat per month, so for thirty-two seats that's eight hundred a month",
          "Billing is now one invoice per renewal: we bill once, by invoice, and you can pay by card or bank transfer within thirty days",
          "I'll personally check the invoice before it goes out, so there's no double charge this time",
          "I'll send the renewal quote for thirty-two seats on the annual plan to your email now",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "worked_totals", "customer_asks_qa", "acknowledges_complaint"],
      notes="Complete. Numbers in words. He drops to 32 seats: 32 x $300 = 9,600, less 15% = 8,160 a year; monthly 32 x $25 = 800 a month; 40 seats = 10,200 "
            "(all derived from the card, correct). The double charge is acknowledged and answered from the Q&A. Step 5's question is folded into the "
            "confirmation, since he already asked for the quote. Caller condition 1; the closing merges 'I'll send the quote' with the card's first line."),
    L("english-support-02.txt", E, "B", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "Hi, is this Mark Davis? This is Sarah Lee from CloudDesk. I'm calling about your Pro subscription that expires on March 31",
          "You're on Pro with 40 seats",
          "If you renew before March 31 you get 15% off the annual price, so $10,200 for 40 seats",
          "monthly billing at $25 per seat per month",
          "We bill by invoice, and you can pay by card or bank transfer within 30 days",
          "Shall I send the renewal quote to your email now?",
      ],
      closing_ok=False, cond=2, side="callee", marker=("callee", 2),
      unanswered=["How do I know that won't happen again?"],
      style=["vague_answer", "weak_closing", "short_clipped_turns", "repeats_answered_question"],
      notes="The double-charge question gets 'we've made some changes... it should be better this time' instead of the card's answer (one invoice per "
            "renewal, personally checked): unanswered, not invented. Step 5's question is asked after he has already asked for email. Weak closing "
            "'OK will do, bye.' He wants it by email for finance = callee condition 2."),
    L("english-support-03.txt", E, "C", ES, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10]},
      correct=[
          "Hi, is this Mark Davis? This is Sarah Lee from CloudDesk. I'm calling about your Pro subscription that expires on March 31",
          "You're on CloudDesk Pro with 40 seats. Do you want to keep the same number of seats?",
          "If you renew before March 31 you get",
          "We bill once, by invoice, and you can pay by card or bank transfer within 30 days. I'll check the invoice myself, so no double charge this time",
          "I'll email the quote right away",
      ],
      invented=[
          ("20% off the annual price", D),
          ("$9,600 for 40 seats", D),
          ("twenty-two dollars per seat per month", W),
          ("read-only for thirty days", W),
          ("we keep your data for a full year", N),
          ("support is available on weekends now too", N),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "digits_and_symbols", "reassurance_not_in_card"],
      notes="6 wrong facts: 20% off (card 15%) and $9,600 (card $10,200); monthly twenty-two a seat (card $25); read-only for thirty days (card 14, then "
            "suspended); data kept a full year (card 90 days), sold as 'no rush'; weekend support (card Mon-Fri 9-6). Billing step right. He agrees to renew "
            "and gets the quote by email, so caller condition 1 holds literally."),
    L("english-support-04.txt", E, "C", ES, {1: [0], 2: [2], 3: [4]},
      correct=[
          "I'm calling about your Pro subscription that expires on March 31",
          "You're on CloudDesk Pro with 40 seats. Do you want to keep the same number of seats?",
          "If you renew before March 31, you get 15% off, which comes to $10,200 for 40 seats",
      ],
      invented=[
          ("seat reductions only kick in at the next billing cycle after renewal", N),
          ("the new plan includes priority support", N),
          ("I've already processed the renewal for 40 seats", D),
      ],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      unanswered=["How do I know that won't happen again?"],
      style=["dodges", "upsell_deflection", "claimed_agreement", "unearned_ending"],
      notes="Seat reduction wrongly refused at renewal (card: any number at renewal); the double-charge question is dodged with a made-up 'priority support' "
            "perk; step 4 (billing) never explained; no 'Shall I send the quote?'. After 'I need to check this internally. Just email me the quote' she claims "
            "the renewal is already processed and ends with [END:1]: a claimed agreement, illegitimate (he asked for condition 2). On the bundled card "
            "(no red-line list) this is an invented fact. 'Hi Mark, Sarah Lee from CloudDesk here' is a slightly informal but acceptable opening."),

    # ---------------- isp-visit (bundled, 5 steps) ----------------
    L("isp-visit-01.txt", V, "A", IV, {1: [0], 2: [2], 3: [8], 4: [12], 5: [14]},
      correct=[
          "Hi, is this Linda Park? This is Tom Baker from FiberLink Broadband. I'm calling about your ticket on the slow connection",
          "our line test found a fault at the wall socket, so a technician needs to come out and replace it at your home",
          "The repair itself takes about an hour, and there's no charge for it",
          "the visit and the new socket are both free, because the fault's on our side",
          "you'll get a credit of fifteen dollars on your next bill for the days the line was slow",
          "I can book a technician on Tuesday or Thursday, morning or afternoon. Which suits you?",
          "Weekend visits are only on Saturday mornings, and the next free one is two weeks out",
          "Someone over eighteen needs to be home to let the technician in. Will that be you?",
          "The technician will text you thirty minutes before arriving",
          "they'll run a speed test with you before they leave",
          "call one eight hundred, five five five, zero one nine nine at least four hours before and we'll move it for free",
          "Great, you're booked. The technician will text you before arriving. Have a good day!",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "phone_number_in_words", "customer_asks_qa", "acknowledges_complaint"],
      notes="Complete. Numbers in words ($15, over eighteen, thirty minutes, four hours, two weeks, phone number spelled out). Visit cost, credit, weekend "
            "and reschedule answered from the Q&A; 'a weekday afternoon gets you fixed a lot sooner' is a fair inference, not a claim. Thursday afternoon; "
            "she'll be home (son is 16). Caller condition 1 with the card's first closing."),
    L("isp-visit-02.txt", V, "B", IV, {1: [0, 2], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "Tom Baker, FiberLink Broadband, calling about your ticket on the slow connection",
          "Our line test found a fault at the wall socket, so a technician needs to replace it at your home. The repair takes about an hour and there's no charge for it",
          "I can book a technician Tuesday or Thursday, morning or afternoon. Which suits you?",
          "Someone over 18 needs to be home to let the technician in. Will that be you?",
          "The technician will text you 30 minutes before arriving. Shall I confirm the booking?",
          "Great, you're booked. The technician will text you before arriving. Have a good day!",
      ],
      opening_ok=False, cond=1, side="callee", marker=("callee", 1),
      unanswered=["Do I get anything back for this week?"],
      style=["clumsy_opening", "dodges", "short_clipped_turns"],
      notes="Clumsy opening 'Hello, Linda? It's about your internet.' (no name, no company); he introduces himself only when she asks. The refund question is "
            "dodged ('I'll make a note of that for the team') although the card has the $15 credit: unanswered, no wrong claim. Otherwise right. Callee "
            "condition 1 after the card's first closing."),
    L("isp-visit-03.txt", V, "C", IV, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10]},
      correct=[
          "Hi, is this Linda Park? This is Tom Baker from FiberLink Broadband. I'm calling about your ticket on the slow connection",
          "there's no charge for it",
          "On weekdays I can do Tuesday or Thursday, morning or afternoon",
          "Someone over 18 needs to be home to let the technician in. Will that be you?",
          "call 1-800-555-0199",
      ],
      invented=[
          ("a fault in the fibre box on the outside of your building", N),
          ("The repair takes two to three hours", W),
          ("you'll get a $10 credit on your next bill", D),
          ("We do weekend visits on Saturdays and Sundays", N),
          ("those are booked for the next month", N),
          ("text you sixty minutes before arriving", W),
          ("at least 24 hours before the slot", D),
      ],
      closing_ok=False, cond=1, side="callee", marker=("callee", 1),
      style=["digits_and_symbols", "numerals_in_words", "customer_asks_qa"],
      notes="7 wrong facts: the fault placed in an outside fibre box (card: wall socket); two to three hours (about one); $10 credit ($15); Sunday visits "
            "(Saturday mornings only) booked for the next month (next free in two weeks); text sixty minutes before (thirty); 24 hours' notice (four hours). "
            "She books Tuesday afternoon and will be home = callee condition 1 (legitimate); she ends before any closing."),
    L("isp-visit-04.txt", V, "C", IV, {1: [0], 2: [4]},
      correct=[
          "Hi, is this Linda Park? This is Tom Baker from FiberLink Broadband. I'm calling about your ticket on the slow connection",
          "The test found a fault at the wall socket, so the technician will replace it",
      ],
      invented=[
          ("I've already pencilled you in for that", N),
          ("There may be a call-out fee of around forty dollars", W),
          ("Tuesday morning is really the best I can do", N),
          ("your son can let the technician in", N),
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["do I get anything back for this week?"],
      style=["slot_imposed", "dodges", "pressure"],
      notes="A Tuesday-morning slot is imposed before anything else (card: offer Tue/Thu, morning/afternoon) and defended as 'the best I can do'; a possible "
            "call-out fee of about forty dollars (card: visit and socket free); the 16-year-old son approved (card: over 18). The refund question is dodged. "
            "Steps 3 (imposed), 4 (never asked; contradicted) and 5 missing. She gives up = callee condition 3 (legitimate); no closing."),
]


def main():
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "labels,", len(KINDS), "invented kinds")


if __name__ == "__main__":
    main()
