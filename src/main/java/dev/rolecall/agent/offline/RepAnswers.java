package dev.rolecall.agent.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * How the offline rep answers the customer's questions: each clause that asks is answered, from the
 * Q&A entry that matches (with what the question asks beyond the entry kept in), else the days on
 * offer for "how soon", else a script line that answers it, else "I'll check and get back to you" —
 * never an unrelated line. Split out of {@link OfflineCaller}.
 */
final class RepAnswers {
    private final CardIndex index;
    private final SplittableRandom random;
    private final RepWording wording;
    private final Lang lang;
    /** Called with a script line's index when that line was said as an answer: the step counts as said. */
    private final IntConsumer lineSaid;
    private final Set<Integer> answeredQa = new HashSet<>();
    /** Sentences of each Q&A answer already said, so a second question on it gets the rest, not a repeat. */
    private final java.util.Map<Integer, Integer> saidOf = new java.util.HashMap<>();

    RepAnswers(CardIndex index, SplittableRandom random, RepWording wording, IntConsumer lineSaid) {
        this.index = index;
        this.random = random;
        this.wording = wording;
        this.lang = index.lang;
        this.lineSaid = lineSaid;
    }

    /** How many Q&A entries were answered in this call. */
    int answeredEntries() {
        return answeredQa.size();
    }

    /** The answers to the customer's (last two) questions in {@code callee}, in order, none twice. */
    List<String> answerAll(String callee, List<String> questions) {
        List<String> parts = new ArrayList<>();
        List<String> sentences = index.memo.sentences(callee);
        List<String> asked = new ArrayList<>();
        // the question each clause was asked in: a clause put off beside a clause of it answered is dropped (below)
        java.util.Map<String, String> whole = new java.util.HashMap<>();
        for (String q : questions.size() > 2 ? questions.subList(questions.size() - 2, questions.size()) : questions) {
            for (String c : clauseQuestions(q)) {
                asked.add(c);
                whole.putIfAbsent(c, q);
            }
        }
        java.util.Map<String, String> answeredFrom = new java.util.LinkedHashMap<>();
        for (String said : asked) {
            if (HELLO.matcher(said.strip()).matches()) {
                continue; // "Hello? Who's this?": the hello is the phone picked up, not a question to check and get back on
            }
            int at = sentences.indexOf(said);
            String q = Speech.asQuestion(said); // "能优惠就直接说" asks whether there is a discount
            // the sentence before is context when the two were said as one thought (a card example:
            // "Last year you charged us twice. How do I know that won't happen again?")
            String before = at > 0 && !Speech.isQuestion(sentences.get(at - 1)) ? sentences.get(at - 1) : "";
            if (ASIDE.matcher(before).find() || Utterances.impatient(before) || Speech.backChannel(before)
                    || index.memo.units(before).size() < 3) {
                // "For what it's worth, Carol usually handles the pharmacy runs." is said in passing and "Make it quick."
                // answers "Have you got a few minutes?": neither is the question's subject; as context they drew "Can you
                // folks bring it out to the house?" to "If we have no answer in two business days…"
                before = "";
            }
            String context = !before.isEmpty() && (ANAPHOR.matcher(q).find() || saidTogether(before, q))
                    ? before + (lang == Lang.ZH ? "" : " ") + q : q;
            // the sentence after, when it says why the customer asks: "涨五个点？隔壁才三千五。" is the card's "凭什么涨？隔壁小区才3500。"
            // (Chinese only: bge-small-zh read "Carol can't drive right now." after a delivery question as the no-answer entry)
            String after = lang == Lang.ZH && at >= 0 && at + 1 < sentences.size() && !Speech.isQuestion(sentences.get(at + 1))
                    && !ASIDE.matcher(sentences.get(at + 1)).find() && !Utterances.impatient(sentences.get(at + 1))
                    && !Speech.backChannel(sentences.get(at + 1)) && index.memo.units(sentences.get(at + 1)).size() >= 2
                    ? sentences.get(at + 1) : "";
            asksAlready = parts.stream().anyMatch(p -> index.memo.endsWithQuestion(p));
            String a = answer(context, q, Utterances.impatient(callee), after);
            if (!parts.isEmpty()) {
                a = RepWording.withoutLead(a); // "…单次2小时198元。是这样的，都持…": one lead-in a turn
            }
            // one promise to check a turn: "这个我核实后回复您。这个问题我核实后回复您。" (the tenth review, 3 of 5 purifier calls)
            boolean checkBack = Phrases.Kind.CHECK_BACK.saidIn(a);
            // the same entry for two clauses of one question ("什么时候能送，能不能周末？") is said once, lead-in or not
            final String bare = RepWording.withoutLead(a);
            if (parts.stream().noneMatch(p -> p.contains(bare)) && !(checkBack && parts.stream().anyMatch(Phrases.Kind.CHECK_BACK::saidIn))) {
                parts.add(a);
                answeredFrom.put(a, whole.getOrDefault(said, said));
            }
        }
        // "先说多少钱，洗一次多少？" answered with the prices is not also put off for its other clause ("这个我现在不能乱说，核实后回复您。
        // 我们有两种方案…", review 31)
        List<String> kept = new ArrayList<>(parts);
        kept.removeIf(p -> Phrases.Kind.CHECK_BACK.isAll(RepWording.withoutLead(p)) && parts.stream().anyMatch(o -> o != p
                && !Phrases.Kind.CHECK_BACK.saidIn(o) && answeredFrom.get(o) != null && answeredFrom.get(o).equals(answeredFrom.get(p))));
        return questionLast(kept);
    }

