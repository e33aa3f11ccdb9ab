package dev.rolecall.agent.offline;

import dev.rolecall.card.Card;
import dev.rolecall.card.EndCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static readings of card prose done once at index time: concerns split into clauses that each
 * ask or worry about one thing, and the script steps that carry the call's purpose. Split out of
 * {@link CardIndex}; generic rules, nothing of one card.
 */
final class CardText {
    private CardText() {}

    private static final Pattern CLAUSE = Pattern.compile("[，,；;。.？?！!]+\\s*(?:and\\s+)?");

    private static final Pattern ASKS_OR_WORRIES = Pattern.compile(
            "吗|呢|能否|能不能|是否|有没有|多少|怎么|什么|担忧|担心|害怕|怕|希望|whether|how|what|can|worr|hop", Pattern.CASE_INSENSITIVE);

    /**
     * Clauses that are questions or worries in their own right; a clause that only adds to the
     * previous one ("担忧发票仍然延迟，公司财务又追着问") stays with it.
     */
    static List<String> questionClauses(String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher cut = CLAUSE.matcher(text);
        int from = 0;
        String before = "";
        while (from <= text.length()) {
            boolean found = cut.find(from);
            String c = text.substring(from, found ? cut.start() : text.length()).trim();
            String by = before;
            before = found ? cut.group() : "";
            from = found ? cut.end() : text.length() + 1;
            if (c.isEmpty()) {
                continue;
            }
            // a list item after a semicolon is a concern of its own, not more of the one before ("…the paint Frank put on the trim
            // two summers ago; the dog." had been asked as "…two summers ago, the dog?", review 26)
            if (out.isEmpty() || ASKS_OR_WORRIES.matcher(c).find() || by.contains(";") || by.contains("；")) {
                out.add(c);
            } else {
                // (an English card's clauses with an English comma: "What about price，doubts…?" was said, the sixteenth review)
                out.set(out.size() - 1, out.get(out.size() - 1) + (Speech.zh(c) ? "，" : ", ") + c);
            }
        }
        return out;
    }

    private static final Pattern QUESTION_SPLIT = Pattern.compile("(?<=[？?])\\s*(?=\\S)|\\s+/\\s+|[,，]\\s*(?=or\\s)");

    /**
     * The single questions of a Q&A entry's question: "每月减30能减多久？中途想降怎么办？" → two; "Can I take it with grapefruit /
     * is this side effect normal / can I skip a dose?" → three; "What if the doctor doesn't answer, or I run out of
     * metformin?" → two. One question stays one.
     */
    static List<String> singleQuestions(String question) {
        List<String> out = new ArrayList<>();
        for (String p : QUESTION_SPLIT.split(question.trim())) {
            String t = p.trim().replaceFirst("^or\\s+", "");
            if (t.length() >= (Speech.zh(t) ? 3 : 8)) {
                out.add(t);
            }
        }
        return out.isEmpty() ? List.of(question) : out;
    }

    /** "A、B" splits only when both sides are whole questions, not "发票、合同…" lists. */
    static List<String> splitEnumeration(String clause) {
        int i = clause.indexOf('、');
        if (i >= 6 && clause.length() - i - 1 >= 6) {
            return List.of(clause.substring(0, i), clause.substring(i + 1));
        }
        return List.of(clause);
    }

