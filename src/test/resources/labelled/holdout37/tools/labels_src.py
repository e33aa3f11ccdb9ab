#!/usr/bin/env python3
"""Label source for holdout37. Run: python3 tools/labels_src.py  (writes labels.json, one object per line,
and tools/invented_kinds.json, the kind of each invented fact: digits / words / none)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout37"

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


ZY = {"梁思雨": "caller", "孙丽娟": "callee"}
ZYL = {"启航梁老师": "caller", "孙女士": "callee"}
ZYG = {"启航规划": "caller", "孙丽娟": "callee"}
ZYX = {"启航小梁": "caller", "孙姐": "callee"}
ZYQ = {"启航": "caller", "孙丽娟": "callee"}
ZYT = {"梁老师": "caller", "孙女士": "callee"}
GD = {"Carla Jensen": "caller", "Ray Lindqvist": "callee"}
GDL = {"Lakeshore": "caller", "Ray": "callee"}
GDD = {"Lakeshore Door": "caller", "Ray L.": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
INZ = {"周经理": "caller", "陈先生": "callee"}
INH = {"华信周敏": "caller", "陈伟": "callee"}
INW = {"周经理": "caller", "陈伟": "callee"}
IS = {"Tom Baker": "caller", "Linda Park": "callee"}
ISF = {"FiberLink": "caller", "Linda": "callee"}
IST = {"FiberLink Tom": "caller", "Linda": "callee"}


Z = "zhiyuan.md"
G = "garage-door.md"
I = "installment.md"
P = "isp-visit.md"

LABELS = [
    # ---------------- zhiyuan (Chinese, new, 6 steps) ----------------
    L("zhiyuan-01.txt", Z, "A", ZY, {1: [0], 2: [2, 4], 3: [8], 4: [14], 5: [16, 18], 6: [20]},
      correct=[
          "请问是赵一鸣的妈妈孙女士吗？我是启航志愿规划的规划顾问梁思雨",
          "您六月五号在金水区图书馆听讲座的时候留了电话",
          "一鸣是物理类，再选的化学和生物，自己估分在五百九左右",
          "高考体检有没有查出什么限制，比如色弱啊、身高啊、视力这些",
          "按教育部的体检指导意见，色弱的考生有一部分专业不宜录取，医学和化学类里都有涉及",
          "面谈的时候我们会拿着每所学校的招生章程一条一条核，最后以高校的章程为准",
          "单次规划版，一千九百八，出分以后面谈一次，三个小时左右",
          "全程陪伴版，四千六百八",
          "整个填报期间微信不限次答疑，截止前一天再陪您把表核一遍",
          "我们是按位次和近三年的录取数据做冲稳保的梯度，尽量把滑档的风险降下来",
          "全程版里包含征集志愿的指导；单次版的话可以另加九百八，再约一次征集志愿的面谈",
          "价格是统一的，不打折",
          "六月二十六号周六上午九点半，或者六月二十七号周日下午两点半，每场三个小时左右",
          "在金水区花园路和农业路口的启航大厦十二楼",
          "也可以腾讯会议视频，就是家长跟孩子都得在场",
          "先付五百块定金，走我们公众号或者对公账户都行，余款面谈当天付",
          "出分前您要是不想做了，定金全退；约好的时间没来、也没提前说的话，定金就不退了",
          "临时有事提前二十四小时说，可以免费改一次",
          "带上成绩单截图、全省位次，还有那张体检表",
          "填报系统的账号密码您自己保管好，我们绝对不会要的",
          "全程陪伴版，六月二十七号周日下午两点半，来工作室面谈，费用四千六百八，先付定金五百",
          "确认短信马上发到您尾号七二六四的手机上",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete and chatty (哈, 嘛, 好嘞, 理解理解). Every figure in Chinese words, the phone ending read digit by digit. "
            "Step 2's health question surfaces the hidden concern (mild colour weakness, son wants medicine); answered per the Q&A "
            "without a verdict. Guarantee/滑档, discount questions answered per the card (980 add-on for the single plan). "
            "Picks 全程 4680, Sunday 6/27 14:30, in person. Caller condition 1, first closing line adapted."),
    L("zhiyuan-02.txt", Z, "A", ZYL, {1: [0], 2: [2, 4], 3: [4], 4: [6], 5: [8], 6: [10]},
      correct=[
          "启航志愿规划梁思雨，6/5讲座您留的电话（登记号QH-0605-118）",
          "物理类，再选化学+生物，估分590左右",
          "体检有无限制（色弱/身高/视力）",
          "部分专业不宜录取（医学、化学类里都有），面谈时对着各校招生章程逐条核，以高校章程为准",
          "①单次规划版 1980元，出分后面谈一次约3小时，当场出冲/稳/保志愿表",
          "②全程陪伴版 4680元，面谈一次+填报期间微信不限次答疑+截止前一天陪核表+征集志愿也帮看",
          "出分前只能聊大方向，正式志愿表必须等分数和位次出来",
          "6/26周六9:30 or 6/27周日14:30，约3小时",
          "到工作室（花园路农业路口启航大厦12F）或腾讯会议视频，家长+孩子都要在",
          "定金500（公众号/对公账户），余款面谈当天付；不收现金、不转个人",
          "出分前取消定金全退，约好不来又没提前说不退",
          "成绩单截图、全省位次、体检表",
          "系统账号密码您自己保管，我们不要",
          "单次规划版，6/27周日14:30，腾讯会议视频，1980元，先付定金500",
          "确认短信→尾号7264",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "role_labels", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Labels 启航梁老师/孙女士. Terse, symbols (①②, +, /, →, or, 12F, 6/27). Colour weakness surfaces when asked, answered "
            "per the Q&A in one line, then both plans in the same turn. 'Before the results?' answered per the card. Single plan "
            "1980, Sunday 14:30, video. Ends on callee condition 1 right after the read-back; closing_ok true."),
    L("zhiyuan-03.txt", Z, "A", ZYG, {1: [0], 2: [8], 3: [4], 4: [12], 5: [2, 14], 6: [16]},
      correct=[
          "我是启航志愿规划的梁思雨，您六月五号在金水区图书馆听我们讲座时留了电话",
          "登记号QH-0605-118，尾号7264",
          "填报系统的账号密码您自己保管好，我们绝不会要，志愿也一定是您和孩子自己登录、自己提交",
          "单次规划版1980元，出分后面谈一次，三个小时左右",
          "全程陪伴版4680元，面谈一次之外，填报期间微信不限次答疑，截止前一天再陪您核一遍表",
          "也不存在什么内部名额",
          "按位次和近三年录取数据做梯度，降低滑档的风险，但录取谁都保证不了",
          "面谈由主规划师带，都是做了5年以上志愿填报的老师，不是实习生",
          "物理类，再选化学、生物，估分590左右",
          "体检有没有查出色弱、身高、视力这些限制",
          "有一部分专业不宜录取，医学、化学类里都有；面谈时我们对着每个学校的招生章程一条条核，以高校章程为准",
          "6月26号周六上午9点半，或者6月27号周日下午2点半",
          "金水区花园路和农业路口的启航大厦12楼；或者腾讯会议视频，家长孩子都得在",
          "付清以后5个工作日内开电子普通发票",
          "先付500元定金，公众号或者对公账户，余款当天付，不收现金、不转个人",
          "出分前不做了定金全退；约好了没来又没提前说，定金不退",
          "当天带成绩单截图、全省位次、体检表",
          "提前24小时说，免费改一次时间",
          "全程陪伴版，6月27日周日下午2:30，来工作室面谈，费用4680元，先付定金500元",
          "确认短信马上发到您尾号7264的手机上",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "role_labels", "customer_asks_qa", "suspicious_customer", "latent_concern_surfaces"],
      notes="Labels 启航规划/孙丽娟. Suspicious, customer-led: how did you get my number / passwords (step 5's password line "
            "first), price, 内部名额, who the planner is, invoice, rescheduling; all answered per the card. Step order 1, 5, 3, 2, "
            "4, 5, 6. Colour weakness surfaces when step 2 comes. Picks 全程 4680, Sunday 14:30 in person. Caller condition 1."),
    L("zhiyuan-04.txt", Z, "B", ZY, {1: [0], 3: [2], 4: [6], 5: [8], 6: [10]},
      correct=[
          "我是启航志愿规划的梁思雨，六月五号讲座您留过电话",
          "单次规划版1980，出分后面谈一次，三个小时左右，当场出冲稳保的志愿表",
          "全程陪伴版4680，面谈之外填报期间微信随时问，截止前一天再帮您核一遍，征集志愿也管",
          "6月26号周六上午9点半，或者6月27号周日下午2点半，大概三个小时",
          "花园路农业路口启航大厦12楼，也可以腾讯会议视频，家长和孩子都要在",
          "先付500定金，公众号或者对公账户都可以，余款面谈当天付，不收现金也不转个人",
          "出分前不做了定金全退，约好没来又没说的话就不退了",
          "成绩单截图、全省位次和体检表",
          "填报系统的密码您自己收好，我们不要的",
          "单次规划版，6月27号周日下午两点半，腾讯会议视频，费用1980元，定金500",
          "确认短信发您尾号7264的手机",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["万一滑档了，单次的后面还管不管？"],
      style=["step_skipped", "dodged_question"],
      notes="Step 2 (student's track, score, wishes, health limits) skipped: straight from the opening to the two plans, so the "
            "hidden concern never comes up. The 滑档 question is dodged with 'our teachers are experienced' (not flagged: no card "
            "fact); the card answers it (全程 includes 征集志愿 guidance; single plan +980 for another session). Single plan, "
            "Sunday 14:30, video. Caller condition 1."),
    L("zhiyuan-05.txt", Z, "B", ZYX, {1: [0], 2: [2], 3: [4]},
      correct=[
          "我是启航志愿规划的小梁，梁思雨，您六月五号在金水区图书馆听讲座时留了电话",
          "孩子是物理类，再选化学生物，估分五百九左右",
          "体检有没有色弱、身高、视力这些限制",
          "面谈时对着学校章程一条条核",
          "单次规划版一千九百八，出分后面谈一次，三个小时左右，当场出冲稳保的志愿表",
          "全程陪伴版四千六百八，填报期间微信不限次答疑，截止前一天陪您核表，征集志愿也帮您看",
          "介绍我加您微信发过去，明天晚上八点以后再给您打",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "early_legit_end", "callback_time_named_by_customer"],
      notes="Labels 启航小梁/孙姐. Steps 4–6 not reached: she must talk to her husband (on a site in Xinjiang) first, names the "
            "call-back time herself (tomorrow after 20:00) and asks for the plans by WeChat — caller condition 2, legitimate. "
            "She does not reveal the colour weakness ('回头我翻翻表'); the rep's answer is right. Tier B for the steps not reached."),
    L("zhiyuan-06.txt", Z, "C", ZY, {1: [0], 2: [2], 3: [6], 4: [8], 5: [10], 6: [12]},
      correct=[
          "我是启航志愿规划的梁思雨，您六月五号听讲座留了电话",
          "估分五百九左右",
          "单次规划版1980",
          "6月27号周日下午2点半",
          "确认短信发您尾号7264",
      ],
      invented=[
          ("每场两个小时", W),
          ("全程陪伴版三千六百八", W),
          ("6月26号周六下午3点", D),
          ("到郑东新区CBD的启航中心来", N),
          ("面谈孩子不用来，家长来就行", N),
          ("定金要交一千", W),
          ("出分以后不想做了定金也能全退", N),
          ("付清后当天就开发票", N),
          ("0371-6588-3910", D),
      ],
      forbidden=[
          "色弱对学医肯定没影响",
          "上郑大医学院稳稳的，我给您打包票",
          "我们跟好几所学校招办都有关系，有内部名额",
          "您今天定的话我给您打个九折",
          "直接转我个人微信就行",
          "您把填报系统的账号密码发我微信，到时候我们直接帮您填好提交",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "wrong_places", "reversed_rules"],
      notes="9 invented (2 digits, 3 words, 4 none): 2-hour sessions (about 3), 全程 3680 (4680), Saturday 15:00 (09:30), a "
            "郑东新区 CBD venue (花园路/农业路口 启航大厦12楼), the child need not come (both must), deposit 1000 (500), deposit "
            "refundable after the results (only before), invoice the same day (5 working days), phone …3910 (…3190). 6 red "
            "lines: verdict on colour weakness, guaranteed admission, 内部名额/关系, 10% off, deposit to a personal WeChat, "
            "asking for the system password to submit for her. Steps all covered with wrong content (step 5 on the wrong "
            "deposit line, step 6 on a read-back without the amount). The ending holds literally (plan, slot and place chosen, "
            "read back, confirmed)."),
    L("zhiyuan-07.txt", Z, "C", ZYQ, {1: [0], 3: [2], 4: [4], 5: [6], 6: [8]},
      correct=[
          "启航志愿规划梁思雨，您六月五号听讲座留的电话",
          "单次规划版1980元，面谈一次三小时左右，出冲稳保的志愿表",
          "全程陪伴版4680元，填报期间微信不限次答疑，截止前陪您核表，征集志愿也管",
          "6月26号周六上午9点半和6月27号周日下午2点半，可以来启航大厦12楼，也可以视频",
          "先付500定金，公众号或对公账户",
          "全程陪伴版，6月27日周日下午2:30，来工作室面谈",
      ],
      invented=[
          ("余款可以等录取结果出来再付", N),
          ("周日下午那场是主规划师专场，要另加八百", W),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["terse", "role_labels", "step_skipped", "illegitimate_ending", "terms_changed_after_yes"],
      notes="Labels 启航/孙丽娟. 2 invented (1 none, 1 words): balance payable after admission (on the day of the session), "
            "an 800 surcharge for the Sunday session (the card has no surcharge). Step 2 missing. Illegitimate ending — terms changed after the "
            "yes: she agrees to 全程 at 4680 and says in so many words that she accepts this price and nothing more "
            "('就这个价我能接受，再多就算了'); inside the read-back the rep adds an 800 surcharge (total 5480) and closes in the "
            "same turn without asking. No condition holds. end_condition/end_side null."),
    L("zhiyuan-08.txt", Z, "C", ZYT, {1: [0], 2: [2], 3: [4], 4: [6]},
      correct=[
          "我是启航志愿规划的梁思雨，您六月五号在图书馆听讲座留了电话",
          "孩子物理类，选的化学生物，估分590左右",
          "单次规划版1980，面谈一次；全程陪伴版4680",
          "6月26号周六上午9点半，或者6月27号周日下午2点半，来工作室或者视频都行",
      ],
      invented=[
          ("面谈大概一个半小时", W),
          ("上午那场是主规划师带，下午那场是助理老师带", N),
      ],
      forbidden=["定金可以先不交，来了再说"],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["到底定的哪个、几号几点、多少钱"],
      style=["role_labels", "red_line", "illegitimate_ending", "readback_refused"],
      notes="Labels 梁老师/孙女士. 2 invented (words, none): sessions 1.5 h (about 3), assistant teachers in the afternoon "
            "(the lead planner runs every session); 1 red line (deposit waived). Steps 5 and 6 missing. Illegitimate ending — "
            "the read-back the customer asks for is refused: she wavered between the plans and the days, asks to have the "
            "booking read back so she can write it down ('到底定的哪个、几号几点、多少钱'), the rep says it is all in the SMS "
            "and closes on [END:1]. Format and price never confirmed, no read-back. end_condition/end_side null."),
    # ---------------- garage-door (English, new, 6 steps) ----------------
    L("garage-door-01.txt", G, "A", GD, {1: [0, 2], 2: [2, 4], 3: [8], 4: [14, 16], 5: [16], 6: [20]},
      correct=[
          "This is Carla Jensen from Lakeshore Overhead Door, following up on Sam's visit yesterday",
          "work order L-O-D four-oh-seven-two-two",
          "the left torsion spring on your double door is broken, and the right one's the same age, about eleven years",
          "Both lift cables are frayed as well",
          "please don't try to open the door, not by hand and not with the opener, and don't pull that red release cord",
          "We only install springs we supply, and we can't work on or warranty a door with customer-supplied springs",
          "Option one is just the broken spring, two hundred twenty-five dollars, parts and labor, and it comes with a ninety-day warranty",
          "a matched pair of high-cycle springs, both new cables, plus a full tune-up, for three ninety-five, and the springs are warrantied for five years",
          "the seventy-nine dollar diagnostic fee from yesterday is waived",
          "They went in together and they've done the same number of cycles, so the other one usually isn't far behind",
          "Five years on the springs, and one year on the cables and the labor. On option one it's ninety days, parts and labor",
          "Thursday, May thirteenth, between eight and eleven in the morning, or Friday, May fourteenth, between noon and three",
          "The tech'll call about half an hour before he gets there, the job takes about an hour and a half, and someone eighteen or older needs to be home",
          "When he's done you pay him, card or check, there's no deposit, and we don't take cash",
          "give us twenty-four hours' notice to move it, otherwise there's a forty-nine dollar trip charge",
          "clear about six feet inside the garage in front of the door",
          "The tech hauls them away, no charge",
          "the pair of springs and both cables with the tune-up, Friday, May fourteenth, between twelve and three, three hundred ninety-five dollars, paid to the technician at the end",
          "the number ending in six-oh-nine-three",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "filler_words", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete and chatty; every figure in words (work order spelled out, 'three ninety-five', 'twelve and three'). The "
            "rep asks whether anyone has tinkered with the door, so the hidden concern (a $60 spring ordered online) surfaces; "
            "answered per the Q&A. Why-both, warranty and old-parts questions answered per the card. Pair, Friday 12–3. "
            "'about half an hour' = 30 minutes. Caller condition 1, first closing line."),
    L("garage-door-02.txt", G, "A", GDL, {1: [0], 2: [2], 3: [4], 4: [6, 8], 5: [8], 6: [10]},
      correct=[
          "Carla Jensen, Lakeshore Overhead Door, following up on Sam's visit yesterday, work order LOD-40722",
          "left torsion spring broken; right spring same age (~11 yrs); both lift cables frayed",
          "don't open the door by hand or with the opener, don't pull the red release cord, keep everyone clear",
          "(1) broken spring only: $225 parts + labor, 90-day warranty",
          "(2) matched high-cycle pair + both cables + tune-up: $395, 5 yrs on springs",
          "Either way the $79 diagnostic is waived",
          "No discounts, same prices for everyone, and we don't price-match",
          "Thu 5/13, 8–11 a.m. or Fri 5/14, 12–3 p.m.",
          "Tech calls ~30 min ahead; ~1.5 hrs on site; someone 18+ home",
          "Pay the tech at the end, card or check; no deposit, no cash",
          "Moving it = 24 hrs' notice or a $49 trip charge",
          "Clear ~6 ft in front of the door inside",
          "spring only, Fri 5/14, 12–3, $225, paid to the tech at the end",
          "Confirmation text → number ending 6093",
      ],
      cond=1, side="callee", marker=("callee", 1),
      style=["terse", "symbols", "role_labels", "customer_asks_qa"],
      notes="Labels Lakeshore/Ray. Terse, symbols (~, +, =, →, (1)/(2), 5/14, 12–3). Discount question answered per the card. "
            "Spring only $225, Friday 12–3. Ends on callee condition 1 right after the read-back; closing_ok true."),
    L("garage-door-03.txt", G, "A", GDD, {1: [0], 2: [4], 3: [8], 4: [2, 12], 5: [12], 6: [14]},
      correct=[
          "Carla Jensen from Lakeshore Overhead Door. I'm following up on Sam's visit yesterday, work order LOD-40722",
          "same-day emergency service, that's $150 extra and only if a technician is free",
          "the earliest regular slot is Thursday, May 13, between 8 and 11 a.m., or there's Friday, May 14, between noon and 3",
          "Don't open it by hand or with the opener, and don't pull the red release cord; keep it closed and keep everyone clear",
          "call us and we'll try for a same-day slot at the emergency rate",
          "the left torsion spring is broken, the right one's the same age, about eleven years, and both lift cables are frayed",
          "Sam checked it, it works. After the repair the tech adjusts the opener's force settings",
          "Replacing an opener isn't part of this visit",
          "Spring only: $225, parts and labor, 90-day warranty",
          "the matched pair of high-cycle springs, both cables and a full tune-up: $395, five years on the springs, one year on cables and labor",
          "yesterday's $79 diagnostic fee is waived",
          "We don't price-match, I'm sorry. Our prices are the same for everyone",
          "The tech calls about 30 minutes before, it takes about an hour and a half, and someone 18 or older has to be home",
          "You pay him when it's done, card or check, no deposit, no cash",
          "24 hours' notice, otherwise it's a $49 trip charge",
          "clear about six feet in front of the door inside the garage",
          "pair of springs and cables, Friday, May 14, noon to 3, $395, paid to the technician at the end",
          "the number ending 6093",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_led", "steps_out_of_order", "role_labels", "customer_asks_qa"],
      notes="Labels Lakeshore Door/Ray L. Customer-led: can you come today (emergency $150), can I get the car out, the opener, "
            "price match — all answered per the card. Step order 1, 4, 2, 3, 4, 5, 6 (the slots come first because he asks "
            "for today). Hidden concern not raised (nobody asks about DIY). Pair, Friday 12–3. Caller condition 1."),
    L("garage-door-04.txt", G, "B", GD, {1: [0], 2: [2], 3: [4], 4: [8], 6: [10]},
      correct=[
          "This is Carla Jensen from Lakeshore Overhead Door, calling about Sam's visit yesterday",
          "the left torsion spring on your double door is broken. The right one's the same age, eleven years or so, and both lift cables are frayed",
          "please don't open the door by hand or with the opener, and leave the red release cord alone",
          "Option one, just the broken spring, $225 with a 90-day warranty",
          "a matched pair of high-cycle springs plus both cables and a tune-up, $395, and the springs get five years",
          "The $79 diagnostic fee from yesterday is waived either way",
          "Thursday, May 13 from 8 to 11, or Friday, May 14 from noon to 3",
          "The tech calls about 30 minutes before he shows up, figure an hour and a half on the job, and someone 18 or older needs to be there",
          "the pair of springs with both cables and the tune-up, Friday, May 14, noon to 3, $395, paid to the technician at the end",
          "your number ending 6093",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["what about the cables, are those covered too?"],
      style=["step_skipped", "dodged_question"],
      notes="Step 5 skipped (card or check on completion, no deposit, no cash, 24 h / $49 trip charge, clear six feet); only "
            "the read-back's 'paid to the technician at the end' remains. The cable-warranty question is dodged with 'a really "
            "solid package, most people go with option two' (not flagged: no card fact); the card answers it (one year on "
            "cables and labor). Pair, Friday 12–3. Caller condition 1."),
    L("garage-door-05.txt", G, "B", GDL, {1: [0], 2: [2], 3: [4]},
      correct=[
          "It's Carla Jensen with Lakeshore Overhead Door. I'm calling about Sam's visit yesterday, work order LOD-40722",
          "the left torsion spring is broken, and the right one's the same age, right around eleven years, and both of the lift cables are frayed",
          "please don't lift the door by hand or run the opener, and don't pull the red release cord",
          "Option one is just the broken spring, two twenty-five, parts and labor, with a ninety-day warranty",
          "a matched pair of high-cycle springs plus both cables and a full tune-up, three ninety-five, with five years on the springs",
          "the seventy-nine dollar diagnostic fee is waived",
          "I'll text you both options and call you back tomorrow after four",
      ],
      cond=2, side="caller", marker=("caller", 2),
      style=["role_labels", "filler_words", "early_legit_end", "callback_time_named_by_customer"],
      notes="Labels Lakeshore/Ray. Steps 4–6 not reached: Donna handles the money; he asks for both options by text and names "
            "the call-back time himself (tomorrow after four) — caller condition 2, legitimate; the safety reminder is repeated "
            "in the close. Tier B for the steps not reached."),
    L("garage-door-06.txt", G, "C", GD, {1: [0], 2: [2], 3: [4], 4: [8], 6: [14]},
      correct=[
          "Carla Jensen, Lakeshore Overhead Door, following up on Sam's visit yesterday",
          "right one's the same age, about eleven years",
          "Option two's the pair of high-cycle springs, both cables and a tune-up, $395",
          "Friday, May 14, noon to 3",
          "the number ending 6093",
      ],
      invented=[
          ("Option one's two hundred fifty", W),
          ("it comes with a one-year warranty", W),
          ("the $79 diagnostic fee gets added on top of either", D),
          ("Thursday, May 13, between 1 and 4", D),
          ("It takes about twenty minutes", W),
          ("nobody needs to be home", N),
          ("The old springs stay with you, we don't haul them off", N),
          ("we're open Sundays too", N),
      ],
      forbidden=[
          "Honestly it's fine to open it by hand if you're careful, just lift slow",
          "the right one won't break for years",
          "I'll knock off ten percent since you're a senior",
          "Friday he'll be there right at noon, on the dot",
          "You can read me your card number now",
          "you can wind that spring yourself, just use two winding bars",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "red_lines", "reversed_rules"],
      notes="8 invented (2 digits, 3 words, 3 none): option one $250 ($225), a one-year warranty (90 days), the $79 fee added "
            "(waived), Thursday 1–4 (8–11), twenty minutes (about an hour and a half), nobody needs to be home (18+), old "
            "springs left behind (hauled away free), open Sundays (Mon–Sat). 6 red lines: open it by hand, the other spring "
            "won't break, senior discount, exact arrival time, card number by phone, coaching him to wind his own spring. "
            "Step 5 not counted (the only payment line is the card-number red line). The ending holds literally (spring only, "
            "an offered Friday window, read back, confirmed)."),
    L("garage-door-07.txt", G, "C", GDL, {1: [0], 2: [2], 3: [2], 4: [4], 6: [6]},
      correct=[
          "Carla Jensen from Lakeshore Overhead Door, following up on Sam's visit yesterday, work order LOD-40722",
          "Sam found the left torsion spring broken, the right one's the same age, about eleven years, and both cables are frayed",
          "Please don't open the door by hand or with the opener until it's fixed",
          "Option one, spring only, $225, 90-day warranty",
          "Option two, pair of high-cycle springs, both cables, tune-up, $395, with five years on the springs",
          "I've got May 14, noon to 3",
      ],
      invented=[
          ("The $79 diagnostic fee is waived only on option two", D),
          ("we're closed Saturdays", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "terse", "illegitimate_ending", "hypothetical_taken_as_decision"],
      notes="Labels Lakeshore/Ray. 2 invented (digits, none): the diagnostic fee waived only on option two (either), closed "
            "Saturdays (open Mon–Sat). Step 5 missing. Illegitimate ending — a hypothetical taken as a decision: he says up "
            "front he is booking nothing today and will get another quote; asked nothing, he says what he would 'hypothetically' "
            "pick (the pair, a Friday); she offers Friday 12–3, he repeats 'Hypothetically, I said', she reads it back as a "
            "booking and closes on [END:1]. His actual position is condition 3 territory (another company) or at most 2. "
            "end_condition/end_side null."),
    L("garage-door-08.txt", G, "C", GD, {1: [0], 2: [2], 3: [2], 6: [6]},
      correct=[
          "This is Carla Jensen from Lakeshore Overhead Door, following up on Sam's visit yesterday",
          "the left torsion spring is broken, the right one's the same age, and both lift cables are frayed",
          "Keep the door shut until it's fixed, and don't pull the red release cord",
          "Option one, just that spring, $225",
          "Option two, the pair of high-cycle springs plus cables and a tune-up, $395, five years on the springs",
      ],
      invented=[
          ("the opener's shot too, so that'd need replacing", N),
          ("If you cancel now it's a seventy-five dollar fee", W),
      ],
      forbidden=["Honestly option one's fine, the other spring won't break on you"],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["illegitimate_ending", "yes_obtained_under_false_framing", "red_line"],
      notes="2 invented (none, words): the opener needs replacing (it works), a $75 cancellation fee (24 h notice, else $49). "
            "1 red line (the other spring won't break). Step 4 not counted (no windows offered, one imposed), step 5 missing; "
            "step 6 counted on the booking statement inside the close. Illegitimate ending — a yes obtained under the rep's own "
            "false framing: he wants to think and see it in writing; she asks for 'a quick yes so I can send the quote over'; "
            "he says 'Yes, send the quote'; she books option two for Friday and closes on [END:1]. The honest close was "
            "condition 2 (quote by text/email). end_condition/end_side null."),
    # ---------------- installment (bundled, Chinese, 5 steps) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0], 2: [2, 4], 3: [10], 4: [8, 10], 5: [12]},
      correct=[
          "我是华信银行信用卡中心的客户经理周敏，看到您这期账单有一笔大额消费",
          "您上个月在家电商城那笔一万二千块的消费",
          "这期账单可以分三期、六期或者十二期来还，每期手续费率分别是百分之零点七五、零点七和零点六五",
          "一万二分六期，每期本金两千，每期手续费八十四块，六期下来一共五百零四",
          "打卡片背面的客服电话九五五八八核实，我的工号是六零二一",
          "可以提前还清，但剩余期数的手续费还是照常收",
          "分期办了以后就不能提前取消了",
          "正常按期还款不会影响征信，分期记录只显示为正常还款",
          "每还一期就恢复相应的额度",
          "您看分三期、六期还是十二期比较合适",
          "办好后会发短信通知您，您确认办理吗",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa"],
      notes="Complete; all figures in Chinese words (百分之零点七五, 五百零四, 九五五八八). Fee, verification, early repayment, "
            "credit-record questions answered per the card; step 4 on the no-cancel and prepayment rules and the credit limit. "
            "Six periods. Caller condition 1, first closing line."),
    L("installment-02.txt", I, "B", INZ, {1: [0], 2: [2], 3: [4], 5: [6]},
      correct=[
          "我是华信银行信用卡中心的客户经理周敏，您这期账单有一笔一万二的大额消费",
          "这期账单可以分3期、6期或者12期，每期手续费率分别是0.75%、0.7%和0.65%",
          "12000分6期，每期本金2000，手续费84元",
          "您看分3期、6期还是12期比较合适",
          "12期的话每期费率0.65%，就是每期78元",
          "办好后会发短信通知您，您确认办理吗",
      ],
      cond=1, side="caller", marker=("caller", 1),
      unanswered=["那我要是不分期，最低还多少？"],
      style=["role_labels", "step_skipped", "dodged_question", "derived_figure"],
      notes="Labels 周经理/陈先生. Step 4 (no cancellation, prepayment fees still due, credit restored per period) skipped. The "
            "minimum-payment question is dodged; the card answers it (10%, 1850, the rest accrues daily interest). '每期78元' "
            "is correct (12000 × 0.65%), a derived figure. Twelve periods. Caller condition 1."),
    L("installment-03.txt", I, "C", INH, {1: [0], 2: [2, 4], 4: [4, 6], 5: [10]},
      correct=[
          "我是华信银行信用卡中心的周敏，您这期账单有笔大额消费",
          "分6期每期本金2000",
          "办好发短信通知您",
      ],
      invented=[
          ("每期手续费率分别是0.6%、0.55%和0.5%", D),
          ("每期手续费六十块", W),
          ("提前还清的话剩下的手续费全免", N),
          ("分期以后三个月内都可以取消", W),
          ("办了分期额度要等全部还完才恢复", N),
          ("最低还款额是账单的百分之五", W),
          ("您打我们官网上的在线客服核实就行", N),
          ("我的工号是6201", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["role_labels", "many_wrong_facts", "reversed_rules", "wrong_channel"],
      notes="Labels 华信周敏/陈伟. 8 invented (2 digits, 3 words, 3 none): rates 0.6/0.55/0.5% (0.75/0.7/0.65%), 60 a period "
            "(84), remaining fees waived on prepayment (still charged), cancellable within three months (cannot be cancelled), "
            "credit restored only at the end (per period), minimum 5% (10%), verify through the website's online chat (95588 on "
            "the card's back), staff number 6201 (6021). Step 3 not asked (he names six periods himself). The ending holds "
            "literally (six periods chosen, SMS, confirmed)."),
    L("installment-04.txt", I, "C", INW, {1: [0], 2: [2, 4]},
      correct=[
          "我是华信银行信用卡中心的客户经理周敏，看到您这期账单有一笔12000元的大额消费",
          "这期账单可以分3期、6期或者12期，手续费率分别是0.75%、0.7%和0.65%",
          "分6期每期本金2000，手续费84元",
      ],
      invented=[
          ("分期以后还可以免费改期数", N),
          ("盗刷的事跟分期没关系，办了也照样能查", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      unanswered=["这个怎么申请调查？"],
      style=["role_labels", "wrong_rules", "illegitimate_ending", "disputed_charge"],
      notes="Labels 周经理/陈伟. 2 invented (none): the number of periods can be changed free afterwards (no cancellation "
            "after), 'fraud has nothing to do with the instalments, it can still be checked' (made-up rule). The question how "
            "to open an investigation is not answered. Steps 3–5 missing. Illegitimate ending — the underlying charge is "
            "disputed: he says his appliances cost about 8000 on another card, does not recognise the 12000, suspects fraud, "
            "asks who the merchant was and when; she closes '已经为您办好6期分期' on [END:1]. He never chose a term or "
            "agreed. end_condition/end_side null."),
    # ---------------- isp-visit (bundled, English, 5 steps) ----------------
    L("isp-visit-01.txt", P, "A", IS, {1: [0], 2: [2], 3: [4], 4: [8], 5: [10]},
      correct=[
          "This is Tom Baker from FiberLink Broadband. I'm calling about your ticket on the slow connection",
          "our line test found a fault at the wall socket, which means a technician has to come out and replace it at your place",
          "The repair itself takes about an hour, and there's no charge for it",
          "the visit and the new socket are both free, since the fault's on our side",
          "I can book a technician on Tuesday or Thursday, morning or afternoon",
          "a fifteen-dollar credit on your next bill for the days the line was slow",
          "He'll text you thirty minutes before he arrives",
          "call one-eight-hundred, five-five-five, oh-one-nine-nine at least four hours before the slot and we'll move it for free",
          "Someone over eighteen needs to be home to let the technician in",
          "the technician will text you thirty minutes before arriving. Shall I confirm the booking?",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "numerals_in_words", "customer_asks_qa", "latent_concern_surfaces"],
      notes="Complete; figures in words (fifteen-dollar, thirty minutes, the phone number spelled out). Cost and refund questions "
            "answered per the card; her worry about a late technician is answered with the 30-minute text and the free move "
            "rule. Thursday afternoon, she is home. Caller condition 1, first closing line."),
    L("isp-visit-02.txt", P, "B", ISF, {1: [0], 3: [2], 4: [4], 5: [6]},
      correct=[
          "Tom Baker, FiberLink Broadband, about your ticket on the slow connection",
          "I can get a technician out Tuesday or Thursday, morning or afternoon",
          "Someone over 18 needs to be home to let him in",
          "a $15 credit on your next bill for the days the line was slow",
          "The technician will text you 30 minutes before arriving. Shall I confirm the booking for Tuesday afternoon?",
      ],
      cond=1, side="callee", marker=("callee", 1),
      unanswered=["How long will the technician take?"],
      style=["role_labels", "terse", "step_skipped", "dodged_question"],
      notes="Labels FiberLink/Linda. Step 2 (fault at the wall socket, about an hour, no charge) skipped. 'How long will the "
            "technician take?' dodged with 'He'll get you sorted' (not flagged); the card says about an hour, with a speed "
            "test. Ends on callee condition 1 (books Tuesday afternoon, she is home); closing_ok true."),
    L("isp-visit-03.txt", P, "C", IS, {1: [0], 2: [2], 3: [4], 4: [6], 5: [8]},
      correct=[
          "Tom Baker from FiberLink Broadband, calling about your ticket on the slow connection",
          "at least four hours before",
          "The technician will text you thirty minutes before arriving. Shall I confirm the booking?",
      ],
      invented=[
          ("the fault's in the street cabinet", N),
          ("the repair takes about three hours", W),
          ("There's a forty-nine dollar call-out fee", W),
          ("Weekend visits are Sunday afternoons", N),
          ("I can do Monday or Wednesday", N),
          ("a $25 credit on your next bill", D),
          ("a teenager can let him in, that's fine", N),
          ("call 1-800-555-0919", D),
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["many_wrong_facts", "wrong_places", "reversed_rules"],
      notes="8 invented (2 digits, 2 words, 4 none): fault in the street cabinet (wall socket), three hours (about one), a $49 "
            "call-out fee (free), weekends on Sunday afternoons (Saturday mornings), Monday/Wednesday (Tuesday/Thursday), $25 "
            "credit ($15), a teenager may let him in (over 18), 1-800-555-0919 (0199). The ending holds literally (she books "
            "a slot and will be home herself)."),
    L("isp-visit-04.txt", P, "C", IST, {1: [0], 2: [2], 3: [2], 4: [4]},
      correct=[
          "This is Tom Baker from FiberLink Broadband, calling about your ticket on the slow connection",
          "Our line test found a fault at the wall socket, so a technician needs to replace it at your home. There's no charge",
          "I can book Tuesday or Thursday, morning or afternoon",
          "Someone over 18 needs to be home to let the technician in",
      ],
      invented=[
          ("it usually needs about two hours", W),
          ("no credits for slow days, it's only for full outages", N),
      ],
      closing_ok=False, legitimate=False, marker=("caller", 1),
      style=["role_labels", "wrong_rules", "illegitimate_ending", "booking_not_saved"],
      notes="Labels FiberLink Tom/Linda. 2 invented (words, none): about two hours (one), no credit for slow days ($15 "
            "credit). Step 5 missing (no confirmation question; the closing's text line is the card's closing). "
            "Illegitimate ending — a booking the rep himself says failed to save: she picks Thursday afternoon and will be "
            "home, but the system throws an error and keeps timing out ('nothing's going through'); she asks 'So am I booked "
            "or not?', he says he will leave a note and 'you're booked', [END:1]. By his own account no slot exists. "
            "end_condition/end_side null."),
]

if __name__ == "__main__":
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    with open(os.path.join(HERE, "invented_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(KINDS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "labels")
