package dev.rolecall.agent.offline;

import dev.rolecall.card.Card;
import dev.rolecall.card.Concern;
import dev.rolecall.card.EndCondition;
import dev.rolecall.card.QaPair;
import dev.rolecall.card.Role;
import dev.rolecall.card.StyleExample;
import dev.rolecall.text.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the offline engine precomputes from a card, once per card and shared by all calls:
 * embeddings of the Q&A, of the callee's concerns split into single questions (its agenda), of its
 * good style examples, and what each end condition is about. Read-only after construction.
 */
final class CardIndex {

    /**
     * bge-small-zh's cosine scale is compressed: unrelated sentences ≈ 0.35, paraphrases ≈ 0.6.
     * A callee question "matches" a Q&A entry above this; calibrated on the bundled cards' good
     * examples against their Q&A (true pairs 0.55–0.75, wrong pairs 0.35–0.5).
     */
    static final double QA_MATCH = 0.55;
    /** A good style example can voice an agenda question when this close to it. */
    static final double EXAMPLE_MATCH = 0.6;

    /** One question on the callee's agenda: a piece of one concern. */
    record Fragment(int concern, Concern.Level level, String text, float[] vec, int bestQa, double qaSim, List<String> spoken) {}

    /** A clause of the callee's background it can state as its own fact, with its content units. */
    record Fact(String speech, java.util.Set<String> units) {}

