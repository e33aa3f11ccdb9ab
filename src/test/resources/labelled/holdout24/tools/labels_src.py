#!/usr/bin/env python3
"""Label source for holdout24. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout24"

YS = {"许静": "caller", "林晓雯": "callee"}
YSG = {"顾问": "caller", "客户": "callee"}
YSX = {"小许": "caller", "林女士": "callee"}
YSK = {"许顾问": "caller", "林女士": "callee"}
UC = {"Priya Nair": "caller", "Owen Brooks": "callee"}
UCS = {"Priya": "caller", "Owen": "callee"}
UCG = {"Coordinator": "caller", "Buyer": "callee"}
UCU = {"PRIYA": "caller", "OWEN": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
INK = {"客户经理": "caller", "持卡人": "callee"}
INZ = {"周经理": "caller", "陈先生": "callee"}
ES = {"Sarah Lee": "caller", "Mark Davis": "callee"}
ESS = {"Sarah": "caller", "Mark": "callee"}
ESG = {"Agent": "caller", "Client": "callee"}
ESC = {"CSM": "caller", "Mark": "callee"}

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


Y = "yuesao.md"
U = "usedcar.md"
I = "installment.md"
E = "english-support.md"

LABELS = [
    # ---------------- yuesao (Chinese, new, 6 steps) ----------------
    L("yuesao-01.txt", Y, "A", YS, {1: [0], 2: [2, 4], 3: [6], 4: [8], 5: [10], 6: [14]},
      correct=[
          "请问是林晓雯林女士吗？我是暖巢母婴家政滨江门店的母婴顾问许静",
          "您五月九号在小程序提交了月嫂需求嘛",
          "需求单号NC-零五零九-二一七三，金牌月嫂二十六天的套餐，预产期六月二十八号，服务地址星河湾三幢一单元九零一",
          "那家里有没有老人帮忙呀，有没有养宠物，饮食上有什么特别要求吗？",
          "年龄在四十二到五十岁之间，都持有母婴护理师证跟健康证，每位都带过二十个以上的宝宝",
          "三位连着面，一共四十分钟左右，不收任何费用的",
          "母婴护理师证、健康证，还有无犯罪记录证明，面试的时候都可以看原件",
          "本周六十六号上午十点到店、周日十七号下午三点到店，或者下周三二十号晚上七点视频",
          "三位的简历会在面试前一天用短信链接发给您",
          "月嫂是二十四小时住家的",
          "家里要保证月嫂每天睡眠不少于六个小时",
          "五月二十号周三晚上七点，视频面试三位金牌月嫂",
          "签约时付百分之二十的定金，也就是三千七百六十块",
          "确认短信发到您尾号六三五八的手机上",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete and chatty (呀, 嘛, 哈, 好嘞, 理解理解). Every figure in Chinese words, the order number read digit by digit "
            "(NC-零五零九-二一七三). The rep asks about elders as step 2 says, so the latent mother-in-law worry surfaces; she suggests "
            "the video slot so the mother-in-law can join. Certificates 'original at the interview' answered; night care answered from "
            "the card (24-hour live-in, baby care, at least 6 h sleep). Video interview Wed 5/20 19:00 (weekday evening 7–9 allowed). "
            "Caller condition 1 with the first closing line adapted."),
    L("yuesao-02.txt", Y, "A", YS, {1: [0], 2: [2], 3: [6], 4: [8], 5: [12], 6: [14]},
      correct=[
          "暖巢母婴家政滨江店母婴顾问许静",
          "您5/9小程序提交了月嫂需求",
          "NC-0509-2173｜金牌月嫂26天｜预产期6/28｜星河湾3-1-901",
          "提前出生→48h内上户，服务天数从上户那天算",
          "42–50岁，母婴护理师证+健康证都有，每位带过20+宝宝",
          "3位连着面≈40min，0收费",
          "①周六5/16 10:00 ②周日5/17 15:00（工作日只有晚7–9点视频）",
          "签约才付定金，20%=¥3760。上户前15天以上取消全退，15天内退一半",
          "江南大道388号汇金中心2F，家人可同来，停车免费2h",
          "简历面试前一天短信链接发您",
          "5/16（周六）10:00，到店面试3位金牌月嫂",
          "确认短信发尾号6358",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "digits_and_symbols", "mixed_english", "emoji", "customer_asks_qa"],
      notes="Telegraphic with symbols (｜, →, ≈, ①②, ✅, 👉, 📌, OK, 2 min, 2F, 2h). Early-birth and deposit-refund questions "
            "answered from the card. The callee picks a weekend store slot. Ends on callee condition 1 after the caller's read-back "
            "(closing_ok true, as in holdout20/22/23)."),
    L("yuesao-03.txt", Y, "A", YSG, {1: [0], 2: [6, 8], 3: [10], 4: [12], 5: [14], 6: [16]},
      correct=[
          "我是暖巢母婴家政滨江门店的母婴顾问许静",
          "您5月9号在小程序提交了月嫂需求",
          "面试完全免费，面试前不收任何费用",
          "三位都不满意的话还可以再约一轮，最多再换两轮候选人",
          "月嫂只负责宝宝和产妇相关的事",
          "每天三正餐两加餐。全屋打扫和全家人的饭菜是不做的",
          "服务期间可以免费更换2次，您提出后24小时内安排替换",
          "需求单号NC-0509-2173，金牌月嫂26天套餐，预产期6月28号，服务地址星河湾3幢1单元901",
          "是18800元，24小时住家，这个价格没有额外折扣",
          "超出26天的话按每天720元续",
          "42到50岁，都持有母婴护理师证和健康证，每位都带过20个以上的宝宝",
          "三位连着面大约40分钟",
          "工作日白天店里安排不了面试，到店只在周末",
          "本周六16号上午10点到店、周日17号下午3点到店，或者下周三20号晚上7点视频",
          "每位月嫂都上了家政服务责任险，保额50万元",
          "滨江区江南大道388号汇金中心2楼，家人可以一起来，停车免费2小时",
          "5月17号周日下午3点，到店面试三位金牌月嫂",
          "签约时付20%定金，也就是3760元",
          "确认短信发到您尾号6358的手机",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain_log_labels", "customer_suspicious", "customer_led_order", "customer_asks_qa", "many_qa"],
      notes="Labels 顾问/客户. Suspicious customer ('面试要不要先交钱'); customer-led order: fee, chores, replacement and discount "
            "questions come before step 2 is finished. Six Q&A answered from the card (free + re-rounds, chores scope, 2 free "
            "replacements, no extra discount + 720/day, insurance 50万). The weekday-afternoon store visit is refused correctly. "
            "'这个价格没有额外折扣' is a correct refusal, not a red line. Sunday 5/17 15:00. Caller condition 1."),
    L("yuesao-04.txt", Y, "B", YS, {1: [0], 2: [2], 3: [4], 4: [6], 6: [8]},
      correct=[
          "我是暖巢母婴家政滨江门店的母婴顾问许静，您5月9号在小程序提交了月嫂需求",
          "需求单号NC-0509-2173，金牌月嫂26天套餐，预产期6月28号，服务地址星河湾3幢1单元901",
          "42到50岁，都持有母婴护理师证和健康证，每位都带过20个以上的宝宝",
          "三位连着面大约40分钟，不收费",
          "本周六16号上午10点到店、周日17号下午3点到店，或者下周三20号晚上7点视频",
          "5月16号周六上午10点，到店面试三位金牌月嫂",
          "签约时付20%定金，也就是3760元",
          "确认短信发到您尾号6358的手机",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["万一宝宝提前出来了，月嫂来得及吗？"],
      style=["plain", "step_skipped", "soft_answer"],
      notes="Step 5 skipped: no store address, parking, family welcome or CV link, although she chose a store visit. The early-birth "
            "question is dodged ('我们月嫂都是很有经验的'); the card answers it (on duty within 48 h, days counted from arrival). "
            "'月嫂都是很有经验的' is vague reassurance, not labelled. No invented fact."),
    L("yuesao-05.txt", Y, "B", YSX, {1: [2], 2: [2, 4], 3: [6], 4: [6], 5: [8], 6: [10]},
      correct=[
          "暖巢母婴家政滨江店的，我叫许静",
          "您5月9号在小程序提的需求，单号NC-0509-2173，金牌月嫂26天，预产期6月28号，地址星河湾3幢1单元901",
          "42到50岁，母婴护理师证健康证都有，都带过20个以上的宝宝，三位连着面40分钟左右，免费的",
          "工作日能约晚上7点到9点的视频",
          "下周三20号晚上7点可以，或者周末到店，周六16号上午10点、周日17号下午3点",
          "简历面试前一天短信链接发您",
          "5月20号周三晚上7点视频面试三位金牌月嫂",
          "签约付20%定金3760元",
          "确认短信发您尾号6358",
      ],
      opening_ok=False, closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["nickname_labels", "terse", "weak_opening", "weak_closing", "merged_steps"],
      notes="Labels 小许/林女士. Weak opening: '喂，林女士是吧？月嫂那个事儿，约个面试。' with no company or name until she asks. "
            "Steps 3 and 4 merged in one turn. All facts right. Weak closing '行，就这样。' instead of a closing line."),
    L("yuesao-06.txt", Y, "C", YS, {1: [0], 2: [2], 3: [4, 6], 4: [8], 5: [14], 6: [14]},
      correct=[
          "我是暖巢母婴家政滨江门店的母婴顾问许静，您5月9号在小程序提交了月嫂需求",
          "需求单号NC-0509-2173，金牌月嫂26天，预产期6月28号，服务地址星河湾3幢1单元901",
          "母婴护理师证和健康证都有",
          "面试本身不收费",
          "下周三晚上七点视频",
      ],
      invented=[
          ("都是三十五到四十五岁的", W),
          ("都带过五十个以上的宝宝", W),
          ("证书原件要等签约以后才能看", N),
          ("视频面试只能每位分开约", N),
          ("面试大概一个半小时", W),
          ("这周六下午两点到店", W),
          ("签约付百分之三十的定金", W),
          ("上户前七天以上取消都全额退", W),
          ("服务期间不满意可以无限次免费换人", N),
          ("提前出生的话要等一周才能上户", W),
          ("汇金中心3楼", D),
          ("尾号6538", D),
      ],
      forbidden=[
          "她的档期我先给您保住了，肯定排得上",
          "就是要先交一百块押金",
          "现在定的话我再送您两天服务",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain", "many_wrong_facts", "numerals_in_words", "wrong_rules"],
      notes="12 invented facts (2 digits, 7 words, 3 none): ages 35–45 (card 42–50), 50+ babies (20+), originals only after signing "
            "(at the interview), video one by one (three in a row), 1.5 h (40 min), Sat 14:00 (Sat 10:00), 30% deposit (20%), full "
            "refund from 7 days (15 days; within 15 days half), unlimited replacements (2), one week after early birth (48 h), "
            "3楼 (2楼), phone 6538 (6358). 3 red lines: a guaranteed slot before signing, a 100-yuan deposit before the interview, "
            "two free days. Step 5 counted (address with a wrong floor). Ending holds literally (she picked the slot, read back, SMS)."),
    L("yuesao-07.txt", Y, "C", YS, {1: [0]},
      correct=["暖巢母婴家政的许静，您在小程序提了月嫂需求对吧，我来帮您约面试的"],
      invented=[
          ("面试嘛走个形式", N),
          ("下个月价格要涨到两万二了", W),
      ],
      forbidden=[
          "我保证她给您留着",
          "全家饭菜、打扫卫生都能帮您做",
          "别家公司的月嫂都是培训一周就上岗的",
          "今天先把定金三千七百六十转到我个人微信",
          "下周三白天直接来店里面就行",
          "定金是不退的",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["pushy", "red_lines", "steps_missing", "callee_hangs_up"],
      notes="6 red lines: guaranteed nanny slot before signing, whole-family cooking and cleaning, running down other agencies, deposit "
            "to a personal WeChat before the interview, a weekday-daytime store interview, 'deposit not refundable'. 2 invented: "
            "interview is 'a formality', price rising to 22 000 next month. Steps 2–6 missing (step 4 not counted: only the forbidden "
            "weekday-daytime slot). Casual opening still gives name, company and reason: opening_ok true. She hangs up: callee "
            "condition 3, legitimate, closing_ok false."),
    L("yuesao-08.txt", Y, "C", YSK, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=[
          "暖巢母婴家政滨江门店，我是母婴顾问许静，您5月9号在小程序提了月嫂需求",
          "需求单号NC-0509-2173，金牌月嫂26天，预产期6月28号，地址星河湾3幢1单元901",
          "都带过20个以上的宝宝，面试到店或者视频都行，免费",
          "本周六16号上午10点到店、周日17号下午3点到店，或者下周三20号晚上7点视频",
      ],
      invented=[
          ("月嫂有健康证就够了，其他证都是形式", N),
          ("视频的话您婆婆必须本人在场才能约", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 2),
      style=["plain_labels_variant", "wrong_rules", "illegitimate_ending", "rep_sets_callback"],
      notes="Labels 许顾问/林女士. Two invented rules: 'only the health certificate matters, the rest is formality' and 'the "
            "mother-in-law must be present for a video interview'. Steps 5 and 6 missing. Illegitimate ending: she says she must ask "
            "her husband, who is back only at the weekend ('到时候再说吧'); the rep alone sets '明天下午三点' and closes on [END:2] "
            "while she objects ('明天？我不是说……'). Caller condition 2 needs a time named by the customer, so end_condition/"
            "end_side are null."),
    # ---------------- usedcar (English, new, 6 steps) ----------------
    L("usedcar-01.txt", U, "A", UC, {1: [0], 2: [2, 4], 3: [8], 4: [10], 5: [12], 6: [14]},
      correct=[
          "Hi, is this Owen Brooks? This is Priya Nair from Clearview Auto Inspections.",
          "You asked us on Tuesday to inspect a used car before you buy it",
          "twenty-nineteen Honda CR-V EX, VIN ending four four seven one, about forty-eight thousand two hundred miles, at the seller's place on SE Alder Street",
          "We need the car parked and not driven for at least two hours before we start",
          "Whether to put a deposit down is your call",
          "if you cancel more than twenty-four hours ahead, it's a full refund",
          "if the car gets sold on the day, you get one free rebooking on another car within thirty days",
          "our ASE-certified inspector, Luis Ortega",
          "a hundred-and-fifty-point check, a fifteen-minute road test and a computer scan",
          "It takes about an hour and a half",
          "photo report by email within twenty-four hours, with each issue graded green, amber or red and a rough repair cost",
          "Standard notes visible repair signs like repainted panels or uneven gaps",
          "Standard is one eighty-nine. Premium is two fifty-nine",
          "cancelling is free up to twenty-four hours before; after that there's a fifty-dollar fee",
          "Saturday, June thirteenth at nine in the morning, Monday the fifteenth at one, or Tuesday the sixteenth at four",
          "four is the latest start, and we don't do Sundays",
          "Not at all, but you're welcome to come. Mr. Kim just needs to be there with the keys.",
          "twenty-two ten SE Alder Street",
          "your number ending three oh nine two",
          "Luis texts you thirty minutes before he arrives",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "latent_concern_surfaces", "customer_asks_qa"],
      notes="Complete and chatty, all figures in words (one eighty-nine, twenty-two ten, three oh nine two). The rep asks about the "
            "seller's timing, so the hidden $500 holding deposit surfaces; she leaves the decision to him (no advice to buy or pay) "
            "and gives the card's cancellation/sold-car rules. Accident question answered from the card. Premium, Sat 6/13 9 am. "
            "Caller condition 1 with the first closing line."),
    L("usedcar-02.txt", U, "A", UCS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [10], 6: [12]},
      correct=[
          "Priya Nair, Clearview Auto Inspections",
          "'19 Honda CR-V EX, VIN ...4471, ~48,200 mi, seller's place on SE Alder St",
          "Car needs to sit undriven 2+ hrs before we start",
          "Inspector = Luis Ortega, ASE-certified. 150-pt check + 15-min road test + computer scan, ~90 min",
          "Photo report by email within 24 h, issues graded green/amber/red w/ rough repair costs",
          "Standard $189. Premium $259 (+ paint-depth check, underbody camera, vehicle-history report)",
          "Free cancel up to 24 h before, $50 after",
          "No cash, sorry. Card only, via the link.",
          "No covered spot -> we move it to another day, free.",
          "Sat 6/13 9 am, Mon 6/15 1 pm, Tue 6/16 4 pm. Latest start 4 pm, no Sundays.",
          "Mon June 15, 1 pm, Standard, CR-V at 2210 SE Alder St",
          "your number ending 3092",
          "Luis texts 30 min before arrival",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "abbreviations", "first_names", "symbols", "customer_asks_qa"],
      notes="Telegraphic (Re, Tue, ~, 2+ hrs, 150-pt, w/, ->). Cash and rain answered from the card. Standard, Mon 6/15 1 pm. "
            "Ends on callee condition 1 after the read-back (closing_ok true)."),
    L("usedcar-03.txt", U, "A", UCG, {1: [0], 2: [2, 4], 3: [6], 4: [8], 5: [12], 6: [14]},
      correct=[
          "This is Priya Nair from Clearview Auto Inspections. You asked on our website on Tuesday for a pre-purchase inspection",
          "PI-60418",
          "pay through a secure link we text you",
          "2019 Honda CR-V EX, VIN ending 4471, about 48,200 miles, at the seller's place on SE Alder Street",
          "We report the condition and rough repair costs, and the decision is yours.",
          "We need the car parked and not driven for at least 2 hours before we start.",
          "No, we're mobile.",
          "a 150-point check, a 15-minute road test and a computer scan, about 90 minutes",
          "Premium uses an underbody camera instead of a lift",
          "It's free within 25 miles of downtown Portland, and SE Alder Street is inside the free zone.",
          "Standard is $189; Premium is $259 and adds a paint-depth check, the underbody camera and a vehicle-history report",
          "Cancelling is free up to 24 hours before, then it's a $50 fee.",
          "The report isn't a warranty. If something we marked green fails within 30 days or 1,000 miles, we refund the inspection fee.",
          "4 pm is the latest start, and no Sundays",
          "Saturday, June 13 at 9 am, Monday, June 15 at 1 pm, or Tuesday, June 16 at 4 pm",
          "Tuesday, June 16, 4 pm, Premium, for the CR-V at 2210 SE Alder Street",
          "your number ending 3092",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "customer_suspicious", "customer_led_order", "many_qa", "red_line_resisted"],
      notes="Labels Coordinator/Buyer. Suspicious buyer. He asks 'should I just buy it?': the rep declines, as the card requires. "
            "Lift, travel fee and guarantee answered from the card; a 5 pm start is refused (latest 4 pm). Premium, Tue 6/16 4 pm. "
            "Caller condition 1 with a shortened first closing line."),
    L("usedcar-04.txt", U, "B", UC, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=[
          "This is Priya Nair from Clearview Auto Inspections. You asked on our website on Tuesday for a pre-purchase inspection",
          "a 150-point check, a 15-minute road test and a computer scan. It takes about 90 minutes.",
          "You get a photo report by email within 24 hours",
          "Standard is $189. Premium is $259 and adds a paint-depth check, an underbody camera and a vehicle-history report.",
          "cancelling is free up to 24 hours before; after that there's a $50 fee",
          "Saturday, June 13 at 9 am, Monday, June 15 at 1 pm, or Tuesday, June 16 at 4 pm",
          "Saturday, June 13, 9 am, Standard, for the CR-V at 2210 SE Alder Street",
          "your number ending 3092",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["Do I actually need to be there? I'm on nights."],
      style=["plain", "step_skipped", "dodged_question"],
      notes="Step 2 skipped: the car, VIN, mileage, seller's agreement and the 2-hour cold-car rule are never checked. 'Do I need "
            "to be there?' is deflected ('figure that out after') and never answered; the card says no, the seller must be there "
            "with the keys. No invented fact."),
    L("usedcar-05.txt", U, "B", UCS, {1: [0], 2: [2], 4: [4], 5: [8], 6: [10]},
      correct=[
          "Priya Nair from Clearview Auto Inspections here",
          "2019 Honda CR-V EX, VIN ending 4471, about 48,200 miles, at the seller's place on SE Alder Street",
          "The car needs to sit undriven for at least 2 hours before we start.",
          "Standard is $189. Premium is $259 and adds a paint-depth check, an underbody camera and a vehicle-history report.",
          "free cancellation up to 24 hours before, $50 after",
          "Standard notes visible repair signs, like repainted panels or uneven gaps. Premium adds the paint-depth check and the history report.",
          "Saturday, June 13 at 9 am, Monday, June 15 at 1 pm, or Tuesday, June 16 at 4 pm",
          "Tuesday, June 16, 4 pm, Premium, CR-V at 2210 SE Alder Street",
          "your number ending 3092",
          "the inspector texts you 30 minutes before he arrives",
      ],
      closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["first_names", "brisk", "step_skipped", "weak_closing"],
      notes="Step 3 skipped: the inspector, the 150-point check, road test, scan, 90 minutes and the 24-hour report are never "
            "explained. Weak closing 'Cool, bye.' No invented fact; the accident question is answered from the card."),
    L("usedcar-06.txt", U, "C", UC, {1: [0], 2: [2], 3: [4], 4: [8], 5: [12], 6: [14]},
      correct=[
          "This is Priya Nair from Clearview Auto Inspections",
          "2019 Honda CR-V EX, VIN ending 4471, about 48,200 miles, on SE Alder Street",
          "Luis Ortega, our ASE-certified inspector",
          "Premium is $259",
          "Saturday, June 13 at 9 am",
          "Tuesday, June 16 at 4 pm",
          "2210 SE Alder Street",
          "Luis texts you 30 minutes before he arrives",
      ],
      invented=[
          ("We'll need the car cold overnight", N),
          ("a two-hundred-point check", W),
          ("a forty-five-minute road test", W),
          ("It takes about three hours all in", W),
          ("the photo report by email the same afternoon", N),
          ("the seller doesn't need to be there", N),
          ("travel's free anywhere in Oregon", N),
          ("Standard is $169", D),
          ("cancel free up to forty-eight hours before", W),
          ("a seventy-five dollar fee", W),
          ("Monday, June 15 at 3 pm", D),
          ("your number ending 3029", D),
      ],
      forbidden=[
          "a CR-V at that mileage sounds like a good deal",
          "I'll bump you up to Premium for free",
          "If anything fails in the first ninety days, we cover the repair",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain", "many_wrong_facts", "numerals_in_words", "wrong_rules"],
      notes="12 invented facts (3 digits, 5 words, 4 none): car cold overnight (2 h), 200-point (150), 45-minute road test (15), "
            "three hours (90 min), report the same afternoon (within 24 h), seller need not be there (must be there with keys), "
            "free travel anywhere in Oregon (25 miles), $169 (189), 48-hour free cancellation (24), $75 fee ($50), Monday 3 pm "
            "(1 pm), phone 3029 (3092). 3 red lines: 'sounds like a good deal', free Premium upgrade, repairs covered (warranty). "
            "The 'Monday 3 pm' read-back is labelled once. Ending holds literally."),
    L("usedcar-07.txt", U, "C", UCU, {1: [0]},
      correct=["Priya from Clearview Auto Inspections, about the CR-V inspection you asked for"],
      invented=[
          ("he's holding the car for us", N),
          ("that's when Luis is free", N),
      ],
      forbidden=[
          "I already called Mr. Kim this morning and told him you're serious",
          "just give him the five hundred, CR-Vs never have problems",
          "I can do Sunday at six in the evening",
          "if you book right now I'll knock ten percent off Premium",
          "Just read me your card number and the expiry",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["upper_case_labels", "pushy", "red_lines", "steps_missing", "callee_hangs_up"],
      notes="Labels PRIYA/OWEN. 5 red lines: calling the seller without his OK, telling him to pay the deposit / 'never have "
            "problems', a Sunday 6 pm start, 10% off, card number and expiry by phone. 2 invented: the seller is holding the car, "
            "Luis is free Sunday evening. Steps 2–6 missing (step 4 not counted: only 'Premium is two fifty-nine, minus the ten "
            "percent', no Standard, no link; step 5 only the forbidden Sunday slot). Opening casual but gives name, company, "
            "reason: opening_ok true. He ends the call: callee condition 3, legitimate, closing_ok false."),
    L("usedcar-08.txt", U, "C", UC, {1: [0], 3: [2], 4: [4], 5: [6]},
      correct=[
          "Priya Nair from Clearview Auto Inspections, calling to book the pre-purchase inspection you asked for on Tuesday",
          "Our ASE-certified inspector, Luis Ortega, comes to the car: a 150-point check, a 15-minute road test and a computer scan, about 90 minutes",
          "You get a photo report by email within 24 hours",
          "Standard is $189, Premium is $259 with a paint-depth check, underbody camera and history report",
          "Saturday, June 13 at 9 am, Monday, June 15 at 1 pm, or Tuesday, June 16 at 4 pm",
          "2210 SE Alder Street",
          "your number ending 3092",
      ],
      invented=[
          ("Flood damage always shows up on the computer scan, so you'd know for sure", N),
          ("that's what most people pick", N),
          ("Payment's due by tonight or the slot is released", N),
      ],
      forbidden=["I'll put you down for Saturday at 9 with Premium"],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["plain", "wrong_rules", "illegitimate_ending", "goal_closing_without_choice"],
      notes="Step 2 missing. 3 invented: the scan always shows flood damage, 'what most people pick', payment due tonight or the "
            "slot is released. Illegitimate ending: he says he does not know which day and has not picked a package; the rep books "
            "Saturday 9 am Premium herself (red line: no clear yes) and closes with 'You're all set' on [END:1]. Step 6 not counted "
            "(read-back of an imposed booking)."),
    # ---------------- installment (bundled, zh, 5 steps, no not-allowed list) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0], 2: [2], 3: [6], 4: [4, 8], 5: [8]},
      correct=[
          "请问是陈伟先生吗？我是华信银行信用卡中心的客户经理周敏，看到您这期账单有一笔12000元的大额消费",
          "可以分3期、6期或者12期还，每期手续费率分别是0.75%、0.7%和0.65%",
          "12000元分6期，每期本金2000元，手续费84元，总共504元",
          "可以提前还清，但剩余期数的手续费照常收取",
          "分期办理后不能提前取消",
          "正常按期还款不会影响征信，分期记录只显示为正常还款",
          "拨打卡片背面的客服电话95588核实，我的工号是6021",
          "分期不影响您的信用额度恢复，每还一期就恢复相应额度",
          "办好后会发短信通知您",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["brisk", "digits", "customer_asks_qa"],
      notes="Complete and brisk. Fee total, early repayment, credit record and 'are you a scammer' answered from the card. 6 "
            "periods with a clear yes. Caller condition 1 with the first closing line."),
    L("installment-02.txt", I, "B", INK, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=[
          "我是华信银行信用卡中心的客户经理周敏",
          "可以分3期、6期或者12期，每期手续费率分别是0.75%、0.7%和0.65%",
          "12000分6期，每期本金2000，手续费84元",
          "办好后会发短信通知您",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["分期会不会上征信？"],
      style=["role_labels", "step_skipped", "dodged_question"],
      notes="Labels 客户经理/持卡人. Step 4 skipped (no 'cannot cancel / fees still due on early repayment', no credit-line "
            "restoration). The credit-record question is dodged ('不用太担心，很多客户都办的'), which the card answers. "
            "'很多客户都办的' is vague, not labelled."),
    L("installment-03.txt", I, "C", IN, {1: [0], 2: [2], 4: [4, 10], 5: [10]},
      correct=[
          "我是华信银行信用卡中心的客户经理周敏",
          "可以分三期、六期、十二期",
          "分期后每还一期就恢复相应额度",
          "办好后会发短信通知您",
      ],
      invented=[
          ("还有二十四期", W),
          ("六期的话每期手续费率是百分之零点五", W),
          ("一万二分六期每期手续费六十块，总共三百六", W),
          ("提前还清的话剩余手续费全免", N),
          ("随时可以取消分期", N),
          ("分期期间征信上会显示分期记录，不过不影响贷款", N),
          ("最低还款是账单的百分之五", W),
          ("未还部分不计利息", N),
          ("客服热线九五五八零", W),
          ("我工号六零一二", W),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["plain", "numerals_in_words", "many_wrong_facts", "wrong_rules"],
      notes="10 invented facts (0 digits, 6 words, 4 none): a 24-period option, 0.5% rate for 6 periods (0.7%), 60/period and 360 "
            "total (84 and 504), early repayment waives fees (still due), cancel any time (cannot), credit record shows "
            "instalments (shows normal repayment), minimum 5% (10%), no interest on the unpaid part (daily interest), hotline "
            "95580 (95588), staff no. 6012 (6021). Step 3 missing (the rep never asks which term). Step 4 counted at turns 4 "
            "(wrong) and 10 (credit restoration). The card has no not-allowed list, so nothing is a forbidden promise. "
            "Ending holds literally."),
    L("installment-04.txt", I, "C", INZ, {1: [0, 2], 2: [2]},
      correct=[
          "华信银行信用卡中心的，我姓周",
          "12000可以分3期、6期或者12期，每期手续费率0.75%、0.7%和0.65%",
      ],
      invented=[
          ("分6期的话一共才付84块手续费", D),
          ("办了以后还可以随时取消", N),
          ("已经为您办好分期", N),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "weak_opening", "wrong_meaning", "illegitimate_ending", "refusal_closed_as_agreement"],
      notes="Labels 周经理/陈先生. Curt opening without bank or name. Error of meaning: 84 is the per-period fee, not the total "
            "(504); the rep then dodges ('反正不多') and invents 'cancel any time'. Steps 3–5 missing. Illegitimate ending: he "
            "refuses ('说不清楚就算了，不办了') and the rep closes as if he agreed ('已经为您办好分期', an invented fact on a card "
            "without a not-allowed list) on [END:1]. end_condition/end_side null."),
    # ---------------- english-support (bundled, en, 5 steps, no not-allowed list) ----------------
    L("english-support-01.txt", E, "A", ES, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "Hi, is this Mark Davis? This is Sarah Lee from CloudDesk.",
          "your Pro subscription that expires on March thirty-first",
          "you're on CloudDesk Pro with forty seats. Do you want to keep the same number of seats?",
          "you can go down to any number of seats at renewal",
          "three hundred dollars per seat per year before the discount",
          "if you renew before March thirty-first you get fifteen percent off",
          "For the full forty seats that comes to ten thousand two hundred dollars",
          "monthly billing at twenty-five dollars per seat per month",
          "Billing is now one invoice per renewal, and I'll personally check it before it's sent",
          "you can pay by card or bank transfer within thirty days",
          "Your account goes read-only for fourteen days, then it's suspended, and your data is kept for ninety days",
          "Shall I send the renewal quote to your email now",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete, all figures in words. Seat cut, double charge and late renewal answered from the card (the double charge is "
            "acknowledged, as the persona wants). Mark hints at 'a couple of options' (latent competitor). He asks for a "
            "32-seat quote by email to check with finance: caller condition 2 with the second closing line. The rep does not "
            "compute a 32-seat price."),
    L("english-support-02.txt", E, "B", ESS, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=[
          "Sarah Lee from CloudDesk",
          "your Pro subscription, which expires on March 31",
          "You're on CloudDesk Pro with 40 seats",
          "If you renew before March 31, you get 15% off the annual price, so $10,200 for 40 seats",
          "monthly billing at $25 per seat per month",
          "Shall I send the renewal quote to your email now?",
      ],
      cond=1, side="callee", marker=("callee", 1),
      unanswered=["And if we don't get the paperwork done by the 31st, what happens?"],
      style=["first_names", "terse", "step_skipped", "dodged_question"],
      notes="Step 4 (billing: one invoice, card or transfer within 30 days, no double charge) skipped. The late-renewal question is "
            "dodged with flattery; the card answers it (read-only 14 days, suspended, data kept 90 days). Ends on callee "
            "condition 1 (agrees, asks for the quote); closing_ok true as the rep's last turn offers the emailed quote."),
    L("english-support-03.txt", E, "C", ESG, {1: [0], 2: [2], 3: [4, 6], 4: [8]},
      correct=[
          "This is Sarah Lee from CloudDesk, calling about your Pro subscription, which expires on March 31",
          "You're on CloudDesk Pro with 40 seats",
          "We bill once, by invoice, and you can pay by card or bank transfer",
      ],
      invented=[
          ("only in blocks of ten", W),
          ("you get twenty percent off", W),
          ("brings 40 seats to $9,600", D),
          ("Monthly is thirty dollars per seat", W),
          ("it needs a twelve-month commitment", W),
          ("within sixty days", W),
          ("Card payments get an extra two percent off", W),
          ("The account's deleted right away after March 31", D),
          ("1-800-555-0124", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "brisk", "many_wrong_facts", "wrong_rules"],
      notes="Labels Agent/Client. 9 invented facts (3 digits, 6 words): seats only in blocks of ten (any number), 20% (15%), $9,600 "
            "($10,200), monthly $30 ($25), a twelve-month commitment (none), pay within 60 days (30), 2% card discount (none), "
            "account deleted at once (read-only 14 days, then suspended, data 90 days), support 1-800-555-0124 (0142). Step 5 "
            "missing: the rep never offers to email the quote, he asks for it. Ending holds literally (he agrees and asks for the "
            "quote)."),
    L("english-support-04.txt", E, "C", ESC, {1: [2], 2: [2]},
      correct=["Sarah Lee, CloudDesk. Pro plan, 40 seats, expires March 31."],
      invented=[
          ("The early-renewal discount ended last month", N),
          ("That was your bank's mistake, not ours", N),
          ("Seat changes only happen mid-year, not at renewal", N),
      ],
      opening_ok=False, closing_ok=False, legitimate=False, marker=("caller", 3),
      style=["role_labels", "weak_opening", "wrong_rules", "illegitimate_ending", "premature_refusal"],
      notes="Labels CSM/Mark. Curt opening without name. 3 invented (none with a number): the discount has ended (valid before "
            "March 31), the double charge was the bank's mistake (it was CloudDesk's), seats change only mid-year (any number at "
            "renewal). Steps 3–5 missing ($12,000 with no discount is not the renewal offer). Illegitimate ending: Mark never "
            "declines, he says he must check with finance; the rep cuts him off with 'sounds like you're not interested' and "
            "closes on [END:3]. end_condition/end_side null."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
