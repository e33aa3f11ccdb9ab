package dev.rolecall.card;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The choice an end condition needs the customer to make among options the card names: "The customer chooses a plan and
 * books the first visit" with "The Basic plan …" and "The Complete plan …" on the caller's side. Read the same way by the
 * scorer (is the choice in the call?) and the offline rep (ask for it before closing, English only). In Chinese only options a
 * step counts out ("一是特级明前，…"), named in full or by their own first two characters: a pick is said in too many ways
 * to spot otherwise ("先交半年吧" for 半年付, "就第一个吧" for 方案一).
 *
 * @param noun    the thing chosen, lower case ("plan")
 * @param options the card's names for its kinds, as written ("Basic", "Complete"); at least two
 */
public record GoalChoice(String noun, List<String> options) {
    private static final Pattern CHOICE = Pattern.compile("\\b(?:chooses|chose|has chosen|picks|picked|has picked|selects|selected"
            + "|decides on|decided on|has decided on)\\s+(?:a|an|the|one|his|her|their)?\\s*(?:new\\s+)?(plan|option|package|tier|flight|membership"
            + "|programme|program|course|workshop|tour|service|treatment|size|model|booth|room|grade|seat|unit|level"
            // review 28: "The customer chose a fabric, a delivery day and window…"
            + "|fabric|material|finish|colou?r|style|design|flavou?r|cover|frame"
            // holdout39: "She chooses a kit, approves the proof…"
            + "|kit|bundle|menu)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_CHOICE = Pattern.compile("选(?:定|好|中)?了?(?:一个|一种|一款)?(\\p{IsHan}{0,2}?(?:款|等级|套餐|方案|档位|型号|课包|品种|规格|类型|型|修法|做法))");
    /** Sentence-initial and generic words before a noun: "The plan", "Your plan", "Payment plan" names no option. */
    private static final Set<String> COMMON = Set.of("the", "your", "our", "this", "that", "a", "an", "each", "every", "any", "which",
            "new", "current", "same", "other", "payment", "price", "pricing", "one", "both", "either",
            // joining words name no option: "with" was the own word of "sealcoat with crack filling" (review 29)
            "with", "without", "and", "for", "from", "of", "its", "own");

    public GoalChoice {
        options = List.copyOf(options);
    }

    /** The choice the condition needs, with the options the caller's side names; null when it needs none or names fewer than two. */
    public static GoalChoice of(String condition, Side caller) {
        // a heading names a section, not an option: "## Call plan" is no plan beside "Per-push plan" (holdout54)
        String callerText = caller.raw().replaceAll("(?m)^\\s*#.*$", "");
        if (condition == null) {
            return null;
        }
        Matcher zh = ZH_CHOICE.matcher(condition);
        if (zh.find()) {
            // "车主选定膜款和施工日期", "客户选好等级和送达日期": the options a step counts out ("一是量子隔热膜，…", review 22,
            // where "没错。" to "您看选哪一款" had borne out the booking in 9 of 9 calls)
            String noun = zh.group(1);
            String kind = noun.substring(noun.length() - 1);
            // "选好月卡类型" is chosen in "介绍两种月卡，请她选一种" (review 32): the noun without its 类型
            // and "选好了船型" in "介绍两种船，请客户选一种" (review 35): the noun without its 型
            String thing = noun.endsWith("类型") && noun.length() > 2 ? noun.substring(0, noun.length() - 2)
                    : noun.endsWith("型") && noun.length() > 1 ? noun.substring(0, noun.length() - 1) : noun;
            List<String> lines = caller.steps().stream().filter(st -> st.title().contains(thing) || st.title().contains("选")
                    && st.title().contains(kind)).findFirst().map(ScriptStep::lines).orElse(List.of());
            List<String> options = ParallelOffers.named(lines).stream().filter(o -> o.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).toList();
            return options.size() < 2 ? null : new GoalChoice(noun, options);
        }
        Matcher e = CHOICE.matcher(condition);
        if (!e.find()) {
            return null;
        }
        String noun = e.group(1).toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\b(\\p{Lu}[\\p{L}-]+)\\s+" + noun + "s?\\b|\\b" + noun + "\\s+([A-Z0-9])\\b", Pattern.CASE_INSENSITIVE)
                .matcher(callerText);
        while (m.find()) {
            String o = m.group(1) != null ? m.group(1) : noun + " " + m.group(2);
            if (m.group(1) != null && (!Character.isUpperCase(o.charAt(0)) || COMMON.contains(o.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            out.add(o);
        }
        if (out.size() < 2) {
            // "3) Choose the programme" stating "The Gallery Day with the planetarium show is $7 per student." and the like
            // (the seventeenth review's museum card): the step's priced statements are the options
            Pattern named = Pattern.compile("\\b" + noun + "s?\\b", Pattern.CASE_INSENSITIVE);
            List<String> lines = caller.steps().stream().filter(st -> named.matcher(st.title()).find()).findFirst()
                    .map(ScriptStep::lines).orElse(List.of());
            List<String> stated = ParallelOffers.named(lines);
            if (stated.size() >= 2) {
                out.clear(); // the step's own options, not a lone name found elsewhere ("AHA Heartsaver course", review 30)
            }
            for (String o : stated) {
                out.add(o.replaceFirst("(?i)^(?:the|a|an|our)\\s+", ""));
            }
        }
        return out.size() < 2 ? null : new GoalChoice(noun, List.copyOf(out));
    }

    /** The options named in {@code text} (case-insensitive), by their whole name or the first word only each has ("the full"). */
    public List<String> named(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (options.stream().allMatch(o -> o.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))) {
            // "特级明前" by its own first two characters ("特级吧"), which no other option has
            // (Latin letters in lower case, as the text is: "PVC。" names "PVC管井", holdout39)
            return options.stream().filter(o -> t.contains(o.toLowerCase(Locale.ROOT))
                    || ownBigram(o).map(b -> t.contains(b.toLowerCase(Locale.ROOT))).orElse(false)).toList();
        }
        return options.stream().filter(o -> t.contains(o.toLowerCase(Locale.ROOT)) || ownWords(o).stream().limit(1)
                .anyMatch(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(t).find()) || byHead(o, t)).toList();
    }

    /**
     * "And the rebuild, I suppose." for "section rebuild": the option's last word, its head noun, said as a noun phrase of its
     * own ("the …" up to a pause), where a later word anywhere in a turn is too often the trade's (holdout79's retaining-wall-06).
     */
    private boolean byHead(String option, String text) {
        List<String> own = ownWords(option);
        String[] words = option.toLowerCase(Locale.ROOT).split("[\\s\\-,;:/]+");
        String head = words[words.length - 1];
        if (words.length < 2 || !own.contains(head)) {
            return false;
        }
        java.util.regex.Matcher m = Pattern.compile("\\bthe " + Pattern.quote(head) + "\\b(?=\\s*(?:[,.;!?]|$|one\\b|option\\b|package\\b))").matcher(text);
        // "I don't want the brick" names it to turn it down (holdout48's memorial-brick-08)
        return m.find() && !NOT_BEFORE.matcher(text.substring(Math.max(0, text.lastIndexOf('.', m.start()) + 1), m.start())).find();
    }

    private static final Pattern NOT_BEFORE = Pattern.compile("\\b(?:not|no|never|nor|without)\\b|n't\\b|\\bdon'?t\\b");

    /**
     * The options a short phrase names by any word only each has: "the cleanup package" names "exclusion with attic cleanup"
     * (holdout66's attic-wildlife-07). For the object of a booking only: in a whole turn a later own word is too often the
     * trade's ("estate" of "full estate sale" at Hollis &amp; Reed Estate Services).
     */
    public List<String> namedByAnyWord(String phrase) {
        String t = phrase.toLowerCase(Locale.ROOT);
        List<String> named = named(phrase);
        // "我先给您把香肠定上" names 川味香肠 by a pair of characters only it has (holdout45's lawei-07)
        return options.stream().filter(o -> named.contains(o) || ownWords(o).stream()
                .anyMatch(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(t).find()) || ownHanPairIn(o, phrase)).toList();
    }

    /**
     * Whether the text names one of the options as {@link #named} reads a pick, or by any two Chinese characters only that
     * option has: a read-back's "水性漆方案" names "打磨加三遍水性漆", whose first own pair is 加三 (review 24's read-backs).
     */
    public boolean mentioned(String text) {
        return !mentionedOptions(text).isEmpty();
    }

    /** The options {@link #mentioned} reads in the text. */
    public List<String> mentionedOptions(String text) {
        List<String> named = named(text);
        return options.stream().filter(o -> named.contains(o) || ownHanPairIn(o, text)).toList();
    }

    /** Whether the text holds a pair of Chinese characters only this option has. */
    private boolean ownHanPairIn(String option, String text) {
        return ownPairs(option).anyMatch(b -> b.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && text.contains(b));
    }

    /**
     * Whether a customer's Chinese turn picks an option by a pair of characters only it has, said with a word of picking in
     * the same clause: "那就诱杀系统吧" for 全屋诱杀监测系统, "药液先啦" for 局部药液处理 (holdout61). A pair in a question ("诱杀站是什么
     * 原理的？") picks nothing.
     */
    public boolean pickedByPart(String text) {
        if (BY_PRICE.matcher(text).find()) {
            return true; // "……那就便宜的吧，先试试。" (holdout63's chujiaquan-04): the cheaper of the options
        }
        if (options.stream().noneMatch(o -> o.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))) {
            return pickedByWord(text);
        }
        String[] clauses = text.split("[，,。！!；;…]");
        for (int i = 0; i < clauses.length; i++) {
            String clause = clauses[i];
            if (clause.contains("？") || clause.contains("?")) {
                continue;
            }
            if (pickedByBase(clause)) {
                return true;
            }
            boolean first = i == 0;
            for (String o : options) {
                // "移位。挂在窗子外头…" for 换架移位 beside 原位换架 (holdout67's kongtiao-zhijia-03): an own pair as the whole answer
                boolean picked = ownPairs(o).filter(b -> b.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                        .anyMatch(b -> Pattern.compile("(?:就|要|选|定|做|来|用)\\p{IsHan}{0,6}" + Pattern.quote(b) + "|" + Pattern.quote(b)
                                + "\\p{IsHan}{0,6}?(?:吧|啦|好了|算了|行了)").matcher(clause).find()
                                || first && Pattern.compile("\\s*(?:嗯|那|那就)?" + Pattern.quote(b) + "(?:的|那个|那种)?\\s*").matcher(clause).matches());
                if (picked) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The plain option picked by the name the other extends with 加: "换面吧，先换面" for 换面翻新 beside 换面加换芯 (holdout65's
     * shafa-fanxin-01); the shared name has no pair of its own, so {@link #ownPairs} never reads it.
     */
    private boolean pickedByBase(String clause) {
        for (String o : options) {
            int plus = o.indexOf('加');
            if (plus < 2) {
                continue;
            }
            // "那选洗消毒吧" for 清洗消毒 beside 清洗消毒加防护 (holdout74's shuixiang-06): a long base without its first character
            String stem = o.substring(0, plus);
            String base = stem.length() >= 4 ? "(?:" + Pattern.quote(stem.substring(0, 1)) + ")?" + Pattern.quote(stem.substring(1))
                    : Pattern.quote(stem);
            // the plain option may end with the base too: "那就先做检测吧" for 空鼓检测 beside 检测加排险 (holdout75's waiqiangzhuan-06)
            if (options.stream().anyMatch(p -> !p.equals(o) && p.contains(stem))
                    && Pattern.compile("(?:就|要|选|定|做|来|用|先)" + base + "(?!加)|" + base + "(?!加)\\p{IsHan}{0,2}?(?:吧|啦|好了|算了|行了)")
                            .matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /** A pick by price: "那就便宜的吧", "要贵的那个", "I'll take the cheaper one". */
    private static final Pattern BY_PRICE = Pattern.compile("(?:那就|就|要|选|来|做)(?:便宜|贵)(?:的|点的|一点的|那个|那种)|(?:便宜|贵)(?:的|点的)(?:吧|啦|好了)"
            + "|\\b(?:take|go with|do|want|pick|choose)\\s+the\\s+(?:cheaper|cheapest|less expensive|more expensive|basic)\\b"
            // "Friday. The cheap one." (holdout66's attic-wildlife-06), not asked about
            + "|\\bthe cheap(?:er|est)? one\\b(?![^.!?]*\\?)",
            Pattern.CASE_INSENSITIVE);

    /**
     * An English pick by any word only one option has, after a word of taking it or as a short answer of its own: "I'll take
     * the wrap" for "Shrink-wrap and outdoor storage", "Heated." for "Indoor heated storage" (holdout62).
     */
    private boolean pickedByWord(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        String first = t.strip().split("(?<=[.!?])\\s+")[0];
        // "I think the cleaning, at least this year." for "Fall cleaning" beside "Cleaning plus micro-mesh guards" (holdout63): the
        // word every option shares, said alone, is the option that is only it
        for (String o : options) {
            String[] words = o.toLowerCase(Locale.ROOT).split("[\\s-]+");
            String last = words[words.length - 1];
            if (last.length() >= 4 && !COMMON.contains(last) && options.stream().allMatch(x -> x.toLowerCase(Locale.ROOT).contains(last))
                    && Pattern.compile("\\b(?:just|only|think|take|want|go with)\\s+the\\s+" + Pattern.quote(last)
                            + "\\b(?!\\s+(?:plus|and|with)\\b)"
                            // "Saturday. The inspection." for "lead inspection" beside "inspection with risk assessment" (holdout67)
                            // "Inspection. I'll see what the report says before I buy guards." (holdout75's pallet-rack-03)
                            + "|(?:^|[.!]\\s+)(?:the\\s+)?" + Pattern.quote(last) + "\\s*[.!]").matcher(t).find()) {
                return true;
            }
        }
        for (String o : options) {
            for (String w : o.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (w.length() < 4 || COMMON.contains(w) || w.equals(noun) || options.stream().filter(x -> !x.equals(o))
                        .anyMatch(x -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(x.toLowerCase(Locale.ROOT)).find())) {
                    continue;
                }
                String q = Pattern.quote(w);
                // "The one with the test, I suppose." (holdout65's sprinkler-startup-04)
                Matcher verb = Pattern.compile("\\b(?:take|go with|going with|want|do|pick|choose|book|prefer|'ll have|have|the one with)\\s+(?:the\\s+|an?\\s+)?"
                        + "(?:\\w+\\s+)?" + q + "\\b").matcher(t);
                if (verb.find() && !Pattern.compile("(?:n't|\\bnot|\\bnever)\\s*$").matcher(t.substring(Math.max(0, verb.start() - 12), verb.start())).find()
                        // "Heated.", "Well, then the guards." (holdout63); not "I don't want guards."
                        || first.split("\\s+").length <= 5 && Pattern.compile("\\b" + q + "\\b").matcher(first).find() && !first.contains("?")
                                && !Pattern.compile("n't\\b|\\bnot?\\b|\\bnever\\b").matcher(first).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private java.util.Optional<String> ownBigram(String option) {
        return ownPairs(option).findFirst();
    }

    /** The option's pairs of characters that no other option has, in order. */
    private java.util.stream.Stream<String> ownPairs(String option) {
        return java.util.stream.IntStream.range(0, Math.max(0, option.length() - 1)).mapToObj(i -> option.substring(i, i + 2))
                .filter(b -> options.stream().filter(o -> !o.equals(option)).noneMatch(o -> o.contains(b)));
    }

    /**
     * The words of three letters or more an option has and no other option has, in order: "full" of "full winter package";
     * "attic" and "cleanup" of "exclusion with attic cleanup" ("the cleanup package").
     */
    private List<String> ownWords(String option) {
        List<String> out = new java.util.ArrayList<>();
        // "sweep, inspection and liner": a word's comma is not the word's (holdout78's chimney card)
        for (String w : option.toLowerCase(Locale.ROOT).split("[\\s\\-,;:/]+")) {
            if (w.length() >= 3 && !COMMON.contains(w) && !w.equals(noun) && options.stream().filter(o -> !o.equals(option))
                    .noneMatch(o -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(o.toLowerCase(Locale.ROOT)).find())) {
                out.add(w);
            }
        }
        return out;
    }
}