    final Card card;
    final Lang lang;
    final Embedder embedder;
    final float[][] qaQuestions;
    final float[][] qaAnswers;
    /** The single questions of entries that ask several, and the entry of each. */
    final float[][] qaParts;
    final int[] qaPartOf;
    final List<java.util.Set<String>> qaQuestionUnits;
    /** How the card refers to the callee in English ("he", "she"; "" when it does not tell, or in Chinese). */
    final String calleePronoun;
    /** Content units of the caller's side of the card: what the rep knows of. */
    private final java.util.Set<String> cardUnits;
    /** In how many entries' questions each unit occurs. */
    private final Map<String, Integer> questionDf = new java.util.HashMap<>();
    final List<Fragment> agenda;
    /**
     * The card's Q&A questions, which are what customers ask by design: a customer may ask one or
     * two besides its own concerns (how many and where in the call is up to its persona).
     */
    final List<Fragment> qaAsks;
    final List<StyleExample> good;
    final float[][] goodVecs;
    final List<String> interjections;
    /** The card's cued lines ("当售后说“向您道歉”时，她会说：…") and opener: said on their cue only. */
    final CardReactions reactions;
    /** Card speech of the callee, by use: hurrying the caller, relief after an answer, asking for it in writing. */
    final List<String> hurry;
    /** The callee's card makes it busy or short of time (效率, 赶时间, "keep it short"): a hurried "make it quick" fits it. */
    final boolean busy;
    final List<String> relief;
    final List<String> writing;
    /** Card speech of the callee that states something of its own ("Afternoons are better, I have calls every morning."): said in passing. */
    final List<Fact> remarks;
    /**
     * Remarks whose first clause says what it prefers ("Afternoons are better, …", "周末最方便"), keyed by
     * that clause only: the rest of the sentence may name what it does not want ("…I have calls every morning").
     */
    final List<Fact> statedPreferences;
    private static final Pattern PREFERS = Pattern.compile("更好|最好|比较好|方便|合适|better|best|prefer|suits? me|works? for me", Pattern.CASE_INSENSITIVE);
    /** Good examples that ask something (the others are decisions or moods, not agenda questions). */
    final java.util.Set<Integer> askingExamples;
    /**
     * Words that voice one of the callee's latent concerns: two of its content units ("能不能装充电桩？" for "潜在：以后想装充电桩…").
     * Not by the Q&A entry nearest it: the lease card's "其实不太想搬家…就是想压压价" is nearest "能不能不涨", which he asks openly.
     */
    boolean voicesLatent(String words) {
        java.util.Set<String> units = Speech.units(words);
        for (Fragment f : agenda) {
            if (reticent(f) && Speech.overlap(units, Speech.units(f.text())) >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The card says the customer keeps it to itself unless asked: "won't say so unless the advisor asks", "不会主动提". */
    private static final Pattern UNLESS_ASKED = Pattern.compile("unless|won'?t (?:say|mention|bring)|only (?:says?|mentions?|brings?) (?:it|so|this)"
            + "|if (?:asked|the \\w+ asks)|keeps? (?:it|this) to (?:him|her|them)sel|embarrass|\\bshy\\b|不会主动|不主动|不轻易|不会直接|嘴上不说|不会说出|除非|问到才|被问|不好意思|难为情"
            // "只有当对方提到“吃药”…时，才会说出来": the second half of the clause on when (it had been said as "…，才会说出来？")
            + "|^\\s*才(?:会|肯|愿意)?(?:说|提|讲|问)"
            // "She only brings the gutters up if the rep mentions clips" (review 31: said in her first turn, 5 of 10);
            // "要等对方提到赔偿或换水才会顺着说出来"
            + "|\\bonly (?:brings?|mentions?|raises?|says?)\\b[^.;]{0,40}?\\b(?:if|when|once|after)\\b|要等[^。；]{1,24}才",
            Pattern.CASE_INSENSITIVE);

    /** What the card says sets a latent worry off: "unless fertilizer or treatments are mentioned", "除非对方提到楼下". */
    private static final Pattern TRIGGER = Pattern.compile("\\b(?:unless|(?:only )?(?:when|if|once)) (?:the (?:rep|caller|agent|advisor|\\w+) |they |someone )?"
            + "(?:mentions?|brings? up|talks? about|raises?|asks? about) ([^.;]+)"
            // "won't bring up unless asked about plans that week or guests", "被问到以后的打算或者申请人时才说" (review 29)
            + "|\\bunless (?:he |she |they )?(?:is |are |gets? )?asked about ([^.;]+)"
            + "|被(?:问到|问起|提到|说到)([^，。；;]{1,16}?)(?:时|的时候|才)"
            + "|\\bunless ([^.;]+?) (?:is|are|gets?|get|comes?|come) (?:mentioned|brought up|raised|up)"
            + "|除非(?:对方|客服|你|他们|坐席)?(?:提到|说到|问到|问起|聊到|讲到|提起)([^，。；;]+)"
            + "|(?:对方|客服|坐席)(?:提到|说到|问到|问起|聊到|讲到|提起)([^，。；;]{1,12}?)(?:时|的时候|才)", Pattern.CASE_INSENSITIVE);

    /**
     * The content units of what the card says sets this latent worry off, or empty: the twelfth review's property customer never
     * asked "会不会要他赔" though the rep named 楼下602 in 10 of 10 calls, because the trigger words are the script's own and a
     * worry is touched only by words no script line uses.
     */
    java.util.Set<String> triggerUnits(Fragment f) {
        String text = f.concern() >= 0 ? card.callee().concerns().get(f.concern()).text() : f.text();
        Matcher m = TRIGGER.matcher(text);
        if (!m.find()) {
            return java.util.Set.of();
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                java.util.Set<String> out = new java.util.HashSet<>(Speech.units(m.group(g)));
                out.removeAll(PLAIN);
                return out;
            }
        }
        return java.util.Set.of();
    }

    /** A latent concern the card says the customer raises only when asked or touched. */
    boolean reticent(Fragment f) {
        return f.level() == Concern.Level.LATENT && (UNLESS_ASKED.matcher(f.text()).find()
                || f.concern() >= 0 && UNLESS_ASKED.matcher(card.callee().concerns().get(f.concern()).text()).find());
    }

    /** What the callee may say in passing: its card remarks and its short facts. */
    final List<Fact> asides;
    private static final Pattern MID_SENTENCE = Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d"
            + "|(?:and|or|but|so)\\b");
    private static final Pattern POINTS_BACK = Pattern.compile("那天|当天|那时|那会儿|(?i:that day|then)\\b");
    /** A bare role from the callee's identity ("主账户管理员"): said in passing it needs its "我是". */
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile(
            "[\\p{IsHan}A-Za-z+]{1,8}(管理员|负责人|经理|主管|总监|老板|专员|主任|会计|财务|采购)");
    /**
     * Remarks whose first clause names an option ("下周二吧，我得问问老伴能不能陪我去"): the customer's own choice with its
     * reason, said when that option is offered; never in passing (after picking Thursday it would contradict it).
     */
    final List<Fact> choiceRemarks;
    /** The callee's own facts, from its background, as it would state them. */
    final List<Fact> facts;
    /** Content units of what the callee would rather avoid ("can't drive", "without having to drive", "不想折腾"). */
    final java.util.Set<String> dislikedUnits;
    private static final Pattern NEGATED = Pattern.compile(
            // aversion or inability only: "Did not know a freeze existed" is no dislike of the freeze
            "(?:\\bcan'?t|\\bcannot|\\bunable to|\\b(?:does|do)(?:n'?t| not) (?:like|want|enjoy)|\\bwithout having to|\\bhates?|\\bdislikes?"
                    + "|\\bavoids?|\\bwould rather not|\\bno longer (?:able|wants?) to)\\s+([^,.;:\\n]+)"
                    + "|(?:不想|不愿意?|不喜欢|讨厌|不能|没法|不方便)([^，,。；;：:\\n]+)",
            Pattern.CASE_INSENSITIVE);

    private static java.util.Set<String> disliked(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = NEGATED.matcher(text);
        while (m.find()) {
            out.addAll(Speech.units(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return out;
    }

    /** Times the callee is taken up ("周六上午要送孙子去上兴趣班"): never its pick. */
    final BusyTimes busyTimes;

    boolean busyAt(String option) {
        return busyTimes.busyAt(option);
    }

    /** Content units of what the callee prefers (background, concerns, what the caller knows of it). */
    final java.util.Set<String> preferenceUnits;
    /** Whether this callee's "later" is "send it to me in writing" (else: "let's talk another time"). */
    final boolean writesDocuments;
    /** A concern the persona keeps to itself. */
    private static final Pattern UNSPOKEN = Pattern.compile("不会直接说|不会说出口|不说出口|不会明说|不直接说|藏在心里|won't say|doesn't say|never says|won't mention|keeps? (?:it|this) to (?:him|her|them)sel(?:f|ves)",
            Pattern.CASE_INSENSITIVE);
    /** "won't say so unless asked" is said when asked: only a concern kept back with no such condition is never voiced. */
    private static boolean unspoken(String concern) {
        return UNSPOKEN.matcher(concern).find() && !UNLESS.matcher(concern).find();
    }

    private static final Pattern UNLESS = Pattern.compile("\\bunless\\b|除非|被问|问到", Pattern.CASE_INSENSITIVE);

    /** bge cosine of a Q&A question with the unspoken concern it voices ("你们是不是骗子？" ~ "担心这是诈骗电话"). */
    static final double UNSPOKEN_SIM = 0.6;
    private static final Pattern BUSY = Pattern.compile("忙|赶时间|没时间|时间宝贵|效率|不耐烦|急性子|开会|进会|长话短说|\\bbusy\\b|\\bimpatient\\b"
            + "|short on time|no time|in a hurry|keep it short|to the point|straight answers?", Pattern.CASE_INSENSITIVE);
    /** Steps the card marks as the call's purpose (its task and success condition): said before any success close. */
    final java.util.Set<Integer> requiredSteps;
    /** Whether the purpose includes a choice (a date, a cycle): no success before one was made. */
    final boolean purposeHasOptions;
    private static final Pattern RELIEF = Pattern.compile("放心|好好好|太好了|那就好|great|good to know|thanks", Pattern.CASE_INSENSITIVE);
    final double typicalStepLength;
    /** Every script line with its step index, embedded: script lines answer questions the Q&A does not cover. */
    final List<String> stepLines = new ArrayList<>();
    final List<Integer> stepOfLine = new ArrayList<>();
    final float[][] stepLineVecs;
    /** Per script step, the content units of its title and lines: what the customer hears when the step is said. */
    final List<java.util.Set<String>> stepUnits = new ArrayList<>();
    /**
     * Content units of the customer's side of the card less its style examples: what it knows or worries about before the
     * call. Its figures only from its role and background ("the price jumping from $89 to over $200" is a worry about
     * figures the rep tells it).
     */
    private final java.util.Set<String> calleeKnows;
    private final java.util.Set<String> calleeFigures;
    /** The choice among named options the caller's goal condition needs ("chooses a plan": Basic or Complete), or null. */
    final dev.rolecall.card.GoalChoice goalChoice;
    /**
     * The goal's options in either language, for the customer asked "您倾向哪一种？" after the options were read: it had said "是的。"
     * (review 27, 10 of 10). {@link #goalChoice} stays English-only, for the rep.
     */
    final dev.rolecall.card.GoalChoice optionsAsked;
    /** Content units of the caller's script steps (titles and lines), and every figure of the caller's side. */
    private final java.util.Set<String> scriptUnits;
    private final java.util.Set<String> scriptFigures;

    private static java.util.Set<String> figures(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * English words too common to be news, however a script uses them (Speech.units already drops its stop words: "then",
     * "just", "they"…).
     */
    private static final java.util.Set<String> PLAIN = Speech.units(String.join(" ",
            "here", "some", "more", "like", "rest", "think", "know", "get", "got", "all", "out", "one", "two", "today",
            "call", "thank", "right", "sure", "need", "time", "see", "tell", "say", "said", "much", "many", "back",
            "over", "which", "who", "where", "why", "not", "don't", "can't", "won't", "it's", "that's", "i'll", "i'm",
            "you're", "we're", "i've", "we've", "from", "into", "after", "before", "only", "other", "again", "still",
            "even", "way", "thing", "good", "great", "fine", "look",
            // days and times are the customer's own to name ("周六上午能送吗？" before the rep offers the weekend)
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "morning",
            "afternoon", "evening", "tomorrow", "week"));
    private static final java.util.Set<String> PLAIN_ZH = Speech.units("周一 周二 周三 周四 周五 周六 周日 周末 星期一 星期二 星期三 星期四 星期五"
            + " 星期六 星期天 星期日 上午 下午 晚上 中午 明天 后天 今天 工作日 时间");

    /** A card line that opens on a start of surprise ("Wait, how much?", "Huh. Never changed…", "啊？"): a reaction to what was just said. */
    private static final Pattern REACTS = Pattern.compile("^(?:wait|huh|oh|hmm+|whoa|really|seriously|ugh|what\\?|啊|哦|噢|什么|等等|诶|咦)(?:[,.!?，。！？…\\s]|$)",
            Pattern.CASE_INSENSITIVE);

    static boolean reacts(String line) {
        return REACTS.matcher(line.strip()).find();
    }

    /** Content units of {@code text} less the plainest words: what a reaction must have heard to react to. */
    java.util.Set<String> content(String text) {
        java.util.Set<String> out = new java.util.HashSet<>(memo.units(text));
        out.removeAll(PLAIN);
        return out;
    }

    /**
     * What {@code text} says that the customer can only have heard from the rep: its content units that the caller's script
     * has and the customer's own role and background do not.
     */
    java.util.Set<String> news(String text) {
        java.util.Set<String> out = new java.util.HashSet<>(memo == null ? Speech.units(text) : memo.units(text));
        out.removeIf(u -> FIGURE.matcher(u).matches() || !scriptUnits.contains(u) || calleeKnows.contains(u) || PLAIN.contains(u) || PLAIN_ZH.contains(u));
        for (String f : figures(text)) {
            if (scriptFigures.contains(f) && !calleeFigures.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }
    /**
     * A script line answers a question when this close to it (lower than Q&A: a statement is never
     * as close to a question as another question is). The callee uses the same bar to judge it.
     */
    static final double LINE_ANSWERS = 0.57;

    private final Map<Role, List<Map<Intent, Integer>>> conditionIntents;
    /** Content units of the caller's task: what the call is for ("fix the customer's slow fibre connection"). */
    final java.util.Set<String> purposeUnits;
    /** Content units of each Q&A entry, question and answer together, and their per-card IDF weights. */
    final List<java.util.Set<String>> qaUnits;
    final TermWeights termWeights;
    /** Sentences, questions and similarities of texts met in calls, kept per card. */
    final TextMemo memo;

    CardIndex(Card card, Embedder embedder) {
        this.card = card;
        this.embedder = embedder;
        this.lang = Lang.of(card.caller().raw() + card.callee().raw());
        List<QaPair> qa = card.caller().qa();
        qaQuestions = embedAll(qa.stream().map(QaPair::question).toList());
        qaAnswers = embedAll(qa.stream().map(QaPair::answer).toList());
        qaQuestionUnits = qa.stream().map(p -> Speech.units(p.question())).toList();
        qaQuestionUnits.forEach(us -> us.forEach(u -> questionDf.merge(u, 1, Integer::sum)));
        cardUnits = Speech.units(card.caller().raw());
        calleePronoun = lang == Lang.EN ? Speech.pronounOf(card.callee().raw()) : "";
        List<String> parts = new ArrayList<>();
        List<Integer> partOf = new ArrayList<>();
        for (int i = 0; i < qa.size(); i++) {
            List<String> ps = CardText.singleQuestions(qa.get(i).question());
            if (ps.size() > 1) {
                parts.addAll(ps);
                ps.forEach(x -> partOf.add(0));
                for (int k = partOf.size() - ps.size(); k < partOf.size(); k++) {
                    partOf.set(k, i);
                }
            }
        }
        qaParts = embedAll(parts);
        qaPartOf = partOf.stream().mapToInt(Integer::intValue).toArray();
        good = card.callee().goodExamples();
        goodVecs = embedAll(good.stream().map(StyleExample::text).toList());
        agenda = fragments(card.callee().concerns());
        qaAsks = new ArrayList<>();
        List<float[]> unspoken = card.callee().concerns().stream().map(Concern::text)
                .filter(CardIndex::unspoken).map(this::vec).toList();
        for (int i = 0; i < qa.size(); i++) {
            int e = i;
            // nor does it ask the Q&A question that voices such a concern ("你们是不是骗子？")
            if (Speech.isQuestion(qa.get(i).question()) && unspoken.stream().noneMatch(u -> Embedder.cosine(u, qaQuestions[e]) >= UNSPOKEN_SIM)) {
                // asked without the card's aside in brackets: "30类（面条、调料）要不要一起注？" had been said whole, and the
                // bracket cut out of the turn as a stage direction (review 29)
                String asked = qa.get(i).question().replaceAll("\\s*(?:（[^）]*）|\\([^)]*\\))", "");
                qaAsks.add(new Fragment(-1, Concern.Level.SECONDARY, qa.get(i).question(), qaQuestions[i], i, 1.0,
                        List.of(asked.isBlank() ? qa.get(i).question() : asked)));
            }
        }
        reactions = new CardReactions(card, java.util.stream.Stream.concat(PLAIN.stream(), PLAIN_ZH.stream()).collect(java.util.stream.Collectors.toSet()));
        interjections = card.callee().behaviours().stream()
                .flatMap(b -> dev.rolecall.card.CardParser.quotesOf(b).stream())
                // quoted speech ("不要再打电话了"), not quoted descriptions of tone ("以事实为主", "犹豫+欲争取")
                .filter(q -> q.length() >= 6 && !q.contains("+")).toList();
        List<String> speech = new ArrayList<>(interjections);
        good.forEach(g -> speech.add(g.text()));
        speech.removeAll(reactions.speeches()); // said on their cue, not as a hurry or a remark in passing
        // a reaction the card ties to a cause ("Gets short with vague answers: 'Just give me a day and a time.'") is not how
        // the customer opens: said first, before anything vague, it read out of place (20 of 53 isp-visit calls, the review)
        java.util.Set<String> causedLines = card.callee().behaviours().stream().filter(b -> REACTION.matcher(b).find())
                .flatMap(b -> dev.rolecall.card.CardParser.quotesOf(b).stream()).collect(java.util.stream.Collectors.toSet());
        String calleeSide = card.callee().raw();
        for (var ex : card.callee().style()) {
            calleeSide = calleeSide.replace(ex.text(), " ");
        }
        calleeKnows = Speech.units(calleeSide);
        calleeFigures = figures(card.callee().roleText() + "\n" + card.callee().background() + "\n" + card.callee().knowledge());
        scriptFigures = figures(card.caller().raw());
        optionsAsked = card.caller().endCondition(1).map(c -> dev.rolecall.card.GoalChoice.of(c.text(), card.caller())).orElse(null);
        goalChoice = lang == Lang.EN ? optionsAsked : null;
        scriptUnits = Speech.units(card.caller().steps().stream()
                .map(st -> st.title() + "\n" + String.join("\n", st.lines())).collect(java.util.stream.Collectors.joining("\n")));
        // "Just the pads then. I'll think about the rest." is no hurry, and as the answer to "Got three minutes?" it named
        // a repair the rep had not mentioned yet: a hurry line says nothing only the rep's script can have told it
        hurry = speech.stream().filter(q -> Speech.questions(q).isEmpty() && Utterances.impatient(q)
                && Speech.decision(q) == null && !causedLines.contains(q) && news(q).isEmpty()).distinct().toList();
        relief = speech.stream().filter(q -> Speech.questions(q).isEmpty() && RELIEF.matcher(q).find()).distinct().toList();
        busy = !hurry.isEmpty() || BUSY.matcher(card.callee().raw()).find();
        writing = speech.stream().filter(q -> Speech.decision(q) == Intent.MESSAGE && !Speech.isQuestion(q)
                && Speech.sentences(q).size() <= 2).distinct().toList();
        remarks = speech.stream().filter(q -> Speech.questions(q).isEmpty() && Speech.decision(q) == null
                        && !Utterances.impatient(q) && !RELIEF.matcher(q).find() && Speech.sentences(q).size() <= 2)
                .distinct().map(q -> q.replaceAll("[。.！!]+$", ""))
                .map(q -> lang == Lang.ZH ? q : Speech.lowerFirst(q))
                .map(q -> new Fact(q, Speech.units(q))).toList();
        statedPreferences = remarks.stream().filter(r -> PREFERS.matcher(Speech.sentences(r.speech()).get(0).split("[，,]")[0]).find())
                .map(r -> new Fact(r.speech(), Speech.units(r.speech().split("[，,]")[0]))).toList();
        askingExamples = new java.util.HashSet<>();
        for (int i = 0; i < good.size(); i++) {
            if (!Speech.questions(good.get(i).text()).isEmpty() || good.get(i).text().contains("担心")) {
                askingExamples.add(i);
            }
        }
        facts = FactReader.facts(card, lang, calleePronoun);
        // facts and remarks short enough to say in passing: a long background clause said unprompted sounds read out
        choiceRemarks = remarks.stream().filter(r -> !statedPreferences.contains(r)
                && statedPreferences.stream().noneMatch(p -> p.speech().equals(r.speech()))
                && Speech.firstOption(r.speech().split("[，,]")[0]) != null).toList();
        asides = new ArrayList<>(remarks);
        asides.removeIf(r -> choiceRemarks.stream().anyMatch(c -> c.speech().equals(r.speech())));
        // not a clause cut from the middle of its sentence: "June 13 and lands at 9 pm" of "He flies back … on Friday, June 13
        // and lands at 9 pm" (review 24, 7 of 10 calls)
        facts.stream().filter(f -> lang == Lang.ZH ? f.speech().length() <= 9 : f.speech().split(" ").length <= 7
                        && !MID_SENTENCE.matcher(f.speech()).lookingAt())
                .map(f -> lang == Lang.ZH && ROLE.matcher(f.speech()).matches() ? new Fact("我是" + f.speech(), f.units()) : f)
                .forEach(asides::add);
        // a figure the rep's side already states ("You're on CloudDesk Pro with 40 seats") is no news to tell it in passing:
        // "For what it's worth, I manage 40 CloudDesk Pro seats." read as card prose recited (22 of 50 calls, the review)
        // nor is a latent worry ("For what it's worth, if it was cheaper I'd probably stay": the card says he won't say so unless
        // asked; the tenth review)
        asides.removeIf(a -> voicesLatent(a.speech()));
        // a clause that points back to a day earlier in its sentence ("3月27日周四他去广州出差，…，那天家里没人") names no day
        // on its own: said in passing it read as the day just picked ("那就周六。跟你说一声，那天家里没人。", review 21)
        asides.removeIf(a -> POINTS_BACK.matcher(a.speech()).lookingAt());
        String callerSide = card.caller().raw();
        java.util.Set<String> callerUnits = Speech.units(callerSide); // once, not once per aside
        asides.removeIf(a -> repAlreadyStates(a.speech(), callerSide, callerUnits));
        String calleeEnds = card.callee().endConditions().stream().map(EndCondition::text).reduce("", String::concat)
                + card.callee().concerns().stream().map(Concern::text).reduce("", String::concat);
        writesDocuments = Pattern.compile("短信|邮箱|微信|资料|明细|邮件|email|in writing|quote|documents?|by text", Pattern.CASE_INSENSITIVE)
                .matcher(calleeEnds).find();
        dislikedUnits = disliked(card.callee().background() + "\n" + card.callee().roleText() + "\n"
                + card.callee().concerns().stream().map(Concern::text).reduce("", (a, b) -> a + "\n" + b));
        // and its concerns: "时间能不能跟排班对上，周六上午肯定不行" (the sixteenth review's donor picked 周六上午)
        // and its behaviours: "Prefers mornings; Thursday afternoons she has her book club." (review 26: picked in 3 of 10)
        busyTimes = BusyTimes.of(card.callee().background() + "\n" + card.callee().roleText() + "\n"
                + card.callee().concerns().stream().map(dev.rolecall.card.Concern::text).collect(java.util.stream.Collectors.joining("\n"))
                + "\n" + String.join("\n", card.callee().behaviours()));
        preferenceUnits = Speech.units(card.callee().background() + card.callee().roleText() + card.caller().knowledge()
                + card.callee().concerns().stream().map(Concern::text).reduce("", String::concat));
        requiredSteps = CardText.requiredSteps(card);
        purposeUnits = Speech.units(card.caller().task());
        purposeHasOptions = requiredSteps.stream().flatMap(i -> card.caller().steps().get(i).lines().stream())
                .anyMatch(l -> Speech.options(l).size() >= 2 && (!Speech.questions(l).isEmpty()
                        // "I have Tuesday… or Thursday…" offers a choice without asking: the rep asks which
                        || Speech.options(l).stream().filter(o -> o.matches("(?i).*(周|星期|day).*")).count() >= 2));
        typicalStepLength = card.caller().steps().stream().flatMap(s -> s.lines().stream())
                .mapToInt(String::length).average().orElse(40);
        var steps = card.caller().steps();
        for (int i = 0; i < steps.size(); i++) {
            for (String line : steps.get(i).lines()) {
                stepLines.add(line);
                stepOfLine.add(i);
            }
        }
        stepLineVecs = embedAll(stepLines);
        for (var step : steps) {
            stepUnits.add(Speech.units(step.title() + "\n" + String.join("\n", step.lines())));
        }
        memo = new TextMemo(embedder, stepLineVecs, qaQuestions, qaAnswers, qaParts, qaPartOf);
        qaUnits = qa.stream().map(p -> Speech.units(p.question() + " " + p.answer())).toList();
        List<java.util.Set<String>> docs = new ArrayList<>(qaUnits);
        stepLines.forEach(l -> docs.add(Speech.units(l)));
        termWeights = new TermWeights(docs);
        conditionIntents = Map.of(
                Role.CALLER, card.caller().endConditions().stream().map(c -> Intent.profile(c.text())).toList(),
                Role.CALLEE, card.callee().endConditions().stream().map(c -> Intent.profile(c.text())).toList());
    }

    float[] vec(String text) {
        return embedder.embed(text);
    }

    /** The Q&A entry a question asks about, or -1 when none is close enough. */
    int bestQa(float[] question) {
        return best(qaQuestions.length, QA_MATCH, i -> true,
                i -> Math.max(qaQuestionSim(question, i), Embedder.cosine(question, qaAnswers[i]) - 0.05));
    }

    /** Cosine of a vector to entry {@code i}'s question, or to the nearest of the single questions it asks. */
    double qaQuestionSim(float[] v, int i) {
        double s = Embedder.cosine(v, qaQuestions[i]);
        for (int p = 0; p < qaParts.length; p++) {
            if (qaPartOf[p] == i) {
                s = Math.max(s, Embedder.cosine(v, qaParts[p]));
            }
        }
        return s;
    }

    /**
     * The Q&A entry that answers a question, judged on the question sentence and on it together
     * with the sentence before it (the context: "去年你们扣了两次费。这次怎么保证？"), or -1. Meaning
     * alone is not enough on bge's compressed scale: below 0.8 the entry must also share words
     * with the question, so "客服是不是换人了" is not answered with the support phone number.
     */
    /** Characters that carry no topic of their own in a question. */
    private static final String FUNCTION_CHARS = "能不吗么什怎的了是有我你您们这那个就还要会可以吧呢啊呀没和与跟在到给把被对多少几哪谁为";

    private static boolean sharesContentChar(String a, String b) {
        for (int k = 0; k < a.length(); k++) {
            char ch = a.charAt(k);
            if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN && FUNCTION_CHARS.indexOf(ch) < 0 && b.indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyThisEntryHas(String question, int entry) {
        StringBuilder content = new StringBuilder();
        for (int k = 0; k < question.length(); k++) {
            char ch = question.charAt(k);
            if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN && FUNCTION_CHARS.indexOf(ch) < 0 && "能可会要是有没怎么样吗呢吧啊".indexOf(ch) < 0) {
                content.append(ch);
            }
        }
        if (content.length() == 0 || content.length() > 2) {
            return false;
        }
        var qa = card.caller().qa();
        for (int k = 0; k < content.length(); k++) {
            char ch = content.charAt(k);
            for (int e = 0; e < qa.size(); e++) {
                if ((qa.get(e).question().indexOf(ch) >= 0) != (e == entry)) {
                    return false;
                }
            }
        }
        return true;
    }

    int answerQa(String context, String question) {
        question = QuestionKind.unframed(question);
        context = QuestionKind.unframed(context);
        TextMemo.Sims q = memo.sims(question);
        TextMemo.Sims c = context.equals(question) ? q : memo.sims(context);
        java.util.Set<String> cu = memo.units(context);
        // the two looser rules below need the question to be about things the rep's side of the card speaks of: "你们客服是不是
        // 换人了？" is 0.67 from "客服电话是多少？" and shares 客服 with it alone, but the rep's card never speaks of 换人
        int knownUnits = Speech.overlap(cu, cardUnits);
        boolean known = !cu.isEmpty() && knownUnits >= cu.size() * 0.8;
        int best = -1;
        double bestScore = 0;
        double[] sims = new double[qaQuestions.length];
        for (int i = 0; i < sims.length; i++) {
            sims[i] = Math.max(Math.max(q.toQaQuestions()[i], c.toQaQuestions()[i]),
                    Math.max(q.toQaAnswers()[i], c.toQaAnswers()[i]) - 0.05);
        }
        for (int i = 0; i < qaQuestions.length; i++) {
            if (!QuestionKind.samePremise(question, card.caller().qa().get(i).question())) {
                continue; // "没有电梯怎么办" is no answer to "沙发太大进不了电梯": that customer has a lift
            }
            double sim = sims[i];
            double runnerUp = 0;
            for (int k = 0; k < sims.length; k++) {
                if (k != i) {
                    runnerUp = Math.max(runnerUp, sims[k]);
                }
            }
            int lex = Speech.overlap(cu, qaQuestionUnits.get(i));
            int own = 0;
            for (String u : cu) {
                if (qaQuestionUnits.get(i).contains(u) && questionDf.getOrDefault(u, 0) == 1) {
                    own++;
                }
            }
            double cover = termWeights.coverage(cu, qaUnits.get(i));
            // meaning alone on bge's compressed scale is not enough: the entry must also carry the question's
            // distinctive words, weighed by per-card IDF over the entry's question and answer. "价格有没有变动" is
            // covered by the entry whose answer gives the price (变动 only asks about the value); "客服是不是换人了" is
            // not covered by the support phone entry (客服 is common on the card, 换人 is nowhere)
            // English on bge-small-zh: unrelated questions reach 0.8 ("How do I know that won't happen again?" vs
            // "What happens if we don't renew in time?"), so meaning alone never decides in English
            boolean ok = sim >= 0.8 && (lang == Lang.ZH || lex >= 1 || cover >= 0.3)
                    || sim >= 0.7 && lex >= 1 || sim >= 0.6 && lex >= 2 || sim >= 0.58 && cover >= 0.6
                    // clearly the nearest entry, with a word of the question in it: "爱人的副卡还能不能用？" is 0.65 from "副卡怎么算？"
                    // and at most 0.53 from the others (it was met with "核实后回复您")
                    || known && sim >= 0.6 && lex >= 1 && sim - runnerUp >= 0.08
                    // or it shares a word that only this entry's question has: bge-small-zh puts English questions 0.55-0.7
                    // from every entry, so "is that filling really urgent or can it wait?" reaches "Is the cavity urgent? Will I
                    // need a root canal?" by its word "urgent" and not by meaning
                    || lang == Lang.EN && knownUnits >= cu.size() * 0.5 && sim >= 0.6 && own >= 1
                    // near in meaning and sharing a one-character word, which two-character units miss: "我女朋友有只猫，能带
                    // 过来吗？" ~ "能养猫吗？" (0.71), "能不能不涨价？" ~ "能不能不涨，就按3600续？" (0.74); both were met with
                    // "核实后回复您" (the sixth review: 10 of 20 calls checked back on questions the card answers)
                    || lang == Lang.ZH && sim >= 0.7 && sharesContentChar(question, card.caller().qa().get(i).question())
                    // a short question whose one or two content characters only this entry's question has: "能不能赔？" for
                    // "你们的赔付标准是怎样的？" (the eleventh review: dodged in 5 of 5 dry-cleaning calls)
                    || lang == Lang.ZH && sim >= 0.5 && onlyThisEntryHas(question, i);
            double score = sim + 0.03 * lex + 0.1 * cover;
            if (ok && score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        // a question about the price and nothing else ("And the price?", "有没有隐藏费用？") is answered by the entry that
        // asks for the price ("How much is the renewal?"), not by one that merely says "price" in passing
        if (QuestionKind.asksPrice(question) && (best < 0 || !QuestionKind.asksPrice(card.caller().qa().get(best).question()))
                && QuestionKind.onlyPrice(cu)) {
            int price = best(qaQuestions.length, 0.5, i -> QuestionKind.asksPrice(card.caller().qa().get(i).question()),
                    i -> Math.max(q.toQaQuestions()[i], q.toQaAnswers()[i] - 0.05));
            if (price >= 0) {
                return price;
            }
        }
        return best;
    }

    /**
     * A question about when the call's purpose happens ("How soon can you fix it?", "什么时候能送？") that no Q&A
     * entry answers is answered by the script line that offers the days; -1 when the card has no such line or
     * the question is not about the purpose.
     */
    int whenLine(String question) {
        String q = QuestionKind.unframed(question);
        java.util.Set<String> u = memo.units(q);
        // "How soon can it go in?", "So when can you get that thing down?": a short when-question about no topic of the Q&A is
        // about the job the call books (reviews 33 and 34: "let me check and get back to you", 7 and 3 times, the days in the script)
        boolean aboutPurpose = Speech.overlap(u, purposeUnits) > 0
                || u.size() <= 3 && qaQuestionUnits.stream().noneMatch(x -> Speech.overlap(u, x) > 0);
        if (!QuestionKind.asksWhen(q) || !aboutPurpose) {
            return -1;
        }
        for (int i = 0; i < stepLines.size(); i++) {
            if (QuestionKind.offersDays(stepLines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern REACTION = Pattern.compile("\\b(?:with|when|whenever|if|after|once)\\b.{0,30}(?:vague|long|wrong|pushy|script|jargon|delay)"
            + "|(?:遇到|如果|一旦|听到|对方).{0,12}(?:含糊|绕|推销|话术|啰嗦|冗长)", Pattern.CASE_INSENSITIVE);

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** Whether every figure of a customer fact is on the rep's side of the card, said about the same thing (two words in common). */
    private static boolean repAlreadyStates(String fact, String callerSide, java.util.Set<String> callerUnits) {
        java.util.regex.Matcher m = FIGURE.matcher(fact);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!callerSide.contains(m.group())) {
                return false;
            }
        }
        return any && Speech.overlap(Speech.units(fact), callerUnits) >= 2;
    }

    /**
     * A question naming a day the script offers ("周六上午能送吗？", "Can you do Saturday?") is answered by the line that
     * offers it, not by a Q&A entry about another time: "能不能晚上送？" led every answer to it with weekday evenings
     * (26 of 26 calls, the review). -1 when no offering line names that day.
     */
    private static final Pattern OTHER_TIMES = Pattern.compile("(?i)晚上|夜里|夜间|工作日|平时|\\b(?:evenings?|nights?|weekdays?)\\b");
    private static final Pattern WEEKEND = Pattern.compile("(?i)周末|星期六|星期天|周六|周日|礼拜六|礼拜天|\\bweekends?\\b|\\bsaturdays?\\b|\\bsundays?\\b");

    int dayOfferLine(String question) {
        String q = QuestionKind.unframed(question);
        java.util.Set<String> days = QuestionKind.daysNamed(q);
        // a day by name: "能不能周末或晚上送？" asks about evenings too, which the Q&A entry answers with the weekend
        if (days.isEmpty() || !Speech.isQuestion(q)) {
            return -1;
        }
        // "周末能不能来？" alone is the days offered (review 31: put off, 7 of 10), where no Q&A entry speaks of the weekend
        boolean weekendOnly = !QuestionKind.namesWeekday(q) && !OTHER_TIMES.matcher(q).find()
                && card.caller().qa().stream().noneMatch(e -> WEEKEND.matcher(e.question()).find());
        if (!QuestionKind.namesWeekday(q) && !weekendOnly) {
            return -1;
        }
        for (int i = 0; i < stepLines.size(); i++) {
            String line = stepLines.get(i);
            if (QuestionKind.offersDays(line) && QuestionKind.daysNamed(line).containsAll(days)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A card sentence that answers part of a question no Q&A entry or script line answers whole, or null: a
     * statement within {@link #PARTIAL_ANSWER} of the question that shares one of its words the rep's side of the
     * card speaks of (two in English). "临时扩容有没有最高不涨价额度？" gets "扩容、升级需求可再次询价，全部打包报价更划算" and the rep checks
     * the rest, as a rep with that card would, instead of checking back on all of it. "你们客服是不是换人了？" shares 客服
     * with the support-phone entry, but that entry is 0.57 from it: no part of it is answered.
     */
    String partialAnswer(String question) {
        String q = QuestionKind.unframed(question);
        TextMemo.Sims s = memo.sims(q);
        java.util.Set<String> known = new java.util.HashSet<>(memo.units(q));
        known.retainAll(cardUnits);
        // English on bge-small-zh sits 0.6 from nearly every card line: there meaning is no evidence, two shared words are
        // ("Can you tell me how billing works now?" shares only "bill" with "You can also switch to monthly billing…")
        int shared = lang == Lang.ZH ? 1 : 2;
        if (known.size() < shared) {
            return null;
        }
        String best = null;
        double bestSim = PARTIAL_ANSWER;
        for (int i = 0; i < stepLines.size(); i++) {
            // the line's statements only: "请问楼里有电梯吗？" asks what a customer worried about the lift has told already
            String line = String.join(lang == Lang.ZH ? "" : " ",
                    memo.sentences(stepLines.get(i)).stream().filter(x -> !Speech.isQuestion(x)).toList());
            if (s.toLines()[i] >= bestSim && !line.isBlank() && !TEMPLATE.matcher(line).find() && Speech.overlap(known, memo.units(line)) >= shared) {
                bestSim = s.toLines()[i];
                best = line;
            }
        }
        for (int i = 0; i < qaAnswers.length; i++) {
            if (s.toQaAnswers()[i] >= bestSim) {
                // the answer's sentence that holds the shared word, not the whole entry (which answers another question)
                for (String sentence : memo.sentences(card.caller().qa().get(i).answer())) {
                    if (Speech.overlap(known, memo.units(sentence)) >= shared && !Speech.isQuestion(sentence)) {
                        bestSim = s.toQaAnswers()[i];
                        best = sentence;
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** Words of a step title that name no topic: "Explain billing" is about billing. */
    /**
     * Pairs of characters a Chinese step title shares with questions on any subject: question words, the rep's verbs, call
     * words. "还要补什么材料？" names step "材料哪里还差" by 材料 alone (review 26: put off in 7 of 10 visa calls).
     */
    private static final double ZH_TOPIC_WEIGHT = 1.2;
    private static final java.util.Set<String> ZH_TITLE_WORDS = java.util.Set.of("哪里", "什么", "怎么", "多少", "哪个", "哪些", "几点",
            "时候", "可以", "需要", "一下", "还要", "还差", "里还", "料哪", "确认", "说明", "明来", "来意", "问好", "介绍", "核对", "复述",
            "结束", "收尾", "选择", "时间", "方式", "客户", "您的", "流程", "步骤", "通话", "电话", "开场", "身份", "情况");
    private static final java.util.Set<String> TITLE_VERBS = java.util.Set.of("explain", "confirm", "offer", "say", "ask", "check",
            "wrap", "up", "close", "open", "introduce", "call", "customer", "step", "the", "and", "to", "a", "of", "why", "you",
            "your", "greet", "greeting", "identify", "identity", "mention", "tell", "go", "over", "next", "book", "it");

    /**
     * English: the first statement of the one step whose title names what the customer asks about ("Explain billing" for
     * "Can you tell me how billing works now?"), or -1. bge-small-zh ranks English lines too flatly to find it by meaning.
     */
    int stepNamedBy(String question) {
        java.util.Set<String> asked = memo.units(QuestionKind.unframed(question));
        int found = -1;
        for (int st = 0; st < card.caller().steps().size(); st++) {
            java.util.Set<String> topic = new java.util.HashSet<>(memo.units(card.caller().steps().get(st).title()));
            topic.removeAll(lang == Lang.EN ? TITLE_VERBS : ZH_TITLE_WORDS);
            if (lang == Lang.ZH) {
                // a pair the whole card uses names no one step: 分期 (weight 0.6 on the installment card) is in every line, so
                // "不分期的话最低还多少？" named "说明分期方案" and was taken as answered by it; 材料 on the visa card weighs 1.5
                topic.removeIf(u -> termWeights.weight(u) < ZH_TOPIC_WEIGHT);
            }
            if (!topic.isEmpty() && Speech.overlap(topic, asked) > 0) {
                if (found >= 0) {
                    return -1; // two steps name it: no telling which
                }
                found = st;
            }
        }
        if (found < 0) {
            return -1;
        }
        String title = card.caller().steps().get(found).title();
        for (int l = 0; l < stepLines.size(); l++) {
            if (stepOfLine.get(l) == found && !Speech.isQuestion(stepLines.get(l))
                    && (lang == Lang.EN || memo.questions(stepLines.get(l)).isEmpty() && asksWhatTheLineSays(question, title, stepLines.get(l)))) {
                // (a Chinese line that asks something is no answer: "请问楼里有电梯吗？沙发包装长2.3米…" to the worry that the sofa
                // will not fit the lift, AnswerFitTest)
                return l;
            }
        }
        return -1;
    }

    /** Characters that ask, count or join, not what a Chinese question is about. */
    private static final String ZH_FILLER = "还要的是有吗呢了么什怎哪个吧啊呀你您我他她们这那就都也在和与或不没能会可以把被让给到对一二两三四五六七八九十几多少请问下说另去年家做过又再先";

    /**
     * Whether the Chinese question asks what the line says beyond the step's topic: "还要补什么材料？" asks 补, which "…有两处要补"
     * says; "报告权威不权威？" asks 权威, which "检测完3个工作日内出电子版报告" does not (it had been given as the answer).
     */
    private static boolean asksWhatTheLineSays(String question, String title, String line) {
        return QuestionKind.unframed(question).codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && title.indexOf(c) < 0 && ZH_FILLER.indexOf(c) < 0)
                .anyMatch(c -> line.indexOf(c) >= 0);
    }

    /** A statement this close to a question answers part of it (given a shared word); a Q&A answer needs 0.55 and more words. */
    static final double PARTIAL_ANSWER = 0.6;

    /**
     * The script line that offers to send the materials, for a question asking for them ("你能不能直接寄全套明细？" → "如果
     * 需要操作指引或报价方案文件，我可微信、邮箱或者短信一键发送给您，您选最方便的方式。"), or -1: a statement before an offer
     * that asks, then the one sharing most words with the question, then the nearest.
     */
    int sendLine(String question) {
        String q = QuestionKind.unframed(question);
        if (!QuestionKind.asksToSend(q)) {
            return -1;
        }
        java.util.Set<String> qu = memo.units(q);
        double[] sims = memo.sims(q).toLines();
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < stepLines.size(); i++) {
            // an offer that asks comes after any that states: it is the script's last step, said early it breaks the order.
            // (Not memo.endsWithQuestion: that reads "…您选最方便的方式。" as asking, and that offer may answer first)
            double score = Speech.overlap(qu, memo.units(stepLines.get(i))) + sims[i]
                    - (stepLines.get(i).matches("(?s).*[？?]\\s*$") ? 10 : 0);
            if (QuestionKind.offersToSend(stepLines.get(i)) && score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** The index in [0, n) with the highest score above {@code floor} among those allowed, or -1. */
    private static int best(int n, double floor, java.util.function.IntPredicate allowed,
                            java.util.function.IntToDoubleFunction score) {
        int best = -1;
        double bestScore = floor;
        for (int i = 0; i < n; i++) {
            if (allowed.test(i)) {
                double s = score.applyAsDouble(i);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
        }
        return best;
    }

    /** The script line, not already said, that best answers a question the Q&A does not cover, or -1. */
    int bestLine(String question, java.util.Set<String> said) {
        double[] sims = memo.sims(question).toLines();
        // never a read-back template: "What about price?" had got "So that's the [plan] at $[price]…" (its "price") with the
        // slots not yet known, said as ", at 42 Alder Lane. Did I get that right?"
        return best(stepLineVecs.length, LINE_ANSWERS, i -> !said.contains(stepLines.get(i)) && !TEMPLATE.matcher(stepLines.get(i)).find(),
                i -> sims[i]);
    }

    /** Whether the rep's turn reads back the card's template ("Let me read that back: Larkspur Design…", "我跟您复述一下："). */
    boolean readsBack(String turn) {
        for (String l : stepLines) {
            Matcher m = TEMPLATE.matcher(l);
            if (m.find()) {
                String lead = l.substring(0, m.start()).strip();
                lead = lead.length() > 16 ? lead.substring(0, 16) : lead;
                if (lead.length() >= 5 && turn.contains(lead)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A script line with slots to fill ("[plan]", "[日期]"): a template, no answer to anything. */
    static final Pattern TEMPLATE = Pattern.compile("\\[[^\\]\\[]{1,30}\\]");

    /** Index of the good example closest to {@code v}, or -1 below {@link #EXAMPLE_MATCH}. */
    int closestExample(float[] v, java.util.Set<Integer> used) {
        return best(goodVecs.length, EXAMPLE_MATCH, i -> !used.contains(i) && askingExamples.contains(i),
                i -> Embedder.cosine(v, goodVecs[i]));
    }

    /**
     * The side's end condition that best fits an intent: most keyword hits, ties to the lower
     * number. Falls back to the nearest intent the card does express, so every card can end.
     */
    EndCondition condition(Role role, Intent intent) {
        List<EndCondition> conditions = card.side(role).endConditions();
        List<Map<Intent, Integer>> profiles = conditionIntents.get(role);
        for (Intent i : fallbackOrder(intent)) {
            if (intent == Intent.MESSAGE && i != Intent.MESSAGE && callback(conditions) != null) {
                // "I need to talk to my daughter first. Send me the details…" is put off, not agreed: a call-back condition
                // before the success one (the fourteenth review: garden calls closed as "picks a plot… read-back confirmed"),
                // and before a hang-up ("跟太太商量商量，你先发我" had closed as "客户说现在不方便，或者直接挂断", review 26)
                return callback(conditions);
            }
            int best = -1;
            int bestHits = 0;
            for (int c = 0; c < conditions.size(); c++) {
                if (i == Intent.CONFIRM && NO_TO_OFFER.matcher(conditions.get(c).text()).find()) {
                    // "客户坚持降档、不想再听，已确认按原申请办理" says 确认 but is the customer's no to the offer: never the success
                    continue;
                }
                int hits = profiles.get(c).get(i);
                if ((intent == Intent.MESSAGE || intent == Intent.HANGUP) && i != Intent.CONFIRM
                        && profiles.get(c).get(Intent.CONFIRM) >= hits) {
                    // "客户选好了…同意预约，已告知会发短信" mentions the text message it sends, but is the agreement: "你短信发我吧，
                    // 我先挂了" had closed as booked (the sixteenth review, 6 of 10 blood-donation calls)
                    continue;
                }
                if (hits > bestHits) {
                    bestHits = hits;
                    best = c;
                }
            }
            if (best >= 0 && intent == Intent.MESSAGE && NO_TO_OFFER.matcher(conditions.get(best).text()).find()
                    && callback(conditions) != null) {
                // "I need to think it over, call me back later." is no "asks not to be called again" (the fifteenth review:
                // "Understood, I won't call again." in 3 of 10 firewood calls): the call-back condition, where there is one
                return callback(conditions);
            }
            if (best >= 0) {
                return conditions.get(best);
            }
            if (intent == Intent.CONFIRM && i == Intent.MULTI) {
                // no condition in the words of agreement ("吴建华定好年付或半年付，知道什么时候、怎么交"): the card's first
                // condition is its success, never the call-back one that merely mentions 资料 or 短信
                return conditions.get(0);
            }
        }
        return conditions.get(intent == Intent.CONFIRM ? 0 : conditions.size() - 1);
    }

    /**
     * The end condition for an agreement to the option the customer picked, when one condition names it: gym-freeze's
     * "the cancellation" is "Dan confirms the cancellation…", not "Dan agrees to a freeze…". Else {@link #condition}.
     */
    EndCondition conditionFor(Role role, Intent intent, String pick) {
        if (intent == Intent.CONFIRM && pick != null && !pick.isBlank()) {
            List<EndCondition> conditions = card.side(role).endConditions();
            java.util.Set<String> pu = Speech.units(pick);
            int best = -1;
            int bestN = 0;
            for (int c = 0; c < conditions.size(); c++) {
                Map<Intent, Integer> p = conditionIntents.get(role).get(c);
                if (p.get(Intent.MESSAGE) > 0 || p.get(Intent.HANGUP) > 0) {
                    continue; // "…要求短信、邮箱、微信…" names 微信 but is no agreement
                }
                int n = Speech.overlap(pu, Speech.units(conditions.get(c).text()));
                if (n > bestN) {
                    bestN = n;
                    best = c;
                }
            }
            if (best >= 0) {
                return conditions.get(best);
            }
        }
        return condition(role, intent);
    }

    /** The first condition that agrees a time for the next call ("a call-back time she names is agreed"), or null. */
    private static EndCondition callback(List<EndCondition> conditions) {
        return conditions.stream().filter(c -> dev.rolecall.card.CallbackCondition.agreesTime(c.text())).findFirst().orElse(null);
    }

    /** An end condition in which the customer turns the offer down, whatever it confirms. */
    private static final Pattern NO_TO_OFFER = Pattern.compile("坚持|不想|拒绝|不再|别再|不做了|挂断|\\bdeclines?\\b|\\bstill wants to\\b|not to be called|hangs? up",
            Pattern.CASE_INSENSITIVE);

    /** Whether any of the side's end conditions speaks of this intent at all. */
    boolean mentions(Role role, Intent intent) {
        return conditionIntents.get(role).stream().anyMatch(p -> p.get(intent) > 0);
    }

    /** Whether the side's card has a condition whose main topic is this intent. */
    boolean has(Role role, Intent intent) {
        return conditionIntents.get(role).stream().anyMatch(p -> p.get(intent) > 0
                && p.entrySet().stream().noneMatch(e -> e.getValue() > p.get(intent)));
    }

    private static List<Intent> fallbackOrder(Intent intent) {
        return switch (intent) {
            case CONFIRM -> List.of(Intent.CONFIRM, Intent.MULTI, Intent.MESSAGE);
            case MULTI -> List.of(Intent.MULTI, Intent.CONFIRM);
            case MESSAGE -> List.of(Intent.MESSAGE, Intent.HANGUP, Intent.CONFIRM);
            case HANGUP -> List.of(Intent.HANGUP, Intent.ESCALATE, Intent.MESSAGE);
            case ESCALATE -> List.of(Intent.ESCALATE, Intent.HANGUP);
            case URGENT -> List.of(Intent.URGENT, Intent.HANGUP);
        };
    }

    /** Concerns split into single questions: "价格有没有变动、能否再争取额外优惠，…" → two questions. */
    private List<Fragment> fragments(List<Concern> concerns) {
        List<Fragment> out = new ArrayList<>();
        // the card's word for the customer (他 or 她), where it speaks of the customer in the third person
        String raw = card.callee().raw();
        long he = raw.chars().filter(ch -> ch == '他').count();
        long she = raw.chars().filter(ch -> ch == '她').count();
        String zhPronoun = Math.max(he, she) < 2 ? null : he >= she ? "他" : "她";
        for (int c = 0; c < concerns.size(); c++) {
            Concern concern = concerns.get(c);
            // asides in brackets ("（包括发票、合同、技术指引）") are detail, not separate questions
            if (unspoken(concern.text())) {
                continue; // "担心这是诈骗电话，但不会直接说出口": the persona keeps it to itself
            }
            // quote marks in a description are the card writer's emphasis ("是否有“不起作用”的推广功能"), not speech
            String text = concern.text().replaceAll("（[^）]*）|\\([^)]*\\)", "").replaceAll("[“”「」『』]", "");
            if (concern.level() == Concern.Level.LATENT) {
                // "…safe for the new puppy; she won't bring it up unless fertilizer…", "怕楼下602找他赔钱，但不好意思主动问，除非…":
                // the worry, without the words on when it comes out (they left it with nothing a customer would say)
                // the clauses after the one that says when it comes out are that clause's list ("…if the rep mentions seams,
                // leaks, or what the crew might find": "And or what the crew might find?" had been asked, review 26)
                List<String> kept = new ArrayList<>();
                for (String sentence : text.split("(?<=[。！？!?])|(?<=\\.)\\s+")) {
                    for (String x : sentence.split("[，,；;。.]|\\s+but\\s+")) {
                        if (TRIGGER.matcher(x).find()) {
                            break;
                        }
                        if (!x.isBlank() && !UNLESS_ASKED.matcher(x).find()) {
                            kept.add(x);
                        }
                    }
                }
                String worry = String.join(lang == Lang.ZH ? "，" : ", ", kept);
                text = worry.isBlank() ? text : worry;
            }
            for (String clause : CardText.questionClauses(text)) {
                for (String part : CardText.splitEnumeration(clause.trim())) {
                    if (part.length() < (lang == Lang.ZH ? 4 : 5)) { // "price" of "Secondary: price; doubts she needs…" is a concern
                        continue;
                    }
                    float[] v = vec(part);
                    int qa = bestQa(v);
                    double sim = qa < 0 ? 0 : qaQuestionSim(v, qa);
                    if (qa < 0 && lang == Lang.ZH) {
                        // the clause that asks, without the reason beside it: "贵的会不会影响ETC，他天天走高速" is the ETC entry's
                        // question (the whole was 0.47 from it: the answer was heard as a dodge, "先回答我的问题", review 26's card)
                        for (String asking : part.split("[，,]")) {
                            int e = asking.length() >= 4 && Speech.ZH_ASK.matcher(asking).find() ? bestQa(vec(asking)) : -1;
                            if (e >= 0) {
                                qa = e;
                                sim = qaQuestionSim(vec(asking), e);
                                break;
                            }
                        }
                    }
                    List<String> spoken = new ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        String sp = CardText.concernAsSpeech(part, lang == Lang.ZH, k, lang == Lang.ZH ? zhPronoun : calleePronoun);
                        if (sp != null && !spoken.contains(sp)) {
                            spoken.add(sp);
                        }
                    }
                    out.add(new Fragment(c, concern.level(), part, v, qa, sim, List.copyOf(spoken)));
                }
            }
        }
        out.sort(Comparator.comparingInt(f -> f.level().ordinal()));
        return List.copyOf(out);
    }

    private float[][] embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = vec(texts.get(i));
        }
        return out;
    }
}