    /**
     * An answer that ends on the script's question ("…$1,149: …. Which one would you like?") is said last, so its question ends
     * the turn: "Which one would you like? Yes; the $100 deposit is refundable…" left the customer to answer the refund (review 31).
     */
    private List<String> questionLast(List<String> parts) {
        if (parts.size() < 2) {
            return parts;
        }
        List<String> out = new ArrayList<>(parts);
        for (int i = 0; i < out.size() - 1; i++) {
            List<String> s = index.memo.sentences(out.get(i));
            String last = s.isEmpty() ? "" : s.get(s.size() - 1);
            if (!s.isEmpty() && Speech.isQuestion(last) && out.stream().skip(i + 1).noneMatch(p -> Speech.isQuestion(p))) {
                // the whole answer goes last, its options still right before the question that offers them
                String choice = RepWording.withoutLead(out.remove(i));
                out.add(choice);
                break;
            }
        }
        return out;
    }

    /** An answer already given in this turn ends on a question of the script's. */
    private boolean asksAlready;

    /** A script line without the question that ends it: "…两个时段，您看哪个方便？" → "…两个时段。". */
    private String withoutQuestion(String line) {
        List<String> s = index.memo.sentences(line);
        if (s.size() >= 2 && Speech.isQuestion(s.get(s.size() - 1))) {
            return String.join(lang == Lang.ZH ? "" : " ", s.subList(0, s.size() - 1));
        }
        int cut = Math.max(line.lastIndexOf('，'), line.lastIndexOf(", "));
        return cut > 0 && Speech.isQuestion(line.substring(cut + 1)) ? line.substring(0, cut) + (lang == Lang.ZH ? "。" : ".") : line;
    }

