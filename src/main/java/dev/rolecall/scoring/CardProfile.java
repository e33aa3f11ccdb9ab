package dev.rolecall.scoring;

import dev.rolecall.card.Card;
import dev.rolecall.card.QaPair;
import dev.rolecall.card.ScriptStep;
import dev.rolecall.card.StyleExample;
import dev.rolecall.text.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What scoring needs from a card, embedded once per card: step lines, Q&A, closings, style examples, facts. */
final class CardProfile {
    final Card card;
    final Embedder embedder;
    final List<float[][]> stepLines = new ArrayList<>();
    final float[][] qaQuestions;
    /**
     * Each entry's questions one by one, when it asks several ("Is the cavity urgent? Will I need a root canal?
     * Will it hurt?"): a customer asks one of them, and the whole entry's meaning is too diluted to match it.
     */
    final List<float[][]> qaSubQuestions = new ArrayList<>();
    final float[][] qaAnswers;
    final float[][] closings;
    final float[] opening;
    final float[][] good;
    final float[][] bad;
    /** Every fact the caller side of the card states, by type. */
    final Map<Fact.Type, Set<String>> facts = new HashMap<>();
    /** The card's template slots, for a rep who reads one out as written. */
    final TemplateSlots templateSlots;
    /** Hours the card gives with no am or pm ("doors at 6"), either way: a rep's "6:00 pm" is one of them. */
    final Set<String> bareHours = new HashSet<>();
    private static final java.util.regex.Pattern BARE_HOUR = java.util.regex.Pattern.compile(
            "\\b(?:at|from|by|until|till) ([1-9]|1[01])\\b(?![:.]\\d|\\s*(?:am|pm|a\\.m|p\\.m|o'?clock|%|percent|days?|hours?|minutes?|weeks?|months?|years?|\\$|dollars?))",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A readable example of each fact type's card values, for flags ("card says 95折"). */
    final Map<Fact.Type, List<String>> factSaid = new HashMap<>();
    /** Amounts of money on the card and the price shares its discounts leave (1, 0.85). */
    final List<Double> amounts = new ArrayList<>();
    final Set<Double> priceShares = new HashSet<>(Set.of(1.0));
    /** Every number either side of the card says, in any form: a bare one in a call may be any of them, not a price. */
    final Set<Double> numbers = new HashSet<>();
    /** The caller side's lines that state a price, numerals as digits: what a bare number after a name there is. */
    final List<String> priceLines = new ArrayList<>();
    /** An amount and the words just before it on the card ("甲状腺彩超150元"): what a customer picks by name. */
    record Priced(double amount, Set<String> label) {}

    final List<Priced> priced = new ArrayList<>();
    /** The names the script prices, for a number said right after one ("双狮迎宾2880"). */
    final PricedNames pricedNames;
    /** The card times something to the minute itself ("九点整开始"): a rep's "9 sharp" is then no promise of its own. */
    final boolean timesExactly;
    /** Whether the card offers dated slots: {@link DatedSlots}. */
    final boolean datedSlots;
    /** Days of the month the card names without a month ("周日19号", "the 23rd"), as two digits. */
    final Set<String> daysOfMonth = new HashSet<>();
    /** A date on the card with its weekday (in a year of 365 days), for the weekday of another date: null when it has none. */
    final java.time.LocalDate calendar;
    /** The card's today, when it states one with its year: for "明天" and "tomorrow" worked out from it. */
    final java.time.LocalDate today;
    /** The card's priced and free sentences, for "free" said of what it sells. */
    final FreeClaims freeClaims;

    /** The amount with the words just before it in its clause, if there are any. */
    private void price(String clause, Fact money) {
        int at = clause.indexOf(money.said().replaceAll("\\D.*", ""));
        String label = at > 0 ? clause.substring(Math.max(0, at - 8), at).replaceAll("[^\\p{IsHan}A-Za-z ]", "") : "";
        if (!label.isBlank()) {
            priced.add(new Priced(Double.parseDouble(money.value()), contentTerms(terms(label))));
        }
    }
    /**
     * Half of a price paid, billed or refunded: a share as 50% is ("paid half before the start", "先付一半"); not half an hour,
     * a half cord or "一半腊肉一半香肠" (holdout45's lawei card had excused 每斤六块 as half its 12块).
     */
    private static final java.util.regex.Pattern HALF = java.util.regex.Pattern.compile("(?i)\\bhalf\\b(?= (?:is|are) (?:billed|due|paid"
            + "|charged|refunded)\\b| (?:up ?front|before|at (?:pickup|drop-?off|booking|signing|the start)|on (?:delivery|pickup|booking)|now|due"
            + "|down)\\b| (?:of )?the (?:fee|price|total|cost|deposit|lease|balance|amount)\\b| back\\b)|\\b(?:pay|paid|pays|refund(?:ed)?|charge[sd]?"
            + "|bill(?:ed)?) half\\b|[付交退收]一半|一半(?:定金|费用|的钱|的费用|款)|按一半");
    /** "eight Saturday mornings" runs eight weeks: "the eight-week group course" says it (holdout50's sat-prep-01). */
    private static List<Fact> withRuns(List<Fact> facts, String text) {
        List<Fact> runs = WeeklyRuns.facts(text);
        if (runs.isEmpty()) {
            return facts;
        }
        List<Fact> out = new ArrayList<>(facts);
        out.addAll(runs);
        return out;
    }

    /** Percentages the card states (fee rates): an amount × one of them is worked out, not invented. */
    final Set<Double> rates = new HashSet<>();
    /** A card sentence that states facts, embedded: where a caller's fact is checked in context. */
    record FactSentence(String text, List<Fact> facts, float[] vec) {}

    final List<FactSentence> factSentences = new ArrayList<>();
    /** A whole card sentence that states facts, by its content terms: the context a short clause loses. */
    record FactLine(String text, List<Fact> facts, Set<String> terms) {}

    final List<FactLine> factLines = new ArrayList<>();
    /** What the card tells the caller not to do or say (不要停, 不需要打麻药). */
    final List<Contradictions.Prohibition> prohibitions;
    /** The Q&A by topic, for short English questions (built once per card, not per question). */
    final EnglishTopics.Entries qaTopics;
    /** The weekdays the caller side names (1 Monday … 7 Sunday), ranges, 工作日 and weekends included; and as the card words them. */
    final java.util.BitSet days;
    /** The caller side less its don'ts, lower-cased: what backs a promise ("Never offer free freight" backs none). */
    final String backingLower;
    final String dayList;
    /** The weekdays the caller side denies somewhere, its red lines included: {@link UnofferedDays#deniedBy}. */
    final java.util.BitSet deniedDays;
    /** The parts of each day the caller side works: {@link DayParts#ofCard}. */
    final Map<Integer, DayParts.Hours> dayParts;
    /** The card sentence that first gives each working day, quoted by a flag that denies it. */
    final Map<Integer, String> daySources;
    /** Per step: character bigrams that occur in that step's lines and in no other step's. */
    final List<Set<String>> stepTerms = new ArrayList<>();
    /**
     * Per step: every line of it asks the customer something (a question, a choice, a confirmation), so a
     * customer who says it first has settled it. A step that tells (a path, a number to call) is not
     * settled by anything the customer says: "没出血没发烧" is no emergency number given.
     */
    final List<Boolean> stepAsks = new ArrayList<>();
    /** Each step's read-back slots that need a value (price, day); empty for a step that is no read-back. */
    final List<List<ReadBackContent.Needed>> readBackSlots = new ArrayList<>();
    /** Facts ("type=value") the Q&A answers state. */
    final Set<String> qaFacts = new HashSet<>();
    /** Facts (type=value) the lines of more than one script step state: evidence of neither step. */
    final Set<String> sharedStepFacts = new HashSet<>();
    /** Per Q&A entry, the facts ("type=value") its answer states. */
    final List<Set<String>> qaAnswerFacts = new ArrayList<>();
    /** Words of the card's opening that name the business of the call (not names, greetings or "two minutes"). */
    final Set<String> purposeTerms;
    /** Median length of the script's quoted lines: the card's own idea of a phone-sized utterance. */
    final double typicalLineLength;

    private static final java.util.regex.Pattern REQUEST = java.util.regex.Pattern.compile(
            "请(您)?(确认|选|说明|告知|告诉)|您(看|选)|\\blet me know\\b|\\bconfirm\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static boolean asks(String line) {
        return QuestionHandling.isQuestion(line) || REQUEST.matcher(line).find();
    }

    /** The options the customer picks between (the first end condition's), or null. */
    final dev.rolecall.card.GoalChoice goal;
    /** The card rules out choosing for the customer: it has don'ts, or says so in its own words. */
    final boolean choosingRuledOut;
    /**
     * The options the rep must not pick for the customer: the goal's, or those a step offering a choice states ("讲两种加工方式，
     * 让客户选", "Offer the two brick types") when the goal names none the way {@link dev.rolecall.card.GoalChoice} reads it.
     */
    final dev.rolecall.card.GoalChoice offered;

    CardProfile(Card card, Embedder embedder) {
        this.card = card;
        this.embedder = embedder;
        goal = card.caller().endConditions().isEmpty() ? null
                : dev.rolecall.card.GoalChoice.of(card.caller().endConditions().get(0).text(), card.caller());
        choosingRuledOut = PickedChoices.ruledOut(card.caller());
        offered = goal != null ? goal : PickedChoices.offered(card.caller());
        for (ScriptStep s : card.caller().steps()) {
            stepLines.add(embed(s.lines().isEmpty() ? List.of(s.title()) : s.lines()));
            stepAsks.add(!s.lines().isEmpty() && s.lines().stream().allMatch(CardProfile::asks));
            readBackSlots.add(ReadBackContent.of(s, goal));
        }
        qaQuestions = embed(card.caller().qa().stream().map(QaPair::question).toList());
        qaAnswers = embed(card.caller().qa().stream().map(QaPair::answer).toList());
        for (QaPair qa : card.caller().qa()) {
            List<String> parts = java.util.Arrays.stream(qa.question().split("(?<=[？?])"))
                    .map(String::strip).filter(x -> x.length() >= 2).toList();
            qaSubQuestions.add(parts.size() > 1 ? embed(parts) : new float[0][]);
        }
        // "doors at 6, show at 7:30": an hour with no am or pm is that hour either way ("doors at 6:00 pm" restates it)
        java.util.regex.Matcher bare = BARE_HOUR.matcher(card.caller().raw());
        while (bare.find()) {
            int h = Integer.parseInt(bare.group(1));
            bareHours.addAll(List.of(String.format("%02d:00", h), String.format("%02d:00", h + 12)));
        }
        templateSlots = new TemplateSlots(card.caller().raw());
        pricedNames = new PricedNames(card.caller().raw());
        for (String line : card.caller().raw().split("\n")) {
            if (FactExtractor.extract(line).stream().anyMatch(f -> f.type() == Fact.Type.MONEY)) {
                priceLines.add(ChineseNumbers.normalize(line).toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String side : List.of(card.caller().raw(), card.callee().raw())) {
            numbers.addAll(dev.rolecall.text.EnglishNumbers.bareNumbers(ChineseNumbers.normalize(side)));
        }
        today = RelativeDays.today(card.caller().raw());
        calendar = Weekdays.anchor(card.caller().raw());
        timesExactly = ExactArrivals.givenBy(card.caller().raw());
        datedSlots = DatedSlots.offeredBy(card.caller().rawWithoutRules());
        closings = embed(card.caller().closings());
        opening = card.caller().opening().isBlank() ? null : embedder.embed(card.caller().opening());
        good = embed(card.callee().goodExamples().stream().map(StyleExample::text).toList());
        bad = embed(card.callee().badExamples().stream().map(StyleExample::text).toList());
        for (Fact f : withRuns(FactExtractor.extract(card.caller().raw()), card.caller().raw())) {
            facts.computeIfAbsent(f.type(), t -> new HashSet<>()).add(f.value());
            if (f.type() == Fact.Type.DATE && f.value().startsWith("--")) {
                daysOfMonth.add(f.value().substring(2));
            }
            if (f.type() == Fact.Type.DATE) {
                facts.get(f.type()).add("--" + f.value().substring(f.value().length() - 2)); // "the 17th" restates July 17
                if (f.value().matches("\\d\\d-\\d\\d")) {
                    facts.get(f.type()).add(f.value().substring(0, 2) + "--"); // "2024年3月" restates 2024年3月15日
                }
            }
            if (f.type() == Fact.Type.TIME_RANGE) {
                // "we open at 8" restates the window "8 am to 1 pm"
                for (String end : f.value().split("-")) {
                    facts.computeIfAbsent(Fact.Type.TIME, t -> new HashSet<>()).add(end);
                }
            }
            List<String> said = factSaid.computeIfAbsent(f.type(), t -> new ArrayList<>());
            if (!said.contains(f.said()) && (said.size() < 6 || f.type() == Fact.Type.IDENTIFIER)) { // each identifier names its own thing
                said.add(f.said());
            }
        }
        clockHours = BareHours.ofCard(this);
        for (Fact f : FactExtractor.extract(card.caller().raw())) {
            if (f.type() == Fact.Type.MONEY) {
                amounts.add(Double.parseDouble(f.value()));
            } else if (f.type() == Fact.Type.PERCENT) {
                rates.add(Double.parseDouble(f.value()));
            } else if (f.type() == Fact.Type.DISCOUNT) {
                priceShares.add(Double.parseDouble(f.value()) / 100);
            }
        }
        if (HALF.matcher(card.caller().raw()).find()) {
            rates.add(50.0); // "paid half before the start": "½ ($975)" of the $1,950 named is worked out (holdout46)
            facts.computeIfAbsent(Fact.Type.PERCENT, t -> new HashSet<>()).add("50"); // "half back" is "50% until 3rd" (holdout50)
        }

        for (String sentence : Sentences.split(card.caller().raw())) {
            List<Fact> fs = withRuns(FactExtractor.extract(sentence), sentence);
            if (!fs.isEmpty()) {
                factLines.add(new FactLine(sentence, fs, terms(sentence)));
            }
        }
        String lastClause = "";
        for (String sentence : Sentences.split(card.caller().raw())) {
            String before = "";
            List<String> clauses = Sentences.clauses(sentence);
            for (int i = 0; i < clauses.size(); i++) {
                String clause = clauses.get(i);
                List<Fact> fs = FactExtractor.extract(clause);
                fs.stream().filter(f -> f.type() == Fact.Type.MONEY).forEach(f -> price(clause, f));
                if (!fs.isEmpty()) {
                    // "Filling alone: 45 minutes": a value with no words of its own takes its label along
                    String text = before.isEmpty() || !bare(clause) ? clause : before + " " + clause;
                    factSentences.add(new FactSentence(text, fs, embedder.embed(text)));
                    if (before.isEmpty() && !lastClause.isEmpty() && bare(clause)) {
                        // "…and a 30-minute load test. About 2 hours.": a sentence that is its value alone is also read with
                        // the one before (holdout69's faithful standby-gen-02, whose "~2 hrs" was placed against the other
                        // option's hours); alone too, as a rep may say it alone
                        String joined = lastClause + " " + clause;
                        factSentences.add(new FactSentence(joined, fs, embedder.embed(joined)));
                    }
                    String after = i + 1 < clauses.size() ? clauses.get(i + 1) : "";
                    if (!after.isBlank() && FactExtractor.extract(after).isEmpty()) {
                        // "7天内同一位置重新筑巢，免费上门复查一次": what the value is for may follow it, and a rep's shorthand keeps
                        // that part ("7天内原位复筑免费复查1次", holdout78's faithful mafengwo-02, was read against the 30-day clause)
                        String next = text + " " + after;
                        factSentences.add(new FactSentence(next, fs, embedder.embed(next)));
                    }
                }
                before = clause;
            }
            lastClause = before;
        }
        for (QaPair qa : card.caller().qa()) {
            Set<String> facts = new HashSet<>();
            FactExtractor.extract(qa.answer()).forEach(f -> facts.add(f.type() + "=" + f.value()));
            qaAnswerFacts.add(Set.copyOf(facts));
            qaFacts.addAll(facts);
        }
        Map<String, Integer> stepsStating = new HashMap<>();
        for (ScriptStep st : card.caller().steps()) {
            st.lines().stream().flatMap(l -> FactExtractor.extract(l).stream()).map(f -> f.type() + "=" + f.value()).distinct()
                    .forEach(f -> stepsStating.merge(f, 1, Integer::sum));
        }
        stepsStating.forEach((f, n) -> {
            if (n > 1) {
                sharedStepFacts.add(f);
            }
        });
        List<Set<String>> all = card.caller().steps().stream()
                .map(st -> stepUnits(String.join(" ", st.lines()) + " " + st.title())).toList();
        for (int i = 0; i < all.size(); i++) {
            Set<String> own = new HashSet<>(all.get(i));
            for (int j = 0; j < all.size(); j++) {
                if (j != i) {
                    own.removeAll(all.get(j));
                }
            }
            stepTerms.add(own);
        }
        purposeTerms = purposeTerms(card);
        rules = card.caller().rules();
        rulesUnquoted = rules.replaceAll("[“”\"「」]", "");
        List<Contradictions.Prohibition> dont = new ArrayList<>(Contradictions.of(card.caller().raw() + "\n"
                + Contradictions.sayItemsAsDonts(rules)));
        dont.addAll(Contradictions.quotedInRules(rules));
        prohibitions = List.copyOf(dont);
        qaTopics = EnglishTopics.entries(card.caller().qa());
        days = UnofferedDays.ofCard(card.caller().rawWithoutRules()); // "周日不上门" under 禁止 names no working day
        deniedDays = UnofferedDays.deniedBy(card.caller().raw());
        dayParts = DayParts.ofCard(card.caller().rawWithoutRules());
        daySources = UnofferedDays.givenBy(card.caller().rawWithoutRules());
        dayList = days.stream().mapToObj(d -> Weekdays.SHORT.get(d - 1))
                .collect(java.util.stream.Collectors.joining(", "));
        callerSentences = Sentences.split(card.caller().raw());
        // a red line's words ("不能说补考免费") back nothing the rep claims
        String backing = card.caller().rawWithoutRules();
        backingLower = backing.toLowerCase(java.util.Locale.ROOT);
        freeClaims = new FreeClaims(backing);
        backingSentences = Sentences.split(backing);
        ownSentences = Sentences.split(withoutForbiddenQuotes(backing));
        // "不许说“翻完跟新的一模一样”" outside the don'ts section quotes what not to say: the rep saying it says no card words
        backingPlain = plain(withoutForbiddenQuotes(backing));
        backingDigits = ChineseNumbers.normalize(backing);
        paymentChannels = PaymentChannels.ofCard(backingSentences);
        cadences = Cadences.ofCard(backingSentences);
        options = OnlyOptions.ofCard(backingSentences);
        retention = Retention.ofCard(backingSentences);
        blames = Claims.BLAME.matcher(backing).find();
        refused = DeniedAsks.ofCard(card.caller().qa());
        allowed = AllowedAsks.ofCard(card.caller().qa());
        paymentRefused = PaymentChannels.refusedByCard(card.caller().raw());
        closedDays = ClosedDays.of(card.caller().raw());
        granted = Permissions.ofCard(backingSentences, card.caller().raw());
        // an end condition says what the customer does ("客户要求退定金或不想再联系"), not what the card refunds
        refunds = RefundTerms.ofCard(backingSentences.stream().filter(s -> card.caller().endConditions().stream()
                .noneMatch(c -> c.text().contains(s.strip()))).toList());
        minimumAge = AgeLimits.minimum(backingSentences);
        // a closing line that says the emergency script again ("…叔叔喘不上气、嘴唇发紫、叫不醒，马上打120") makes no trigger word
        // common (holdout71's zhiyangji-07: a burning oxygen tube and blue lips were never read as raised)
        stopTriggers = RaisedConditions.triggers(card.caller().endConditions(), callerSentences.stream()
                .filter(x -> card.caller().closings().stream().noneMatch(c -> c.contains(x.strip()))).toList());
        callerTerms = terms(backing);
        vouchingTerms = terms(String.join("\n", ownSentences.stream().filter(Claims::vouchesFor).toList()));
        requirements = RequirementsWaived.ofCard(backingSentences, rules);
        waivedByCard = RequirementsWaived.waivedByCard(backingSentences);
        selfHelp = SelfHelpAsked.ofCard(rules);
        thirdParties = ThirdPartiesSpoken.ofCard(rules);
        callBackCondition = CallBacksDenied.ofCard(card.caller().endConditions());
        callerWords = Claims.contentWords(backing);
        judgedTopics = PhoneJudgements.topics(card.caller().raw());
        faultPlaces = FaultPlaces.ofCard(ownSentences);
        for (Weekdays.Pair p : Weekdays.pairs(card.caller().raw())) {
            weekdayDays.computeIfAbsent(p.weekday(), w -> new HashSet<>()).add(p.day());
        }
        double[] lengths = card.caller().steps().stream().flatMap(s -> s.lines().stream()).mapToDouble(String::length)
                .sorted().toArray();
        typicalLineLength = lengths.length == 0 ? 40 : lengths[lengths.length / 2];
    }

    /**
     * A greeting's, a courtesy's and a call's own words: they name no purpose ("getting back to you about your driveway" is
     * about the driveway; holdout64's "calling about the quote you asked for on your driveway" had missed its purpose).
     */
    static final Set<String> COURTESY_TERMS = Set.of("hello", "hi", "hey", "minutes", "minute", "moment", "time", "now",
            "okay", "good", "morning", "afternoon", "evening", "quick", "few", "second", "seconds", "speak", "speaking", "convenient",
            "back", "getting", "calling", "call", "following", "reaching");

    /**
     * The opening's terms that the rest of the caller's card (task, knowledge, script) also uses:
     * 到期 / 续费 / subscription / expires, not the names, the company or the courtesy around them.
     */
    private static Set<String> purposeTerms(Card card) {
        var caller = card.caller();
        Set<String> opening = terms(caller.opening().isBlank() && !caller.steps().isEmpty()
                ? String.join(" ", caller.steps().get(0).lines()) : caller.opening());
        Set<String> rest = terms(caller.task() + " " + caller.knowledge() + " "
                + String.join(" ", caller.steps().stream().flatMap(st -> st.lines().stream()).toList()));
        // "turning your sprinklers on" is about the card's "sprinkler startup": English words are matched by stem
        Set<String> restStems = stems(rest);
        opening.removeIf(w -> !restStems.contains(EnglishTopics.stem(w)));
        opening.removeAll(terms(caller.name() + " " + caller.organization() + " " + card.callee().name()));
        return opening;
    }

    /** Terms with English words cut to their stems ({@link EnglishTopics#stem}); Chinese pairs as they are. */
    static Set<String> stems(Set<String> terms) {
        Set<String> out = new HashSet<>();
        for (String w : terms) {
            out.add(EnglishTopics.stem(w));
        }
        return out;
    }

    /** Terms without the units and numerals themselves: 小时 or 30天 shared says nothing about the topic. */
    static Set<String> contentTerms(Set<String> terms) {
        Set<String> out = new HashSet<>();
        for (String t : terms) {
            if (!t.matches(".*[\\d小时分钟天周月年个次片元块点号].*")) {
                out.add(t);
            }
        }
        return out;
    }

    /** A clause with fewer than two words besides its numbers and units ("45 minutes", "4560元"). */
    static boolean bare(String clause) {
        return contentTerms(terms(clause)).stream().filter(t -> !t.matches("minutes?|hours?|days?|weeks?|months?|years?|dollars?"))
                .count() < 2;
    }

    /** The caller side of the card, sentence by sentence (split once: several checks scan it per turn). */
    final List<String> callerSentences;
    /** The days of the month the card names beside each weekday (周三（6月17日）: 3 → {17}). */
    final Map<Integer, Set<Integer>> weekdayDays = new HashMap<>();
    /** The card's caller side less its red lines: what a rep's claim may rest on. */
    final List<String> backingSentences;
    /** The same less the words it quotes not to say ("no \"prices go up in October\" pressure"): what it says itself. */
    final List<String> ownSentences;
    /** The card's caller side but its red lines, letters and digits only: what the rep may say word for word. */
    private final String backingPlain;

    /** Quoted words after a "don't say" ("不许说“…”“…”", "never say \"…\""), quote after quote. */
    private static final java.util.regex.Pattern FORBIDDEN_QUOTE = java.util.regex.Pattern.compile(
            // "no \"the fire marshal is doing surprise checks this month\" or \"prices go up in October\" pressure" (holdout71's card)
            "(?:不许|不能|不要|不准|别|禁止|绝不|never|don'?t|do not|\\bno)\\s*(?:说|讲|用|承诺|say|promise|call it|use)?\\s*"
                    + "(?:[“\"「『][^”\"」』]{1,60}[”\"」』](?:[、，,\\s或和/]|\\bor\\b|\\band\\b)*)+",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    static String withoutForbiddenQuotes(String text) {
        return FORBIDDEN_QUOTE.matcher(text).replaceAll(" ");
    }

    private static String plain(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static final java.util.regex.Pattern DEPOSIT = java.util.regex.Pattern.compile(
            "定金|订金|押金|预付|首付|已付|\\bdeposit\\b|\\bdown payment\\b|\\balready paid\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private volatile List<Double> deposits;

    /** Amounts the card states in a sentence about a deposit or a sum already paid: what a balance is worked out less. */
    List<Double> deposits() {
        if (deposits == null) {
            List<Double> out = new ArrayList<>();
            for (String s : backingSentences) {
                if (DEPOSIT.matcher(s).find()) {
                    FactExtractor.extract(s).stream().filter(f -> f.type() == Fact.Type.MONEY)
                            .map(f -> Double.parseDouble(f.value())).forEach(out::add);
                }
            }
            deposits = List.copyOf(out);
        }
        return deposits;
    }

    /** An amount said as money off: "减150元", "立减300", "$20 off", "a $50 credit". */
    private static final java.util.regex.Pattern OFF = java.util.regex.Pattern.compile(
            "(?:减|立减|优惠|便宜|抵扣)\\s*([^，。；,;]{1,8})|(\\$?[\\d,.]+(?:\\s*dollars?)?)\\s+(?:off|discount|rebate|credit)\\b"
                    + "|\\b(?:an?|the)\\s+(\\$[\\d,.]+)\\s+(?:discount|rebate|credit)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private volatile List<Double> amountsOff;

    /** Amounts the card states in a sentence about money off ("仁心动物医院会员减150元"): what a price is worked out less. */
    List<Double> amountsOff() {
        if (amountsOff == null) {
            List<Double> out = new ArrayList<>();
            for (String s : backingSentences) {
                java.util.regex.Matcher m = OFF.matcher(s);
                while (m.find()) {
                    String said = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    said = said.matches("[\\d.,零一二两三四五六七八九十百千万]+") ? said + "元" : said; // "减300" is 300元 off
                    FactExtractor.extract(said).stream().filter(f -> f.type() == Fact.Type.MONEY)
                            .map(f -> Double.parseDouble(f.value())).forEach(out::add);
                }
            }
            amountsOff = List.copyOf(out);
        }
        return amountsOff;
    }

    private static final java.util.regex.Pattern ZH_DATE_RANGE = java.util.regex.Pattern.compile(
            "(\\d{1,2})月(\\d{1,2})[日号]?(?:到|至|~|～|-|–|—)(?:(\\d{1,2})月)?(\\d{1,2})[日号]");
    private static final java.util.regex.Pattern EN_DATE_RANGE = java.util.regex.Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|to|through|thru|until)\\s*"
                    + "(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTH_NAMES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private volatile List<int[]> dateRanges;

    /**
     * Whether a date ("06-02") falls in a span of days the card gives ("作业时间是 6 月 1 日到 6 月 3 日", "June 1-3"): a day
     * picked inside it is the card's (the thirtieth held-out set's faithful calls were capped for 6月2号).
     */
    boolean inDateRange(String value) {
        java.util.regex.Matcher v = java.util.regex.Pattern.compile("^(\\d{2})-(\\d{2})$").matcher(value);
        if (!v.find()) {
            return false;
        }
        int day = Integer.parseInt(v.group(1)) * 100 + Integer.parseInt(v.group(2));
        if (dateRanges == null) {
            List<int[]> out = new ArrayList<>();
            String text = ChineseNumbers.normalize(card.caller().rawWithoutRules());
            java.util.regex.Matcher z = ZH_DATE_RANGE.matcher(text);
            while (z.find()) {
                int m1 = Integer.parseInt(z.group(1));
                int m2 = z.group(3) == null ? m1 : Integer.parseInt(z.group(3));
                out.add(new int[] {m1 * 100 + Integer.parseInt(z.group(2)), m2 * 100 + Integer.parseInt(z.group(4))});
            }
            java.util.regex.Matcher e = EN_DATE_RANGE.matcher(text);
            while (e.find()) {
                int m1 = MONTH_NAMES.indexOf(e.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
                int m2 = e.group(3) == null ? m1 : MONTH_NAMES.indexOf(e.group(3).toLowerCase(java.util.Locale.ROOT)) + 1;
                out.add(new int[] {m1 * 100 + Integer.parseInt(e.group(2)), m2 * 100 + Integer.parseInt(e.group(4))});
            }
            dateRanges = List.copyOf(out);
        }
        return dateRanges.stream().anyMatch(r -> r[0] < r[1] && day >= r[0] && day <= r[1]);
    }

    private static final java.util.regex.Pattern DAY_BEFORE = java.util.regex.Pattern.compile(
            "前一天|前一晚|提前一天|头一天|前一个工作日|\\bthe (?:business |working )?(?:day|evening|night) before\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a date ("--14") is the day before a date the card gives (10月15日), on a card that does something "前一天"
     * ("用车前一天晚上 8 点前再把司机姓名和车牌发给您"): holdout33's faithful calls said "十四号晚上八点前" and were capped at 60.
     */
    boolean dayBeforeCardDate(String value) {
        java.util.regex.Matcher v = java.util.regex.Pattern.compile("^(\\d{2}|-)-(\\d{2})$").matcher(value);
        if (!v.find() || !DAY_BEFORE.matcher(card.caller().rawWithoutRules()).find()) {
            return false;
        }
        int day = Integer.parseInt(v.group(2));
        for (String c : facts.getOrDefault(Fact.Type.DATE, Set.of())) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{2}|-)-(\\d{2})$").matcher(c);
            if (m.find() && Integer.parseInt(m.group(2)) == day + 1 && (v.group(1).equals("-") || v.group(1).equals(m.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /** The card's caller side but its red lines, numbers in digits. */
    private final String backingDigits;

    /** Whether the card writes this (a value with the word it hangs on, "保3年") as it stands, its red lines aside. */
    boolean writes(String text) {
        return backingDigits.contains(text);
    }

    /** Whether a clause of six or more letters is the card's own words (its red lines aside). */
    boolean saysWordForWord(String clause) {
        String p = plain(clause);
        return p.length() >= 6 && backingPlain.contains(p);
    }
    /** What the card's Q&A answers no to: {@link DeniedAsks}. */
    final List<DeniedAsks.Refused> refused;
    /** What the card's Q&A answers yes to: {@link AllowedAsks}. */
    final List<AllowedAsks.Allowed> allowed;
    /** How often the card bills (monthly, 按季度): {@link Cadences}. */
    final Set<Cadences.Cadence> cadences;
    /** The lists of options the card writes out (年度、季度、月度), for {@link OnlyOptions}. */
    final List<OnlyOptions.Options> options;
    /** The card sentence that keeps the customer's data for a set time, or null: {@link Retention}. */
    final String retention;
    /** Whether the card itself puts a fault on the customer's side ({@link Claims#BLAME}). */
    final boolean blames;
    /** How the card says the customer pays (小程序, card or bank transfer): {@link PaymentChannels}. */
    final Set<PaymentChannels.Channel> paymentChannels;
    /** The hours (0 to 11) at which the card states a time: {@link BareHours}. */
    final Set<Integer> clockHours;
    /** What the card allows ("可以直接拒收"), with the sentence that allows it: {@link Permissions}. */
    final List<Permissions.Grant> granted;
    /** The weekdays the card says it is closed: {@link ClosedDays}. */
    final Set<Integer> closedDays;
    /** The card's refund lines: {@link RefundTerms}. */
    final RefundTerms.Card refunds;
    /** The youngest age the card lets be there for a visit, 0 if it names none: {@link AgeLimits}. */
    final int minimumAge;
    /** What raises each of the caller's stop conditions: {@link RaisedConditions}. */
    final List<RaisedConditions.Trigger> stopTriggers;
    /** Channels the caller side rules out somewhere ("We don't take card numbers over the phone"). */
    final java.util.Set<PaymentChannels.Channel> paymentRefused;
    /** Every content term of the card's caller side but its red lines. */
    final Set<String> callerTerms;
    /** The content terms of the card's own sentences that vouch for an outcome ({@link Claims#VOUCHED}). */
    final Set<String> vouchingTerms;
    /** What the card requires ("验房时请带交房通知书") and what it lets off itself, for {@link RequirementsWaived}. */
    final List<RequirementsWaived.Required> requirements;
    final Set<String> waivedByCard;
    /** What the card's red lines keep the customer from being asked to do, for {@link SelfHelpAsked}. */
    final List<SelfHelpAsked.Action> selfHelp;
    /** The parties the card's red lines say the rep cannot speak for, for {@link ThirdPartiesSpoken}. */
    final List<ThirdPartiesSpoken.Party> thirdParties;
    /** The caller's end condition closing with a call-back, or null, for {@link CallBacksDenied}. */
    final String callBackCondition;
    /** The caller side's English content words, stemmed (see {@link Claims#contentWords}). */
    final Set<String> callerWords;
    /** What the card's rules against judging by phone are about ({@link PhoneJudgements}); empty when it has none. */
    final Set<String> judgedTopics;
    /** Where the card's caller side puts its fault ({@link FaultPlaces}); empty when it puts none. */
    final Set<String> faultPlaces;
    private volatile float[][] sentenceVectors;

    /** The caller-side card sentence nearest in meaning (embedded on first use: few calls need it). */
    /**
     * The card sentence nearest what was said, a red line's as "" (a don'ts item, "说保证断根、一次根治。", says nothing is so,
     * so it cannot be where the card says a forbidden thing after all).
     */
    String nearestBacking(String said) {
        String n = nearest(said);
        // sentences are split without their quotes ("说“翻完…”“…”。" is 说翻完…。): a don't is found in the don'ts so too
        return !n.isEmpty() && (rules.contains(n) || rulesUnquoted.contains(n)) ? "" : n;
    }

    private final String rules;
    /** The don'ts without their quote marks, as {@link Sentences} splits them. */
    private final String rulesUnquoted;

    String nearest(String said) {
        if (sentenceVectors == null) {
            synchronized (this) {
                if (sentenceVectors == null) {
                    sentenceVectors = embed(callerSentences);
                }
            }
        }
        int i = argmax(embedder.embed(said), sentenceVectors);
        return i < 0 ? "" : callerSentences.get(i);
    }

    /** The card's caller-side sentences but its red lines and, after each, its clauses: a claim may restate either. */
    private volatile List<String> pieces;
    /** A clause of the card's safety words, its vector, and whether it only tells what raises a stop condition. */
    record SafetyLine(String text, float[] vector, boolean raising) {}

    private volatile List<SafetyLine> safetyLines;

    /**
     * The clauses of what the card tells the rep to do when it stops a call (its stop conditions, closing lines and answers), each
     * embedded: what {@link EmergencyAdvice} holds the rep's instructions against. Read once, when a call first needs them.
     */
    List<SafetyLine> safetyLines() {
        if (safetyLines == null) {
            synchronized (this) {
                if (safetyLines == null) {
                    List<String> lines = new ArrayList<>();
                    for (var c : card.caller().endConditions()) {
                        if (stopTriggers.stream().anyMatch(x -> x.condition() == c.number())) {
                            for (String s : c.text().split("[；;]")) {
                                lines.addAll(Sentences.clauses(s));
                            }
                        }
                    }
                    card.caller().closings().forEach(c -> Sentences.split(c).forEach(s -> lines.addAll(Sentences.clauses(s))));
                    card.caller().qa().forEach(q -> Sentences.split(q.answer()).forEach(s -> lines.addAll(Sentences.clauses(s))));
                    lines.removeIf(x -> x.strip().length() < 4);
                    List<String> raisings = card.caller().endConditions().stream().map(c -> RaisedConditions.raising(c.text()))
                            .filter(java.util.Objects::nonNull).toList();
                    // a line that only tells what raises a stop condition ("客户说到吊灯掉下来了、歪了、一直在晃，") names the danger
                    // again: it backs no reassurance about it
                    safetyLines = lines.stream().map(x -> new SafetyLine(x, embedder.embed(x), raisings.stream()
                            .anyMatch(r -> r.contains(x.strip().replaceAll("[，,。；;：:]+$", ""))))).toList();
                }
            }
        }
        return safetyLines;
    }

    private volatile float[][] pieceVectors;

    /** How near in meaning the card's caller side comes to a sentence, and where. */
    record Nearest(String text, double similarity) {}

    Nearest nearestPiece(float[] v) {
        if (pieceVectors == null) {
            synchronized (this) {
                if (pieceVectors == null) {
                    List<String> out = new ArrayList<>();
                    // the goodbye and the greeting answer no question: "Thanks, Carol, have a good week!" had been the evidence that
                    // the card "speaks to" a question about the dog, and a fragment ("『没问题，") that it speaks to another
                    List<String> courtesy = new ArrayList<>(card.caller().closings());
                    courtesy.add(card.caller().opening());
                    // nor do the end conditions or a read-back's template: review 29's put-offs had "客户要跟合伙人或家人商量…" and
                    // "我跟您复述一下：" as the card's nearest words
                    card.caller().endConditions().forEach(c -> courtesy.add(c.text()));
                    for (String sentence : backingSentences) {
                        if (Sentences.endsAsking(sentence) || courtesy.stream().anyMatch(c -> c.contains(sentence.strip()))
                                || TEMPLATE_SLOT.matcher(sentence).find() || sentence.strip().matches("(?s).*[：:]$")) {
                            continue; // a customer's question on the card ("能不能找人打个招呼？") asserts nothing
                        }
                        out.add(sentence);
                        Sentences.clauses(sentence).stream().filter(c -> !c.equals(sentence) && substantive(c)).forEach(out::add);
                    }
                    pieces = out;
                    pieceVectors = embed(out);
                }
            }
        }
        int i = argmax(v, pieceVectors);
        return i < 0 ? new Nearest("", 0) : new Nearest(pieces.get(i), Embedder.cosine(v, pieceVectors[i]));
    }

    private static final java.util.regex.Pattern TEMPLATE_SLOT = java.util.regex.Pattern.compile("\\[[^\\[\\]]{1,40}]|【[^【】]{1,20}】");

    /** A clause with something to say: five letters or Chinese characters at least ("『没问题，" has three). */
    private static boolean substantive(String clause) {
        return clause.codePoints().filter(Character::isLetter).count() >= 5;
    }

    /** The distinct Chinese characters of {@code text} that are not in {@code filler}: what a short phrase is about. */
    static Set<Integer> contentChars(String text, String filler) {
        Set<Integer> out = new HashSet<>();
        text.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && filler.indexOf(c) < 0)
                .forEach(out::add);
        return out;
    }

    /** How many of {@code chars} occur in {@code text}. */
    static long sharedWith(Set<Integer> chars, String text) {
        return chars.stream().filter(c -> text.indexOf(c) >= 0).count();
    }

    /** Content terms: Chinese character bigrams, and Latin words of three letters or more. */
    /** The text's pairs of Chinese characters that name something: none holding a character of {@code talk} (的, 了, 您…). */
    static List<String> hanPairs(String text, java.util.regex.Pattern talk) {
        return terms(text).stream().filter(p -> p.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .filter(p -> !talk.matcher(p).find()).toList();
    }

    static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        String t = dev.rolecall.text.Normalize.forMatching(text);
        for (int i = 0; i + 1 < t.length(); i++) {
            if (Character.UnicodeScript.of(t.charAt(i)) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(t.charAt(i + 1)) == Character.UnicodeScript.HAN) {
                out.add(t.substring(i, i + 2));
            }
        }
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{IsLatin}\\d]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static final Set<String> STOP = Set.of("the", "and", "you", "your", "this", "that", "with", "from", "for",
            "are", "have", "has", "about", "our", "can", "will", "would", "could", "it's", "i'm", "what", "how");

    /**
     * What can mark a turn as one step's own: character bigrams in Chinese, whole words in English. Two letters in a
     * row are noise ("It meets FCC limits…" shared two letter pairs with the access step and no word of it).
     */
    static Set<String> stepUnits(String text) {
        Set<String> out = bigrams(text);
        out.removeIf(b -> b.chars().allMatch(c -> c < 128 && Character.isLetter(c)));
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+")) {
            if (w.length() >= 4) {
                out.add(w.replaceAll("'s$|s$", ""));
            }
        }
        return out;
    }

    static Set<String> bigrams(String text) {
        String t = dev.rolecall.text.Normalize.forMatching(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }

    float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = embedder.embed(texts.get(i));
        }
        return out;
    }

    static double max(float[] v, float[][] against) {
        double best = 0;
        for (float[] a : against) {
            best = Math.max(best, Embedder.cosine(v, a));
        }
        return best;
    }

    /** How close a callee question is to Q&A entry e: its whole question or any one of its questions. */
    double asks(float[] v, int e) {
        return Math.max(Embedder.cosine(v, qaQuestions[e]), max(v, qaSubQuestions.get(e)));
    }

    /** The Q&A entry a callee question is closest to, or -1 when the card has none. */
    int askedEntry(float[] v) {
        return argmax(qaQuestions.length, e -> asks(v, e));
    }

    static int argmax(float[] v, float[][] against) {
        return argmax(against.length, i -> Embedder.cosine(v, against[i]));
    }

    /** The index in [0, n) with the highest similarity, or -1 when n is 0. */
    private static int argmax(int n, java.util.function.IntToDoubleFunction sim) {
        int best = -1;
        double bestSim = -1;
        for (int i = 0; i < n; i++) {
            double s = sim.applyAsDouble(i);
            if (s > bestSim) {
                bestSim = s;
                best = i;
            }
        }
        return best;
    }
}
