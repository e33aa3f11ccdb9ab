#!/usr/bin/env python3
"""Label source for holdout42 (adapted from holdout24's). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout42"


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




YD = {"叶思琪": "caller", "顾建峰": "callee"}
YDS = {"山野间": "caller", "顾先生": "callee"}
YDG = {"叶顾问": "caller", "顾建峰": "callee"}
YDX = {"小叶": "caller", "老顾": "callee"}
YDY = {"山野间营地": "caller", "顾建峰": "callee"}
YDZ = {"叶思琪": "caller", "顾先生": "callee"}
PO = {"Colleen Baptiste": "caller", "Dale Hruska": "callee"}
POK = {"Kettle River": "caller", "Dale": "callee"}
POC = {"Colleen": "caller", "Dale Hruska": "callee"}
POA = {"Kettle River Apiaries": "caller", "Dale": "callee"}
POH = {"Kettle River": "caller", "Dale Hruska": "callee"}
POD = {"Colleen": "caller", "Dale": "callee"}
DL = {"王芳": "caller", "刘洋": "callee"}
DLS = {"顺达物流": "caller", "刘先生": "callee"}
DLL = {"顺达物流": "caller", "刘洋": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}
ESC = {"CloudDesk": "caller", "Mark": "callee"}
ESM = {"CloudDesk": "caller", "Mark Davis": "callee"}

Y = "yingdi.md"
P = "pollination.md"
DV = "delivery.md"
E = "english-support.md"

LABELS = [
    # ---------------- yingdi (Chinese, new, 6 steps) ----------------
    L("yingdi-01.txt", Y, "A", YD, {1: [0], 2: [2], 3: [4, 6], 4: [8, 10], 5: [10], 6: [14]},
      correct=[
          "九月十九号",
          "老大八岁、老二五岁",
          "狗只能住草地营位，拎包入住的帐篷是不让带宠物的",
          "营位大概四十平方米",
          "每晚一百六十八，两晚三百三十六",
          "每晚四百九十八，两晚九百九十六",
          "不打折也不送东西",
          "十月一号周五到三号周日两晚，或者十月四号周一到六号周三两晚",
          "炭炉四十块一套，晚上九点关",
          "走的那天中午十二点前退营",
          "最晚八点前到前台登记",
          "入住前三天，就是七十二小时以前，取消改期都免费，定金全退",
          "溪边浅滩早上九点到下午五点有安全员在",
          "一共三百三十六",
          "尾号七零四一",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "merged_steps", "monologue"],
      notes="Complete and chatty (呀, 哈, 嘛, 好嘞). All figures in Chinese words (一百六十八, 九百九十六, 七十二小时, 尾号七零四一). "
            "Asking who else is coming (step 2) surfaces the hidden concern (the corgi 土豆); the rep gives the card's pet rule "
            "(草地营位 only). Discount, barbecue and stream-safety questions answered per the Q&A. Turn 10 is a monologue merging "
            "the rest of step 4 with all of step 5. 草地营位, 10/4-10/6."),
    L("yingdi-02.txt", Y, "A", YDS, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "您9/19在公众号问了国庆露营",
          "2大2小（8岁/5岁）",
          "①草地营位（自带装备）≈40㎡",
          "168元/晚，2晚336元",
          "498元/晚，2晚996元",
          "气象台发暴雨/台风黄色及以上预警、营地关门→全额退",
          "10/1（五）–10/3（日），或 10/4（一）–10/6（三），各2晚",
          "入住14:00后，退营当天12:00前",
          "20:00前到前台登记，带大人身份证",
          "定金=1晚498元，公众号下单付",
          "入住前≥72h取消/改期免费、定金全退，<72h定金不退",
          "炭炉40元/套",
          "短信发尾号7041",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "role_labels", "customer_asks_qa", "callee_ends"],
      notes="Labels 山野间/顾先生. Telegraphic with symbols (≈, ㎡, ①②, →, ≥, <, /, 14:00, 72h). The dog stays with his parents "
            "this time, so the pet rule is not needed. Rain question answered per the Q&A. 拎包入住, 10/4-10/6. The customer ends "
            "after the read-back ([END:1], callee condition 1)."),
    L("yingdi-03.txt", Y, "A", YDG, {1: [0], 2: [4], 3: [2, 6], 4: [12, 14], 5: [4, 10], 6: [14]},
      correct=[
          "草地营位自带装备，每晚168，两晚336",
          "每晚498，两晚996",
          "营位上不许生明火，炭火也不行",
          "炭炉四十元一套，晚上九点关",
          "老大8岁老二5岁",
          "只能住草地营位，拎包入住的帐篷不让带宠物",
          "草地营位大概40平方米",
          "电桩220伏，总功率别超过1000瓦",
          "入住前三天以前取消或改期免费，定金全退，不到三天定金不退",
          "10月1号周五到3号周日，或者10月4号周一到6号周三",
          "最晚8点前到前台登记",
          "一共336元",
          "短信发您尾号7041",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "out_of_order", "mixed_number_forms", "role_labels", "latent_concern_surfaces", "customer_asks_qa"],
      notes="Labels 叶顾问/顾建峰. Customer-led: price (step 3) first, then barbecue (the fire rule of step 5, answered with the "
            "step 2 check in the same turn), the dog (pet rule), the power post, rain and refunds, then the dates. Order 1, 3, 5+2, 3, "
            "Q&A, 5, 4, 4+6. Mixed figures (168 / 四十元 / 8点 / 十二点). 草地营位, 10/4-10/6."),
    L("yingdi-04.txt", Y, "B", YD, {1: [0], 3: [2], 4: [4, 6], 5: [6], 6: [8]},
      correct=[
          "四十平米左右",
          "一晚168，两晚336",
          "一晚498，两晚996",
          "入住前3天以前取消改期免费，不到3天定金不退",
          "炭炉40一套",
          "短信发到您尾号7041的手机",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["孩子玩水安全吗？"],
      style=["step_skipped", "question_dodged"],
      notes="Step 2 skipped: no check of the family, car or gear, and no question about who else is coming (so the dog never "
            "comes up); the read-back says only '顾先生一家'. The stream-safety question is dodged with '这个您放心，我们营地环境很好的' "
            "(not labelled: vague reassurance, not a card claim). Otherwise correct. 拎包入住, 10/4-10/6."),
    L("yingdi-05.txt", Y, "B", YDX, {1: [0], 2: [2], 3: [4]},
      correct=[
          "八岁和五岁",
          "只能住草地营位",
          "一晚一百六十八，两晚三百三十六",
          "一晚四百九十八，两晚九百九十六",
          "不过拎包的不能带狗",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback_agreed", "role_labels", "latent_concern_surfaces"],
      notes="Labels 小叶/老顾. The dog surfaces at step 2; the pet rule shows the couple's disagreement (she wants 拎包入住, he "
            "wants to bring the dog). He must talk to his wife and names the call-back time himself (今晚八点以后). Steps 4-6 not "
            "reached; legitimate caller condition 2."),
    L("yingdi-06.txt", Y, "C", YD, {1: [0], 2: [2], 3: [2, 4], 4: [6, 10], 5: [8], 6: [12]},
      correct=[
          "拎包入住每晚498",
          "10月1号到3号，10月4号到6号",
          "一共996",
      ],
      invented=[
          ("草地营位每晚158", D),
          ("草地营位不能停车，车要停到村口停车场", N),
          ("入住前一天取消都免费", W),
          ("晚上10点以后大门关", D),
          ("登记用驾照就行", N),
          ("淋浴24小时都有热水", D),
      ],
      forbidden=[
          "我先帮您定拎包的哈",
          "我给您留溪边那个3号营位",
          "下雨的话全退，您放心",
          "定金转我微信就行",
          "营位上烧烤没事的，炭火小点就行",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["电桩能用电磁炉吗？"],
      style=["invented_facts", "forbidden_promises", "question_dodged"],
      notes="6 invented (3 digits, 1 words, 2 none): 158 a night, no parking by the pitch, free cancellation up to the day before, "
            "gate closes at 10 pm, a driving licence for check-in, hot showers round the clock. 5 red lines: choosing for him, a "
            "promised pitch number, 'rain means a full refund', a deposit to her personal WeChat, charcoal on the pitch. The "
            "power-post question is left unanswered. The ending holds literally (a type, an offered date range, a read-back he "
            "confirms)."),
    L("yingdi-07.txt", Y, "C", YDY, {1: [0], 2: [2], 3: [2]},
      correct=[
          "拎包入住一晚四百九十八",
          "0572-5203-386",
      ],
      invented=[
          ("草地营位一晚一百八十八", W),
          ("不满6岁的小朋友不能入营", D),
          ("这是镇里的安全规定", N),
      ],
      opening_ok=True, closing_ok=False, legitimate=False, marker=("caller", 3),
      style=["invented_facts", "illegitimate_ending", "role_labels"],
      notes="Labels 山野间营地/顾建峰. 3 invented (words, digits, none). Illegitimate ending: a refusal produced by the rep's own "
            "invented rule. She says children under six may not camp during the holiday, 'a town safety rule' (the card has no age "
            "rule). He says the five-year-old is the reason they go, and that he would book the 草地营位 today if a five-year-old "
            "may come; he declines only because of that rule. She closes [END:3] (condition 3, 明确不订)."),
    L("yingdi-08.txt", Y, "C", YDZ, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "每晚168，两晚336",
          "每晚498，两晚996",
          "10月1号周五到3号周日，或者10月4号周一到6号周三",
          "定金168在公众号付",
      ],
      invented=[
          ("淋浴要另外收十块钱", W),
          ("入住前48小时取消免费", D),
          ("卡式炉营位上也不让用", N),
      ],
      opening_ok=True, closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending"],
      notes="Labels 叶思琪/顾先生. 3 invented (words, digits, none). Illegitimate ending: a confirmation that names the other "
            "offered date range. He picks '后面那段' (10/4-10/6, because of the 10/1 birthday dinner). The read-back says "
            "'10月1号到3号两晚'; he answers '对对，4号到，住两晚，6号走', and she closes. Neither notices; his yes and her read-back "
            "name different ranges, so no single range was agreed."),
    # ---------------- pollination (English, new, 6 steps) ----------------
    L("pollination-01.txt", P, "A", PO, {1: [0], 2: [2, 4], 3: [6, 8], 4: [10], 5: [10], 6: [14]},
      correct=[
          "sixty-four fifty Fruit Ridge Avenue",
          "two hives to the acre, so that's twenty-four hives",
          "ninety-five dollars a hive",
          "twenty-two eighty for your twenty-four",
          "a hundred and thirty a hive",
          "three thousand one hundred twenty",
          "they only go out on the April twenty-seventh drop",
          "anything below its grade gets swapped free of charge",
          "truck arriving between nine and midnight",
          "Fungicide only after dusk, and call us twenty-four hours before",
          "due within fifteen days of each invoice",
          "switch free up to forty-eight hours before the drop",
          "a hundred-fifty-dollar truck fee",
          "within three days of you calling to say petal fall's done, usually two to three weeks",
          "six-one-six, five-five-five, oh-one-four-three",
          "thirty-one twenty in all",
          "cell ending two-two-nine-one",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa", "merged_steps", "monologue"],
      notes="Complete and chatty. All figures in words (twenty-two eighty, thirty-one twenty, six-one-six...). The Strong-only-on-"
            "the-27th rule is stated with the prices. Difference question answered per the Q&A, and the rep leaves the choice to him. "
            "Turn 10 is a monologue merging step 4 and step 5. The spray rule surfaces the hidden concern (the neighbour's "
            "insecticide); she suggests flagging the sites away from that fence (the grower flags the sites per the card) and gives "
            "the office number. Strong, Tuesday 4/27, Kyle at the gate."),
    L("pollination-02.txt", P, "A", POK, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=[
          "2 hives/ac = 24 hives",
          "Water w/in ~¼ mi?",
          "Standard = $95/hive, single story, ≥5 frames of bees + laying queen → $2,280 total",
          "Strong = $130/hive, double story, ≥8 frames, each inspected/graded → $3,120",
          "Strong only ships on the 4/27 drop",
          "Thu 4/22, truck 9 pm–midnight",
          "Pickup = night, ≤3 days after you call petal fall (~2–3 wks)",
          "Fungicide after dusk only, call us 24 h ahead",
          "½ at drop, ½ at pickup, check/bank transfer, net 15",
          "Switch nights free ≥48 h before; later or nobody at the gate = $150 truck fee",
          "$95/hive = $2,280",
          "Text to cell ending 2291",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "role_labels", "callee_ends"],
      notes="Labels Kettle River/Dale. Telegraphic with symbols (→, ≥, ≤, ~, ¼, ½, =, @, 4/22). He asks about spraying himself and "
            "does not raise the neighbour. Standard, Thursday 4/22 (allowed for Standard), Kyle at the gate. The customer ends after "
            "the read-back ([END:1], callee condition 1)."),
    L("pollination-03.txt", P, "A", POC, {1: [0], 2: [6], 3: [2, 4], 4: [4, 10, 12], 5: [10, 12], 6: [14]},
      correct=[
          "For your twenty-four hives that's $2,280 or $3,120",
          "any hive below its grade gets swapped, no charge",
          "Strong colonies are graded that week and only go out on the April 27 drop",
          "Standard can go the night of Thursday the 22nd or Tuesday the 27th",
          "keep about thirty feet from the entrances",
          "We don't supply protective gear",
          "we can't guarantee fruit set, and the price stays the same",
          "due within fifteen days of each invoice",
          "a $150 truck fee",
          "within three days of your call saying petal fall's done, usually two to three weeks",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "out_of_order", "customer_asks_qa", "latent_concern_surfaces", "role_labels", "mixed_number_forms"],
      notes="Labels Colleen/Dale Hruska. Customer-led: price and weak hives first, then 'Strong on the 22nd?' (answered per the "
            "Q&A: no), stings, the orchard check, weather/guarantee, then the booking. Order 1, 3, 3+4, Q&A+2, Q&A, 4+5, 5+4, 6. "
            "Asking whether he sprays surfaces the neighbour. Standard, Thursday 4/22."),
    L("pollination-04.txt", P, "B", PO, {1: [0], 2: [2], 3: [4], 4: [6, 8], 6: [10]},
      correct=[
          "two hives an acre, twenty-four hives",
          "Standard colonies are $95 a hive, so $2,280",
          "Strong colonies are $130 a hive, $3,120",
          "Strong only ships on the April 27 drop",
          "truck arriving between 9 and midnight",
          "We pick up at night within three days after you call to say petal fall's done",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Will they sting my guys?"],
      style=["step_skipped", "question_dodged"],
      notes="Step 5 skipped: no spray rule, no payment terms, no change/truck-fee rule, and the read-back leaves out payment. The "
            "sting question is dodged with 'Oh, they're pretty gentle, honestly' (not labelled: a vague reassurance, no card claim). "
            "Standard, Thursday 4/22, Kyle meets the truck."),
    L("pollination-05.txt", P, "B", POA, {1: [0], 2: [2], 3: [4]},
      correct=[
          "two hives an acre, so twenty-four",
          "ninety-five a hive, twenty-two eighty total",
          "one-thirty a hive, thirty-one twenty",
          "they only go out on the twenty-seventh",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["early_end", "callback_agreed", "role_labels"],
      notes="Labels Kettle River Apiaries/Dale. Opening gives only 'Colleen' and the company (still a name). Step 2 covered "
            "by the acreage check only. He will watch the buds and talk to Marlene and names the call-back time himself (Thursday "
            "around seven). Steps 4-6 not reached; legitimate caller condition 2."),
    L("pollination-06.txt", P, "C", PO, {1: [0], 3: [2], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "Strong are $130",
          "We drop Thursday the 22nd or Tuesday the 27th",
      ],
      invented=[
          ("Standard colonies are $90 a hive", D),
          ("On apples we put three hives to the acre", W),
          ("Billing is all up front", N),
          ("You can switch nights free up to twelve hours before", W),
          ("We also supply bee suits for your crew", N),
          ("pickup is a week after petal fall", N),
      ],
      forbidden=[
          "let me put you down for Standard",
          "I'll knock ten percent off",
          "I guarantee you'll get a full set this year",
          "a little insecticide at night won't hurt them",
          "the driver will be there at 10:15 on the dot",
          "you can pay the driver cash",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["What if some of 'em are weak again?"],
      style=["invented_facts", "forbidden_promises", "question_dodged", "step_skipped"],
      notes="6 invented (1 digits, 2 words, 3 none): $90, three hives an acre, all billed up front, twelve-hour switch, bee suits "
            "supplied, pickup a week after petal fall. 6 red lines: choosing for him, a discount, a fruit-set guarantee, insecticide "
            "'won't hurt them', an exact arrival time, cash to the driver. The weak-hive question is ignored; step 2 is not covered "
            "(the acreage is stated, not checked). The ending holds literally: Standard on the 22nd (allowed for Standard), Kyle "
            "at the gate, a read-back he confirms; 10:15 sits inside the 9-to-midnight window."),
    L("pollination-07.txt", P, "C", POH, {1: [0], 2: [2], 3: [4], 4: [4, 6], 5: [8], 6: [10]},
      correct=[
          "two hives an acre, so twenty-four hives",
          "Standard colonies are $95 a hive, $2,280 for twenty-four",
          "Strong colonies are $130, $3,120",
          "fungicide only after dusk with a call to us 24 hours ahead",
      ],
      invented=[
          ("The truck comes between eight and eleven", W),
          ("Payment's due in full at drop-off", N),
          ("You can switch nights free up to 24 hours before", D),
      ],
      forbidden=[
          "Strong on the twenty-second, you got it",
      ],
      opening_ok=True, closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["invented_facts", "forbidden_promises", "illegitimate_ending", "role_labels"],
      notes="Labels Kettle River/Dale Hruska. 3 invented (words, none, digits); 1 red line. Illegitimate ending: a grade-night "
            "pair the card rules out. The rep never mentions that Strong colonies only go out on the April 27 drop. He picks "
            "Strong and the 22nd (bloom is early). She books it, reads back 'Strong … the night of Thursday, April 22' and closes "
            "[END:1]. Each element is on offer by itself, but caller condition 1 needs 'a drop-off night that grade can go out on'."),
    L("pollination-08.txt", P, "C", POD, {1: [0], 2: [2], 3: [2]},
      correct=[
          "twenty-four hives at 6450 Fruit Ridge Avenue",
          "Standard colonies are $95 a hive",
      ],
      invented=[
          ("Strong are a hundred forty a hive", W),
          ("we don't swap hives once they're out", N),
      ],
      opening_ok=True, closing_ok=False, legitimate=False, marker=("caller", 2),
      style=["invented_facts", "illegitimate_ending"],
      notes="Labels Colleen/Dale. 2 invented (words, none; the second reverses the card's free swap of weak hives). Illegitimate "
            "ending: a time stated for another call taken as the call-back time. He says he is calling Sunbelt Apiaries tomorrow "
            "at ten. She says 'I'll give you a ring tomorrow at ten!'; he corrects her ('No, I'm calling them at ten. If their "
            "number's worse, I'll ring you'), and she closes [END:2] on 'talk to you tomorrow at ten'. He named no call-back "
            "time and said he would be the one to call."),
    # ---------------- delivery (bundled, zh, 5 steps) ----------------
    L("delivery-01.txt", DV, "A", DL, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [4, 8]},
      correct=[
          "分上午九点到十二点和下午两点到六点两个时段",
          "最晚八点前送到",
          "送货当天师傅会提前一个小时给您打电话",
          "幸福里小区五栋一二零一",
          "沙发包装长两米三",
          "师傅装大概半个小时",
          "加五十块钱清运费",
          "一般三天内补送",
          "四零零八一二三四五六",
          "送货前一天下午六点前可以免费改一次",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "customer_asks_qa", "merged_steps"],
      notes="Complete. Figures in words (两米三, 半个小时, 四零零八一二三四五六). Customer asks weekend first, then charges and the old "
            "sofa; answered per the Q&A. Step 5 is split (call-ahead in turn 4, hotline and inspection in turn 8). Saturday "
            "morning, old-sofa removal added."),
    L("delivery-02.txt", DV, "B", DLS, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=[
          "上午9点到12点，下午2点到6点",
          "最晚8点前送达",
          "幸福里小区5栋1201",
          "沙发包装长2.3米",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["你们师傅几点到？"],
      style=["step_skipped", "question_dodged", "role_labels"],
      notes="Labels 顺达物流/刘先生. Step 4 skipped (no installation, no old-furniture offer). 'What time will the driver come' is "
            "dodged with '这个看师傅当天路线安排哈' (the card: the driver calls an hour ahead to confirm); the call-ahead line is never "
            "said. Sunday afternoon."),
    L("delivery-03.txt", DV, "C", DL, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "幸福里小区5栋1201",
          "旧沙发清运是五十块",
      ],
      invented=[
          ("周日不送", N),
          ("上午10点到12点，下午3点到6点", D),
          ("工作日晚上不送", N),
          ("沙发包装两米五", W),
          ("安装收八十块", W),
          ("送货前师傅提前三十分钟打电话", W),
          ("到货后有问题先签收，之后在宜居家居APP上申请售后", N),
          ("拒收是要收运费的", N),
          ("改约只能去宜居家居门店办", N),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "curt_opening"],
      notes="9 invented (1 digits, 3 words, 5 none): no Sunday, wrong time windows, no weekday evenings, 2.5 m package, paid "
            "installation, thirty-minute call-ahead, sign first and claim in the app, a fee for refusing, changes only at the store. "
            "The card has no not-allowed list, so everything wrong is an invented fact. The ending holds literally (Saturday "
            "afternoon and the address confirmed, condition 1)."),
    L("delivery-04.txt", DV, "C", DLL, {1: [0], 2: [2], 3: [4], 4: [4], 5: [6]},
      correct=[
          "上午9点到12点或者下午2点到6点",
          "幸福里小区5栋1201",
      ],
      invented=[
          ("工作日晚上不送的", N),
          ("旧沙发清运收80元", D),
      ],
      opening_ok=True, closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "role_labels"],
      notes="Labels 顺达物流/刘洋. 2 invented (none, digits). Illegitimate ending: a withdrawal spoken while the rep had put him "
            "on hold. She says she will check Saturday's schedule and asks him to wait. While he waits he says Saturday morning no "
            "longer works (a hospital visit with his mother) and asks her not to book; he will call the hotline himself. She "
            "comes back with '久等了！周六上午给您排上了' and closes in the same turn."),
    # ---------------- english-support (bundled, en, 5 steps) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [2], 4: [4], 5: [8]},
      correct=[
          "expires on March thirty-first",
          "three hundred dollars a seat per year before the discount",
          "thirty-two seats is ninety-six hundred",
          "fifteen percent off, which brings it to eight thousand one hundred sixty",
          "ten thousand two hundred with the discount",
          "twenty-five dollars a seat per month",
          "card or bank transfer within thirty days",
          "read-only for fourteen days",
          "your data is kept for ninety days",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "customer_asks_qa", "merged_steps"],
      notes="Complete. Customer-led (32 seats first). Figures in words; the 32-seat price is derived from the card ($300 x 32 = "
            "$9,600, less 15% = $8,160). The double charge is acknowledged; late-renewal Q&A answered. He agrees to renew 32 "
            "seats annually and the quote goes by email (condition 1)."),
    L("english-support-02.txt", E, "B", ESC, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=[
          "for 40 seats that's $10,200",
          "$300 a seat per year before the discount",
          "$25 a seat per month",
      ],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["how do I reach support these days?"],
      style=["step_skipped", "question_dodged", "role_labels", "early_end"],
      notes="Labels CloudDesk/Mark. Step 4 (billing) skipped; the double charge is never addressed. The support question is "
            "dodged with 'we've really improved on that front' (not labelled: puffery). He must check with finance and asks for the "
            "quote by email: legitimate caller condition 2."),
    L("english-support-03.txt", E, "C", ES, {1: [0], 3: [2], 4: [4], 5: [8]},
      correct=[
          "I'll email the quote right away",
      ],
      invented=[
          ("expires on April 30", D),
          ("Seat changes can only happen mid-year", N),
          ("The renewal is $10,800 with the early discount", D),
          ("monthly billing is $30 a seat per month", D),
          ("That was actually your bank's error, not ours", N),
          ("Billing is quarterly now", N),
          ("payment is due on receipt, card only", N),
          ("Your data is deleted right away at expiry", N),
          ("Support is by email only these days", N),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "curt_opening"],
      notes="9 invented (3 digits, 6 none): wrong expiry date, no seat reduction at renewal, $10,800, $30 a month, blaming the "
            "bank, quarterly billing, card only on receipt, immediate deletion, email-only support. Step 2 not covered. The card "
            "has no not-allowed list. The ending holds literally (he agrees to renew 40 seats and the quote goes by email)."),
    L("english-support-04.txt", E, "C", ESM, {1: [0], 2: [2], 3: [2], 4: [2], 5: [8]},
      correct=[
          "Billing is now one invoice per renewal, and I'll personally check it before it's sent",
          "renewing before March 31 gets 15% off, so $10,200",
      ],
      invented=[
          ("the 15% only applies if you pay today", D),
          ("reducing seats means losing the discount", N),
      ],
      opening_ok=True, closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["invented_facts", "illegitimate_ending", "role_labels"],
      notes="Labels CloudDesk/Mark Davis. 2 invented (digits, none). Illegitimate ending: a conditional yes whose condition the "
            "rep has expressly refused. He will renew only if the quote says in writing that a repeat double charge earns a free "
            "month. She says she cannot put that in the quote. He repeats: 'that's still my condition. Yes to the renewal, with "
            "that clause in it.' She closes [END:1] on sending the quote, which by her own words will not have the clause."),
]


if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
