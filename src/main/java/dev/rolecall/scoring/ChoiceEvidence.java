package dev.rolecall.scoring;

import dev.rolecall.card.CallbackCondition;
import dev.rolecall.card.GoalChoice;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An end condition that needs the customer's choice or rating ("The customer chooses a plan and books the first visit",
 * "客户选定了方案一、方案二或照常降档", "登记了满意度") is borne out only when the call holds it: the customer names the plan
 * (or one of its options), or says yes to a rep turn naming exactly one; the customer gives a rating. The twelfth review
 * read "condition 1 is borne out" on 19 of 20 offline calls where no plan was ever chosen and no score ever given. Likewise a
 * call-back time the condition says was agreed: named or agreed to by the customer, not set by the rep alone.
 */
final class ChoiceEvidence {
    private static final Pattern RATING_PART = Pattern.compile("满意度|评分|打分|评价|\\b(?:rating|rates?|score)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATING = Pattern.compile("[0-9一二三四五六七八九十两][个颗]?(?:分|星)|满分|(?:非常|很|比较|还算|挺|不太|不)?满意"
            + "|\\b(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:out of|/)\\s*(?:5|10|five|ten)\\b|\\b\\w+ stars?\\b"
            + "|\\b(?:(?:very|quite|not very|not)\\s+)?(?:satisfied|happy with)\\b", Pattern.CASE_INSENSITIVE);

    /** A day or a time of day, as either side names it. */
    private static final Pattern WHEN = Pattern.compile("[周星期礼拜][一二三四五六日天末]|明天|后天|今天|今晚|上午|下午|晚上|中午|早上|\\d{1,2}[点:：]|[一二三四五六七八九十两]{1,3}点"
            + "|\\d{1,2}(?:号|日)|下周|这周|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight"
            // not a greeting: "Have a good afternoon." had named the rep's own call-back time (holdout46's underwriting-05)
            + "|(?<!good |great |nice |lovely |wonderful )(?:morning|afternoon|evening)|noon|next week|this week|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))\\b", Pattern.CASE_INSENSITIVE);

    /** The rep says it will call again: "I'll call you back Wednesday", "我周三下午再给您打". */
    private static final Pattern REP_CALLS_BACK = Pattern.compile("(?:再|回头)(?:给您|给你)?(?:打|回电|联系)|给您回电|回访您"
            // the rep's own call, not the technician's ("the technician will call you the morning of the install", review 27)
            + "|\\b(?:I|we)(?:'ll| will| can| could|'d)?\\s+(?:\\w+\\s+)?(?:(?:call|ring|phone) you(?: back| again)?|give you a (?:call|ring)|follow up with you)\\b"
            + "|\\b(?:call|ring|phone) you back\\b", Pattern.CASE_INSENSITIVE);

    private ChoiceEvidence() {}

