#!/usr/bin/env python3
"""Label source for holdout13. Run: python3 tools/labels_src.py  (writes labels.json, one object per line)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "holdout13"

EC = {"许婷": "caller", "何静": "callee"}
SO = {"Maya": "caller", "Gerald": "callee"}
IN = {"周敏": "caller", "陈伟": "callee"}
IS = {"Tom": "caller", "Linda": "callee"}


def L(file, card, tier, speakers, steps_turns, correct, invented=(), forbidden=(), opening_ok=True, closing_ok=True,
      legitimate=True, cond=None, side=None, marker=None, unanswered=(), style=(), notes=""):
    steps_turns = {str(k): v for k, v in sorted(steps_turns.items())}
    return {
        "file": file, "card": card, "tier": tier, "split": SPLIT, "speakers": speakers,
        "steps_covered": sorted(int(k) for k in steps_turns),
        "steps_turns": steps_turns,
        "invented_facts": list(invented), "correct_facts": list(correct), "forbidden_promises": list(forbidden),
        "opening_ok": opening_ok, "closing_ok": closing_ok, "legitimate_ending": legitimate,
        "end_condition": cond, "end_side": side,
        "end_marker": {"side": marker[0], "n": marker[1]} if marker else None,
        "unanswered_questions": list(unanswered), "style": list(style), "notes": notes,
    }


E = "eldercare-visit.md"
S = "solar-survey.md"
I = "installment.md"
P = "isp-visit.md"

LABELS = [
    # ---------------- eldercare-visit (Chinese, new, 6 steps) ----------------
    L("eldercare-visit-01.txt", E, "A", EC, {1: [0], 2: [2], 3: [4], 4: [6, 10], 5: [12, 14], 6: [16, 18]},
      correct=[
          "您周六在我们官网给何德明老先生填了个咨询表",
          "这个是免费的，也不用先签合同",
          "会有一位评估护士和一位康复治疗师一起过去，大概一个半小时",
          "评估完三个工作日内，我们出一份书面的照护方案，发您微信上",
          "一个叫安心包，一周来三次，每次两个小时，一个月一千六百八",
          "另一个是康护包，一周五次，每次也是两小时，另外康复师每周再上门一次，一个月两千九百八",
          "单次两个小时一百九十八",
          "中间想停的话提前七天跟我们说一声，剩下的钱按天退给您",
          "签约后头七天内觉得不满意也可以直接停，按实际上门的次数、每次一百九十八算，多的退回",
          "每个月三百到六百的服务券，大概二十个工作日出结果",
          "批不批、批多少是民政定的，我不能跟您打包票",
          "有这周四十四号上午九点、下午两点，还有周六十六号上午九点半",
          "麻烦提前把出院小结、用药清单准备一下，没有清单的话把药盒都拿出来也行，再带上老先生的身份证和医保卡",
          "这周六，五月十六号上午九点半",
          "大关小区十二幢三单元五零一",
          "零五七一，八八二三，四五九零，每天早上八点到晚上八点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "customer_asks_qa", "numerals_in_words", "filler_words", "date_variant", "unusual_correct_forms"],
      notes="Complete and chatty. She opens with the price and the rep defers it for one turn to ask step 2 first, then delivers it. "
            "Weekday/date pairs in words all right (这周四十四号, 周六十六号, 这周六，五月十六号); hotline in Chinese digit words. "
            "Subsidy told with the card's caveat (批不批由民政定). 祝老先生早日好起来 is the card's own closing wish, not a promise. Caller condition 1."),
    L("eldercare-visit-02.txt", E, "A", EC, {1: [0], 2: [2], 3: [4], 4: [6], 5: [4], 6: [12]},
      correct=[
          "您周六给何德明老先生填了咨询表",
          "评估免费、不签合同，护士+康复师两人上门，1.5h左右",
          "3个工作日内出书面方案发您微信",
          "周四14号上午9点/下午2点，周六16号上午9点半",
          "当天需要家属在场，带出院小结、用药清单（或药盒）、身份证、医保卡",
          "安心包每周3次×2h，1680/月",
          "康护包每周5次×2h＋康复师每周1次，2980/月",
          "单次2h 198",
          "按月签，停提前7天，按天退",
          "打针、输液、换药这类医疗操作护理员都不能做，我们可以帮您转介社区卫生服务中心的家庭医生",
          "0571-8823 4590，8:00–20:00",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "merged_steps", "abbreviations", "mixed_english", "unusual_correct_forms"],
      notes="Terse, symbol-heavy (+, ×, ＋, 1.5h, 2h, /月, 8:00–20:00) with English 'OK' and 'plan'. Opening greets 何女士 by surname rather than "
            "asking the full name; identity, company and purpose are there: opening_ok true. Steps 3 and 5 merged into one turn (slots offered, no pick). "
            "She must talk to her brother and asks for WeChat; the rep fixes a callback (tomorrow 16:30, not a card fact) = caller condition 2 and callee condition 2. "
            "Step 6 counted by its hotline line (condition-2 ending). Subsidy not mentioned and not asked: not a flaw for A by itself. "
            "尾号3086 matches the card."),
    L("eldercare-visit-03.txt", E, "A", EC, {1: [0], 2: [4], 3: [6], 4: [8], 5: [12, 14], 6: [14, 16]},
      correct=[
          "签约以后可以免费借一个一键呼叫手环，不收押金，老先生按一下，会同时打到您预留的两个手机上",
          "真有紧急情况的话直接打120",
          "谁也不能保证完全不摔",
          "我们的护理员都持养老护理员证和健康证，入职的时候做过背景核查，而且尽量固定同一位",
          "要是处不来，免费换人，四十八小时内安排好",
          "一位评估护士加一位康复治疗师一起过去，大概九十分钟",
          "评估完三个工作日内，书面的照护方案发您微信",
          "周末也能来的，我们每天都服务，早上八点到晚上八点之间",
          "安心包每周三次、每次两小时，每月一千六百八十元",
          "康护包每周五次、每次两小时，加康复师每周上门一次，每月两千九百八十元",
          "单次两小时一百九十八元",
          "每月三百到六百元服务券，二十个工作日左右出结果，能不能批由民政决定",
          "可以在我们的「颐康到家」小程序上付，按月预付，直接进中心对公账户",
          "护理员个人是不收钱的，现金也不收",
          "这周四五月十四号有上午九点和下午两点，周六十六号有上午九点半",
          "五月十四号周四下午两点",
          "0571-8823 4590，每天八点到二十点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_leads", "customer_asks_qa", "long_monologue", "numerals_in_words", "date_variant"],
      notes="She leads with her own questions (fall alarm, caregiver, weekends, payment); the rep answers each from the card and then works the steps. "
            "谁也不能保证完全不摔 is the honest counterpart of the red line, not a promise. Step 2 comes late (turn 4) but is done. Caller condition 1."),
    L("eldercare-visit-04.txt", E, "B", EC, {1: [0], 3: [2], 4: [4], 5: [8, 10], 6: [10, 12]},
      correct=[
          "护理员都是持证上岗的，养老护理员证、健康证都有，入职都做背景核查",
          "拱墅区、西湖区都能服务",
          "免费的，不用先签合同，一位评估护士加一位康复治疗师上门，一个半小时左右，评估完三个工作日出方案发您微信",
          "安心包，每周三次、每次两小时，每个月一千六百八",
          "康护包，每周五次、每次两小时，含康复师每周一次，每个月两千九百八",
          "两小时一百九十八",
          "这周四十四号上午九点或者下午两点，或者周六十六号上午九点半",
          "那天需要家属在场，麻烦准备出院小结、用药清单或者药盒、身份证和医保卡",
          "0571-8823 4590",
      ],
      unanswered=["有补贴吗？我听同事说区里有补贴。"],
      cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "step_skipped", "dodge", "numerals_in_words"],
      notes="B: a long company pitch instead of step 2 (the father's mobility, bathing, daytime company are never asked: step 2 skipped). "
            "The subsidy question, which the card answers (本区户籍、60岁以上、失能/半失能, 300–600元/月, 20个工作日), is brushed off to 社区: unanswered. "
            "家属反馈一直挺好的 / 很多老人…后来都挺喜欢 is sales talk, not a checkable card fact; not flagged. No wrong figure. Caller condition 1."),
    L("eldercare-visit-05.txt", E, "B", EC, {1: [2], 2: [4], 3: [8], 4: [10], 5: [12, 14]},
      correct=[
          "颐康居家养老，湖墅站的，我是护理顾问许婷",
          "免费的，也不用先签合同",
          "评估护士和康复治疗师两个人一起去，一个半小时左右，评估完三个工作日内方案发您微信",
          "安心包，每周三次、一次两个钟头，一个月一千六百八",
          "康护包每周五次，也是两个钟头，加康复师每周一次，两千九百八",
          "一百九十八一次",
          "这周四十四号上午九点、下午两点，周六十六号上午九点半",
          "那天家里要有家属在，把出院小结、药盒、身份证、医保卡准备一下",
      ],
      unanswered=["护理员能帮他打吗？"],
      opening_ok=False, closing_ok=False,
      cond=1, side="callee", marker=("callee", 1),
      style=["clumsy_opening", "filler_words", "nickname", "check_back_never_returned", "step_skipped", "numerals_in_words"],
      notes="B: clumsy opening (喂～何女士是吧？我小许呀，颐康的～ → 哪个颐康？你哪位？); the repair comes in turn 2. "
            "The injection question has a card answer (护理员不能打针，转介家庭医生) but gets 我得问一下我们主管，回头再回复您 and is never returned to: unanswered. "
            "Step 6 skipped: no read-back, no hotline, no closing line; she hangs up for class after booking (callee condition 1, legitimate). "
            "Heavy fillers (好的呢, ～, 嗯嗯嗯, 好嘞好嘞). No wrong fact."),
    L("eldercare-visit-06.txt", E, "C", EC, {1: [0], 2: [2], 3: [4], 4: [6, 10], 5: [12, 14], 6: [14, 16]},
      correct=[
          "评估护士和康复治疗师两个人一起去",
          "康护包每周五次，每次两小时",
          "一个月两千九百八",
          "单次的话两小时一百九十八",
          "二十个工作日左右出结果",
          "周六十六号上午九点半",
          "周六五月十六号上午九点半",
          "0571-8823 4590，每天八点到晚上八点",
      ],
      invented=[
          "大概要两个小时",
          "评估完一个礼拜左右把书面方案发您微信",
          "一个月一千八百六",
          "康复师每周上门两次",
          "是一千八百六的，网上那个可能是旧的",
          "提前十五天说一声就行",
          "每个月五百到八百的服务券",
          "周四十五号上午九点或者下午两点",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_numbers_in_words", "numerals_in_words", "date_variant"],
      notes="C: wrong figures, all in words: assessment 两个小时 (90 min), plan 一个礼拜 (3 working days), 安心包 一千八百六 (1680, digits swapped) "
            "and defended against her correct memory, 康复师每周两次 (once), notice 十五天 (7), subsidy 五百到八百 (300–600), "
            "周四十五号 (Thursday is the 14th; the 15th is a Friday). The booked slot (周六十六号九点半), preparation and hotline are right, "
            "so caller condition 1 holds literally: legitimate_ending true."),
    L("eldercare-visit-07.txt", E, "C", EC, {1: [0], 2: [2], 3: [4], 4: [10], 5: [12, 14]},
      correct=[
          "评估是免费的，不用先签合同，评估护士和康复治疗师一起去，一个半小时左右，三个工作日内出方案发您微信",
          "安心包每周三次、每次两小时，一个月一千六百八",
          "康护包每周五次加康复师每周一次，两千九百八",
          "周四十四号上午九点、下午两点，周六十六号上午九点半",
      ],
      forbidden=[
          "我们护理员上门以后，老爷子这边肯定不会再摔了",
          "这个我可以跟您保证",
          "我们护理员顺手就给他打了",
          "补贴肯定批得下来，最高那档六百一个月稳稳的",
          "首月的钱您直接转我微信就行，我帮您去前台交",
          "首月两千九百八转过来，我这边就给您把护理员先排上了",
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("callee", 1),
      style=["red_lines_paraphrased", "personal_payment_channel", "numerals_in_words"],
      notes="C: five red lines in everyday words: a no-more-falls guarantee; the caregiver will give injections; the subsidy is sure and at the top tier; "
            "the first month paid to her personal WeChat; 康护包 and a caregiver scheduled on a 2980 transfer she never chose (she only asked the price). "
            "She thanks her ([END:1] by the callee) but the payment route and the plan are forbidden: no condition is really met, legitimate_ending false, "
            "no read-back or hotline (step 6 not covered), closing_ok false. 2980 and 六百 are card figures inside forbidden strings."),
    L("eldercare-visit-08.txt", E, "C", EC, {1: [0], 3: [2], 4: [4], 5: [2]},
      correct=[
          "评估是免费的，护士和康复师两个人上门，一个半小时左右",
          "原价两千九百八",
      ],
      invented=[
          "就剩周四十四号下午两点一个",
          "周六的早就约出去了",
          "康护包首月我可以给您申请个八折",
      ],
      forbidden=[
          "我们这个月的评估名额基本满了",
          "您今天不定的话就得排到下个月了",
          "过了今天就没有了",
          "我先帮您把康护包和周四的评估一起登记上，护理员我也先给您留一个",
          "登记了不影响的，先占个位，不然真的没了",
      ],
      unanswered=["我就想知道安心包够不够"],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["pressure", "today_only", "claimed_agreement", "dodge", "numerals_in_words"],
      notes="C: scarcity and today-only pressure (红线5), an invented single slot and a false 'Saturday is gone' (the card has three open slots incl. Sat 9:30), "
            "an invented 八折 first-month discount (两千三百八十四 is right arithmetic on it, not listed), and 康护包 + caregiver registered after she says "
            "she must ask her brother. Step 2 skipped; step 5 covered with wrong content; her 安心包够不够 question is dodged. "
            "She hangs up feeling pushed: callee condition 3, a legitimate ending; closing_ok false."),

    # ---------------- solar-survey (English, new, 6 steps) ----------------
    L("solar-survey-01.txt", S, "A", SO, {1: [0], 2: [2], 3: [4], 4: [10], 5: [12, 14], 6: [14, 16]},
      correct=[
          "You filled out a quote request on our website last Thursday",
          "a seven-point-two kilowatt system, that's eighteen panels",
          "roughly twenty-one thousand six hundred dollars before any incentives",
          "The real price comes after the survey.",
          "The survey itself is free, and there's no obligation to buy anything.",
          "Dan Okafor, spends about an hour and a half at the house",
          "He takes the roof photos with a drone",
          "our workmanship warranty is ten years and covers roof penetrations and leaks",
          "I can't give tax advice",
          "An adult needs to be home the whole time, and Dan will need to get into the attic hatch and to your main electrical panel",
          "your last twelve months of power bills",
          "Monday, March ninth, at eight in the morning or one in the afternoon, or Thursday the twelfth at ten",
          "Dan will text you about an hour before he gets there",
          "within five business days after the survey, you'll get the final design and a fixed-price proposal by email, and it's good for thirty days",
          "Monday, March ninth at one p.m. at 2318 Larkspur Court",
          "nine-one-six, five-five-five, zero-one-four-two, Monday to Saturday, eight to seven",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["chatty", "customer_asks_qa", "numerals_in_words", "date_variant", "filler_words"],
      notes="Complete; every figure in words; 'last Thursday' = Feb 26 (today Wed Mar 4); 'an hour and a half' = 90 min. The tax-credit question "
            "(he asks for the thirty percent) is declined as the card says. 'if a leak traces back to our work, it's on us' restates the workmanship "
            "warranty, not flagged. Caller condition 1."),
    L("solar-survey-02.txt", S, "A", SO, {1: [0], 2: [2], 3: [4], 4: [4], 5: [4], 6: [10]},
      correct=[
          "your quote request from 2/26",
          "7.2 kW, 18 × 400 W panels, ~$21,600 before incentives",
          "Estimate only; fixed price after the survey.",
          "Free, no obligation. Dan Okafor, ~90 min: roof (drone), attic, main panel, shade.",
          "an adult home the whole time, attic hatch + panel accessible, last 12 months of bills, pets inside",
          "Mon 3/9 8 am or 1 pm, Thu 3/12 10 am",
          "Dan texts ~1 hr before",
          "$500 only if you sign a contract, fully refundable within 3 business days",
          "13.5 kWh, about $11,500 installed",
          "the proposal comes within 5 business days and is good for 30 days",
          "(916) 555-0142, Mon–Sat 8–7",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "abbreviations", "merged_steps", "unusual_correct_forms", "date_variant"],
      notes="Terse with symbols and shorthand (2/26, ~, ×, +, 3/9, Mon–Sat 8–7). Steps 3, 4 and 5 in one turn (slots offered, no pick). "
            "He must ask Carol and wants email: callee condition 2 (caller condition 2 also holds: slots given). Step 6 counted by the proposal and phone line."),
    L("solar-survey-03.txt", S, "A", SO, {1: [0], 2: [8], 3: [8], 4: [12], 5: [12, 14], 6: [14, 16]},
      correct=[
          "last Thursday, the twenty-sixth",
          "If a roof is older than about fifteen years or has damage, he notes it in the report",
          "We don't replace roofs ourselves, but we can refer you to a roofer",
          "I can't tell you yours is fine before he's seen it",
          "If it needs an upgrade, that shows up as a separate line in the proposal",
          "roughly a seven point two kilowatt system, eighteen panels, around twenty-one thousand six hundred before incentives",
          "the survey is free, no obligation. Dan spends about ninety minutes",
          "Usually six to ten weeks after signing, because of permits and the utility's approval. The install itself is one to two days on site.",
          "Someone over eighteen home the whole time, the attic hatch and the electrical panel where Dan can get to them, your last twelve months of power bills, and pets inside",
          "Monday the ninth at eight a.m. or one p.m., or Thursday the twelfth at ten",
          "Monday, March ninth at eight a.m.",
          "Dan will text about an hour before",
          "within five business days, and the price holds for thirty days",
          "It's free with twenty-four hours' notice: (916) 555-0142, Monday through Saturday, eight to seven",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_leads", "customer_asks_qa", "check_back_card_silent", "long_monologue", "numerals_in_words", "date_variant"],
      notes="He leads with roof age, the old panel and the oak; the rep answers from the card without saying the roof or panel is fine. "
            "The oak-trimming question is not on the card; 'I'd rather ask Dan than guess' with a note for the surveyor is an honest deferral, not a flaw. "
            "Step 2 comes late (turn 8). Caller condition 1."),
    L("solar-survey-04.txt", "solar-survey.md", "B", {"Agent": "caller", "Customer": "callee"},
      {1: [0], 2: [2], 3: [2], 5: [6, 8], 6: [4, 8]},
      correct=[
          "about 7.2 kW, 18 panels, roughly $21,600 before incentives (an estimate, not the final price)",
          "free, no obligation, about 90 minutes with our surveyor Dan Okafor",
          "roof, attic, main electrical panel, shading",
          "Proposal by email within 5 business days, valid for 30 days",
          "Monday, March 9 at 8 am or 1 pm; Thursday, March 12 at 10 am",
          "Dan will text about an hour before he arrives",
          "Monday, March 9, 1 pm, 2318 Larkspur Court",
          "(916) 555-0142, Mon–Sat 8–7",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["markdown_read_aloud", "step_skipped", "generic_speaker_names", "unusual_correct_forms"],
      notes="B: markdown read aloud (bold labels, '- ' bullets, a 1. 2. 3. list inside one line). Step 4 only by a thin mention ('Just make sure someone's home!'): "
            "no adult-the-whole-time, attic/panel access, bills or pets, so not counted as covered. He books a slot (caller condition 1, kept as "
            "legitimate: he knows someone must be home), but the missing preparation is the lapse. Generic names Agent/Customer. No wrong fact."),
    L("solar-survey-05.txt", S, "B", SO, {1: [0], 2: [2], 3: [6], 4: [6], 5: [8, 10]},
      correct=[
          "a seven-point-two kilowatt system, eighteen panels, roughly twenty-one thousand six hundred before incentives",
          "that's just an estimate until the survey",
          "It's free, no obligation at all!",
          "Dan Okafor comes out for about ninety minutes and looks at the roof, the attic, the main electrical panel, and shade",
          "You'll want an adult home the whole time, and he'll need the attic hatch and the panel, and your last twelve months of bills, and pets inside",
          "Monday, March ninth at eight or one, or Thursday the twelfth at ten",
          "Dan'll text about an hour before",
      ],
      unanswered=["What happens if that's me?"],
      closing_ok=False, cond=1, side="caller", marker=("caller", 1),
      style=["rambling", "filler_words", "check_back_never_returned", "step_skipped", "numerals_in_words"],
      notes="B: a gushing company pitch (not checkable facts), fillers (Totally, Awesome, Oh gosh, Love it, Amazing). "
            "The leak question has a card answer (10-year workmanship warranty covers penetrations and leaks) but gets 'Let me check with our install "
            "team … and get back to you' and is never returned to: unanswered. Step 6 skipped (no proposal timeline, no read-back, no phone); "
            "'talk soon!' is a weak closing: closing_ok false. He booked Monday at eight and knows what to have ready: caller condition 1 holds."),
    L("solar-survey-06.txt", S, "B", {"Maya Alvarez": "caller", "Gerald Hutchins": "callee"},
      {1: [0], 3: [4], 4: [4], 5: [8], 6: [10]},
      correct=[
          "You requested a quote on our website last Thursday",
          "the survey is free, with no obligation",
          "Dan Okafor will spend about ninety minutes looking at your roof, your attic, the main electrical panel and the shading",
          "an adult at home for the whole visit, access to the attic hatch and the panel, your last twelve months of electric bills, and any pets indoors",
          "There's a five-hundred-dollar deposit only when you sign a contract, and it's fully refundable if you cancel within three business days of signing.",
          "Monday, March ninth at eight a.m. or one p.m., or Thursday, March twelfth at ten a.m.",
          "a fixed-price proposal within five business days, valid for thirty days",
          "(916) 555-0142, Monday through Saturday, eight to seven",
      ],
      unanswered=["What ballpark are we talking?"],
      cond=2, side="callee", marker=("callee", 2),
      style=["formal", "dodge", "step_skipped", "full_speaker_names", "numerals_in_words"],
      notes="B: the card's preliminary estimate (7.2 kW, 18 panels, about $21,600) is withheld twice when he asks for a ballpark ('I'd rather not throw "
            "out numbers'): step 2 skipped and his question unanswered. 'Every company does it differently' is a deflection, not a card fact. "
            "Otherwise correct; he wants to ask Carol and asks for email after the slots are given: callee condition 2. Full speaker names."),
    L("solar-survey-07.txt", S, "C", SO, {1: [0], 2: [2], 3: [4], 4: [4], 5: [12, 14], 6: [14, 16]},
      correct=[
          "a seven-point-two kilowatt system, eighteen panels, around twenty-one thousand six hundred before incentives",
          "It's free, no obligation.",
          "An adult has to be home the whole time, Dan needs the attic hatch and the panel, have your last twelve months of bills ready, and pets inside",
          "a thirteen-point-five kilowatt-hour battery",
          "Thursday the twelfth at ten",
          "Dan texts about an hour ahead",
          "Monday at one p.m. at 2318 Larkspur Court",
      ],
      invented=[
          "it takes about three hours",
          "Our workmanship warranty is twenty-five years",
          "runs about eight thousand installed",
          "There's a thousand-dollar deposit when you sign a contract",
          "refundable if you cancel within a week",
          "Monday the tenth at eight or one",
          "or Saturday morning if that's easier",
          "the proposal comes by email within two weeks",
          "it's good for sixty days",
          "zero-one-two-four",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_numbers_in_words", "numerals_in_words", "date_variant"],
      notes="C: wrong figures in words: survey three hours (90 min); workmanship 25 years (10; 25 is the panel warranty); battery eight thousand "
            "(about $11,500); deposit a thousand ($500) refundable within a week (3 business days); 'Monday the tenth' (Monday is March 9); a Saturday "
            "slot (no weekend surveys); proposal within two weeks (5 business days) good for sixty days (30); phone …0124 (…0142) in digit words. "
            "He books Monday at one and knows what to have ready, so caller condition 1 holds literally: legitimate_ending true."),
    L("solar-survey-08.txt", S, "C", SO, {1: [0], 2: [2], 3: [6], 5: [8]},
      correct=[
          "You asked for a quote last Thursday",
          "eighteen panels, seven-point-two kilowatts",
          "roughly twenty-one thousand six hundred before incentives",
          "The survey's free, Dan Okafor comes out for about ninety minutes",
          "Monday the ninth at eight or one, or Thursday the twelfth at ten",
      ],
      forbidden=[
          "your bill will basically go to zero",
          "the system pays for itself in about six years",
          "You'll get thirty percent of that back on your taxes, so you're really looking at about fifteen thousand",
          "twelve years is totally fine, I wouldn't worry about the roof at all",
          "our prices go up on April first, so if you want today's price you'd want to lock it in now",
          "I can hold it with the five-hundred-dollar deposit right now if you read me your card number",
          "The slots are almost gone this month too",
      ],
      closing_ok=False, cond=3, side="callee", marker=("callee", 3),
      style=["red_lines_paraphrased", "pressure", "card_over_phone", "numerals_in_words"],
      notes="C: every red line broken in plain words: a zero bill and a six-year payback; a thirty-percent tax credit (fifteen thousand is 70% of 21,600, "
            "arithmetic on a forbidden promise); the roof declared fine before the survey; an invented April-first price rise and scarcity as pressure; "
            "the $500 deposit (a card figure) taken by card number on this call. 'prices go up on April first' is also invented, listed once, as a "
            "forbidden promise. Steps 4 and 6 not done. He hangs up: callee condition 3, legitimate; closing_ok false."),

    # ---------------- installment (Chinese, existing, 5 steps, no not-allowed list) ----------------
    L("installment-01.txt", I, "A", IN, {1: [0], 2: [2], 3: [10], 4: [8], 5: [12, 14]},
      correct=[
          "看到您这期账单里有一笔一万二的大额消费",
          "可以分三期、六期或者十二期，每期手续费率分别是百分之零点七五、零点七和零点六五",
          "一万二分六期的话，每期本金两千，手续费八十四块",
          "六期总共五百零四",
          "客服电话九五五八八核实，我的工号是六零二一",
          "可以提前还清，但是剩下几期的手续费还是照常收的",
          "分期办好以后就不能取消了",
          "每还一期就恢复相应的额度",
          "正常按期还款是不影响征信的，记录上就是正常还款",
          "每期本金两千、手续费八十四",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_asks_qa", "numerals_in_words", "derived_figures"],
      notes="Complete; all figures in words. 五百零四 (= 84 × 6) is the card's own total, confirmed after he computes it; 就这一项手续费，没有其他费用 is a fair reading of the card (the fee is rate × principal) and is left unlabelled. Steps 3 and 4 in reverse "
            "order (the notes come with his early-payoff question). He confirms 六期 and 确认: caller condition 1 with the card's closing line."),
    L("installment-02.txt", I, "A", IN, {1: [0], 2: [2], 3: [6], 4: [6], 5: [8]},
      correct=[
          "您本期账单有笔12000元大额消费",
          "可分3/6/12期，每期费率0.75%/0.7%/0.65%",
          "12000分6期，每期本金2000+手续费84，共504",
          "最低还款是账单的10%，1850元，但没还的部分按日计息",
          "剩余期数手续费照收；办理后不能取消。每还一期恢复相应额度",
          "我把方案用短信发给您，您考虑好了随时联系我们",
      ],
      cond=2, side="callee", marker=("callee", 2),
      style=["terse", "abbreviations", "merged_steps", "unusual_correct_forms"],
      notes="Terse with slashes and symbols (3/6/12, 0.75%/0.7%/0.65%, 2000+84). Identity asked after the name and bank (请问是陈伟本人吗): opening_ok true. "
            "He wants to think and asks for SMS: callee condition 2 and caller condition 2. Step 5 counted by the SMS line (condition-2 ending), "
            "as holdout8–12 count the last step of a condition-2 call."),
    L("installment-03.txt", I, "B", IN, {1: [0], 2: [2], 5: [6, 8]},
      correct=[
          "可以分三期、六期、十二期，费率分别是零点七五、零点七、零点六五，都是每期的",
          "我现在帮您办成三期分期，办好会短信通知您，您确认办理吗？",
      ],
      unanswered=["那一万二分六期，总共多付多少？"],
      cond=1, side="caller", marker=("caller", 1),
      style=["dodge", "step_skipped", "sales_fluff", "numerals_in_words"],
      notes="B: his total-fee question (the card: 84/期, 504 for 6 periods) gets 以办理后短信为准 — dodged, unanswered. Step 3 (asking which term) is "
            "not done; he picks 三期 himself out of annoyance. Step 4 skipped (no can't-cancel, early-payoff fees or credit-line notes). "
            "非常划算的，很多客户都在办 / 费率是很低的 are sales talk, not card facts; not flagged. He confirms: caller condition 1 holds. No wrong fact."),
    L("installment-04.txt", I, "C", IN, {1: [0], 2: [2], 3: [8], 4: [4], 5: [10]},
      correct=[
          "一万二的大额消费",
          "三期每期零点七五",
          "十二期每期零点六五",
          "每期本金两千",
          "我工号六零二一",
      ],
      invented=[
          "六期每期零点六",
          "手续费才七十二块",
          "剩下几期的手续费就不收了，您随时可以结清",
          "最低还一千二就行",
          "客服九五五六六",
      ],
      closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      style=["wrong_numbers_in_words", "wrong_policy", "claimed_agreement", "numerals_in_words"],
      notes="C: 六期 rate 零点六 (0.7%) and fee 七十二 (84; 72 is 0.6% of 12000, consistent with the wrong rate); early payoff waives the remaining fees "
            "(card: still charged); minimum payment 一千二 (1850) with no word of daily interest; hotline 九五五六六 (95588) in digit words. "
            "After 我再想想，晚上回家算一下 the rep processes 六期 anyway and says the card's closing line ([END:1] by the caller): no condition is met, "
            "legitimate_ending false, closing_ok false. The card has no not-allowed list, so the unrequested processing is an ending flaw, not a forbidden promise."),

    # ---------------- isp-visit (English, existing, 5 steps, no not-allowed list) ----------------
    L("isp-visit-01.txt", P, "A", IS, {1: [0], 2: [2], 3: [8], 4: [10], 5: [12, 14]},
      correct=[
          "calling about your ticket on the slow connection",
          "our line test found a fault at the wall socket, so a technician has to replace it at your place",
          "The repair takes about an hour, and there's no charge for it.",
          "The visit and the new socket are both free, because the fault's on our side.",
          "you'll get a fifteen-dollar credit on your next bill for the days the line was slow",
          "I can book a technician on Tuesday or Thursday, morning or afternoon.",
          "Someone over eighteen needs to be home to let the technician in.",
          "The technician will text you thirty minutes before arriving, and he'll test the speed with you before he leaves.",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["customer_asks_qa", "numerals_in_words"],
      notes="Complete; figures in words (fifteen-dollar, thirty minutes, eighteen). She books Thursday afternoon and says she'll be home: caller condition 1."),
    L("isp-visit-02.txt", P, "B", {"Tom Baker": "caller", "Linda Park": "callee"}, {1: [0], 2: [2], 3: [2], 5: [6, 8]},
      correct=[
          "our line test found a fault at the wall socket, which means a tech needs to swap it out at your home",
          "Takes about an hour, no charge.",
          "I can do Tuesday or Thursday, mornings or afternoons.",
          "The technician will text you thirty minutes before arriving.",
      ],
      unanswered=["What if something comes up and I can't be there?"],
      cond=1, side="caller", marker=("caller", 1),
      style=["dodge", "step_skipped", "full_speaker_names", "filler_words"],
      notes="B: her question about not being home has a card answer (call 1-800-555-0199 at least four hours before, free move) but gets "
            "'just let us know… any of our channels works' twice: unanswered. Step 4 not done by the rep (she volunteers she's home all day, "
            "so caller condition 1 holds). No wrong fact."),
    L("isp-visit-03.txt", P, "C", IS, {1: [0], 2: [2], 3: [8], 4: [10], 5: [12, 14]},
      correct=[
          "Our line test found a fault at the wall socket, so a technician needs to replace it at your home.",
          "Weekdays I've got Tuesday or Thursday, morning or afternoon.",
          "Someone over eighteen needs to be home to let the technician in.",
          "call 1-800-555-0199",
      ],
      invented=[
          "The repair takes about three hours",
          "there's a forty-dollar call-out fee for the visit",
          "twenty-five dollar credit",
          "Weekends are Sunday mornings only",
          "booked out about a month",
          "text you about an hour before arriving",
          "at least a day before",
      ],
      cond=1, side="caller", marker=("caller", 1),
      style=["wrong_numbers_in_words", "wrong_policy", "numerals_in_words"],
      notes="C: three hours (one); a forty-dollar call-out fee (the visit is free); credit twenty-five (15); weekends Sunday mornings booked a month "
            "(Saturday mornings, two weeks); text an hour before (thirty minutes); move at least a day before (four hours). 'so it mostly evens out' "
            "is a remark on wrong numbers, not listed. The booking (Thursday afternoon, she'll be home) is right: caller condition 1 holds literally."),
    L("isp-visit-04.txt", P, "C", IS, {1: [0], 2: [2], 3: [4], 4: [8], 5: [8]},
      correct=[
          "the line test found a fault at the wall socket, a technician has to replace it. About an hour, no charge.",
          "Tuesday or Thursday, morning or afternoon.",
          "Someone over eighteen needs to be home",
          "The technician will text you thirty minutes before arriving.",
      ],
      invented=[
          "Saturday's wide open this week",
          "the next weekday slot is two weeks out, they go fast",
      ],
      unanswered=["Can you text me the options?"],
      opening_ok=False, closing_ok=False, legitimate=False, cond=None, side=None, marker=("caller", 1),
      style=["weak_opening", "pressure", "claimed_agreement", "numerals_in_words"],
      notes="C: weak opening (first name only, no surname check, 'About your internet'). Invented availability: a Saturday this week (card: next "
            "weekend slot in two weeks) and a two-week wait for weekdays used as pressure. She asks to check her calendar and for the options by text "
            "(condition 2), is ignored and booked into Tuesday morning, the time she said is her client calls; 'you work from home so that's covered' "
            "answers step 4 for her. [END:1] by the caller, but no condition is met: legitimate_ending false, closing_ok false."),
]

if __name__ == "__main__":
    out = os.path.join(ROOT, "labels.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in LABELS) + "\n]\n")
    print("wrote", out, len(LABELS))
