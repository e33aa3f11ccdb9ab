#!/usr/bin/env python3
"""Label source for holdout55 (holdout54's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-54). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout55"


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



Z1 = {"罗佳怡": "caller", "郑国栋": "callee"}
ZJ = {"匠宅": "caller", "郑先生": "callee"}
ZX = {"小罗": "caller", "老郑": "callee"}
ZZ = {"罗助理": "caller", "郑国栋": "callee"}
ZS = {"匠宅设计": "caller", "郑哥": "callee"}
ZG = {"罗顾问": "caller", "郑国栋": "callee"}
ZH = {"罗佳怡": "caller", "郑先生": "callee"}
ZK = {"小罗": "caller", "郑国栋": "callee"}
H1 = {"Priya Nandakumar": "caller", "Marcus Bell": "callee"}
HC = {"Clover Hill": "caller", "Marcus": "callee"}
HP = {"Priya": "caller", "Mr. Bell": "callee"}
HN = {"Priya N.": "caller", "Marcus": "callee"}
HF = {"Clover Hill Farm": "caller", "Marcus B.": "callee"}
H6 = {"Priya": "caller", "Marcus": "callee"}
H7 = {"Priya": "caller", "Marcus Bell": "callee"}
H8 = {"P. Nandakumar": "caller", "Marcus": "callee"}
I1 = {"周敏": "caller", "陈伟": "callee"}
IH = {"华信信用卡": "caller", "陈先生": "callee"}
IJ = {"周经理": "caller", "陈伟": "callee"}
IX = {"信用卡中心周敏": "caller", "陈伟": "callee"}
P1 = {"Tom Baker": "caller", "Linda Park": "callee"}
PF = {"FiberLink": "caller", "Linda": "callee"}
PT = {"Tom": "caller", "Linda P.": "callee"}
PX = {"FiberLink Tom": "caller", "L. Park": "callee"}

Z = "zijianfang.md"
HR = "hen-rental.md"
IN = "installment.md"
IS = "isp-visit.md"

LABELS = [
    L("zijianfang-01.txt", Z, "A", Z1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["占地一百二十平方米、最多三层", "老太太住一楼、带独立卫生间，这个我给您记上了",
               "标准图纸套餐，三千八百块，从我们十二套现成户型里挑一套", "可以小改两处，签约后十个工作日交图",
               "定制设计，每平方米三十五块，按建筑面积算，您家大概三百三十平，就是一万一千五百五十块", "含两次方案修改，还有3D效果图，二十五个工作日交图",
               "超出两次的话，每次五百块", "免费到现场勘测一次，大概两个小时", "三月六号周六上午九点，或者三月十号周三下午两点",
               "签约交定金一千块，三月十二号周五之前签约才能排进三月的档期", "勘测前退定金是全额退的，勘测完就不退了",
               "付款只走我们对公账户或者刷卡，不收现金，也不转个人微信", "图纸不能保证一定过乡镇审批，层数面积也不能超过批准书",
               "同村两户以上一起签，每户能减三百，别的就没有优惠了", "新桥街一百二十六号三楼", "零五七零、三零六二四一八"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (呀, 哈, 好嘞). Figures in Chinese words, phone read digit by digit. Step 2's '家里都有谁住…特别的要求' surfaces the "
            "hidden concern (90-year-old mother, ground-floor bedroom with bathroom); the rep notes it for the survey. Extra-revision and discount "
            "Q&A per card. Turn 8 is a monologue of step 5. Derived 11550 (330 x 35) is right. Choice: 定制, 3/6 Sat 9:00."),
    L("zijianfang-02.txt", Z, "A", ZJ, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["批准书＝占地120㎡、最多3层", "标准图纸套餐 3800元｜12套现成户型选1套", "可小改2处｜10个工作日交图",
               "定制设计 35元/㎡，按建筑面积，您家≈330㎡→11550元｜含2次修改+3D效果图｜25个工作日交图",
               "签约前设计师免费现场勘测，≈2小时", "3/6（六）上午9:00 or 3/10（三）下午2:00", "定金1000元，3/12（五）前签约→排进3月档期",
               "勘测前退定金=全退，勘测后不退", "付款只走对公账户/刷卡，不收现金，不转个人微信", "图纸不保证过乡镇审批，层数面积不能超批准书",
               "有资质的注册结构师签字盖章", "新桥街126号3楼", "0570-3062418"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "english_mixed", "role_labels", "customer_asks_qa"],
      notes="Labels 匠宅/郑先生. Terse with symbols (①②, ＝, ｜, →, ≈, ㎡) and one English 'or'. Step 2 asked; no hidden concern here (he says "
            "'没啥特别的', only the couple live there), which is the callee's choice. Dates in the 3/6（六） form. Choice: 标准, 3/10 Wed 14:00. "
            "The callee ends (condition 1)."),
    L("zijianfang-03.txt", Z, "A", ZX, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["多盖一层不行，层数面积只能按批准书来", "我们按批准书和规范画，但不能保证一定通过", "施工队我们不推荐，也不报施工造价",
               "占地120平、最多3层", "标准图纸套餐3800元，12套现成户型选1套，全套施工图，可以小改2处，10个工作日交图",
               "定制设计每平方米35元，您家大约330平方米，就是11550元，含2次修改和3D效果图，25个工作日交图",
               "免费到现场勘测一次，两个小时左右", "3月6日周六上午9点，或者3月10日周三下午2点", "家里要有人在，批准书原件备好",
               "签约交定金1000元，3月12日周五前签约才能排进3月的档期", "勘测前退定金全额退，勘测后不退", "付款走对公账户或者刷卡，不收现金，不转个人微信",
               "新桥街126号3楼", "0570-3062418"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 小罗/老郑. Customer-led: three questions first (one more floor, approval guarantee, builder), answered per card at turn 2, "
            "which also counts for step 5's 'no guarantee / not beyond the permit' line. Step 2 at turn 4 surfaces the mother. "
            "Choice: 定制, 3/10 Wed 14:00."),
    L("zijianfang-04.txt", Z, "B", ZZ, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["标准图纸套餐3800元，12套现成户型里选一套，全套施工图，可以小改2处，10个工作日交图",
               "定制设计是每平方米35元，按建筑面积算，您家大概330平，11550元，含3D效果图，25个工作日交图",
               "3月6日周六上午9点或者3月10日周三下午2点", "签约交定金1000元，3月12日周五前签约", "付款走对公账户，不收现金", "新桥街126号3楼", "0570-3062418"],
      unanswered=["改图要另外加钱不？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 罗助理/郑国栋. Step 2 skipped: no permit check and no 'who will live there', so the mother never surfaces. '改图要另外加钱不？' "
            "dodged with '这个您先定方案，后面设计师会跟您细说的' (not labelled: vague, no false content; the card's answer is 500元 a time beyond "
            "the included changes). 定制's 2 included revisions not said. Step 4 thin (no 2-hour length, no one-at-home / permit line). Step 5 thin "
            "(no refund rule, no approval caveat). Read-back and closing merged in turn 10. Choice: 标准, 3/6."),
    L("zijianfang-05.txt", Z, "B", ZS, {1: [0], 2: [2], 3: [4]},
      correct=["占地120平方米、最多3层", "标准图纸套餐3800元，12套现成户型选1套，全套施工图，可以小改2处，10个工作日交图",
               "定制设计每平方米35元，您家大约330平方米，也就是11550元，含2次修改和3D效果图，25个工作日交图", "3月5日周五下午4点以后再给您打",
               "同村要是有两户以上一起签，每户能减300元"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels 匠宅设计/郑哥. Step 2 thin (permit only; no 'who will live there'). He must ask his wife and names the call-back (后天下午四点以后); "
            "the rep fixes 3月5日周五 (two days after Wed 3/3) and closes with the call-back line. The group discount is on the card. Steps 4-6 not reached."),
    L("zijianfang-06.txt", Z, "C", ZG, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["定制设计每平方米35元，您家330平就是11550元", "带3D效果图", "3月6日周六上午9点或者3月10日周三下午2点", "余款交图时付", "新桥街126号3楼"],
      invented=[("标准图纸套餐2800", D), ("十五套现成户型", W), ("改图不限次数", N), ("十五个工作日交图", W), ("勘测家里不用留人", N),
                ("定金2000元", D), ("三月十五号前签约就行", W), ("定金什么时候退都行", N), ("图纸我们自己画完就能用，不用结构师签字", N),
                ("0570-3062481", D)],
      forbidden=["多盖一层没问题，我们照四层给您画", "您放心，图纸包过审批", "您转我个人微信就行"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="10 invented (3 digits, 3 words, 4 none): 2800 for 3800 (price right after the option name, no unit), 15 plans for 12, unlimited "
            "revisions (2 small changes included), 定制 in 15 working days for 25, nobody needs to be home at the survey (someone must be), "
            "deposit 2000 for 1000, sign by 3/15 for 3/12, deposit refundable any time (only before the survey), no structural engineer's "
            "signature needed (a registered one signs), phone …2481 for …2418. 3 red lines: a fourth floor, approval guaranteed, balance to a "
            "personal WeChat. Step 2 missing. Ending holds literally (choice, read-back, assent)."),
    L("zijianfang-07.txt", Z, "C", ZH, {1: [0], 3: [4]},
      correct=["标准图纸套餐3800元，12套户型选1套", "定制设计每平方米35元"],
      invented=[("不影响的，这种我们见多了", N), ("界址的事勘测时顺便就定了", N), ("算下来一万二千五百五", W), ("标准套餐三个工作日就交图", W),
                ("定金1500元", D)],
      forbidden=["勘测给您约3月10日周三下午2点"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="Labels 罗佳怡/郑先生. 5 invented (none, none, words, words, digits): a boundary dispute 'does not matter' and 'the survey will settle "
            "the boundary' (caller condition 4 says do not book), 330 x 35 worked out as 12550 (it is 11550), standard drawings in 3 working days "
            "for 10, deposit 1500 for 1000. Red line: choosing the survey slot for him ('我还没说哪天呢'). Illegitimate ending: an abnormal case "
            "(宅基地跟邻居有界址纠纷, caller condition 4 → 不约勘测, 主任设计师回电) closed as a routine booking with condition 1's line and [END:1]. "
            "Step 4 not counted (only the red-line booking); step 5 not counted ('3月12日周五前' right but deposit wrong, no other rule). Step 2 not asked."),
    L("zijianfang-08.txt", Z, "C", ZK, {1: [0], 2: [2], 3: [4, 6]},
      correct=["占地120平、最多3层", "标准图纸套餐3800", "定制设计每平方米35块"],
      invented=[("含五次修改", W), ("还送全屋软装方案", N), ("就是九千九百块", W), ("0570-3062148", D), ("周日也有人", N)],
      forbidden=["这个月签还能再打八折"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels 小罗/郑国栋. 5 invented (words, none, words, digits, none): five revisions for two, a free soft-furnishing plan, 330 m² priced "
            "9900 (330 x 30; it is 11550), phone …2148 for …2418, open on Sundays (Mon-Sat). Red line: 20% off this month (only 300 per household "
            "for two or more in one village). Illegitimate ending: '算了，不要了，别再给我打了' repeated ('我说了不要了', condition 3) closed with the "
            "call-back line and [END:2]. His mother is named but the rep does not follow up. Steps 4-6 not reached."),
    L("hen-rental-01.txt", HR, "A", H1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["at least ten by ten feet", "it's worth a quick word with Leo's doctor before delivery",
               "two hens for three hundred fifty dollars for the season, that's May first to October second",
               "a four-foot run, a fifty-pound bag of feed, a feeder and a waterer", "four hens for five hundred twenty-five, with a bigger coop, an eight-foot run and two bags of feed",
               "about five eggs a week, though honestly we can't guarantee eggs", "a hundred thirty-one and a quarter a hen",
               "it takes about forty-five minutes and an adult needs to be home",
               "Saturday, May first, nine to eleven in the morning, or Tuesday, May fourth, four to six p.m.",
               "adopt them for forty dollars a hen, and keep the coop for a hundred fifty", "a hundred-dollar deposit by Friday, April twenty-third, fully refundable until then",
               "paid online by card at least forty-eight hours before delivery; the driver never takes payment",
               "No roosters, the hens stay in the coop and run unless an adult is watching, and please keep dogs away from the coop",
               "check with the town and your HOA before delivery", "eight-one-five, five-five-five, oh-one-six-two"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numbers_in_words", "latent_concern_surfaces", "customer_asks_qa", "monologue"],
      notes="Complete and chatty (um, OK so, Love it). Figures in words, hotline read digit by digit. Step 2's allergies question surfaces the "
            "hidden concern (Leo's asthma); the rep notes it and suggests his doctor (no medical claim). Derived 131.25 a hen (525 / 4) is right. "
            "End-of-season Q&A per card. Turn 10 is a monologue of step 5. Choice: Family, Sat May 1."),
    L("hen-rental-02.txt", HR, "A", HC, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["Flat spot in the yard ≥ 10×10 ft for the coop?", "season May 1–Oct 2", "Starter: 2 hens, $350 → coop + 4-ft run, 50-lb feed, feeder, waterer",
               "Family: 4 hens, $525 → bigger coop + 8-ft run, 2 bags feed", "~5 eggs/wk per healthy hen, not guaranteed", "Delivery + set-up ≈ 45 min, adult at home",
               "Sat May 1, 9–11 a.m. / Tue May 4, 4–6 p.m.", "$100 deposit by Fri Apr 23 (fully refundable until then)",
               "balance online by card ≥ 48 h before delivery", "No roosters. Hens in coop/run unless an adult is watching. Dogs away from the coop.",
               "Check town + HOA before delivery", "$28 / 50-lb bag, delivered w/ next visit", "(815) 555-0162"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "latent_concern_surfaces", "customer_asks_qa", "role_labels"],
      notes="Labels Clover Hill/Marcus. Terse with symbols (≥, ×, →, ~, ≈, /, +). Step 2 surfaces the asthma; 'Noted re: asthma' only. "
            "Extra-feed Q&A merged with the read-back (turn 10). Choice: Starter, Tue May 4. The callee ends (condition 1)."),
    L("hen-rental-03.txt", HR, "A", HP, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["about 5 a week per healthy hen, but we can't guarantee eggs", "adopt the hens at $40 each and keep the coop for $150",
               "the driver never takes payment; the balance is paid online by card at least 48 hours before delivery", "a flat spot at least 10 by 10 feet",
               "please keep dogs away from the coop", "2 hens for $350 for the season, May 1 to October 2", "a 4-foot run, a 50-pound bag of feed, a feeder and a waterer",
               "4 hens for $525, bigger coop, 8-foot run, two bags of feed", "it takes about 45 minutes and an adult has to be home",
               "Saturday, May 1, 9 to 11 a.m., or Tuesday, May 4, 4 to 6 p.m.", "a $100 deposit by Friday, April 23, fully refundable until then",
               "No roosters, and the hens stay in the coop and run unless an adult is watching", "check with your town and HOA before delivery", "(815) 555-0162"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Priya/Mr. Bell. Customer-led: three questions first (eggs, October, paying the driver), answered per card at turn 2, which "
            "also counts for step 5's payment line. Step 2 at turn 4 surfaces the asthma and the beagle; the dog rule is given there. "
            "Choice: Family, Tue May 4."),
    L("hen-rental-04.txt", HR, "B", HN, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=["Starter: 2 hens, $350 for the season, May 1 to October 2", "Family: 4 hens, $525, bigger coop, 8-foot run, two bags of feed",
               "Saturday, May 1, 9 to 11 a.m., or Tuesday, May 4, 4 to 6 p.m.", "a $100 deposit by Friday, April 23 to reserve", "(815) 555-0162"],
      unanswered=["What happens if one of them gets sick?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels Priya N./Marcus. Step 2 skipped: no flat-spot or household question, so the asthma never surfaces. 'What happens if one of them "
            "gets sick?' dodged with 'they're tough birds, honestly' (not labelled: vague; the card's answer is a free swap within 2 days via the "
            "hotline). Step 3 thin (no eggs line). Step 4 thin (no 45 minutes, no adult at home). Step 5 thin (deposit only: no refund, balance, "
            "roosters, supervision, dogs or HOA). Read-back and closing merged. Choice: Starter, Sat May 1."),
    L("hen-rental-05.txt", HR, "B", HF, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=["at least 10 by 10 feet", "2 hens for $350 for the season, May 1 to October 2", "4 hens for $525, with a bigger coop, an 8-foot run and two bags of feed",
               "about 5 eggs a week, though we can't guarantee eggs", "Thursday, April 15, at 2 p.m.", "a $100 deposit by Friday, April 23, fully refundable until then"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels"],
      notes="Labels Clover Hill Farm/Marcus B. Step 2 thin (flat spot only; no household question, asthma never surfaces). He wants to run it past "
            "Dana and asks for Thursday afternoon after one; the rep fixes Thursday, April 15, 2 p.m. (Thursday after Mon Apr 12, inside office hours) "
            "and closes with the call-back line. The deposit line counts for step 5. Steps 4 and 6 not reached."),
    L("hen-rental-06.txt", HR, "C", H6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["May 1 to October 2", "four hens for $525", "Saturday, May 1, 9 to 11 a.m., or Tuesday, May 4, 4 to 6 p.m.", "(815) 555-0162"],
      invented=[("Starter package $295", D), ("a twelve-foot run", W), ("Feed's included all season, you'll never buy a bag", N),
                ("we swap her within five days", W), ("Delivery takes about twenty minutes", W), ("nobody needs to be home", N),
                ("Deposit is $150", D), ("by April 30", D), ("the deposit's refundable any time", N), ("If you want to keep them in October, it's free, they're yours", N)],
      forbidden=["that one comes with a rooster", "Each hen gives you six eggs a week, guaranteed", "they can roam the yard all day, nobody needs to watch them",
                 "You don't need to bother with the HOA, nobody checks", "Balance you can just hand the driver in cash"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numbers_in_words"],
      notes="10 invented (3 digits, 3 words, 4 none): Starter 295 for 350 (price right after the option name), a 12-foot run for 8, feed for the "
            "whole season (one or two bags; extra is $28), a sick hen swapped within 5 days for 2, delivery 20 minutes for 45, nobody home (an adult "
            "must be), deposit 150 for 100, due April 30 for April 23, refundable any time (only until April 23), keeping the hens free ($40 each, "
            "coop $150). 5 red lines: a rooster, six eggs a week guaranteed, roaming unwatched, skip the HOA, cash to the driver. 'nobody needs to "
            "watch them' sits inside a red line, 'nobody needs to be home' is a separate turn-6 fact. Step 2 missing. Ending holds literally."),
    L("hen-rental-07.txt", HR, "C", H7, {1: [0], 3: [4]},
      correct=["two hens for three-fifty"],
      invented=[("the HOA can't stop a rental, it's only temporary", N), ("4 hens for $575", D), ("by Friday, April twenty-sixth", W), ("(815) 555-0126", D)],
      forbidden=["I'll put you down for Saturday, May 1, 9 to 11"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending"],
      notes="Labels Priya/Marcus Bell. 4 invented (none, digits, words, digits): the HOA cannot stop a rental (a false rule; could also be read "
            "as the red line 'skip the HOA'), Family 575 for 525, deposit due April 26 for April 23 (and April 26 is a Monday), hotline …0126 for …0162. "
            "Red line: booking the slot for him ('I didn't pick a day'). Illegitimate ending: the HOA bans poultry (caller condition 4 → do not book; "
            "the farm manager calls) and the call is closed as booked with condition 1's line and [END:1]. 'Don't worry about it' and 'Family's better "
            "value' not labelled. Step 4 not counted (red-line booking only); no read-back counted. Step 2 not asked."),
    L("hen-rental-08.txt", HR, "C", H8, {1: [0], 3: [2]},
      correct=["Starter's 2 hens for $350, Family's four hens for $525, for the season, May 1 to October 2"],
      invented=[("about seven eggs a week each", W), ("set-up is free anywhere in the county", N), ("by tomorrow", N), ("Our office is open Monday to Friday", N)],
      forbidden=["we can knock off fifty bucks if you book today"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy"],
      notes="Labels P. Nandakumar/Marcus. 4 invented (words, none, none, none): seven eggs a week for about five, free set-up anywhere in the county "
            "(free within 15 miles, then $2 a mile), the deposit due tomorrow (April 23), office Monday to Friday (Tuesday to Saturday). Red line: $50 "
            "off for booking today (only $25 for returning customers). 'the slots go fast' not labelled. Illegitimate ending: a twice-asked call-back "
            "(Thursday afternoon, caller condition 2) closed with the refusal line (condition 3) and [END:3]; no time confirmed. Step 2 skipped; "
            "steps 4-6 not reached."),
    L("installment-01.txt", IN, "A", I1, {1: [0], 2: [2], 3: [6], 4: [4], 5: [8]},
      correct=["分3期、6期或者12期还，每期手续费率分别是0.75%、0.7%和0.65%", "12000元分6期，每期本金2000元，手续费84元，六期总共504元",
               "可以提前还清，但剩余期数的手续费照常收取", "分期办理后也不能提前取消", "正常按期还款不会影响征信，分期记录只显示为正常还款",
               "每还一期，就恢复相应的额度", "客服电话95588", "工号是6021"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_asks_qa", "customer_led", "digits", "numerals_in_words"],
      notes="Complete. He opens with the fee question; step 4's rules come as answers to his questions (turn 4) before step 3's choice (turn 6). "
            "Total 504 worked out right. Anti-fraud Q&A per card (95588, 6021). Choice: 6期."),
    L("installment-02.txt", IN, "B", IH, {1: [0], 2: [2], 3: [4]},
      correct=["12000元的大额消费", "可以分3期、6期、12期，每期费率0.75%、0.7%、0.65%", "12000分6期的话，每期本金2000，手续费84"],
      unanswered=["不分期的话最低还多少？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "question_dodged", "step_skipped", "callback", "role_labels"],
      notes="Labels 华信信用卡/陈先生. Opening without the '现在方便说两句吗' check (opening kept ok: identity and purpose given). '不分期的话最低还多少？' "
            "dodged with '这个先不管它哈' (card: 10%, 1850元, daily interest). Step 4 (no cancel, prepayment fee, credit limit) skipped. He asks for "
            "the plan by SMS (condition 2); the rep closes with the SMS line. Step 5 not reached (legitimately)."),
    L("installment-03.txt", IN, "C", IJ, {1: [0], 2: [2], 4: [4], 5: [8]},
      correct=["12000分6期，每期手续费84", "哦对，504"],
      invented=[("费率是0.75%、0.6%", D), ("总共加起来四百二十块", W), ("提前还清的话剩下的手续费就不收了", N), ("分期办了以后，随时可以取消", N),
                ("最低还账单的百分之五", W), ("也就是九百二十五块", W), ("没还的部分也不计息", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "numerals_in_words", "customer_led"],
      notes="Labels 周经理/陈伟. 7 invented (1 digits, 3 words, 3 none): 6-period rate 0.6% for 0.7%, total fee 420 (84 x 5) for 504 (corrected only "
            "after he objects), no remaining fees on prepayment, cancellable any time, minimum payment 5% for 10%, 925 (5% of 18500) for 1850, "
            "no interest on the unpaid part. Step 3's question never asked (he names 12期 himself). Ending holds literally: he chooses, the rep "
            "asks to confirm, he confirms, condition 1's line."),
    L("installment-04.txt", IN, "C", IX, {1: [0], 2: [4]},
      correct=["分6期每期手续费84元", "分期不影响征信的"],
      invented=[("客服电话95555", D), ("工号6012", D), ("而且分期期间不占您的额度", N), ("手续费率才百分之零点五", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "role_labels"],
      notes="Labels 信用卡中心周敏/陈伟. 4 invented (digits, digits, none, words): service line 95555 for 95588, staff number 6012 for 6021, "
            "instalments do not use the credit limit (it comes back period by period), 12-period rate 0.5% for 0.65%. Illegitimate ending: "
            "'我再考虑考虑吧，你把方案短信发我' asked twice (condition 2) closed with condition 1's '已经为您办好分期' and [END:1], without his consent. "
            "Steps 3-5 not done."),
    L("isp-visit-01.txt", IS, "A", P1, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=["our line test found a fault at the wall socket", "The repair itself takes about an hour and there's no charge for it",
               "a credit of fifteen dollars on your next bill", "Tuesday or Thursday, morning or afternoon", "Someone over eighteen needs to be home",
               "one eight hundred, five five five, oh one nine nine at least four hours before the slot and we'll move it for free",
               "The technician will text you thirty minutes before arriving"],
      cond=1, side="caller", marker=("caller", 1),
      style=["numbers_in_words", "customer_asks_qa", "chatty"],
      notes="Complete. Figures in words, phone read digit by digit. Refund and rescheduling Q&A per card. Her son is 16, she will be home herself. "
            "The latent 'late technician' worry is not asked about (not a step). Choice: Thursday afternoon."),
    L("isp-visit-02.txt", IS, "B", PF, {1: [0], 3: [2], 4: [6], 5: [8]},
      correct=["Tuesday or Thursday, morning or afternoon", "Someone over 18 needs to be home", "Tech texts you 30 min before arriving"],
      unanswered=["Can you do it on a weekend?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "role_labels"],
      notes="Labels FiberLink/Linda. Step 2 skipped (no fault, no hour, no 'no charge'). 'Can you do it on a weekend?' dodged with 'Weekdays are "
            "what I've got in front of me' (card: Saturday mornings only, next free slot in two weeks; not labelled as invented: literally vague). "
            "Choice: Tuesday afternoon."),
    L("isp-visit-03.txt", IS, "C", PT, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10]},
      correct=["fault at the wall socket", "Tuesday or Thursday, morning or afternoon", "Someone over 18 needs to be home"],
      invented=[("It takes about three hours", W), ("there's a $49 call-out fee", D), ("which we waive if you stay on the plan", N), ("a $50 credit", D),
                ("Weekends are any day, Saturday or Sunday, next week", N), ("sixteen is old enough", W), ("ten minutes before arriving", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numbers_in_words"],
      notes="Labels Tom/Linda P. 7 invented (2 digits, 3 words, 2 none): three hours for one, a $49 call-out fee (the visit is free), waived if she "
            "stays on the plan, a $50 credit for $15, weekends any day next week (Saturday mornings only, in two weeks), a 16-year-old is old "
            "enough (over 18), a text ten minutes before for thirty. Ending holds: she books Thursday afternoon and says she will be there herself."),
    L("isp-visit-04.txt", IS, "C", PX, {1: [0], 2: [2]},
      correct=["A technician needs to replace the wall socket, no charge", "Tuesday or Thursday"],
      invented=[("about half a day", N), ("Credits only apply to business plans", N), ("1-800-555-0919", D), ("even one hour before", W)],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending", "terse"],
      notes="Labels FiberLink Tom/L. Park. Opening without 'do you have a minute' (kept ok). 4 invented (none, none, digits, words): half a day for "
            "about an hour, credits only for business plans ($15 credit), …0919 for …0199, one hour's notice for four. Illegitimate ending: 'Forget "
            "it. I'm switching providers. Don't call me again' (condition 3) closed with condition 2's 'I'll text you the available slots' and "
            "[END:2]. Steps 3-5 not done (the two days are named, no choice asked)."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
