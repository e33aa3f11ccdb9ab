#!/usr/bin/env python3
"""Label source for holdout59 (holdout58's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-58). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout59"


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


S1 = {"邓佳音": "caller", "罗国庆": "callee"}
S2 = {"锦履鞋坊": "caller", "罗叔": "callee"}
S3 = {"小邓": "caller", "罗老师": "callee"}
S4 = {"邓顾问": "caller", "罗国庆": "callee"}
S5 = {"锦履手工鞋坊邓佳音": "caller", "罗国庆": "callee"}
S6 = {"佳音": "caller", "罗国庆": "callee"}
S7 = {"邓佳音": "caller", "罗先生": "callee"}
S8 = {"鞋坊小邓": "caller", "罗国庆": "callee"}
T1 = {"Marcus Bell": "caller", "Eleanor Hatcher": "callee"}
T2 = {"Oakline": "caller", "Nell": "callee"}
T3 = {"Marcus": "caller", "Mrs. Hatcher": "callee"}
T4 = {"M. Bell": "caller", "Nell H.": "callee"}
T5 = {"Oakline Tree Care": "caller", "E. Hatcher": "callee"}
T6 = {"Marcus": "caller", "Nell": "callee"}
T7 = {"Marcus Bell": "caller", "Mrs. H.": "callee"}
T8 = {"Marcus": "caller", "Nell Hatcher": "callee"}
K1 = {"陈静": "caller", "赵建国": "callee"}
K2 = {"仁心口腔陈护士": "caller", "赵先生": "callee"}
K3 = {"陈护士": "caller", "赵建国": "callee"}
K4 = {"陈静": "caller", "赵建国": "callee"}
R1 = {"李明": "caller", "张强": "callee"}
R2 = {"长江李明": "caller", "张强": "callee"}
R3 = {"李专员": "caller", "张强": "callee"}
R4 = {"李明": "caller", "张强": "callee"}

SG = "shougongxie.md"
TP = "tree-pruning.md"
CL = "clinic.md"
RN = "renewal.md"

LABELS = [
    L("shougongxie-01.txt", SG, "A", S1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["我们不说手工鞋能治脚痛", "按您的脚型做楦，会更合脚些", "德比鞋是头层黄牛皮，手工沿条，两千六百八十块，量脚以后四个礼拜做好",
               "牛津鞋是法国小牛皮，也是手工沿条，三千六百八十块，量脚以后六个礼拜做好", "工期都不能加急的", "要是三月二十号来量，四月十七号周六就能取",
               "牛津鞋要六周，赶不上四月二十四号", "量脚要您本人来店里，大概四十五分钟", "三月二十号周六上午十点到十一点，或者三月二十三号周二下午三点到四点",
               "定金是四成，德比鞋就是一千零七十二块，三月二十七号周六之前付", "裁皮之前都能全退，裁了皮就不退了", "保修两年，开线掉跟免费修一次",
               "取鞋三十天内不合脚，免费改一次", "省内顺丰包邮", "玉林北路三十六号二楼", "零二八、八五五六、一三四二"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (呀, 哈, 嗯嗯, 好嘞), all figures in Chinese words, phone read digit by digit. He asks the price first; the rep defers it one turn "
            "and asks step 2, which surfaces the hidden concern (bunion on the right foot, embarrassed to take his socks off); answered with no "
            "medical claim. Turn 4 merges that answer and step 3 (monologue). The wedding-date Q&A (turn 6) is answered per card: 德比 ready 4/17 if "
            "measured 3/20, 牛津 cannot make 4/24. 1072 = 40% of 2680. Choice: 德比鞋, 3月20日周六 10:00-11:00."),
    L("shougongxie-02.txt", SG, "A", S2, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["①德比鞋 头层黄牛皮+手工沿条，¥2680，量脚后4周好", "②牛津鞋 法国小牛皮+手工沿条，¥3680，量脚后6周", "不能加急",
               "老客户介绍立减150元，别的优惠没有", "量脚需本人到店，≈45分钟", "3/20（六）10:00–11:00 or 3/23（二）15:00–16:00",
               "23号量→4/20（二）可取", "定金40%=1072元，3/27（六）前付", "裁皮前可全退，裁皮后不退", "保修2年（开线/掉跟免费修1次）",
               "取鞋30天内不合脚免费改1次", "武侯区玉林北路36号2楼", "☎028-85561342"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "english_mixed", "role_labels", "customer_asks_qa"],
      notes="Labels 锦履鞋坊/罗叔. Terse with symbols (①②, ¥, ≈, →, =, /, ☎), English 'OK' and 'or'. Step 2 asked; he says his feet are fine, so "
            "the hidden concern does not surface (callee's choice). Discount Q&A per card. Dates in the 3/23（二） form; 4/20 is the card's pickup "
            "date for a 3/23 fitting. Choice: 德比鞋, 3/23 Tue 15:00-16:00; 1072 = 40% of 2680. The callee ends (condition 1) after a correct read-back."),
    L("shougongxie-03.txt", SG, "A", S3, {1: [0], 2: [4], 3: [2, 6], 4: [2, 10], 5: [12], 6: [14]},
      correct=["量脚必须本人到店，师傅要摸脚型、试楦", "德比鞋量脚后4周，牛津鞋6周，都不能加急", "我们不说治脚痛，按脚型做楦会更合脚", "脚上有毛病的话先看医生",
               "德比鞋头层黄牛皮，手工沿条，2680元", "牛津鞋法国小牛皮，手工沿条，3680元", "3月20日量的话，牛津鞋5月1日周六才能取", "德比鞋4月17日周六可取",
               "量脚大概45分钟", "3月20日周六上午10点到11点，或者3月23日周二下午3点到4点", "定金四成，牛津鞋是1472元，3月27日周六前付",
               "裁皮之前全退，裁皮后不退", "保修2年，开线掉跟免费修一次", "取鞋30天内不合脚免费改一次", "028-85561342"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels 小邓/罗老师. Customer-led: three questions first (just send a size, ready before the wedding, will it cure foot pain), answered "
            "per Q&A at turn 2 (carries step 3's 4/6 weeks and no rush, and step 4's in-person rule). Step 2 at turn 4 surfaces the bunion and the "
            "embarrassment. He knowingly picks 牛津鞋 although it is ready only 5/1, after the wedding (told plainly). Choice: 牛津鞋, 3月20日周六; "
            "1472 = 40% of 3680."),
    L("shougongxie-04.txt", SG, "B", S4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["德比鞋头层黄牛皮，2680元，4周做好", "牛津鞋法国小牛皮，3680元，6周做好", "3月20日周六上午10点到11点，或者3月23日周二下午3点到4点",
               "定金1072元，到店扫鞋坊收款码就行", "玉林北路36号2楼", "028-85561342"],
      unanswered=["婚礼前来得及不？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels 邓顾问/罗国庆. Step 2 skipped (no use/size/foot question), so the bunion never surfaces. '婚礼前来得及不？' dodged ('这个到店再说，"
            "您先看款式嘛'; the card: 德比 ready 4/17 if measured 3/20, 牛津 cannot make it). Step 3 thin (no 'no rush'); step 4 thin (no 45 minutes, "
            "no socks); step 5 thin (deposit only: no deadline, refund rule, balance, warranty, care). Read-back in the same turn. Choice: 德比鞋, 3/20."),
    L("shougongxie-05.txt", SG, "B", S5, {1: [0], 2: [2], 3: [4]},
      correct=["德比鞋，头层黄牛皮，手工沿条，2680元，量脚后4周做好", "牛津鞋，法国小牛皮，也是手工沿条，3680元，量脚后6周做好，工期都不能加急",
               "老客户介绍的话能减150元，别的优惠就没有了", "3月18日周四下午4点再给您打"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels", "customer_asks_qa"],
      notes="Labels 锦履手工鞋坊邓佳音/罗国庆. Step 2 thin (wedding use only; no size, no foot question). Discount Q&A per card. His daughter pays, "
            "so he asks for a call 后天下午; the rep fixes 3月18日周四 16:00 (two days after Tue 3/16, within opening hours) and closes with the "
            "call-back line. Steps 4-6 not reached."),
    L("shougongxie-06.txt", SG, "C", S6, {1: [0], 3: [2], 4: [6], 5: [8, 10, 12], 6: [14]},
      correct=["牛津鞋3680元，都是手工沿条", "3月20日周六上午10点到11点，或者3月23日周二下午3点到4点", "玉林北路36号2楼"],
      invented=[("德比鞋2380", D), ("德比鞋三周就做好了", W), ("定金三成", W), ("德比鞋就是714元", D), ("定金随时都能退", N), ("全国包邮", N),
                ("保修三年", W), ("开线掉跟随便修，不限次数", N), ("淋湿了用吹风机吹干就行", N), ("028-85516342", D), ("我们周二休息", W)],
      forbidden=["手工鞋穿上脚就不疼了，大脚骨都能给您矫正过来", "加三百块给您加急，婚礼前肯定穿上", "拍张脚的照片发过来也行",
                 "转我个人微信就行", "这周定还给您打九折"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="Labels 佳音/罗国庆. 11 invented (3 digits, 4 words, 4 none): 德比鞋 2380 for 2680 (price right after the name, no unit), three weeks for 4, "
            "deposit 30% for 40%, 714元 (30% of the wrong 2380; right is 1072), refundable any time (not after the leather is cut), free shipping "
            "nationwide (Sichuan only; else 20元), warranty three years for 2, unlimited repairs (one free repair), hair-dryer drying (never), phone "
            "...16342 for ...61342 (digits swapped), closed Tuesdays (Mondays). 5 red lines: cures pain/corrects the bunion, 300 for a rush and a "
            "wedding guarantee, a photo instead of a fitting, personal WeChat, 10% off this week. Step 2 missing (he volunteers the bunion). Ending "
            "holds literally (he chose 德比 and Saturday; read-back)."),
    L("shougongxie-07.txt", SG, "C", S7, {1: [0]},
      correct=["德比鞋头层黄牛皮，2680元", "定金四成，1472元，3月27日周六前付"],
      invented=[("牛津鞋是小羊皮的", N), ("牛津鞋一个月就好", W), ("量脚只要15分钟", D), ("我们唐师傅说了，糖尿病的脚他做得多", N)],
      forbidden=["穿了伤口好得还快些", "您就做牛津鞋，对脚好", "婚礼前包您穿上", "我给您约3月20日周六上午10点到11点来量脚"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels 邓佳音/罗先生. 4 invented (1 digits, 1 words, 2 none): 牛津鞋 is lambskin (French calfskin), ready in one month (6 weeks), fitting "
            "only 15 minutes (about 45), 'master 唐 says he does diabetic feet all the time' (no basis; condition 4 sends the case to 唐建民 for a "
            "call-back). Red lines: healing claim, choosing 牛津鞋 for him ('对脚好'), a wedding-date guarantee, choosing the slot. Illegitimate "
            "ending: diabetes with a foot sore unhealed for two months (caller condition 4 -> no fitting, no deposit, see a doctor, 唐建民 calls "
            "back) closed as booked with condition 1's line and [END:1], after '我再想想吧' and '我还没想好嘛'. Steps 3-6 not counted (wrong leather; "
            "model and slot chosen for him; deposit only; no read-back)."),
    L("shougongxie-08.txt", SG, "C", S8, {1: [0], 2: [2], 3: [4]},
      correct=["德比鞋2680元，牛津鞋3680，一个头层黄牛皮一个法国小牛皮"],
      invented=[("做好要两个月", W), ("定金交500就行", D), ("礼拜五我们不上班", W), ("这个价下个月就涨了", N)],
      forbidden=["我们不用量脚，您报个码，师傅照着做"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "terse"],
      notes="Labels 鞋坊小邓/罗国庆. 4 invented (1 digits, 2 words, 1 none): two months' work (4/6 weeks), deposit 500 (40%: 1072/1472), closed on "
            "Fridays (the shop closes Mondays), 'the price goes up next month' (no basis). Red line: no fitting, just a shoe size. Opening thin (no "
            "caller name); step 2 thin (size only). Illegitimate ending: a call-back request repeated twice ('礼拜五下午再打给我', then '礼拜四下午打给我', "
            "condition 2) closed with the refusal line and [END:3]."),
    L("tree-pruning-01.txt", TP, "A", T1, {1: [0], 2: [2, 4], 3: [6], 4: [10], 5: [12], 6: [14]},
      correct=["Our Crown Clean is half a day, four hours, a climber and two ground crew, six hundred forty dollars",
               "all the brush chipped and hauled away",
               "a full day, eight hours, a climber and three ground crew, eleven hundred eighty dollars, and we cut everything back to ten feet off the roof",
               "We never top a tree", "The estimate walk is free and takes about twenty minutes with our arborist",
               "Monday, September twentieth, nine to ten in the morning, or Thursday, September twenty-third, one to two in the afternoon",
               "just leave the side gate unlocked and keep any dog inside",
               "twenty-five percent deposit, so for Crown Clean plus Roof Clearance that's two hundred ninety-five dollars, due by Friday, October first",
               "refundable up to forty-eight hours before the job", "the crew never takes cash", "we never use spikes on a living tree",
               "if a limb we pruned breaks within twelve months, we come back and take it out free", "thirty-six Laurel Bend Lane",
               "eight two eight, five five five, oh one four six"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "customer_asks_qa"],
      notes="Chatty (um, you know, good good, lovely), all figures in words, phone in words. Step 2's protect question surfaces the hidden concern "
            "(grandchildren's treehouse platform); the rep notes it for the arborist. Turn 6 is a step-3 monologue; the topping question answered per "
            "Q&A. $295 = 25% of $1,180. Choice: Crown Clean + Roof Clearance, Thu Sept 23, 1-2."),
    L("tree-pruning-02.txt", TP, "A", T2, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["(1) Crown Clean — ½ day/4 hrs, climber + 2 ground crew, $640, dead wood out, brush hauled",
               "(2) Crown Clean + Roof Clearance — full day/8 hrs, climber + 3 crew, $1,180, cut back to 10 ft off the roof",
               "$75 off if a neighbor books a job the same day. Nothing else.", "Free estimate walk w/ our arborist, ~20 min: Mon Sep 20, 9–10 a.m., or Thu Sep 23, 1–2 p.m.",
               "You needn't be home — side gate unlocked, dog inside.", "Deposit 25% = $160, by Fri Oct 1", "refundable until 48 hrs before the job",
               "crew takes no cash", "No topping, no spikes on a living tree", "a limb we pruned breaks w/in 12 mo → we remove it free", "(828) 555-0146"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels", "customer_asks_qa"],
      notes="Labels Oakline/Nell. Terse, abbreviations (re:, Qs, hrs, w/, w/in, mo, Ln), symbols (+, ½, ~, =, —, →, /). Step 2 asked; nothing to protect, "
            "so the hidden concern does not surface. Senior-discount Q&A per card. $160 = 25% of $640. Choice: Crown Clean, Mon Sept 20, 9-10. "
            "The callee ends (condition 1) after a correct read-back."),
    L("tree-pruning-03.txt", TP, "A", T3, {1: [0], 2: [4, 6], 3: [8], 4: [10], 5: [12], 6: [14]},
      correct=["I can't tell whether it's sick over the phone; our arborist looks at it on the estimate walk",
               "all the brush is chipped and hauled away, and we can leave firewood rounds stacked if you want them",
               "a rain-out is rescheduled at no charge", "Crown Clean is half a day, 4 hours, a climber and 2 ground crew, $640",
               "Crown Clean + Roof Clearance is a full day, 8 hours, a climber and 3 ground crew, $1,180, with the limbs over the house cut back to 10 feet off the roof",
               "free, about 20 minutes with the arborist: Monday, September 20, 9 to 10 a.m., or Thursday, September 23, 1 to 2 p.m.",
               "You don't have to be home; just leave the side gate unlocked and keep any dog inside", "25% deposit — $295 — by Friday, October 1",
               "refundable up to 48 hours before the job", "the crew never takes cash", "We never top a tree or use spikes on a living one",
               "if a limb we pruned breaks within 12 months, we remove it free", "(828) 555-0146"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "role_labels"],
      notes="Labels Marcus/Mrs. Hatcher. Customer-led: three questions first (is it dying, the mess, rain), answered per Q&A at turn 2 (no diagnosis "
            "by phone). Step 2 at turns 4 and 6 surfaces the treehouse platform. Choice: Crown Clean + Roof Clearance, Thu Sept 23, 1-2; $295 = 25% of $1,180."),
    L("tree-pruning-04.txt", TP, "B", T4, {1: [0], 3: [2], 4: [6], 5: [8], 6: [8]},
      correct=["Crown Clean, half a day, $640", "Crown Clean + Roof Clearance, a full day, $1,180, cut back to 10 feet off the roof",
               "Monday, September 20, 9 to 10, or Thursday, September 23, 1 to 2", "Deposit is $160 by Friday, October 1", "(828) 555-0146"],
      unanswered=["Is that limb going to come through my bedroom ceiling before you get here?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels"],
      notes="Labels M. Bell/Nell H. Step 2 skipped (no limb/power-line or protect question), so the treehouse never surfaces. The roof question dodged "
            "('Let's just get you on the calendar first'; the card: no diagnosis by phone, the arborist looks on the walk). Step 3 thin (no hours/crew); "
            "step 4 thin (no 20 minutes, no gate/dog rule); step 5 thin (deposit only: no refund window, balance, no-cash, guarantee). Read-back in "
            "the same turn. Choice: Crown Clean, Mon Sept 20."),
    L("tree-pruning-05.txt", TP, "B", T5, {1: [0], 2: [2], 3: [4]},
      correct=["Our Crown Clean is half a day, four hours, a climber and two ground crew, $640, dead wood out and all the brush hauled away",
               "Crown Clean + Roof Clearance is a full day, eight hours, a climber and three ground crew, $1,180, and we cut everything back to ten feet off the roof",
               "It's $75 off if a neighbor books a job for the same day. Nothing else", "Friday, September 17, around 10 a.m.?"],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback", "thin_steps", "role_labels", "customer_asks_qa"],
      notes="Labels Oakline Tree Care/E. Hatcher. Step 2 thin (where the limb is only; no power-line or protect question). Discount Q&A per card. "
            "She wants her son to decide and asks for Friday morning; the rep fixes Friday, September 17, 10 a.m. (two days after Wed Sept 15, office "
            "open) and closes with the call-back line. Steps 4-6 not reached."),
    L("tree-pruning-06.txt", TP, "C", T6, {1: [0], 3: [2], 4: [4], 5: [6, 8], 6: [12]},
      correct=["Crown Clean plus Roof Clearance, is $1,180", "Monday, September 20, 9 to 10, or Thursday, September 23, 1 to 2", "36 Laurel Bend Lane"],
      invented=[("Crown Clean's $560", D), ("two climbers", W), ("usually about two hours", W), ("You'll have to be home for it", N),
                ("Deposit's 30%", D), ("that's $354", D), ("refundable right up to the morning of the job", N), ("Stump grinding's included", N),
                ("the work's guaranteed for five years", W), ("If it rains you lose the day, unfortunately", N), ("(828) 555-0164", D),
                ("we're open Saturdays too", N)],
      forbidden=["the tree's healthy, nothing to worry about", "we'll just top it, easier", "Pay the crew cash on the day and we'll knock off ten percent",
                 "Our climber goes up on spikes, much faster"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "step_skipped", "digits", "numerals_in_words"],
      notes="Labels Marcus/Nell. 12 invented (4 digits, 3 words, 5 none): Crown Clean $560 for $640, two climbers (one climber), about two hours (4), "
            "she must be home (she needn't), deposit 30% for 25%, $354 (30% of $1,180 from the wrong rate; right is $295), refundable to the job "
            "morning (up to 48 hours before), stump grinding included ($120 a stump), five-year guarantee (12 months, pruned limbs only), rain-outs "
            "forfeited (rescheduled free), office ...0164 for ...0146 (digits swapped), open Saturdays (Mon-Fri). 4 red lines: the tree is healthy "
            "(no phone diagnosis), topping, cash for 10% off, spikes on a living tree. Step 2 missing. Ending holds literally (she chose the package "
            "and Monday; read-back)."),
    L("tree-pruning-07.txt", TP, "C", T7, {1: [0]},
      correct=["Deposit's $295 by Friday, October 1"],
      invented=[("that happens all the time, it's nothing our crew can't handle", N), ("the job itself only takes 3 hours", D),
                ("we'll cable the trunk for free", N)],
      forbidden=["our guys will take the limb off the line for you", "You'll want the Crown Clean + Roof Clearance",
                 "I'll put you down for Monday, September 20, 9 to 10", "the crack just means it's drying out"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels Marcus Bell/Mrs. H. 3 invented (1 digits, 0 words, 2 none): 'happens all the time, nothing our crew can't handle' (condition 4 says "
            "the opposite), the job only 3 hours (full day, 8), free trunk cabling (no such service). Red lines: work on the power line (utility's job; "
            "'no need' to call the power company), choosing the package and the slot, diagnosing the crack. Illegitimate ending: a limb on the power "
            "line, a split trunk, leaning toward the house (caller condition 4 -> don't book, Ruth Kim calls back today, call the power company) closed "
            "as booked with condition 1's line and [END:1], after 'I really don't know about any of this'. Step 2 not asked (she volunteered); steps "
            "3-6 not counted (one package chosen for her; slot chosen; deposit only; no read-back)."),
    L("tree-pruning-08.txt", TP, "C", T8, {1: [0], 2: [2], 3: [4]},
      correct=["Crown Clean is half a day, $640. Crown Clean + Roof Clearance is a full day, $1,180."],
      invented=[("our arborist can tell you on the walk how many years the tree has left", N), ("we haul the whole trunk away free if it ever comes down", N),
                ("The estimate's only ten minutes", W), ("the deposit's just a hundred dollars", W)],
      forbidden=["Book this week and I'll take two hundred off the big one"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "pushy", "terse"],
      notes="Labels Marcus/Nell Hatcher. 4 invented (0 digits, 2 words, 2 none): the arborist predicts how many years the tree has left (no such "
            "service), free trunk haul-away if it falls (no basis; the guarantee covers pruned limbs only), estimate ten minutes (about 20), deposit "
            "a hundred dollars (25%: $160/$295). Red line: $200 off this week (only the neighbor discount). Step 2 thin (first question only). "
            "Illegitimate ending: 'No, thank you. I'm not interested' + 'I said no. Please don't call me again' (condition 3) closed with the "
            "call-back line and [END:2]."),
    L("clinic-01.txt", CL, "A", K1, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10]},
      correct=["术后三天内肿是正常的，一般第三天最明显，之后会慢慢消，您可以冷敷，每次十五分钟", "可以吃布洛芬，每次一片，间隔六个小时以上，一天不超过四片",
               "降压药照常吃，不要停", "消炎药要连续吃满五天，每天三次，饭后吃", "术后一周内不要用手术那一侧嚼东西，吃温凉软的，烟酒都别碰",
               "二十四小时以后可以用漱口水，每天三次", "拆线基本不疼，十分钟左右就好，不用打麻药", "术后七到十天回来拆",
               "我们周二周四都是上午八点半到下午五点接诊", "持续出血、发烧超过三十八度五，或者肿得越来越厉害", "零五七一、八八八八、六六六六"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "numerals_in_words", "filler_words"],
      notes="He opens with the swelling (customer-led); answered per Q&A with cold compress, then step 2's questions in the same turn. Painkiller and "
            "blood-pressure Q&A answered per card; step 3 at turn 6; the 'does stitch removal hurt' worry (latent) answered per Q&A. Figures in "
            "Chinese words, clinic phone read in groups. He asks his wife (per persona) and picks next Thursday morning."),
    L("clinic-02.txt", CL, "B", K2, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=["消炎药您连续吃满5天，每天3次，饭后吃", "拆线是术后7到10天，下周二或者周四"],
      unanswered=["降压药跟消炎药一起吃没事吧？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "step_skipped", "question_dodged", "thin_steps", "role_labels", "choice_made_for_customer"],
      notes="Labels 仁心口腔陈护士/赵先生. Opening thin (no '3 days ago'). Step 2 thin (pain/swelling only; no bleeding/fever question); step 3 thin "
            "(antibiotics only: no chewing side, soft food, smoking, mouthwash). The blood-pressure question asked twice and dodged ('您按时吃消炎药就行'; "
            "Q&A: keep taking it). The nurse picks 下周二 for him ('那就下周二上午吧'; the clinic card has no not-allowed list, so not a red line). "
            "Step 5 skipped (no emergency signs, no clinic number). Ending condition 1 holds (follow-up booked)."),
    L("clinic-03.txt", CL, "C", K3, {1: [0], 3: [2, 4], 4: [8], 5: [6]},
      correct=["术后7到10天拆线", "下周二或者周四都行"],
      invented=[("降压药这几天先停了", N), ("消炎药吃3天就可以停了", D), ("每天两次", W), ("布洛芬一次两片", W), ("一天吃6片都没问题", D),
                ("当天就可以用漱口水", N), ("发烧超过39度再打电话", D), ("0571-88868666", D), ("拆线要打麻药", N), ("周六也接诊", W),
                ("牙冠一个月后就能装", W)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "digits", "numerals_in_words", "out_of_order"],
      notes="Labels 陈护士/赵建国. 11 invented (4 digits, 4 words, 3 none): stop the blood-pressure pills (keep taking them), antibiotics 3 days (5), "
            "twice a day (3 times), ibuprofen two tablets (one), 6 a day (at most 4), mouthwash the same day (after 24 hours), call at 39 degrees "
            "(38.5), clinic 0571-88868666 (88886666), stitch removal needs anaesthetic (none needed), open Saturdays (Tue/Thu hours given only), "
            "crown after one month (3 months). Step 2 not asked (he volunteers the swelling); step 5 (turn 6, wrong figures) comes before step 4 "
            "(turn 8). Ending holds literally (next Thursday booked)."),
    L("clinic-04.txt", CL, "C", K4, {1: [0], 3: [4], 4: [6]},
      correct=["消炎药连续吃满5天，每天3次，饭后吃", "术后7到10天拆线"],
      invented=[("种完牙发烧是正常反应", N), ("出点血过两天自己就好了", W), ("不用专门跑", N), ("您冰敷一次一个小时就行", W)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "choice_made_for_customer"],
      notes="Labels 陈静/赵建国. 4 invented (0 digits, 2 words, 2 none): fever is a normal reaction (over 38.5 means call at once), bleeding stops by "
            "itself in two days (persistent bleeding means call at once), no need to come in, ice one hour at a time (15 minutes). Step 2 not asked "
            "(he reports the symptoms himself); step 5 withheld although its signs are present; the nurse picks 下周二 for him. Illegitimate ending: "
            "fever 39.2, bleeding all morning, swelling getting worse (caller condition 2 -> arrange an urgent visit) closed as a routine follow-up "
            "with condition 1's line and [END:1], after '我总觉得不太对劲'."),
    L("renewal-01.txt", RN, "A", R1, {1: [0, 2], 2: [4], 3: [2, 6], 4: [8], 5: [10], 6: [12]},
      correct=["贵公司主账户2025-01-01到期", "老客户续费自动95折，到期前操作就行，不用额外申请", "发票付款后在后台自助申请，专票普票都行，系统自动开，最快2小时",
               "本次续费负责人和联系方式还是您这边", "您现在是CRM+项目管理组合", "续费周期有年度、季度、月度", "登录后台“账户中心”，点“服务续费”，按提示走，不用纸质资料",
               "操作指引和报价单我可以微信、邮箱或者短信发您", "两小时内完成审批", "客服电话13812345678，邮箱call@xbench.com"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits"],
      notes="He opens with discount and invoice timing (customer-led); answered per Q&A at turn 2 together with step 1's contact check. The latent "
            "worry (last year's late invoice) surfaces at turn 5. No upsell, per his request. Choice: annual, 专票, materials by WeChat; read-back at turn 12."),
    L("renewal-02.txt", RN, "B", R2, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=["您主账户2025-01-01到期", "您现在是CRM+项目管理组合", "老客户自动95折，年度、季度、月度都能续", "两小时内完成审批"],
      unanswered=["到期后数据安全吗？"],
      cond=2, side="caller", marker=("caller", 2),
      style=["terse", "step_skipped", "question_dodged", "early_end", "role_labels"],
      notes="Labels 长江李明/张强. Opening without 'is now a good time' and without the contact check. '到期后数据安全吗？' dodged ('您放心，我们尽快处理就好'; "
            "Q&A: data kept 30 days). Step 4 skipped (no 账户中心 path, no sending options). He needs his boss's approval and wants everything by WeChat, "
            "no more calls (condition 2); closed with the card's send-everything line. Step 6 not reached."),
    L("renewal-03.txt", RN, "C", R3, {1: [0], 3: [2], 6: [12]},
      correct=["长江云服务李明"],
      invented=[("老客户今年是九折", W), ("得在到期前提交申请才有折扣", N), ("扩容一律加收两成", W), ("升级功能今年全部免费", N),
                ("只能按年续，没有季度月度", N), ("发票要3个工作日", D), ("纸质合同要盖章寄回", N), ("到期后数据保留7天", D),
                ("客服电话13812345687", D), ("邮箱call@xbench.cn", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "terse", "digits", "choice_made_for_customer"],
      notes="Labels 李专员/张强. 10 invented (3 digits, 2 words, 5 none): 90% for 95%, an application needed (automatic), expansion 20% surcharge and "
            "free upgrades (both no basis; expansion is quoted), annual only (annual/quarterly/monthly), invoice 3 working days (fastest 2 hours), "
            "paper contract to stamp and post (no paper), data kept 7 days (30), hotline 13812345687 (…678), email call@xbench.cn (.com). He is "
            "steered to annual ('您就按年续吧'; the renewal card has no not-allowed list). Steps 2, 4, 5 missing (no expiry date/config, no 账户中心 path, "
            "no follow-up promise); step 3 counted with the wrong discount. Ending holds literally (he confirms annual and 专票)."),
    L("renewal-04.txt", RN, "C", R4, {1: [0], 3: [2]},
      correct=["贵公司账户服务将于2025-01-01到期"],
      invented=[("这周续再送三个月", W), ("今年发票不用申请，自动寄到您公司", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "pushy", "choice_made_for_customer"],
      notes="Labels 李明/张强. 2 invented (0 digits, 1 words, 1 none): three free months this week (only the 95% discount), invoices sent "
            "automatically with no application (self-service application after payment). He is steered to annual. Illegitimate ending: '不续了。"
            "我们换供应商，以后别再打电话了' (caller condition 3) closed as a done annual renewal ('那就按年度给您走流程') with [END:1]."),
]
if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
