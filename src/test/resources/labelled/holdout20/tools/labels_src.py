#!/usr/bin/env python3
"""Label source for holdout20. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout20"

HO = {"周雨桐": "caller", "孙志远": "callee"}
HOG = {"专员": "caller", "业主": "callee"}
CO = {"Dana Whitfield": "caller", "Luis Ortega": "callee"}
COS = {"Dana": "caller", "Luis": "callee"}
COG = {"Agent": "caller", "Customer": "callee"}
RN = {"李明": "caller", "张强": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}

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


H = "handover.md"
C = "concert.md"
R = "renewal.md"
E = "english-support.md"

LABELS = [
    # ---------------- handover (Chinese, new, 6 steps) ----------------
    L("handover-01.txt", H, "A", HO, {1: [0], 2: [2, 4], 3: [6], 4: [10, 12], 5: [12, 14], 6: [16, 18]},
      correct=[
          "我是锦澜置业云栖府交付中心的专员，我叫周雨桐",
          "您买的七栋二单元一五零三那套房子已经可以交房啦",
          "电话里我们不收任何钱",
          "绝对不会让您转到个人账户",
          "交付中心的电话零五七一、八六二九、三三五零",
          "七栋二单元一五零三室，建筑面积九十五平方，精装修交付，产权人是您和林悦女士两位",
          "我们十月二十八号用EMS给您寄过去了",
          "先签到，核验一下身份，然后缴费，再由我们的工程师陪您去验房，最后签字领钥匙",
          "全程差不多两个小时，验房本身一个小时左右",
          "我们十五个工作日内整改完，再通知您过来复验",
          "钥匙是给您三把入户门钥匙、两张门禁卡",
          "验房师跟您一起进场就行，他的费用是您自己承担哈",
          "一般的问题不影响收房，收了房以后整改照常做，保修也照常",
          "您和林悦女士两位的身份证原件、购房合同原件、购房款的发票原件，还有那份交付通知书",
          "就得带一份公证过的委托书，再加上受托人的身份证原件",
          "当天要预交十二个月的物业费，按每个月每平方三块八算，一共是四千三百三十二块",
          "现场刷卡、微信、支付宝都行，就是不收现金",
          "维修基金您签约的时候已经交过了，当天不用再交",
          "装修保证金三千块是以后办装修手续的时候才交，装修验收合格了全额退给您",
          "以后再交就可以按季度或者按年了",
          "集中交付是十一月十四号到二十二号",
          "十一月十四号周六上午九点，十一月十五号周日下午两点，还有十一月十八号周三上午九点半",
          "给您约在十一月十八号周三上午九点半，地点是云栖路六十六号售楼处二楼的交付中心",
          "交付中心电话零五七一八六二九三三五零",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "long_turns"],
      notes="Complete and chatty (哈, 好嘞, 嗯). Every number is in Chinese words: 七栋二单元一五零三, 九十五平方, 十月二十八号, 两个小时, 十五个工作日, "
            "三把/两张, 十二个月, 三块八, 四千三百三十二, 三千块, 六十六号, the phone number 零五七一、八六二九、三三五零 read in groups. Q&A in his "
            "own words: scam worry (no money by phone, call the centre), bringing an inspector, wife away (notarised proxy), paying by the quarter "
            "(first time 12 months, later quarterly/yearly). The rep steers to Wed 11/18 because the wife is back on the 16th: a good "
            "inference, not labelled. Caller condition 1 with the card's first closing line."),
    L("handover-02.txt", H, "A", HO, {1: [0], 2: [2, 4], 3: [4], 4: [12], 5: [6], 6: [14, 16]},
      correct=[
          "锦澜置业云栖府交付中心，周雨桐",
          "7栋2单元1503室｜95㎡｜精装交付｜产权人：您 + 林悦女士",
          "交付通知书10/28 EMS寄出",
          "电子版我短信发您，纸质的当天现场也能补一份",
          "签到 → 核验身份 → 缴费 → 工程师陪同验房 → 签字领钥匙，全程≈2h，验房≈1h",
          "15个工作日内整改完 + 通知复验",
          "入户门钥匙×3、门禁卡×2",
          "预交12个月，3.8元/㎡/月 × 95㎡ = 4332元",
          "POS刷卡/微信/支付宝，不收现金",
          "维修基金签约时已交 ✔️，当天不交",
          "装修保证金3000元 → 以后办装修手续再交，验收合格全退",
          "交房当天就能办装修手续",
          "周一至周六 8:00–12:00、14:00–18:00；周日 + 法定节假日不能施工",
          "预计交付后6个月以内，具体以不动产登记中心为准",
          "契税办证时交，交房当天不收",
          "① 两位产权人身份证原件 ② 购房合同原件 ③ 购房款发票原件 ④ 交付通知书",
          "公证过的委托书 + 受托人身份证原件",
          "11/14（六）9:00｜11/15（日）14:00｜11/18（三）9:30",
          "11/14（周六）上午9:00，云栖路66号售楼处二楼交付中心",
          "0571-8629-3350",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "mixed_english", "customer_asks_qa", "unusual_correct_forms"],
      notes="Terse, symbols and mixed English (OK, →, ≈2h, ×3, ｜, ✔️, ①–④, 7-2-1503, 10/28). He has not seen the notice: the card's fallback "
            "(electronic copy by SMS, paper copy on the day) is given. Steps 2+3 share turn 4; fees (step 5) come before documents (step 4) "
            "because he asks. Q&A: renovation (same day, working hours), property certificate (within 6 months, no guaranteed date: "
            "'没法给您打包票' respects the red line), deed tax. He picks Sat 11/14 9:00 and will get a notarised proxy for his wife; "
            "the rep's '如果选周末，就需要她提前办好公证委托书' is right. Ends on callee condition 1 after the closing line."),
    L("handover-03.txt", H, "A", HO, {1: [0], 2: [2], 3: [4], 4: [4, 14], 5: [4], 6: [12, 14]},
      correct=[
          "我是锦澜置业云栖府交付中心的专员周雨桐",
          "我们电话里不收任何款项，也绝不会让您转账到个人账户",
          "**0571-8629-3350** 核实，每天9:00到17:30都有人",
          "房号：7栋2单元1503室；- 建筑面积：95平方米，精装修交付；- 产权人：您和林悦女士两位",
          "《交付通知书》我们10月28号用EMS寄出了",
          "签到 → 核验身份 → 缴费 → 工程师陪同验房 → 签字领钥匙，全程大约2小时，验房1小时左右",
          "1）两位产权人的身份证原件；2）购房合同原件；3）购房款发票原件；4）交付通知书",
          "需要公证过的委托书和受托人身份证原件",
          "预交12个月物业费，3.8元每平方米每月，合计4332元",
          "可刷卡、微信、支付宝，不收现金",
          "维修基金签约时已交，当天不用交",
          "装修保证金3000元办装修手续时再交，验收合格全额退还",
          "15个工作日内整改完毕并通知您复验",
          "钥匙是3把入户门钥匙加2张门禁卡",
          "- 防水：5年；- 水电管线：2年；- 精装修部分：2年",
          "燃气需要交房以后您自己打燃气公司电话96777预约通气",
          "22号以后，每周二、周四在物业服务中心也能办，需要提前3天预约",
          "11月30日以后还没办理的，按合同视为已交付，物业费从12月1日开始计",
          "11月14日周六上午9点；- 11月15日周日下午2点；- 11月18日周三上午9点半",
          "公证过的委托书、您自己的身份证原件，再加上林悦女士的身份证复印件",
          "给您约在11月15日周日下午2点，地点是云栖路66号售楼处二楼交付中心",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["markdown_in_speech", "long_monologue", "merged_steps", "customer_asks_qa", "customer_suspicious"],
      notes="Markdown read aloud (**, 一、二、, 1）2）, list dashes). Suspicious customer: the scam Q&A is answered before anything else. Steps 3, 4 "
            "and 5 merged in one monologue (turn 4). Q&A: warranty periods, gas, missing the central days (Tue/Thu, 3 days ahead, the 11/30 "
            "rule). He chooses Sun 11/15 14:00 and a notarised proxy; the rep lists the proxy documents from the Q&A (he is both owner and "
            "agent). Caller condition 1 with the first closing line."),
    L("handover-04.txt", H, "B", HO, {1: [0], 3: [2], 4: [10], 5: [4], 6: [8, 12]},
      correct=[
          "我是锦澜置业云栖府交付中心的周雨桐，您7栋2单元1503的房子可以交房了",
          "签到、核验身份、缴费，然后工程师陪您验房，最后签字领钥匙，一共两个小时左右，验房大概一个小时",
          "十五个工作日内整改好，再通知您复验",
          "当天交一年的物业费，一共4332元，是按每平米每月3块8算的",
          "刷卡、微信、支付宝都可以，现金不收",
          "维修基金之前签约时交过了，这次不用交",
          "11月14号周六上午9点、15号周日下午2点、18号周三上午9点半",
          "两位产权人的身份证原件、购房合同原件、购房款发票原件，还有交付通知书",
          "给您约在11月18号周三上午9点半，云栖路66号售楼处二楼交付中心",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["房产证什么时候能办下来？孩子上学可能要用。"],
      style=["step_skipped", "vague_answer", "slightly_pushy", "plain"],
      notes="Step 2 skipped: the house, area, owners and the notice are never checked. The property-certificate question is dodged "
            "('这个我这边不太清楚哈，后面会有通知的') although the card says within 6 months: unanswered, not invented (no concrete claim). "
            "Slight push ('早点定下来比较好') but no scarcity claim. Thin spots: no keys, no renovation deposit, no proxy rule. Everything stated is "
            "right. Wed 11/18 9:30, caller condition 1."),
    L("handover-05.txt", H, "B", HOG, {1: [0, 2], 2: [8], 3: [4, 6], 4: [10], 5: [4], 6: [2]},
      correct=[
          "我是锦澜置业云栖府交付中心的专员周雨桐",
          "您买的7栋2单元1503室可以交付了",
          "集中交付是11月14号到22号",
          "14号周六上午9点、15号周日下午2点、18号周三上午9点半",
          "签到、核验身份、缴费、工程师陪着验房、签字领钥匙，全程两个小时左右，验房一个小时",
          "预交12个月物业费，每平米每月3块8，一共4332元",
          "刷卡微信支付宝都行，不收现金",
          "维修基金签约时交过了，不用再交",
          "装修保证金3000元以后办装修时再交，验收合格全退",
          "15个工作日内整改完再通知您复验",
          "一般的问题不影响收房，收房后整改照常，保修也照常，防水是保5年的",
          "7栋2单元1503室，95平方米，精装修交付，产权人是您和林悦女士",
          "通知书10月28号EMS寄的，没收到的话我把电子版短信发您，现场也能补纸质的",
          "两位产权人身份证原件、购房合同原件、购房款发票原件、交付通知书",
          "要带公证的委托书和受托人身份证原件",
      ],
      opening_ok=False, cond=2, side="callee", marker=("callee", 2),
      style=["generic_speaker_labels", "clumsy_opening", "order_swap", "customer_asks_qa"],
      notes="Labels 专员/业主. Clumsy opening: no name or company until he asks '你哪位？'. Order swap: the three slots come in turn 2, before any "
            "information. Step 2 only happens when he asks to check the flat and says the notice has not arrived (the fallback is right). "
            "Step 6 counts for the slot offer; the confirmation line does not apply to a callee-2 ending. Keys not mentioned. The seepage "
            "question gets the Q&A answer plus the 5-year waterproofing term. Ends on callee condition 2 after the second closing line."),
    L("handover-06.txt", H, "C", HO, {1: [0], 2: [2], 3: [4], 5: [6], 6: [14, 16]},
      correct=[
          "我是锦澜置业云栖府交付中心的专员周雨桐，您买的7栋2单元1503室可以交房了",
          "7栋2单元1503室，建筑面积95平方米，精装修交付，产权人是您和林悦女士",
          "交付通知书10月28号EMS寄给您了",
          "签到、核验身份、缴费、验房、领钥匙",
          "两张门禁卡",
          "物业费预交12个月",
          "可以刷卡、微信、支付宝",
          "可以约11月14号周六上午9点、15号周日下午2点，或者18号周三上午9点半",
          "给您约在11月18号周三上午9点半，地点是云栖路66号售楼处二楼交付中心",
      ],
      invented=[
          ("全程大概四十分钟就够了", W),
          ("我们一般三十天内整改好", W),
          ("两把入户门钥匙", W),
          ("每平米每个月四块二", W),
          ("一共四千七百八十八", W),
          ("维修基金当天也要一起交一下", N),
          ("装修保证金5000块", D),
          ("签个字就行，不用去公证", N),
          ("防水是保两年的", W),
          ("燃气我们已经帮业主都开通好了，交房当天就能用", N),
          ("0571-8629-3305", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain", "wrong_numbers", "wrong_policy", "numerals_in_words"],
      notes="Fluent and friendly, with 11 wrong facts: duration 40 min (card 2 h), rework 30 days (15 working days), 2 door keys (3), "
            "4.2元/㎡ and 4788 (3.8 and 4332), maintenance fund due on the day (already paid), renovation deposit 5000 (3000), a hand-signed "
            "proxy with no notary (must be notarised), waterproofing 2 years (5), gas already connected (owner books it at 96777), phone "
            "3305 (3350). Materials (step 4) are never listed and the only proxy line contradicts the card, so step 4 is not covered. "
            "Steps 3 and 5 count though their figures are wrong. Booking itself is right; caller condition 1 reached literally."),
    L("handover-07.txt", H, "C", HO, {1: [0], 2: [2], 3: [4], 5: [8]},
      correct=[
          "我是锦澜置业云栖府交付中心的周雨桐，您7栋2单元1503室可以交房了",
          "7栋2单元1503室，95平方，精装修，产权人您和林悦女士，交付通知书10月28号寄的EMS",
          "签到、核身份、缴费、验房、领钥匙，两个小时左右",
          "一年物业费4332元",
      ],
      forbidden=[
          "验房师其实真没必要带",
          "可以跟您保证没有任何问题",
          "签了字以后就不能再提了",
          "我可以帮您申请减免三个月物业费",
          "地下车位还能给您打九折",
          "房产证明年三月份肯定能拿到",
          "名额快没了，今天不定就排不上了",
          "您先把物业费转到我这个微信上",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["pushy", "red_lines", "customer_hangs_up"],
      notes="8 red lines from 禁止事项: talks him out of an inspector, guarantees no defects, 'can't raise problems after signing', "
            "3 months' property fee waived, 10% off a parking space, a firm certificate date (next March), scarcity pressure, and asking him "
            "to transfer the fee to her personal WeChat. His scam question in turn 1 is brushed off ('您放心') but he moves on, so it is not "
            "listed as unanswered. Steps 4 (documents) and 6 (slots) never happen. He hangs up: a legitimate callee-3 ending, no closing."),
    L("handover-08.txt", H, "C", HO, {1: [0], 3: [2], 5: [4]},
      correct=[
          "锦澜云栖府交付中心，周雨桐",
          "签到、核验身份、交费、验房、领钥匙，两个来小时",
          "一年物业费4332",
      ],
      invented=[
          ("得等整改完了才能收房", N),
          ("错过了就得等到十二月中旬统一补办", W),
          ("您自己带上她身份证就能办", N),
      ],
      forbidden=[
          "只剩11月15号周日下午2点了",
          "那我先给您定在15号周日下午2点了哈",
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["验房师呢？能不能带？"],
      style=["curt", "false_scarcity", "false_ending", "question_ignored"],
      notes="Short but identifying opening (name, company, reason), so opening_ok stays true. Wrong policies without digits: defects must "
            "be fixed before handover (card: ordinary defects do not block it), missing the central days means waiting until mid-December "
            "(card: Tue/Thu by appointment), and the wife's ID card alone is enough (a notarised proxy is needed). The inspector question is "
            "asked twice and ignored. One slot imposed with false scarcity, then booked after '你先别定'. Steps 2, 4 and 6 missing (an imposed "
            "slot is not step 6). [END:1] is claimed without agreement: illegitimate."),

    # ---------------- concert (English, new, 6 steps) ----------------
    L("concert-01.txt", C, "A", CO, {1: [0], 2: [2], 3: [4], 4: [4], 5: [12], 6: [12]},
      correct=[
          "this is Dana Whitfield from the Harbor Lights Amphitheater box office",
          "your tickets for The Wandering Tides on June thirteenth",
          "order HL-77120, four tickets, Section 104, Row K, seats eleven through fourteen",
          "paid with the Visa ending in forty-four seventeen",
          "the show's moving to Sunday, August twenty-third",
          "doors at six and the show at seven-thirty",
          "Your seats stay exactly the same",
          "they're automatically good for the new date",
          "we put a fifteen-dollar food-and-drink credit on each ticket in the app",
          "a full refund, that's three hundred forty-two dollars, fees and all",
          "it has to be requested by June fifteenth",
          "it lands back on your original card in five to ten business days",
          "refunds are for the whole order, we can't do single tickets",
          "The tickets, the service fees, the six-dollar processing fee, everything, three forty-two in total",
          "we're not able to cover hotels or travel costs",
          "transfer her ticket to someone else in the app, that's free",
          "Fan Resale at face value, seventy-two dollars",
          "you're all set for August twenty-third",
          "Enjoy the show on August twenty-third!",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "long_turns", "empathetic"],
      notes="Chatty, all figures in words (forty-four seventeen, seven-thirty, fifteen-dollar, three hundred forty-two, three forty-two, "
            "five to ten, seventy-two). Steps 3 and 4 in one long turn. Q&A in his words: fees refunded (yes, all $342), hotel (not "
            "covered, suggestions are harmless), refunding one ticket (no; transfer or Fan Resale). Step 5 is the keep-branch "
            "confirmation ('you're all set'); 'Which would you prefer?' is never asked literally because he volunteers his choice. "
            "Caller condition 1 with the first closing line."),
    L("concert-02.txt", C, "A", COS, {1: [0], 2: [4], 3: [6], 4: [6], 5: [6, 10], 6: [10]},
      correct=[
          "Dana, Harbor Lights Amphitheater box office",
          "your Wandering Tides tickets for Sat 6/13",
          "We never ask for card details",
          "call the box office at 1-877-555-0190 (daily 9am–9pm) or email help@harborlights.example",
          "HL-77120 → 4 tix, Sec 104, Row K, seats 11–14, Visa ending 4417",
          "Sun 8/23, same time (doors 6pm, show 7:30pm)",
          "Same seats, tickets auto-valid",
          "$15 food/drink credit per ticket in the app",
          "full refund $342 incl. all fees → request by 6/15, back on original card in 5–10 business days",
          "Whole order only, no single-ticket refunds",
          "Then auto full refund, no request needed",
          "refund started on HL-77120, $342 back to the Visa ending 4417",
          "Confirmation email w/ reference # within the hour",
          "Your refund's on its way. Thanks for your patience, Luis, take care.",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "first_names", "customer_suspicious", "customer_asks_qa"],
      notes="Telegraphic with symbols and dates as 6/13, 8/23, 6/15, 'tix', 'q', 'w/', '#'. Scam check answered from the Q&A before the "
            "order. Q&A: 'what if 8/23 is cancelled' (automatic refund). He takes the refund; the rep confirms the amount and the "
            "confirmation email (step 5), asks 'Anything else' (step 6; transfer/resale is moot after a refund) and says the refund "
            "closing line. He ends on callee condition 1."),
    L("concert-03.txt", C, "A", CO, {1: [0], 2: [2], 3: [4], 4: [4], 5: [10], 6: [12]},
      correct=[
          "This is Dana Whitfield from the Harbor Lights Amphitheater box office",
          "your tickets for The Wandering Tides on Saturday, June 13",
          "the band announced it's for **medical reasons**, and honestly I can't share anything beyond their public statement",
          "**HL-77120** — four tickets — Section 104, Row K, seats 11 to 14 — paid with the Visa ending 4417",
          "Sunday, August 23 — doors at 6:00 pm, show at 7:30 pm",
          "your tickets are automatically valid for the new date",
          "a $15 food-and-drink credit per ticket, added in the app",
          "$342, fees included; request by **June 15**; it goes back to your original card in 5–10 business days",
          "refunds are for the whole order only, not single tickets",
          "we can't exchange tickets to another show or date",
          "It's valid on the show day only",
          "it's not cash, so it can't be refunded either",
          "That's not confirmed yet; line-up updates will come to you by email",
          "transfer tickets for free in the app or resell at face value through Fan Resale",
          "call us at 1-877-555-0190",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["markdown_in_speech", "long_monologue", "merged_steps", "customer_asks_qa"],
      notes="Markdown read aloud (**, em dashes, '**Option 1 —**', '**1)**'). The reason question is answered from the Q&A with no "
            "speculation. Q&A: no exchange to another show, credit valid on the day only and not cash, opening act not confirmed. "
            "'So, which would you prefer, keep or refund?' is step 5; he must talk to his wife, so the rep repeats the June 15 deadline, "
            "transfer/resale and the phone number: caller condition 2 with the third closing line."),
    L("concert-04.txt", C, "B", CO, {1: [0], 3: [2], 4: [4], 5: [6], 6: [6]},
      correct=[
          "Dana Whitfield from the Harbor Lights Amphitheater box office",
          "your Wandering Tides tickets for June 13th",
          "the show's now Sunday, August 23rd, same time, doors at 6, show at 7:30",
          "You keep the same seats and the tickets work automatically for the new date",
          "a $15 food-and-drink credit per ticket in the app",
          "full refund, $342 including fees",
          "request that by June 15 and it takes 5 to 10 business days to hit your card",
          "It's the whole order though, not individual tickets",
          "you're all set for August 23rd, and the credit will show up in the app",
          "Enjoy the show on August 23rd!",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["What if they cancel that one too?"],
      style=["step_skipped", "vague_answer", "casual"],
      notes="Step 2 skipped: the order, seats and card are never verified ('Hey, is this Luis?' then straight to the news). "
            "His question about a second cancellation is brushed off ('Honestly I wouldn't worry about that right now') although the "
            "card says the refund is automatic: unanswered, not invented. Step 6 thin: only 'Anything else', no transfer/resale advice. "
            "All stated facts are right. Keep; caller condition 1 with the first closing line."),
    L("concert-05.txt", C, "B", COG, {1: [0], 2: [2], 3: [4], 4: [4, 6], 5: [10], 6: [10]},
      correct=[
          "This is Dana Whitfield from the Harbor Lights Amphitheater box office",
          "order HL-77120, four tickets in Section 104, Row K, seats 11 to 14, paid on the Visa ending 4417",
          "postponed to Sunday, August 23rd. Same times, doors 6, show 7:30, same seats",
          "your tickets are automatically valid",
          "$15 food-and-drink credit per ticket in the app",
          "full refund of $342, fees included, to the original card in 5 to 10 business days",
          "request it by June 15th, and it's the whole order, not single tickets",
          "Yes, everything, the tickets, the service fees and the processing fee",
          "you're all set for August 23rd, and the credit will show in the app",
          "transfer tickets for free in the app or resell at face value on Fan Resale",
      ],
      closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["generic_speaker_labels", "slightly_pushy", "weak_closing"],
      notes="Labels Agent/Customer. Slightly pushy toward keeping ('most folks we've called are keeping them', 'I'd really hang on to "
            "them if I were you'): opinion, no false fact and no red line. The refund is only explained when he asks. Weak closing "
            "'K, bye.' Everything stated is right, including the fee question. Keep; caller condition 1."),
    L("concert-06.txt", C, "C", CO, {1: [0], 2: [2], 3: [4], 4: [6], 5: [12], 6: [12]},
      correct=[
          "This is Dana Whitfield from the Harbor Lights Amphitheater box office",
          "order HL-77120, four tickets, Section 104, Row K, seats 11 to 14, on the Visa ending 4417",
          "the new date is Sunday, August 23rd",
          "Same seats, and your tickets automatically work for the new date",
          "you're all set for August 23rd and the credit will show up in the app",
          "transfer tickets free in the app or resell at face value through Fan Resale",
      ],
      invented=[
          ("Doors are at five and the show starts at seven", W),
          ("a twenty-dollar food-and-drink credit", W),
          ("that's two hundred eighty-eight dollars", W),
          ("the service fees aren't refundable", N),
          ("request it by June 10th", D),
          ("back on your card in 2 to 3 business days", D),
          ("it doesn't expire, it carries over", N),
          ("same opening act, that's all confirmed", N),
          ("1-877-555-0109", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain", "wrong_numbers", "wrong_policy"],
      notes="Smooth call with 9 wrong facts: doors 5 / show 7 (6 / 7:30), a $20 credit ($15), a refund of $288 with the fees kept "
            "(card: $342 incl. all fees), deadline June 10 (June 15; earlier, so not a red-line promise), 2–3 business days (5–10), the "
            "credit never expires and works at any show (show day only), the opening act 'confirmed' (not confirmed), phone 0109 (0190). "
            "The whole-order rule is never said. Keep; caller condition 1 reached literally."),
    L("concert-07.txt", C, "C", CO, {1: [0], 2: [4], 3: [2]},
      correct=[
          "Dana Whitfield, Harbor Lights Amphitheater box office",
          "The show's moved to Sunday, August 23rd, same time, doors at 6, show 7:30",
          "HL-77120, four tickets, Section 104, Row K, seats 11 to 14, Visa ending 4417",
      ],
      forbidden=[
          "the lead singer had surgery on her vocal cords, and from what I hear it's not clear she'll ever sing the same again",
          "we'll reimburse your hotel, just email us the receipt",
          "I can refund that one ticket for you",
          "I can move the other three up to the front pit section, no charge",
          "I just need the full card number and the three-digit security code on the back",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["red_lines", "oversharing", "customer_hangs_up"],
      notes="5 red lines from the card's Never list: health gossip beyond the band's statement, hotel reimbursement, a single-ticket "
            "refund, a free upgrade to the pit, and the full card number plus security code. The options (step 4) are never explained, "
            "nothing is recorded correctly (step 5) and there is no wrap-up (step 6). He hangs up: legitimate callee-3 ending, no closing."),
    L("concert-08.txt", C, "C", CO, {1: [0], 3: [2], 4: [2]},
      correct=[
          "Dana from Harbor Lights",
          "Sunday, August 23rd, same time, same seats",
          "keep the tickets and get a $15 food credit each, or refund the order",
      ],
      invented=[
          ("come down to the box office in person with your ID", N),
          ("the tickets are non-transferable", N),
          ("I've put you down for the refund on all four tickets", W),
      ],
      forbidden=[
          "even after June 15 we can still sort out a refund for you",
      ],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["Do I get the fees back or just the ticket price?"],
      style=["curt", "wrong_policy", "false_ending", "question_ignored"],
      notes="Curt opening (no full name, no 'box office', no check that she has time). Steps 3–4 squeezed into one line with no "
            "amounts or deadline. Wrong policies without digits: refund only in person at the box office, tickets non-transferable "
            "(card: free transfer in the app). Red line: a refund after June 15. The fee question is ignored. He says he will think and "
            "call back; she claims he is down for a refund and ends with [END:1]: a claimed agreement, illegitimate ending. Step 2 and 6 "
            "missing; the false confirmation does not count as step 5."),

    # ---------------- renewal (bundled, Chinese, 6 steps, no not-allowed list) ----------------
    L("renewal-01.txt", R, "A", RN, {1: [0], 2: [4], 3: [2, 6], 4: [2, 10], 5: [8], 6: [10]},
      correct=[
          "我是长江云服务的续费专员李明",
          "老客户今年续费自动九五折，到期前操作就行，不用另外申请",
          "付完款后台就能自助申请发票，专票普票都行，系统开票最快两个小时",
          "登录后台“账户中心”点“服务续费”按提示走就完事，全程不要纸质资料",
          "您的账户是二〇二五年一月一号到期，现在套餐是CRM加项目管理组合",
          "周期上年度、季度、月度都支持",
          "到期后服务会暂停，但数据会安全保留三十天",
          "两个小时内帮您把审批走完",
          "技术问题我也能安排售后工程师第一时间跟进",
          "一次性发您微信，发票和合同有特殊要求我们专人绿色通道跟进",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "customer_led_order"],
      notes="The customer leads with discount and invoice timing; the rep answers them first (steps 3 and 4 in turn 2), then the expiry "
            "and package (step 2). Numbers in words: 九五折, 两个小时, 二〇二五年一月一号, 三十天. Q&A: data after expiry (30 days), invoice "
            "(special VAT invoice, 2 h at the fastest). Step 6 confirms period, package and invoice type and sends everything by WeChat. "
            "The contact-person check of step 1 is not asked; the step counts on its first line. Caller condition 1 with the first closing line."),
    L("renewal-02.txt", R, "B", RN, {1: [0], 2: [2], 3: [2], 4: [4], 6: [6]},
      correct=[
          "长江云服务续费专员李明",
          "账户是2025-01-01到期，套餐CRM+项目管理组合",
          "今年续费老客户自动95折，到期前操作就行",
          "周期支持年度、季度、月度",
          "后台“账户中心”点“服务续费”，按提示走，不需要纸质资料",
          "报价文件和操作指引我可以微信、邮箱或者短信发您",
          "我把报价、指引和发票申请流程整理一下发您微信",
      ],
      cond=2, side="callee", marker=("callee", 2),
      unanswered=["临时扩容有没有不涨价的额度？预算被卡了。"],
      style=["terse", "step_skipped", "vague_answer"],
      notes="Short and correct. Step 5 skipped (no 2-hour approval promise, no one-stop handling, no engineer). The expansion question "
            "is pushed off ('这个我回头帮您问问再说哈'); the card's answer is that expansion is quoted separately and bundled cheaper: "
            "unanswered. Step 6 counts on its second line (materials to WeChat); period and invoice type are left to him. Closing "
            "partly said; he ends on callee condition 2."),
    L("renewal-03.txt", R, "C", RN, {1: [0], 2: [2], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=[
          "我是长江云服务续费专员李明",
          "套餐是CRM加项目管理组合",
          "专票普票都可以",
          "登录后台“账户中心”点“服务续费”",
          "两小时内完成审批",
          "技术问题也可以安排售后工程师跟进",
          "邮箱call@xbench.com",
      ],
      invented=[
          ("今年老客户续费是九折", W),
          ("2025年1月15号到期", D),
          ("季度和月度今年都取消了，现在只支持年度续费", N),
          ("免费送您升级到旗舰版", N),
          ("一般五个工作日左右能开出来", W),
          ("需要您这边盖章寄纸质合同过来", N),
          ("到期后数据会保留七天", W),
          ("13812345687", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain", "wrong_numbers", "wrong_policy", "made_up_benefit"],
      notes="8 wrong facts: 九折 (95折), expiry 2025-01-15 (01-01), quarterly/monthly 'cancelled' (all three supported), a free upgrade to "
            "a flagship edition (invented benefit), invoices in about 5 working days (2 h at the fastest), a stamped paper contract by post "
            "(no paper needed), data kept 7 days (30), phone 13812345687 (…678). Step 3 counts on the discount line despite the wrong "
            "figure. The customer agrees to an annual renewal; caller condition 1 reached literally."),
    L("renewal-04.txt", R, "C", RN, {1: [0], 3: [2, 4]},
      correct=[
          "今年续费95折",
      ],
      invented=[
          ("扩容是免费的，加多少账号都不另收钱", N),
          ("月度的要贵百分之二十", W),
          ("到期后服务不会暂停，照常用", N),
          ("我这边先帮您按年度续上了", N),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["发票到底什么时候能开？"],
      style=["curt", "wrong_policy", "false_ending", "question_ignored"],
      notes="Curt opening (no title, no date, '续一下'). Free expansion (card: quoted separately), monthly 20% dearer (no such figure), "
            "service not suspended after expiry (card: suspended, data kept 30 days). The invoice question is asked twice and never "
            "answered. He says he must check with finance and wants materials by WeChat (callee condition 2), but the rep declares the "
            "renewal done: a claimed agreement on a card without a not-allowed list, so an invented fact; illegitimate ending. Steps 2, "
            "4, 5, 6 missing."),

    # ---------------- english-support (bundled, English, 5 steps, no not-allowed list) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "This is Sarah Lee from CloudDesk",
          "your Pro subscription, which expires on March thirty-first",
          "you're on CloudDesk Pro with forty seats right now",
          "you can go down to any number at renewal",
          "three hundred dollars per seat per year before the discount",
          "if you renew before March thirty-first you get fifteen percent off",
          "for thirty-two seats that's nine thousand six hundred, minus fifteen percent, so eight thousand one hundred sixty",
          "the full forty would be ten thousand two hundred after the discount",
          "monthly billing at twenty-five dollars per seat per month",
          "it's one invoice per renewal now, and you can pay by card or bank transfer within thirty days",
          "I'll check the invoice myself before it goes out, so no double charge this time",
          "Shall I send the renewal quote to the email we have on file now?",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["numerals_in_words", "derived_figures", "customer_asks_qa", "empathetic"],
      notes="All figures in words. 32 seats: 32 × $300 = $9,600, less 15% = $8,160, derived correctly from the Q&A. The double charge is "
            "acknowledged and answered with the card's billing line. Caller condition 1 with the first closing line."),
    L("english-support-02.txt", E, "B", ES, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=[
          "Sarah Lee from CloudDesk, calling about your Pro subscription that expires March 31st",
          "You've got 40 seats on Pro, want to keep all 40?",
          "The annual Pro plan is $12,000 for 40 seats",
          "if you renew before March 31st you get 15% off, so $10,200",
          "Monthly is also an option at $25 per seat per month",
          "the account goes read-only for 14 days, after that it's suspended, and your data's kept for 90 days",
          "Shall I send you the renewal quote by email now?",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["step_skipped", "slightly_pushy", "digits"],
      notes="Step 4 (billing: one invoice, card or transfer within 30 days, personal check) is skipped; the customer never raises the "
            "double charge, so nothing is unanswered. Slightly pushy ('I'd lock it in today if I were you'). The late-renewal Q&A is "
            "right. Mark wants to check seats with his team: callee condition 2 after the second closing line."),
    L("english-support-03.txt", E, "C", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10]},
      correct=[
          "This is Sarah Lee from CloudDesk",
          "your Pro subscription that expires on March 31st",
          "You're on CloudDesk Pro with 40 seats",
          "if you renew before March 31st",
          "Billing is one invoice now, card or bank transfer",
          "I'll check the invoice myself before it's sent",
          "1-800-555-0142",
          "I'll email the quote right away",
      ],
      invented=[
          ("seat numbers can't be reduced at renewal", N),
          ("twenty percent off", W),
          ("$9,600 for the 40 seats", D),
          ("thirty dollars per seat a month", W),
          ("we're adding two months free to your renewal", W),
          ("payable within sixty days", W),
          ("the account is closed and the data's deleted straight away", N),
          ("Support's 24/7 now", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain", "wrong_numbers", "wrong_policy", "made_up_benefit"],
      notes="8 wrong facts: seats cannot be reduced (card: any number at renewal), 20% off (15%), $9,600 for 40 seats ($10,200), monthly "
            "$30 ($25), two free months as compensation (invented), 60 days to pay (30), data deleted at once (read-only 14 days, suspended, "
            "data kept 90 days), support 24/7 (Mon–Fri 9–6; the phone number itself is right). Step 5 counts on 'I'll email the quote'. "
            "He agrees to renew 40 seats; caller condition 1 reached literally."),
    L("english-support-04.txt", E, "C", ES, {1: [0], 3: [2]},
      correct=[
          "your subscription's up March 31st",
          "It's $12,000 for your 40 seats, and the 15% discount brings that to $10,200",
      ],
      invented=[
          ("that's only if you sign in the next 48 hours", D),
          ("Monthly billing isn't available on Pro", N),
          ("I've gone ahead and renewed all forty seats for you", W),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["How do I know it won't happen again?"],
      style=["curt", "dodged_billing", "false_ending"],
      notes="Curt opening ('Hey Mark, Sarah from CloudDesk'), no check of the plan (step 2). The discount is tied to signing within 48 h "
            "(card: before March 31) and monthly billing is denied ($25/seat/month exists). The double-charge question is dodged "
            "('before my time'), so step 4 is missing. He asks for the quote by email to think it over (callee condition 2), but she "
            "claims the 40 seats are renewed and ends with [END:1]: illegitimate. The false confirmation does not count as step 5."),
]


def main():
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print("wrote", len(LABELS), "labels,", len(KINDS), "invented kinds")


if __name__ == "__main__":
    main()
