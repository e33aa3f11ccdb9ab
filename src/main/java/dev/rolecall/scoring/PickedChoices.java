package dev.rolecall.scoring;

import dev.rolecall.card.GoalChoice;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A choice made for the customer: a day booked before the customer named one ("I'll put you down for Saturday, November 27."
 * after "The smaller one, if anything"; "那我给您定9月18日周六上午9:18" after "那……贺喜吧", holdout56), or the card's option
 * ("那就金缮吧，清代的碗配金线正好" to a customer who wanted an expert to look first, holdout57). Cards forbid picking for the
 * customer, and a rep who does states a choice never made. Flagged when no customer turn so far names the day (its date or
 * weekday) or the option, points at one ("the first one", "上午那个", "便宜的那个") or leaves it to the rep ("都行", "you pick").
 */
final class PickedChoices {
    private static final String BOOKS_EN = "\\b(?:i'?ll|let me|i'?m going to|i will|we'?ll)\\s+(?:just\\s+|go ahead and\\s+)?"
            + "(?:put you down|book you(?: in)?|pencil you in|schedule you|sign you up|put you in)\\s+(?:for|on)\\b";
    private static final Pattern BOOKS_DAY = Pattern.compile(
            "(?:给|帮|为)(?:您|你)(?:先)?(?:定|订|约|排|安排|登记|预约|锁)(?:在|到|成)?(?=\\s*(?:\\d{1,2}月|\\d{1,2}[号日]|周|星期|礼拜))"
                    + "|" + BOOKS_EN,
            Pattern.CASE_INSENSITIVE);
    /** An option settled by the rep: "那就金缮吧", "给您定双狮采青", "I'll put you down for the Classic", "let's go with the Panorama". */
    private static final Pattern BOOKS_OPTION = Pattern.compile(
            "那(?:就|我们就|我就)?(?:给您|帮您)?(?:定|订|选|来|做|报)?(?:个)?([^，。！？,]{2,10}?)吧"
                    + "|(?:给|帮|为)(?:您|你)(?:先)?(?:选|定|订|报|约|安排|登记)(?:了|上|成)?(?:个)?([^，。！？,]{2,10})"
                    + "|" + BOOKS_EN.replace("\\s+(?:for|on)\\b", "\\s+for\\s+([^,.;!?]{2,30})")
                    + "|\\blet'?s (?:go with|do)\\s+([^,.;!?]{2,30})"
                    // "I'll book you the cleanup package" (holdout66's attic-wildlife-07)
                    + "|\\b(?:i'?ll|let me|i'?m going to|i will|we'?ll)\\s+(?:just\\s+)?book you\\s+(the [^,.;!?]{2,30})",
            Pattern.CASE_INSENSITIVE);
    // a time of day in the customer's story picks nothing: "This morning there was a bat…", "昨天晚上跳了三回" (holdout66)
    private static final Pattern CHOSEN = Pattern.compile("第[一二两12]个|前一个|后一个|头一个|早的|晚的|早点|晚点|(?<!今天|昨天|前天|每天|天天|刚才)(?:上午|下午|晚上|早上|中午)"
            + "|都行|都可以|随便|你定|您定|你看着|您看着|听你的|帮我(?:定|选|挑)|你推荐|您推荐"
            + "|\\b(?:the (?:first|second|earlier|later|latter|former)|(?:first|second|earlier|later) one|either (?:one|is|works|day)"
            + "|whichever|(?<!this |yesterday |every |last |that |one )(?:morning|afternoon|evening)|you pick|your call|up to you|you recommend|you'?d recommend)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An option pointed at by what it is, not its name: "the smaller one", "便宜的那个", "两头狮那种". */
    // "厨房那个发黄的插座" points at a socket, not an option (holdout66's laofang-dianlu-07): a pointer ends its phrase
    private static final Pattern POINTED = Pattern.compile("(?:那个|那种|那款|那套|那档)(?=$|[^\\p{IsHan}]|[吧呢啊呀嘛就好行了也还])|的吧|\\bthe \\w+(?:er|est) one\\b|\\bone with\\b|\\bthat one\\b",
            Pattern.CASE_INSENSITIVE);

    /** A card's own rule against choosing for the customer, wherever it is written. */
    private static final Pattern CHOOSE_RULE = Pattern.compile("(?:choose|pick|decide|choice) for (?:the |him|her|them)"
            + "|替(?:客户|他|她|对方|顾客|家长|车主)?.{0,4}(?:选|定|做决定|拿主意|决定)|帮(?:客户|他|她|对方)(?:选|定|做决定)",
            Pattern.CASE_INSENSITIVE);

    private PickedChoices() {}

    /**
     * Whether the caller's side rules out choosing for the customer. A card with no don'ts (the bundled ones) leaves the choice
     * to the rep's manner: "I'll put you down for Tuesday afternoon" there is a thin step, not a stated falsehood (seven false
     * flags in seven sets, holdout66's isp-visit-02). Read once per card.
     */
    static boolean ruledOut(dev.rolecall.card.Side caller) {
        return !caller.rules().isBlank() || CHOOSE_RULE.matcher(caller.raw()).find();
    }

    static List<FactFlag> in(Turn t, CardProfile card, ScoredCall call) {
        if (!card.choosingRuledOut) {
            return List.of();
        }
        StringBuilder before = new StringBuilder();
        call.turns.stream().filter(x -> x.index() < t.index() && x.speaker() == Role.CALLEE)
                .forEach(x -> before.append(x.text()).append('\n'));
        String customer = before.toString();
        if (CHOSEN.matcher(customer).find()) {
            return List.of();
        }
        boolean days = card.weekdayDays.size() >= 2 || card.days.cardinality() >= 2;
        FactFlag day = null;
        FactFlag option = null;
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.strip().matches("(?s).*[？?]$")) {
                continue;
            }
            List<String> clauses = Sentences.clauses(sentence);
            for (int i = 0; i < clauses.size(); i++) {
                String clause = clauses.get(i);
                Matcher m = BOOKS_DAY.matcher(clause);
                if (day == null && days && m.find()) {
                    // "Saturday, November 27": the date its own clause after the weekday
                    if (i + 1 < clauses.size() && DATE_FIRST.matcher(clauses.get(i + 1)).lookingAt()) {
                        clause = sentence.substring(sentence.indexOf(clause), sentence.indexOf(clauses.get(i + 1)) + clauses.get(i + 1).length());
                    }
                    if (dayPicked(clause.substring(m.end()), customer, card)) {
                        day = new FactFlag(t.index(), "picked", clause.strip(), "the customer had named no day");
                    }
                }
                String picked = option == null ? optionPicked(clauses.get(i), customer, card.goal) : null;
                if (picked != null && (day == null || !day.said().contains(clauses.get(i).strip()))) {
                    option = new FactFlag(t.index(), "picked", clauses.get(i).strip(), "the customer had not chosen " + picked);
                }
            }
        }
        return java.util.stream.Stream.of(option, day).filter(java.util.Objects::nonNull).toList();
    }

    private static final Pattern DATE_FIRST = Pattern.compile("\\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}"
            + "|\\d{1,2}月\\d{1,2}|the \\d{1,2}(?:st|nd|rd|th))", Pattern.CASE_INSENSITIVE);

    /** The booked words name a day the customer's words do not. */
    private static boolean dayPicked(String booked, String customer, CardProfile card) {
        Set<Integer> days = days(booked, card);
        BitSet weekdays = UnofferedDays.named(booked);
        if (days.isEmpty() && weekdays.isEmpty()) {
            return false;
        }
        Set<Integer> named = days(customer, card);
        return days.stream().noneMatch(named::contains) && !weekdays.intersects(UnofferedDays.named(customer));
    }

    /** The card's option the clause settles when the customer has neither named it nor pointed at one; else null. */
    private static String optionPicked(String clause, String customer, GoalChoice goal) {
        if (goal == null || POINTED.matcher(customer).find()) {
            return null;
        }
        Matcher m = BOOKS_OPTION.matcher(clause);
        while (m.find()) {
            String object = java.util.stream.IntStream.rangeClosed(1, m.groupCount()).mapToObj(m::group).filter(java.util.Objects::nonNull)
                    .findFirst().orElse("");
            List<String> named = goal.namedByAnyWord(object);
            if (named.size() == 1 && !goal.mentioned(customer)) {
                return named.get(0);
            }
        }
        return null;
    }

    /** Days of the month a text names: its dates, and the card's dates of the weekdays it names. */
    private static Set<Integer> days(String text, CardProfile card) {
        Set<Integer> out = new HashSet<>();
        for (Fact f : FactExtractor.extract(text)) {
            if (f.type() == Fact.Type.DATE && f.value().matches(".*\\d\\d$")) {
                out.add(Integer.parseInt(f.value().substring(f.value().length() - 2)));
            }
        }
        UnofferedDays.named(text).stream().forEach(d -> out.addAll(card.weekdayDays.getOrDefault(d, Set.of())));
        return out;
    }
}
