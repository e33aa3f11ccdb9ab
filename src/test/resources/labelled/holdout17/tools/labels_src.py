#!/usr/bin/env python3
"""Label source for holdout17. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout17"

PF = {"林晓": "caller", "周丽华": "callee"}
PFG = {"客服": "caller", "用户": "callee"}
CO = {"Dana Whitfield": "caller", "Marcus Bell": "callee"}
COS = {"Dana": "caller", "Marcus": "callee"}
COG = {"Coordinator": "caller", "Marcus": "callee"}
RN = {"李明": "caller", "张强": "callee"}
DL = {"王芳": "caller", "刘洋": "callee"}

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


P = "purifier-filter.md"
C = "catering-order.md"
R = "renewal.md"
D = "delivery.md"

LABELS = [
    # ---------------- purifier-filter (Chinese, new, 6 steps) ----------------
    L("purifier-filter-01.txt", P, "A", PF, {1: [0], 2: [2, 4], 3: [4, 6], 4: [8, 10], 5: [12], 6: [14]},
      correct=[
          "有两支滤芯后天，就是九月十号，就满一年到期了",
          "今天电话里不收任何钱，也不会让您转账，费用都是师傅上门换好以后当面付的",
          "最近出水量有没有变小？水的味道有没有什么变化？机器面板上那个滤芯提醒灯是不是在闪？",
          "App上显示一号复合滤芯和三号后置活性炭滤芯，寿命都只剩百分之三了；二号那个RO膜还能用到明年九月，这次不用换",
          "一号复合滤芯一百六十八块，三号后置活性炭九十八块，两支一起换立减三十块，一共是两百三十六块",
          "非原厂的滤芯我们这边没法保证过滤效果，而且用非原厂滤芯造成的机器故障，是不在保修范围里的",
          "整机保修到二零二七年九月九号，保修期内师傅上门服务费是全免的，您只付滤芯的钱",
          "包装上有防伪码，您可以在清源净水小程序里扫一下验真",
          "RO膜寿命是二十四个月，您这台到明年九月才到期",
          "师傅上门的时候会免费拿TDS笔给您测一下，数值正常就接着用",
          "师傅可以九月十号周四上午九点到十一点、九月十号下午两点到四点，或者九月十二号周六上午九点到十一点上门",
          "闵行区春申路锦华苑十二号五零二室",
          "提前把水槽下面柜子里的东西清一清",
          "师傅上门的时候家里要有一位成年人在",
          "师傅到之前半小时会先给您打电话",
          "换芯加冲洗大概四十分钟，换完师傅会用TDS笔当面给您测一下水质",
          "师傅换好以后当面付，微信、支付宝扫码或者现金都行",
          "换下来的旧滤芯师傅会带走回收，电子发票会发到您手机上",
          "九月十二号周六上午九点到十一点，锦华苑十二号五零二室，换一号和三号两支滤芯，一共两百三十六块",
          "四零零，六一六，三三八八",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "phone_number_in_words", "customer_asks_qa", "rounded_units", "customer_pushback"],
      notes="Complete and chatty (哈, 那个, 好嘞). Nearly every figure in Chinese number words: 一百六十八/九十八/立减三十/两百三十六, 百分之三, "
            "二零二七年九月九号, 五零二室, hotline 四零零，六一六，三三八八. '半小时' = the card's 30 minutes. She is suspicious (转账?) and the rep "
            "answers with the step-6 line (电话里不收任何钱) early; 99-yuan flyer filters and RO-membrane questions answered from the Q&A without "
            "upselling. Books Sat 9/12 9-11; caller condition 1 with the card's first closing line."),
    L("purifier-filter-02.txt", P, "A", PF, {1: [0], 2: [2, 4], 3: [4], 4: [8], 5: [8], 6: [6]},
      correct=[
          "您家RO-600有2支滤芯9/10到期，跟您约师傅上门换芯",
          "出水量变小没？味道有变化吗？面板滤芯灯在闪吗？",
          "App显示1号复合滤芯、3号后置活性炭滤芯寿命剩3%；2号RO膜用到2027年9月，这次不换",
          "1号168元+3号98元，两支一起换立减30，共236元",
          "整机保修到2027/9/9，上门服务费0元，只收滤芯钱",
          "原厂滤芯，包装有防伪码，小程序扫码验真",
          "电话里不收任何钱。师傅换完当面付，微信/支付宝扫码或现金都OK",
          "旧滤芯师傅带走回收，电子发票发您手机",
          "9/10周四9:00-11:00、9/10周四14:00-16:00、9/12周六9:00-11:00",
          "地址闵行区春申路锦华苑12号502室",
          "①水槽下柜子清空；②家里留1位成年人；③师傅到前30min电话",
          "换芯+冲洗约40min，换完TDS笔当面测水质",
          "热线400-616-3388，8:00-20:00",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "digits_and_symbols", "mixed_english", "abbreviations", "merged_steps", "unusual_correct_forms"],
      notes="Terse, symbol-heavy, English mixed in (OK, check, App, min): 9/10, 2027/9/9, 0元, 14:00-16:00 (=下午2点到4点), ①②③. "
            "Steps 4+5 merged in turn 8 (slots + address + prep, no pick). Payment (step 6) answered in turn 6 when she asks whether she must pay now. "
            "She wants to ask her son first and have the info sent = callee condition 2; the rep uses the card's second closing line (小程序) plus the hotline."),
    L("purifier-filter-03.txt", P, "A", PF, {1: [0], 2: [2, 4], 3: [4], 4: [6, 8], 5: [4], 6: [4, 10]},
      correct=[
          "您家RO-600净水器有两支滤芯后天（9月10号）就满一年到期了",
          "陈叔叔身体方面的情况我这边不好判断，还是得听医生的",
          "过滤效果会慢慢变差，出水量也会变小，所以建议按时换，超期最好不要超过1个月；机器本身不会因此坏掉",
          "最近出水量有没有变小？水的味道有变化吗？面板上滤芯提醒灯是不是在闪？",
          "1号复合滤芯和3号后置活性炭滤芯寿命只剩3%，这次要换；2号RO膜能用到明年9月，这次不用换",
          "1号168元，3号98元，两支一起换立减30元，合计236元",
          "您的机器保修到2027年9月9日，上门服务费全免，只收滤芯的钱",
          "包装上有防伪码，可以在清源净水小程序扫码验真",
          "1）把水槽下面柜子里的东西清一清；2）上门时家里要有一位成年人；3）师傅到之前30分钟会先打电话",
          "换芯加冲洗大概40分钟，换完用TDS笔当面测水质",
          "师傅换好以后当面付，微信、支付宝扫码或者现金都可以，今天电话里不收任何钱；旧滤芯师傅带走回收，电子发票发到您手机上",
          "换芯后30天内出现漏水，我们免费上门处理",
          "需要纸质的可以打热线400-616-3388申请，7个工作日内邮寄给您",
          "9月10号周四上午9点到11点、9月10号下午2点到4点，或者9月12号周六上午9点到11点",
          "**9月10日周四下午2点到4点**，锦华苑12号502室，换1号和3号两支滤芯，一共236元",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["markdown_in_speech", "long_monologue", "customer_leads", "customer_asks_qa", "merged_steps", "unusual_correct_forms"],
      notes="Markdown read aloud (**一、换哪几支**, 1）2）3）, **9月10日…**). She leads with her husband's kidney stones; the rep declines to judge "
            "health (no scare, no safety promise) and gives the Q&A answer (效果变差, ≤1个月, 机器不会坏). One long monologue (turn 4) covers steps "
            "3, 5 and the payment part of 6. Leak (30天) and paper-invoice (7个工作日, hotline) questions answered from the Q&A. Thursday 2-4 pm booked; "
            "closing line in turn 10, short goodbye in 12 = caller condition 1."),
    L("purifier-filter-04.txt", P, "B", PF, {1: [0], 3: [2], 4: [4, 6], 5: [8], 6: [10]},
      correct=[
          "您家净水器有两支滤芯后天就到期了",
          "1号复合滤芯和3号后置活性炭滤芯，1号168元，3号98元，两支一起换立减30元，一共236元",
          "您的机器保修到2027年9月9号，上门服务费免费，只收滤芯的钱",
          "用的都是原厂滤芯，包装上有防伪码，可以在小程序扫码验真",
          "9月10号周四上午9点到11点、9月10号下午2点到4点，或者9月12号周六上午9点到11点",
          "闵行区春申路锦华苑12号502室",
          "提前把水槽下面的柜子清一清，上门时家里要有一位成年人在，师傅到之前30分钟会先给您打电话",
          "换芯加冲洗大概40分钟，换完会当面用TDS笔测一下水质",
          "师傅换好以后当面付，微信、支付宝扫码或者现金都行，电话里不收任何钱",
          "旧滤芯师傅带走回收，电子发票发到您手机上",
          "9月12号周六上午9点到11点，锦华苑12号502室，换1号和3号两支滤芯，一共236元",
          "有问题随时打400-616-3388",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["上门的师傅靠不靠得住啊？"],
      style=["step_skipped", "vague_answer"],
      notes="Step 2 skipped: no check of water flow/taste/indicator, no App reading, and the RO membrane is never said to be fine. "
            "Her question about whether the technician can be trusted gets 「我们的师傅都挺好的，这个您不用担心哈」 although the Q&A has the answer "
            "(官方认证工程师, 工服工牌, 工号可在小程序核对): unanswered, not invented (no false claim). Everything stated is right; caller condition 1."),
    L("purifier-filter-05.txt", P, "B", PFG, {1: [2], 2: [2, 4], 3: [4], 4: [6, 8], 5: [10], 6: [10]},
      correct=[
          "我是清源净水官方售后的，我叫林晓",
          "您家RO-600净水器有两支滤芯后天，9月10号，就满一年到期了",
          "最近出水量有没有变小，水的味道有没有变化？面板上滤芯提醒灯在闪吗？",
          "App上显示1号复合滤芯和3号后置活性炭滤芯寿命只剩3%了，2号RO膜还能用到明年9月，这次不用换",
          "1号168元，3号98元，一起换立减30，一共236元，机器在保修期内，上门服务费免费",
          "这个已经是两支一起换的优惠价了，没法再低了",
          "9月10号周四上午9点到11点、9月10号下午2点到4点，或者9月12号周六上午9点到11点",
          "9月12号周六上午9点到11点，地址还是闵行区春申路锦华苑12号502室",
          "提前把水槽下面柜子里东西清一下，家里留个成年人，换芯加冲洗大概40分钟",
          "费用师傅换完当面付，扫码现金都行，电话里不收钱，旧滤芯师傅带走",
          "师傅上门前30分钟给您打电话",
          "有问题随时打400-616-3388",
      ],
      opening_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["generic_speaker_names", "clumsy_opening", "step_line_omitted", "customer_pushback"],
      notes="Speakers are 客服/用户. Clumsy opening 「喂您好，是周阿姨吧？您家净水器滤芯到期了哈，要换了。」: no name, no company until she asks "
            "你谁啊. Step 1 is counted at turn 2 where the identity and purpose finally come. Step 6 is thin: no recap/confirmation line and no 电子发票; "
            "the 防伪码 line of step 3 and the TDS test are also left out (minor omissions). Refuses an extra discount correctly. Caller condition 1."),
    L("purifier-filter-06.txt", P, "C", PF, {1: [0], 2: [2], 3: [4], 4: [8, 10], 5: [10], 6: [12]},
      correct=[
          "今天跟您约一下师傅上门换芯",
          "App上看1号复合滤芯和3号后置活性炭滤芯寿命只剩3%了，2号RO膜还能用，这次不用换",
          "3号后置活性炭98元，两支一起换立减30元",
          "保修期内上门服务费是免费的",
          "小程序能买原厂滤芯，包邮，还有视频教程",
          "9月10号周四上午9点到11点、9月10号下午2点到4点，或者9月12号周六上午9点到11点",
          "9月12号周六上午9点到11点，锦华苑12号502室",
          "您把水槽下面柜子清一清，家里留一位成年人",
          "换芯大概40分钟",
          "师傅换好当面付，微信支付宝或者现金都行",
      ],
      invented=[
          ("1号复合滤芯186元", "digits"),
          ("一共二百五十四元", "words"),
          ("您机器保修到明年三月", "words"),
          ("自己换的话漏水了也照样在保修范围内", "none"),
          ("师傅到之前一个小时会给您打电话", "words"),
          ("发票的话师傅当场给您开纸质的", "none"),
          ("旧滤芯您留着自己扔就行", "none"),
          ("400-616-3883", "digits"),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_facts", "numerals_in_words", "customer_pushback"],
      notes="Structurally complete but 8 wrong facts: 186 (card 168) and the total that follows from it, 二百五十四 (card 236); warranty 明年三月 "
            "(card 2027-09-09, i.e. 明年九月); self-replacement leaks covered (card: not covered); call 一个小时 ahead (card 30 min); paper invoice on "
            "the spot (card: electronic, paper via hotline in 7 working days); keep/throw away old filters (card: technician takes them); hotline "
            "400-616-3883 (card 3388). The 'self-install leaks covered' claim is not on the 禁止事项 list (that list covers non-original filters), so it "
            "is an invented fact. Caller condition 1 holds literally (slot, address, price and payment agreed)."),
    L("purifier-filter-07.txt", P, "C", PF, {1: [0], 3: [4]},
      correct=[
          "您家净水器有两支滤芯后天就到期了，想跟您约个时间让师傅上门换一下",
          "1号复合滤芯168元，3号后置活性炭98元，一起换立减30，一共236元",
      ],
      invented=[("RO膜498", "digits")],
      forbidden=[
          "过期的滤芯会滋生细菌，水喝了是会得病的",
          "我建议您把2号RO膜也一起换了",
          "今天一起定的话我再送您一支3号滤芯",
          "外面的也能用，装上去一样保修的",
          "先转一百块定金过来",
          "我让我们这边最好的王师傅去",
          "周六上午九点整准时到您家",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["forbidden_promises", "upsell_pressure", "scare_tactics", "slot_imposed", "hang_up"],
      notes="7 red lines from 禁止事项: scare (水喝了会得病, aimed at her husband's kidneys), RO-membrane upsell before due, a free filter (extra "
            "discount), non-original filters covered by warranty, a 100-yuan deposit by WeChat transfer, a named 'best' technician, and an exact "
            "time 九点整 imposed on a slot she never chose. 'RO膜498' is a price the card does not give: invented. Steps 2, 4 (no slot offered), 5 and 6 "
            "missing. She calls it a scam and hangs up = callee condition 3, which holds; no closing."),
    L("purifier-filter-08.txt", P, "C", PF, {1: [0], 3: [2]},
      correct=[
          "清源净水售后，您家滤芯到期了",
          "两支滤芯一共236元",
      ],
      invented=[
          ("上门服务费五十块", "words"),
          ("保修期只保机器，上门换滤芯都是要收的", "none"),
          ("过两天机器就锁死不出水了", "words"),
          ("付款不用当面，下个月跟水费一起扣就行", "none"),
      ],
      forbidden=["我就给您约周四上午九点到十一点了"],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["那天能不能改？"],
      style=["curt_opening", "pressure", "slot_imposed", "dodge", "wrong_facts", "numerals_in_words"],
      notes="Curt opening (no caller name, 今天得约). A 50-yuan visit fee (card: free under warranty, to 2027-09-09) justified by 'warranty covers "
            "the machine only'; a false lock-out threat (card: 机器本身不会因此损坏); payment with next month's water bill (card: pay the technician "
            "on the spot). She says Thursday morning she is out, and the rep books exactly that: a booking without consent (禁止事项). The reschedule "
            "question is dodged (card: free, one day ahead, mini-program or hotline). Steps 2, 5, 6 missing; step 4 imposed, step 6 contradicted, "
            "neither counted. The rep's [END:1] is illegitimate: no slot agreed, she hands it to her son."),

    # ---------------- catering-order (English, new, 6 steps) ----------------
    L("catering-order-01.txt", C, "A", CO, {1: [0, 2], 2: [2, 4, 6], 3: [6, 8], 4: [8, 10], 5: [12], 6: [14]},
      correct=[
          "order S-S forty-four seventy-one, the Tuscan Buffet for Saturday the fourteenth at Lakeview Community Hall, Room B",
          "We have you down for sixty guests. Is that still about right? And will any of them be children under ten?",
          "our kitchen handles tree nuts and wheat, so we label our nut-free dishes and prepare them separately, but we can't guarantee anything is allergen-free",
          "the buffet already has a vegetarian main, the eggplant parmesan, and we can plate up to ten gluten-free meals at no extra charge",
          "The Tuscan Buffet is thirty-two dollars per guest, and kids under ten are half price, sixteen dollars",
          "There's an eighteen percent service charge on top, which covers our two servers, setup and cleanup",
          "one thousand eight hundred seventy-two dollars for food, plus three hundred thirty-six ninety-six in service charge, so two thousand two hundred eight dollars and ninety-six cents before tax",
          "Your four-hundred-eighty-dollar deposit has already been applied",
          "it's not a tip. It pays for the staff, setup and cleanup. Tipping the servers is completely optional",
          "our team arrives at four-thirty, an hour and a half before serving",
          "We don't serve or pour alcohol",
          "hire a licensed bartender; the hall's rules apply there",
          "The buffet runs two hours, six to eight, and we're packed up and out by a quarter to nine",
          "just tell the lead server that evening, the containers are free",
          "The final headcount is due by Monday, November ninth at five pm. After that we can add up to five guests, but we can't lower the number",
          "The balance is due by Wednesday, November eleventh. We'll email you a secure payment link, so please don't read out card details over the phone",
          "five-oh-three, five-five-five, oh-one-eight-seven, Monday to Saturday, nine to six",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "phone_number_in_words", "worked_totals", "rounded_units", "customer_asks_qa"],
      notes="Complete, chatty, nearly all figures in words. Worked total for 57 adults + 3 kids (57x32 + 3x16 = 1,872; 18% = 336.96; 2,208.96) is "
            "correct. Nut allergy handled with the card's disclaimer (no safety promise). 'an hour and a half' = ninety minutes; 'a quarter to nine' = 8:45. "
            "Tip and wine questions answered from the Q&A. Recap in 14, card closing in 16 = caller condition 1."),
    L("catering-order-02.txt", C, "A", COS, {1: [0], 2: [2, 4], 3: [6], 4: [8], 5: [10], 6: [12]},
      correct=[
          "Calling re order SS-4471: Tuscan Buffet, Sat 11/14, Lakeview Community Hall",
          "Headcount: 60 on file. Still right? Any kids <10?",
          "Veg main (eggplant parm) is included; up to 10 GF plates at no extra charge",
          "our kitchen handles tree nuts + wheat. Nut-free dishes are labeled and prepped separately, but we can't guarantee anything is allergen-free",
          "$32/guest; kids <10 $16 (under 3 free). +18% service charge (2 servers, setup, cleanup)",
          "60 adults = $1,920 + $345.60 = $2,265.60 pre-tax. $480 deposit already applied",
          "Team arrives 4:30 pm (90 min before the 6:00 serve)",
          "Buffet 6-8 pm, out by 8:45. Leftovers boxed free",
          "Final headcount: Mon 11/9, 5 pm. After that +5 max, no decreases; billed on final count",
          "Balance: Wed 11/11 via emailed secure link. No card details by phone",
          "(503) 555-0187, Mon-Sat 9-6",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "digits_and_symbols", "abbreviations", "first_names_only", "customer_leads"],
      notes="Telegraphic (re, <10, GF, parm, +5 max, 11/9), first names as speaker tags. All figures right. He doesn't know the numbers yet "
            "(Denise has the RSVPs) and asks for email = callee condition 2, after the card's second closing line. Step 6's recap is impossible without a "
            "count; the contact line and email promise count for step 6."),
    L("catering-order-03.txt", C, "A", CO, {1: [0], 2: [4, 6], 3: [4, 6], 4: [4], 5: [4, 6], 6: [8, 10]},
      correct=[
          "cancelling more than 14 days before the event gets a full deposit refund, but we're now inside 14 days (that cutoff was October 31st), so the $480 deposit is non-refundable",
          "Within 72 hours of the event, 50% of the total is owed",
          "we have you down for 60. Is that still about right, and will any be children under 10?",
          "the buffet is Caesar salad, focaccia, chicken piccata, eggplant parmesan, penne with roasted vegetables and tiramisu cups",
          "we can plate up to 10 gluten-free meals at no extra charge",
          "$32 per guest, children under 10 are $16, and under 3 eat free",
          "There's an 18% service charge on top, which covers our two servers, setup and cleanup",
          "For 60 adults that's $1,920 plus $345.60, so $2,265.60 before tax, and your $480 deposit has already been applied",
          "our team arrives at 4:30 pm, ninety minutes before serving, so the hall needs to be open by then",
          "The buffet runs 6 to 8 pm and we're out by 8:45",
          "final headcount by Monday, November 9th at 5 pm; after that we can add up to 5 guests but can't lower it, and you're billed for the final count",
          "The balance is due by Wednesday, November 11th through a secure payment link we'll email you",
          "Our servers will cut and serve it for free, and we bring cake plates",
          "you're looking at $1,808 for food plus $325.44 service charge, $2,133.44 before tax",
          "(503) 555-0187, Monday to Saturday, 9 to 6",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["markdown_in_speech", "long_monologue", "customer_leads", "customer_asks_qa", "worked_totals", "merged_steps"],
      notes="He leads with cancellation; the rep gives the Q&A policy exactly (inside 14 days since Oct 31, deposit non-refundable; 50% within 72 h) "
            "and steers to the headcount deadline. Markdown bold read aloud; one long monologue (turn 4) carries steps 2-5. Worked total for 56 adults + "
            "a 6-year-old ($16) + a 2-year-old (free): 1,808 / 325.44 / 2,133.44, correct. Cake question from the Q&A. Recap + closing, then he says "
            "he's all set = callee condition 1."),
    L("catering-order-04.txt", C, "B", CO, {1: [0, 2], 2: [2, 4], 3: [6], 4: [8], 5: [10]},
      correct=[
          "order SS-4471, the Tuscan Buffet at Lakeview Community Hall. We have you down for 60 guests",
          "The buffet already includes a vegetarian main, the eggplant parmesan, and we can plate up to 10 gluten-free meals at no extra charge",
          "the Tuscan Buffet is $32 per guest, children under 10 are half price at $16, and there's an 18% service charge on top",
          "For 60 adults that's $1,920 plus $345.60, $2,265.60 before tax, less the $480 deposit you've already paid",
          "our team arrives at 4:30 pm, ninety minutes before serving, to set up",
          "The buffet runs 6 to 8 pm and we're out by 8:45, and leftovers can be boxed up free",
          "The final headcount is due by Monday, November 9th at 5 pm. After that we can add up to 5 guests, but we can't lower it",
          "The balance is due by Wednesday, November 11th; we'll email you a secure payment link, so no card details over the phone",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Is the eighteen percent a tip?"],
      style=["step_skipped", "vague_answer"],
      notes="Step 6 skipped: no recap, no confirmation email, no contact number; the rep goes straight to a short closing (a cut-down first "
            "closing line, acceptable). The tip question gets 'It's just our standard charge, it's on all our events' instead of the Q&A answer "
            "(not a tip; covers staff/setup/cleanup; tipping optional): unanswered, nothing false said. Caller condition 1 holds (count, dietary, "
            "timing, deadlines all settled)."),
    L("catering-order-05.txt", C, "B", COG, {1: [0, 4], 2: [4, 6], 3: [8], 4: [8], 5: [2], 6: [10]},
      correct=[
          "the final headcount is due by Monday, November 9th at 5 pm, and after that we can add up to 5 guests but can't lower the number",
          "The balance is due by Wednesday, November 11th through a secure payment link we'll email you. Please don't read out card details over the phone",
          "SS-4471, the Tuscan Buffet at Lakeview Community Hall. We have you down for 60 guests",
          "Our kitchen handles tree nuts and wheat, so we label our nut-free dishes and prepare them separately, but we can't guarantee anything is allergen-free",
          "up to 10 gluten-free plates at no extra charge",
          "The Tuscan Buffet is $32 per guest, kids under 10 are $16, and there's an 18% service charge on top for our two servers, setup and cleanup",
          "For 60 adults that's $1,920 plus $345.60, so $2,265.60 before tax, and your $480 deposit is already applied",
          "our team arrives at 4:30 pm to set up",
          "the buffet runs 6 to 8 and we're out by 8:45",
          "(503) 555-0187, Monday to Saturday, 9 to 6",
      ],
      closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["generic_speaker_names", "order_swap", "weak_closing", "merged_steps"],
      notes="Speaker tag 'Coordinator'. Order swap: step 5 (deadlines, payment) comes before the order and guest count (step 2). Steps 3+4 merged "
            "in turn 8. Weak closing 'Okay, that's it. Bye.' after a correct recap. All facts right; caller condition 1 holds."),
    L("catering-order-06.txt", C, "C", CO, {1: [0, 2], 2: [2, 4], 3: [4], 4: [6], 5: [10], 6: [12]},
      correct=[
          "order SS-4471, the Tuscan Buffet at Lakeview Community Hall. We have you down for 60 guests",
          "The buffet includes a vegetarian main, the eggplant parmesan",
          "Our kitchen handles tree nuts and wheat, so we label our nut-free dishes and prepare them separately, but we can't guarantee anything is allergen-free",
          "it covers our servers, setup and cleanup; tipping is up to you",
          "We also bring the chafing dishes, plates, cutlery and napkins",
      ],
      invented=[
          ("gluten-free plates are available for five dollars extra each", "words"),
          ("the Tuscan Buffet is $35 per guest", "digits"),
          ("kids under twelve are half price", "words"),
          ("a fifteen percent service charge on top", "words"),
          ("our team arrives at 5:00, an hour before serving", "digits"),
          ("the buffet runs for three hours, six to nine", "words"),
          ("we bring the tables", "none"),
          ("The final headcount is due this Thursday", "none"),
          ("the balance is due on the day, you can just pay the lead server when we arrive", "none"),
          ("(503) 555-0178", "digits"),
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["wrong_facts", "numerals_in_words"],
      notes="Polite and complete in shape, 10 wrong facts: GF plates $5 each (card: up to 10 free); $35 (card $32); kids under twelve (card: under 10, "
            "$16; under 3 free); fifteen percent (card 18%); arrival 5:00, an hour before (card 4:30, 90 min); three hours 6-9 (card 2 h, 6-8, out by "
            "8:45); caterer brings tables (card: the hall does); headcount due 'this Thursday' (card Mon Nov 9, 5 pm); balance paid to the lead "
            "server on the day (card: by Wed Nov 11 via emailed link); phone 555-0178 (card 0187). No balance-by-phone and no red-line promise, so all "
            "go in invented_facts. Callee condition 2 (check with Denise, email) holds regardless of the wrong content."),
    L("catering-order-07.txt", C, "C", CO, {1: [0, 2], 2: [2], 3: [6]},
      correct=[
          "We've got you down for 60 guests for the Tuscan Buffet, order SS-4471",
          "There's a vegetarian main included, and we can do up to 10 gluten-free plates at no extra charge",
          "it's $32 per guest",
      ],
      invented=[("the kids eat free", "none")],
      forbidden=[
          "it's totally safe, nothing with nuts gets anywhere near it",
          "I'll knock the service charge down to ten percent for you",
          "our servers can pour it for you, no problem at all",
          "I'll put Kayla on your event, she's our best server",
          "If you cancel anytime this week you'll get your full deposit back",
          "If you read me your card number I'll put it through while we're on the phone",
          "I'll call you tomorrow for the full number, the expiry and the three digits on the back",
      ],
      closing_ok=False, legitimate=False, marker=("callee", 1),
      style=["forbidden_promises", "casual_opening", "steps_skipped"],
      notes="7 red lines: nut-free 'totally safe'; service charge cut to 10%; servers pour the uncle's wine; a named server; full deposit back this "
            "week (card: inside 14 days, non-refundable); asks for the card number on the call, then for number/expiry/CVV on a call-back. 'kids eat "
            "free' (card: under 3 free, 3-9 $16) is invented. Steps 4 (arrival time), 5 (deadlines) and 6 (recap/email) are missing. Marcus's "
            "[END:1] is illegitimate: callee condition 1 needs him to know the deadlines and the arrival time, which he was never told. Casual opening "
            "('Hey, Marcus? Dana from…') is acceptable."),
    L("catering-order-08.txt", C, "C", CO, {1: [0], 3: [6], 4: [8], 5: [8]},
      correct=[
          "Dana Whitfield, Saffron & Sage Catering, about order SS-4471 for the 14th",
          "The price is $32 a head",
          "plus the 18% service charge",
          "The balance is due by Wednesday, November 11th through the secure link we'll email you",
          "our team arrives at 4:30 pm to set up",
      ],
      invented=[
          ("I need your final headcount today, before we hang up", "none"),
          ("We lock numbers ten days out", "words"),
          ("Once it's in, it can't go up or down", "none"),
          ("kids pay full price", "none"),
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["Is the food safe for her or not?", "What's that even for?"],
      style=["pressure", "dodge", "wrong_facts", "short_clipped_turns", "hang_up"],
      notes="Pressure for a same-day headcount on a false deadline (card: Mon Nov 9, 5 pm), 'ten days out' invented, count locked without his yes "
            "('it can't go up or down'; card allows +5 after the deadline), kids at full price (card $16, under 3 free). The nut-allergy question is "
            "dodged ('we'll do our best') instead of the card's disclaimer, and the service-charge question gets 'standard fee'. Step 2 not counted "
            "(count imposed, dietary not taken); step 5 counted via the correct balance line. He cancels = callee condition 3; no closing."),

    # ---------------- renewal (bundled, Chinese, 6 steps) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0, 2], 2: [4], 3: [2, 4, 6], 4: [8], 5: [8], 6: [10]},
      correct=[
          "贵公司账户服务将于二零二五年一月一号到期",
          "老客户今年续费自动享受九五折，只要在到期前操作就行，不用额外申请",
          "发票是付款后在后台自助申请，专票普票都支持，系统自动开票最快两个小时完成",
          "本次续费负责人和联系方式还是您这边，没有变化吧？",
          "您目前的套餐是CRM加项目管理组合，我们提前联系就是为了避免服务中断和数据风险",
          "如果要扩容、升级，一次并报，报价会合并优享折扣",
          "续费周期支持年度、季度、月度",
          "登录后台“账户中心”，点“服务续费”，按提示操作，全程不用纸质资料",
          "发票和合同如果有特殊要求您提前说，我们有专人绿色通道全程跟进",
          "我这边直通加速，两小时内完成审批",
          "年度续费、原配置CRM加项目管理组合、九五折、开专票",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["numerals_in_words", "customer_leads", "customer_pushback", "merged_steps"],
      notes="He opens with discount and invoice; the rep answers both first (九五折, 最快两个小时) then confirms the contact (step 1's third line). "
            "Dates and figures in words (二零二五年一月一号, 九五折, 两小时). No bundled promotion, expansion deferred to a joint quote, as the card says. "
            "Steps 4+5 merged in turn 8. Confirmation + the card's first closing line in turn 10; he wants WeChat only = callee condition 2."),
    L("renewal-02.txt", R, "B", RN, {1: [0, 2], 2: [4], 3: [6], 4: [8], 6: [10]},
      correct=[
          "贵公司账户服务将于2025-01-01到期",
          "本次续费负责人和联系方式还是您吧？",
          "您的账户目前是CRM+项目管理组合，2025年1月1日到期。今年保持原配置吗？有没有需要新增或升级的？",
          "老客户续费自动享受95折，到期前操作就行，不用申请。周期可以选年度、季度或者月度",
          "续费直接在后台“账户中心”点“服务续费”就行，全程不用纸质资料",
          "操作指引和报价方案我可以微信、邮箱或者短信发您",
          "我这边结束后把流程确认明细、操作指引和报价一起发您邮箱，便于您自主核查",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["发票几天能开出来？"],
      style=["step_skipped", "vague_answer", "short_clipped_turns"],
      notes="Step 5 (collect issues, approval acceleration, after-sales) skipped. The invoice-timing question gets 「发票这块现在快多了，您放心」 "
            "instead of the Q&A (付款后后台自助申请，最快2小时): unanswered, nothing false. Addressed as 张总 without checking he is 张强 (minor, "
            "not marked). Card's first closing line = caller condition 1."),
    L("renewal-03.txt", R, "C", RN, {1: [0], 2: [2], 3: [2, 4], 4: [8], 5: [8], 6: [12]},
      correct=[
          "今天联系您是关于贵公司主账户即将到期的续费事宜，仅需几分钟",
          "您的账户将于2025-01-01到期，目前套餐是CRM+项目管理组合",
          "付款后后台自助申请，专票普票都可以",
          "登录后台“账户中心”点“服务续费”",
          "邮箱call@xbench.com",
      ],
      invented=[
          ("老客户今年续费可以享受九折优惠", "words"),
          ("续费周期现在只能按年续，季度和月度都取消了", "none"),
          ("到期后数据只保留7天", "digits"),
          ("系统开票一般三个工作日", "words"),
          ("13812345687", "digits"),
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["wrong_facts", "customer_pushback", "short_clipped_turns"],
      notes="5 wrong facts: 九折 (card 95折; he even challenges it and the rep doubles down with 今年政策调整了, part of the same claim); only annual "
            "renewal (card: 年度/季度/月度); data kept 7 days (card 30); invoice in 三个工作日 (card: fastest 2 hours); phone 13812345687 (card "
            "13812345678). Step 5 counted through 有卡点随时找我. Callee condition 1 holds literally (everything to be sent today, closed)."),
    L("renewal-04.txt", R, "C", RN, {1: [0], 2: [2], 3: [2]},
      correct=[
          "长江云服务续费专员李明，您公司账户2025-01-01到期",
          "您现在是CRM+项目管理组合，今年还是原配置续费吧？老客户有95折",
      ],
      invented=[
          ("今年续费需要先签纸质合同，盖章后寄回我们这边才能开通", "none"),
          ("过期当天数据就清空了", "none"),
          ("扩容要单独走流程，不能和续费合并报价", "none"),
          ("那我这边先帮您把年度续费发起了", "none"),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["wrong_facts", "claimed_agreement", "brief_opening"],
      notes="All four wrong facts are digit-free: paper contract required (card: online, no paper); data wiped on expiry day (card: kept 30 days); "
            "expansion can't be quoted together (card: 一次并报，合并优享折扣); and, after 你先别发起, the rep starts an annual renewal anyway (claimed "
            "agreement; no red-line list on this card, so it is an invented fact). Step 4 contradicted (paper), steps 5-6 absent. The opening is "
            "brief but has name, company, expiry and purpose (kept ok). The caller's [END:1] is illegitimate; '感谢您的配合，再见' is not a proper "
            "closing after acting against his wish."),

    # ---------------- delivery (bundled, Chinese, 5 steps) ----------------
    L("delivery-01.txt", D, "A", DL, {1: [0], 2: [2, 4], 3: [4], 4: [6, 8], 5: [4, 8]},
      correct=[
          "您在宜居家居订的沙发已经到站了，想跟您约一下送货时间",
          "这周六、周日都能送，分上午九点到十二点、下午两点到六点两个时段",
          "工作日晚上也能约，最晚八点前送达",
          "周六上午九点到十二点给您记上了，送货当天师傅会提前一个小时给您打电话确认具体到达时间",
          "是幸福里小区5栋1201吗？楼里有电梯吗？沙发包装长2.3米，得确认电梯能放得下",
          "送货和安装都免费，师傅上门装大概三十分钟",
          "旧沙发可以搬走，加五十块旧家具清运费，您需要吗？",
          "到货请当面验货，有磕碰可以直接拒收，我们免费重新发货，一般三天内补送",
          "送货前一天下午六点前拨打调度热线4008123456改约，免费改一次",
          "送货当天师傅会提前1小时联系您",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["filler_words", "numerals_in_words", "customer_pushback", "customer_asks_qa", "merged_steps"],
      notes="Complete. Mixed numerals (九点到十二点, 五十块, 三十分钟 in words; 5栋1201, 2.3米, hotline in digits). His worry about last-minute changes "
            "is met with the 1-hour call and the free change rule (Q&A). Fees and old-sofa questions answered (free install, 50元 removal). Card's first "
            "closing line = caller condition 1."),
    L("delivery-02.txt", D, "B", DL, {1: [0], 2: [2, 6], 3: [4], 4: [6], 5: [6]},
      correct=[
          "您在宜居家居订的三人位沙发已经到了我们的配送站，今天打电话跟您约一下送货时间",
          "这周六、周日都可以，上午9点到12点，下午2点到6点；工作日晚上最晚8点前",
          "地址是幸福里小区5栋1201吗？有电梯吧？沙发包装长2.3米",
          "周日下午2点到6点",
          "师傅免费安装，大概30分钟",
          "当天师傅提前1小时打电话，有变动打4008123456",
          "到货当面验货，有磕碰直接拒收，免费重发",
      ],
      closing_ok=False, cond=2, side="callee", marker=("callee", 2),
      unanswered=["旧沙发能顺便拉走吗？"],
      style=["terse", "vague_answer", "weak_closing", "short_clipped_turns"],
      notes="Terse but correct. The old-sofa question gets 「这个到时候您跟师傅说一下就行」: the card's 50元 removal service is never offered "
            "(unanswered, not invented). Weak closing 「好嘞，发您短信，拜拜」. He has to go into a meeting and asks for an SMS = callee condition 2."),
    L("delivery-03.txt", D, "C", DL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "您在宜居家居订的沙发已经到站了，想跟您约一下送货时间",
          "上午九点到十二点",
          "地址是幸福里小区5栋1201吗？楼里有电梯吗？沙发包装长2.3米，需要确认电梯能放得下",
          "大概半小时装好",
      ],
      invented=[
          ("下午一点到五点", "words"),
          ("安装要收80元安装费", "digits"),
          ("旧沙发我们免费帮您拉走", "none"),
          ("您先签收，有问题之后再申请售后就行", "none"),
          ("提前三十分钟给您打电话", "words"),
          ("4008123465", "digits"),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_facts", "numerals_in_words", "customer_pushback"],
      notes="6 wrong facts: afternoon slot 一点到五点 (card 2-6 pm); 80元 installation (card free); old sofa removed free (card 50元); sign first, "
            "claim later (card: inspect on delivery, refuse if damaged, free re-delivery); call 三十分钟 ahead (card 1 hour); hotline 4008123465 "
            "(card 4008123456). Weekday evenings never mentioned (not marked). Caller condition 1 holds literally (Saturday afternoon, address, lift)."),
    L("delivery-04.txt", D, "C", DL, {1: [0], 2: [2]},
      correct=[
          "您在宜居家居订的沙发到站了，跟您约一下送货时间",
          "九点到十二点",
      ],
      invented=[
          ("工作日晚上送不了，我们只送白天", "none"),
          ("周末的话也只有上午", "none"),
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["送来要是坏了呢？"],
      style=["wrong_facts", "dodge", "customer_pushback", "hang_up"],
      notes="Two digit-free wrong rules cost the delivery: no weekday evenings (card: up to 8 pm) and weekend mornings only (card: also 2-6 pm). The "
            "damage question is dodged (card: refuse on the spot, free re-delivery within 3 days). Steps 3-5 never reached. He cancels and complains = "
            "callee condition 3 (legitimate); no closing line."),
]


def main():
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "labels")


if __name__ == "__main__":
    main()