    /** "能不能提前还清，分期会不会影响征信？" is two questions: each clause that asks is answered. */
    private List<String> clauseQuestions(String q) {
        if (lang == Lang.EN) {
            return englishClauses(q);
        }
        if (!q.contains("，")) {
            return List.of(q);
        }
        String[] parts = q.replaceAll("[？?]$", "").split("，");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (out.isEmpty() && LEAD_IN.matcher(p).matches()) {
                continue; // "我想问一下，一个月到底多少钱，护理员靠不靠谱？": the lead-in asks nothing of its own
            }
            // the last clause asks by the question mark taken off it: "钢琴怎么办，打磨灰尘大不大，做完多久能放家具？" (review 24:
            // only the dust was answered, 5 of 5)
            boolean marked = i == parts.length - 1 && !out.isEmpty() && q.matches("(?s).*[？?]$") && ASKS_ZH.matcher(p).find();
            // "周末能不能来，来多久，要不要我盯着？": "来多久" is short but asks (review 31: the three were answered as one, with the
            // packages' lines for its 多久)
            boolean asks = p.length() >= 2 && p.length() <= 8 && ASKS_ZH.matcher(p).find();
            if (p.length() < 4 && !asks || !Speech.isQuestion(p) && !marked && !asks) {
                return List.of(q); // a clause that only sets up the question ("我比较担心…，这个怎么办？") stays with it
            }
            out.add(p + "？");
        }
        return out.size() >= 2 ? out : List.of(q);
    }

    private static final java.util.regex.Pattern WHICH_ASK = java.util.regex.Pattern.compile("哪(?:个|一|种|款|项|档)|\\bwhich\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A question about how the options differ, or what each includes. */
    static final java.util.regex.Pattern DIFFERENCE = java.util.regex.Pattern.compile(
            "差在哪|差别|区别|有什么不同|有啥不同|不一样在|哪个好|哪个划算|各包括|都包括什么|\\bdifference\\b|\\bwhat(?:'s| is| does) (?:the )?(?:different|each (?:one )?(?:include|get|cover))"
                    + "|\\bwhat each\\b|\\bcompare\\b|\\bwhich (?:one )?is better\\b"
                    // "whether the $70 extra for Plus is justified", "到底值不值": what each gives is the answer (review 26's cards)
                    + "|\\bworth (?:it|the)\\b|\\bjustified\\b|值不值|值得吗", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A question word in a clause (not "我父亲总把茶放柜子里放坏了？", a statement with the question's mark). */
    private static final java.util.regex.Pattern ASKS_ZH = java.util.regex.Pattern.compile(
            "多久|多长|多少|几[天个点号时次]|什么|怎么|哪|吗|呢|能不能|可不可以|有没有|是不是|会不会|要不要|(\\p{IsHan})不\\1");
    private static final java.util.regex.Pattern EN_NEXT_ASK = java.util.regex.Pattern.compile(
            ",\\s+(?=(?:and\\s+)?(?:when|what|how|where|whether|who|which)\\b)", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern EN_ASKS = java.util.regex.Pattern.compile(
            "^(?:can|could|would|will|what|how|when|where|who|which|is|are|do|does|did)\\b|\\b(?:tell me|need to know|want to know|wondering)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "Can you tell me what happens if it rains, when the rest is charged?" is two questions (review 24: the second was never
     * answered, 3 of 3); "If it rains, what happens?" is one.
     */
    private static List<String> englishClauses(String q) {
        String[] parts = EN_NEXT_ASK.split(q.strip());
        if (parts.length < 2 || !EN_ASKS.matcher(parts[0].strip()).find()) {
            return List.of(q);
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = p.strip().replaceFirst("(?i)^and\\s+", "").replaceAll("[?.!]+$", "");
            if (t.split("\\s+").length < 3) {
                return List.of(q);
            }
            out.add(Character.toUpperCase(t.charAt(0)) + t.substring(1) + "?");
        }
        return out;
    }

    private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile(
            "(?:那|还有|另外|对了|那个|嗯|哦|好)+|(?:那|还有|另外|对了|那个|嗯)?(?:我)?(?:想|就|先|再)?(?:问(?:你|您)?(?:一下|一句|下|问|个事|一个|个|清楚)?|请问|说一下)");

    /** The reply to one callee question: the matching Q&A answer, a script line that answers it, or a promise to check. */
    private static final java.util.regex.Pattern HELLO = java.util.regex.Pattern.compile("(?i)(?:hello|hi|hey|yes|yeah|喂|您好|你好)[?？。.!！]*");

    private static final java.util.regex.Pattern SEND_ME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:send|email|text|mail) (?:me|it|that|those|them|everything|the details)\\b.{0,30}(?:writing|email|text|over|details|everything)?"
                    + "|(?:发|寄)(?:给)?我(?:一份|看看|吧|吗|一下)?[？?]|能(?:不能)?(?:把.{0,8})?发(?:给)?我");

    /** A script line said on its own: "Or there's the quarterly plan: $89…" loses the "Or" that tied it to the line before. */
    private static String standalone(String line) {
        String said = line.replaceFirst("^(?:Or|And|But|Also),?\\s+(?=\\w)", "");
        return said.isEmpty() ? line : Character.toUpperCase(said.charAt(0)) + said.substring(1);
    }

    /** "Who's this?", "你是哪位？": who is calling, not a question for the Q&A. */
    private static final java.util.regex.Pattern WHO = java.util.regex.Pattern.compile(
            "(?i)\\bwho(?:'s| is| are)? (?:this|you|calling|it)\\b|\\bwhere are you calling from\\b|\\bwhat company\\b"
                    + "|(?:你|您)(?:是|哪)(?:谁|哪位|哪里|哪儿)|哪位啊?[？?]|谁啊|(?:你们|您这)是哪(?:里|儿|家)|什么公司");

    /**
     * Who the rep is, in the opening's own sentence that names the rep ("This is Dana Ortiz from Riverside Community
     * Garden."); the fifteenth review's "Hello? Who's this?" had drawn "Let me check and get back to you…" in 10 of 20 calls.
     */
    private String who() {
        String name = index.card.caller().displayName().trim();
        for (String sentence : Speech.sentences(index.card.caller().opening())) {
            if (!name.isEmpty() && sentence.contains(name) && !sentence.endsWith("?") && !sentence.endsWith("？")) {
                return sentence;
            }
        }
        return null;
    }

    private String answer(String context, String question, boolean impatient, String after) {
        if (WHO.matcher(question).find() && who() != null) {
            return who();
        }
        if (SEND_ME.matcher(question).find()) {
            // "Can you send me everything in writing?" is a yes the rep can give, not a fact to check (the fourteenth and sixteenth
            // reviews: "I don't want to guess on that; let me check and get back to you.")
            return lang == Lang.ZH ? "可以，资料我稍后发您。" : "Of course, I'll send everything over in writing.";
        }
        int day = index.dayOfferLine(question);
        if (day >= 0 && !saidDayLine && asksAlready) {
            // the turn already asks which plan: the days are told, and asked for when the script comes to them (review 31: "您看哪种
            // 合适？…您看哪个方便？" in one turn, and the plan was never picked)
            return wording.answerLead(withoutQuestion(index.stepLines.get(day)));
        }
        if (day >= 0 && !saidDayLine) {
            saidDayLine = true; // once: asked again, the day is settled or the Q&A says the rest
            lineSaid.accept(day);
            return wording.answerLead(index.stepLines.get(day));
        }
        int qa = index.answerQa(context, question);
        if (qa < 0 && !after.isEmpty()) {
            qa = index.answerQa(question + (lang == Lang.ZH ? "" : " ") + after, question);
        }
        if (qa < 0 && lang == Lang.ZH && question.contains("，")) {
            // the clause that asks, without the reason said with it: "贵的会不会影响ETC，我天天走高速？" is the ETC entry's question
            // (its "我天天走高速" had put it 0.47 from it, and the rep checked back; review 26's window-film card)
            for (String clause : question.replaceAll("[？?]$", "").split("，")) {
                if (clause.length() >= 4 && ASKS_ZH.matcher(clause).find()) {
                    qa = index.answerQa(clause + "？", clause + "？");
                    if (qa >= 0) {
                        break;
                    }
                }
            }
        }
        if (qa < 0 && KEEPS.matcher(question).find()) {
            qa = cutEntry(); // "一碗18块的牛肉面做外卖还能剩多少？" is what the platform takes (review 27: put off in 9 of 10)
        }
        if (qa < 0) {
            qa = safetyEntry(question);
        }
        if (qa >= 0 && ASKS_COST.matcher(question).find() && !ASKS_COST.matcher(index.card.caller().qa().get(qa).question()).find()
                && (!MONEY_LINE.matcher(index.card.caller().qa().get(qa).answer()).find() || optionsPriceLine(question, lineOfKind(question)) >= 0)) {
            // nor is "When do I pay the rest?" ("The balance, less your $150 deposit…") "what it costs" where the script prices
            // the options to choose from (review 24: asked twice, "You didn't answer my question.")
            // "What about price, doubts I need four visits a year?" is no "How long does a visit take?" (its "visit"): a price
            // asked gets a price, from the script when the Q&A has none (the sixteenth review: "About 45 minutes" in 10 of 10)
            qa = -1;
        }
        if (qa >= 0) {
            String answer = index.card.caller().qa().get(qa).answer();
            List<String> sentences = Speech.sentences(answer);
            int from = saidOf.getOrDefault(qa, 0);
            if (from >= sentences.size()) {
                from = 0; // asked again: say it again, briefly
            }
            String rest = String.join(lang == Lang.ZH ? "" : " ", sentences.subList(from, sentences.size()));
            if (lang == Lang.EN) {
                // the card wrote the answer about the customer ("If he runs out…", "text him"): said to the customer
                rest = Speech.toSecondPerson(rest, index.calleePronoun);
                // "How do I know…?" is not a yes/no question: the entry's leading "No." would answer something else
                if (QuestionKind.unframed(question).matches("(?i)^(?:how|what|why|when|where|which|who)\\b.*")) {
                    rest = rest.replaceFirst("^(?:Yes|No)[.,]\\s+", "");
                }
                rest = rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1); // the rest after a ';'
            }
            String part = Speech.firstSentences(rest, impatient ? 40 : 70);
            part = withAskedSentences(part, rest, question, qa);
            if (ASKS_COST.matcher(question).find() && !PRICED.matcher(part).find()) {
                // a price asked is answered with the entry's price, not only its first sentence ("…the full six weeks is covered."
                // without "You just pay the copay, $30 in the clinic or $20 by video.")
                String sep = lang == Lang.ZH ? "" : " ";
                for (String x : Speech.sentences(rest)) {
                    if (PRICED.matcher(x).find() && !part.contains(x)) {
                        part = part + sep + x;
                        break;
                    }
                }
            }
            saidOf.put(qa, from + Speech.sentences(part).size());
            answeredQa.add(qa);
            return from == 0 ? wording.answerLead(part) : part;
        }
        int choice = DIFFERENCE.matcher(question).find() ? choiceLine(question) : -1;
        if (choice >= 0) {
            // "两个方案差在哪儿？", "What's the difference?": the options as the script states them (review 23: "核实后回复您" where
            // step 3 says both)
            return sayLines(pricedAlongside(choice, ""));
        }
        int when = index.whenLine(question);
        if (when >= 0) {
            // "How soon can you fix it?": the days the rep can offer are the answer
            lineSaid.accept(when);
            return wording.answerLead(index.stepLines.get(when));
        }
        int send = index.sendLine(question);
        if (send >= 0) {
            lineSaid.accept(send);
            String offer = index.stepLines.get(send);
            // "can you send it all?" asks yes or no: the offer comes after a yes
            return YES_NO.matcher(QuestionKind.unframed(question)).find() ? Phrases.Kind.YES_REP.say(lang, random) + offer : wording.answerLead(offer);
        }
        question = QuestionKind.unframed(question);
        context = QuestionKind.unframed(context);
        int perPeriod = pricePerPeriod(question);
        if (perPeriod >= 0) {
            lineSaid.accept(perPeriod);
            return wording.answerLead(standalone(index.stepLines.get(perPeriod)));
        }
        int kind = lineOfKind(question);
        int options = optionsPriceLine(question, kind);
        if (ASKS_COST.matcher(question).find() && options >= 0) {
            // "what it costs" where the options to choose from are priced: their prices, not the nearest line about paying
            // ("The balance, less your $150 deposit, is charged…", review 24)
            return sayLines(pricedAlongside(options, question));
        }
        int line = index.bestLine(question, Set.of());
        if (line >= 0 && index.memo.sims(question).toLines()[line] >= CardIndex.LINE_ANSWERS + 0.05
                && index.termWeights.coverage(index.memo.units(context), index.memo.units(index.stepLines.get(line))) >= (lang == Lang.ZH ? 0.15 : 0.3)) {
            lineSaid.accept(line);
            return standalone(index.stepLines.get(line));
        }
        int named = index.stepNamedBy(question);
        if (named >= 0) {
            lineSaid.accept(named);
            return standalone(index.stepLines.get(named));
        }
        if (kind >= 0) {
            // "一共多少钱？" / "要钱吗？" / "How long does it take?" on a card whose price or time is in a script line, not a
            // Q&A entry: that line is the answer (the third review: 14 of 20 calls on new cards checked back on them)
            return sayLines(pricedAlongside(options >= 0 ? options : kind, question));
        }
        String optIn = FORCED.matcher(question).find() ? optInSentence(question) : null;
        if (optIn != null) {
            // "有不起作用的推广功能被强行绑定吗？" where the script says "有需要新增或升级的功能请直接告知": nothing is added unless asked
            // for (the bundled renewal card had put it off in 12 of 30 calls, and the customer hung up)
            return (lang == Lang.ZH ? "不会，您不提的我们不加。" : "No, nothing is added unless you ask for it. ") + optIn;
        }
        String part = index.partialAnswer(question);
        if (part != null) {
            int at = index.stepLines.indexOf(part);
            if (at >= 0) {
                lineSaid.accept(at); // a line said without its question ("请问楼里有电梯吗？") still has that to ask
            }
            // what the card gives, then a check on the rest: an honest rep neither guesses the rest nor withholds the part
            return part + (lang == Lang.ZH ? "" : " ") + Phrases.Kind.CHECK_REST.say(lang, random);
        }
        String quoted = sentenceSharing(question);
        if (quoted != null && Speech.isQuestion(question)) {
            // "有没有人一直看着？" where a script line says "岸上还有持证救生员一直看着": the card's sentence with the asked words
            // answers it (the fifth review: 5 of 5 swim calls checked back on it); a script line said so is not said again
            for (int i = 0; i < index.stepLines.size(); i++) {
                if (index.stepLines.get(i).contains(quoted)) {
                    lineSaid.accept(i);
                }
            }
            return wording.answerLead(quoted);
        }
        String never = redLineAnswer(question);
        if (never != null) {
            return never;
        }
        if (!Speech.isQuestion(question)) {
            // a worry said, not asked, that the card does not answer ("我有点担心种植失败白花钱"): "这个我核实后回复您" to a worry
            // read as a stock dodge (the second review); the rep acknowledges it and goes on
            return Phrases.Kind.WORRY_ACK.say(lang, random);
        }
        String check = Phrases.Kind.CHECK_BACK.say(lang, random);
        for (int k = 0; k < 4 && check.equals(lastCheckBack); k++) {
            check = Phrases.Kind.CHECK_BACK.say(lang, random);
        }
        lastCheckBack = check;
        return check;
    }

    private static final java.util.regex.Pattern ZH_NEVER = java.util.regex.Pattern.compile("^(?:不得|不能|不要|禁止|不可以|不准|严禁|不许)(.{2,30})$");
    private static final java.util.regex.Pattern EN_NEVER = java.util.regex.Pattern.compile(
            "^(?:never|don'?t|do not)\\s+(.{4,80}?)[.;]?$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A rules heading under which each item is a thing never done ("## Never", "## Do not"), not a sentence of its own. */
    private static final java.util.regex.Pattern NEVER_HEADING = java.util.regex.Pattern.compile(
            "never|don'?t|do not|not allowed|must not", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern ZH_WILL_YOU = java.util.regex.Pattern.compile("会不会|不会.{0,12}吧|会.{0,12}吗|要不要|是不是要|得不得");
    private static final java.util.regex.Pattern EN_WILL_YOU = java.util.regex.Pattern.compile(
            "^(?:\\w+[,.!]?\\s+)?(?:will|would|do|does|are|is|can|could)\\s+(?:you|they|he|she|the|your|it)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "不会让我转账吧？" where the card's red line is "不得让用户转账": "不会，我们不会让您转账。" A yes-or-no question about what the
     * card forbids is answered by the rule, not checked back on (the tenth review: 4 of 5 purifier calls met it with
     * "核实后回复您"). English "Never: take card details or payment over the phone" answers "Will you take my card over the
     * phone?" with "No, we never take card details or payment over the phone."
     */
    private String redLineAnswer(String question) {
        String rules = index.card.caller().rules();
        if (rules.isBlank()) {
            return null;
        }
        boolean zh = lang == Lang.ZH;
        String q = QuestionKind.unframed(question);
        if (!(zh ? ZH_WILL_YOU : EN_WILL_YOU).matcher(q).find()) {
            return null;
        }
        boolean neverHeading = NEVER_HEADING.matcher(rules.lines().findFirst().orElse("")).find();
        java.util.Set<String> asked = index.memo.units(q);
        for (String line : rules.lines().skip(1).toList()) {
            String item = line.replaceFirst("^\\s*(?:[-*•]|\\d+[.)、])\\s*", "").replaceAll("\\*\\*", "").strip();
            for (String clause : zh ? item.split("[，,；;。]") : new String[] {item}) {
                java.util.regex.Matcher m = (zh ? ZH_NEVER : EN_NEVER).matcher(clause.strip());
                String action = m.matches() ? m.group(1).strip() : !zh && neverHeading ? clause.strip().replaceAll("[.;]$", "") : null;
                if (action == null || action.isEmpty() || action.contains("（") || action.contains("(")) {
                    continue;
                }
                int shared = Speech.overlap(asked, index.memo.units(action));
                if (shared >= (zh ? 1 : 2)) {
                    if (zh) {
                        return "不会，我们不会" + action.replaceAll("用户|客户|顾客|对方|业主|车主|家属", "您") + "。";
                    }
                    return "No, we never " + Character.toLowerCase(action.charAt(0)) + action.substring(1) + ".";
                }
            }
        }
        return null;
    }

    /** A figure of money ("$30 in the clinic or $20 by video", "300元"), not only "free". */
    private static final java.util.regex.Pattern PRICED = java.util.regex.Pattern.compile(
            "[$¥￥]\\s?\\d|\\d+(?:\\.\\d+)?\\s*(?:元|块)|\\b\\d+\\s+(?:dollars|bucks)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern ASKS_COST = java.util.regex.Pattern.compile(
            "多少钱|要钱|花钱|付钱|收钱|收费|费用|价格|价钱|怎么算|怎么收|欠(?:了)?多少|要交多少|\\bhow much\\b|\\bwhat(?:'s| is| does)? (?:it|the \\w+)? ?cost"
                    + "|\\bprice\\b|\\bwhat (?:do )?I owe\\b|\\bI owe\\b"
                    // "What's it going to cost us?", "And the monthly cost?" (review 27: put off in 9 of 10 coffee calls)
                    + "|\\bgoing to cost\\b|\\bcost (?:me|us)\\b|\\b(?:the|monthly|yearly|annual|total) cost\\b"
                    // "What's this going to run me?" (the eighteenth review's physio customer)
                    + "|\\brun (?:me|us)\\b|\\bset (?:me|us) back\\b|\\bout of pocket\\b|\\bprice-?wise\\b|\\bwhat are we looking at\\b"
                    // "洗一次多少？" (review 31: put off, while "先说多少钱" got the prices)
                    + "|[一每](?:次|回|个月|月|年|位|人|平|平米|米)多少(?![天次个分小钟时])",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern ASKS_HOW_LONG = java.util.regex.Pattern.compile(
            "多久|多长时间|几天|要多长|\\bhow long\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern MONEY_LINE = java.util.regex.Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s*(?:元|块)|[$¥￥]\\s?\\d|[零一二两三四五六七八九十百千]+(?:元|块)|0元|免费|不用(?:您)?(?:付|花)钱|no charge|\\bfree\\b"
                    + "|\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\\s+(?:dollars|bucks|pounds|euros)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern DURATION_LINE = java.util.regex.Pattern.compile(
            "[\\d一二两三四五六七八九十半]+\\s*(?:个)?(?:分钟|小时|天|工作日|周)(?:内|左右|能|就)?|\\b\\d+\\s*(?:minutes?|hours?|days?|business days?)\\b"
                    + "|\\b(?:an|one|two|three|half an) (?:hour|day)s?\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern SAFETY = java.util.regex.Pattern.compile(
            "危险|安全|会不会(?:爆|炸|着火)|\\b(?:danger(?:ous)?|safe(?:ty)?|unsafe|blow(?:s|ing)? up|explod\\w*|hazard(?:ous)?|fire)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "It's not going to blow up on me, is it?" asks the card's "Is it dangerous?" in words bge-small-zh does not bring
     * near it (the third review: 4 of 5 furnace calls checked back on it): the one Q&A entry asking about safety.
     */
    private int safetyEntry(String question) {
        if (!SAFETY.matcher(question).find()) {
            return -1;
        }
        var qa = index.card.caller().qa();
        int found = -1;
        for (int e = 0; e < qa.size(); e++) {
            if (SAFETY.matcher(qa.get(e).question()).find()) {
                if (found >= 0) {
                    return -1; // two entries on safety: not for a keyword to choose
                }
                found = e;
            }
        }
        return found;
    }

    /** The script line with the price for the period asked ("what it costs each month" → "$32.99 a month"), or -1. */
    private int pricePerPeriod(String question) {
        java.util.regex.Pattern period = periodAsked(question);
        if (!ASKS_COST.matcher(question).find() && !COSTS.matcher(question).find() || period == null) {
            return -1;
        }
        int at = lineOfKind(question.replaceAll("(?i)\\bcosts?\\b", "how much"));
        return at >= 0 && period.matcher(index.stepLines.get(at)).find() ? at : -1;
    }

    private static final java.util.regex.Pattern COSTS = java.util.regex.Pattern.compile("\\bcosts?\\b|\\bpay\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The first script line stating what the question asks for, a price or a length of time; -1 when none does. */
    /** Whether something unwanted is forced on the customer: bundled, added, switched on without asking. */
    private static final java.util.regex.Pattern FORCED = java.util.regex.Pattern.compile(
            "强行|强制|捆绑|绑定|硬塞|硬加|自动(?:加|开通|续)|\\b(?:forced?|bundled?|push(?:ed)? on|tack(?:ed)? on|add(?:ed)? on without)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A script sentence leaving an addition to the customer: "有需要新增或升级的功能请直接告知", "if you want the filter change". */
    private static final java.util.regex.Pattern OPT_IN = java.util.regex.Pattern.compile(
            "有需要|如需|需要的话|请直接告知|您自己选|可选|\\bif you (?:want|need|like)\\b|\\boptional\\b|\\bonly if you\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The script's sentence that leaves an addition to the customer and shares a word with the question, or null. */
    private String optInSentence(String question) {
        java.util.Set<String> asked = index.memo.units(QuestionKind.unframed(question));
        for (String line : index.stepLines) {
            for (String sentence : Speech.sentences(line)) {
                // (a shared pair of characters: 功能 is no unit of meaning on a card that names features everywhere)
                boolean shares = lang == Lang.ZH ? Speech.sharesPhrase(QuestionKind.unframed(question), sentence, 2)
                        : Speech.overlap(asked, index.memo.units(sentence)) > 0;
                if (!Speech.isQuestion(sentence) && OPT_IN.matcher(sentence).find() && shares) {
                    String said = sentence.replaceFirst("^(?:或者|另外|还有|Or|Also),?\\s*", "");
                    return lang == Lang.ZH ? said : Character.toUpperCase(said.charAt(0)) + said.substring(1);
                }
            }
        }
        return null;
    }

    /** What the customer keeps: answered by what the other side takes. */
    static final java.util.regex.Pattern KEEPS = java.util.regex.Pattern.compile(
            "(?:还能|能|还)?剩(?:下)?多少|到手(?:多少|还有多少)|能赚多少|赚多少|净赚|\\b(?:how much|what) (?:do|will|would) (?:I|we) (?:keep|take home|clear)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A percentage stated: what a platform's cut is said in ("每单收实付金额的6%"). */
    static final java.util.regex.Pattern PERCENT_SAID = java.util.regex.Pattern.compile("\\d\\s*%");
    private static final java.util.regex.Pattern CUT = java.util.regex.Pattern.compile(
            "抽成|扣点|佣金|服务费|费率|手续费|\\b(?:commission|cut|fees?|take)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The Q&A entry that asks what the other side takes ("抽成到底多少？"), or -1. */
    private int cutEntry() {
        var qa = index.card.caller().qa();
        for (int i = 0; i < qa.size(); i++) {
            if (CUT.matcher(qa.get(i).question()).find() && (PRICED.matcher(qa.get(i).answer()).find()
                    || PERCENT_SAID.matcher(qa.get(i).answer()).find())) {
                return i;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern READ_BACK = java.util.regex.Pattern.compile(
            "\\b(?:so to confirm|to confirm|let me confirm|just to confirm|so that's)\\b|跟您确认|确认一下|我复述|复述一下", java.util.regex.Pattern.CASE_INSENSITIVE);

    private int lineOfKind(String question) {
        java.util.regex.Pattern want = ASKS_COST.matcher(question).find() ? MONEY_LINE
                : ASKS_HOW_LONG.matcher(question).find() ? DURATION_LINE : null;
        if (want == null) {
            return -1;
        }
        // of the lines that state one, the nearest the question in meaning ("一共多少钱？" is the room's 768元, not the 30元
        // deworming fee said first)
        double[] sims = index.memo.sims(question).toLines();
        // a period asked for ("what it costs each month", "一年多少钱") is the line with that period: bge put "Professional
        // installation is $79…" nearer "what it really costs each month" than "Monitoring is $32.99 a month" (the seventh review)
        java.util.regex.Pattern period = periodAsked(question);
        int best = -1;
        boolean bestFits = false;
        boolean bestPriced = false;
        for (int i = 0; i < index.stepLines.size(); i++) {
            String line = index.stepLines.get(i);
            // nor a read-back template: "价格，哪种更划算？" had got "我跟您核对一下：您选的是[月卡类型]，价格[价格]元…" (review 32, 16 times)
            if (!want.matcher(line).find() || READ_BACK.matcher(line).find() || TemplateFiller.SLOT.matcher(line).find()) {
                continue; // a read-back restates the figure, it does not tell it ("So to confirm: … the three dollars is settled…")
            }
            boolean fits = period != null && period.matcher(line).find();
            // a line with a figure before one that is only free: "What's this going to run me?" had been answered "Parking is
            // free behind the building" (the eighteenth review's physio card), nearer in meaning than the plans' prices
            boolean priced = want == MONEY_LINE && PRICED.matcher(line).find();
            if (best < 0 || fits && !bestFits || fits == bestFits && (priced && !bestPriced
                    || priced == bestPriced && sims[i] > sims[best])) {
                best = i;
                bestFits = fits;
                bestPriced = priced;
            }
        }
        return best;
    }

    /** Script lines said as an answer, each on its own ("Or there's the quarterly plan: $89…" loses its "Or"), and so said. */
    private String sayLines(List<Integer> lines) {
        lines.forEach(lineSaid::accept);
        return wording.answerLead(String.join(lang == Lang.ZH ? "" : " ", lines.stream().map(i -> standalone(index.stepLines.get(i))).toList()));
    }

    /**
     * The first line of the choice whose options the script prices, for this price question ("一是…5576元", "二是…7216元"), or -1;
     * {@code kind}: the priced line nearest the question ({@link #lineOfKind}), which wins when the question names what it
     * prices ("How much is the deposit?").
     */
    private int optionsPriceLine(String question, int kind) {
        int choice = choicePriceLine(question);
        if (choice < 0 || kind < 0) {
            return -1;
        }
        return index.stepOfLine.get(kind).equals(index.stepOfLine.get(choice))
                || Speech.overlap(index.memo.units(question), index.memo.units(index.stepLines.get(kind))) == 0 ? choice : -1;
    }

    /** The first line of a step that prices the options it asks the customer to choose from, or -1. */
    private int choicePriceLine(String question) {
        return ASKS_COST.matcher(question).find() ? choiceLine(question) : -1;
    }

    private int choiceLine(String question) {
        for (int i = 0; i < index.stepLines.size(); i++) {
            if (MONEY_LINE.matcher(index.stepLines.get(i)).find() && pricedAlongside(i, question).size() >= 2) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The priced line and the others of its step that price an option beside it ("一是…一共5576元", "二是…一共7216元"), in the
     * script's order, when the question names none of them: "一共要多少钱？" had been answered with option two alone (review
     * 24, 7 of 9 calls). Else the line alone.
     */
    private List<Integer> pricedAlongside(int line, String question) {
        List<Integer> same = new java.util.ArrayList<>();
        for (int i = 0; i < index.stepLines.size(); i++) {
            String l = index.stepLines.get(i);
            if (index.stepOfLine.get(i).equals(index.stepOfLine.get(line)) && PRICED.matcher(l).find() && pricedStatement(l)
                    && !READ_BACK.matcher(l).find()) {
                same.add(i);
            }
        }
        // only a step that asks the customer to choose ("您看选哪一种：木蜡油方案还是水性漆方案？")
        boolean choice = false;
        for (int i = 0; i < index.stepLines.size(); i++) {
            String l = index.stepLines.get(i);
            choice |= index.stepOfLine.get(i).equals(index.stepOfLine.get(line)) && Speech.isQuestion(l)
                    && (Speech.options(l).size() >= 2 || WHICH_ASK.matcher(l).find()); // "您看选哪个方案？"
        }
        if (!choice || same.size() < 2 || same.size() > 3 || !same.contains(line)) {
            return List.of(line);
        }
        Set<String> asked = index.memo.units(question);
        for (int i : same) {
            Set<String> own = new HashSet<>(index.memo.units(index.stepLines.get(i)));
            same.stream().filter(j -> j != i).forEach(j -> own.removeAll(index.memo.units(index.stepLines.get(j))));
            if (Speech.overlap(own, asked) > 0) {
                return List.of(line); // "水性漆多少钱？" asks the one
            }
        }
        return same;
    }

    /**
     * A line that prices an option: no question, or a question after the priced sentences ("The Roofline and Trees package is
     * $1,149: …. Which one would you like?": review 31's "what's the damage?" was answered with that package alone, 5 of 5).
     */
    private static boolean pricedStatement(String line) {
        if (!Speech.isQuestion(line)) {
            return true;
        }
        List<String> s = Speech.sentences(line);
        return s.size() > 1 && PRICED.matcher(String.join(" ", s.subList(0, s.size() - 1))).find();
    }

    /** How a script line says the period the question asks a price for ("each month" → "a month|monthly|…"), or null. */
    private static java.util.regex.Pattern periodAsked(String question) {
        java.util.regex.Matcher per = PERIOD.matcher(question);
        return per.find() ? PERIOD_WORDS.get(per.group(1) != null ? per.group(1).toLowerCase(java.util.Locale.ROOT) : per.group(2)) : null;
    }

    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile(
            "\\b(?:each|a|per|every) (month|year|week)\\b|(?:一个?|每个?)(月|年|周)", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.Map<String, java.util.regex.Pattern> PERIOD_WORDS = java.util.Map.of(
            "month", period("a month|per month|monthly|each month|/mo"), "year", period("a year|per year|yearly|annual|each year"),
            "week", period("a week|per week|weekly"), "月", period("每月|一个月|月费|/月|每个月|包月"), "年", period("每年|一年|年费|/年"),
            "周", period("每周|一周|/周"));

    private static java.util.regex.Pattern period(String words) {
        return java.util.regex.Pattern.compile(words, java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** Four Chinese characters in a row: a phrase, not a word two sentences share by chance. */
    static final int SHARED_PHRASE = 4;

    /**
     * The one sentence of the card's script lines and Q&A answers that has four characters of the question in a row, or
     * null (none, or several: not for a phrase to choose between them). Chinese only: English questions share words
     * with too many sentences.
     */
    private String sentenceSharing(String question) {
        if (lang != Lang.ZH) {
            return null;
        }
        String q = QuestionKind.unframed(question);
        String core = QuestionKind.zhCore(q);
        if (core != null) {
            // "是不是真的安静？" asks about 安静 alone, and two characters are a phrase when they are all it asks: the one card
            // sentence saying it ("独立隔间月卡699元，三面挡板加顶灯，更安静") answers it (review 32: put off, 8 of 10 zixishi calls)
            String found = sentenceWith(core);
            if (found != null) {
                return found;
            }
        }
        return sentence(cardSentences(), x -> Speech.sharesPhrase(q, x, SHARED_PHRASE));
    }

    private String sentenceWith(String core) {
        return sentence(cardSentences(), x -> x.contains(core));
    }

    private List<String> cardSentences() {
        List<String> sentences = new java.util.ArrayList<>();
        index.stepLines.forEach(l -> sentences.addAll(Speech.sentences(l)));
        index.card.caller().qa().forEach(e -> sentences.addAll(Speech.sentences(e.answer())));
        return sentences;
    }

    /** The one statement of the card that passes, or null (none, or several: not for a phrase to choose between them). */
    private static String sentence(List<String> sentences, java.util.function.Predicate<String> test) {
        String found = null;
        for (String sentence : sentences) {
            if (sentence.endsWith("？") || sentence.endsWith("?")) {
                continue; // a question of the script answers nothing
            }
            if (test.test(sentence)) {
                if (found != null && !found.equals(sentence)) {
                    return null;
                }
                found = sentence;
            }
        }
        return found;
    }

    private String lastCheckBack = "";
    private boolean saidDayLine;

    private static final java.util.regex.Pattern YES_NO = java.util.regex.Pattern.compile(
            "吗[？?]?$|能不能|可不可以|可以不|^(?:can|could|will|would) you\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A fact said in passing ({@link Phrases.Kind#IN_PASSING}). */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile(
            "^(?:by the way|just so you know|for what it'?s worth|对了|跟你说一声|顺便说一句)[,，]", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A question that points back ("How do I know that won't happen again?") is read with the sentence before it. */
    private static final java.util.regex.Pattern ANAPHOR = java.util.regex.Pattern.compile(
            "\\b(?:that|this|it|again|those)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether a card example says the two sentences together, whatever lead-in the customer put before them ("Right, last year…"). */
    private boolean saidTogether(String before, String q) {
        String b = before.replaceFirst("^[^，,：:]{1,24}[，,：:]\\s*", "").toLowerCase(java.util.Locale.ROOT);
        return index.good.stream().map(g -> g.text().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(g -> (g.contains(before.toLowerCase(java.util.Locale.ROOT)) || b.length() >= 6 && g.contains(b)) && g.contains(q.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The shortened answer plus any later sentence of the entry that carries what the question asks beyond the
     * entry's own question: "What's the price if we drop to 32 seats?" gets "…any number of seats" and "the price
     * is $300 per seat per year", not the first clause alone.
     */
    private String withAskedSentences(String part, String rest, String question, int qa) {
        java.util.Set<String> asked = new java.util.HashSet<>(index.memo.units(QuestionKind.unframed(question)));
        asked.removeAll(index.qaQuestionUnits.get(qa));
        asked.removeAll(index.memo.units(part));
        if (asked.isEmpty()) {
            return part;
        }
        List<String> have = Speech.sentences(part);
        StringBuilder out = new StringBuilder(part);
        for (String s : Speech.sentences(rest)) {
            if (!have.contains(s) && Speech.overlap(index.memo.units(s), asked) > 0) {
                String t = s.replaceAll("[；;]$", lang == Lang.ZH ? "。" : ".");
                if (lang == Lang.EN) {
                    t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
                    out.append(' ');
                }
                out.append(t);
            }
        }
        return out.toString();
    }

}
