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
    CLOSINGS("结束语|结语|收尾话术|告别语|结束.{0,4}(话术|说法|用语|怎么说|说什么)|挂断.{0,2}(话术|说法)"
            + "|closing|sign-?off|what to say (at the end|before hanging up)|goodbye lines?"),
    // 结束条件, 什么时候结束通话, 挂断条件, 通话结束的条件; End conditions, When the call can end, Ending the call
    END_CONDITIONS("结束条件|终止条件|挂断条件|挂机条件|结束时机|结束通话|结束电话|通话结束|何时结束|什么时候(可以)?(结束|挂)"
            + "|什么情况下?(可以)?(结束|挂)|end(ing)? conditions?|when to (end|hang up|stop)"
            + "|when (the|this|a) call (can|should|may|will|is to)? ?ends?|end(ing)? (of )?the call|hang-?up conditions?"
            + "|stop conditions?"),
    SCRIPT("流程|话术|步骤|脚本|script|steps?\\b|call flow"),
    QA("问答|知识库|常见问题|常问|答疑|问与答|(会|可能|常)(问|提).{0,6}问题|faq|q ?[&/] ?a|knowledge base"
            + "|questions? (and|&) answers?|common questions|objections?"),
    OPENING("开场|opening|greeting"),
    KNOWLEDGE("画像|掌握|客户信息|对方信息|(客户|用户|业主|患者|会员|对方)(情况|资料|档案)"
            + "|knowledge|what (you|the caller) knows?|customer profile|profile"),
    TASK("任务|目的|task|goal|objective|mission"),
    ROLE("角色|身份|人设|人物|扮演|\\brole\\b|who (you are|he is|she is|they are|i am)|persona|character"),
    BACKGROUND("背景|情境|background|situation|context"),
    CONCERNS("关切|关注点|顾虑|担忧|关心|在意|在乎|心里|心事|诉求|concerns?|worries"
            + "|what'?s on (his|her|their|your) mind|what (he|she|they) cares? about|priorities"),
    BEHAVIOURS("行为|反应模式|说话习惯|习惯|表现|behaviou?rs?|patterns?|habits?|tendencies"
            + "|how (he|she|they) (talks?|speaks?|behaves?|acts?|reacts?)"),
    STYLE("风格|示例|style|examples?|how to talk"),
    OTHER("");

    private final Pattern pattern;

    SectionKind(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    static SectionKind of(String title) {
        // "背景信息（包括了身份，…性格画像…）": only the words before the parenthesis name the section
        String core = title.replaceAll("[（(].*$", "").trim().toLowerCase(Locale.ROOT);
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
