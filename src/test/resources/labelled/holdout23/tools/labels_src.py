#!/usr/bin/env python3
"""Label source for holdout23. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout23"

WD = {"周敏": "caller", "陈浩": "callee"}
WDG = {"顾问": "caller", "客户": "callee"}
WDK = {"客服": "caller", "业主": "callee"}
CW = {"Dana Ruiz": "caller", "Marcus Hill": "callee"}
CWS = {"Dana": "caller", "Marcus": "callee"}
CWG = {"Agent": "caller", "Customer": "callee"}
CWR = {"Rep": "caller", "Member": "callee"}
DL = {"王芳": "caller", "刘洋": "callee"}
DLD = {"调度": "caller", "客户": "callee"}
DLZ = {"坐席": "caller", "客户": "callee"}
IS = {"Tom Baker": "caller", "Linda Park": "callee"}
ISS = {"Tom": "caller", "Linda": "callee"}
ISG = {"Agent": "caller", "Customer": "callee"}

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


K = "wardrobe.md"
C = "carwash.md"
V = "delivery.md"
I = "isp-visit.md"

LABELS = [
    # ---------------- wardrobe (Chinese, new, 6 steps) ----------------
    L("wardrobe-01.txt", K, "A", WD, {1: [0], 2: [2, 4], 3: [6], 4: [10], 5: [12], 6: [14]},
      correct=[
          "请问是陈浩陈先生吗？我是木语全屋定制城西体验店的预约顾问，我叫周敏",
          "您四月十二号在家博会交了五百块定金嘛",
          "测量是免费的哈",
          "定金单号是MY-零四一二-零八三九，做主卧衣柜、次卧衣柜跟玄关柜三个空间，地址是桂语江南七幢二单元一五零二",
          "上门的是我们林工，大概一个半小时，量尺寸、看一下水电位置、拍点现场照片",
          "等您完工了再免费上门复尺一次，下单生产是以复尺的数据为准的",
          "柜体是按投影面积算的，标准款每平方米一千二百八十块，含ENF级板材、基础五金跟安装",
          "抽屉、拉篮、灯带这些功能件是另外算的",
          "具体总价得等林工量完出了图才能报",
          "这周六十八号下午两点、周日十九号上午九点半，或者下周二二十一号白天都可以",
          "当天家里要有成年人在，带好钥匙哈",
          "四月十九号周日上午九点半，林工上门测量，地址桂语江南七幢二单元一五零二",
          "测量后五个工作日内出3D效果图",
          "确认短信我发到您尾号四四一七的手机上",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete and chatty (哈, 好嘞, 理解理解). Every figure in Chinese words (五百块, 一千二百八十, 一个半小时, 十九号, 尾号四四一七). "
            "The latent budget worry (3万, 低开高走) surfaces on the price question; the rep gives the per-m² price and says the total "
            "comes only after the drawing (no total quoted, no cap promised). Sunday 4/19 9:30 chosen with a clear yes. Caller condition 1 "
            "with the first closing line."),
    L("wardrobe-02.txt", K, "A", WD, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=[
          "木语全屋定制城西店预约顾问周敏",
          "您4/12家博会交了¥500定金",
          "定金单MY-0412-0839｜主卧衣柜+次卧衣柜+玄关柜｜桂语江南7-2-1502",
          "林工上门，≈1.5h，量尺寸+看水电+拍照",
          "墙地面没完工→先初测，完工后免费复尺，生产按复尺数据",
          "签合同前随时可退，¥500全额原路退，3–5个工作日到账",
          "①周六4/18 14:00 ②周日4/19 9:30 ③下周二4/21白天",
          "当天需成年人在家+带钥匙",
          "4/18（周六）14:00，林工上门测量，桂语江南7幢2单元1502",
          "量完5个工作日内出3D效果图",
          "确认短信发尾号4417",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "mixed_english", "emoji", "customer_asks_qa"],
      notes="Telegraphic with symbols (｜, →, ≈1.5h, ①②③, ✅, 📌, OK). '0收费' = free. Deposit refund answered from the card. Saturday 4/18 "
            "14:00 chosen. Ends on callee condition 1 after the caller's read-back (closing_ok true, as in holdout20/22)."),
    L("wardrobe-03.txt", K, "A", WDG, {1: [0], 2: [2, 4], 3: [10], 4: [12], 5: [14], 6: [16]},
      correct=[
          "我是木语全屋定制城西体验店的预约顾问周敏",
          "定金单号MY-0412-0839，4月12号交的500元，做主卧衣柜、次卧衣柜和玄关柜，地址是桂语江南7幢2单元1502",
          "用的是ENF级板材，甲醛释放量不高于0.025毫克每立方米",
          "签合同、确认图纸后工厂生产25天，安装1到2天",
          "设计不满意可以免费改图，最多改3次",
          "测量免费，林工上门，大概一个半小时，量尺寸、看水电位置、拍现场照片",
          "完工后再免费复尺一次，下单生产以复尺数据为准",
          "晚上量不了，测量要白天光线好，最晚下午4点开始",
          "周末有上午9点半和下午2点两个时段",
          "这周六18号下午2点、周日19号上午9点半，或者下周二21号白天",
          "家博会定金500抵2000，5月31号前签合同有效，不跟店里其他活动叠加",
          "柜体保修5年，五金2年",
          "4月18号周六下午2点，林工上门测量，地址桂语江南7幢2单元1502",
          "测量后5个工作日内出3D效果图",
          "确认短信发到您尾号4417的手机",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain_log_labels", "customer_suspicious", "customer_led_order", "customer_asks_qa", "many_qa"],
      notes="Labels 顾问/客户. Suspicious customer ('是不是就开始推销'); the rep says no signing at the visit. Customer-led order: the "
            "environment, lead-time and redesign questions come before step 3. Six Q&A answered from the card (ENF/0.025, 25 days + 1–2 "
            "days, 3 redesigns, no evening measurement / 4 pm, only the 500抵2000 offer, 5/2-year warranty). The evening request is refused "
            "correctly. Saturday 4/18 14:00. Caller condition 1."),
    L("wardrobe-04.txt", K, "B", WD, {1: [0], 2: [2, 4], 4: [6, 10], 5: [12], 6: [14]},
      correct=[
          "我是木语全屋定制城西体验店的预约顾问周敏",
          "您4月12号在家博会交了500元定金",
          "定金单号MY-0412-0839，主卧衣柜、次卧衣柜、玄关柜三个空间，地址桂语江南7幢2单元1502",
          "这周六18号下午2点、周日19号上午9点半，或者下周二21号白天",
          "当天家里要有成年人在，带好钥匙",
          "4月21号周二上午10点，林工上门测量，地址桂语江南7幢2单元1502",
          "测量后5个工作日内出3D效果图",
          "确认短信发到您尾号4417的手机",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["我想先问下，万一量完不想做了，定金能退吗？"],
      style=["plain", "step_skipped", "soft_answer"],
      notes="Step 3 skipped: free of charge, ~1.5 h, what is measured, and 初测/复尺 are never explained, although he says the walls "
            "are not painted. The deposit-refund question is dodged ('设计师都很专业'); the card answers it (refundable any time before "
            "the contract, 3–5 working days). Tuesday 4/21 10:00 is weekday daytime, allowed; he says yes to it. No invented fact."),
    L("wardrobe-05.txt", K, "B", WDK, {1: [2], 2: [2, 4], 3: [4, 6], 4: [8], 5: [10], 6: [12]},
      correct=[
          "木语全屋定制城西店的，我姓周",
          "您12号在家博会交了500定金，定金单号MY-0412-0839，做主卧、次卧衣柜和玄关柜，地址桂语江南7幢2单元1502",
          "不收，免费的。林工上门，一个半小时左右，量尺寸、看水电、拍照",
          "那先初测，墙面弄完再免费复尺一次，下单按复尺的数据来",
          "周六18号下午2点，周日19号上午9点半，下周二21号白天也行",
          "当天要有大人在家，带钥匙，物业要登记的话提前说一下",
          "4月19号周日上午9点半，林工上门，地址桂语江南7幢2单元1502",
          "量完5个工作日内出3D效果图",
          "确认短信发您尾号4417的手机",
      ],
      opening_ok=False, closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["plain_log_labels", "terse", "weak_opening", "weak_closing"],
      notes="Labels 客服/业主. Weak opening: '喂，陈先生是吧？定金那个事' with no company or name until he asks who is calling (the "
            "surname only, 我姓周). All six steps are there afterwards and every fact is right. Weak closing '行，那就这样。' instead of "
            "a closing line. Caller condition 1 (booking done), so the ending is legitimate."),
    L("wardrobe-06.txt", K, "C", WD, {1: [0], 2: [2], 3: [4], 4: [10], 5: [12], 6: [14]},
      correct=[
          "我是木语全屋定制城西体验店的预约顾问周敏",
          "您4月12号在家博会交了500元定金",
          "定金单号MY-0412-0839，主卧衣柜、次卧衣柜、玄关柜，地址桂语江南7幢2单元1502",
          "林工上门量尺寸、看水电、拍照",
          "或者下周二21号白天",
          "当天家里要有成年人在，带好钥匙，物业要登记的话提前打个招呼",
          "确认短信发您尾号4417",
      ],
      invented=[
          ("上门测量是收一百五十块测量费的", W),
          ("签了合同就抵掉了", N),
          ("大概要三个小时", W),
          ("标准款每平方米九百八", W),
          ("板材是欧标的实木多层板", N),
          ("生产大概四十五天", W),
          ("免费改图不限次数", N),
          ("周末只有上午一个时段", W),
          ("这周六18号上午9点半", D),
          ("户型图必须提前发过来，不然量不了", N),
          ("测量后要十个工作日出图", W),
          ("抵2000的活动6月30号截止", D),
          ("0571-8623-5910", D),
      ],
      forbidden=["初测的数据就可以直接下单，不用复尺", "总价肯定不会超过三万"],
      cond=1, side="caller", marker=("caller", 1),
      style=["polite", "confident_wrong_facts", "mixed_digits_and_words"],
      notes="Fluent and polite, all steps present, but 13 wrong facts (3 digits, 6 words, 4 none): a 150 测量费 offset by the contract, "
            "3 h, 980/m², 'European multilayer' board (card: ENF particle board), 45 days, unlimited redesigns, one weekend slot, a Saturday "
            "9:30 slot (card: Saturday 14:00), floor plan compulsory, 10 working days for the drawing, the offer ending 6/30 (card 5/31), "
            "phone 5910 (card 5190). The repeated '4月18号周六上午9点半' in the read-back is the same wrong slot, not labelled twice. "
            "2 red lines: skipping the re-measure, and a total-price cap of 30 000. He agrees, so caller condition 1 holds literally."),
    L("wardrobe-07.txt", K, "C", WD, {1: [0]},
      correct=["我是木语全屋定制城西店的周敏", "正常是免费的"],
      invented=[
          ("最近排期很满，要排到下个月了", N),
          ("加急测量费两百", W),
          ("开灯就行", N),
          ("家博会的单子都这样", N),
      ],
      forbidden=[
          "转我个人微信就行",
          "林工今晚七点就能过去",
          "两万八左右就能做下来",
          "今天定下来我再给您申请个八折，再送一个鞋柜",
          "定金是不退的哦",
          "您还不如今天电话里先把合同签了",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["pushy", "hard_sell", "short_call"],
      notes="Hard sell. 6 red lines: payment to a personal WeChat, an evening (19:00) measurement, a total quoted before measuring, an extra "
            "20% off plus a free shoe cabinet, 'deposit not refundable', and pushing an e-contract today. The 200 rush fee, the month-long "
            "backlog, 'lights are enough' and 'all expo orders are like this' are invented. '真不退的' and '八折只有今天' repeat red lines "
            "already labelled. Steps 2–6 missing. He demands his deposit back and hangs up: callee condition 3 (legitimate), no closing."),
    L("wardrobe-08.txt", K, "C", WD, {1: [0, 2], 2: [2], 3: [4], 4: [0, 6]},
      correct=["城西店周敏", "定金单MY-0412-0839，桂语江南7幢2单元1502，主卧次卧衣柜加玄关柜", "免费，一个半小时"],
      invented=[("得您家墙面刷完才能量", N), ("没刷完的量了也白量", N)],
      forbidden=["已经给您排上了"],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["curt", "terse", "ignores_customer"],
      notes="Curt opening ('陈先生，木语的，约测量。周六下午两点行吧？'), name only after he asks. Invented rule: walls must be painted "
            "before measuring (card: 初测 now, free 复尺 later). Step 5 missing; the 'confirmation' is imposed, so not step 6. He says "
            "'我得跟我老婆商量一下…我晚点回你' and the rep books Sunday 9:30 anyway: red line (booking without consent), illegitimate "
            "ending with [END:1]."),
    # ---------------- carwash (English, new, 6 steps) ----------------
    L("carwash-01.txt", C, "A", CW, {1: [0], 2: [2], 3: [4], 4: [6], 5: [12], 6: [14]},
      correct=[
          "This is Dana Ruiz from Gleam Street Car Wash member services",
          "I'm calling about the double charge you reported in the app on Monday",
          "membership G-S seven seven two one five, Unlimited Plus at thirty-four ninety-nine a month, on a Visa ending sixty-six twenty",
          "On April third you got charged thirty-four ninety-nine twice",
          "our system opened a second membership by mistake instead of updating the first one. That's our error, not yours",
          "the refund of thirty-four ninety-nine is going back to your Visa ending sixty-six twenty",
          "It takes five to seven business days to show",
          "a free hand-wax add-on to your account, that's worth fifteen dollars, good for sixty days",
          "billing now flags any plate that gets charged twice in the same month before the charge even goes through",
          "email the bank statement showing the fee to billing at gleamstreet dot com within thirty days",
          "we reimburse bank fees caused by our error up to thirty-five dollars. They review it within ten business days",
          "Any change would start on your next billing date, May third",
          "I'll email you a confirmation with the reference R-F three three eight one",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "empathetic"],
      notes="Complete and warm, every figure in words (thirty-four ninety-nine, sixty-six twenty, R-F three three eight one). The rep "
            "asks whether the charge caused other costs, so the hidden $29 overdraft fee surfaces and the card's reimbursement process is "
            "given (30 days, up to $35, 10 business days). 'by next Friday at the latest' is derived: 7 business days from Wed 4/15 is "
            "Fri 4/24. He stays on Plus. Caller condition 1 with the first closing line."),
    L("carwash-02.txt", C, "A", CWS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10, 12], 6: [14]},
      correct=[
          "Dana Ruiz, Gleam Street Car Wash member services",
          "GS-77215, Unlimited Plus, $34.99/mo, Visa ending 6620",
          "Apr 3: charged $34.99 x2",
          "our system opened a 2nd membership by mistake. Our error, not yours",
          "$34.99 refund -> Visa 6620, 5-7 business days",
          "free hand-wax add-on ($15 value), good 60 days",
          "no cash refunds. It can only go back to the original card",
          "Any change starts on the next billing date, May 3",
          "Unlimited Basic, $21.99/mo, exterior only",
          "ref RF-3381",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "first_names", "digits_and_symbols", "abbreviations", "customer_asks_qa"],
      notes="First names Dana/Marcus, telegraphic (x2, ->, /mo, w/). Cash refund refused correctly. He downgrades to Basic ($21.99 from "
            "May 3) after an explicit 'Yes, do it.', so no red line. Ends on callee condition 1 after the recap (closing_ok true)."),
    L("carwash-03.txt", C, "A", CWG, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10], 6: [12]},
      correct=[
          "This is Dana Ruiz from Gleam Street Car Wash member services",
          "membership GS-77215, Unlimited Plus at $34.99 a month, on a Visa ending 6620",
          "on April 3rd you were charged $34.99 twice",
          "That's our error, not yours, and the duplicate is closed now",
          "Billing now flags any plate that gets charged twice in the same month, before the charge goes through",
          "$34.99 is going back to your Visa ending 6620, and it takes 5 to 7 business days to show up",
          "a free hand-wax add-on to your account, worth $15, good for 60 days",
          "that's the bank's processing time",
          "the reference RF-3381, which you can show the bank",
          "You can cancel in the app or at any of our locations, at least 2 days before your billing date, so by May 1st",
          "Your membership keeps working to the end of the paid month",
          "Basic is $21.99 a month, exterior only",
          "Any change would start May 3rd",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["plain_log_labels", "customer_busy", "customer_asks_qa", "question_answered_late", "many_qa"],
      notes="Labels Agent/Customer. Busy, suspicious member ('not getting my card number'); the rep says no card details are needed. "
            "His 'why' question is answered one turn later, after the verification. Q&A: will it happen again, faster refund (no, bank "
            "time, RF-3381), how to cancel (app or site, 2 days before, by May 1). He asks for everything by email: caller condition 2 "
            "with the second closing line."),
    L("carwash-04.txt", C, "B", CW, {1: [0], 3: [2], 4: [4, 6], 5: [8], 6: [10]},
      correct=[
          "This is Dana Ruiz from Gleam Street Car Wash member services",
          "on April 3rd you were charged $34.99 twice",
          "our system opened a second membership by mistake. That's our error, not yours",
          "I'm refunding $34.99 to your Visa ending 6620. It takes 5 to 7 business days to show up",
          "a free hand-wax add-on to your account, worth $15. It's good for 60 days",
          "Any change would start on your next billing date, May 3rd",
          "I'll email you a confirmation with the reference RF-3381",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["And what stops it happening again next month?"],
      style=["plain", "step_skipped", "soft_answer"],
      notes="Step 2 (account check: GS-77215, plan, Visa 6620) skipped; the card ending appears only inside the refund line. The "
            "'will it happen again' question is dodged ('Let's get this one sorted first'); the card answers it (billing flags a plate "
            "charged twice in a month). 'I've closed the duplicate' is step 4 content, not an answer. No invented fact. Caller condition 1."),
    L("carwash-05.txt", C, "B", CWS, {1: [0], 2: [2], 4: [4], 5: [8], 6: [10]},
      correct=[
          "It's Dana Ruiz from Gleam Street Car Wash member services",
          "membership GS-77215, Unlimited Plus, $34.99 a month, Visa ending 6620",
          "$34.99 is going back to your Visa ending 6620, 5 to 7 business days",
          "a free hand-wax add-on on your account, worth $15, good for 60 days",
          "Email the bank statement with the fee to billing@gleamstreet.com within 30 days",
          "up to $35. It's reviewed within 10 business days",
          "Any change would start May 3rd",
          "Confirmation email with reference RF-3381 coming",
      ],
      closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["first_names", "brisk", "step_skipped", "weak_closing"],
      notes="First names. Step 3 skipped: what happened (two charges on April 3, the card update opened a second membership) and "
            "'our error, not yours' are never said; he does not ask. He volunteers the overdraft fee and the reimbursement is answered "
            "correctly. Weak closing 'OK, bye.' No invented fact. Caller condition 1."),
    L("carwash-06.txt", C, "C", CW, {1: [0], 2: [2], 3: [4], 4: [6], 6: [12]},
      correct=[
          "This is Dana Ruiz from Gleam Street Car Wash member services",
          "Unlimited Plus at $34.99 a month, Visa ending 6620",
          "you were charged $34.99 twice",
          "our system opened a second membership by mistake. That's our error, not yours",
          "I'm refunding $34.99 to your Visa ending 6620",
          "Basic is $21.99, exterior only",
      ],
      invented=[
          ("GS-77251", D),
          ("On April 5th", D),
          ("The refund takes ten to fourteen business days", W),
          ("worth twenty-five dollars", W),
          ("good for thirty days", W),
          ("Ceramic is $49.99", D),
          ("at least a week before your billing date", N),
          ("The wash limit is twice a day", N),
          ("the vacuum and tire shine are only at the Folsom location", N),
          ("RF-3318", D),
          ("Our member line is open weekends too", N),
      ],
      forbidden=["I'll also put next month on us, so no charge on May 3rd"],
      cond=1, side="caller", marker=("caller", 1),
      style=["polite", "confident_wrong_facts", "digits"],
      notes="Polite and well-shaped, but 11 wrong facts (4 digits, 3 words, 4 none): membership 77251 (swapped digits), April 5, 10–14 "
            "business days (slower, so not a red line), a $25 wax for 30 days, Ceramic $49.99, cancel a week ahead, twice a day, vacuum "
            "only at one site, RF-3318, weekend member line. Red line: a free month (credit beyond the hand wax); 'no charge in May' in "
            "the recap repeats it and is not labelled twice. Step 5 is not covered: he raises plans himself and the rep never asks or "
            "gives the May 3 start. Caller condition 1 holds literally."),
    L("carwash-07.txt", C, "C", CW, {1: [0], 3: [2], 4: [4, 6]},
      correct=["Dana from Gleam Street member services"],
      invented=[("it's only five bucks more", W)],
      forbidden=[
          "your bank processed the payment twice when your card got renewed",
          "I can get the money back to you today",
          "can you read me the full card number, the expiry and the three digits on the back",
          "they'll hand you the $34.99 in cash",
          "I'll throw in two free months",
          "I went ahead and moved you up to Unlimited Ceramic",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["casual", "red_lines", "short_call"],
      notes="6 red lines: blames his bank, a same-day refund, asks for full card number + expiry + CVV, cash refund at a site, two free "
            "months, upgrades him to Ceramic without a yes. 'five bucks more' is invented (Ceramic is $10 more). Step 3 counts with the "
            "wrong cause and step 4 with the wrong timing/channel; steps 2, 5, 6 missing. He hangs up: callee condition 3 (legitimate), "
            "no closing line. The casual opening still gives name, company and reason (opening_ok true)."),
    L("carwash-08.txt", C, "C", CWR, {1: [0, 2], 2: [2], 3: [4], 4: [2]},
      correct=["Membership GS-77215, Visa ending 6620", "Refund of $34.99 goes back in 5 to 7 business days", "Basic is exterior only"],
      invented=[("we never reimburse bank fees", N), ("it's locked for twelve months once you switch", W)],
      forbidden=["It's done, you're on Basic from May 3rd"],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["curt", "terse", "generic_labels", "ignores_customer"],
      notes="Labels Rep/Member. Curt opening ('Marcus Hill? Gleam Street. Double charge.'), name only after he asks. The hand wax is "
            "never offered and there is no recap or reference (step 6 missing, step 5 not a check). His overdraft fee meets an invented "
            "'we never reimburse bank fees' (card: up to $35). Invented 12-month lock on Basic. He says 'let me think about it first' and "
            "the rep switches the plan anyway: red line, illegitimate ending with [END:1]."),
    # ---------------- delivery (bundled, zh, 5 steps, no not-allowed list) ----------------
    L("delivery-01.txt", V, "A", DL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "请问是刘洋先生吗？我是顺达物流的配送调度王芳",
          "您在宜居家居订的沙发已经到站了",
          "这周六、周日都能送，上午9点到12点或者下午2点到6点；工作日晚上最晚8点前送达",
          "是幸福里小区5栋1201吗",
          "沙发包装长2.3米",
          "送货上门和安装都免费，师傅装大概30分钟",
          "旧沙发可以加50元清运服务",
          "送货当天师傅会提前1小时给您打电话，有变动可以打调度热线4008123456",
          "有磕碰可以直接拒收，我们免费重新发货",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["brisk", "digits", "customer_in_a_hurry", "customer_asks_qa"],
      notes="Brisk, matches a customer about to enter a meeting. All 5 steps; fees and old-sofa removal answered from the card; Saturday "
            "morning 9–12, old sofa removal for 50 added at his request. Caller condition 1 with the first closing line."),
    L("delivery-02.txt", V, "B", DLD, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=[
          "我是顺达物流配送调度王芳",
          "您在宜居家居订的三人位沙发已经到我们配送站了",
          "这周六、周日都能送，分上午9点到12点、下午2点到6点两个时段",
          "是幸福里小区5栋1201吗",
          "沙发包装长2.3米，需要确认电梯能放得下",
          "送货当天师傅会提前1小时给您打电话",
          "有磕碰可以直接拒收，我们免费重新发货",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["万一那天我临时有事，能改时间吗？"],
      style=["plain_log_labels", "polite", "step_skipped", "soft_answer"],
      notes="Labels 调度/客户. Step 4 (free installation ~30 min, 50 old-sofa removal) skipped; he does not ask. The reschedule question "
            "is dodged ('尽量安排好时间'); the card answers it (call 4008123456 before 18:00 the day before, one free change), and the "
            "step-5 hotline line is not said either. No invented fact. Caller condition 1."),
    L("delivery-03.txt", V, "C", DL, {1: [0], 2: [2], 3: [6], 4: [4, 6], 5: [12]},
      correct=[
          "请问是刘洋先生吗？我是顺达物流的配送调度王芳",
          "您在宜居家居订的三人位沙发已经到我们配送站了",
          "九点到十二点",
          "安装免费的",
          "您地址是幸福里小区5栋1201对吧",
      ],
      invented=[
          ("周末只能上午送", N),
          ("工作日晚上的话最晚可以到十点", W),
          ("送货是八十块", W),
          ("师傅装大概一个半小时", W),
          ("旧沙发清运是一百块", W),
          ("包装就一米八", W),
          ("签收以后拍照，七天内联系商家退换就行", W),
          ("我们这边只负责送", N),
          ("当天早上八点前师傅会发短信告诉您", W),
          ("4008123465", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "confident_wrong_facts"],
      notes="Friendly, all 5 steps (with wrong content), 10 wrong facts (1 digits, 7 words, 2 none): weekend mornings only, weekday evenings "
            "to 22:00 (card 20:00), an 80 delivery fee (card free), 1.5 h install (30 min), 100 removal (50), a 1.8 m package (2.3 m), "
            "sign-then-photo and 7-day returns via the shop (card: inspect and refuse, free re-delivery), 'we only deliver', an SMS by 8 am "
            "(card: a call 1 hour ahead), hotline 465 (card 456). No not-allowed list, so no forbidden promises. Caller condition 1 holds "
            "literally (he said 周六上午吧)."),
    L("delivery-04.txt", V, "C", DLZ, {1: [0, 2], 2: [4], 3: [4], 4: [6]},
      correct=["顺达物流，王芳", "九点到十二点", "幸福里5栋1201", "送货安装免费，旧沙发要拉走加50"],
      invented=[
          ("周日排满了，只有周六", W),
          ("没电梯的话要另加两百", W),
          ("物业那边我们都打过招呼", N),
          ("周六上午给您定好了", W),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["plain_log_labels", "curt", "ignores_customer", "short_call"],
      notes="Labels 坐席/客户. Curt opening ('刘洋是吧，沙发到了，周六上午给你送'), company and name only when asked. Invented: Sunday "
            "full, a flat 200 without a lift (card: 10 per floor), 'we've told your property management'. He twice says he must ask "
            "property management first and will call back; the rep books Saturday anyway. The claimed booking is an invented fact "
            "(no not-allowed list on this card). Step 5 not counted (part of the imposed confirmation). Illegitimate [END:1]."),
    # ---------------- isp-visit (bundled, en, 5 steps, no not-allowed list) ----------------
    L("isp-visit-01.txt", I, "A", IS, {1: [0], 2: [2], 3: [6], 4: [10], 5: [8, 12]},
      correct=[
          "This is Tom Baker from FiberLink Broadband",
          "our line test found a fault at the wall socket",
          "a technician needs to come out and replace it at your home",
          "The repair itself takes about an hour",
          "there's no charge for it",
          "you'll get a fifteen-dollar credit on your next bill for the days the line was slow",
          "I can book a technician on Tuesday or Thursday, morning or afternoon",
          "the technician will text you thirty minutes before arriving",
          "call one eight hundred, five five five, zero one nine nine at least four hours before the slot and we'll move it for free",
          "someone over eighteen needs to be home to let the technician in",
          "the tech will test the speed with you before leaving",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "empathetic", "numerals_in_words", "latent_concern_surfaces"],
      notes="Chatty and warm, figures in words (fifteen-dollar, thirty minutes, phone digit by digit). Her latent worry (late technician) "
            "surfaces and is met with the 30-minute text and the free move. The 16-year-old son is correctly not enough; she will be "
            "home. Thursday afternoon. Caller condition 1 with the first closing line."),
    L("isp-visit-02.txt", I, "B", ISS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "This is Tom Baker from FiberLink Broadband",
          "Our line test found a fault at the wall socket, so a technician needs to replace it at your home",
          "The repair takes about an hour and there's no charge",
          "I can do Tuesday or Thursday, morning or afternoon",
          "Someone over 18 needs to be home to let the technician in",
          "The technician will text you 30 minutes before arriving",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["And do I get anything back for this week?"],
      style=["first_names", "brisk", "digits", "soft_answer"],
      notes="First names Tom/Linda. All 5 steps and no wrong fact, but the refund question is dodged ('Let's get the visit booked "
            "first') and never returned to; the card answers it ($15 credit on the next bill). Tuesday afternoon. Caller condition 1."),
    L("isp-visit-03.txt", I, "C", ISG, {1: [0], 2: [2], 3: [10], 4: [12], 5: [14]},
      correct=[
          "This is Tom Baker from FiberLink Broadband",
          "I can book a technician on Tuesday or Thursday, morning or afternoon",
      ],
      invented=[
          ("a problem with the router", N),
          ("The repair takes about three hours", W),
          ("There's a $49 call-out fee", D),
          ("a credit of twenty-five dollars", W),
          ("once the technician confirms the fault", N),
          ("we do Sundays as well", N),
          ("there's usually a slot this weekend", N),
          ("anyone over twelve can let the technician in", W),
          ("text you two hours before arriving", W),
          ("1-800-555-0919", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain_log_labels", "polite", "confident_wrong_facts"],
      notes="Labels Agent/Customer. Shape is right (all 5 steps, proper opening/closing), but 10 wrong facts (2 digits, 4 words, 4 none): "
            "router instead of wall socket, 3 h, a $49 call-out fee, a $25 credit with a condition, Sundays and a slot this weekend (card: "
            "Saturday mornings only, next in two weeks), a 16-year-old may let the technician in (card: over 18), a 2-hour text (30 min), "
            "phone 0919 (card 0199). Caller condition 1 holds literally."),
    L("isp-visit-04.txt", I, "C", IS, {1: [0, 2], 3: [2], 4: [8]},
      correct=["Tom Baker, yeah, the slow connection", "Tuesday or Thursday, morning or afternoon?", "Someone over 18 has to be there"],
      invented=[
          ("free as long as the fault is outside your home, otherwise it's charged by the hour", N),
          ("Credits only apply if it's down for more than seven days", W),
          ("It's booked, Thursday morning", N),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["What's wrong with the line, though?"],
      style=["curt", "terse", "ignores_customer", "short_call"],
      notes="Curt opening ('Linda Park? FiberLink. Need to book your technician.'), name only when asked. Step 2 missing: the wall-socket "
            "fault is never explained and her direct question is dodged. Invented: a conditional/hourly charge, no credit under seven days. "
            "She asks for the options by text (callee condition 2 would apply); the rep books Thursday morning (her call time) anyway. "
            "The claimed booking is an invented fact (no not-allowed list). Step 5 not counted. Illegitimate [END:1]."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "labels,", len(KINDS), "invented kinds")