    /** A condition that ends with the rep to call again. */
    static final Pattern CALL_AGAIN = Pattern.compile("再打|回电|打过来|再联系|回访|\\b(?:call(?:ed)? (?:back|again)|ring back|rung back|call-?back)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The customer asks not to be called. */
    private static final Pattern NO_CALLS = Pattern.compile("别(?:再)?打(?:电话)?了|不要(?:再)?打(?:电话)?了|别再打|不要再打|别给我打|\\b(?:don'?t|do not) (?:call|ring)\\b|\\bstop calling\\b|\\bno more calls\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Why a call-back time the condition says was agreed was not (the rep names it only in its goodbye, after the customer's
     * "改天你再打给我吧": the twelfth review's five property calls), or the customer asked not to be called at all;
     * null when it was or the condition needs none.
     */
    static String callbackNotAgreed(String condition, List<Turn> turns) {
        if (condition == null || turns.isEmpty()) {
            return null;
        }
        if (CALL_AGAIN.matcher(condition).find()) {
            // "别打电话了，信息发我就行" closed by "约好了再打电话的时间" (the thirteenth review)
            for (int i = turns.size() - 1; i >= Math.max(0, turns.size() - 3); i--) {
                Turn t = turns.get(i);
                Matcher no = NO_CALLS.matcher(t.text());
                if (t.speaker() == Role.CALLEE && no.find()) {
                    return "the customer asked not to be called (\"" + no.group() + "\")";
                }
            }
        }
        int last = turns.size() - 1;
        Turn end = turns.get(last);
        // any ending, when the rep's goodbye sets a call-back time of its own ("just email me the quote and I'll get back to
        // you" → "I'll call you back Wednesday at 4 to finalize it, then": the twenty-sixth and twenty-seventh held-out sets)
        boolean repSetsTime = end.speaker() == Role.CALLER && REP_CALLS_BACK.matcher(end.text()).find() && !whens(end.text()).isEmpty()
                && !Sentences.endsAsking(end.text());
        if (!CallbackCondition.agreesTime(condition) && !repSetsTime) {
            return null;
        }
        // from the customer's last put-off on ("先别定…改天你再打给我吧"): a day it picked for something else before does not count
        // (a time the rep sets on its own is checked against the whole call: the slot booked ten turns before is named)
        int from = CallbackCondition.agreesTime(condition) ? Math.max(0, last - 4) : 0;
        for (int i = 0; i < last; i++) {
            if (turns.get(i).speaker() == Role.CALLEE && CallWords.putsOff(turns.get(i).text()) != null) {
                from = i;
            }
        }
        Set<String> named = new HashSet<>();
        Set<String> agreed = new HashSet<>();
        for (int i = from; i < last; i++) {
            Turn t = turns.get(i);
            if (t.speaker() == Role.CALLEE) {
                Set<String> said = whens(t.text());
                Set<String> repBefore = i > 0 && turns.get(i - 1).speaker() == Role.CALLER ? whens(turns.get(i - 1).text()) : Set.of();
                if ((t.text().contains("？") || t.text().contains("?")) && !repBefore.isEmpty() && repBefore.containsAll(said)) {
                    continue; // "明天？我不是说……": the rep's time echoed back in protest, not named
                }
                named.addAll(said); // "你明天下午再打吧"
            } else if (turns.get(i + 1).speaker() == Role.CALLEE && CallWords.saysYes(turns.get(i + 1).text())) {
                agreed.addAll(whens(t.text())); // "那我明天上午再打给您？" – "行。"
            }
        }
        Set<String> closing = end.speaker() == Role.CALLER ? whens(end.text()) : Set.of();
        // the rep may make the customer's time precise ("要不你明天再打过来？" → "明天上午十点左右再给您打"), not replace it
        // ("他周末才回来，到时候再说吧" → "那我明天下午三点再打给您", the twenty-fourth held-out set)
        if (closing.isEmpty() ? named.isEmpty() && agreed.isEmpty()
                : closing.stream().noneMatch(w -> named.contains(w) || agreed.contains(w))) {
            return closing.isEmpty() ? "no call-back time was agreed (the customer named none and agreed to none)"
                    : "the call-back time " + String.join(" ", closing) + " was the rep's alone (the customer named "
                    + (named.isEmpty() ? "none" : String.join(" ", named)) + ")";
        }
        return null;
    }

    private static Set<String> whens(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WHEN.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** A short answer naming the number only one option has: "20." of "10-yard" and "20-yard" (holdout35's dumpster-03). */
    private static boolean byNumber(String text, GoalChoice choice) {
        String first = text.strip().split("(?<=[.!?。！？])\\s+")[0]; // "20. My neighbor's redoing his deck, can he…"
        if (first.split("\\s+").length > 6) {
            return false;
        }
        Matcher m = NUMBER.matcher(first);
        while (m.find()) {
            String n = m.group();
            if (choice.options().stream().filter(o -> Pattern.compile("(?<!\\d)" + n + "(?!\\d)").matcher(o).find()).count() == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short answer naming the price only one option has: "The $280." or "The two-eighty." for the exclusion at $280 beside
     * the exclusion with attic cleanup at $640 (holdout66's attic-wildlife-01 and -03, faithful calls capped at 60); "就要三千八的吧".
     * A price in a question ("Six-forty? For raccoon poop?") is not a pick.
     */
    private static boolean byPrice(String text, java.util.Map<Double, Set<String>> owners) {
        for (String sentence : text.strip().split("(?<=[.!?。！？])\\s*")) {
            String plain = sentence.strip();
            if (plain.endsWith("?") || plain.endsWith("？") || plain.split("\\s+").length > 6 || plain.length() > 24) {
                continue;
            }
            if (amounts(plain).stream().anyMatch(a -> owners.getOrDefault(a, Set.of()).size() == 1)) {
                return true;
            }
            // "先修嘛，290。": a bare number, in a sentence this short, that only one option costs (holdout69's reshuiqi-03)
            Matcher bare = NUMBER.matcher(plain);
            while (bare.find()) {
                if (owners.getOrDefault(Double.parseDouble(bare.group()), Set.of()).size() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "The first one, I guess.", "Second.", "Option two.", "第一种吧": an option picked by its place in the rep's list. */
    private static final Pattern ORDINAL = Pattern.compile("(?i)^\\W*(?:(?:ok(?:ay)?|well|um+|uh|fine|so|yeah|right)[,.…]*\\s+)*(?:the\\s+)?"
            + "(?:(first|second|third)(?:\\s+(?:one|option|plan|package|choice))?|(?:option|plan|choice)\\s+(one|two|three))\\b"
            + "|^\\s*(?:那|那就|就|要|选)?第([一二三])(?:种|个|款|套|类)");

    /**
     * A short answer picking an option by its place, right after a rep turn that named two or more (holdout78's faithful
     * chimney-sweep-05: "...The first one, I guess." after "Option one… Option two…", read as no option chosen).
     */
    private static boolean byOrdinal(String text, String repBefore, GoalChoice choice) {
        String first = text.strip().replaceFirst("^[.…,\\s]+", "").split("(?<=[.!?。！？])\\s*")[0]; // "...The first one, I guess."
        if (first.contains("?") || first.contains("？") || first.split("\\s+").length > 6 || NEGATED.matcher(first.toLowerCase(Locale.ROOT)).find()
                || choice.mentionedOptions(repBefore).size() < 2 && !BY_ORDER.matcher(repBefore).find()) {
            return false;
        }
        Matcher m = ORDINAL.matcher(first);
        if (!m.find()) {
            return false;
        }
        String word = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        int place = switch (word) {
            case "first", "one", "一" -> 1;
            case "second", "two", "二" -> 2;
            default -> 3;
        };
        return place <= choice.options().size();
    }

    /** One of two options picked by how it compares: "Alright, the bigger one, then.", "就要贵的那个". */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:bigger|larger|more expensive|pricier|dearer|cheaper|smaller"
            + "|less expensive)\\s+(?:one|option|package|plan|job)\\b|(?:贵|便宜|大|小)(?:一点|点)?的(?:那个|那种|那档)");

    /**
     * A short answer picking one of two priced options by comparison (holdout73's blown-insulation-06: "Alright, the bigger one,
     * then." after a top-up and an air-seal job, read as no choice). Only where the script prices exactly two options.
     */
    private static boolean byComparison(String text, java.util.Map<Double, Set<String>> owners) {
        long options = owners.values().stream().filter(o -> o.size() == 1).flatMap(Set::stream).distinct().count();
        if (options != 2) {
            return false;
        }
        for (String sentence : text.strip().split("(?<=[.!?。！？])\\s*")) {
            String plain = sentence.strip();
            if (!plain.endsWith("?") && !plain.endsWith("？") && plain.split("\\s+").length <= 8 && plain.length() <= 40
                    && COMPARED.matcher(plain).find() && !NEGATED.matcher(plain.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The options each price in the script's lines belongs to. */
    private static java.util.Map<Double, Set<String>> optionPrices(GoalChoice choice, dev.rolecall.card.Side caller) {
        java.util.Map<Double, Set<String>> owners = new java.util.HashMap<>();
        for (dev.rolecall.card.ScriptStep step : caller.steps()) {
            for (String line : step.lines()) {
                List<String> named = choice.named(line);
                // "The exclusion with attic cleanup is $640" names "exclusion" too: the longest name is the line's option
                List<String> own = named.stream().filter(o -> named.stream().noneMatch(x -> !x.equals(o) && x.toLowerCase(Locale.ROOT)
                        .contains(o.toLowerCase(Locale.ROOT)))).toList();
                if (own.size() == 1) {
                    amounts(line).forEach(a -> owners.computeIfAbsent(a, k -> new HashSet<>()).add(own.get(0)));
                } else if (own.size() > 1) {
                    // "The second option is $1,460: everything in the service visit, plus…" (holdout69's standby-gen card): the
                    // option the line opens with owns the price said before the next one is named
                    String lower = line.toLowerCase(Locale.ROOT);
                    List<String> byPlace = own.stream().sorted(java.util.Comparator.comparingInt(o -> lower.indexOf(o.toLowerCase(Locale.ROOT)))).toList();
                    int next = lower.indexOf(byPlace.get(1).toLowerCase(Locale.ROOT));
                    if (lower.indexOf(byPlace.get(0).toLowerCase(Locale.ROOT)) >= 0 && next > 0) {
                        amounts(line.substring(0, next)).forEach(a -> owners.computeIfAbsent(a, k -> new HashSet<>()).add(byPlace.get(0)));
                    }
                }
            }
        }
        return owners;
    }

    // "The fourteen-sixty one." (holdout69's standby-gen-03): a price named as "the … one"
    private static final Pattern SHORT_HEAD = Pattern.compile("(?i)^(?:the|just|ok(?:ay)?,?|fine,?)\\s+|(?:\\s+one)?[.!。！]+$");

    private static Set<Double> amounts(String text) {
        Set<Double> out = new HashSet<>();
        FactExtractor.extract(text).stream().filter(f -> f.type() == Fact.Type.MONEY)
                .forEach(f -> out.add(Double.parseDouble(f.value())));
        Long shorthand = dev.rolecall.text.EnglishNumbers.hundredsShorthand(SHORT_HEAD.matcher(text.strip()).replaceAll(""));
        if (shorthand != null) {
            out.add((double) shorthand);
        }
        return out;
    }

    /** Words that are talk in any option's line, not what sets one apart. */
    private static final Set<String> TALK = Set.of("the", "and", "with", "for", "plus", "our", "your", "you", "that", "this", "about",
            "hours", "hour", "year", "years", "option", "everything", "includes", "including", "also", "from");
    /** An option the card names by its place: "second option", "option 2", "the other plan". */
    private static final Pattern BY_ORDER = Pattern.compile("(?i)\\b(?:first|second|third|other|1|2|3|one|two|three|a|b)\\s+(?:option|plan|package|choice)\\b"
            + "|\\b(?:option|plan|package|choice)\\s+(?:1|2|3|one|two|three|a|b)\\b");
    private static final Pattern NEGATED = Pattern.compile("n't\\b|\\bnot?\\b|\\bnever\\b");

    /**
     * For options the card names by their order ("The second option is $1,240: everything in the standard opening, plus a new
     * … pump, …"), the words of the script lines that price the option and open with it, less those of the other options'
     * lines: what a customer picks it by ("The new pump, then.", holdout70's faithful pool-opening-01, had failed its ending).
     * English only; Chinese options are read by their own pairs of characters ({@link GoalChoice#pickedByPart}).
     */
    private static List<Set<String>> ownContent(GoalChoice choice, dev.rolecall.card.Side caller) {
        if (choice.options().stream().anyMatch(o -> o.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                || choice.options().stream().noneMatch(o -> BY_ORDER.matcher(o).find())) {
            return List.of(); // no option named by its place: each is picked by its name, and the card's lines need no reading
        }
        List<Set<String>> words = new java.util.ArrayList<>();
        for (String option : choice.options()) {
            Set<String> own = new HashSet<>();
            for (dev.rolecall.card.ScriptStep step : caller.steps()) {
                for (String line : step.lines()) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    // the line that opens with this option: "The second option is $1,240: …"
                    List<String> named = choice.named(line);
                    // a line that prices the option it opens with, not a booking or read-back line that names it in passing
                    if (!named.isEmpty() && !amounts(line).isEmpty() && named.stream().min(java.util.Comparator.comparingInt(o -> lower.indexOf(o.toLowerCase(Locale.ROOT))))
                            .get().equals(option)) {
                        for (String w : lower.split("[^a-z]+")) {
                            if (w.length() >= 3 && !TALK.contains(w)) {
                                own.add(w);
                            }
                        }
                    }
                }
            }
            words.add(own);
        }
        for (int i = 0; i < words.size(); i++) {
            Set<String> others = new HashSet<>();
            for (int j = 0; j < words.size(); j++) {
                if (j != i) {
                    others.addAll(words.get(j));
                }
            }
            words.get(i).removeAll(others);
        }
        for (int i = 0; i < words.size(); i++) {
            if (!BY_ORDER.matcher(choice.options().get(i)).find()) {
                words.set(i, Set.of()); // a named option is picked by its name
            }
        }
        return words;
    }

    /** "The new pump, then.": a short answer of its own (six words at most, no question, no "not") with a word only one option's lines have. */
    private static boolean byContent(String text, List<Set<String>> contents) {
        for (String sentence : text.toLowerCase(Locale.ROOT).split("(?<=[.!?])\\s+")) {
            String[] words = sentence.strip().split("[^a-z']+");
            if (sentence.contains("?") || words.length > 6 || NEGATED.matcher(sentence).find()) {
                continue;
            }
            for (Set<String> own : contents) {
                if (java.util.Arrays.stream(words).anyMatch(own::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern PICKS = Pattern.compile("\\b(?:then|let'?s (?:do|go with|book)|go with|i'?ll take|we'?ll take|i'?ll do|we'?ll do"
            + "|i want|we want|sign me up for|put me down for)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "All right, the repair package then.": a short English pick by a word only one option's name has (holdout77's
     * lightning-rod-06, whose "Inspection plus repair" had been read as not chosen), with a word of picking and no "not".
     */
    private static boolean byOwnWord(String text, GoalChoice choice) {
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (!lower.contains("?") && lower.split("[^a-z']+").length <= 8 && PICKS.matcher(lower).find() && !NEGATED.matcher(lower).find()
                    && choice.namedByAnyWord(sentence).size() == 1) {
                return true;
            }
        }
        return false;
    }

    /** A rep turn that sums up what was settled: "那就…", "So, the liner, Saturday the twenty-third…". */
    private static final Pattern SUMS_UP = Pattern.compile("(?i)\\s*(?:好[，,]?\\s*)?那就|\\s*(?:ok(?:ay)?,?\\s+)?so,\\s");

    /** Why the condition's choice or rating is not in the call, or null when it is (or the condition needs neither). */
    static String missing(String condition, List<Turn> turns, dev.rolecall.card.Side caller) {
        if (condition == null) {
            return null;
        }
        if (RATING_PART.matcher(condition).find()
                && turns.stream().noneMatch(t -> t.speaker() == Role.CALLEE && RATING.matcher(t.text()).find())) {
            return "the customer gave no rating";
        }
        GoalChoice choice = GoalChoice.of(condition, caller);
        if (choice == null) {
            return null;
        }
        java.util.Map<Double, Set<String>> prices = optionPrices(choice, caller);
        List<Set<String>> contents = ownContent(choice, caller);
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            String text = t.text().toLowerCase(Locale.ROOT);
            if (t.speaker() == Role.CALLEE && (!choice.named(text).isEmpty() || text.contains(choice.noun()) || byNumber(text, choice)
                    || choice.pickedByPart(t.text()) || byPrice(t.text(), prices) || byContent(t.text(), contents)
                    || byComparison(t.text(), prices) || byOwnWord(t.text(), choice)
                    || i > 0 && turns.get(i - 1).speaker() == Role.CALLER && byOrdinal(t.text(), turns.get(i - 1).text(), choice))) {
                return null; // "Let's go with the Complete plan"; "20." for the 20-yard
            }
            // a read-back asked and agreed to; a plan presented in a turn of its own and met with "Alright" is not chosen
            // or a booking summed up with its day: "那就全院的，19号礼拜天傍晚，竹溪村12号…" – "好。" (holdout78's mafengwo-06)
            if (t.speaker() == Role.CALLER && (text.contains("?") || text.contains("？") || ReadBackContent.readsBack(text)
                    || SUMS_UP.matcher(text).lookingAt() && WHEN.matcher(text).find()) && i + 1 < turns.size()
                    && turns.get(i + 1).speaker() == Role.CALLEE && CallWords.confirms(turns.get(i + 1).text())
                    && choice.named(text).size() == 1) {
                return null; // "So that's the Complete plan from Thursday?" – "Yes." (or "Right.", holdout43's sharpening-06)
            }
        }
        return "no " + choice.noun() + " was chosen (" + String.join(" / ", choice.options()) + ")";
    }
}
