#!/usr/bin/env python3
"""Label source for holdout39 (adapted from holdout24's). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout39"

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


DJ = {"郭春燕": "caller", "杜长顺": "callee"}
DJQ = {"泉源打井队": "caller", "老杜": "callee"}
DJX = {"小郭": "caller", "杜长顺": "callee"}
DJS = {"泉源小郭": "caller", "杜叔": "callee"}
DJT = {"泉源打井队": "caller", "杜长顺": "callee"}
TK = {"Devon Price": "caller", "Tricia Nolan": "callee"}
TKK = {"Kickline": "caller", "Tricia": "callee"}
TKO = {"Kickline Team Outfitters": "caller", "Nolan": "callee"}
TKD = {"Devon": "caller", "Tricia": "callee"}
DV = {"王芳": "caller", "刘洋": "callee"}
DVS = {"顺达物流": "caller", "刘先生": "callee"}
DVD = {"配送调度": "caller", "刘洋": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}
ESS = {"Sarah": "caller", "Mark": "callee"}
ESC = {"CloudDesk": "caller", "Mark Davis": "callee"}

J = "dajing.md"
T = "teamkit.md"
V = "delivery.md"
E = "english-support.md"

LABELS = [
    # ---------------- dajing (Chinese, new, 6 steps) ----------------
    L("dajing-01.txt", J, "A", DJ, {1: [0], 2: [2, 4], 3: [8], 4: [14], 5: [6, 12, 16], 6: [18]},
      correct=[
          "您五月八号在抖音上问打井的事，留资编号QY-0508-17",
          "得离厕所、化粪池、牲口圈十五米往上",
          "我们钻机车两米五宽，门得有三米车才进得去",
          "结账前当着您的面量井深，您自己数钻杆都中",
          "稳定水层一般在六十到八十米，我们按七十米给您估价",
          "每米一百一，包管子、滤水管和填砾，按七十米估下来是七千七",
          "每米一百六，管子结实抗压，以后想换大泵浇地也不怕，按七十米估是一万一千二",
          "价格是统一的，真少不了，也不抹零",
          "打完给您免费送一次水质化验",
          "要是打到一百米还不见水，钻井费一分不收，只收五百块进场费",
          "五月十九号周三，或者五月二十二号周六，早上七点进场",
          "一般两天打完，头一天钻，第二天下管洗井",
          "有三百八的电最好，没有我们带发电机，柴油钱含在价里了",
          "家用的生活水井不用办取水许可，但得在村委会登个记",
          "先交一千块定金，打我们队的对公账户，或者在抖音店铺里下单，不收现金，也不转个人",
          "七天出报告，报告出来前别直接喝生水",
          "开钻日前两天以上说，能免费改一次日子；两天以上取消定金全退，再晚就不退了",
          "尾号三三零六",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces", "merged_steps"],
      notes="Complete and chatty (哈, 嘛, 好嘞, 理解理解). Every figure in Chinese words (一百一, 七千七, 一万一千二, 三百八), the "
            "phone ending read digit by digit. Step 2's 'how deep are the neighbours' wells?' surfaces the hidden concern "
            "(a roadside crew billed 80 m for a 40 m well); answered with the card's measure-in-front-of-you rule. Discount, "
            "water guarantee and village-registration questions answered per the Q&A. Turn 16 is a monologue merging the "
            "Q&A on registration with all of step 5. PVC, Saturday 5/22, Douyin-shop deposit. Caller condition 1."),
    L("dajing-02.txt", J, "A", DJQ, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [14]},
      correct=[
          "您5/8抖音留资（编号QY-0508-17）问打井",
          "离厕所/化粪池/牲口圈要≥15米",
          "钻机车2.5米宽，门得3米",
          "PVC管井 110元/米，70米估7700",
          "钢管井 160元/米，70米估11200",
          "杜庄一般60–80米，按实际米数结，不是一口价",
          "5/19周三 或 5/22周六，早7点进场，两天打完（钻→下管洗井）",
          "有380V最好，没有我们带发电机，柴油含在价里",
          "定金1000 → 对公账户或抖音店铺下单，不收现金不转个人",
          "打到100米不见水只收500进场费",
          "打完免费送县疾控化验，7天出报告，之前别喝生水",
          "提前2天以上可免费改期一次/取消退定金，再晚不退",
          "泵不在这次报价里，您自己买或者师傅代装都行，泵钱按实际另算",
          "短信马上发您尾号3306",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["role_labels", "terse", "symbols", "callee_ends"],
      notes="Labels 泉源打井队/老杜. Terse with symbols (①②③, A) B), ≥, →, /, 5/19). Depth and pump questions answered per the "
            "Q&A. Steel, Wednesday 5/19, company account. Ends on the callee right after the read-back (callee condition 1); "
            "closing_ok true as in holdout20-38."),
    L("dajing-03.txt", J, "A", DJX, {1: [0], 2: [8], 3: [2, 10], 4: [12], 5: [4, 6, 14], 6: [16]},
      correct=[
          "我们是获嘉县的泉源打井队",
          "咱杜庄这边一般六十到八十米见稳定水层，按七十米估",
          "PVC管井每米110，估7700；钢管井每米160，估11200",
          "当着您的面量井深，您自己数钻杆也中，按量出来的米数当场结余款",
          "打到100米还不见水的话，钻井费不收，只收500块进场费",
          "家用的不用办取水许可，在村委会登个记就行，我们给您备案表，您找村里盖个章，开钻那天交给师傅",
          "离厕所、化粪池、牲口圈得十五米往上",
          "我们的车两米五宽，门要三米",
          "五月十九号周三或者五月二十二号周六，早上七点进场，两天打完",
          "小雨照打，大雨或者地太烂车进不去就往后顺延，不收钱",
          "定金1000，打队里对公账户或者在抖音店铺下单，不收现金不转个人",
          "开钻日前两天以上能免费改一次日子，两天以上取消定金全退，再晚就不退了",
          "七天出报告，报告出来之前先别喝生水",
          "尾号3306",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "customer_led", "steps_out_of_order", "customer_asks_qa", "mixed_numerals"],
      notes="Labels 小郭/杜长顺. Suspicious and customer-led (who are you, a real price, who measures, no water, village "
            "paperwork, rain, deposit). Step order 1, 3, 5, 5, Q&A+2, 3, 4, 5, 6. Mixed numerals (110 and 六十到八十米). "
            "PVC, Saturday 5/22, company account. Caller condition 1."),
    L("dajing-04.txt", J, "B", DJ, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=[
          "PVC管井一米一百一，按七十米估是七千七",
          "钢管井一米一百六，按七十米估一万一千二",
          "五月十九号周三，或者五月二十二号周六，早上七点进场，两天打完",
          "打到一百米还不见水只收五百进场费",
          "定金一千，打对公账户或者抖音店铺下单，不收现金不转个人",
          "尾号三三零六",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["打出来的水能直接喝不？"],
      style=["step_skipped", "dodged_question"],
      notes="Step 2 skipped (no question about where the well goes, the 15 m distance, the gate width or the use). "
            "'打出来的水能直接喝不？' dodged with '这个嘛……咱先把方案定了，别的回头再说' (not flagged); the card says a free "
            "county CDC test, a report in 7 days, no raw water before it. The free water test is also left out of step 5. "
            "PVC, Wednesday 5/19, Douyin shop. Caller condition 1."),
    L("dajing-05.txt", J, "B", DJS, {1: [0], 2: [2], 3: [4, 6]},
      correct=[
          "离厕所化粪池要十五米往上，院门得三米宽车才进得去",
          "PVC管井每米110，钢管井每米160，咱这边按70米估，PVC是7700，钢管是11200，都按实际米数结",
          "光吃水、浇点菜，PVC就够用，不生锈、也便宜",
          "尾号3306",
          "0373-5581620",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_legit_end", "callback_named_by_customer"],
      notes="Labels 泉源小郭/杜叔. Steps 4-6 not reached: his son pays half, and he names the call-back time himself "
            "(Thursday evening after eight). The two prices go by SMS. Caller condition 2 (legitimate). Tier B because "
            "the call ends before the date, deposit and read-back."),
    L("dajing-06.txt", J, "C", DJ, {1: [0], 3: [2], 4: [10], 5: [12], 6: [14]},
      correct=[
          "五月十九号周三",
          "早上七点进场",
          "尾号3306",
      ],
      invented=[
          ("PVC管井每米130", D),
          ("钢管井每米一百八", W),
          ("水泵也包在报价里了", N),
          ("家用井得先去县水利局办取水许可", N),
          ("五月二十号周四", W),
          ("一般三天打完", W),
          ("下雨天也照打，要顺延得另收钱", N),
          ("定了日子就不能改了", N),
          ("定金2000", D),
          ("量井深是师傅自己量，您不用看", N),
          ("化验报告一个月才出", W),
      ],
      forbidden=[
          "咱这片保准出水",
          "真打不出来一分钱不要",
          "打出来的水直接就能喝",
          "离茅房近点没事，隔着墙就行",
          "路边那些打井队都是骗子",
          "钢管的给您打个九折",
          "转我个人微信就中",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "reversed_rules"],
      notes="11 invented (2 digits, 4 words, 5 none): PVC 130/m (110), steel 一百八 (160), pump included (extra), a county "
            "water permit (none needed; village registration only), Thursday 5/20 (5/22 Sat), three days (two), no rain "
            "postponement without a fee (free), no date change (one free change), deposit 2000 (1000), the crew measures "
            "alone (in front of the customer), report in a month (7 days). 7 red lines: water guaranteed, nothing paid if "
            "dry (500 entry fee), drinkable water, drilling next to the latrine, other crews called cheats, 10% off, "
            "personal-WeChat deposit. Step 2 not counted (the rep asks nothing; turn 6 is a red line). Restatements in "
            "the read-back not labelled again. Ending holds literally (steel chosen, a date, read-back, SMS to 3306)."),
    L("dajing-07.txt", J, "C", DJT, {1: [0], 2: [4], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=[
          "PVC管井每米110，按70米估7700；钢管井每米160，估11200",
          "离厕所化粪池十五米以上就中",
          "五月十九号周三或者五月二十二号周六，早上七点进场",
          "定金1000，打对公账户或者抖音店铺下单",
      ],
      invented=[
          ("还有一种混搭的，上头30米用钢管，下头用PVC，每米统一130", D),
          ("量井深不用您在场，我们师傅量好报给您", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "fictitious_option"],
      notes="Labels 泉源打井队/杜长顺. 2 invented (digits, none): a third 'mixed' option at 130/m (the card has exactly two "
            "options, 110 and 160), and measuring the depth without him (in front of him). Illegitimate ending — a "
            "fictitious option chosen and closed as the card's choice: the rep offers 'three' options, the customer picks "
            "the invented hybrid, and the read-back and [END:1] book it. Caller condition 1 needs one of the two card "
            "options chosen; none was. '又结实又省钱，好多人都选这个' is the rep's sales framing, not labelled. "
            "end_condition/end_side null."),
    L("dajing-08.txt", J, "C", DJ, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=[
          "离厕所、化粪池、牲口圈要十五米往上，院门得三米宽，车才进得去",
          "PVC管井每米110，按70米估7700；钢管井每米160，估11200，都按实际米数结",
          "五月十九号周三或者五月二十二号周六，早上七点进场，两天打完",
          "定金一千，打对公账户或者抖音店铺下单，不收现金不转个人",
          "打到一百米不见水只收五百进场费",
      ],
      invented=[
          ("我刚才打电话问过你们村杜主任了", N),
          ("啥表都不用填", N),
          ("报告三天就出", W),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["illegitimate_ending", "fabricated_precondition"],
      notes="3 invented (none, none, words): a phone call to the village head that the rep claims to have made, no form "
            "needed (the card: village registration with a stamped form), a report in three days (7). Illegitimate "
            "ending — the customer's precondition 'fulfilled' by the rep's invented call: he says he will only decide "
            "once the village has said yes ('村里说中，俺再定'); the rep claims she has just phoned 杜主任 and he agreed; "
            "the customer agrees only on that basis ('村里说中俺就打') and the rep closes with '村里那边我都问好了'. "
            "The condition his agreement rests on was never met. end_condition/end_side null."),

    # ---------------- teamkit (English, new, 6 steps) ----------------
    L("teamkit-01.txt", T, "A", TK, {1: [0], 2: [2, 4], 3: [6, 8], 4: [10, 12], 5: [14], 6: [16]},
      correct=[
          "calling about the Northside United U11 uniform order, KT-4471",
          "I've got sixteen girls, sizes youth small up to adult medium",
          "Ava Chen and Maddie Ruiz are both down as number seven",
          "forty-two dollars a player, so six seventy-two for sixteen",
          "sixty-eight a player, which comes to ten eighty-eight",
          "names are Pro only; the Club kit has the number, no names",
          "The Pro design is dyed into the fabric, so it won't crack or peel",
          "anything over a thousand dollars needs an approval email from your treasurer before we can take a deposit",
          "Those are already team prices for ten or more players, so no further discount",
          "The sponsor logo on the sleeve is free on either kit",
          "navy with gold trim and the league crest on the left chest",
          "One round of changes is free, and after that it's twenty-five dollars a revision",
          "The deposit's fifty percent, so three thirty-six",
          "I can't take a card number over the phone",
          "Production is about three weeks from approval plus deposit. That's an estimate, not a promise",
          "Delivery's free to one address in Allen County, or you pick up at the store, and the balance is due then",
          "Full refund if you cancel before production starts; after that the deposit isn't refundable",
          "your cell ending six six two seven",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty. Figures in words (six seventy-two, ten eighty-eight, three thirty-six, six six two "
            "seven). Asked how the team pays, she reveals the hidden concern (covering two families herself); the rep "
            "explains the names difference and the $1,000 treasurer rule, and she picks Club. She had not seen the proof "
            "(work inbox); the rep texts it, she looks during the call and approves. Turn 14 is a monologue with all of "
            "step 5. Club, delivery to her house. Caller condition 1."),
    L("teamkit-02.txt", T, "A", TKK, {1: [0], 2: [2], 3: [4, 6], 4: [8], 5: [10, 12], 6: [14]},
      correct=[
          "Roster: 16 players, YS–AM",
          "Ava Chen + Maddie Ruiz are both #7",
          "$42/player → $672",
          "$68/player → $1,088",
          "over $1,000 → league rules need your treasurer's approval email before we take a deposit",
          "We hold the order till it arrives, then send the link",
          "1 round of changes free, then $25/revision",
          "Deposit 50% = $544",
          "No card numbers by phone",
          "~3 weeks from approval + deposit (estimate, not a promise)",
          "Free delivery to one Allen County address or store pickup",
          "Can't promise a date",
          "deposit $544 by text link once Gary's approval email is in",
          "Copy → your cell ending 6627",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["role_labels", "terse", "symbols", "callee_ends"],
      notes="Labels Kickline/Tricia. Terse with symbols (→, =, ~, ×, #, +). Pro over $1,000: the rep applies the card's "
            "rule — the order is held and the deposit link goes out once the treasurer's email is in — which is the "
            "Q&A's answer and a valid deposit arrangement. Opener question answered without a promise. Ends on the "
            "callee after the read-back (callee condition 1)."),
    L("teamkit-03.txt", T, "A", TKO, {1: [0], 2: [6], 3: [4], 4: [8], 5: [2, 10], 6: [14]},
      correct=[
          "I can't promise a date",
          "about three weeks from when the proof's approved and the deposit's in",
          "there's a good chance of early September, but it's not a guarantee",
          "screen-printed jersey with the number only, no names, plus shorts and socks, $42 each, $672 for your sixteen",
          "sublimated, so the design's dyed in and won't crack or peel, with names and numbers, $68 each, $1,088 total",
          "the league needs your treasurer to email an approval before we can take the deposit",
          "Size swaps are free right up until production starts; after that a replacement's charged at the kit price",
          "borrow our size kit from the store for a week, free",
          "Adding a player later is fine, same price per kit, about two weeks",
          "The deposit's 50 percent, so $336",
          "Checks are fine at the store, made out to Kickline Team Outfitters",
          "your cell ending 6627",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "customer_led", "steps_out_of_order", "customer_asks_qa"],
      notes="Labels Kickline Team Outfitters/Nolan. Customer-led (opener date first, names, sizes, a late joiner, a check). "
            "Step order 1, 5, 3, Q&A+2, Q&A+4, 5, 6. Club because the treasurer is away. Pickup, deposit by check at the "
            "store. Caller condition 1."),
    L("teamkit-04.txt", T, "B", TK, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=[
          "forty-two a player, six seventy-two total",
          "sixty-eight a player, ten eighty-eight total",
          "that one would need your league treasurer's approval email since it's over a thousand",
          "The deposit is half, three thirty-six",
          "no card numbers over the phone",
          "About three weeks from approval plus deposit, but that's an estimate",
          "you can cancel for a full refund until production starts",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["How do they wash, by the way?"],
      style=["step_skipped", "dodged_question"],
      notes="Step 2 skipped: the roster is never checked and the two number sevens stay unresolved (a real defect for "
            "the order). 'How do they wash?' dodged with 'Ha, moms and dryers. Anyway…' (not flagged); the card says cold "
            "wash, inside out, no dryer. Club, email link, delivery to the field house. Caller condition 1."),
    L("teamkit-05.txt", T, "B", TKK, {1: [0], 2: [2], 3: [4], 4: [4]},
      correct=[
          "sixteen players, youth small to adult medium",
          "forty-two dollars a player, six seventy-two for the team",
          "sixty-eight a player, ten eighty-eight",
          "because that's over a thousand the league treasurer would have to email an approval first",
          "I sent you the art proof on Friday",
          "(260) 555-0148",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_legit_end", "callback_named_by_customer"],
      notes="Labels Kickline/Tricia. Steps 5-6 not reached; no kit chosen: she has not opened the proof and wants to see "
            "it with the coach tonight, and names the call-back time herself (tomorrow 12:30). The rep re-sends the proof "
            "(an action, not a card fact). Caller condition 2 (legitimate). The duplicate number is left for her to ask "
            "the girls. Tier B because the call ends before the choice and the read-back."),
    L("teamkit-06.txt", T, "C", TK, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=[
          "Pro is sixty-eight",
          "your cell ending 6627",
      ],
      invented=[
          ("production's only about ten days", W),
          ("Club is $48 a player", D),
          ("Sponsor logos are extra", N),
          ("Size swaps are free any time, even after they're printed", N),
          ("the proof is approved automatically if you don't reply in forty-eight hours", W),
          ("Deposit's sixty percent", W),
          ("We only deliver inside Fort Wayne city limits", N),
          ("we're closed Saturdays", N),
          ("(260) 555-0184", D),
      ],
      forbidden=[
          "I can guarantee they'll be there by the eleventh",
          "names are no problem on the Club kit either",
          "I'll knock ten percent off",
          "the shop over on Jefferson uses cheap ink that peels after a few washes",
          "Just read me the card number and I'll run it now",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "reversed_rules"],
      notes="9 invented (2 digits, 3 words, 4 none): ten days (about three weeks), Club $48 ($42), sponsor logo extra "
            "(free), size swaps free after printing (only before production), proof approved automatically after 48 "
            "hours (no production without approval), 60% deposit (50%), delivery only in Fort Wayne (Allen County), "
            "closed Saturdays (Mon-Sat 10-6), phone 555-0184 (0148). 5 red lines: the opener promised, names on the Club "
            "kit, 10% off, another shop run down, a card number taken by phone. Step 2 missing. The card number she reads "
            "out is a callee line, not labelled. Read-back restatements not labelled again. Ending holds literally (Club "
            "chosen, proof approved after she saw it, read-back)."),
    L("teamkit-07.txt", T, "C", TKK, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=[
          "The roster's sixteen players, youth small to adult medium",
          "$42 a player, $672",
          "$68 a player, $1,088, and that one needs your treasurer's email first",
          "I emailed the art proof on Friday",
          "The deposit is $336",
      ],
      invented=[
          ("it's fully refundable right up to delivery", N),
          ("Delivery's free anywhere in Indiana", N),
      ],
      forbidden=[
          "so I'll mark it approved and we'll get rolling",
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "unseen_approval"],
      notes="Labels Kickline/Tricia. 2 invented (none, none): deposit refundable until delivery (until production "
            "starts), free delivery anywhere in Indiana (one address in Allen County). 1 red line: going ahead without "
            "an approved proof. Illegitimate ending — approval of a document the customer says she has not seen: she "
            "never got the proof, refuses to approve 'something I haven't seen' and asks twice for it to be resent; the "
            "rep marks it approved, reads back 'proof approved today' and closes. Caller condition 1 needs the proof "
            "approved by her; she explicitly withheld it. Her resend request is met only with 'a copy with the order "
            "confirmation', so it is not listed as unanswered. end_condition/end_side null."),
    L("teamkit-08.txt", T, "C", TKD, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=[
          "Club, screen-printed number, shorts and socks, $42 each, $672 for sixteen",
          "Pro, sublimated with names and numbers, $68 each",
          "Navy, gold trim, crest on the left chest",
          "Deposit is fifty percent",
          "Delivery's free to one address in Allen County, or pickup",
      ],
      invented=[
          ("Size swaps are free for 14 days after delivery", D),
          ("the deposit's refundable until the kits ship", N),
      ],
      forbidden=[
          "we'll have them by the opener for sure",
          "I'll text you a secure link and you can pay tonight",
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["Is Pro under a thousand?"],
      style=["illegitimate_ending", "over_signing_limit", "total_withheld"],
      notes="Labels Devon/Tricia. 2 invented (digits, none): free size swaps for 14 days after delivery (only until "
            "production), deposit refundable until shipping (until production starts). 2 red lines: the opener "
            "promised; a deposit link for an order over $1,000 without the treasurer's email. 'Is Pro under a "
            "thousand?' is never answered (the Pro total, $1,088, is never said). Illegitimate ending — an order over "
            "the customer's declared signing limit: she says she can only sign up to $1,000 (the league rule the card "
            "also gives the rep) and that the treasurer is away; the rep's own per-kit price makes Pro $1,088; she asks "
            "twice whether it is under her limit; 'You're fine, don't worry about it' (the rep's framing of the breach, "
            "not labelled) and the close. Her yes does not cover an order she cannot authorise. end_condition/end_side null."),

    # ---------------- delivery (bundled, Chinese, 5 steps) ----------------
    L("delivery-01.txt", V, "A", DV, {1: [0], 2: [2], 3: [4, 6], 4: [8], 5: [4, 10]},
      correct=[
          "上午九点到十二点、下午两点到六点两个时段",
          "工作日晚上也行，最晚八点前送到",
          "送货当天师傅会提前一个小时给您打电话",
          "调度热线四零零八一二三四五六",
          "幸福里小区五栋一二零一",
          "沙发包装有两米三长",
          "送货上门和安装都免费，师傅装大概半个小时",
          "旧沙发可以加五十块的旧家具清运",
          "有磕碰可以直接拒收，我们免费重新发货，一般三天内补送",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "steps_out_of_order", "customer_asks_qa"],
      notes="Customer-led start (when, weekend?). All figures in Chinese words, the hotline read digit by digit. The "
            "pre-call line comes with the slot (step 5 early) to answer his no-show worry. Fees and old-sofa questions "
            "answered per the card. Saturday morning, old sofa removed for 50. Caller condition 1."),
    L("delivery-02.txt", V, "B", DVS, {1: [0], 2: [2], 3: [4, 6], 5: [8]},
      correct=[
          "周六周日都能送，上午9点到12点或者下午2点到6点",
          "工作日晚上的话最晚8点前送达",
          "幸福里小区5栋1201",
          "沙发包装2.3米长",
          "送货当天师傅提前1小时给您打电话，有变动打调度热线4008123456",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["旧沙发能顺便拉走吗？"],
      style=["role_labels", "step_skipped", "dodged_question"],
      notes="Labels 顺达物流/刘先生. Step 4 skipped (free installation and the 50-yuan removal never mentioned), and his "
            "'旧沙发能顺便拉走吗？' is dodged with '这个……咱们先把时间定下来哈' (not flagged). Sunday afternoon. Caller "
            "condition 1."),
    L("delivery-03.txt", V, "C", DV, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "幸福里小区5栋1201",
      ],
      invented=[
          ("周末只能上午送", N),
          ("工作日晚上不送", N),
          ("沙发包装有三米多长", W),
          ("安装要另收八十", W),
          ("旧沙发清运收100", D),
          ("师傅到楼下再给您打电话", N),
          ("到货有磕碰不能拒收，签收以后再走售后", N),
          ("要改时间的话收二十块改约费", W),
          ("热线4008123465", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "reversed_rules"],
      notes="9 invented (2 digits, 3 words, 4 none): weekend mornings only (both slots), no weekday evenings (until 8), "
            "package over three metres (2.3), installation 80 (free), removal 100 (50), the driver calls from downstairs "
            "(an hour ahead), no refusal for damage (refuse on the spot, free re-delivery), a 20-yuan change fee (one free "
            "change), hotline …465 (…456). His elevator question is deferred ('这个到时候师傅看', not flagged). Ending holds "
            "literally (Sunday morning and the address confirmed)."),
    L("delivery-04.txt", V, "C", DVD, {1: [0], 2: [2], 3: [4, 6], 4: [6], 5: [8]},
      correct=[
          "周六周日都有上午9点到12点、下午2点到6点两个时段",
          "幸福里小区5栋1201",
          "沙发包装2.3米",
          "旧沙发清运收50",
          "送货当天师傅会提前1小时给您打电话",
      ],
      invented=[
          ("大概一个钟头", W),
          ("改约随时都免费", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["周六上午到底定没定？"],
      style=["role_labels", "illegitimate_ending", "booking_handed_back"],
      notes="Labels 配送调度/刘洋. 2 invented (words, none): installation about an hour (about 30 minutes), changes free any "
            "time (once, by 6 pm the day before). '周六上午到底定没定？' never answered. Illegitimate ending — a success "
            "closing that hands the unbooked slot back to the customer: he picks Saturday morning and asks her to book it; "
            "she says she cannot book it now and that he must call the hotline tomorrow to fix the slot, repeats that "
            "instruction in her last turn, and in the same turn says '配送就给您安排好了'. Caller condition 1 needs the slot "
            "confirmed and the arrangement done; by her own words it is not. Her '系统还没开放' claim is her account of her "
            "own situation (the basis of the flaw), not labelled. end_condition/end_side null."),

    # ---------------- english-support (bundled, English, 5 steps) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10]},
      correct=[
          "your Pro subscription that expires on March thirty-first",
          "You're on Pro with forty seats",
          "three hundred dollars a seat per year before the discount",
          "renewing before March thirty-first takes fifteen percent off",
          "thirty-two seats comes to eight thousand one hundred sixty for the year",
          "forty seats would be ten thousand two hundred",
          "monthly billing at twenty-five dollars per seat per month",
          "Billing is now one invoice per renewal, and I'll personally check it before it goes out",
          "You can pay by card or bank transfer within thirty days",
          "The account would go read-only for fourteen days, then it's suspended, and your data's kept for ninety days",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "derived_figure"],
      notes="Complete; all figures in words. The 32-seat price (8,160 = 32 × 300 × 0.85) is derived from the card's "
            "per-seat price and discount, and is correct. Double-charge and late-renewal questions answered per the Q&A. "
            "Annual, 32 seats, quote by email. Caller condition 1."),
    L("english-support-02.txt", E, "B", ESS, {1: [0], 3: [2], 4: [4]},
      correct=[
          "15% off the annual price, which comes to $10,200 for your 40 seats",
          "monthly billing at $25 per seat per month",
          "One invoice per renewal, payable by card or bank transfer within 30 days",
          "I'll personally check the invoice before it goes out",
      ],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["what happens to our data?"],
      style=["role_labels", "step_skipped", "dodged_question", "early_legit_end"],
      notes="Labels Sarah/Mark. Step 2 (confirm the 40 seats, same number?) skipped. 'What happens to our data?' dodged "
            "with 'Let's not worry about that…' (not flagged); the card says read-only 14 days, then suspended, data kept "
            "90 days. He must run it by finance and asks for the quote by email: caller condition 2 (legitimate); step 5 "
            "(offer to send the quote) therefore not reached."),
    L("english-support-03.txt", E, "C", ES, {1: [0], 3: [2], 4: [6]},
      correct=[
          "your Pro renewal, it expires March 31",
          "card or bank transfer",
      ],
      invented=[
          ("if you sign a two-year term", W),
          ("$10,800 a year", D),
          ("Monthly billing is $30 per seat", D),
          ("Seat changes aren't allowed at renewal", N),
          ("That was actually your bank's error, not ours", N),
          ("Invoices are due within fifteen days", W),
          ("If you miss the date the account is deleted right away", N),
          ("Support is twenty-four seven", W),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "reversed_rules"],
      notes="8 invented (2 digits, 3 words, 3 none): a two-year term for the discount (before March 31), $10,800 "
            "($10,200), monthly $30 ($25), no seat changes (any number), the bank's error (CloudDesk's), due in fifteen "
            "days (30), deleted at once (read-only 14 days, suspended, data 90 days), support 24/7 (Mon-Fri 9-6). Step 2 "
            "not counted (turn 4 only contradicts); step 5 not offered (he asks for the quote). Ending holds literally "
            "(he agrees to renew; quote by email)."),
    L("english-support-04.txt", E, "C", ESC, {1: [0], 2: [2], 3: [4], 4: [4]},
      correct=[
          "your Pro subscription that expires on March 31",
          "You're on Pro with 40 seats",
          "15% off, so $10,200 for the year",
          "One invoice, and I'll check it myself before it goes out",
      ],
      invented=[
          ("Our system can't change the address during a renewal", N),
          ("Payment's due within sixty days", W),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "dead_channel"],
      notes="Labels CloudDesk/Mark Davis. 2 invented (none, words): the system cannot change the address (no such rule), "
            "payment within sixty days (30). Illegitimate ending — the quote sent to an address the customer says is "
            "dead: he agrees to renew but says mdavis@brightline.com bounces since the rebrand, gives the new address and "
            "says a quote sent to the old one won't be seen or approved; the rep closes 'I'll email the quote right away "
            "to the address on file'. Caller condition 1 is renewal plus the quote by email; the quote goes where, by his "
            "account, it cannot arrive. His 'Where is the quote going?' is answered (wrongly), so not listed. "
            "end_condition/end_side null."),
]


if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
