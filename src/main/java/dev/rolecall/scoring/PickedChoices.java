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
    private static final String BOOKS_EN = "\\b(?:(?:i'?ll|let me|i'?m going to|i will|we'?ll)\\s+(?:just\\s+|go ahead and\\s+)?"
            + "(?:put you down|book you(?: in)?|pencil you in|schedule you|sign you up|put you in)"
            // "I'm putting you down for the controller and starter" (holdout69's standby-gen-07)
            + "|(?:i'?m|we'?re)\\s+(?:just\\s+)?(?:putting you down|booking you(?: in)?|penciling you in|signing you up))\\s+(?:for|on)\\b";
    private static final Pattern BOOKS_DAY = Pattern.compile(
            "(?:给|帮|为)(?:您|你)(?:先)?(?:定|订|约|排|安排|登记|预约|锁|报)(?:在|到|成|上)?(?=\\s*(?:\\d{1,2}月|\\d{1,2}[号日]|周|星期|礼拜))"
                    + "|" + BOOKS_EN,
            Pattern.CASE_INSENSITIVE);
    /** An option settled by the rep: "那就金缮吧", "给您定双狮采青", "I'll put you down for the Classic", "let's go with the Panorama". */
    private static final Pattern BOOKS_OPTION = Pattern.compile(
            "那(?:就|我们就|我就)?(?:给您|帮您)?(?:定|订|选|来|做|报)?(?:个)?([^，。！？,]{2,10}?)吧"
                    + "|(?:给|帮|为)(?:您|你)(?:先)?(?:选|定|订|报|约|安排|登记)(?:了|上|成)?(?:个)?([^，。！？,]{2,10})"
                    // "我先给您把香肠定上" (holdout45's lawei-07)
                    + "|(?:给|帮|为)(?:您|你)(?:先)?把([^，。！？,]{2,10}?)(?:定|订|报|约|排|安排|登记)(?:上|了|下|好)"
                    // "You'll want the Full Sand & Refinish" (holdout60's floor-refinish-07)
                    + "|\\byou'?ll want (the [^,.;!?]{2,30})"
                    + "|" + BOOKS_EN.replace("\\s+(?:for|on)\\b", "\\s+for\\s+([^,.;!?]{2,30})")
                    + "|\\blet'?s (?:go with|do)\\s+([^,.;!?]{2,30})"
                    // "I'll book you the cleanup package" (holdout66's attic-wildlife-07)
                    + "|\\b(?:i'?ll|let me|i'?m going to|i will|we'?ll)\\s+(?:just\\s+)?book you\\s+(the [^,.;!?]{2,30})",
            Pattern.CASE_INSENSITIVE);
    /** The customer leaves the choice to the rep: nothing the rep then settles is picked for them. */
    private static final Pattern LEFT_TO_REP = Pattern.compile("都行|都可以|随便|你定|您定|你看着|您看着|听你的|帮我(?:定|选|挑)|你推荐|您推荐"
            + "|\\b(?:either (?:one|is|works|day)|whichever|you pick|your call|up to you|you recommend|you'?d recommend)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The customer points at one of the offers by its order: "第一个", "the earlier one". */
    private static final Pattern BY_ORDER = Pattern.compile("第[一二两12]个|前一个|后一个|头一个"
            + "|\\b(?:the (?:first|second|earlier|later|latter|former)|(?:first|second|earlier|later) one)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The customer points at a slot by its time: "早点", "上午", "afternoon". A time of day in the customer's story picks nothing
     * ("This morning there was a bat…", "昨天晚上跳了三回", holdout66), and picks no option either: "晚上睡不着" had left 深度治理
     * to the rep (holdout63's chujiaquan-07).
     */
    private static final Pattern BY_TIME = Pattern.compile("早的|晚的|早点|晚点|(?<!今天|昨天|前天|每天|天天|刚才)(?:上午|下午|晚上|早上|中午)"
            + "|\\b(?<!this |yesterday |every |last |that |one )(?:morning|afternoon|evening)\\b", Pattern.CASE_INSENSITIVE);
    /** A booking's object standing for what its sentence named before it: "go Full-Motion, I'll just put you down for that". */
    private static final Pattern THAT = Pattern.compile("\\s*(?:that|it|this|that one|this one)\\s*[,.;!]?\\s*", Pattern.CASE_INSENSITIVE);
    /** A step offering the customer a choice: "讲两种加工方式，让客户选", "二选一：…", "Offer the two brick types". */
    private static final Pattern OFFER_TITLE = Pattern.compile("选|两种|几种|\\b(?:offer|choose|pick|options?|types|kinds|packages|grades)\\b",
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

    /** The options the first step offering a choice states, when there are two or more; else null. Read once per card. */
    static GoalChoice offered(dev.rolecall.card.Side caller) {
        for (dev.rolecall.card.ScriptStep step : caller.steps()) {
            if (OFFER_TITLE.matcher(step.title()).find()) {
                List<String> options = dev.rolecall.card.ParallelOffers.named(step.lines()).stream()
                        .map(o -> o.replaceFirst("(?i)^(?:the|a|an|our)\\s+", "")).distinct().toList();
                if (options.size() >= 2) {
                    return new GoalChoice("option", options);
                }
            }
        }
        return null;
    }

    static List<FactFlag> in(Turn t, CardProfile card, ScoredCall call) {
        if (!card.choosingRuledOut) {
            return List.of();
        }
        StringBuilder before = new StringBuilder();
        call.turns.stream().filter(x -> x.index() < t.index() && x.speaker() == Role.CALLEE)
                .forEach(x -> before.append(x.text()).append('\n'));
        String customer = before.toString();
        if (LEFT_TO_REP.matcher(customer).find()) {
            return List.of();
        }
        boolean byOrder = BY_ORDER.matcher(customer).find();
        // "周四上午我反正不在家" turns the morning down; it picks nothing (holdout17's purifier-filter-08)
        String kept = notTurnedDown(customer);
        boolean dayOpen = !BY_ORDER.matcher(kept).find() && !BY_TIME.matcher(kept).find();
        // an option asked about is not chosen: "立柱包有啥用？" (holdout40's chongdian-06), "那我老爸要的采青怎么办？"
        String stated = Sentences.split(customer).stream().filter(x -> !Sentences.endsAsking(x))
                .collect(java.util.stream.Collectors.joining("\n"));
        boolean days = card.weekdayDays.size() >= 2 || card.days.cardinality() >= 2;
        FactFlag day = null;
        FactFlag option = null;
        for (String sentence : Sentences.split(t.text())) {
            if (Sentences.endsAsking(sentence)) {
                continue;
            }
            List<String> clauses = Sentences.clauses(sentence);
            for (int i = 0; i < clauses.size(); i++) {
                String clause = clauses.get(i);
                Matcher m = BOOKS_DAY.matcher(clause);
                if (day == null && days && dayOpen && m.find()) {
                    // "Saturday, November 27": the date its own clause after the weekday
                    if (i + 1 < clauses.size() && DATE_FIRST.matcher(clauses.get(i + 1)).lookingAt()) {
                        clause = sentence.substring(sentence.indexOf(clause), sentence.indexOf(clauses.get(i + 1)) + clauses.get(i + 1).length());
                    }
                    String booked = clause.substring(m.end());
                    if (THAT.matcher(booked).matches()) {
                        // "The assessment's Saturday, June 19, 2 to 3 — I'll put you down for that" (holdout58's home-organizer-07)
                        booked = sentence.substring(0, sentence.indexOf(clause));
                    }
                    if (dayPicked(booked, customer, card)) {
                        boolean refused = !dayPicked(booked, TURNED_DOWN.matcher(customer).replaceAll(""), card);
                        day = new FactFlag(t.index(), "picked", clause.strip(), refused ? "the customer had turned that day down" : "the customer had named no day");
                    }
                }
                String picked = option == null && !byOrder
                        ? optionPicked(clauses.get(i), sentence.substring(0, sentence.indexOf(clauses.get(i))), customer, stated, card.offered) : null;
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
        // "3月20日周六" is the 20th, not every Saturday the card dates (the customer's "四月二十四号结婚" is another Saturday,
        // holdout59's shougongxie-07)
        Set<Integer> dated = dates(booked);
        Set<Integer> days = dated.isEmpty() ? days(booked, card) : dated;
        BitSet weekdays = UnofferedDays.named(booked);
        if (days.isEmpty() && weekdays.isEmpty()) {
            return false;
        }
        // a day the customer turns down is not one it named: "周六上午不行，我要送孩子上课" (holdout19's first-service-08)
        String named = notTurnedDown(customer);
        BitSet namedWeekdays = UnofferedDays.named(named);
        Set<Integer> namedDays = days(named, card);
        return days.stream().noneMatch(namedDays::contains) && (dated.isEmpty() ? !weekdays.intersects(namedWeekdays)
                : dated.stream().noneMatch(d -> card.weekdayDays.entrySet().stream().anyMatch(e -> namedWeekdays.get(e.getKey())
                        && e.getValue().contains(d))));
    }

    /** A day the customer cannot keep or asks not to be booked. */
    private static final Pattern TURNED_DOWN = Pattern.compile("不行|不在家|不方便|没空|没时间|出差|不能|来不了|去不了|别定|先别|不要定|还没想好"
            + "|\b(?:can'?t|cannot|won'?t work|doesn'?t work|not available|busy|out of town|away|no good)\b", Pattern.CASE_INSENSITIVE);

    /** The customer's clauses that turn nothing down. */
    private static String notTurnedDown(String customer) {
        return Sentences.split(customer).stream().flatMap(s -> Sentences.clauses(s).stream())
                .filter(c -> !TURNED_DOWN.matcher(c).find()).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Days of the month a text dates outright. */
    private static Set<Integer> dates(String text) {
        Set<Integer> out = new HashSet<>();
        for (Fact f : FactExtractor.extract(text)) {
            if (f.type() == Fact.Type.DATE && f.value().matches(".*\\d\\d$")) {
                out.add(Integer.parseInt(f.value().substring(f.value().length() - 2)));
            }
        }
        return out;
    }

    /**
     * The card's option the clause settles when the customer has neither named it (outside a question) nor pointed at one; else
     * null. {@code before} is the sentence up to the clause, which a booked "that" stands for.
     */
    private static String optionPicked(String clause, String before, String customer, String stated, GoalChoice goal) {
        if (goal == null || POINTED.matcher(customer).find()) {
            return null;
        }
        Matcher m = BOOKS_OPTION.matcher(clause);
        while (m.find()) {
            String object = java.util.stream.IntStream.rangeClosed(1, m.groupCount()).mapToObj(m::group).filter(java.util.Objects::nonNull)
                    .findFirst().orElse("");
            if (THAT.matcher(object).matches()) {
                object = before + clause.substring(0, m.start());
            }
            List<String> named = goal.namedByAnyWord(object);
            if (named.size() == 1 && !chosen(stated, goal)) {
                return named.get(0);
            }
        }
        return null;
    }

    /**
     * The customer named an option in a sentence naming not all of them ("做腊肉还是香肠我要问下我老伴" weighs both and chooses
     * neither, holdout45's lawei-07), or picked one in words of their own: "那我就自己抄吧，六百八的" (holdout44's yizhu-04).
     */
    private static boolean chosen(String stated, GoalChoice goal) {
        return Sentences.split(stated).stream().anyMatch(s -> {
            int named = goal.mentionedOptions(s).size();
            return named > 0 && named < goal.options().size() || OWN_PICK.matcher(s).find() && !WHEN.matcher(s).find();
        });
    }

    /** A pick in the customer's own words, whatever it names. */
    private static final Pattern OWN_PICK = Pattern.compile("(?:那|我)就\\p{IsHan}{1,8}?吧|\\bI'?ll (?:take|go with|do|have) the\\b"
            + "|\\blet'?s (?:do|go with) the\\b|\\bI want the\\b", Pattern.CASE_INSENSITIVE);
    /** A pick of a day or time, which settles no option. */
    private static final Pattern WHEN = Pattern.compile("周|星期|礼拜|[号日点]|上午|下午|晚上|早上"
            + "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:morning|afternoon|evening)\\b|\\d", Pattern.CASE_INSENSITIVE);

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
