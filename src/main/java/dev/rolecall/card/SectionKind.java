package dev.rolecall.card;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a sub-section of a side is, recognised by keywords in its title (Chinese or English).
 * Checked in declaration order: the first kind whose pattern matches wins, so more specific
 * kinds come first (结束语 before 结束条件, 画像 before 任务).
 */
enum SectionKind {
    ENDING_COMBINED("(结束条件|终止条件|挂断条件|结束通话|什么时候结束).*(结束语|结语)"
            + "|(end(ing)? conditions?|when .*\\bend\\b.*) (and|&) (closing|sign-?off)"),
    // holdout10's drafts: 挂电话前说, 收尾用语, 结束时说（挑一句）, Goodbyes
    CLOSINGS("结束语|结语|(?<!何时|什么时候|时候可以|何时可以)收尾(?!条件|时机)|告别语|结束.{0,4}(话术|说法|用语|怎么说|说什么)|结束时(?:这么|这样|要)?说|挂断.{0,2}(话术|说法)|挂(电话|机)?前(说|讲)"
            + "|closing|sign-?off|what to say (at the end|before hanging up|when)|goodbye lines?|^goodbyes?$"
            + "|last (thing|words?|line)s? (you|to) say"),
    // 结束条件, 什么时候结束通话, 挂断条件, 通话结束的条件; End conditions, When the call can end, Ending the call
    // holdout78's first draft: 收线时机（主叫/被叫）
    END_CONDITIONS("结束条件|终止条件|挂断条件|挂机条件|结束时机|结束通话|结束电话|通话结束|何时(结束|收尾|收线)|什么时候(可以)?(结束|挂|收尾|收线)|(收尾|收线)(条件|时机)"
            // review 21's drafts: 何时收尾, "Wrap when", "Hangs up when"
            + "|\\bwrap(s|ping)? (up )?when\\b|\\bhangs? up when\\b"
            + "|什么情况下?(可以)?(结束|挂)|end(ing)? conditions?|when to (end|hang up|stop)"
            + "|when (the|this|a) call (can|should|may|will|is to)? ?ends?|end(ing)? (of )?the call|hang-?up conditions?"
            + "|stop conditions?|\\bcall (can|may|should|will) end\\b|\\bends? the call\\b"  // holdout10: "The call can end when",
            // "He ends the call when"
            // "When the call is over", "When he hangs up": a "when" and an ending word, not a closing (checked above)
            + "|\\bwhen\\b.*\\b(is over|(is )?done|(is )?finished|ends?|ended|hangs? up|wraps? up)\\b"
            // review 23's draft: "The call is over when"
            + "|\\bcall (is over|is done|is finished|ends) when\\b"
            // holdout79's first English draft: "Exit points (agent)", "Hanging up (homeowner)"
            + "|\\bexit points?\\b|^hanging up$"),
    // holdout76's first draft: "Walking through the call"
    SCRIPT("流程|话术|步骤|脚本|环节|script|steps?\\b|call flow|how the call goes|call (outline|plan|structure)|talk[- ]?tracks?"
            + "|\\bwalk(ing|s)? (\\w+ )?through the call\\b|\\bcall walk-?through\\b"
            // holdout77's first draft: "The conversation, in six moves"
            + "|^(the )?conversation\\b|\\bin (\\w+ )?moves\\b"
            // holdout78's first draft: 通话六步
            + "|(?<!第)[一二三四五六七八九十\\d]\\s*步$"
            // holdout79's first drafts: 电话怎么打（共六步）; "Six beats of the call", "The call, beat by beat", "Call beats",
            // "How the call should go"
            + "|电话怎么打|怎么打(这通|这个)?电话|\\bbeats\\b|\\bbeat by beat\\b|\\bhow (the|this) call (should|will) go\\b"),
    QA("问答|知识库|常见问题|常问|答疑|问与答|(会|可能|常)(问|提).{0,6}问题|faq|q ?[&/] ?a|knowledge base"
            + "|questions? (and|&) answers?|common questions|objections?"
            // review 36: "Questions she may ask, and the answers"
            + "|questions?\\b.*\\band (the )?answers?\\b"),
    // 开场白, 开头语, 第一句话, 打招呼; Opening line, Greeting, "First thing you say", "How to start the call"
    OPENING("开场|开头|第一句|开口|打招呼|问候|opening|greeting|first (thing|line|words?|sentence)s?\\b"
            + "|how to (open|start|begin)|(start|begin)(ning)? (of )?the call|^open(s|ing)? with\\b|\\bopener\\b"),
    // 已知信息, 手头资料, 订单详情, 目标客户; Booking details, Account info, Facts, What you have on file
    // review 28: 我们对这位家长的了解
    KNOWLEDGE("画像|掌握|底细|客户信息|对方信息|(客户|用户|业主|患者|会员|对方)(情况|资料|档案)|的了解|了解的"
            + "|已知|知道的|手头|(?:我们|我)手上|资料|详情|(订单|账户|账号|预约|保单|合同|预订)(信息|情况)|目标(客户|用户)"
            + "|knowledge|what (you|we|the caller) (knows?|has|have)|customer profile|profile|\\bdetails\\b|\\bfacts\\b|on file"
            + "|\\b(file|account|case|customer|client|patient|booking|order) notes\\b"
            + "|\\b(booking|account|order|policy|appointment|case|claim|customer|client|patient|member|passenger)('s)? "
            + "(info|information|record|file)s?\\b"),
    // 核心任务, 这通电话要做成什么, 这通电话要办成的事 (review 26), 来电目的; Goal, Purpose, "Why you're calling", "What this call must achieve"
    // holdout78's first draft: 打这通电话为了什么
    TASK("任务|目的|目标|要做(成)?什么|做成什么|要办(成)?的事|办成(什么|的事)|要达成|为什么打|为何打|为了什么|task|goal|objective|mission|purpose|\\baim\\b"
            + "|why (you'?re|you are|we'?re|we are|i'?m|i am) calling|reason for (the |this )?call"
            + "|what (you|this call|the call) (needs?|must|wants?|has|have) to (do|achieve|get|accomplish)"
            // review 27: "The job in one line"
            + "|\\bthe job\\b|\\bjob in one line\\b|\\bin one line\\b"
            // review 34: "Your job on this call"
            + "|\\b(?:your|my|our) job\\b"),
    // 角色, 人设, 我是谁; Role, "Who you are", "Who am I", "About him"
    // review 27's drafts: 这个人是谁, "Who's calling"
    ROLE("角色|身份|人设|人物|扮演|我是谁|你是谁|他是谁|她是谁|(这个人|此人|这人)是谁|\\brole\\b|who (you are|he is|she is|they are|i am)"
            + "|who'?s (calling|answering|on the (line|phone))|who is (calling|answering|on the (line|phone))"
            // review 36: "## Who picks up" under "# Side B: …" is that side's role, not the side
            + "|who (picks|picked) up|who answers"
            + "|who (am i|are you|is (he|she|this))|^about (you|him|her|me)$|persona|character"
            // holdout78's first English draft: "## Identity"
            + "|^identity$"
            // holdout79's first Chinese draft: "## 基本情况" (who she is: age, work, family; kept as background, she went unnamed)
            + "|^基本情况$"),
    // review 27: 他的情况
    // holdout76's drafts: 经历, 过往经历, "Her story", "Her history"
    BACKGROUND("背景|情境|眼下|现状|近况|(他|她|他们|她们)的?情况|经历|过往|background|situation|context|right now|these days"
            + "|^(his|her|their|the customer'?s) (story|history)$|back-?story"
            // holdout78's first drafts: 来龙去脉, "## History"
            + "|来龙去脉|^history$"
            // holdout79's first English draft: "What's happened before"
            + "|\\bwhat('?s| has) happened\\b"),
    // holdout76's drafts: "What she's worried about", "What's worrying her"
    CONCERNS("关切|关注点|顾虑|担忧|担心|关心|在意|在乎|心里|心事|诉求|concerns?|worries|worried|worrying"
            + "|what'?s on (his|her|their|your) mind|what (he|she|they) cares? about|priorities"
            // holdout79's first English draft: "On her mind"
            + "|^on (his|her|their|your) mind$"),
    // holdout11's drafts: 说话方式, 说话特点; Voice, How he sounds, Sample lines (the last three held examples)
    // review 31: 他说话、做事的样子
    // review 34: 他在电话里的样子
    BEHAVIOURS("行为|反应模式|说话习惯|说话方式|说话特点|习惯|表现|做事的样子|行事|电话里的样子|behaviou?rs?|patterns?|habits?|tendencies"
            + "|\\bway of (talking|speaking)\\b"
            + "|how (he|she|they) (talks?|speaks?|behaves?|acts?|reacts?)|^on the (phone|call)$"),
    // review 27: 说话的味道
    // holdout78's first draft: 例句
    STYLE("风格|示例|例句|说话(的)?(样子|味道|口气|腔调)|口吻|语气|style|examples?|how to talk|\\bvoice\\b|samples?|sample lines|how (he|she|they) sounds?"
            + "|lines to (copy|use|borrow|steal)"),
    /**
     * What the side must not do: 禁止事项, 红线（不能做的事）, 注意（不允许的事）; Don'ts, Not allowed, Never do this.
     * Read (kept apart from every prompt field: a "don't promise cash" line is no fact the engine may state), and
     * checked by the scorer through the side's raw text; last, so a kind that names its subject wins.
     */
    RULES("禁止|禁忌|红线|底线|雷区|不能(做|说)|不要(做|说)的|不可以|不允许|不准|严禁|不许|不得|^注意(事项)?$"
            + "|don'?ts\\b|^don'?t\\b|^do not\\b|\\bnever\\b|not allowed|must not|mustn'?t|off[- ]limits|\\brules\\b"
            + "|guardrails|restrictions|prohibit|red lines?|what not to (do|say)"),
    OTHER("");

