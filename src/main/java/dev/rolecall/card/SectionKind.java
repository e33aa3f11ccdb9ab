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
    ENDING_COMBINED("(结束条件|终止条件).*(结束语|结语)|end conditions? (and|&) closing"),
    CLOSINGS("结束语|结语|收尾话术|closing|sign-?off"),
    END_CONDITIONS("结束条件|终止条件|挂断条件|end(ing)? conditions?|when to end"),
    SCRIPT("流程|话术|步骤|脚本|script|steps?\\b|call flow"),
    QA("问答|知识库|常见问题|faq|q ?& ?a|knowledge base"),
    OPENING("开场|opening|greeting"),
    KNOWLEDGE("画像|掌握|客户信息|对方信息|knowledge|what (you|the caller) knows?|customer profile|profile"),
    TASK("任务|目的|task|goal|objective|mission"),
    ROLE("角色|身份|\\brole\\b|who you are|persona"),
    BACKGROUND("背景|情境|background|situation|context"),
    CONCERNS("关切|关注点|顾虑|担忧|concerns?|worries"),
    BEHAVIOURS("行为|反应模式|behaviou?rs?|patterns?"),
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
