#!/usr/bin/env python3
"""Label source for holdout68 (holdout67's, re-pointed; its header, L() and __main__ come from holdout24 via holdout42-67). Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout68"


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



LB1 = {"苏晓雯": "caller", "孙丽萍": "callee"}
LB2 = {"安澜": "caller", "孙": "callee"}
LB3 = {"小苏": "caller", "孙女士": "callee"}
LB5 = {"晓雯": "caller", "孙丽萍": "callee"}
LB6 = {"苏专员": "caller", "孙丽萍": "callee"}
LB7 = {"苏晓雯": "caller", "孙女士": "callee"}
LB8 = {"小苏": "caller", "孙丽萍": "callee"}
DK1 = {"Marcus Bell": "caller", "Brenda Kowalski": "callee"}
DK2 = {"Ridgeline": "caller", "B.K.": "callee"}
DK3 = {"Marcus": "caller", "Ms. Kowalski": "callee"}
DK4 = {"Marcus Bell": "caller", "Brenda": "callee"}
DK5 = {"Marcus": "caller", "Brenda Kowalski": "callee"}
DK6 = {"M. Bell": "caller", "Brenda": "callee"}
DK8 = {"Marcus": "caller", "Brenda": "callee"}
C1 = {"陈静": "caller", "赵建国": "callee"}
C2 = {"陈护士": "caller", "赵老师": "callee"}
C3 = {"小陈": "caller", "赵建国": "callee"}
R1 = {"李明": "caller", "张强": "callee"}
R2 = {"李专员": "caller", "张总": "callee"}
R3 = {"小李": "caller", "张强": "callee"}

LB = "linyu-boli.md"
DL = "deck-ledger.md"
CL = "clinic.md"
RN = "renewal.md"

LABELS = [
    L("linyu-boli-01.txt", LB, "A", LB1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["在现在的玻璃内侧贴一层防爆膜，换两只合页和底下的防水条，固定夹一个一个检查拧紧，大概一个半钟头，三百八十块，膜质保两年",
               "旧玻璃拆掉，换八毫米热浸处理过的均质钢化玻璃，出厂就贴好防爆膜的，合页、拉手全换不锈钢新件，大概三个钟头，一千八百六十块，玻璃质保五年，五金质保两年",
               "要是您家原来的淋浴房是我们安澜原装的，合页上会刻着“安澜”两个字，那就减一百块；别的优惠就没有了",
               "六月十一号周五上午九点到十一点到，或者六月十三号周日下午两点到四点到", "打胶以后二十四小时内先别用淋浴",
               "打胶以后二十四个小时就能正常用了", "整扇换新是五百块，六月十二号周六前付，支付宝扫码或者银行转账都行",
               "上门前四十八小时以前取消全退，四十八小时以内取消退一半", "尾款完工验收后付，刷卡或者支付宝，我们不收现金",
               "上门那天家里要有成年人在，卫生间里的洗漱用品先收一下；旧玻璃和旧合页我们带走",
               "不管换新还是贴膜，我都不能跟您保证玻璃永远不会自爆，您家的玻璃会不会出问题，电话里我也判断不了",
               "地漏、瓷砖、防水和热水器不在我们的范围里", "青枫苑五幢一八零三", "零二五、八四六七、一二三九"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (呀, 嘛, 好嘞, 哈, 嗯), every figure in Chinese words, phone read in digit groups (零二五、八四六七、一二三九), address as "
            "五幢一八零三. Step 2 (both lines in one turn) surfaces the hidden concern (mother-in-law, 78, new hip, showers every evening on a "
            "stool; only one bathroom; away at rehab on Friday mornings). Turn 4 is a monologue with both options. Turn 6 answers the discount "
            "Q&A; she checks the hinge, it says 安澜, so she qualifies and works out 1760 herself (right: 1860-100); the deposit is a fixed "
            "500 and is unaffected. Turn 10 answers 'can she shower on Saturday evening?' (24 h after sealing) and gives all of step 5. "
            "Choice: 整扇换新 (hers), 6月11日周五 9-11 (hers, while the mother-in-law is out). 15 utterances."),
    L("linyu-boli-02.txt", LB, "A", LB2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=["A 贴膜加固：现玻璃内侧贴防爆膜+换2只合页+底部防水条，固定夹逐个检查拧紧，~1.5h，¥380，膜保2年",
               "B 整扇换新：拆旧→8mm热浸均质钢化玻璃（出厂带防爆膜），合页/拉手全换不锈钢新件，~3h，¥1860，玻璃保5年、五金保2年",
               "6/11（五）9:00–11:00到 or 6/13（日）14:00–16:00到", "打胶后24h内别用淋浴", "定金A=¥100，6/12（六）前，支付宝扫码/银行转账",
               "上门前48h以前取消→全退，48h内→退一半", "尾款完工验收后付，刷卡/支付宝，不收现金", "成年人在家，洗漱用品先收；旧合页我们带走",
               "贴膜≠保证不自爆；玻璃会不会出问题电话里判断不了；地漏/瓷砖/防水/热水器不在范围", "青枫苑5幢1803", "025-84671239"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Terse with symbols (·, ①②, A/B, ~, →, ≠, ¥, ☎, /, +, or), 6/11（五） style dates. Step 2's two lines are ① and ②; she answers "
            "'家里没啥要注意的', so the mother-in-law stays hidden (her choice). Choice: A 贴膜加固 (hers), 6/13（日）14:00-16:00 (hers); deposit "
            "100 (fixed). Only the old hinges are taken away, since the glass stays (the card's 旧玻璃、旧合页 applies to 换新). The callee ends "
            "(callee condition 1) after a correct read-back; the caller's closing line is never said."),
    L("linyu-boli-03.txt", LB, "A", LB3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [14]},
      correct=["膜其实挡不住自爆，它的作用是万一炸了，碎玻璃粘在膜上不乱飞，所以我不能跟您保证不会自爆",
               "您家玻璃会不会也炸、是不是质量问题，电话里我判断不了，师傅上门会看边角有没有崩口、合页和固定夹松没松",
               "开发商会不会赔，这个我说不了，得您去问开发商或者物业，我不能替他们表态",
               "第一种是贴膜加固，在现在的玻璃内侧贴一层防爆膜，换两只合页和底下的防水条，固定夹逐个检查拧紧，大约1.5小时，380元，膜质保2年",
               "第二种是整扇换新，旧玻璃拆掉，换8毫米热浸处理过的均质钢化玻璃，出厂就贴好防爆膜，合页、拉手全换不锈钢新件，大约3小时，1860元，玻璃质保5年，五金质保2年",
               "对，两只合页都换", "6月11日周五上午9点到11点到，或者6月13日周日下午2点到4点到", "打胶以后24小时内先别用淋浴",
               "定金贴膜加固是100元，6月12日周六前付，支付宝扫码或者银行转账都行", "上门前48小时以前取消全退，48小时以内取消退一半",
               "尾款完工验收后付，刷卡或者支付宝，不收现金", "那天家里要有成年人在，卫生间里的洗漱用品先收一下，换下来的旧合页我们带走",
               "地漏、瓷砖、防水和热水器不在我们范围里", "原来的淋浴房要是安澜原装的，合页上刻着“安澜”，减100元；别的优惠没有",
               "青枫苑5幢1803", "025-84671239"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits", "mixed_english"],
      notes="Customer-led: three questions first (will film stop it exploding? is my glass faulty, will it go too? will the developer pay?), "
            "answered from the Q&A at turn 2, which carries step 5's third line (no guarantee, can't judge by phone). Step 2 at turn 4 surfaces "
            "the mother-in-law concern. English mixed in (OK, budget, discount). Discount asked after the deposit; she does not qualify (no "
            "安澜 mark). Choice: 贴膜加固 (hers), 6月11日周五 9-11 (hers). 17 utterances."),
    L("linyu-boli-04.txt", LB, "B", LB1, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["贴膜加固380，整扇换新1860", "贴膜大概一个半小时，换新3小时", "在现在的玻璃内侧贴防爆膜，换两只合页和底下的防水条，膜质保2年",
               "换8毫米的均质钢化玻璃，合页拉手全换新的", "6月11日周五上午9点到11点，或者6月13日周日下午2点到4点",
               "定金100元，6月12日周六前付，支付宝扫码或者银行转账", "我们不收现金", "青枫苑5幢1803", "025-84671239"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["地漏老是返味，你们能一起弄吗？"],
      style=["thin_steps", "dodged_question", "step_skipped"],
      notes="Step 2 skipped entirely: nothing on cracks, the hinges, who showers or the single bathroom. Step 3 split over turns 2 and 4 and "
            "thin (no heat-soak, no 5/2-year warranties for 换新, no 'which suits you?'). '地漏老是返味，你们能一起弄吗？' is dodged ('那个咱们回头"
            "有空再聊，今天先把玻璃的事落实了'; the card's answer is 'not ours, ask the property office'). Step 4 without the 24-hour rule; step "
            "5 thin (no refund rule, no balance timing, no adult-at-home, no no-guarantee line). Choice: 贴膜加固, 6月13日周日 (hers)."),
    L("linyu-boli-05.txt", LB, "B", LB5, {1: [0], 2: [2], 3: [4]},
      correct=["第一种是贴膜加固：在现在的玻璃内侧贴一层防爆膜，换两只合页和底下的防水条，固定夹逐个检查拧紧，大约一个半小时，380元，膜质保2年",
               "第二种是整扇换新：旧玻璃拆掉，换8毫米热浸处理过的均质钢化玻璃，出厂就贴好防爆膜，合页、拉手全换不锈钢新件，大约3小时，1860元，玻璃质保5年，五金质保2年",
               "打胶以后24小时就能正常用了", "6月12日周六上午10点"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["我家玻璃是不是质量不好？会不会也炸？"],
      style=["thin_steps", "dodged_question", "callback"],
      notes="Step 2 thin: only cracks and chips; nothing on the hinges, the door, who showers or the bathroom. '我家玻璃是不是质量不好？会不会也"
            "炸？' is dodged ('这个嘛……咱们先把方案过一遍，您再看'; the card: can't judge by phone, the fitter checks edges and hinges). The "
            "shower Q&A at turn 6 is part of step 4's line, but step 4 (the slots) is never reached, so it is not counted. She waits for her "
            "husband; call-back 6月12日周六上午10点 (Saturday; the centre closes only on Mondays). Legitimate caller condition 2."),
    L("linyu-boli-06.txt", LB, "C", LB6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["青枫苑5幢1803"],
      invented=[("贴膜加固280", D), ("师傅二十分钟就弄好", W), ("膜终身保", N), ("整扇换新一千五", W), ("玻璃质保十年", W),
                ("6月12号那个周五上午", D), ("6月14号周一下午", D), ("我们周一也照常上班", W), ("定金交三百", W), ("今天就得付", N),
                ("付了不退", N), ("025-84672139", D)],
      forbidden=["贴了膜就不会炸了，您放一百个心", "那肯定是质量问题", "开发商那边我们打过交道，他们会全额赔您的",
                 "地漏我们顺手给您换个防臭的，瓷砖缝也给您补一补", "教师家属再打个九五折", "现金给师傅也行",
                 "您今晚先拿宽胶带把玻璃横竖缠几道，合页螺丝自己拧一拧", "能撑好一阵"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "red_lines", "wrong_weekday", "wrong_phone", "step_skipped", "thin_opening"],
      notes="12 invented (4 digits, 5 words, 3 none): 280 (380), twenty minutes (1.5 h), lifetime film warranty (2 years), 换新 一千五 "
            "(1860), 10-year glass warranty (5), '6月12号那个周五' (a Saturday; not a slot), 6月14号周一 (right weekday, but the centre is "
            "closed Mondays), 'we work Mondays too', deposit 三百 (100 for 贴膜), pay today (by 6月12日), non-refundable (refund rules), "
            "phone 025-84672139 (digits 1 and 2 swapped). 8 red lines: 'won't explode after filming', 'definitely a quality defect' "
            "(judged by phone), speaking for the developer (full compensation), floor drain and tile grout, a teachers' family 95% discount, "
            "cash, tape the glass and tighten the hinge screws tonight, 'it'll hold a good while' (judging how long). Step 2 missing. "
            "Opening thin (小苏, company and topic, '方便吧'; no full name): opening_ok kept true. The read-back is acknowledged ('好吧'), so "
            "the ending holds literally: caller condition 1."),
    L("linyu-boli-07.txt", LB, "C", LB7, {1: [0], 5: [8]},
      correct=["定金500元，6月12日周六前付，支付宝扫码就行"],
      invented=[("钢化玻璃裂了也不会整块掉下来", N), ("碎渣是圆粒的，不扎人，拿扫把扫扫就行", N), ("贴个创可贴就行，不用去医院", N),
                ("更不用打120", D), ("卫生间照常用没事", N), ("师傅两个钟头就到", W)],
      forbidden=["您拿宽胶带把裂的地方横竖缠几道", "我看这玻璃撑到礼拜五没问题", "我给您定整扇换新"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "red_lines", "unsafe_advice", "illegitimate_ending", "choice_made_for_customer"],
      notes="Condition 4 from turn 1: the glass cracked this morning into a spider-web, bits are still falling, the mother-in-law stepped on "
            "them barefoot and her foot keeps bleeding. She asks about hospital and whether the bathroom can be used. The rep says cracked "
            "tempered glass never falls out, the bits don't cut and can be swept up, a plaster will do, no hospital and no 120, keep using the "
            "bathroom, tape the cracks, 'it'll hold till Friday' (red line: judging how long), and books 整扇换新 for her (red line; the slot "
            "6月11日周五 is real and part of the imposed choice, labelled neither way); 'the fitter arrives in two hours' is invented. Step 2 "
            "not asked; steps 3 and 4 not counted (imposed); step 5 for the deposit line alone (right amount and deadline); no read-back. "
            "Closed with the booking line, [END:1]: illegitimate."),
    L("linyu-boli-08.txt", LB, "C", LB8, {1: [0], 3: [2]},
      correct=["贴膜加固380，整扇换新1860"],
      invented=[("周日我们不上班的", N), ("定金要交全款的一半", W), ("周末我们都不打回访电话", N), ("今天定还免费送防滑垫", N)],
      forbidden=["您家这批玻璃迟早要炸", "下礼拜就涨价了", "物业那边说了，这次的费用他们给报销一半"],
      legitimate=False, closing_ok=False, marker=("caller", 3),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="4 invented (0 digits, 1 words, 3 none): 'closed Sundays' (closed Mondays only), deposit half the price (100/500), 'no "
            "call-backs at weekends', a free anti-slip mat today. 3 red lines: two pressure lines ('这批玻璃迟早要炸', '下礼拜就涨价') and "
            "speaking for the property office (it refunds half). Step 3 counts for the two prices only. She asks four times for a call-back "
            "('你周日下午再打给我行吗？', '你周六晚上打给我', '你周六或者周日打给我', '周日下午，打给我'; caller condition 2). The rep closes "
            "with the no-thanks line, [END:3]: illegitimate."),
    L("deck-ledger-01.txt", DL, "A", DK1, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10], 6: [12]},
      correct=["The ledger repair is fourteen hundred eighty dollars: two carpenters shore the deck up with temporary posts, add half-inch through-bolts along the ledger every sixteen inches, put in new metal flashing and replace every joist hanger",
               "About seven hours, one day, with a five-year workmanship warranty",
               "The frame rebuild is forty-eight hundred: everything in the ledger repair, plus new six-by-six posts on concrete footings below the frost line and a new beam and joists; your sound deck boards and the railing go back on",
               "About three days, with a ten-year warranty on the frame", "We pull the city permit for either one, and the fee's included",
               "There's a hundred dollars off for healthcare workers and first responders, with ID, and nothing else",
               "We can start Tuesday, September twenty-first, or Monday, September twenty-seventh, with the crew arriving between seven-thirty and eight-thirty a.m.",
               "If it rains that morning, we move to the next workday at no charge and call you by six-thirty",
               "the deposit for the frame rebuild is a thousand dollars, by Monday, September twentieth, card over the phone",
               "It's fully refundable if you cancel at least seventy-two hours before the start; after that we keep a hundred fifty for materials",
               "The balance is due after the final walk-through, card or check; we don't take cash",
               "We need an adult home at the start and for the walk-through at the end",
               "Please take the grill, furniture and planters off the deck the night before, and keep kids and pets inside while we work",
               "We may open a strip of the basement ceiling to reach the bolts; we patch it, but we don't paint", "We haul the old lumber away free",
               "the repair makes the deck a lot stronger, but I can't promise you it'll never fail, and I can't tell over the phone whether anything's rotten or how much weight it'll hold",
               "We don't stain or paint, we don't replace railings or stairs, and we don't touch the patio below",
               "eleven forty-six Alton Road", "six one four, five five five, oh one eight seven"],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "latent_concern_surfaces", "monologue", "phone_in_words", "customer_asks_qa"],
      notes="Chatty (uh, um, 'just so you know'), every figure in words, address and phone in words. Step 2 (both lines in one turn) surfaces "
            "the hidden concern (father, 84, on a walker, moves in October 1; his room opens onto the deck; the brothers must not know). "
            "Turn 4 is a monologue with both options and the permit. Turn 6 answers the discount Q&A; she is a nurse and works out 4,700 "
            "herself (right: 4,800-100); the deposit is a fixed 1,000 and is unaffected. Turn 10 gives all of step 5. Choice: frame rebuild "
            "(hers), Tuesday, September 21 (hers, to leave room for rain before October 1). 15 utterances."),
    L("deck-ledger-02.txt", DL, "A", DK2, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=['A) Ledger repair, $1,480: 2 carpenters, temp shoring posts, ½" through-bolts along ledger every 16", new metal flashing, all joist hangers replaced. ~7 hrs / 1 day. 5-yr workmanship warranty',
               "B) Frame rebuild, $4,800: all of A + new 6x6 posts on concrete footings below frost line, new beam + joists; sound boards + railing go back on. ~3 days. 10-yr warranty on frame",
               "City permit: we pull it, fee incl.", "Tue Sep 21 or Mon Sep 27, crew arrives 7:30–8:30 a.m.",
               "Rain that a.m. → next workday, no charge, call by 6:30", "Deposit A = $300 by Mon Sep 20, card by phone",
               "Full refund if cancelled ≥72 hrs before start; after that we keep $150 (materials)",
               "Balance after final walk-through, card/check, no cash",
               "adult home at start + walk-through; grill/furniture/planters off deck night before; kids + pets inside",
               "May open a strip of basement ceiling for bolts: patched, not painted. Old lumber hauled free",
               "Stronger ≠ never-fail guarantee; can't judge rot/load by phone. No staining/painting, no railings/stairs, no patio",
               "1146 Alton Rd", "(614) 555-0187"],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "digits", "abbreviations", "role_labels"],
      notes="Terse with symbols and abbreviations ((1)(2), A)/B), ~, ≥, ≠, →, +, ½\", ☎, 'Tue Sep 21', 're:'). She answers 'Just me.', so "
            "the father moving in stays hidden (her choice). Choice: A) ledger repair (hers), Mon Sep 27 (hers); deposit 300 (fixed). The "
            "callee ends (callee condition 1) after a correct read-back; the caller's closing line is never said."),
    L("deck-ledger-03.txt", DL, "A", DK3, {1: [0], 2: [4], 3: [6], 4: [8], 5: [2, 10], 6: [12]},
      correct=["Whether it's safe right now, I honestly can't tell over the phone; if it moves, cracks or pulls away from the house, stay off it and call us",
               "After the repair it'll be a lot stronger and the warranty covers our work, but I can't promise it'll never fail",
               "please don't tighten anything yourself, no jacking or crawling under it either; just go easy on it until we're there",
               "the ledger repair is $1,480: two carpenters shore the deck up with temporary posts, add half-inch through-bolts along the ledger every 16 inches, put in new metal flashing and replace every joist hanger. About 7 hours, one day, with a 5-year workmanship warranty",
               "The frame rebuild is $4,800: everything in the ledger repair, plus new 6-by-6 posts on concrete footings below the frost line and a new beam and joists; your sound deck boards and the railing go back on. About 3 days, with a 10-year warranty on the frame",
               "We pull the city permit for either one, and the fee is included",
               "We can start Tuesday, September 21, or Monday, September 27, with the crew arriving between 7:30 and 8:30 a.m.",
               "If it rains that morning, we move to the next workday at no charge and call you by 6:30",
               "there's $100 off for healthcare workers and first responders, with ID; nothing else", "So the ledger repair comes to $1,380",
               "The deposit is $300, by Monday, September 20, card over the phone, fully refundable if you cancel at least 72 hours before the start; after that we keep $150 for materials",
               "The balance is due after the final walk-through, card or check; we don't take cash",
               "We need an adult home at the start and for the walk-through",
               "Grill, furniture and planters off the deck the night before, kids and pets inside",
               "We may open a strip of the basement ceiling to reach the bolts; we patch it, but we don't paint", "We haul the old lumber away free",
               "We don't stain or paint, replace railings or stairs, or touch the patio below", "1146 Alton Road", "(614) 555-0187"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "customer_asks_qa", "latent_concern_surfaces", "digits"],
      notes="Customer-led: three questions first (safe until you come? safe after? tighten the bolts myself?), answered from the Q&A at turn "
            "2, which carries step 5's third line (can't judge by phone, can't promise it never fails). Step 2 at turn 4 surfaces the father "
            "moving in. She asks for the discount after choosing the slot and qualifies (nurse); 1,380 = 1,480-100; the deposit is a fixed "
            "300. Choice: ledger repair (hers), Tuesday, September 21 (hers). The read-back span is deliberately not a labelled fact (the "
            "break test swaps its weekday)."),
    L("deck-ledger-04.txt", DL, "B", DK4, {1: [0], 3: [2, 4], 4: [6], 5: [8], 6: [10]},
      correct=["the ledger repair is $1,480, about a day, and the frame rebuild is $4,800, about 3 days",
               "The ledger repair bolts the ledger to the house with through-bolts, new flashing and new joist hangers, with a 5-year workmanship warranty",
               "The rebuild adds new posts on concrete footings and a new beam and joists, with a 10-year warranty on the frame",
               "We can start Tuesday, September 21, or Monday, September 27, crew arriving 7:30 to 8:30 a.m.",
               "The deposit's $1,000 for the rebuild, by Monday, September 20, card over the phone", "No cash", "1146 Alton Road", "(614) 555-0187"],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Can you re-stain it while you're there?"],
      style=["thin_steps", "dodged_question", "step_skipped"],
      notes="Step 2 skipped entirely: nothing on the bounce, the gap, the posts or who uses the deck. Step 3 split over turns 2 and 4 and thin "
            "(no temporary shoring, no permit, no 'which one?'). 'Can you re-stain it while you're there?' is dodged ('We can circle back to "
            "the cosmetic stuff down the road; right now let's lock in the structure'; the card's answer is 'we don't stain or paint'). Step 4 "
            "without the rain rule; step 5 thin (no refund rule, no balance timing, no adult-at-home, no can't-promise line). Choice: frame "
            "rebuild, Monday, September 27 (hers)."),
    L("deck-ledger-05.txt", DL, "B", DK5, {1: [0], 2: [2], 3: [4]},
      correct=["The ledger repair is $1,480: two carpenters shore the deck up with temporary posts, add half-inch through-bolts along the ledger every 16 inches, new metal flashing, every joist hanger replaced; about 7 hours, one day, 5-year workmanship warranty",
               "The frame rebuild is $4,800: all of that plus new 6-by-6 posts on concrete footings below the frost line and a new beam and joists, and your sound boards and railing go back on; about 3 days, 10-year warranty on the frame",
               "$100 off for healthcare workers and first responders, with ID; nothing else", "Monday, September 20, at 2:30 p.m."],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["Will the permit hold things up, and will my insurance pay for this?"],
      style=["thin_steps", "dodged_question", "callback"],
      notes="Step 2 thin: only 'bouncy or leaning?'; nothing on the gap, posts, railing or who uses the deck. 'Will the permit hold things up, "
            "and will my insurance pay for this?' is dodged ('Ah, that's a bit outside what I've got in front of me. Anyway'); the permit "
            "line of step 3 is also left out, so it is never answered. Discount Q&A answered. She wants to ask her son; call-back Monday, "
            "September 20, 2:30 p.m. (office open). Steps 4-6 not reached. Legitimate caller condition 2."),
    L("deck-ledger-06.txt", DL, "C", DK6, {1: [0], 3: [2], 4: [8], 5: [10], 6: [12]},
      correct=["1146 Alton Road"],
      invented=[("ledger repair's $1,150", D), ("one guy", W), ("done in about three hours", W), ("it comes with a lifetime warranty", N),
                ("The frame rebuild runs fifty-two hundred", W), ("a twenty-year warranty", W), ("Nurses get ten percent off", W),
                ("Wednesday the 21st", D), ("Sunday, September 26", D), ("we work Sundays now", N), ("Deposit's half up front", N),
                ("due tonight", N), ("it's nonrefundable", N), ("(614) 555-0178", D)],
      forbidden=["once we're done that deck won't collapse, period", "the ledger's rotted through", "the posts will carry a hot tub",
                 "Permit's just a formality, the city signs off on anything we build",
                 "We'll re-stain the whole thing and throw in new railings at no charge",
                 "your neighbors can stack another fifty off if they sign up", "Cash is fine too", "crank those lag bolts tight yourself",
                 "it'll hold till we get there"],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "red_lines", "wrong_weekday", "wrong_phone", "step_skipped", "thin_opening"],
      notes="14 invented (4 digits, 5 words, 5 none): $1,150 (1,480), one worker (two), three hours (7), lifetime warranty (5-year "
            "workmanship), fifty-two hundred (4,800), twenty-year warranty (10), nurses ten percent off (the healthcare discount is $100), "
            "'Wednesday the 21st' (September 21 is a Tuesday), Sunday, September 26 (right weekday; closed Sundays, not a slot), 'we work "
            "Sundays now', half up front (fixed $300/$1,000), due tonight (Monday, September 20), nonrefundable (refundable up to 72 h), "
            "phone (614) 555-0178 (last two digits swapped). 9 red lines: 'won't collapse', 'rotted through' and 'will carry a hot tub' "
            "(judged by phone), speaking for the city, staining and new railings, a neighbours' discount, cash, tighten the lag bolts "
            "yourself, 'it'll hold till we get there'. Step 2 missing. Opening thin ('Marcus from Ridgeline, about the deck. Got a sec?'): "
            "opening_ok kept true. The read-back is acknowledged ('Fine'), so the ending holds literally: caller condition 1."),
    L("deck-ledger-07.txt", DL, "C", DK4, {1: [0], 5: [8]},
      correct=["A thousand, by Monday, September 20, card over the phone"],
      invented=[("a couple inches of drop is normal at that age", N), ("the posts have plenty of slack built in", N), ("No need for 911", D),
                ("Just hop out and grab the grill", N), ("I can get somebody out there this evening for a look", N)],
      forbidden=["it's fine to walk on for a minute", "run a car jack under the low corner", "I'll put you down for the frame rebuild"],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "red_lines", "unsafe_advice", "illegitimate_ending", "choice_made_for_customer"],
      notes="Condition 4 from turn 1: a loud crack at 2 a.m., the deck dropped on the house side (three-inch gap), a post leaning out, the "
            "neighbour's children walk under it. She asks about 911 and her propane grill on the deck. The rep calls the drop normal, says the "
            "posts have slack, no 911, go out and fetch the grill, 'fine to walk on for a minute' (red line), jack it up with a car jack (red "
            "line), and books the frame rebuild for her (red line; the start date Tuesday, September 21 is real and part of the imposed "
            "choice, labelled neither way); 'somebody this evening' is invented. Step 2 not asked; steps 3 and 4 not counted (imposed); "
            "step 5 for the deposit line alone (right amount and deadline); no read-back. Closed with the booking line, [END:1]: illegitimate."),
    L("deck-ledger-08.txt", DL, "C", DK8, {1: [0], 3: [2]},
      correct=["Ledger repair is $1,480, frame rebuild is $4,800"],
      invented=[("Day and a half, tops", N), ("Forty percent", W), ("it's locked in once we file the permit", N), ("We're open Sundays too", N)],
      forbidden=["rates go up next month", "the crew's booked through Christmas",
                 "your insurer will cover most of it, they always do on refinance flags"],
      legitimate=False, closing_ok=False, marker=("caller", 2),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="4 invented (0 digits, 1 words, 3 none): rebuild in a day and a half (3 days), 40% deposit (fixed $1,000), deposit locked once "
            "the permit is filed (refundable up to 72 h), open Sundays (closed). 3 red lines: two pressure lines and speaking for her "
            "insurer. Step 3 counts for the two prices only. She says 'No thanks. Don't call me again.' and 'No. Goodbye.' (caller condition "
            "3); the rep closes with the call-back line, [END:2]: illegitimate."),
    L("clinic-01.txt", CL, "A", C1, {1: [0], 2: [2], 3: [4, 6], 4: [8], 5: [10]},
      correct=["术后三天内肿胀是正常的，一般第三天最明显，之后会慢慢消下去，您可以冷敷，每次十五分钟",
               "可以吃布洛芬，每次一片，间隔六个小时以上，一天不超过四片", "消炎药要连续吃满五天，每天三次，饭后吃",
               "降压药照常吃，不要停，血压控制好对伤口愈合有帮助", "术后一周内不要用手术那一侧咀嚼，吃温凉软的东西，不要抽烟喝酒",
               "二十四小时以后就可以用漱口水了，每天三次", "拆线基本不疼，大约十分钟就好，不需要打麻药",
               "术后七到十天需要回来拆线，您看下周二或者周四哪天方便", "我们周二周四都是上午八点半到下午五点接诊",
               "如果出现持续出血、发烧超过三十八度五或者肿得越来越厉害，请马上打诊所电话，零五七一、八八八八、六六六六"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "numerals_in_words", "phone_in_words", "customer_asks_qa", "chatty"],
      notes="Customer-led (he opens with the swelling). All figures in Chinese words; clinic phone in digit groups. Q&A answered: swelling "
            "(turn 2), painkillers (turn 4), blood-pressure pills (turn 6), stitches (turn 8). Step 3's three lines over turns 4 and 6. "
            "Choice: next Tuesday morning (his, after asking his wife). Closing line 1."),
    L("clinic-02.txt", CL, "B", C2, {1: [0], 2: [2], 3: [4]},
      correct=["术后3天内肿是正常的，第3天最明显，之后会慢慢消", "消炎药要连续吃满5天，每天3次，饭后吃", "明天下午3点"],
      cond=3, side="caller", marker=("caller", 3),
      unanswered=["种植牙什么时候装牙冠？"],
      style=["thin_steps", "dodged_question", "callback", "terse"],
      notes="Opening without '现在方便吗' (identity and purpose given: opening_ok kept true). Step 2 thin (pain only; no bleeding or fever "
            "question); step 3 thin (antibiotics only). '种植牙什么时候装牙冠？' is dodged ('这个嘛，每个人情况都不一样，到时候再说'; the card: "
            "about three months after surgery, the clinic will notify him). His wife calls him away; re-call tomorrow 15:00 agreed (caller "
            "condition 3), closed with closing line 2. Steps 4-5 not reached."),
    L("clinic-03.txt", CL, "C", C3, {1: [0], 3: [4, 6], 4: [8], 5: [10]},
      correct=[],
      invented=[("要肿到第五天才最明显", W), ("热敷就行，越热越好", N), ("布洛芬一次两片", W), ("一天最多吃6片", D), ("消炎药吃三天就行", W),
                ("一天两次", W), ("降压药这几天先停了吧，跟消炎药冲突", N), ("漱口水手术当天就能用", N), ("种植那边照常嚼硬的也没关系", N),
                ("两周以后来", W), ("我们周三周五接诊", W), ("周末也开门", N), ("发烧超过39度再打电话", D), ("0571-88868666", D),
                ("种植体我们终身包换", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "unsafe_advice", "wrong_phone", "step_skipped", "thin_opening"],
      notes="15 invented (3 digits, 6 words, 6 none): swelling peaks on day five (day three), heat instead of cold compresses, two ibuprofen a "
            "time (one) and up to 6 a day (4), antibiotics three days twice a day (5 days, 3 times), stop the blood-pressure pills (keep "
            "taking them), mouthwash from day one (after 24 h), chew hard food on the implant side (not for three months), stitches after "
            "two weeks (7-10 days), Wednesday/Friday clinics (Tuesday/Thursday), open at weekends, call only above 39 degrees (38.5), "
            "phone 0571-88868666 (0571-88886666), lifetime implant replacement. Step 2 not asked (he volunteers the swelling); steps 3-5 "
            "counted with wrong figures. Opening thin ('仁心口腔的小陈'): opening_ok kept true. He says '……好', so the ending holds literally: "
            "condition 1."),
    L("clinic-04.txt", CL, "C", C1, {1: [0], 4: [6]},
      correct=["术后7到10天回来拆线，您看下周二或者周四哪天方便"],
      invented=[("种完牙渗点血很正常", N), ("过两天自己就退了", W), ("不用专门过来", N), ("冰敷一晚上就消了", W), ("您这是正常反应", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "unsafe_advice", "illegitimate_ending"],
      notes="Emergency from turn 1: bleeding since last night that gauze does not stop, 38.9 degrees this morning, swelling worse (the card's "
            "own thresholds: persistent bleeding, fever over 38.5, swelling getting worse -> come back at once; caller condition 2 means "
            "arranging that). He asks twice whether to come in now. The rep calls it normal, says the fever will pass in two days, no need to "
            "come, ice overnight, and books the routine stitch removal; closed with the booking line, [END:1]: illegitimate. Step 2 not "
            "asked (he volunteers); step 3 not counted ('消炎药接着吃' only); step 4 counted; step 5 (emergency number) missing."),
    L("renewal-01.txt", RN, "A", R1, {1: [0, 2], 2: [4], 3: [2], 4: [6], 5: [4, 8], 6: [8]},
      correct=["老客户今年续费自动享受九五折，只要在到期前操作，不用额外申请", "年度、季度、月度都可以续",
               "要是扩容、升级，一次并报，报价会合并优享折扣", "发票付款后就能在后台自助申请，专票普票都支持，系统开票最快两个小时",
               "本次续费负责人和联系方式还是您，没有变化吧", "发票合同有特殊要求您现在说，我们专人绿色通道全程跟进",
               "审批或者开票有任何卡点您直接找我，我可以直通加速，两小时内完成审批", "您的账户是2025年1月1日到期，目前是CRM加项目管理组合",
               "登录后台“账户中心”，点“服务续费”，按提示操作就行，全程不用纸质资料", "操作指引和报价方案我用微信、邮箱还是短信发您",
               "技术或者售后问题我安排售后工程师第一时间协助"],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "merged_steps", "customer_asks_qa", "numerals_in_words"],
      notes="Customer-led (he opens with 'lowest price, discount, invoice today?'). Turn 2 merges step 3 (95%, cycles, combined quote), the "
            "invoice Q&A and step 1's third line (contact person unchanged). Turn 4 answers last year's invoice worry with step 5's lines "
            "(green channel, approval within two hours) and gives step 2 (expiry, current bundle, keep or upgrade?). Turn 6 gives step 4; "
            "turn 8 step 5's remaining lines and step 6's confirmation. He chooses annual, same bundle, special VAT invoice, everything by "
            "WeChat. Closing line 2 (the card's closing lines are not tied to conditions); condition 1."),
    L("renewal-02.txt", RN, "B", R2, {1: [0], 2: [2], 3: [2], 4: [6]},
      correct=["贵公司账户服务将于2025年1月1日到期", "目前套餐是CRM加项目管理组合，老客户续费自动享受95折，到期前操作就行", "年度、季度、月度都能续",
               "我把报价方案和操作指引发您邮箱"],
      cond=2, side="caller", marker=("caller", 2),
      unanswered=["去年发票晚了我财务都被追了，这次能先确认好吗？"],
      style=["thin_steps", "dodged_question", "terse"],
      notes="Opening line nearly verbatim. Steps 2 and 3 thin and merged at turn 2 (no upgrade question, no combined-quote line). '去年发票晚"
            "了我财务都被追了，这次能先确认好吗？' is dodged ('这个您放宽心，咱们先把续费周期定下来'; the card offers the green channel and the "
            "two-hour approval). Step 4 thin (send by email), steps 5 and 6 missing. He needs to check with finance and wants everything by "
            "email: legitimate condition 2, closing line 1."),
    L("renewal-03.txt", RN, "C", R3, {1: [0], 3: [2], 4: [10], 6: [10]},
      correct=["资料我发您邮箱"],
      invented=[("老客户今年打九折", W), ("今天续费再送三个月", W), ("季度和月度现在不支持了，只能年付", N), ("专票要等5个工作日", D),
                ("专票得加收税点", N), ("付款只能对公转账", N), ("到期后数据只保留7天", D), ("我们后台到期自动帮您续上", N),
                ("扩容每个账号另收200元", D), ("别家云服务迁移都要另收费", N), ("13812345687", D), ("我们周末不接电话", N)],
      cond=1, side="caller", marker=("caller", 1),
      style=["invented_facts", "wrong_phone", "thin_opening", "choice_made_for_customer"],
      notes="12 invented (4 digits, 2 words, 6 none): 90% (95%), three free months today, annual only (annual/quarterly/monthly), special "
            "invoice takes 5 working days (fastest 2 hours) and costs extra tax, bank transfer only (online payment), data kept 7 days (30), "
            "automatic renewal with no action (he must renew in the console), 200 per extra seat (no price on the card), other vendors' "
            "migration fees, phone 13812345687 (…678), no calls at weekends. '那就给您按年付续费' decides the cycle for him (no not-allowed "
            "list: style tag only). Opening thin (no full name, no 'good time?'): opening_ok kept true. Step 2 not given (no expiry date, no "
            "bundle); step 3 counted with wrong figures; steps 4 and 6 only in the last turn. He says '行吧', so the ending holds literally: "
            "condition 1."),
    L("renewal-04.txt", RN, "C", R1, {1: [0], 3: [2]},
      correct=["今天联系您是关于贵公司主账户即将到期的续费事宜"],
      invented=[("老客户这个月有八五折", W), ("过了这个月就没了", N), ("到期当天数据就全部清空了", N), ("要导出数据还得另外交费", N)],
      legitimate=False, closing_ok=False, marker=("caller", 1),
      style=["invented_facts", "pushy", "illegitimate_ending"],
      notes="4 invented (0 digits, 1 words, 3 none): 85% this month (95% before expiry), 'gone after this month', data wiped on the expiry "
            "day (kept 30 days), a data-export fee. He says '今年不续了', '不续' and '我说了不续，别再给我打电话了。挂了。' (caller condition 3); "
            "the rep closes with closing line 1, which promises to send all details and invites calls, and marks [END:1] (a confirmed "
            "renewal): illegitimate. Step 3 counted for the (wrong) discount."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