    private final Pattern pattern;

    SectionKind(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /**
     * A title that may head a Q&A without saying so: 客户可能问的, "If the passenger asks", "Questions he may have".
     * Too loose to decide alone ("Questions to ask him" is the rep's own questions), so such a section is a Q&A
     * only when its items are question and answer (see SideReader); 顾问 and 问候 are not asking.
     */
    private static final Pattern QA_HINT = Pattern.compile(
            "(?<![顾访询])问(?!候)|\\bask(s|ed|ing)?\\b|\\bquestions?\\b|wants? to know|\\bwhat if\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean mayBeQa(String title) {
        return of(title) == QA || of(title) == OTHER && QA_HINT.matcher(title).find();
    }

    private static final Pattern FROM_PARENTHESIS = Pattern.compile("[（(].*$");

    static SectionKind of(String title) {
        // "背景信息（包括了身份，…性格画像…）": only the words before the parenthesis name the section
        String core = FROM_PARENTHESIS.matcher(title).replaceAll("").trim().toLowerCase(Locale.ROOT);
        if (core.isEmpty()) {
            core = title.toLowerCase(Locale.ROOT);
        }
        for (SectionKind k : List.of(values())) {
            if (k != OTHER && k.pattern.matcher(core).find()) {
                return k;
            }
        }
        return OTHER;
    }
}
