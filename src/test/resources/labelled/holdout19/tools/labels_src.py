#!/usr/bin/env python3
"""Label source for holdout19. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout19"

FS = {"林晓峰": "caller", "王海燕": "callee"}
FSG = {"顾问": "caller", "车主": "callee"}
HA = {"Priya Nair": "caller", "Greg Hollis": "callee"}
HAS = {"Priya": "caller", "Greg": "callee"}
HAG = {"Agent": "caller", "Customer": "callee"}
CL = {"陈静": "caller", "赵建国": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}

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


F = "first-service.md"
H = "home-alarm.md"
C = "clinic.md"
I = "installment.md"

LABELS = [
    # ---------------- first-service (Chinese, new, 6 steps) ----------------
    L("first-service-01.txt", F, "A", FS, {1: [0], 2: [2, 4], 3: [6], 4: [12], 5: [14], 6: [16]},
      correct=[
          "我是鸿达汽车番禺4S店售后的服务顾问，我姓林，林晓峰",
          "您那台远航S5的首保快到时间了",
          "车牌粤A·3K8N6，四月十八号在我们这提的车",
          "App上显示现在大概跑了四千三百公里左右",
          "首保呢是提车六个月以内，或者五千公里以内，哪个先到算哪个，您这个最晚就是十月十八号",
          "首保呢就是机油、机油滤芯加上工时费，全部免费，机油是原厂的零W二十全合成，一共四升",
          "给您做三十八项安全检查",
          "做完再送您洗一次车",
          "整个下来呢差不多一个半小时，洗车也算在里面了",
          "空调滤芯，我们是建议换一下的，一百二十八块，但这个完全是自愿的哈",
          "做好了我们打电话通知您，当天晚上六点前来取就行",
          "只要您按保养手册上的时间和公里数去做，记录跟发票都留好，在哪里保养都不影响您三年或者十万公里的整车质保",
          "首保这次免费的，只有在品牌授权店才能享受",
          "九月二十六号周六上午九点半，九月二十七号周日下午两点，还有九月二十九号周二上午十点",
          "免费的上门取送车，十五公里以内都行，提前一天约就好",
          "带上行驶证跟车钥匙就行，保养手册App里有电子版，纸的不用带",
          "地址是番禺区迎宾路三百八十八号",
          "迟到超过半个小时的话就得重新给您排时间了",
          "给您约在九月二十七号周日下午两点，到店保养",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "long_turns"],
      notes="Complete and chatty (哈, 嗯嗯, 好嘞). Numbers in Chinese words: 四千三百, 五千公里, 十月十八号, 零W二十 (=0W-20), 三十八项, 一个半小时, "
            "一百二十八, 三百八十八号, 半个小时 (=30 min). She says 4600+ km; the rep's 'the km limit may come first, do it within a week or two' is "
            "an inference, not labelled. Q&A answered: leave the car (notified, pick up by 18:00), outside servicing and the warranty (the card's answer). "
            "Step 2 spans turns 2 (plate, date, mileage) and 4 (6 months / 5000 km / 10-18). Sunday 14:00 in person, caller condition 1."),
    L("first-service-02.txt", F, "A", FS, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10], 6: [14]},
      correct=[
          "鸿达汽车番禺4S店服务顾问林晓峰",
          "车牌粤A·3K8N6，4/18提车，App里程≈4300km（9/18同步）",
          "首保 = 6个月 or 5000km，先到为准，Deadline 10/18",
          "超期/超里程 → 首保免费资格作废，按正常价458元收；整车质保不受影响",
          "免费：机油（原厂0W-20全合成×4L）+ 机滤 + 工时 + 38项检查 + 洗车1次",
          "时长≈1.5h（含洗车）",
          "空调滤芯128元，自愿，不换OK",
          "免费上门取送车：15km内，提前1天约",
          "9/26（六）9:30｜9/27（日）14:00｜9/29（二）10:00",
          "行驶证 + 车钥匙交给取车师傅就行；保养手册App有电子版，不用纸质",
          "店址：番禺区迎宾路388号",
          "二保：之后每1万km或12个月（先到为准），机油+机滤+工时 = 520元",
          "9/29（周二）10:00，上门取送车",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "mixed_english", "customer_asks_qa", "unusual_correct_forms"],
      notes="Terse, symbols and mixed English (OK, Deadline, or, ≈, →, ×4L, ｜, 1.5h). She has 4600+ km and asks what happens over 5000: the rep gives "
            "the card's 458元 / warranty unaffected answer; '您还剩不到400km' is derived (5000-4600+), correct. Pickup service chosen for Tue 9/29 10:00 "
            "(she lives in 市桥, inside 15 km per the card). Second service 520元 from the Q&A. Step 5 here is the documents line + address (the late rule "
            "does not apply to a pickup). The rep confirms and says the first closing line; she ends on callee condition 1."),
    L("first-service-03.txt", F, "A", FS, {1: [0], 2: [2], 3: [2], 4: [8], 5: [10], 6: [14]},
      correct=[
          "我是鸿达汽车番禺4S店的服务顾问林晓峰",
          "车牌粤A·3K8N6，4月18日提车，App显示里程约4300公里",
          "提车后6个月内或5000公里内，以先到为准，最晚10月18日",
          "机油（原厂0W-20全合成，4升）、机油滤芯、工时费：**全免**",
          "38项安全检查：免费",
          "洗车一次：免费",
          "空调滤芯：128元，**建议但自愿**",
          "约1个半小时，含洗车",
          "**首保不用付任何钱，也不用交押金**",
          "只有您自己选择加的项目，比如空调滤芯，才收费，而且是做完以后在店里结算",
          "检查发现问题，我们会**先跟您报价说明**，您同意了才做",
          "首保这边**不提供代步车**",
          "车放下您先走，做好了我们打电话通知，当天18点前来取",
          "用**免费上门取送车**，15公里内，提前一天预约就行",
          "9月26日（周六）上午9:30；- 9月27日（周日）下午2:00；- 9月29日（周二）上午10:00",
          "- 行驶证；- 车钥匙。保养手册App里有电子版，不用带纸质的",
          "番禺区迎宾路388号",
          "迟到超过30分钟需要重新安排时间",
          "售后每天8:30到18:00，周末照常营业",
          "售后电话020-3482-6610",
          "9月27日（周日）下午2点，到店首保",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["markdown_in_speech", "long_monologue", "merged_steps", "customer_asks_qa", "customer_suspicious"],
      notes="Markdown read aloud (**, 一、二、, list dashes, 1）2）). Steps 2+3 merged in one monologue (turn 2). Q&A answered from the card: no payment "
            "or deposit, problems found are quoted first, no courtesy car (two alternatives offered), opening hours and phone. Sunday 14:00, she leaves "
            "the car. Caller condition 1 with the first closing line."),
    L("first-service-04.txt", F, "B", FS, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=[
          "我是鸿达汽车番禺4S店的服务顾问林晓峰，您的远航S5首保快到时间了",
          "首保机油、机滤和工时费都不收钱，用的是原厂全合成机油，还有38项安全检查，做完送您洗一次车",
          "空调滤芯的话我们建议换一下，128元，您自己决定，不换也没关系",
          "9月26号周六上午9点半、27号周日下午2点、29号周二上午10点",
          "免费上门取送车，15公里以内，要提前一天约",
          "带上行驶证和车钥匙，保养手册App里有电子版就不用带了",
          "地址是番禺区迎宾路388号，迟到超过30分钟要重新排哦",
          "给您约在9月27号周日下午2点，到店保养",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["要弄多久？我不想在那干等。"],
      style=["step_skipped", "vague_answer", "plain"],
      notes="Step 2 skipped: plate, pick-up date, mileage and the 6-month/5000 km deadline are never checked. Duration asked twice and dodged "
            "('很快的', '看当天情况吧，一般不会太久的') although the card says about an hour and a half: unanswered, not invented (no concrete claim). "
            "Leaving the car is never offered. Everything stated is right. Sunday 14:00, caller condition 1."),
    L("first-service-05.txt", F, "B", FSG, {1: [0, 2], 2: [6], 3: [4], 4: [2, 8], 5: [8]},
      correct=[
          "鸿达汽车番禺4S店的，我是服务顾问林晓峰",
          "您4月在我们这提的远航S5嘛，首保快到时间了",
          "9月26号周六上午9点半，27号周日下午2点，29号周二上午10点",
          "机油、机油滤芯、工时费全免，原厂0W-20全合成机油4升，再加38项检查，送一次洗车，大概一个半小时，洗车也包括在里面",
          "换是128元，自愿的",
          "粤A·3K8N6，4月18号提的车",
          "App上里程4300公里左右，首保是6个月内或5000公里内，先到为准，最晚10月18号",
          "免费的上门取送车，15公里内，提前一天约就行",
          "到店的话带行驶证和车钥匙，地址番禺区迎宾路388号",
      ],
      cond=2, side="callee", marker=("callee", 2),
      opening_ok=False,
      style=["generic_speaker_names", "clumsy_opening", "order_swap", "plain"],
      notes="Speakers 顾问/车主. Clumsy opening: '喂，王女士吗？那个首保的事跟您说一下哈' with no name or shop; she asks who it is and the rep then "
            "introduces himself (step 1 spans turns 0 and 2). Order swap: the slots come before the contents and the vehicle check; she pushes back. "
            "She wants to check her shifts: slots re-offered with the pickup option, the rep uses the second closing line; callee condition 2. "
            "Step 6 does not apply (nothing booked). The 30-minute late rule is not mentioned (minor)."),
    L("first-service-06.txt", F, "C", FS, {1: [0], 2: [2], 3: [4], 4: [8], 5: [12], 6: [14]},
      correct=[
          "车牌粤A·3K8N6，4月18号提的车，App上显示四千三百公里左右",
          "38项检查",
          "自愿的",
          "只要按手册时间里程做、记录发票留好，在哪保养都不影响整车质保，就是首保免费要在授权店做",
          "9月26号周六上午9点半、27号周日下午2点、29号周二上午10点都可以",
          "带行驶证、车钥匙",
          "地址番禺区迎宾路388号",
          "给您约在9月27号周日下午2点，到店保养",
      ],
      invented=[
          ("跑满一万公里以内", W),
          ("您这个还早着呢，里程完全不用担心", N),
          ("机油用的是5W-30半合成", D),
          ("大概四十分钟就弄好了", W),
          ("一百八十块", W),
          ("20公里以内都免费", D),
          ("周末售后只开上午", N),
          ("020-3482-6601", D),
          ("纸质的保养手册一定要带上，App里那个不算", N),
          ("迟到超过15分钟", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_facts", "plain", "customer_asks_qa"],
      notes="All six steps present and a real slot booked, but ten wrong facts: 10000 km instead of 5000 (and 'mileage no worry' when she is at 4600), "
            "5W-30 semi-synthetic instead of 0W-20 full synthetic, forty minutes instead of ~1.5 h, A/C filter 180 instead of 128, pickup 20 km "
            "instead of 15, weekend service mornings only (card: 8:30-18:00 daily), phone 6601 instead of 6610, paper handbook required (card: App "
            "copy is enough), 15 minutes late instead of 30. The warranty answer is right. Caller condition 1 holds literally."),
    L("first-service-07.txt", F, "C", FS, {1: [0], 2: [2], 3: [2]},
      correct=[
          "首保机油机滤工时都免费，还有38项检查，约一个半小时",
          "车牌粤A·3K8N6，四月十八号提的车",
          "首保是六个月或者五千公里，先到为准",
      ],
      forbidden=[
          "在外面保养，您这个三年十万公里的质保就直接没了",
          "给您安排一台代步车",
          "晚几天没关系的，我在系统里给您备注一下，照样按免费首保给您做",
          "我们现在有个四次保养套餐，一千六百八，比单次做划算多了，再加上延保",
          "我直接帮您一起办上",
          "先交两百押金锁定名额，您报个卡号我这边先登记",
          "车检查完我保证您这车啥问题都没有",
      ],
      closing_ok=False,
      cond=3, side="callee", marker=("callee", 3),
      style=["forbidden_promises", "pushy", "steps_missing"],
      notes="Seven breaches of the 禁止事项 list: outside servicing voids the warranty (card: it does not), a courtesy car, first service still free "
            "if late, a maintenance package + extended warranty pitched and 'added' without consent, a 200 deposit and a card number, a guarantee the "
            "car has no problems. The package price 一千六百八 is made up too; it is filed with the pitch. Steps 4-6 never reached. She hangs up "
            "(callee condition 3, legitimate); no closing line."),
    L("first-service-08.txt", F, "C", FS, {1: [0], 2: [2], 3: [2], 5: [8]},
      correct=[
          "另外38项检查免费",
          "车牌粤A·3K8N6没错吧？App显示四千三百公里",
          "带行驶证和钥匙，地址番禺区迎宾路388号",
      ],
      invented=[
          ("工时费这次要收一百五十块", W),
          ("之前是全免，现在政策调整了", N),
          ("上门取送车只有工作日才有，周末没有的", N),
      ],
      forbidden=[
          "后面都排满了，就剩这一个了",
          "那我先给您约上周六上午9点半",
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["我能不能放下车先走？"],
      style=["false_ending", "pushy", "wrong_facts", "question_ignored"],
      notes="A labour fee of 150 (card: labour free) defended as a 'policy change'; pickup said to be weekdays only (card: no such rule). Only the "
            "Saturday 9:30 slot is offered, with false scarcity, and it is booked after she says twice that Saturday morning does not work: "
            "booking without consent and pressure are on the 禁止事项 list. Her question about leaving the car is ignored. Step 4 is not counted "
            "(one imposed slot), step 6 not counted (false confirmation). Caller [END:1] is illegitimate: no agreed time."),

    # ---------------- home-alarm (English, new, 6 steps) ----------------
    L("home-alarm-01.txt", H, "A", HA, {1: [0], 2: [2, 4], 3: [2, 4], 4: [8], 5: [12], 6: [14]},
      correct=[
          "this is Priya Nair over at Brightline Home Security",
          "the alarm kit you ordered on Friday, order BL-48213",
          "No contract at all with us",
          "The monitoring's thirty-two ninety-nine a month, month to month, and the first month is free",
          "you just give us thirty days' notice, no cancellation fee, and the equipment stays yours",
          "the Essentials Plus kit, so the hub, the keypad, four door and window sensors, one motion sensor and the video doorbell, going to eleven forty-seven Larkspur Lane",
          "the three forty-nine for the equipment's already paid on your card, so nothing more owed there",
          "installation: that's seventy-nine dollars, and we only charge it to the card on file after the tech's finished and you've signed off on everything",
          "that rate's locked for twenty-four months from when it's switched on",
          "the motion sensor ignores animals up to forty pounds, and your lab's bigger than that, so the technician will just mount it pointing away from where he hangs out",
          "somebody eighteen or older has to be home the whole time, it's about two hours, and we'll need your Wi-Fi password and a power outlet near the router",
          "our monitoring center calls you first, and if you don't pick up or you tell them it's real, they send police or fire",
          "How fast the police get there really depends on your local department, so I honestly can't promise a time on that",
          "Thursday October eighth, eight to ten in the morning; Friday the ninth, one to three in the afternoon; or Saturday the tenth, nine to eleven",
          "Saturday does have a twenty-five dollar weekend surcharge",
          "the tech texts you their name and photo the night before",
          "Saturday, October tenth, nine to eleven, at eleven forty-seven Larkspur Lane",
          "You'll get a confirmation email in the next few minutes",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "long_turns"],
      notes="Chatty (Oh, Um, Ha, yeah). Prices and times in words: thirty-two ninety-nine, seventy-nine, three forty-nine, eleven forty-seven, "
            "twenty-four months, forty pounds, twenty-five dollar. 'basically thirty-three' is rounding of 32.99, not labelled. Contract, price lock, "
            "police (no response-time promise) answered from the card; the 70-lb dog gets the mount-away answer. Steps 2 and 3 interleave over turns "
            "2 and 4. Saturday 9-11, caller condition 1."),
    L("home-alarm-02.txt", H, "A", HAS, {1: [0], 2: [2], 3: [4], 4: [10], 5: [12], 6: [14]},
      correct=[
          "Priya Nair, Brightline Home Security",
          "your order BL-48213 from Fri 10/2",
          "Essentials Plus → hub, keypad, 4× door/window sensors, 1× motion, 1× video doorbell",
          "Install address 1147 Larkspur Ln. Equipment $349 = paid",
          "install $79, charged to card on file after tech finishes + you sign off",
          "monitoring $32.99/mo, month-to-month, no contract, 1st month free, cancel w/ 30 days' notice",
          "it's your insurer's call",
          "We email you a monitoring certificate within 48h of activation, you send it to them. Can't tell you an amount",
          "Hub battery backup = 24h; cellular backup included, so monitoring works w/o Wi-Fi",
          "Motion sensor is pet-immune ≤40 lb; for a 70 lb dog the tech mounts it pointing away from his area",
          "adult 18+ home for whole visit (~2h), Wi-Fi password, outlet near router",
          "Thu 10/8 8–10am | Fri 10/9 1–3pm | Sat 10/10 9–11am (+$25 Sat surcharge)",
          "Arrival windows; tech texts name + photo evening before",
          "Confirmed: Thu 10/8, 8–10am, 1147 Larkspur Ln",
          "Confirmation email in a few min",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "first_names", "customer_asks_qa", "unusual_correct_forms"],
      notes="Telegraphic, first-name speakers, symbols (→, 4×, =, ≤40 lb, ~2h, |, +$25, w/, w/o). Insurance (certificate within 48h, amount up to the "
            "insurer, no promise) and power outage (24h battery, cellular included) from the Q&A. 'Often yes' matches the card's 'Many insurers give "
            "one'. He works weekdays; his wife is home Thursday mornings, so Thursday 8-10 with her letting the tech in (an adult 18+). He ends on "
            "callee condition 1 after the rep's closing."),
    L("home-alarm-03.txt", H, "A", HA, {1: [0], 2: [2], 3: [2], 4: [8], 5: [10], 6: [14]},
      correct=[
          "This is Priya Nair from Brightline Home Security",
          "the alarm kit you ordered on Friday (order **BL-48213**)",
          "Essentials Plus: hub, keypad, 4 door/window sensors, 1 motion sensor, 1 video doorbell; - installing at 1147 Larkspur Lane",
          "equipment **$349, already paid**, nothing more due for it",
          "Professional installation: **$79**, one time, charged to the card on file *only after* the technician finishes and you sign off",
          "Monitoring: **$32.99/month**, month to month, **no contract**. First month free. Cancel any time with 30 days' notice",
          "The **$32.99 rate is locked for 24 months** from activation",
          "unopened equipment can go back within **30 days of delivery** for a full refund",
          "we move your monitoring for free; reinstalling at the new place is $79",
          "someone **18 or over** home for the whole visit, about **2 hours**; - your **Wi-Fi password**; - a **power outlet near the router**",
          "The motion sensor ignores animals up to **40 lb**; if yours is bigger, the technician mounts it pointing away from where the pet goes",
          "Thu Oct 8, 8–10 am; - Fri Oct 9, 1–3 pm; - Sat Oct 10, 9–11 am (**+$25** weekend surcharge)",
          "the technician texts you their name and photo the evening before",
          "**rescheduling is free with at least 24 hours' notice**",
          "1-888-555-0163, Monday to Saturday, 8 am to 8 pm",
          "Saturday, October 10, 9–11 am, at 1147 Larkspur Lane",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["markdown_in_speech", "long_monologue", "customer_leads", "merged_steps", "customer_asks_qa"],
      notes="Markdown read aloud (bold, italics, dashes, numbered list). He leads with the monthly cost; steps 2+3 in one monologue. Price lock (24 months), "
            "returns (30 days, unopened), moving (free transfer, $79 reinstall), rescheduling (free with 24h) and hours from the Q&A. Saturday 9-11, "
            "caller condition 1."),
    L("home-alarm-04.txt", H, "B", HA, {1: [0], 2: [4], 3: [2], 4: [8], 5: [8], 6: [10]},
      correct=[
          "This is Priya from Brightline Home Security, calling about the alarm kit you ordered Friday, order BL-48213",
          "No contract, no",
          "Monitoring is thirty-two ninety-nine a month, month to month, first month free, and you can cancel with thirty days' notice",
          "Installation is seventy-nine dollars, and that only gets charged to your card on file once the tech's done and you've signed off",
          "the three forty-nine's paid",
          "Essentials Plus kit, hub, keypad, four door and window sensors, a motion sensor and the video doorbell, to 1147 Larkspur Lane",
          "we'll just need your Wi-Fi password",
          "Thursday the eighth, eight to ten a.m., Friday the ninth, one to three p.m., or Saturday the tenth, nine to eleven a.m., which has a twenty-five dollar weekend surcharge",
          "Saturday, October tenth, nine to eleven at 1147 Larkspur Lane",
          "The tech will text you their name and photo the night before",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["If it goes off, do the cops actually come?"],
      style=["thin_step", "vague_answer", "plain"],
      notes="Step 4 said thinly: only the Wi-Fi password; the adult-at-home rule, the two-hour length, the outlet and the pet answer (he ticked pets) are "
            "missing. The police question gets 'that's the whole idea, we take care of all that' with no account of the call-first/dispatch process: "
            "unanswered, not invented (no concrete claim, no response time). 'we'll just need your Wi-Fi password' is true as far as it goes. "
            "Saturday 9-11, caller condition 1."),
    L("home-alarm-05.txt", H, "B", HAG, {1: [0], 2: [4], 3: [2], 4: [6], 5: [0], 6: [8]},
      correct=[
          "Priya Nair from Brightline Home Security, about your alarm order BL-48213 from Friday",
          "Thursday October 8, eight to ten a.m., Friday October 9, one to three p.m., or Saturday October 10, nine to eleven a.m., Saturday's got a twenty-five dollar surcharge",
          "Equipment's paid, the three forty-nine",
          "Install is seventy-nine, charged to your card on file after the tech finishes and you sign off",
          "Monitoring's thirty-two ninety-nine a month, no contract, month to month, first month free, thirty days' notice to cancel",
          "Essentials Plus: hub, keypad, four door and window sensors, one motion sensor, video doorbell. Going to 1147 Larkspur Lane",
          "Motion sensor ignores pets up to forty pounds. If he's bigger, the tech aims it away from where he goes",
          "Someone eighteen or older has to be home the whole time, about two hours, plus your Wi-Fi password and an outlet near the router",
          "Saturday October 10, nine to eleven, 1147 Larkspur Lane",
          "Tech texts the night before",
      ],
      closing_ok=False,
      cond=1, side="callee", marker=("callee", 1),
      style=["generic_speaker_names", "order_swap", "weak_closing", "terse"],
      notes="Speakers Agent/Customer. Order swap: the windows come in the opening turn, before costs and the order check; he says 'slow down'. "
            "No 'couple of minutes?' but name, company and order are given, so opening_ok stays true. Weak closing 'K, bye.' Everything stated is right. "
            "Saturday 9-11; he ends on callee condition 1."),
    L("home-alarm-06.txt", H, "C", HA, {1: [0], 2: [6], 3: [2, 4], 4: [10], 5: [12], 6: [14]},
      correct=[
          "it's month to month",
          "the first month's free",
          "the $349 for the Essentials Plus is paid: hub, keypad, four door and window sensors, one motion sensor, video doorbell, going to 1147 Larkspur Lane",
          "Someone 18 or over needs to be home for the visit, about two hours, and have your Wi-Fi password ready and an outlet near the router",
          "Thursday October 8, 8 to 10 am, Friday October 9, 1 to 3 pm, or Saturday October 10, 9 to 11 am with a $25 surcharge",
          "Thursday, October 8, 8 to 10 am at 1147 Larkspur Lane",
          "The technician will text you the evening before",
      ],
      invented=[
          ("sixty days' notice", W),
          ("$29.99 a month", D),
          ("Installation is ninety-nine dollars", W),
          ("the technician collects that at the door when they're done, card or check", N),
          ("good for about eight hours", W),
          ("Cellular backup is an add-on though, so without Wi-Fi the hub can't reach us", N),
          ("the motion sensor is pet-proof for any size dog", N),
          ("ninety days of cloud storage", W),
          ("return it within 14 days", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_facts", "plain", "customer_asks_qa"],
      notes="All steps present and a real window booked, but nine wrong facts: 60 days' notice (30), $29.99 (32.99), $99 install (79), paid at the "
            "door (card on file after sign-off; the card says the tech never takes payment), 8-hour battery (24), cellular backup an add-on "
            "(included), pet-proof for any dog (40 lb limit; his lab is 70), 90 days of video (30), 14-day returns (30). 'No long contract' is "
            "fine. Caller condition 1 holds literally."),
    L("home-alarm-07.txt", H, "C", HA, {1: [0], 2: [2], 3: [2]},
      correct=[
          "This is Priya Nair from Brightline Home Security, about the alarm kit you ordered Friday, order BL-48213",
          "No contract, month to month at $32.99, first month free, cancel with 30 days' notice",
          "Installation is $79, charged after the tech finishes",
          "hub, keypad, four door/window sensors, a motion sensor and the doorbell, to 1147 Larkspur Lane",
      ],
      forbidden=[
          "police are usually there within ten minutes in your area",
          "You'll save at least fifteen percent on your premium",
          "I'll waive the Saturday surcharge for you",
          "you'll need the two-sensor add-on, that's required for the system to cover you properly",
          "Let me just grab your card number now so I can hold the Saturday slot",
      ],
      closing_ok=False,
      cond=3, side="callee", marker=("callee", 3),
      style=["forbidden_promises", "pushy", "steps_missing"],
      notes="Five breaches of 'Never do these': a police response time, a specific insurance saving, waiving the Saturday surcharge, extra sensors "
            "'required', taking a card number by phone. 'every insurer does that for monitored homes' is part of the insurance promise. Steps 1-3 are "
            "right; steps 4-6 never happen (no windows offered). He ends the call (callee condition 3, legitimate); no closing line."),
    L("home-alarm-08.txt", H, "C", HA, {1: [0], 3: [2], 4: [6]},
      correct=[
          "Priya from Brightline Home Security. About your order BL-48213",
          "Monitoring is $32.99 a month",
          "installation is $79 after the technician's done",
          "Someone 18 or over needs to be there, about two hours, and we'll need the Wi-Fi password",
      ],
      invented=[
          ("with a twelve-month agreement", W),
          ("we'll just have to leave the motion sensor switched off", N),
      ],
      forbidden=[
          "that's the only slot left this week",
          "I've put you down for Friday, October 9, 1 to 3 pm then",
      ],
      opening_ok=False, closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["And what happens if the power goes out?"],
      style=["false_ending", "pushy", "wrong_facts", "question_ignored", "curt_opening"],
      notes="Curt opening (no identity check, no 'have you got a minute'). A twelve-month agreement (card: no contract) and the motion sensor 'switched "
            "off' for a big dog (card: mounted away). Step 2 (order/address) skipped. Only Friday 1-3 is offered, with false scarcity, although he "
            "works till three; after 'I'll have to check with my wife' she books it anyway: pressure and booking without a yes are on the Never list. "
            "The power question is ignored. Steps 5 and 6 not counted (one imposed window, false confirmation). Caller [END:1] is illegitimate; "
            "callee condition 2 (email the windows) was the honest ending."),

    # ---------------- clinic (bundled, Chinese, 5 steps) ----------------
    L("clinic-01.txt", C, "A", CL, {1: [0], 2: [2], 3: [6], 4: [10], 5: [12]},
      correct=[
          "请问是赵建国赵先生吗？我是仁心口腔诊所的回访护士陈静",
          "您三天前在我们这儿做了种植手术嘛，今天打电话问问您恢复得怎么样",
          "术后三天之内肿是正常的，一般第三天是最明显的时候，之后就会慢慢消下去了",
          "您可以冷敷一下，每次十五分钟左右",
          "那现在伤口还疼吗？有没有出血，或者发烧？",
          "可以吃布洛芬，每次一片，两次之间隔六个小时以上，一天不要超过四片",
          "降压药您照常吃，千万别停，血压控制好了伤口也长得好",
          "消炎药呢要连续吃满五天，一天三次，饭后吃",
          "这一个礼拜里，手术那一边先别嚼东西，吃点温的凉的、软一点的，烟酒都不要碰",
          "过了二十四小时就可以用漱口水了，一天三次",
          "一周内就吃温凉软食，拆完线可以慢慢恢复，不过种牙那一侧三个月之内还是别咬硬的东西",
          "基本不疼的，大概十分钟就弄好了，也不用打麻药",
          "术后七到十天要回来拆线，您看下周二还是下周四方便？我们周二周四都是上午八点半到下午五点接诊",
          "如果出现持续出血，或者发烧超过三十八度五，或者越肿越厉害，您马上打诊所电话，零五七一八八八八六六六六",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa"],
      notes="All numbers in Chinese words, including the phone number read digit by digit (零五七一八八八八六六六六 = 0571-88886666) and 三十八度五. "
            "Swelling, painkiller, blood-pressure pills, eating and stitch removal answered from the Q&A. Tuesday after he checks with his wife; "
            "caller condition 1 with the first closing line."),
    L("clinic-02.txt", C, "B", CL, {1: [0], 2: [2], 3: [4], 4: [6, 8]},
      correct=[
          "请问是赵建国先生吗？我是仁心口腔诊所的回访护士陈静，您3天前做了种植手术",
          "术后3天内肿是正常的，第3天最明显，之后慢慢消，可以冷敷，每次15分钟",
          "伤口疼不疼？有没有出血发烧？",
          "消炎药要连续吃满5天，每天3次，饭后吃",
          "一周内不要用手术那边嚼东西，吃温凉软的，别抽烟喝酒",
          "24小时以后可以用漱口水，每天3次",
          "您术后7到10天要回来拆线，下周二或者周四哪天方便？",
          "周四上午8点半到下午5点都可以",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["拆线疼不疼啊？"],
      style=["step_skipped", "vague_answer", "plain"],
      notes="Step 5 skipped: no warning signs (bleeding, fever over 38.5, worsening swelling) and no clinic number. The stitch-removal question gets "
            "'每个人感受不太一样，到时候医生会看情况的' instead of the card's 'hardly hurts, about 10 minutes, no anaesthetic': unanswered, not "
            "invented. The closing is a shortened first closing line (kept as ok). Thursday, caller condition 1."),
    L("clinic-03.txt", C, "C", CL, {1: [0], 2: [2], 3: [6, 8], 4: [10], 5: [12]},
      correct=[
          "我是仁心口腔诊所的回访护士陈静，您三天前做的种植手术",
          "疼不疼？有没有出血发烧？",
          "可以吃布洛芬，一次一片",
          "一天三次。吃东西呢一周内别用那一侧嚼，吃软的，别抽烟喝酒",
          "术后7到10天拆线，下周二还是周四？",
          "要是持续出血、发烧超过38度5或者越来越肿，就马上打诊所电话0571-88886666",
      ],
      invented=[
          ("隔4个小时吃一次就行", D),
          ("降压药这几天先停一下吧", N),
          ("消炎药要吃满七天，一天两次", W),
          ("手术当天就能用", N),
          ("要打个麻药", N),
          ("得二三十分钟", W),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_facts", "plain", "customer_asks_qa"],
      notes="All five steps and a real booking, but six wrong facts: ibuprofen every 4 hours (at least 6; the daily cap of 4 is dropped), stop the "
            "blood-pressure pills (card: keep taking them — a dangerous wrong yes/no), antibiotics 7 days twice a day (5 days, 3 times), mouthwash "
            "from the day of surgery (after 24 h), anaesthetic for stitch removal (none needed), twenty to thirty minutes (about 10). "
            "'正常的' for swelling is right but thin. Caller condition 1 holds literally."),
    L("clinic-04.txt", C, "C", CL, {1: [0], 4: [6, 8]},
      correct=[
          "请问是赵建国先生吗？我是仁心口腔诊所的回访护士陈静，您三天前做了种植手术",
          "术后7到10天回来拆线就行，下周二或周四",
          "周四上午8点半到下午5点都可以",
      ],
      invented=[
          ("术后发烧到三十八度多是正常的", W),
          ("渗一点血也正常", N),
          ("种植牙一个月以后就能装牙冠了", W),
          ("不用特地跑", N),
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      style=["false_ending", "wrong_facts", "steps_missing"],
      notes="He reports fever 38.8 and continuous oozing: the card's emergency signs (step 5 / condition 2: come in as soon as possible). The nurse calls "
            "fever normal, bleeding normal, says no need to come in, invents crowns after one month (card: about 3 months), skips the medication and "
            "care reminders (step 3), never asks about recovery herself (step 2: he volunteers it) and gives no emergency number (step 5). A routine "
            "Thursday stitch removal is booked. Caller [END:1] is illegitimate: condition 1 needs the care advice given and no abnormal symptoms; "
            "condition 2 was the right one."),

    # ---------------- installment (bundled, Chinese, 5 steps) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0], 2: [2], 3: [10], 4: [6], 5: [10]},
      correct=[
          "请问是陈伟先生吗？我是华信银行信用卡中心的客户经理周敏",
          "看到您这期账单有一笔一万二的大额消费",
          "可以分三期、六期或者十二期，每期手续费率分别是百分之零点七五、零点七和零点六五",
          "拿一万二分六期举例，每期本金两千，手续费八十四，六期下来手续费一共五百零四",
          "没有别的费用了，就是按分期本金乘每期费率",
          "三期每期九十，一共两百七十",
          "可以提前还清，但要跟您说清楚，剩下期数的手续费还是照常收的",
          "分期办了以后也不能取消",
          "额度方面不影响，每还一期就恢复相应的额度",
          "正常按期还款不影响征信，分期记录显示的就是正常还款",
          "可以挂了电话拨打卡片背面的客服电话95588核实，我的工号是6021",
          "我现在就帮您把这笔账单办成六期分期，办好后会发短信通知您，您确认办理吗？",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "worked_totals", "customer_asks_qa", "customer_suspicious"],
      notes="Rates and amounts in words (百分之零点七五, 八十四, 五百零四). He works out 3 periods himself; the rep confirms 12000 x 0.75% = 90 a period, "
            "270 in all (derived, correct). Early repayment, credit record and 'are you a scam' (95588, staff no. 6021) from the Q&A. Step 3 is his "
            "choice confirmed in turn 10 (she never asks 'which one?' outright — acceptable, he volunteers it). Six periods, caller condition 1."),
    L("installment-02.txt", I, "B", IN, {1: [0, 2], 2: [2], 3: [4]},
      correct=[
          "我是客户经理周敏",
          "看到您这期账单有一笔12000元的大额消费",
          "分3期、6期、12期都行，每期手续费率分别是0.75%、0.7%、0.65%",
          "比如12000分6期，每期本金2000，手续费84",
          "6期每期84，总共504元",
          "您看分3期、6期还是12期比较合适？",
          "最低还款是账单的10%，也就是1850元，但没还的部分会按日计息",
      ],
      opening_ok=False,
      cond=2, side="callee", marker=("callee", 2),
      style=["clumsy_opening", "step_skipped", "digits_and_symbols"],
      notes="Clumsy opening: '华信银行信用卡中心的' with no name and no 'is this a good time'; he asks who she is. Step 4 (no cancellation, fees still "
            "due on early repayment, credit line restored per period) is skipped although he is still deciding. Minimum payment answered from the "
            "Q&A. He asks for the plan by SMS: caller's second closing, callee condition 2. Step 5 does not apply."),
    L("installment-03.txt", I, "C", IN, {1: [0], 2: [2], 3: [8], 5: [10]},
      correct=[
          "请问是陈伟先生吗？我是华信银行信用卡中心的客户经理周敏",
          "一笔一万二千块的大额消费",
          "分三期、六期、十二期都行",
          "一万二分六期，每期本金两千",
          "正常还款不影响征信，显示的是正常还款",
          "我现在就帮您办成6期分期，办好后发短信通知您，您确认办理吗？",
      ],
      invented=[
          ("六期的话每期费率是0.6%", D),
          ("手续费七十二块", W),
          ("六期一共四百三十二", W),
          ("提前还清的话后面剩下的手续费就不收了", N),
          ("办完分期额度马上就全部恢复了", N),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_facts", "worked_totals", "plain"],
      notes="Wrong 6-period rate 0.6% (card 0.7%) carried through consistently: 72 a period, 432 in all (card 84 / 504). Early repayment said to "
            "cancel the remaining fees (card: still charged) and the credit line fully restored at once (card: per period repaid): step 4's content "
            "is contradicted, so step 4 is not counted. He agrees to 6 periods; caller condition 1 holds literally."),
    L("installment-04.txt", I, "C", IN, {1: [0]},
      correct=[
          "我是华信银行信用卡中心周敏",
          "您这期有笔12000的消费",
      ],
      invented=[
          ("现在办的话是免息的，不收手续费", N),
          ("最低还款也得还百分之五十", W),
          ("那我先帮您把这笔办成12期了", D),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      unanswered=["你们怎么证明自己是银行的？"],
      style=["false_ending", "wrong_facts", "question_ignored", "curt_opening"],
      notes="Curt opening ('给您办个分期', no identity check). Interest-free with no fee (card: 0.65%-0.75% a period), minimum payment 50% (card: 10%, "
            "1850). 'how do I know you're the bank' dodged with '我们是正规银行，您放心好了' (no 95588 / staff number). After 'I'll think about it' she "
            "says she has already put it on 12 periods: a claimed agreement (filed as an invented fact, as the bundled card has no not-allowed list). "
            "Steps 2-5 not counted (rates contradicted, periods never asked, no notice items, no confirmation). Caller [END:1] is illegitimate."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "labels,", len(KINDS), "invented kinds")
