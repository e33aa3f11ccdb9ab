#!/usr/bin/env python3
"""Label source for holdout22. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout22"

DC = {"许晴": "caller", "顾佳怡": "callee"}
DCZ = {"坐席": "caller", "客户": "callee"}
DCK = {"客服": "caller", "顾客": "callee"}
BS = {"Priya Nair": "caller", "Tom Becker": "callee"}
BSS = {"Priya": "caller", "Tom": "callee"}
BSG = {"Agent": "caller", "Customer": "callee"}
RN = {"李明": "caller", "张强": "callee"}
RNZ = {"坐席": "caller", "客户": "callee"}
CL = {"陈静": "caller", "赵建国": "callee"}
CLN = {"护士": "caller", "患者": "callee"}

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


K = "drycleaning.md"
B = "bikeshop.md"
R = "renewal.md"
M = "clinic.md"

LABELS = [
    # ---------------- drycleaning (Chinese, new, 6 steps) ----------------
    L("drycleaning-01.txt", K, "A", DC, {1: [0], 2: [2], 3: [4, 6], 4: [6, 10], 5: [12], 6: [14]},
      correct=[
          "请问是顾佳怡顾女士吗？我是洁澜洗衣滨江店的客服，我叫许晴",
          "就占用您三分钟左右，现在方便接吗",
          "订单号是JL-零三一一-零四二七，三月十一号送过来的，一共四件，一件羊绒大衣、一件羽绒服，还有两件白衬衫，一百五十三块钱当时已经付过了",
          "羽绒服跟两件衬衫都已经洗好了，随时能拿",
          "颜色已经淡了好多，但还剩一个大概两厘米的浅印子",
          "收衣那天单子上备注过这块污渍，您当时也签了字的",
          "是送来时候就有的",
          "让我们店里的资深技师免费再给您做一次精细去渍，要多等三天，三月二十一号周六下午两点以后能取",
          "完全去掉这个我不敢跟您打包票",
          "大衣那六十八块的干洗费全额退给您，原路退，一到三个工作日到账",
          "可能会有一点点褪色，但概率很低，不到百分之五",
          "会按我们店的赔付标准来处理的",
          "这个需要您电话里明确同意一下，我这边录进系统",
          "我们每天早上九点到晚上九点都开着，地址是滨江区江南大道一二八八号，东方广场一楼一零八号铺",
          "订单满一百块、三公里以内免费，第二天晚上六点到八点送到",
          "等会儿我发条短信到您尾号六零三二的手机上，有订单号和门店电话",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete and chatty (哈, 好嘞, 理解理解). Every figure in Chinese words (一百五十三, 两厘米, 三月二十一号, 六十八块, 百分之五, 一二八八号, 尾号六零三二). "
            "Q&A: responsibility (stain was there at drop-off), risk of the second treatment (<5%, shop's compensation standard, not spelled out "
            "and not needed). Her latent concern (Sunday 3/22 wedding) surfaces; the rep correctly says Saturday 14:00 is in time and asks for "
            "explicit consent before booking the second treatment. She picks up in store. Caller condition 1 with the first closing line."),
    L("drycleaning-02.txt", K, "A", DC, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10], 6: [12]},
      correct=[
          "洁澜洗衣滨江店客服许晴",
          "订单JL-0311-0427｜3/11送洗｜4件：羊绒大衣×1、羽绒服×1、白衬衫×2｜¥153已付",
          "羽绒服+衬衫已洗好，随时可取",
          "标准工艺后淡了很多，还留≈2cm浅印。收衣单有备注，您签过字",
          "①资深技师免费二次精细去渍，多3天，3/21（周六）14:00后可取，能明显变淡，不保证完全去掉",
          "②原样取回，大衣干洗费¥68全额退，原路退，1–3个工作日到账",
          "原路退回您付款的微信，1–3个工作日到账",
          "满¥100、3公里以内免费送，住宅、公司都行，次日18:00–20:00送达",
          "每天9:00–21:00，江南大道1288号东方广场1F 108铺",
          "4件明天（3/19）18:00–20:00送到钱塘大厦B座12楼",
          "短信稍后发到尾号6032，含订单号+门店电话",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "mixed_english", "emoji", "customer_asks_qa"],
      notes="Telegraphic with symbols (｜, ×1, ≈2cm, ①②, 👉, ¥, 1F, OK). She takes option 2 (as-is, ¥68 refund). Q&A: refund channel/time, "
            "delivery to her office (free: order ¥153 ≥ ¥100, 2 km ≤ 3 km; next day 3/19 18:00–20:00 is the card's rule). No consent "
            "needed because no second treatment. Ends on callee condition 1 after the read-back."),
    L("drycleaning-03.txt", K, "A", DCZ, {1: [0], 2: [2], 3: [4, 6], 4: [8], 5: [12], 6: [14]},
      correct=[
          "请问是顾佳怡女士吗？这边是洁澜洗衣滨江店，我是客服许晴",
          "大概三分钟，您现在方便吗",
          "订单号JL-0311-0427，3月11号送洗的，羊绒大衣、羽绒服各一件，白衬衫两件，一共153元，已经付过了",
          "羽绒服和两件衬衫——已经洗好，随时可以取",
          "还有大约2厘米的一个浅印子",
          "单子上原话是\"大衣左前襟有红色污渍，已告知顾客去渍效果不保证\"",
          "我们还有收衣时和处理前拍的照片，您到店可以直接看",
          "一是我们资深技师免费再做一次精细去渍，要多3天，3月21号周六下午2点以后能取，会明显变淡，但不能保证完全去掉",
          "二是大衣按原样取回，干洗费68元全额原路退给您，1到3个工作日到账",
          "二次处理的话需要您在电话里明确同意",
          "有可能会有轻微褪色，但概率很低，不到5%",
          "按衣服购买价格和使用年限折旧赔，最高不超过这件洗涤费的10倍",
          "洗好后免费保管30天，超过30天每件每天1元",
          "我们每天早上9点到晚上9点营业，地址是滨江区江南大道1288号东方广场1楼108号铺",
          "电子普通发票，在\"洁澜洗衣\"小程序订单页里自助申请就行",
          "我会发一条短信到您尾号6032的手机，有订单号和门店电话0571-8765-2210",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["plain_log_labels", "customer_suspicious", "customer_interrupts", "customer_asks_qa", "question_answered_late"],
      notes="Labels 坐席/客户. Suspicious customer: the rep quotes the intake note and offers the photos without admitting fault. Q&A: risk (<5%), "
            "compensation standard (10× the cleaning fee, pre-existing stains excluded is implied), storage (30 days free, then 1 元/件/天), "
            "invoice (mini-program). She wants to see the coat first: visit Fri 3/20 ~19:00 agreed, so step 5 is the in-store option and step 6 "
            "the read-back. Caller condition 2 with the second closing line."),
    L("drycleaning-04.txt", K, "B", DC, {1: [0], 3: [2], 4: [4], 5: [8, 10, 12], 6: [10, 12]},
      correct=[
          "我是洁澜洗衣滨江店的许晴，您送洗的大衣想跟您商量下怎么处理",
          "羽绒服和两件衬衫都洗好了，随时可以来拿",
          "还有差不多2厘米的一点浅印",
          "这个收衣的时候单子上有备注，您也签过字",
          "一种是资深技师免费再做一次精细去渍，多等3天，周六就是21号下午2点以后来拿，能变淡不少，但没法保证完全去掉",
          "另一种是直接原样拿回去，大衣的68块干洗费全退，原路退回，一到三个工作日到账",
          "店里每天9点到21点，江南大道1288号东方广场一楼108号铺",
          "送的话满100、3公里内免费，第二天晚上6点到8点送",
          "那就21号周六大衣好了以后，第二天也就是22号周日晚上6点到8点，四件一起送到您家",
          "那改成周六下午2点以后您到店自取，四件一起",
          "稍后短信发您尾号6032的手机",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["那要是再弄一次弄坏了，你们怎么赔？"],
      style=["filler_words", "step_skipped", "soft_answer", "plan_changed_mid_call"],
      notes="Step 2 (order read-back) skipped. The compensation question is dodged ('店长会跟您具体谈'); the card answers it (10× the cleaning fee). "
            "She says '我同意' before the treatment is booked, so consent is fine. The Sunday-evening delivery the rep first proposes follows the "
            "card's next-day rule (not a wrong fact), but it clashes with her Sunday plan; she switches to in-store pickup on Saturday. No invented fact."),
    L("drycleaning-05.txt", K, "B", DCK, {1: [2], 2: [2], 3: [4], 4: [6], 5: [10]},
      correct=[
          "洁澜洗衣滨江店，我是客服许晴",
          "订单JL-0311-0427，大衣、羽绒服、两件衬衫，一共153，已经付了",
          "羽绒服和衬衫洗好了随时能拿",
          "标准工艺处理完还有一个两厘米左右的浅印，收衣单上当时备注了，您签了字",
          "一是资深技师免费再做一次精细去渍，多3天，周六3月21号下午两点以后取，能淡很多但不保证完全去掉",
          "二是原样拿回，大衣的干洗费68元全退，原路退回，1到3个工作日到账",
          "周五不行，精细去渍要分两次处理，中间得静置，最早就是周六下午两点以后",
          "每天晚上9点关门，早上9点开。地址江南大道1288号东方广场一楼108号铺",
      ],
      opening_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["plain_log_labels", "clumsy_opening", "short_call", "customer_asks_qa"],
      notes="Labels 客服/顾客. Clumsy opening: '洗衣店的，您那个大衣有点问题' with no shop name, no own name, no time check; she has to ask which shop. "
            "Q&A 'Friday?' answered right (two passes with rest, Saturday 14:00 earliest). She consents explicitly. Step 6 missing: no read-back, "
            "no SMS. The plain closing '有问题打店里电话，再见' is acceptable. No invented fact."),
    L("drycleaning-06.txt", K, "C", DC, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10], 6: [14]},
      correct=[
          "请问是顾佳怡顾女士吗？我是洁澜洗衣滨江店的客服许晴",
          "JL-0311-0427，3月11号送洗，大衣、羽绒服各一件，衬衫两件，一共153元，已经付过了",
          "羽绒服和衬衫已经洗好了",
          "还有一个大概2厘米的浅印子，收衣单上备注过，您签了字的",
          "技师免费再做一次精细去渍",
          "到店自取也行",
          "稍后短信发到您尾号6032的手机",
      ],
      invented=[
          ("只要多两天", W),
          ("我们把您这一单的一百五十三块全退给您", W),
          ("订单满八十块就免费送", W),
          ("五公里以内都行", W),
          ("当天晚上就能送到", N),
          ("不过得本人签收，不能放前台", N),
          ("开到晚上十点", W),
          ("江南大道1228号", D),
          ("免费保管六十天", W),
          ("发票的话得到店里开纸质的，小程序开不了", N),
          ("0571-8765-2201", D),
      ],
      forbidden=["周五下午就能取", "照原价赔一件新的"],
      cond=1, side="caller", marker=("caller", 1),
      style=["script_shape_kept", "wrong_numbers", "wrong_contact_details"],
      notes="Flows well and reaches caller condition 1 literally (she agrees and picks a day), so the ending is legitimate; C for the facts. "
            "Wrong: two days instead of three; the refund is the 153 order total instead of the coat's 68 (right number, wrong thing); "
            "free delivery from 80 within 5 km and same evening (card: 100, 3 km, next day 18–20); open until 十点 (card 21:00); "
            "address 1228 (card 1288); delivery only against the customer's own signature (no such rule); storage 60 days (card 30); invoice only on paper in store (card: e-invoice in the mini-program); "
            "phone ...2201 (card ...2210). Red lines: coat ready Friday (before Sat 3/21 14:00) and 'a new coat at full price' (beyond the "
            "compensation standard). Step 4 counts (both options are named, with wrong figures)."),
    L("drycleaning-07.txt", K, "C", DC, {1: [0], 3: [2]},
      correct=[
          "我是洁澜洗衣滨江店的许晴",
          "左前襟那块红酒渍还没完全洗掉，留了个两厘米左右的印子",
      ],
      invented=[
          ("二次处理要收个加急费三十块", W),
      ],
      forbidden=[
          "可能是我们第一遍洗的时候温度没控制好，把渍给固定住了",
          "保证能完全洗掉，跟新的一样",
          "二次处理我已经让技师先做上了",
          "照三千六全额赔给您，再额外送您一张五百块的充值卡",
          "明天下午就能给您弄好",
          "您直接转我个人微信就行",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["red_lines", "short_call", "customer_hangs_up"],
      notes="Six red lines: implies the shop fixed the stain (the intake note says it was there), guarantees full removal, starts the second "
            "treatment without consent, promises 3600 + a 500 voucher (beyond the 10× standard), promises tomorrow afternoon (before 3/21 14:00), "
            "asks for a transfer to a personal WeChat. The 30-yuan rush fee is invented (the card has no such fee). Steps 2, 4, 5, 6 missing. "
            "She hangs up to complain: a legitimate callee-3 ending, no closing by the caller."),
    L("drycleaning-08.txt", K, "C", DC, {1: [0], 2: [2], 3: [2], 4: [4]},
      correct=[
          "洁澜洗衣许晴",
          "订单JL-0311-0427，四件，153元已付",
          "羽绒服和衬衫洗好了",
          "还有个2厘米左右的印子，收衣单上备注过，您签过字",
          "可以做一次精细去渍，免费的，3月21号周六下午两点以后能取，能淡很多，不保证完全去掉",
      ],
      invented=[
          ("出了什么问题我们店是不负责的", N),
          ("今天不定的话周六就赶不上了", W),
      ],
      forbidden=["那我这边就先给您登记二次去渍了"],
      opening_ok=False, closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["送货要钱吗？"],
      style=["curt_opening", "pressure", "claimed_agreement", "question_dodged"],
      notes="Curt opening (no shop branch, no time check). Says the shop takes no responsibility for the second treatment (card: compensation "
            "standard applies) and invents a deadline ('today or not by Saturday'). Option 2 is never offered. Her delivery question is ignored. "
            "She says twice she wants to see the coat first ('你先别给我弄'), which fits condition 2, but the rep books the second treatment "
            "(red line: no consent) and closes with [END:1]: illegitimate. Steps 5 and 6 do not count (imposed pickup, false confirmation)."),

    # ---------------- bikeshop (English, new, 6 steps) ----------------
    L("bikeshop-01.txt", B, "A", BS, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [12, 14], 6: [14]},
      correct=[
          "is this Tom Becker? This is Priya over at Spoke and Chain Bike Works, calling about your Trek",
          "You got maybe three minutes?",
          "you dropped it off Tuesday for our Standard Tune-Up, that's eighty-nine dollars, work order S-C forty-five eighteen",
          "it's stretched to about zero point seven five percent. We usually swap them at half a percent",
          "it's worn the rear cassette along with it, so those two really need to go together",
          "the front brake pads, they're down to under a millimeter",
          "Chain and cassette together come to a hundred twenty with labor: that's thirty-eight for the chain, sixty-two for the cassette, and twenty labor",
          "The front pads are twenty-four installed. All of that's before the seven percent sales tax",
          "If you do everything, yeah, two hundred thirty-three. If you just want the pads, it's one thirteen. Or you can stick with just the tune-up at eighty-nine",
          "It won't snap tomorrow, no. It's just past our limit",
          "the more it chews up the cassette and the front chainrings, and shifting gets rough",
          "The tune-up plus pads can be ready tomorrow, Friday, by noon",
          "it comes in Monday, so a chain-and-cassette job would be ready Tuesday the twelfth after three",
          "Two-day turnaround, and no second tune-up charge",
          "we're open Monday to Saturday, ten to seven, closed Sundays, and you pay when you pick it up",
          "the tune-up plus front pads, one thirteen before tax, ready Friday by noon",
          "I'll text you a summary and text again when it's ready",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Chatty, all figures in words (zero point seven five, a hundred twenty, two hundred thirty-three, one thirteen, the twelfth). "
            "Q&A: 'do I need the chain' (past the limit, not an emergency, no scare talk), the Saturday ride (pads now, chain and cassette after, "
            "two-day turnaround, no second tune-up charge). Decision and pickup clear. Caller condition 1 with the first closing line "
            "(day adapted to Friday)."),
    L("bikeshop-02.txt", B, "A", BSS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10, 12], 6: [14]},
      correct=[
          "Priya, Spoke & Chain Bike Works — re: your Trek tune-up. 3 min?",
          "WO# SC-4518, dropped Tue 5/5, Standard Tune-Up = $89",
          "(1) chain stretched to 0.75% — we replace @ 0.5% — and it's worn the rear cassette, so both go together; (2) front pads < 1 mm",
          "Chain $38 + cassette $62 + labor $20 = $120. Front pads $24 installed. Pre-tax (7%)",
          "all-in $233 / pads only $113 / tune-up only $89",
          "Parts: manufacturer's 1 yr. Labor: 30 days of free adjustments",
          "no payments by phone — at pickup only: card, cash or Apple Pay",
          "Cassette arrives Mon 5/11 → ready Tue 5/12 after 3 pm. Hours Mon–Sat 10–7, closed Sun",
          "full job (tune-up + chain + cassette + front pads) = $233 + tax, ready Tue 5/12 after 3",
          "Texting a summary now + again when it's ready",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "abbreviations", "first_names_only", "customer_asks_qa"],
      notes="Telegraphic (WO#, @, <, →, =, 5/11). He takes everything; Q&A: warranty (1 yr parts, 30 days adjustments) and paying by phone "
            "(refused correctly: pickup only). Ends on callee condition 1 after the read-back."),
    L("bikeshop-03.txt", B, "A", BSG, {1: [0], 2: [2], 3: [4], 4: [6], 5: [12], 6: [14, 16]},
      correct=[
          "is this Tom Becker? It's Priya from Spoke & Chain Bike Works, calling about your Trek that's in for a tune-up. Have you got three minutes?",
          "work order SC-4518, the Standard Tune-Up you dropped off Tuesday, $89",
          "it's at 0.75 percent stretch — our cutoff is 0.5 — and it's worn down the rear cassette, so those would be replaced together",
          "your front brake pads are under a millimeter",
          "Chain is $38, cassette $62, $20 labor, so $120 for that. Front pads, $24 installed. Before 7% tax",
          "everything is $233, pads only $113, or just the tune-up, $89",
          "We install customer parts at $25 labor per part, so $50 for the two, but we can't warranty the parts themselves",
          "our Spoke & Chain Club: 10% off parts, $30 a year, and you can join at pickup",
          "Under a millimeter we don't release the bike without new pads unless you sign a waiver at pickup",
          "tune-up with or without pads is ready tomorrow, Friday, by noon",
          "the cassette arrives Monday, so Tuesday, May 12 after 3 pm. We're open Monday to Saturday, 10 to 7, and you'd pay at pickup",
          "nothing extra gets done, the bike stays as it is",
          "Our number's (503) 555-0148",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["plain_log_labels", "customer_skeptical", "customer_asks_qa", "question_answered_late"],
      notes="Labels Agent/Customer. Skeptical customer. Q&A: own parts ($25 per part, $50 for two is derived, no part warranty), discount "
            "(only the Club), pads safety (waiver at pickup). Timing is given together with the pads answer. He wants to price parts online: "
            "nothing extra is done, callback by 11 tomorrow, read back. Caller condition 2 with the second closing line."),
    L("bikeshop-04.txt", B, "B", BS, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=[
          "Priya from Spoke & Chain Bike Works, about your Trek. Got three minutes?",
          "the chain's stretched to 0.75 percent — we replace at 0.5 — and it's taken the rear cassette with it, so they'd go together",
          "Front brake pads are also down under a millimeter",
          "chain and cassette are $120 with labor — $38, $62 and $20 — and the front pads are $24 installed. Plus 7% tax",
          "All in it's $233, pads only $113, or just the tune-up at $89",
          "That'll be ready tomorrow, Friday, by noon. We're open Monday to Saturday, 10 to 7, closed Sundays, and you pay at pickup",
          "tune-up plus front pads, $113 before tax, ready Friday by noon",
          "I'll text you a summary",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Is it safe to ride with the old pads for a bit?"],
      style=["step_skipped", "soft_answer", "short_call"],
      notes="Step 2 (work order SC-4518, $89 tune-up) skipped. The pads-safety question is brushed off ('pads are pads'); the card answers it "
            "(no release under 1 mm without a waiver). 'the cassette takes a few days to come in' is vague but not wrong. No invented fact."),
    L("bikeshop-05.txt", B, "B", BSS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10, 12], 6: [14]},
      correct=[
          "is this Tom Becker? Priya from Spoke & Chain Bike Works, about the Trek that's in for a tune-up. Three minutes?",
          "Work order SC-4518, Standard Tune-Up from Tuesday, $89",
          "the chain at 0.75 percent stretch, and we replace at 0.5, and it's worn the cassette, so they go together. Front pads are under one millimeter",
          "$120 for chain and cassette — $38, $62, plus $20 labor — and $24 for front pads installed, before 7% tax",
          "Pads-only is $113 if you'd rather, or the tune-up alone, $89",
          "The cassette comes in Monday, so Tuesday, May 12, after 3 pm. Monday to Saturday, 10 to 7, pay at pickup",
          "we can do the tune-up and pads by Friday noon",
          "bring it back for the chain and cassette any weekday — two-day turnaround, no second tune-up charge",
          "tune-up plus pads, $113, ready Friday by noon",
      ],
      closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["first_names_only", "pushy", "weak_closing", "latent_concern_surfaces"],
      notes="Pushy toward the full job ('I'd just do it all', 'everybody who rides as much as you...', 'you'll have to do it at some point "
            "anyway'): opinion and pressure, no false fact and no scare talk, so not a red line. He gives in, then the Saturday ride comes up "
            "and the rep switches correctly to pads now. Weak closing 'K, bye.' instead of a closing line (the read-back and 'I'll text you' are there, so step 6 counts)."),
    L("bikeshop-06.txt", B, "C", BS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8, 12], 6: [16]},
      correct=[
          "is this Tom Becker? This is Priya from Spoke & Chain Bike Works, calling about your Trek that's in for a tune-up. Got three minutes?",
          "Work order SC-4518, Standard Tune-Up from Tuesday, $89",
          "the chain is stretched and has worn the rear cassette, so those go together",
          "the cassette sixty-two, and twenty in labor",
          "Pads are twenty-four installed",
          "Pads only is one thirteen, or just the tune-up at eighty-nine",
          "Parts have the manufacturer's one-year",
          "you pay at pickup",
          "I'll text you a summary",
      ],
      invented=[
          ("Your front brake pads are at 0.75", D),
          ("The chain is forty-eight dollars", W),
          ("two hundred and forty-three", W),
          ("the cassette comes in Friday", N),
          ("labor is covered for 90 days", D),
          ("the tune-up includes a free wash", N),
          ("storage is free for thirty days", W),
          ("We're open seven days a week", W),
          ("(503) 555-0184", D),
      ],
      forbidden=["we can have the full job done Saturday morning"],
      cond=1, side="caller", marker=("caller", 1),
      style=["script_shape_kept", "wrong_numbers", "right_number_wrong_thing", "wrong_contact_details"],
      notes="Reaches caller condition 1 literally (he decides, pickup agreed), so legitimate; C for the facts. The 0.75 figure is put on the "
            "brake pads (it is the chain stretch); chain 48 (card 38) and so a total of 243 (card 233); cassette arrives Friday (card Monday); "
            "labor 90 days (card 30 days of adjustments); storage 30 days free (card 14); open seven days (card closed Sundays); phone ...0184 "
            "(card ...0148); a free wash with the tune-up (not on the card). Red line: the chain-and-cassette job promised for Saturday morning (card: not before Tue 5/12 after 3 pm). "
            "Steps 3 and 4 count despite the wrong figures."),
    L("bikeshop-07.txt", B, "C", BSG, {1: [0], 3: [2], 4: [6]},
      correct=[
          "Priya from Spoke & Chain Bike Works. Quick one about your Trek, got a minute?",
          "The front pads are under a millimeter",
          "Normally it'd be $233",
      ],
      forbidden=[
          "your bike's not safe",
          "the brakes could fail on the first downhill",
          "it could snap any day",
          "Luis already put the new chain on",
          "if you okay it today I can knock off 20%, so about $186",
          "I can take your card number now and lock it in — just read me the number and the three digits on the back",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["plain_log_labels", "red_lines", "scare_talk", "short_call", "customer_hangs_up"],
      notes="Labels Agent/Customer. Six red lines: scare talk ×3 (not safe, brakes could fail, chain could snap; the card says it won't snap "
            "tomorrow), work done without a yes (new chain already fitted), a 20% discount for deciding today, card number and CVV by phone. "
            "Steps 2, 5, 6 missing. He refuses and hangs up: legitimate callee-3 ending, no closing."),
    L("bikeshop-08.txt", B, "C", BSS, {1: [0], 2: [2], 3: [2], 4: [4]},
      correct=[
          "It's Priya at Spoke & Chain. About the Trek",
          "Work order SC-4518, tune-up, $89",
          "the chain's stretched to 0.75 percent, the cassette's worn, and the front pads are under a millimeter",
          "Chain and cassette are $120 with labor, pads $24",
          "$233 before tax for the lot",
      ],
      invented=[
          ("We don't do pads-only jobs", N),
          ("the cassette is special order, no returns", N),
      ],
      forbidden=["Great, I'll put you down for the full job then"],
      opening_ok=False, closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["What kind of warranty comes with the parts?"],
      style=["first_names_only", "curt_opening", "claimed_agreement", "question_dodged", "short_call"],
      notes="Curt opening (no time check). Invents two rules (no pads-only jobs, while the card offers pads only at $113; the cassette is special order with no returns). The warranty question is dodged "
            "('a really solid chain'); the card has 1 yr parts / 30 days labor. He asks to think and call back (condition 2 would fit); the rep "
            "books the full job anyway (red line: work without a clear yes) and ends [END:1]: illegitimate. Step 5/6 do not count "
            "('Ready Tuesday after 3' is part of the false confirmation)."),

    # ---------------- renewal (bundled, Chinese, 6 steps, no not-allowed list) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0, 2], 2: [4], 3: [2, 6], 4: [6, 8], 5: [8, 10], 6: [12]},
      correct=[
          "请问是泰山公司的系统管理员张强张总吗？我这边是长江云服务的续费专员李明",
          "老客户今年续费自动享受九五折，到期前操作就行，不用额外申请",
          "这次续费还是您负责，联系方式没变吧",
          "您的账户是二零二五年一月一号到期，现在是CRM加项目管理的组合套餐",
          "年度、季度、月度都支持",
          "登录后台\"账户中心\"，点\"服务续费\"，按提示走就行，全程不用纸质资料",
          "操作指引和报价方案我可以发您微信、邮箱或者短信",
          "付款以后在后台就能自助申请发票，专票普票都支持，系统自动开，最快两个小时",
          "我们有专人绿色通道跟进",
          "我这边能加急，两个小时内完成审批",
          "到期后服务会暂停，但数据完整保留三十天",
          "有技术问题我也会安排售后工程师第一时间跟进",
          "原配置CRM加项目管理，按季度续费，享受九五折，开专票",
          "短信再发一份流程确认明细",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led_order", "numerals_in_words", "customer_asks_qa"],
      notes="Customer leads with the discount, so 九五折 comes before the expiry. Figures in words (九五折, 二零二五年一月一号, 两个小时, 三十天). "
            "Quarterly chosen (the card allows it), 专票, materials by WeChat. Data question answered (paused, kept 30 days). Caller condition 1 "
            "with the first closing line."),
    L("renewal-02.txt", R, "B", RNZ, {1: [0], 2: [2], 3: [2, 4], 4: [6], 6: [8]},
      correct=[
          "长江平台云服务续费专员李明",
          "账户2025-01-01到期，现在是CRM+项目管理组合，老客户续费自动95折，不用申请",
          "您这次续年度还是季度、月度",
          "登录后台\"账户中心\"，点\"服务续费\"就行，不用纸质资料",
          "指引和报价我可以发您微信、邮箱或短信",
          "原配置、年度续费、95折，续费指引和报价我整理好发您微信",
      ],
      cond=2, side="callee", marker=("callee", 2),
      unanswered=["要是临时加几个账号扩容，价格怎么算？"],
      style=["plain_log_labels", "short_call", "soft_answer", "step_skipped"],
      notes="Labels 坐席/客户. The expansion question is dodged ('回头再说吧'); the card answers it (bundled quote with the discount). Step 5 "
            "(problems, 2 h approvals, engineer) skipped. He asks for everything by WeChat and no more calls: callee condition 2. No wrong fact."),
    L("renewal-03.txt", R, "C", RN, {1: [0], 2: [2], 3: [2], 4: [12], 5: [10], 6: [12]},
      correct=[
          "我是长江云服务续费专员李明",
          "CRM加项目管理组合",
          "邮箱call@xbench.com",
          "有技术问题我安排售后工程师跟进",
          "短信再发流程确认明细",
      ],
      invented=[
          ("2025-02-01到期", D),
          ("老客户今年续费打九折", W),
          ("只有按年付才有折扣", N),
          ("季度和月度今年都取消了，现在只能年付", N),
          ("纸质合同过来，我们收到再开通", N),
          ("一般二十四小时以内开出来", W),
          ("数据给您保留十五天，过了就清掉了", W),
          ("13821345678", D),
          ("不过要另外收服务费", N),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["script_shape_kept", "wrong_numbers", "wrong_contact_details", "invented_policies"],
      notes="Reaches caller condition 1 literally (annual, 专票, materials by email), so legitimate; C for the facts. Wrong: expiry 02-01 (card "
            "01-01), 九折 (card 95折), discount only for annual and quarterly/monthly cancelled (card: all three, discount automatic), a stamped "
            "paper contract before activation (card: no paper), invoice in 24 h (card: fastest 2 h), data 15 days then deleted (card 30 days), "
            "phone 13821345678 (card 13812345678); an extra fee for the after-sales engineer (not on the card). Step 4 counts only by sending materials by email (turn 12); the route is never given."),
    L("renewal-04.txt", R, "C", RNZ, {1: [2], 2: [2], 3: [2], 4: [8]},
      correct=[
          "长江云服务李明",
          "您账户一月一号到期，CRM加项目管理，续费老客户九五折",
          "账户中心点服务续费就行",
      ],
      invented=[
          ("扩容现在免费送", N),
          ("月度续费的话是不打折的", N),
          ("那我这边先帮您把年度续费提交了，扩容也一起加上", N),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["那发票能当天开吗？", "发票到底能不能当天开？"],
      style=["plain_log_labels", "curt_opening", "claimed_agreement", "question_dodged"],
      notes="Labels 坐席/客户. Curt opening '张强，续费的事。' (no name until asked, no time check). Free expansion and 'monthly gets no discount' are "
            "invented (card: bundled quote; 95折 for existing customers). The invoice question is dodged twice (card: self-service, fastest 2 h). "
            "He says '今天定不了' and asks for materials by WeChat (callee condition 2 would fit), but the rep submits an annual renewal plus "
            "expansion and ends [END:1] with a closing line: illegitimate, and the claimed submission is an invented fact (no list on this card)."),

    # ---------------- clinic (bundled, Chinese, 5 steps, no not-allowed list) ----------------
    L("clinic-01.txt", M, "A", CL, {1: [0], 2: [2, 4], 3: [6, 8], 4: [10, 12], 5: [12]},
      correct=[
          "请问是赵建国赵老师吗？我是仁心口腔诊所的回访护士",
          "您三天前在我们这儿做了种植手术，今天打个电话问问您恢复得怎么样，现在说话方便吗",
          "术后三天内肿是正常的，一般就是第三天最明显，之后会慢慢消下去",
          "每次敷个十五分钟左右",
          "吃布洛芬，每次一片，两次之间隔开六个小时以上，一天别超过四片",
          "有没有出血或者发烧的情况",
          "降压药照常吃，千万别停",
          "消炎药呢要连着吃满五天，一天三次，饭后吃",
          "别用手术那一边嚼东西，吃些温的、凉的、软的，烟酒都别碰",
          "术后二十四小时以后就可以用漱口水了，一天三次",
          "种牙那一侧三个月之内别咬硬的东西",
          "大概十分钟就拆好了，也不用打麻药",
          "拆线是术后七到十天，您看下周二或者下周四哪天方便？我们周二周四都是早上八点半到下午五点接诊",
          "发烧超过三十八度五，或者越肿越厉害，马上打诊所电话，零五七一、八八八八、六六六六",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "customer_led_order", "phone_in_groups"],
      notes="Patient leads with symptoms; the nurse answers swelling (cold compress 15 min), ibuprofen (1, ≥6 h apart, ≤4 a day), BP drugs "
            "(keep taking), eating, stitches (about 10 min, no anaesthetic) in his order. All figures in words; phone read in groups. He checks "
            "with his wife on the spot (latent habit) and books Tue 10:00. Caller condition 1 with the first closing line."),
    L("clinic-02.txt", M, "B", CLN, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "仁心口腔诊所回访护士陈静。您3天前做的种植手术，想问问恢复情况，现在方便吗",
          "术后3天内肿胀是正常的，第3天最明显，之后会慢慢消，可以冷敷，每次15分钟",
          "有出血或者发烧吗",
          "消炎药要吃满5天，每天3次，饭后吃",
          "一周内别用那边嚼，吃温凉软的，别抽烟喝酒。24小时后可以用漱口水，一天3次",
          "照常吃，不要停，血压控制好对伤口愈合有帮助",
          "拆线是术后7到10天，下周二或周四，8点半到5点",
          "如果持续出血、发烧超过38度5或者越肿越厉害，马上打0571-88886666",
      ],
      cond=1, side="callee", marker=("callee", 1),
      unanswered=["种植牙什么时候能装上牙冠啊？"],
      style=["plain_log_labels", "short_call", "digits", "soft_answer"],
      notes="Labels 护士/患者. Short, digits. All five steps present. The crown question is dodged ('看医生安排，到时候再说'); the card answers it "
            "(about 3 months after surgery, the clinic will notify). He says '那我就放心了': callee condition 1. No wrong fact."),
    L("clinic-03.txt", M, "C", CL, {1: [0], 2: [2], 3: [4, 8], 4: [10], 5: [12]},
      correct=[
          "请问是赵建国先生吗？我是仁心口腔诊所的回访护士陈静，您3天前做了种植手术",
          "可以吃布洛芬",
          "有没有出血或者发烧",
          "一周内别用那侧嚼，温凉软的，烟酒别碰",
          "发烧超过三十八度五",
      ],
      invented=[
          ("疼就吃", N),
          ("一天最多六片没关系", W),
          ("一般第五天肿得最厉害", W),
          ("冷敷没什么用，热敷好得快", N),
          ("消炎药吃满三天就可以停了，一天两次", W),
          ("降压药先停两天吧", W),
          ("漱口水现在就可以用", N),
          ("术后五天就可以拆了", W),
          ("我们周六也是上午八点半到下午五点", W),
          ("种植成功率百分之百，从来没失败过", W),
          ("0571-88886699", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["script_shape_kept", "wrong_numbers", "wrong_contact_details", "dangerous_advice"],
      notes="Reaches caller condition 1 literally (advice given, Saturday booked), so legitimate; C for the facts. Wrong: ibuprofen 'whenever it "
            "hurts, up to six' (card 1 per dose, ≥6 h, ≤4 a day); swelling peaks day 5 (card day 3); cold compress is useless, use heat (card: cold compress 15 min); antibiotics 3 days twice a day (card 5 days, "
            "3×); stop BP drugs for two days (card: never stop); mouthwash right away (card after 24 h); stitches out at 5 days (card 7–10); "
            "Saturday clinic hours (card: Tue/Thu); 100% success; phone ...6699 (card 0571-88886666). Step 4 counts (a slot is offered, "
            "wrong day)."),
    L("clinic-04.txt", M, "C", CLN, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=[
          "消炎药吃满5天，每天3次，饭后吃",
          "下周二还是周四",
      ],
      invented=[
          ("发烧超过三十八度才需要管", W),
          ("拆线得打麻药的", N),
          ("那我先给您定下周二上午九点了", W),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      style=["plain_log_labels", "curt_opening", "claimed_agreement", "short_call"],
      notes="Labels 护士/患者. Curt opening: no clinic name, no own name, no surgery mention, no time check. Fever threshold 38 (card 38.5); "
            "'拆线得打麻药' (card: no anaesthetic). Calling 37.8 '正常反应' is not labelled (below the card's threshold, no contrary fact). "
            "Step 5 (emergency number) missing. He wants to ask his wife and call back (condition 3 would fit only with a callback time); the "
            "nurse books Tue 9:00 anyway and ends [END:1] with '定好了，下周见': illegitimate; the claimed booking is an invented fact (no list)."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "labels")
