#!/usr/bin/env python3
"""Label source for holdout15 (adapted from holdout14's). Run: python3 tools/labels_src.py
Writes labels.json (one object per line, holdout14's field list and order) and tools/fact_kinds.json
(for every invented fact: its number format - "digits", "words" or "none" - and the kind of error)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout15"

PB = {"周悦": "caller", "林涛": "callee"}
PBG = {"客服": "caller", "客户": "callee"}
PT = {"Owen": "caller", "Rachel": "callee"}
PTR = {"Rep": "caller", "Rachel": "callee"}
CL = {"陈静": "caller", "赵建国": "callee"}
ES = {"Sarah": "caller", "Mark": "callee"}

KINDS = []  # (file, text, format, kind)


def L(file, card, tier, speakers, steps_turns, correct, invented=(), forbidden=(), opening_ok=True, closing_ok=True,
      legitimate=True, cond=None, side=None, marker=None, unanswered=(), style=(), notes=""):
    steps_turns = {str(k): v for k, v in sorted(steps_turns.items())}
    for text, fmt, kind in invented:
        KINDS.append({"file": file, "text": text, "format": fmt, "kind": kind})
    return {
        "file": file, "card": card, "tier": tier, "split": SPLIT, "speakers": speakers,
        "steps_covered": sorted(int(k) for k in steps_turns),
        "steps_turns": steps_turns,
        "invented_facts": [{"text": t} for t, _, _ in invented], "correct_facts": list(correct),
        "forbidden_promises": list(forbidden),
        "opening_ok": opening_ok, "closing_ok": closing_ok, "legitimate_ending": legitimate,
        "end_condition": cond, "end_side": side,
        "end_marker": {"side": marker[0], "n": marker[1]} if marker else None,
        "unanswered_questions": list(unanswered), "style": list(style), "notes": notes,
    }


P = "pet-boarding.md"
T = "piano-tuning.md"
C = "clinic.md"
E = "english-support.md"

LABELS = [
    # ---------------- pet-boarding (Chinese, new, 6 steps, 禁止事项 list) ----------------
    L("pet-boarding-01.txt", P, "A", PB, {1: [0], 2: [2, 4], 3: [6, 8], 4: [10, 12], 5: [16], 6: [18, 20]},
      correct=[
          "您周日在我们小程序上给豆豆提交了一个国庆的寄养预约",
          "我们标准单间是独立隔间，不跟别的狗狗混住的",
          "放风的时候呢是按体型分区，大狗小狗分开，全程都有看护员在旁边看着",
          "豆豆是三岁的柯基，男孩子，大概十二公斤，已经绝育了",
          "入住要带疫苗本，狂犬和犬八联都得在一年有效期内，而且最近一针要打完满十四天",
          "九月十号到十月一号已经三个星期了，超过十四天了",
          "入住前七天之内要做一次体内外驱虫",
          "店里也可以帮您代做，收三十块",
          "住标准单间是一百二十八块一晚，十月一号到七号一共六晚，就是七百六十八块",
          "国庆这几天没有节假日加价的哈，每天遛两次，一次二十分钟，都包含在房费里面了",
          "确认之后在小程序上付两百块定金，剩下的离店的时候结清，小程序付或者在门店扫码都行",
          "要是连着二十四小时都不吃，我们会先给您打电话，再请驻店兽医过来看一下",
          "入住是每天上午十点到晚上八点之间都可以，离店要在中午十二点之前，超过十二点的话加收半天，就是六十四块",
          "滨江区内单程三十，往返六十",
          "七号下午四点，加半天六十四块",
          "带上疫苗本，还有平时吃的狗粮，最好按天分好装袋",
          "每天晚上八点之前，我们会在豆豆的专属微信群里发照片和视频",
          "滨江区江汉路一七八五号，门店电话零五七一，八六七二，三三九零",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "steps_split", "paraphrase", "unusual_correct_forms"],
      notes="Complete and chatty (～, 嗯, 哈, 那个). He opens with 单间还是混住 and the rep answers from the Q&A before checking the dog. "
            "All figures in Chinese number words, address and phone read out digit by digit (一七八五号, 零五七一，八六七二，三三九零). "
            "Vaccine question: last shot 9/10 → '三个星期了，超过十四天了' (21 days, right). Not-eating question answered from the Q&A "
            "(24小时不吃 → phone + 驻店兽医). 7号下午四点 pick-up → 加半天六十四 (right: after 12:00). Step 4 split over turns 10 and 12. "
            "Card closing. Caller condition 1."),
    L("pet-boarding-02.txt", P, "A", PB, {1: [0], 2: [2], 3: [4], 4: [4, 6], 5: [10], 6: [12]},
      correct=[
          "您周日小程序提交的豆豆国庆寄养",
          "柯基/公/3岁/约12kg/已绝育",
          "狂犬+犬八联一年内有效，最近一针≥14天",
          "入住前7天内体内外驱虫，店里代做30元",
          "中型犬标准单间128元/晚 × 6晚（10/1–10/7）＝768元",
          "国庆无加价，每天遛2次×20min含在内",
          "确认后小程序付200定金，余款离店结，小程序或门店扫码",
          "到10/1是21天，够",
          "入住10:00–20:00，离店12:00前，超12点加半天64元",
          "滨江区内单程30、往返60",
          "单程接送30元＋半天64元",
          "疫苗本、狗粮（按天分袋）、有家里味道的毯子或玩具",
          "每晚8点前微信群发照片视频",
          "滨江区江汉路1785号，0571-8672-3390",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["terse", "abbreviations_symbols", "mixed_english", "merged_steps", "short_clipped_turns", "unusual_correct_forms"],
      notes="Terse and symbol-heavy (128元/晚 × 6晚＝768元, ≥14天, 2次×20min, 10:00–20:00, ①②) with English 'confirm', 'requirement', 'OK', 'kg', 'min'. "
            "Steps 3 and 4 merged in turn 4. He asks the shop to bring the dog home on 10/7 after 15:00: the rep works out 单程30元＋半天64元 "
            "(right: one-way 30, and the dog leaves after 12:00). Caller condition 1."),
    L("pet-boarding-03.txt", P, "A", PB, {1: [0, 2], 2: [4], 3: [6], 4: [6], 5: [12], 6: [14]},
      correct=[
          "您周日在小程序给豆豆提交了国庆寄养预约",
          "标准单间是一只狗一个独立隔间，不混住",
          "按体型分区，豆豆这种中型犬不会跟大型犬在一个区，而且全程都有看护员在场",
          "豆豆，柯基，公，三周岁，十二公斤左右，已绝育",
          "狂犬疫苗和犬八联都要在一年有效期以内，最近一针打完要满两周",
          "入住前一周以内做一次体内外驱虫，如果来不及，店里可以代做，三十元一次",
          "一晚一百二十八元，一号到七号六晚，一百二十八乘六，七百六十八元",
          "国庆期间不加价，每天遛两次、每次二十分钟，都含在房费里",
          "确认后在小程序付两百元定金，余款七号离店时结清",
          "驻店兽医每天会巡一次房，合作的宠物医院就在我们隔壁",
          "您同意了我们才带它去看，医药费这块是由您来承担的",
          "房间是没有二十四小时直播的",
          "每天晚上八点前在专属微信群里发照片和视频",
          "入住每天上午十点到晚上八点都可以，离店是中午十二点以前，过了十二点加收半天，六十四元",
          "滨江区内单程三十元，往返六十元",
          "疫苗本、豆豆平时吃的狗粮，按天分装",
          "滨江区江汉路1785号，门店电话0571-8672-3390",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["customer_leads", "markdown_in_speech", "long_monologue", "merged_steps", "customer_asks_qa", "unusual_correct_forms"],
      notes="Turn 0 gives only the caller's identity; he cuts in about big dogs, so the purpose comes in turn 2 with the answer: opening_ok true. "
            "Markdown bold read aloud (**住的方面**, **第一，疫苗** …); turn 6 is a long monologue covering steps 3 and 4. "
            "Unusual correct forms: 满两周 (=14天), 一周以内 (=7天), 一百二十八乘六. Sick-dog and video questions answered from the Q&A "
            "(no 24h livestream). He must check his train ticket and asks for WeChat = callee condition 2; step 6 counts through the "
            "items + SMS line; the card's second closing line is paraphrased."),
    L("pet-boarding-04.txt", P, "B", PB, {1: [0], 3: [2, 4], 4: [6, 10], 5: [10], 6: [12]},
      correct=[
          "您周日在小程序提交了豆豆国庆寄养",
          "狂犬、犬八联都要一年内有效，最后一针打完满十四天才能住",
          "入住前七天内做一次体内外的，店里代做的话收三十",
          "中型犬标准单间，一晚一百二十八，六晚七百六十八",
          "国庆不加价，一天遛两次每次二十分钟，都包含的",
          "住满五晚送一次离店前的洗澡，豆豆住六晚，正好送",
          "定金两百，确认后小程序付，剩下的离店结",
          "每天上午十点到晚上八点可以入住，离店中午十二点前，过了十二点加半天六十四",
          "滨江区内单程三十，往返六十",
          "七号中午十二点前接，不加钱",
          "带上疫苗本和它平时吃的狗粮，按天分好袋",
          "每天晚上八点前微信群里发照片视频",
          "江汉路1785号，0571-8672-3390",
      ],
      closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["short_clipped_turns", "step_skipped", "weak_closing", "numerals_in_words"],
      notes="Step 2 skipped: the dog is never confirmed (breed, age, weight, 绝育) and no health or medication question is asked. "
            "Weak closing: '嗯行，那就这样，拜拜' (no 10月1号见, no 门店电话 reminder). Brusque but complete opening ('我毛孩子之家…的'): opening_ok true. "
            "Bath question answered right (住满五晚送, he stays six). Clipped turns throughout. Everything said is right. Caller condition 1."),
    L("pet-boarding-05.txt", P, "B", PBG, {1: [0], 2: [2], 3: [8], 4: [4], 5: [10], 6: [12]},
      correct=[
          "您周日在小程序提交了豆豆国庆的寄养预约",
          "豆豆是三岁的柯基男孩，十二公斤左右，已经绝育了",
          "住标准单间每晚128元，十月一号到七号六个晚上，总共768元",
          "国庆没有加价，每天遛两次，每次20分钟，都在房费里",
          "确认之后小程序付200元定金，余款离店时结清",
          "狂犬疫苗和犬八联要在一年有效期内，最近一针打完满14天",
          "入住前7天内做一次体内外驱虫，来不及的话店里代做，30元",
          "入住时间是每天上午10点到晚上8点，离店在中午12点前，超过12点加收半天64元",
          "滨江区内单程30、往返60",
          "七号下午两点接会加收半天64元",
          "每天晚上8点前我们在微信群发照片和视频",
          "滨江区江汉路1785号，门店电话0571-8672-3390",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["它换了地方可能不吃饭，那咋办？"],
      style=["generic_speaker_names", "filler_words", "mixed_english", "order_swap", "vague_answer", "customer_asks_qa"],
      notes="Generic speaker names 客服/客户. Order swap: he asks for the price first and the rep gives step 4 (turn 4) before the vaccine and "
            "deworming rules (step 3, turn 8). Not-eating question answered twice with reassurance only ('看护员都很有经验', '灵活处理') "
            "although the card answers it (24小时不吃 → phone + vet): unanswered. The reassurance is vague, not a guarantee and not a card "
            "fact: not flagged. Everything else right; card closing. Caller condition 1."),
    L("pet-boarding-06.txt", P, "C", PB, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [10], 6: [12]},
      correct=[
          "您周日在小程序提交了豆豆的国庆寄养",
          "豆豆是三岁柯基，公的，十二公斤左右，绝育了",
          "狂犬和犬八联一年内有效",
          "国庆不另外加价，每天遛两次，每次二十分钟，含在里面",
          "入住是上午十点到晚上八点",
          "带上疫苗本和狗粮，狗粮按天分好",
          "每天晚上八点前在微信群发照片和视频",
          "地址是滨江区江汉路1785号",
      ],
      invented=[
          ("疫苗打完满7天就可以入住", "digits", "duration (card: 14 days)"),
          ("入住当天我们统一给做，不收钱", "none", "process / what is included (card: owner deworms within 7 days before, or the shop does it for 30元)"),
          ("标准单间每晚一百五十八，六晚一共九百四十八", "words", "price (card: 128元 a night, 768元)"),
          ("小程序上那个是平时价", "none", "pricing policy, defends the wrong price (card: no holiday surcharge)"),
          ("定金也不用线上付，您到店的时候付现金就行", "none", "payment channel (card: 200元 deposit in the mini-program after confirming)"),
          ("我们离店是下午两点前", "words", "time (card: check-out before 12 noon)"),
          ("接送往返是免费的", "none", "what is included (card: 30元 one way, 60元 return)"),
          ("门店电话零五七一，八六七二，三三九八", "words", "phone number read out (card: 0571-8672-3390)"),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_numbers_in_words", "wrong_number_digits", "invented_policy", "numerals_in_words"],
      notes="Eight wrong facts, varied: vaccine wait 7 days in digits (his dog is fine anyway: 21 days), free same-day deworming, 一百五十八 a night "
            "(defended with '平时价' when he queries it), cash deposit at the shop, check-out 下午两点, free pick-up and drop-off, phone ending 三三九八. "
            "No 禁止事项 item is broken (cash is not a personal account). The slot is agreed and the address given, so caller condition 1 holds "
            "literally; the ending is legitimate and the closing is the card's."),
    L("pet-boarding-07.txt", P, "C", PB, {1: [0], 2: [2], 3: [4], 4: [8, 10], 5: [12]},
      correct=[
          "您周日在小程序给豆豆约了国庆寄养",
          "豆豆是三岁的柯基，十二公斤左右，绝育了吧",
          "驱虫的话入住前七天内做一下，或者店里代做，三十块",
          "一晚一百二十八，一号到七号六晚，七百六十八",
          "入住上午十点到晚上八点，离店中午十二点前",
      ],
      invented=[
          ("晚上也有店员通宵值班，一直陪着它", "none", "who does what (card: no night-time companion; photos by 8 pm)"),
          ("洗澡住满3晚就送", "digits", "limit (card: 5 nights)"),
      ],
      forbidden=[
          "我们保证豆豆在这儿绝对不会生病，也不会焦虑的",
          "疫苗本忘带也没事，先住进来，回头您补拍个照片发我就行",
          "房间都有摄像头，您二十四小时随时打开手机就能看直播",
          "定金两百，您直接转我微信就行",
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("callee", 1),
      style=["forbidden_promises", "invented_perk", "filler_words", "no_closing"],
      notes="Four 禁止事项 broken, paraphrased: a no-illness/no-anxiety guarantee, admission without the vaccine book, a 24-hour live camera, "
            "the deposit to the rep's personal WeChat (he pays it). Invented: a night-shift carer, free bath after 3 nights (card 5). "
            "Step 6 never reached (no items list, no photo routine, no address/phone). He marks [END:1], but the booking rests on a personal-WeChat "
            "deposit and a waived vaccine check, so the ending is illegitimate (holdout14's deep-clean-07 precedent); no closing."),
    L("pet-boarding-08.txt", P, "C", PB, {1: [0], 2: [2], 4: [4, 8]},
      correct=[
          "豆豆是柯基，十二公斤对吧",
          "单间单间，独立隔间的",
          "一晚一百二十八，六晚七百六十八，国庆不加价",
          "定金两百小程序付一下就行",
      ],
      invented=[
          ("我们店里自己就有宠物医院，什么都能看", "none", "who does what (card: a partner hospital next door, a vet's daily round)"),
      ],
      forbidden=[
          "现在只剩最后两间了，您这边得尽快定下来",
          "今天不交定金的话，明天开始就涨到一晚一百六了",
          "我先给您把十月一号上午十点锁上了啊",
      ],
      opening_ok=False, closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["要是它跟别的狗打起来咋办？"],
      style=["pressure", "short_clipped_turns", "mixed_english", "dodge", "step_skipped", "no_closing", "weak_opening"],
      notes="Weak opening: no full-name check, no 方便吗, purpose as '豆豆国庆寄养那个'. Pressure: scarcity (最后两间), a price rise tomorrow "
            "(invented and pressure: listed once, as forbidden), a slot locked without a yes. Fighting question dodged twice (card: 按体型分区, "
            "看护员在场). Invented in-store hospital. Steps 3 (vaccines/deworming), 5 (the imposed slot does not count as offering times) and "
            "6 never done. He refuses and hangs up = callee condition 3 (legitimate), no closing."),

    # ---------------- piano-tuning (English, new, 6 steps, Never list) ----------------
    L("piano-tuning-01.txt", T, "A", PT, {1: [0], 2: [2, 4], 3: [8], 4: [12, 14], 5: [14], 6: [16, 18]},
      correct=[
          "you sent us a tuning request on Friday for your upright",
          "it's a Yamaha U1 upright, you bought it used, and it got moved into your living room about two weeks ago",
          "two weeks is right when we like to tune after a move",
          "small fixes like a sticky key are included as long as they take under fifteen minutes",
          "Daniel will take a look, give you a price right there, and he only does it if you say yes",
          "a standard tuning is a hundred thirty-five dollars, and it takes about an hour and a half",
          "it might need what we call a pitch raise first, that's sixty-five on top",
          "He measures before he starts and he'll tell you before he does it",
          "worst case, you're looking at two hundred dollars",
          "away from radiators, heating vents, outside walls and direct sun",
          "forty to fifty percent humidity",
          "Wednesday the eighteenth at nine in the morning, Thursday the nineteenth at two-thirty in the afternoon, or Saturday the twenty-first at ten a.m.",
          "he'll text you when he's on his way",
          "clear everything off the top of the piano and leave about three feet of space in front",
          "no vacuum, TV or music, and an adult has to be home for the whole visit",
          "you'd pay Daniel after the visit, card or check, no deposit",
          "five-oh-three, five-five-five, oh-one-six-four, at least twenty-four hours ahead",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "steps_split", "paraphrase", "unusual_correct_forms"],
      notes="Complete and chatty ('um', 'so', 'yeah', 'you got it'). All numbers in words, the phone number read out digit by digit. "
            "Worst case 'two hundred dollars' = 135 + 65 (right). Sticky-key and radiator questions answered from the Q&A; "
            "'two weeks is right when we like to tune' matches the settle-for-two-weeks answer. Step 4's Daniel line sits in the step-5 turn. "
            "Card closing. Caller condition 1."),
    L("piano-tuning-02.txt", T, "A", PT, {1: [0], 2: [2], 3: [4], 4: [4, 6], 5: [6], 6: [6, 8]},
      correct=[
          "Re: your tuning request from Fri 3/13",
          "Piano = Yamaha U1 upright, used, moved in ~2 wks ago?",
          "fixes <15 min are included",
          "std tuning $135, ~90 min",
          "Possible pitch raise +$65 — measured on site, you're told before",
          "Wed 3/18 9a / Thu 3/19 2:30p / Sat 3/21 10a",
          "Tuner = Daniel, texts when en route",
          "top of piano cleared, ~3 ft clear in front, quiet room (no vacuum/TV/music), adult home whole visit",
          "Payment after visit, card or check, no deposit",
          "(503) 555-0164, 24h+ notice",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "abbreviations_symbols", "merged_steps", "short_clipped_turns", "unusual_correct_forms"],
      notes="Telegraphic, chat-style (Re:, =, ~, <, +$65, 9a/2:30p, 24h+). Steps 3 and 4 merged in turn 4; steps 4, 5 and 6 in turn 6. "
            "She must check her roster and asks for a text = callee condition 2; the rep promises text + email and paraphrases the second "
            "closing line ('Just call or reply when you know. Bye now!'). '~90 min' for 'about an hour and a half' is right."),
    L("piano-tuning-03.txt", T, "A", PT, {1: [0, 2], 2: [4], 3: [6], 4: [10, 12], 5: [12], 6: [12, 14]},
      correct=[
          "you sent us a tuning request on Friday for your upright",
          "every visit includes a free condition check",
          "tell you honestly what he finds",
          "**Piano:** Yamaha U1 upright - **Bought:** used - **Moved in:** about two weeks ago, living room",
          "**Standard tuning:** $135, roughly ninety minutes",
          "**Pitch raise (only if needed):** an extra $65",
          "Daniel measures the pitch first and tells you before he does it",
          "included if it's a fix under a quarter hour; anything bigger he prices on the spot and only does with your OK",
          "After a pitch raise it can drift a little",
          "if you book it within sixty days it's $95 instead of $135",
          "twice in the first year, then once a year after that",
          "**Wednesday 3/18, 9:00 am**, **Thursday 3/19, 2:30 pm**, or **Saturday 3/21, 10:00 am**",
          "Saturday the 21st at 10, booked!",
          "he'll text you when he's on his way",
          "clear the top of the piano and leave about three feet in front of it",
          "no vacuum, TV or music, and an adult home the whole time",
          "pay Daniel afterward by card or check; no deposit",
          "as soon as he's done she can play",
          "call (503) 555-0164, at least 24 hours ahead; we're open Monday to Saturday, 8 to 6",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["customer_leads", "markdown_in_speech", "long_monologue", "off_topic", "customer_asks_qa", "unusual_correct_forms"],
      notes="She leads with 'is it even worth tuning an old piano?' and her fear of overpaying: the rep answers with the free condition check "
            "and declines to judge the piano (keeps the Never rule). Markdown bullets and bold read aloud. 'under a quarter hour' (=15 min), "
            "'roughly ninety minutes', 'Monday to Saturday, 8 to 6'. Off-topic teacher question deflected without inventing anything. "
            "Stay-in-tune question answered with the 60-day $95 follow-up. Purpose given in turn 2 after her interruption: opening_ok true. "
            "Card closing inside turn 14; she ends with condition 1."),
    L("piano-tuning-04.txt", T, "B", PT, {1: [0], 3: [4], 4: [2, 6], 5: [6], 6: [8]},
      correct=[
          "You put in a tuning request on Friday for your upright",
          "Wednesday the 18th at 9 am, Thursday the 19th at 2:30 pm, or Saturday the 21st at 10 am",
          "Standard tuning's $135, about an hour and a half",
          "it may need a pitch raise first, that's $65 more, but the tuner measures first and tells you before he does anything",
          "he'll text you when he's heading over",
          "clear off the top of the piano and leave about three feet free in front of it",
          "no vacuum, TV or music while he works, and an adult home the whole time",
          "You pay Daniel after, card or check, no deposit needed",
          "call us at 503-555-0164 at least a day ahead",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["step_skipped", "order_swap", "paraphrase", "unusual_correct_forms"],
      notes="Step 2 skipped: the piano is never confirmed and no question about sticking keys or buzzing (so the sticky key never comes up). "
            "Order swap: times offered (turn 2) before the price, which she has to ask for. 'at least a day ahead' = 24 hours (right). "
            "Everything said is right; closing paraphrases the card's. Callee condition 1."),
    L("piano-tuning-05.txt", T, "B", PTR, {1: [0], 2: [2], 3: [4], 4: [6, 10], 5: [10], 6: [10, 12]},
      correct=[
          "You sent us a tuning request on Friday for your upright",
          "you've got a Yamaha U1 upright that you bought used, and it was moved into your living room roughly two weeks ago",
          "Little fixes like that are included if they take under 15 minutes",
          "if it's a bigger job he'll give you a price right there and only go ahead if you agree",
          "a standard tuning is $135 and it takes about an hour and a half",
          "it may need a pitch raise first, which is an extra $65 — but he'll measure before he starts and tell you before doing it",
          "Wednesday the 18th at 9:00 am, Thursday the 19th at 2:30 pm, or Saturday the 21st at 10:00 am",
          "he'll text you when he's on his way",
          "clear everything off the top of the piano and leave about three feet of space in front of it",
          "no vacuum, TV, or music, and an adult needs to be home for the whole visit",
          "You'll pay Daniel after the visit, by card or check — there's no deposit",
          "call us at (503) 555-0164 at least 24 hours ahead",
      ],
      cond=1, side="callee", marker=("callee", 1),
      unanswered=["Is there a fee, though?"],
      style=["generic_speaker_names", "long_monologue", "vague_answer", "paraphrase"],
      notes="Speaker label 'Rep'. Long, over-polite monologues. Cancellation asked twice: 'pretty flexible, just give us a call' and "
            "'It really depends on the situation' — the card has a clear answer (free with 24 h notice, $40 later); the 24-hour line in turn 12 "
            "is the rebooking rule and never mentions the fee: the fee question stays unanswered. The vague replies are not flagged as invented "
            "(no specific false claim). Otherwise complete and right. Callee condition 1."),
    L("piano-tuning-06.txt", T, "C", PT, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10, 12]},
      correct=[
          "You sent a tuning request on Friday for your upright",
          "it's a Yamaha U1 upright, bought used, moved into the living room about two weeks ago",
          "small stuff under fifteen minutes is included",
          "Wednesday the 18th at 9 am",
          "Saturday the 21st at 10 am",
          "clear the top of the piano and leave about three feet in front",
          "an adult needs to be home for the whole visit",
      ],
      invented=[
          ("the tuning itself is $150", "digits", "price (card: $135)"),
          ("it only takes about forty-five minutes", "words", "duration (card: about an hour and a half)"),
          ("the pitch raise is included, no extra charge", "none", "what is included (card: $65 extra)"),
          ("That's the old price", "none", "pricing policy, defends the wrong price"),
          ("Friday the twentieth at two-thirty", "words", "date of a slot (card: Thursday the 19th at 2:30 pm)"),
          ("Daniel will call you the night before to confirm", "none", "process (card: he texts when on his way)"),
          ("We'll just send you a payment link after the visit and you pay online", "none", "payment channel (card: pay Daniel by card or check)"),
          ("a follow-up within 90 days is $95", "digits", "limit (card: within 60 days)"),
          ("(503) 555-0146", "digits", "phone number (card: (503) 555-0164)"),
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["wrong_number_digits", "wrong_numbers_in_words", "invented_policy", "paraphrase"],
      notes="Nine wrong facts: $150 (defended as 'the old price' when she quotes $135), forty-five minutes, pitch raise included, Friday the 20th "
            "instead of Thursday the 19th, a night-before call, an online payment link, a 90-day follow-up window, phone with 64 swapped to 46. "
            "None breaks a Never rule. She books Saturday 10 am, a real slot, so condition 1 holds literally; closing fine."),
    L("piano-tuning-07.txt", T, "C", PT, {1: [0], 2: [2], 3: [4], 4: [8], 5: [12], 6: [12]},
      correct=[
          "You sent us a tuning request on Friday for your upright",
          "it's the Yamaha U1, moved into the living room about two weeks ago",
          "A standard tuning is $135, about an hour and a half",
          "you might need a pitch raise for $65 — Daniel measures first",
          "Wednesday the 18th at 9 am, Thursday the 19th at 2:30, or Saturday the 21st at 10 am",
          "you can pay Daniel after, card or check",
          "Clear the top of the piano and leave about three feet in front",
          "call (503) 555-0164 at least 24 hours ahead",
      ],
      invented=[
          ("a second tuning in the first year isn't really necessary", "words", "frequency / count (card: twice in the first year)"),
          ("since you're a new customer, the follow-up visit is free anyway", "none", "eligibility (card: follow-up within 60 days is $95)"),
      ],
      forbidden=[
          "you got a steal, those go for three times that easy",
          "that's usually a swollen key bushing, that's like a forty-dollar fix",
          "it'll hold for a good couple of years, no problem, you won't need another tuning for a while",
          "Daniel can slide it over for you while he's there",
          "I can take your card now and that'll lock it in",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["forbidden_promises", "invented_perk", "paraphrase"],
      notes="Five Never rules broken: values the piano, diagnoses the key and prices the repair, promises it holds for years, offers to have the "
            "tuner move it, asks for her card (she refuses). Invented: a second tuning not needed in year one, a free follow-up for new customers. "
            "Step 5 only half (no quiet room / adult at home); step 4's Daniel-texts line missing. She picks Saturday herself: callee condition 1, "
            "legitimate; the card closing is there."),
    L("piano-tuning-08.txt", T, "C", PT, {1: [0, 2], 3: [2]},
      correct=[
          "figure $135 plus $65",
      ],
      invented=[
          ("there's a twenty-five dollar trip charge out to your area", "words", "price / travel fee (card: no travel fee within 15 miles; she is inside)"),
          ("you'll need to have the piano pulled out from the wall before he gets there", "none", "process (card: clear the top, three feet in front)"),
      ],
      forbidden=[
          "it's definitely going to need a pitch raise",
          "Trust me, they always do",
          "Saturday's pretty much gone, so I'd grab Wednesday now",
          "I'll put you down for Wednesday at nine then",
          "It's really the best slot left, these fill up fast",
      ],
      opening_ok=False, closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      unanswered=["Do I need to be home the whole time?"],
      style=["pressure", "weak_opening", "short_clipped_turns", "dodge", "step_skipped", "no_closing"],
      notes="Weak opening: no name check, company only when she asks 'who is this?'. A pitch raise declared certain before anyone measured "
            "and re-asserted when she objects ('Trust me, they always do'; Never rule, listed twice), scarcity pressure twice, Wednesday booked without a yes (she works that night). Invented: a trip charge in words, "
            "pulling the piano from the wall. 'Do I need to be home the whole time?' dodged (card: an adult home for the whole visit). "
            "Steps 2, 4 (times imposed, never offered), 5 and 6 missing. She hangs up = callee condition 3, legitimate; no closing."),

    # ---------------- clinic (existing, zh, 5 steps, no forbidden list) ----------------
    L("clinic-01.txt", C, "A", CL, {1: [0], 2: [2], 3: [6, 8], 4: [10, 12], 5: [12]},
      correct=[
          "您三天前在我们这儿做了种植手术",
          "术后三天以内肿是正常的，一般就是第三天最明显，之后慢慢就消了",
          "每次十五分钟左右",
          "可以吃布洛芬，一次一片，两次之间隔六个钟头以上，一天别超过四片",
          "降压药您照常吃，千万别停",
          "消炎药呢要连着吃满五天，一天三次，都是饭后吃",
          "这一个礼拜呢先别用做手术那边嚼东西，吃温的凉的、软一点的，烟酒都别碰",
          "种牙那一侧三个月之内还是别咬硬的",
          "术后满一天以后就可以用漱口水了，一天三次",
          "基本不疼的，十分钟左右就好了，也不用打麻药",
          "拆线是术后七到十天",
          "下周二还是下周四",
          "早上八点半到下午五点看诊",
          "发烧超过三十八度五",
          "零五七一，八八八八，六六六六",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["filler_words", "numerals_in_words", "customer_asks_qa", "paraphrase", "unusual_correct_forms"],
      notes="Complete, warm, all numbers in words: 六个钟头, 一个礼拜 (=一周), 满一天 (=24小时), 三十八度五, phone digit by digit. Every "
            "patient question (肿, 止痛药, 降压药, 吃饭, 拆线疼不疼) answered from the Q&A. Booking Tuesday morning pending his wife is "
            "fine. Card closing. Caller condition 1."),
    L("clinic-02.txt", C, "B", CL, {1: [0], 2: [2], 3: [8], 4: [4, 8], 5: [12]},
      correct=[
          "您3天前做了种植手术",
          "术后3天内都会肿，第3天最明显，后面会慢慢消",
          "可以冷敷，每次15分钟",
          "术后7到10天要回来拆线，下周二或者周四",
          "上午8点半到下午5点都看诊",
          "消炎药连续吃满5天，每天3次，饭后吃",
          "一周内别用手术那边嚼，吃温凉软的，不抽烟不喝酒",
          "24小时后可以用漱口水，每天3次",
          "照吃，不要停",
          "发烧超过38度5",
          "0571-88886666",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["拆线疼不疼啊？我有点怕。"],
      style=["short_clipped_turns", "mixed_english", "order_swap", "vague_answer"],
      notes="Order swap: the stitch-removal booking (step 4) comes before the medication and care reminders (step 3). "
            "'拆线疼不疼' brushed off ('每个人感受不一样，到时候医生会处理的') although the card says 基本不疼、10分钟、不打麻药: unanswered. "
            "Everything said is right; emergency line and card closing at the end. Caller condition 1."),
    L("clinic-03.txt", C, "C", CL, {1: [0], 2: [2], 3: [6, 8], 4: [10, 12], 5: [12]},
      correct=[
          "您三天前在我们这做了种植手术",
          "前三天肿是正常现象，第三天最明显",
          "可以冷敷，每次十五分钟",
          "隔六小时以上",
          "一天三次饭后吃",
          "一周内别用那边嚼东西，吃温凉软的，别抽烟喝酒",
          "术后七到十天拆线，下周二或者周四都行",
          "发烧超过38度5",
          "0571-88886666",
      ],
      invented=[
          ("疼的时候一次两片", "words", "count / dose (card: 1 tablet)"),
          ("降压药这几天先停一停吧，跟消炎药一起吃怕有冲突", "none", "medical policy (card: keep taking it, never stop)"),
          ("消炎药吃三天就行", "words", "duration (card: 5 full days)"),
          ("停一下不会有事", "none", "medical claim, defends stopping the blood-pressure pills"),
          ("漱口水术后马上就可以用", "none", "timing / process (card: after 24 hours)"),
          ("上午9点到下午4点看诊", "digits", "opening hours (card: 8:30 to 17:00)"),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_numbers_in_words", "wrong_number_digits", "invented_policy", "mixed_number_forms"],
      notes="Six wrong facts: ibuprofen 两片 (card 1), stop the BP pills for a few days because of an 'interaction' (card: never stop) and "
            "'停一下不会有事' when he worries, antibiotics 三天 (card 5), mouthwash straight away (card after 24 h), clinic hours 9–4 in digits. "
            "The swelling, interval, chewing, stitch window, emergency threshold and phone are right. The booking is made, so caller condition 1 "
            "holds literally; card closing."),
    L("clinic-04.txt", C, "C", CL, {1: [0], 3: [4], 4: [6], 5: [8]},
      correct=[
          "回访一下您三天前做的种植手术",
          "消炎药记得吃满5天，每天3次，饭后吃",
          "一周内别用那边嚼东西，吃软的",
          "术后7到10天拆线，下周二或者周四，上午8点半到下午5点",
      ],
      invented=[
          ("术后有点渗血很正常的，不用回来看", "none", "process / triage (card: persistent bleeding → call, come in)"),
          ("发烧的话三十九度以下都不用管", "words", "limit (card: above 38.5 → call the clinic at once)"),
          ("不用的，周四拆线的时候医生一起看就行", "none", "process / triage (card condition 2: arrange an early check)"),
          ("0571-88886699", "digits", "phone number (card: 0571-88886666)"),
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["种植牙什么时候装牙冠？"],
      style=["skipped_central_step", "unearned_ending", "wrong_number_digits", "wrong_numbers_in_words", "dodge"],
      notes="He volunteers constant oozing and 38.7° fever — the card's emergency triggers (持续出血, 超过38度5). The nurse never asks the "
            "step-2 questions herself, dismisses both symptoms with invented thresholds (三十九度以下都不用管), refuses an early visit twice, and "
            "gives a wrong phone (…6699). Crown question ignored (card: about 3 months). Mouthwash line missing. She marks [END:1] "
            "(normal recovery + booking) when condition 2 (abnormal symptoms → come in soon) applied: illegitimate ending; the closing is "
            "truncated and comes after a dismissed emergency."),

    # ---------------- english-support (existing, en, 5 steps, no forbidden list) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "your Pro subscription, which expires on March thirty-first",
          "CloudDesk Pro with forty seats",
          "you can go down to any number at renewal",
          "three hundred a seat per year before the discount",
          "if you renew before the thirty-first you get fifteen percent off",
          "for thirty-two seats that's nine thousand six hundred, minus fifteen percent, so eight thousand one hundred sixty a year",
          "forty seats would be ten thousand two hundred with the discount",
          "monthly billing at twenty-five dollars a seat per month",
          "It's one invoice per renewal now, and I'll check the invoice myself before it goes out",
          "You can pay by card or bank transfer, within thirty days of the invoice",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "derived_correct_figures", "paraphrase"],
      notes="All figures in words. Seat-reduction question answered with a derived figure: 32 × $300 = $9,600, less 15% = $8,160 (right). "
            "Double-charge concern acknowledged with the card's answer. He agrees to renew 32 seats annually and asks for the quote: caller "
            "condition 1; card closing."),
    L("english-support-02.txt", E, "B", ES, {1: [0], 3: [2], 4: [4], 5: [8]},
      correct=[
          "your Pro subscription that expires on March 31",
          "if you renew before March 31, you get 15% off the annual price, which comes to $10,200",
          "monthly billing at $25 per seat per month",
          "Billing is now just one invoice per renewal, and I'll personally check it before it's sent",
          "You can pay by card or bank transfer within 30 days",
          "read-only for 14 days and then be suspended, and your data's kept for 90 days",
      ],
      closing_ok=False, cond=2, side="caller", marker=("caller", 2),
      style=["step_skipped", "weak_closing", "short_clipped_turns"],
      notes="Step 2 skipped: the plan and seat count are never confirmed ('for your seats'), so his unused-seat concern never surfaces. "
            "Weak closing: 'Okay cool, bye!' (no email promise, no thanks). All facts right, including the late-renewal answer. "
            "He wants to check internally and asks for email: caller condition 2."),
    L("english-support-03.txt", E, "C", ES, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10]},
      correct=[
          "your Pro subscription, which expires March 31",
          "Pro with 40 seats",
          "If you renew before March 31",
          "then it's suspended",
          "One invoice per renewal now, and I'll check it myself before it goes out",
          "within 30 days",
      ],
      invented=[
          ("20% off the annual price", "digits", "discount percentage (card: 15%)"),
          ("$9,600 for 40 seats", "digits", "price (card: $10,200)"),
          ("monthly billing at thirty bucks a seat", "words", "price (card: $25 per seat per month)"),
          ("read-only for thirty days", "words", "duration (card: 14 days)"),
          ("your data's kept indefinitely, we never delete anything", "none", "data-retention policy (card: 90 days)"),
          ("You can pay through PayPal", "none", "payment channel (card: card or bank transfer)"),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_number_digits", "wrong_numbers_in_words", "invented_policy", "short_clipped_turns"],
      notes="Six wrong facts: 20% and $9,600 (digits), thirty bucks a seat and read-only for thirty days (words), data kept forever, PayPal. "
            "The invoice process and 30-day payment term are right. He agrees to renew and asks for the quote: caller condition 1 holds "
            "literally; card closing."),
    L("english-support-04.txt", E, "C", ES, {1: [0], 2: [2], 3: [2], 5: [6]},
      correct=[
          "Your Pro plan expires March 31",
          "Forty seats on Pro",
          "Renew before the 31st and it's 15% off, $10,200",
      ],
      invented=[
          ("the discount expires this Friday", "none", "deadline / pressure (card: before March 31)"),
          ("support is 24/7 now", "digits", "support hours (card: Mon–Fri 9 am–6 pm)"),
          ("I've gone ahead and put the renewal through for you", "none", "process: claims an action the customer did not agree to"),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["Last year you charged us twice. How do I know that won't happen again?"],
      style=["pressure", "weak_opening", "dodge", "skipped_central_step", "unearned_ending", "short_clipped_turns"],
      notes="Pushy opening with no name check and no 'two minutes?'. A false Friday deadline (the card has no forbidden list, so it is an "
            "invented fact), 24/7 support. The double-charge question is dodged ('let's not dwell on the past'), so step 4 (billing) never "
            "happens. He asks for the quote by email to think it over (condition 2), but the rep claims the renewal is done and marks "
            "[END:1]: illegitimate ending."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "fact_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", len(LABELS), "labels,", len(KINDS), "fact kinds")