    /**
     * Steps that carry the call's purpose: those sharing distinctive words with the caller's task
     * and its first (success) end condition. Words most steps share ("续费" on a renewal card)
     * are left out; the step the opening already covers is said by the opening.
     */
    static java.util.Set<Integer> requiredSteps(Card card) {
        var steps = card.caller().steps();
        List<java.util.Set<String>> stepUnits = new ArrayList<>();
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (var st : steps) {
            java.util.Set<String> u = Speech.units(st.title() + " " + String.join(" ", st.lines()));
            stepUnits.add(u);
            u.forEach(x -> df.merge(x, 1, Integer::sum));
        }
        String purpose = card.caller().task() + " "
                + card.caller().endConditions().stream().findFirst().map(EndCondition::text).orElse("");
        java.util.Set<String> target = Speech.units(purpose);
        target.removeIf(x -> df.getOrDefault(x, 0) * 2 > steps.size());
        int[] score = new int[steps.size()];
        int max = 0;
        for (int i = 0; i < steps.size(); i++) {
            score[i] = Speech.overlap(stepUnits.get(i), target);
            max = Math.max(max, score[i]);
        }
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 1; i < steps.size(); i++) { // step 1 is who and why: the opening says it
            if (score[i] >= Math.max(1, max / 3)) {
                out.add(i);
            }
        }
        return java.util.Set.copyOf(out);
    }


    private static final Pattern WORRY = Pattern.compile(
            "^(?:其实)?(?:担忧|担心|害怕|怕|顾虑|忧虑)|^(?:worried (?:about|that)|concerned (?:about|that)|afraid (?:of|that)|fears? (?:of|that)?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WORRIED_CLAUSE = Pattern.compile("^(?:worried|afraid|scared|nervous|concerned)\\s+"
            + "((?:it|they|she|he|the|her|his|my|this|that|I)\\b.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_ABOUT = Pattern.compile(",\\s*(?:and\\s+)?about (.+)$", Pattern.CASE_INSENSITIVE);
    /** "我心里最怕这个": a worry whose object is only "这个", said of the clause before it on the card. */
    private static final Pattern WORRY_OF_THIS = Pattern.compile("(?:怕|担心|在意|顾虑)(?:的)?(?:就是)?(?:这个|这事|这一点|这些)$");

    /**
     * A concern (a clause of the card's 关切点) as a customer says it, or null when it is a
     * description that no customer would say ("但不轻易表露", "won't say so unless pushed").
     * {@code variant} picks among equivalent phrasings.
     */
    static String concernAsSpeech(String fragment, boolean zh, int variant) {
        return concernAsSpeech(fragment, zh, variant, "");
    }

    /** A card's description of how the person feels about asking, not part of what it asks ("…but a bit embarrassed to ask"). */
    private static final Pattern SHY_TAIL = Pattern.compile(
            "[,，]?\\s*\\bbut\\b[^,;.]*\\b(?:embarrassed|shy|reluctant|hesitant|afraid|nervous|awkward)\\b[^,;.]*$"
                    + "|[，,]?(?:但|但是|不过)?(?:又|有点|有些)?(?:不好意思|不敢|难为情)(?:问|说|开口|提)[^，,。]*$",
            Pattern.CASE_INSENSITIVE);
    /** A gerund concern that is plainly a risk ("being charged twice again"), as opposed to a wish ("getting the pills without…"). */
    private static final Pattern RISK = Pattern.compile(
            "\\b(?:again|twice|charged|overcharged|losing|lose|missing|failing|late|wrong|double|cut off|penalt\\w*|fined|stuck)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A clause describing the person's attitude ("对'挽留'有戒心"): a description, never said. */
    private static final Pattern ATTITUDE = Pattern.compile("有戒心|戒备|抵触|反感|不信任|警惕|提防");

    private static final Pattern WANTS_TO_KNOW = Pattern.compile("\\bwants? to (?:know|find out|understand) ((?:what|how|when|why|where|which|whether|if)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WANTS_TO = Pattern.compile("^\\s*(?:(doesn'?t|does not) )?wants? ((?:to |the |a |his |her |my ).*)$", Pattern.CASE_INSENSITIVE);

    static String concernAsSpeech(String fragment, boolean zh, int variant, String pronoun) {
        fragment = SHY_TAIL.matcher(fragment.trim()).replaceFirst("");
        if (zh && fragment.contains("，")) {
            // "其实怕麻烦，如果差价不大宁愿不折腾，对"挽留"有戒心" → "怕麻烦，如果差价不大宁愿不折腾"
            String kept = java.util.Arrays.stream(fragment.split("，")).filter(c -> !ATTITUDE.matcher(c).find())
                    .reduce((a, b) -> a + "，" + b).orElse("");
            fragment = kept;
        }
        String f = fragment.replaceAll("（[^）]*）|\\([^)]*\\)", "").replaceAll("[。.，,；;、:：]+$", "").trim();
        f = f.replaceAll("^(?:其实|还有|以及|并且|and|also)\\s*", "");
        // a concern the card says is kept back ("，但不轻易表露", ", but won't say so unless pushed") is not said at all
        if (f.isEmpty() || Speech.META.matcher(fragment).find()) {
            return null;
        }
        if (zh) {
            if (f.length() > 24) {
                return null;
            }
            if (pronoun != null && (pronoun.equals("他") || pronoun.equals("她"))) {
                // the card speaks of the customer in the third person: "复查补漆要不要他在家" is "要不要我在家" in its mouth (the twelfth
                // review: the card's 他 said aloud in 3 of 10 calls)
                f = f.replace(pronoun, "我");
            }
            if (WORRY_OF_THIS.matcher(f).find()) {
                return null; // "那我心里最怕这个呢？" (review 22, 10 of 10 calls): what "这个" stands for is another clause
            }
            Matcher w = WORRY.matcher(f);
            if (w.find()) {
                String t = f.substring(w.end()).replaceAll("^(?:的是|是)", "").trim();
                if (t.length() < 2) {
                    return null;
                }
                return switch (variant % 3) {
                    case 0 -> "我就怕" + t + "。";
                    case 1 -> "说实话，我有点担心" + t + "。";
                    default -> "我比较担心" + t + "，这个怎么办？";
                };
            }
            if (f.endsWith("？") || f.endsWith("?")) {
                return f;
            }
            if (f.contains("能否")) {
                return f.replaceFirst("能否", "能") + "吗？";
            }
            if (f.contains("是否")) {
                return f.replaceFirst("是否", "") + "吗？";
            }
            if (f.startsWith("希望") || f.startsWith("想")) {
                return "我" + f + "。";
            }
            if (Speech.ZH_ASK.matcher(f).find()) {
                return f + "？";
            }
            return variant % 2 == 0 ? f + "这块怎么说？" : "那" + f + "呢？";
        }
        String e = Speech.swapPronounsEn(f, pronoun);
        if (e.split("\\s+").length > 16) {
            return null;
        }
        Matcher w = WORRY.matcher(e);
        if (w.find()) {
            String t = e.substring(w.end()).trim();
            return variant % 2 == 0 ? "I'm worried about " + t + "." : "Honestly, I'm concerned about " + t + ".";
        }
        Matcher clause = WORRIED_CLAUSE.matcher(e);
        if (clause.find()) {
            // "worried it will turn orange" is a clause, not a thing to be worried about (review 22 heard "What about worried it
            // will turn orange?" in 9 of 10 calls)
            String t = clause.group(1).trim();
            // "worried the crew will damage the new gutters, and about the HOA dates": the second worry asked on its own
            // (review 31 heard "…the new gutters, about the HOA dates.")
            Matcher about = AND_ABOUT.matcher(t);
            String also = about.find() ? " And what about " + about.group(1).replaceAll("[.。]$", "") + "?" : "";
            t = also.isEmpty() ? t : t.substring(0, about.start());
            return (variant % 2 == 0 ? "I'm worried " + t + "." : "Honestly, I'm a bit worried " + t + ".") + also;
        }
        String lower = e.toLowerCase(Locale.ROOT);
        // "he's embarrassed to be late and wants to know what he owes" → "I want to know what I owe." (the thirteenth review read
        // "And I'm embarrassed to be late and wants to know what I owe?")
        Matcher know = WANTS_TO_KNOW.matcher(e);
        if (know.find()) {
            String what = know.group(1).trim();
            return variant % 2 == 0 ? "Can you tell me " + what + "?" : "I want to know " + what + ".";
        }
        String[] wishes = e.split("[，,;；]\\s*");
        if (java.util.Arrays.stream(wishes).allMatch(c -> WANTS_TO.matcher(c).matches())) {
            // "wants to keep reading A Brief History of Time; doesn't want the fine to keep growing" → "I'd like to keep reading A
            // Brief History of Time, and I don't want the fine to keep growing."
            List<String> said = new java.util.ArrayList<>();
            for (String c : wishes) {
                Matcher wish = WANTS_TO.matcher(c);
                wish.matches();
                said.add((wish.group(1) != null ? "I don't want " : "I'd like ") + wish.group(2).trim());
            }
            return String.join(", and ", said) + ".";
        }
        if (lower.matches("^(whether|if|how|what|when|why|where|which)\\b.*")) {
            return switch (variant % 3) {
                case 0 -> "Can you tell me " + e + "?";
                case 1 -> "I need to know " + e + ".";
                default -> "Tell me " + e + ".";
            };
        }
        if (lower.matches("^that\\b.+")) {
            // "Second: that it's up before Thanksgiving and she doesn't have to take a day off" (review 31 heard "What about that
            // it's up before Thanksgiving and I doesn't have to take a day off?")
            return "Can you make sure " + e.substring(4).trim().replaceAll("[.。]$", "") + "?";
        }
        if (lower.matches("^\\w+ing\\b.*")) {
            // not "I don't want to risk getting the pills without having to drive": whether the card's gerund is a risk or a
            // wish is not known, so neither is assumed
            if (RISK.matcher(e).find()) {
                return variant % 2 == 0 ? "I don't want to risk " + e + "." : "What about " + e + "?"; // "being charged twice again"
            }
            String cap = Character.toUpperCase(e.charAt(0)) + e.substring(1);
            return variant % 2 == 0 ? "What about " + e + "?" : cap + ": what are my options?";
        }
        // a clause with its own subject is said, not asked about: "she does not want to be upsold" → "I don't want to be upsold."
        // (review 26's brow card: "What about I do not want to be upsold?"); "doubts she needs four visits a year" → "I doubt…"
        Matcher verb = THINKS.matcher(e);
        if (e.matches("^I\\b.*") || verb.lookingAt()) {
            String t = verb.lookingAt() ? "I " + verb.group(1) + e.substring(verb.end(1) + 1) : e;
            Matcher about = AND_ABOUT.matcher(t);
            String also = about.find() ? " And what about " + about.group(1).replaceAll("[.。]$", "") + "?" : "";
            t = also.isEmpty() ? t : t.substring(0, about.start());
            return t.replaceFirst("^I do not ", "I don't ").replaceFirst("^I am ", "I'm ") + "." + also;
        }
        return variant % 2 == 0 ? "What about " + e + "?" : "And " + e + "?";
    }

    private static final Pattern THINKS = Pattern.compile("(doubt|think|feel|suspect|believe|fear|wonder|expect|hope)s\\b", Pattern.CASE_INSENSITIVE);

}
