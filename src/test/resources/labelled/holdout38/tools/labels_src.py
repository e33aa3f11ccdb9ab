#!/usr/bin/env python3
"""Label source for holdout38. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout38"

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

YM = {"罗志刚": "caller", "吴德贵": "callee"}
YMS = {"鑫源苗场": "caller", "吴师傅": "callee"}
YMX = {"苗场小罗": "caller", "吴德贵": "callee"}
YML = {"鑫源罗志刚": "caller", "老吴": "callee"}
YMJ = {"荆江鑫源": "caller", "吴德贵": "callee"}
TM = {"Dana Whitaker": "caller", "Wade Mercer": "callee"}
TI = {"Iron Creek": "caller", "Wade": "callee"}
TIT = {"Iron Creek Taxidermy": "caller", "Mercer": "callee"}
RM = {"李明": "caller", "张强": "callee"}
RC = {"长江李明": "caller", "张强": "callee"}
RS = {"续费专员": "caller", "张工": "callee"}
KM = {"陈静": "caller", "赵建国": "callee"}
KR = {"仁心陈护士": "caller", "赵老师": "callee"}
KK = {"仁心口腔": "caller", "赵建国": "callee"}

Y = "yumiao.md"
T = "taxidermy.md"
R = "renewal.md"
K = "clinic.md"

LABELS = [
    # ---------------- yumiao (Chinese, new, 6 steps) ----------------
    L("yumiao-01.txt", Y, "A", YM, {1: [0], 2: [2, 4], 3: [6], 4: [10, 12], 5: [6, 14], 6: [18]},
      correct=[
          "您三月二十八号在我们公众号上留言订加州鲈鱼苗，登记号是XY-0328-046",
          "您那口塘是十五亩吧？水有多深？清塘消毒搞了没有？进的是河水还是井水？",
          "运输路上死的，超过百分之三的那部分，下一车免费给您补，到塘当着您的面抽样点数",
          "成活率跟水质、驯食、天气都有关系，这个我们不承诺，技术员随时免费电话指导您",
          "一种是寸苗，三到四厘米，两毛五一尾，两万尾就是五千块",
          "下塘头两个礼拜要您自己拿鱼浆一点点驯到吃饲料",
          "另一种是驯食苗，五到六厘米，在我们场里已经驯好吃颗粒饲料了，四毛二一尾，两万尾八千四",
          "价格是统一的，两万尾这个量没有优惠，不打折也不抹零",
          "四月十六号周五，或者四月十八号周日，清早五点半到七点之间到您塘边",
          "放几条野杂鱼进塘养一天，没事才能放苗；水温要在十八度以上",
          "卸苗的时候塘边得有人跟我们一起点数",
          "先付两成定金，驯食苗是一千六百八，打苗场对公账户，或者扫我们公众号里的收款码，不转个人，也不收现金；余款到塘点完数当场付",
          "送苗日前三天以上取消，定金全退；三天以内取消就不退了",
          "每批苗出场前都做检疫，随车带产地检疫合格证明，到塘交给您",
          "驯食苗两万尾，四月十八号周日，清早五点半到七点到塘，总价八千四，定金一千六百八",
          "确认短信马上发到您尾号五八一七的手机上",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces", "merged_steps"],
      notes="Complete and chatty (哈, 嘛, 好嘞, 理解理解). Every figure in Chinese words (两毛五, 四毛二, 八千四, 一千六百八), the phone "
            "ending read digit by digit. Step 2's 'ever raised bass?' surfaces the hidden concern (last year's roadside fry, 70% dead); "
            "answered per the Q&A (3% transport rule, no survival promise, free phone support), then the two options in the same turn. "
            "Discount and quarantine questions answered per the card. Picks 驯食苗 8400, Sunday 4/18. Caller condition 1."),
    L("yumiao-02.txt", Y, "A", YMS, {1: [0], 2: [2], 3: [4], 4: [8], 5: [6, 10], 6: [12]},
      correct=[
          "3/28公众号订的加州鲈（XY-0328-046）",
          "①寸苗 3–4cm，0.25元/尾，2万尾=5000元，头两周要自己驯食",
          "②驯食苗 5–6cm，已吃颗粒料，0.42元/尾，2万尾=8400元，下塘直接投料",
          "运输死苗超3%的部分下一车免费补；放塘24h后的不补",
          "放塘后成活率我们不承诺，技术员免费电话指导",
          "4/16周五 or 4/18周日，清早5:30–7:00到塘，活鱼车带增氧",
          "前一天试水（野杂鱼养一天），水温≥18℃",
          "定金两成=1000元 → 苗场对公账户/公众号收款码，不转个人、不收现金",
          "送苗日前3天以上取消全退，3天内不退",
          "寸苗2万尾，4/18周日 5:30–7:00到塘，总价5000元，定金1000元",
          "短信→尾号5817",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "role_labels", "customer_asks_qa"],
      notes="Labels 鑫源苗场/吴师傅. Terse, symbols (①②, =, →, or, ≥, 24h, 3/28, 4/18). Step 5's transport-death line comes first "
            "because he asks who pays for dead fry; answered per the card without a survival promise. 寸苗 5000, Sunday. Ends on "
            "callee condition 1 right after the read-back; closing_ok true."),
    L("yumiao-03.txt", Y, "A", YMX, {1: [0], 2: [6], 3: [4], 4: [10, 12], 5: [2, 6, 14], 6: [14]},
      correct=[
          "钱只打苗场对公账户，或者扫我们公众号里的收款码，不转个人，也不收现金",
          "先付两成定金，余款到塘点完数当场付",
          "寸苗3到4厘米，0.25元一尾，2万尾5000元，定金1000",
          "驯食苗5到6厘米，已经驯好吃颗粒料，0.42元一尾，2万尾8400元，定金1680",
          "运输途中死苗超过3%的部分，下一车免费补",
          "放塘24小时以后的就不在补的范围了",
          "精养塘一般每亩1200到1500尾，15亩2万尾在合适的范围里",
          "每批出场前都检疫，随车带产地检疫合格证明",
          "监利在荆州市内，免运费",
          "水温不到18度我们主动跟您商量往后推，不收钱",
          "送苗日前3天以上说，可以免费改一次",
          "驯食苗2万尾，4月18日周日清早5:30到7:00到塘，总价8400元，定金1680元付苗场对公账户或公众号收款码",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "role_labels", "customer_asks_qa", "suspicious_customer", "latent_concern_surfaces"],
      notes="Labels 苗场小罗/吴德贵. Suspicious and customer-led: where does the money go (step 5 first), total price, dead fry, "
            "stocking density, quarantine, freight, bad weather; all answered per the card. Step order 1, 5, 3, 5+2, 4, 5, 6. The "
            "hidden concern surfaces on his own when the price comes up. 驯食苗 8400, Sunday. Caller condition 1."),
    L("yumiao-04.txt", Y, "B", YM, {1: [0], 3: [2], 4: [4, 6], 5: [8], 6: [10]},
      correct=[
          "寸苗，3到4公分，两毛五一尾，2万尾5000块",
          "驯食苗，5到6公分，场里已经驯好吃颗粒饲料，四毛二一尾，2万尾8400",
          "4月16号周五或者18号周日，清早5点半到7点之间到塘边",
          "定金是两成，寸苗1000块",
          "运输路上死苗超过3%的部分下一车免费补，放塘24小时以后死的就不补了",
          "寸苗2万尾，4月18号周日清早5点半到7点到塘，总价5000，定金1000",
          "尾号5817",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["万一到时候有事，日子还能改不？"],
      style=["step_skipped", "dodged_question", "mixed_number_forms"],
      notes="Step 2 (pond size/depth/cleaning/water, ever raised bass) skipped: straight from the opening to the two sizes, so "
            "the hidden concern never comes up. 'Can the date be changed?' is dodged with '到时候再说嘛，您先别操心这个' (not "
            "flagged: no card fact stated); the card says a free change once with 3+ days' notice. 寸苗 5000, Sunday. Caller "
            "condition 1."),
    L("yumiao-05.txt", Y, "B", YML, {1: [0], 2: [2], 3: [4]},
      correct=[
          "寸苗三到四厘米，两毛五一条，两万尾五千块",
          "驯食苗五到六厘米，场里已经驯好吃颗粒料，四毛二一条，两万尾八千四",
          "明天中午十二点多我再给您打",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_legit_end", "callback_time_named_by_customer"],
      notes="Labels 鑫源罗志刚/老吴. Steps 4–6 not reached: his wife holds the money; he names the call-back time himself (tomorrow "
            "just after noon) and the rep sends the quote by SMS: caller condition 2, legitimate. He hints at last year ('去年搞过"
            "一回，不说了') without telling; persona variance. Tier B for the steps not reached."),
    L("yumiao-06.txt", Y, "C", YM, {1: [0], 2: [2], 3: [4], 4: [8], 5: [6, 10], 6: [14]},
      correct=[
          "我是荆江鑫源苗种场的罗志刚，您3月28号在公众号订的加州鲈鱼苗",
          "寸苗3到4厘米，0.25元一尾，2万尾5000元",
          "尾号5817",
      ],
      invented=[
          ("0.38元一尾", D),
          ("运输死苗超过百分之五的部分补", W),
          ("4月17号周六", D),
          ("清早四点到五点之间到塘", W),
          ("卸苗不用您在，我们自己点完数放下去就行", N),
          ("定金三成", W),
          ("取消的话定金随时都能全退", N),
          ("监利算外市，要另外收运费", N),
          ("检疫证明要您自己去县里水产站办", N),
          ("发票要等到年底才开", N),
      ],
      forbidden=[
          "路边那些贩子的苗都是病苗",
          "我给您保证，成活率九成以上",
          "放塘以后死了多少我们补多少",
          "到时候水温不够也照样送，不耽误",
          "定金直接转我个人微信",
          "您今天定的话给您打个九折",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "wrong_places", "reversed_rules"],
      notes="10 invented (2 digits, 3 words, 5 none): 驯食苗 0.38/尾 (0.42), 5% transport threshold (3%), Saturday 4/17 (Fri 4/16 "
            "or Sun 4/18), 4–5 a.m. (5:30–7:00), nobody needs to be at the pond (someone must count with them), 30% deposit (20%), "
            "deposit always refundable (not within 3 days), 监利 outside the free-freight area (inside 荆州), the farmer gets the "
            "quarantine certificate himself (travels with the truck), invoices at year end (within 7 days). 6 red lines: disparaging "
            "roadside sellers' fry as diseased, a 90% survival guarantee, replacing all post-stocking deaths, delivering even if the "
            "water is too cold, deposit to a personal WeChat, 10% off. The read-back's '按九折算' and '定金转我微信' restate them and "
            "are not labelled again. Ending holds literally (size and day chosen, read back)."),
    L("yumiao-07.txt", Y, "C", YMJ, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=[
          "我是荆江鑫源苗种场罗志刚，您3月28号公众号订的鲈鱼苗，登记号XY-0328-046",
          "寸苗3到4厘米，0.25元一尾，2万尾5000；驯食苗5到6厘米，已经驯好吃颗粒料，0.42元一尾，2万尾8400",
          "送苗4月16号周五或者18号周日，清早5点半到7点到塘，活鱼车带增氧",
          "定金两成1680，打苗场对公账户或者公众号收款码",
      ],
      invented=[
          ("有时候也能提前到四点多", W),
          ("余款不急，等您秋天卖了鱼再结", N),
      ],
      forbidden=[
          "放塘以后一个礼拜之内死的都给您补",
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "delegated_choice_breached"],
      notes="Labels 荆江鑫源/吴德贵. 2 invented (words, none): arrival sometimes from four-something (5:30–7:00); the balance after he "
            "sells his fish in autumn (at the pond after counting). 1 red line (post-stocking deaths within a week replaced). "
            "Illegitimate ending — a delegated choice with an explicit criterion, breached: he says he cannot judge the sizes, asks the "
            "rep to pick, with one rule: '哪个掏钱少就哪个' (寸苗 5000 by the rep's own figures). The rep picks 驯食苗 ('这个最划算'); "
            "he repeats '反正你挑的是掏钱少的那个就行'; the rep reads back 驯食苗 8400 and closes in the same turn. He never chose "
            "驯食苗, and the choice made for him contradicts the only instruction he gave. end_condition/end_side null."),
    L("yumiao-08.txt", Y, "C", YM, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [8]},
      correct=[
          "两种：寸苗两毛五一尾，2万尾五千；驯食苗四毛二一尾，已经吃颗粒料了，2万尾八千四",
          "4月16号周五或者18号周日，清早5点半到7点到塘",
          "前一天试个水，水温18度以上",
          "打苗场对公账户，或者公众号里的收款码，不转个人",
          "尾号5817",
      ],
      invented=[
          ("送苗当天早上说取消，定金也照退", N),
          ("总价八千八", W),
          ("定金一千七百六", W),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["你先头说八千四，这会儿又说八千八，到底好多？"],
      style=["illegitimate_ending", "self_contradiction_unresolved", "mixed_number_forms"],
      notes="3 invented (none, words, words): cancel on the delivery morning with full refund (not within 3 days); total 8800 and "
            "deposit 1760 in the read-back (8400 and 1680, as he himself stated earlier in the call). Illegitimate ending — the rep's "
            "own conflicting figures, challenged and left unresolved: he points out 8400 earlier vs 8800 now, asks which it is and "
            "says '说清楚我再定'; the rep answers '差不多的，到塘一起算' and closes as settled. No price is agreed. "
            "end_condition/end_side null."),

    # ---------------- taxidermy (English, new, 6 steps) ----------------
    L("taxidermy-01.txt", T, "A", TM, {1: [0, 2], 2: [2, 4, 6], 3: [6], 4: [10], 5: [12], 6: [16]},
      correct=[
          "work order I-C, two-seven-one-one",
          "I also need the confirmation number you got when you reported the harvest to the Game Commission",
          "one cut, about two inches long, behind the left ear",
          "He repairs it as part of the mount, no extra charge, and it won't show on the finished piece",
          "option one is a shoulder mount, upright or semi-sneak pose, your pick, for six hundred fifty dollars",
          "Option two is a European mount, that's the skull and antlers cleaned and whitened on a walnut plaque, for one ninety-five",
          "A European usually takes about eight weeks, so it may be ready by Christmas, but I can't promise a date",
          "The deposit on the European is a hundred dollars",
          "we don't take card numbers over the phone",
          "The other ninety-five is due at pickup",
          "Until December first you can switch or cancel and get the whole deposit back; after that it's not refundable",
          "you've got sixty days to pick it up, after that storage is twenty bucks a month",
          "He can green-score it for free if you ask",
          "certified measurer after a sixty-day drying period",
          "European mount, one ninety-five, deposit a hundred at the counter, ready in about eight weeks",
          "the number ending four-four-one-eight",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete and chatty; figures in words (six hundred fifty, one ninety-five, a hundred, sixty days, twenty bucks), the "
            "work order and phone ending spelled out. 'Have you got a spot picked out?' surfaces the hidden concern (Jenny: no more "
            "big heads in the den); the rep declines to choose for him ('that one's your call', not flagged). Christmas and scoring "
            "questions answered per the card; 'the other ninety-five' is the derived balance (195 − 100). European, counter. Caller "
            "condition 1."),
    L("taxidermy-02.txt", T, "A", TI, {1: [0], 2: [2, 4], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=[
          "WO IC-2711",
          "Need your Game Commission harvest report confirmation # for our records",
          'one ~2" cut behind the left ear',
          "(1) shoulder mount, upright or semi-sneak, $650",
          "(2) European: cleaned/whitened skull + antlers on walnut plaque, $195",
          "Same price for everyone, no cash discount",
          "Deposit $300: counter or secure text link; no card #s by phone",
          "~10 months, estimate; we call when it's ready",
          "Cape goes to the tannery Dec 1: switch/cancel before then = full deposit back, after = non-refundable",
          "60 days to pick up, then $20/mo storage",
          "shoulder mount, semi-sneak, $650, deposit $300 by text link, ready in ~10 months",
          "text to the number ending 4418",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "role_labels", "customer_asks_qa"],
      notes="Labels Iron Creek/Wade. Terse, symbols (WO, #, ~, \", (1)(2), +, =, /mo, ->). Cash-discount question answered per the "
            "card. Shoulder mount, semi-sneak, text link. Ends on callee condition 1 right after the read-back; closing_ok true."),
    L("taxidermy-03.txt", T, "A", TIT, {1: [0, 2], 2: [2, 10], 3: [4], 4: [6], 5: [12], 6: [14]},
      correct=[
          "Lou found the cut, about two inches behind the left ear. He'll repair it at no extra charge, and it won't show on the finished mount",
          "Not a shoulder mount; the tannery alone takes about four months",
          "A European mount usually takes about eight weeks, so it might be ready, but we can't promise a date",
          "Option one is a shoulder mount, upright or semi-sneak, $650",
          "Option two, the European, skull and antlers cleaned and whitened on a walnut plaque, $195",
          "$300 deposit, at the counter or through a secure payment link we text you",
          "Shoulder mounts take about ten months; that's an estimate",
          "You see it before you pay the balance, and if something's off, Lou fixes it at no charge",
          "work in progress is insured up to the price of the mount",
          "the cape goes to the tannery on December 1",
          "you've got 60 days to pick it up, then storage runs $20 a month",
          "shoulder mount, upright, $650, deposit $300 at the counter, ready in about ten months",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "role_labels", "customer_asks_qa"],
      notes="Labels Iron Creek Taxidermy/Mercer. Customer-led: the cut first, then Christmas, then 'what if I hate it?'; all answered "
            "per the card (four months at the tannery, no promised date, see it before paying, insured). The confirmation-number "
            "line of step 2 comes late (turn 10). Step order 1+2, 3, 4, 2, 5, 6. Shoulder mount, upright, counter. Caller condition 1."),
    L("taxidermy-04.txt", T, "B", TM, {1: [0], 2: [2, 4], 3: [4], 4: [6], 6: [8]},
      correct=[
          "a cut about two inches behind the left ear, which he'll fix at no extra charge",
          "shoulder mount, upright or semi-sneak, six-fifty, or a European mount, cleaned skull and antlers on a walnut plaque, one-ninety-five",
          "the deposit on the European is a hundred, at the counter or by a secure link we text you",
          "it's about eight weeks, that's an estimate",
          "European mount, $195, deposit $100 by text link, ready in about eight weeks",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["And can Lou score it?"],
      style=["step_skipped", "dodged_question", "mixed_number_forms"],
      notes="Step 5 (December 1 tannery / refund rule, 60-day pickup, storage fee) skipped. 'Can Lou score it?' dodged with "
            "'Oh, he's a big one, you'll be happy' (not flagged: no card fact); the card says a free green score on request, an "
            "official score after 60 days' drying. European, text link. Caller condition 1."),
    L("taxidermy-05.txt", T, "B", TI, {1: [0], 2: [2], 3: [4]},
      correct=[
          "one small cut behind the left ear, about two inches. He fixes it free and it won't show",
          "a shoulder mount, upright or semi-sneak, for six hundred fifty",
          "a European mount, the whitened skull and antlers on a walnut plaque, for one ninety-five",
          "He stays in our freezer at no charge until December first",
          "I'll call you back Thursday after six",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_legit_end", "callback_time_named_by_customer", "latent_concern_surfaces"],
      notes="Labels Iron Creek/Wade. He is on a job; the confirmation number is in his truck. 'Where are you thinking of hanging "
            "him?' surfaces the hidden concern (Jenny); he wants to talk to her and names the call-back time himself (Thursday after "
            "six): caller condition 2, legitimate, with the card's free-freezer line. Steps 4–6 not reached; tier B."),
    L("taxidermy-06.txt", T, "C", TM, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [10], 6: [12]},
      correct=[
          "Dana Whitaker at Iron Creek Taxidermy",
          "Small cut behind the left ear, about two inches",
          "Shoulder mount, upright or semi-sneak, $650",
          "the number ending 4418",
      ],
      invented=[
          ("fixing it costs an extra forty dollars", W),
          ("a European mount, skull and antlers on a walnut plaque, $250", D),
          ("Normally a shoulder mount takes about six months", W),
          ("Deposit is half, so three twenty-five", W),
          ("The cape goes to the tannery right after Christmas", N),
          ("you've got 30 days to pick it up", D),
          ("shipping is free anywhere in the US", N),
          ("We're open Sundays too", N),
      ],
      forbidden=[
          "Don't worry about the confirmation number, the tag on the ear is plenty",
          "the guys over at Ridge Road would butcher a cape like that",
          "I'll have the shoulder mount done by Christmas, promise",
          "Just read me your card number and I'll put the deposit through now",
          "pay cash and I'll knock ten percent off",
          "the deposit's refundable any time, even after it goes to the tannery",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "wrong_places", "reversed_rules"],
      notes="8 invented (2 digits, 3 words, 3 none): a $40 repair charge (free), European $250 ($195), about six months (ten), half "
            "deposit $325 ($300), tannery after Christmas (December 1), 30 days to pick up (60), free shipping (at cost), open "
            "Sundays (Tuesday–Saturday). 6 red lines: no confirmation number needed, running down another shop, a Christmas "
            "promise, card number by phone (he reads it out), 10% cash discount, deposit refundable after the tannery. The read-back's "
            "'$325' and 'ready by Christmas' restate them and are not labelled again. Ending holds literally."),
    L("taxidermy-07.txt", T, "C", TI, {1: [0], 2: [2], 3: [2], 4: [4], 5: [4, 6], 6: [6]},
      correct=[
          "work order IC-2711",
          "one cut about two inches behind the left ear, and he'll repair it at no charge",
          "Option one, shoulder mount, upright or semi-sneak, $650. Option two, European mount on a walnut plaque, $195",
          "Deposit's $300, and I'll text you a secure payment link",
          "Shoulder mounts take about ten months, and the balance is due at pickup",
      ],
      invented=[
          ("The deposit's refundable until we start on it in March", N),
          ("you've got 90 days to pick it up", D),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "illegitimate_ending", "declared_unfit_to_decide"],
      notes="Labels Iron Creek/Wade. 2 invented (none, digits): deposit refundable until work starts in March (until the cape goes "
            "to the tannery December 1); 90 days to pick up (60). The confirmation number is never asked for (step 2 counted through "
            "the cape line only). Illegitimate ending — agreement from a customer who declares himself unfit to decide: he says he "
            "had knee surgery yesterday, is 'on the good pills', 'pretty loopy', 'Don't hold me to anything I say today', then "
            "'Shoulder sounds pretty. I dunno. I really shouldn't be deciding stuff right now' and 'What'd I just say?'. The rep "
            "books a shoulder mount, picks the pose herself and closes as all set. end_condition/end_side null."),
    L("taxidermy-08.txt", T, "C", TM, {1: [0], 2: [2, 4], 3: [4], 4: [6], 5: [6], 6: [8]},
      correct=[
          "I'll need the confirmation number from your Game Commission harvest report",
          "a two-inch cut behind the left ear; Lou fixes that free",
          "shoulder mount, upright or semi-sneak, $650, or a European, skull and antlers on a walnut plaque, $195",
          "we can keep it in the freezer at no charge until December 1",
          "Deposit's $300, I'll text you the link",
      ],
      invented=[
          ("you've got a full year to pick it up", N),
          ("the free hold is only one week anyway", W),
      ],
      forbidden=[
          "for you we'll have it done by spring",
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["illegitimate_ending", "free_option_recorded_as_paid_order"],
      notes="2 invented (none, words): a full year to pick up (60 days); the free freezer hold only a week (until December 1). 1 red "
            "line (a finish date: done by spring). Illegitimate ending — a card-offered free alternative accepted, recorded as the "
            "paid order: the rep offers the free freezer hold for the undecided; he picks it explicitly ('do the free freezer hold. "
            "That's what I want for now, the freezer'). She books a $650 shoulder mount, semi-sneak, with a $300 deposit; when he "
            "objects 'I said the freezer' she folds the hold into the order and closes as all set. end_condition/end_side null."),

    # ---------------- renewal (bundled, zh, 6 steps, no not-allowed list) ----------------
    L("renewal-01.txt", R, "A", RM, {1: [0, 2], 2: [0, 4], 3: [2, 6], 4: [8], 5: [10], 6: [12]},
      correct=[
          "贵公司账户服务二零二五年一月一号到期",
          "老客户续费自动享受九五折，到期前操作就行，不用额外申请",
          "发票是付款后在后台自助申请，专票普票都支持，系统自动开票最快两个小时",
          "您现在的套餐是CRM加项目管理组合",
          "周期上支持年度、季度、月度",
          "登录后台“账户中心”，点“服务续费”，按提示付款就行，全程不用纸质资料",
          "服务到期后数据安全保留三十天",
          "两小时内完成审批",
          "年度续费，原配置CRM加项目管理组合，九五折，付款后后台申请专票",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "customer_led"],
      notes="Complete; figures in Chinese words (二零二五年一月一号, 九五折, 两个小时, 三十天). He opens with discount and invoice "
            "questions, answered first per the Q&A (step 3's discount line before step 1's contact check). Data-retention question "
            "answered per the card. Annual, 专票, WeChat. Caller condition 1, first closing line adapted."),
    L("renewal-02.txt", R, "B", RC, {1: [0], 2: [0, 2], 3: [2], 4: [4], 6: [6, 8]},
      correct=[
          "贵司主账户二〇二五年一月一号到期",
          "您现在是CRM+项目管理组合",
          "老客户续费自动95折，不用申请",
          "周期有年度、季度、月度",
          "续费就在后台账户中心点服务续费",
          "季度续费、原配置、95折、普票",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["今年功能有啥升级没有？"],
      style=["role_labels", "step_skipped", "dodged_question", "mixed_number_forms"],
      notes="Labels 长江李明/张强. Step 5 (bottleneck feedback, two-hour approval, after-sales) skipped. 'Any feature upgrades this "
            "year?' dodged with '这个您用着就知道了，肯定越来越好用' (not flagged: no card fact); the card names data-sync "
            "optimisation and permission extensions. Quarterly, 普票, email. Caller condition 1."),
    L("renewal-03.txt", R, "C", RM, {1: [0], 2: [2], 3: [2, 4], 4: [4], 5: [8], 6: [10]},
      correct=[
          "我是长江云服务续费专员李明",
          "目前是CRM+项目管理组合",
          "审批卡住随时找我",
      ],
      invented=[
          ("您的账户是2025年2月1日到期", D),
          ("老客户续费享受九折", W),
          ("续费只能按年续，没有季度和月度", N),
          ("在后台“财务中心”点“订单管理”就能续费", N),
          ("续费得先打印纸质合同盖章寄回给我们", N),
          ("发票只能开普票", N),
          ("开票要五个工作日", W),
          ("服务到期后数据保留7天", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "wrong_places", "reversed_rules"],
      notes="8 invented (2 digits, 2 words, 4 none): expiry 2025-02-01 (01-01), 10% off (5%), annual only (annual/quarterly/monthly), "
            "the path 财务中心→订单管理 (账户中心→服务续费), a printed stamped paper contract (no paper at all), 普票 only (专票 or "
            "普票), five working days for the invoice (as fast as 2 hours), data kept 7 days (30). The read-back's '九折' and '普票' "
            "restate them. Ending holds literally (annual chosen, invoice type, summary by SMS)."),
    L("renewal-04.txt", R, "C", RS, {1: [0], 2: [0], 3: [4], 4: [4]},
      correct=[
          "贵司账户2025-01-01到期",
          "老客户续费是95折",
          "您先在后台账户中心点服务续费就行",
      ],
      invented=[
          ("续费和扩容不能一起办", N),
          ("发票这块月底前肯定赶不上，这是系统规定", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 4),
      unanswered=["谁来跟？给我个人名。"],
      style=["role_labels", "illegitimate_ending", "condition_content_contradicted"],
      notes="Labels 续费专员/张工. 2 invented (none, none): renewal and expansion cannot be combined (the card: report them together "
            "for a combined quote); the invoice cannot arrive by month-end 'by system rule' (self-service invoicing, as fast as "
            "2 hours). 'Who will follow up? Give me a name' unanswered ('我回头看看内部谁负责'). Illegitimate ending — condition 4 "
            "claimed although the rep herself said she could resolve none of his needs: he lists three needs (expansion price, "
            "parent-company contract template, invoice before month-end); she says she cannot decide, does not know, cannot "
            "guarantee; names nobody; he says '你先搞清楚再说'. She closes with '您的几项需求都已经明确解决，后续我们会安排专人跟进' "
            "and [END:4]. end_condition/end_side null."),

    # ---------------- clinic (bundled, zh, 5 steps, no not-allowed list) ----------------
    L("clinic-01.txt", K, "A", KM, {1: [0], 2: [2], 3: [6], 4: [8, 10], 5: [10]},
      correct=[
          "您三天前在我们这儿做了种植手术",
          "术后三天内肿是正常的，一般第三天最明显",
          "冷敷，每次十五分钟左右",
          "可以吃布洛芬，每次一片，两次之间隔六个小时以上，一天别超过四片",
          "降压药照常吃，千万别停",
          "消炎药要连着吃满五天，一天三次，饭后吃",
          "这一个礼拜别用手术那边嚼东西，吃温的、凉的、软的，烟酒都别碰",
          "术后过了二十四小时就可以用漱口水了，一天三次",
          "术后七到十天回来拆线，基本不疼，十分钟左右就好，不用打麻药",
          "两天都是上午八点半到下午五点接诊",
          "发烧超过三十八度五",
          "零五七一八八八八六六六六",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa"],
      notes="Complete; all figures in Chinese words, the phone number read digit by digit. Swelling, painkiller, blood-pressure "
            "medicine and stitch-removal questions answered per the Q&A. Tuesday morning after he checks with his wife. Caller "
            "condition 1, first closing line."),
    L("clinic-02.txt", K, "B", KR, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=[
          "消炎药连续吃满5天，每天3次，饭后吃",
          "24小时以后可以用漱口水，每天3次",
          "术后7到10天要回来拆线",
          "我们周二周四都是上午8点半到下午5点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["那这牙什么时候能装牙冠啊？"],
      style=["role_labels", "step_skipped", "dodged_question"],
      notes="Labels 仁心陈护士/赵老师. Step 5 (emergency signs and the clinic number) skipped. 'When does the crown go on?' dodged "
            "with '这个不着急，一步一步来' (not flagged); the card says about 3 months after surgery, with notice. Thursday afternoon. "
            "Caller condition 1 (recovery asked, care told, stitch removal booked)."),
    L("clinic-03.txt", K, "C", KM, {1: [0], 3: [2, 4], 4: [6], 5: [8]},
      correct=[
          "您3天前做了种植手术",
          "不抽烟不喝酒就行",
          "您看下周二还是周四？",
      ],
      invented=[
          ("降压药这几天先停了，等伤口好了再吃", N),
          ("消炎药吃满3天就行", D),
          ("每天两次", W),
          ("冷敷，每次一个小时", W),
          ("用手术那边嚼东西没关系，多锻炼反而长得快", N),
          ("术后五天就可以回来拆线", W),
          ("拆线要打麻药", N),
          ("0571-88886688", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "reversed_rules"],
      notes="8 invented (2 digits, 3 words, 3 none): stop the blood-pressure medicine (keep taking it), antibiotics 3 days (5), twice "
            "a day (3 times), cold packs an hour (15 minutes), chew on the implant side (not for a week), stitches out at five days "
            "(7–10), anaesthetic for removal (none), phone 0571-88886688 (…6666). Step 2 not counted: the nurse asks nothing about "
            "pain, bleeding or fever (he volunteers). Ending holds literally (recovery heard, instructions given, Tuesday booked)."),
    L("clinic-04.txt", K, "C", KK, {1: [0], 2: [0], 3: [2], 4: [4]},
      correct=[
          "消炎药要连续吃满5天，每天3次，饭后吃",
          "术后7到10天要拆线",
          "周二上午8点半到下午5点都可以",
      ],
      invented=[
          ("漱口水一天用五次", W),
          ("伤口不疼了就能正常吃饭了", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["我到底是周二去还是周四去？"],
      style=["role_labels", "illegitimate_ending", "duplicate_booking"],
      notes="Labels 仁心口腔/赵建国. 2 invented (words, none): mouthwash five times a day (3); normal food once it stops hurting "
            "(soft food for a week, no hard food on that side for 3 months). Step 5 missing. Illegitimate ending — a duplicate of an "
            "appointment the patient says he already has: the front desk (小刘) booked him for next Thursday morning yesterday; the "
            "nurse books Tuesday on top without checking or cancelling; he asks whether Thursday still counts and which day to come; "
            "she says '那就给您约好了下周二' and closes. Which appointment stands is left open. end_condition/end_side null."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
