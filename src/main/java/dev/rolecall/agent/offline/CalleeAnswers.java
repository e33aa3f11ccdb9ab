package dev.rolecall.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the offline customer answers the rep's direct questions: who it is, whether it has time,
 * which offered option it picks (the one its background favours), facts of its own, whether it
 * wants what is offered, yes/no. Keeps what it chose and whether it declined the offer: the
 * customer's decision depends on both.
 */
final class CalleeAnswers {
    private static final Pattern IDENTITY = Pattern.compile("请问是|请问您是|是.{1,4}(?:先生|女士|老师)?吗|\\bis this\\b|\\bam i speaking\\b|\\bspeaking with\\b",
            Pattern.CASE_INSENSITIVE);
    // "方便问一下是觉得费用高，还是…？" is a polite frame, not "do you have time?"
    private static final Pattern AVAILABLE = Pattern.compile("方便(?!问|说一下|透露|告诉|讲一下)|有空|有时间|说两句|\\bminutes?\\b|\\bmoment\\b|\\bgood time\\b|\\bsecond\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WANTS = Pattern.compile("需要|要不要|需不需要|要我|想要|\\bwant\\b|\\bshall i\\b|\\bshould i\\b|\\bwould you like\\b|\\bcan i\\b|\\bneed\\b"
                    // "If that's okay with you, I'll fax…" asks leave: "Yes, please.", not "Correct."
                    + "|\\b(?:ok|okay|alright|all right|fine) with you\\b|如果您同意|您同意的话",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMPTOM = Pattern.compile("疼|痛|肿|厉害|严重|难受|\\bhurt|\\bpain|\\bswollen", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("周|星期|工作日|(?i)day");
    private static final Pattern PART = Pattern.compile("上午|下午|晚上|(?i)morning|afternoon|evening");
    private static final Pattern READ_BACK_TAG = Pattern.compile("(?:对吗|对不对|没错吧|没问题吧)[？?]\\s*$");
    private static final Pattern READS_BACK = Pattern.compile("\\bread (?:that|it|this|everything) back\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST_CLAUSE = Pattern.compile("(?:请您?|麻烦您?)(?:确认|核实|核对)[^，,。]*");
    // "I have Thursday, June 11 or Saturday, June 13, and the crew can arrive…. What works for you?" (review 29: "Correct." 10 of 10)
    private static final Pattern CHOICE = Pattern.compile("哪|选|还是|\\bwhich\\b|\\bprefer\\b|\\bsuits? you\\b|\\bor\\b"
            + "|\\bworks? (?:best |better )?for you\\b|\\bgood for you\\b",
            Pattern.CASE_INSENSITIVE);
    /** The rep asks why (the customer's reason to call, cancel, wait): answered from its background. */
    private static final Pattern REASON = Pattern.compile("what'?s behind|\\bwhy\\b|\\breason\\b|what made you|what happened|为什么|什么原因|怎么回事",
            Pattern.CASE_INSENSITIVE);
    /** A question that offers reasons to pick from ("是觉得费用高，还是流量用不完？"), not offers. */
    static final Pattern WHY_CHOICE = Pattern.compile("(?:是|因为)(?:觉得|嫌|怕|担心)|\\bis it (?:because|that)\\b|\\bbecause of\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_CHANGE = Pattern.compile("没有(变化|变动|问题|改变)");

    /** What to confirm ("确认续费周期…"): the first thing named after the verb. */
    private static final Pattern CONFIRM_WHAT = Pattern.compile("(?:确认|核实|核对)(?:一下)?(?:本次|您的|下)?(\\p{IsHan}{2,6}?)(?:与|和|及|以及|，|,|。|$)");

    /**
     * The pick the request asks to confirm: "请您确认续费周期…" is the cycle picked (年度), not the channel picked first
     * (短信), which had been restated as the cycle. The pick offered in a rep line naming the thing, else the first pick.
     */
    private String pickAsked(String request) {
        java.util.regex.Matcher w = CONFIRM_WHAT.matcher(request);
        if (w.find()) {
            String key = w.group(1).substring(w.group(1).length() - 2);
            String asking = w.group();
            for (String c : chosen) {
                // not the request's own line, which names the channel it sends by ("…结束后短信或邮箱发…")
                if (index.stepLines.stream().anyMatch(l -> l.contains(c) && l.contains(key) && !l.contains(asking))) {
                    return c;
                }
            }
        }
        return chosen.get(0);
    }

    /** "请您确认续费周期与发票类型": the second thing asked, after the one already chosen. */
    private static final Pattern ALSO = Pattern.compile("(?:确认|核实|核对)[^，,。]{1,12}?(?:与|和|及|以及)(\\p{IsHan}{2,4}?)(?:类型|方式|种类)");
    /** "支持专票或普票": two options of the thing on the rep's card. */
    private static final Pattern EITHER = Pattern.compile("(\\p{IsHan}{2})(?:或|或者|还是)(\\p{IsHan}{2})");

    /**
     * The customer answers the whole request: "请您确认续费周期与发票类型" got "就按刚才说的，月度。" and the call ended
     * "confirmed" with no invoice type (the fresh clone's first call); the options are the ones the rep's card gives
     * ("支持专票或普票"), or null when it gives none.
     */
    private String alsoAsked(String request) {
        java.util.regex.Matcher a = ALSO.matcher(request);
        if (!a.find()) {
            return null;
        }
        String thing = a.group(1);
        for (String clause : index.card.caller().raw().split("[。；;\\n]")) {
            java.util.regex.Matcher e = EITHER.matcher(clause);
            while (clause.contains(thing) && e.find()) {
                // alternatives of one kind end alike (专票 / 普票); "审批流程或发票流程" names two processes, not a choice
                if (e.group(1).charAt(1) == e.group(2).charAt(1) && !e.group(1).equals(thing) && !e.group(2).equals(thing)) {
                    // said with the pick it restates, not a new choice of the call: the close stays the customer's to make
                    String pick = random.nextInt(2) == 0 ? e.group(1) : e.group(2);
                    return thing + "开" + pick;
                }
            }
        }
        return null;
    }

    private final CardIndex index;
    private final Persona persona;
    private final SplittableRandom random;
    private final Lang lang;
    /** Options it picked (a day, a cycle), in order. */
    final List<String> chosen = new ArrayList<>();
    /** It said no to the last offer it was asked about. */
    boolean declined;
    /** The bare yes it just gave to an offer, or null: a decision not to go ahead must not follow it ("Yes. Put it in an email…"). */
    String lastYes;

    private String yes(String words) {
        lastYes = words;
        return words;
    }

    private final CalleeWording wording;

    CalleeAnswers(CardIndex index, Persona persona, SplittableRandom random, CalleeWording wording) {
        this.wording = wording;
        this.index = index;
        this.persona = persona;
        this.random = random;
        this.lang = index.lang;
    }

    /** "…Tuesday or Thursday, morning or afternoon. Which suits you?": the options are in the sentence before. */
    static String withOptionsBefore(String caller, String question) {
        List<String> own = Speech.options(question);
        if (own.size() >= 2 && own.stream().allMatch(o -> CLOCK_OPTION.matcher(o).matches())) {
            // "Would you like a 9:30 a.m. or a 1:00 p.m. start?" after "…free on Tuesday, March 17, or Wednesday, March 18.": the
            // days go with it (review 32)
            List<String> s = Speech.sentences(caller);
            int at = s.indexOf(question);
            if (at > 0 && Speech.options(s.get(at - 1)).stream().filter(o -> DAY.matcher(o).find()).count() >= 2) {
                return s.get(at - 1) + " " + question;
            }
        }
        if (own.size() >= 2 || !CHOICE.matcher(question).find()) {
            // only a question that asks to choose takes its options from the sentence before: after the rep's
            // "周日下午，没问题。" the address question is not a choice ("好，周日下午吧。" answered it)
            return question;
        }
        List<String> s = Speech.sentences(caller);
        int at = s.indexOf(question);
        // the options may be a few sentences back: "年付打九五折，一年4560元；半年付2400元，不打折；不支持按月付。您看选哪种？",
        // "I have Tuesday… or Thursday…. Either one can do both. Which one suits you?"
        String found = null;
        for (int from = at - 1; from >= Math.max(0, at - 3); from--) {
            // a deadline said between the options and the question offers no time to pick: "…小程序里付，也可以到前台扫码或者刷卡。
            // 报名6月15号周二晚上8点截止，…。您看选哪个？" had been answered "周二晚上吧" (holdout43's exam card, 10 of 10)
            String before = String.join(" ", s.subList(from, at).stream().filter(x -> !DEADLINE.matcher(x).find()).toList());
            if (before.isBlank()) {
                continue;
            }
            if (Speech.options(before).size() >= 2 || Speech.options(before + " " + question).size() >= 2) {
                found = before + " " + question; // "…or we can deliver for free…. Which would you prefer?"
                // "Which day and start time work for you?" after the times: the days are a sentence further back ("I can offer
                // Tuesday, May 12, or Thursday, May 14.", review 30)
                List<String> offered = Speech.options(found);
                if (from > 0 && offered.stream().allMatch(o -> PART.matcher(o).find() || CLOCK_OPTION.matcher(o).matches())
                        && Speech.options(s.get(from - 1)).stream().filter(o -> DAY.matcher(o).find()).count() >= 2) {
                    // "…Wednesday, October 15 or Friday, October 17. They can start at 8 in the morning or at 12:30 in the
                    // afternoon. Which works for you?": a day and a time (review 34: "Afternoon is best for me.", 10 of 10)
                    return s.get(from - 1) + " " + found;
                }
                if (!ASKS_DAY.matcher(question).find() || offered.stream().anyMatch(o -> DAY.matcher(o).find())) {
                    return found;
                }
            }
        }
        return found == null ? question : found;
    }

    private static final Pattern INSTEAD = Pattern.compile("(?i)how about (.+?) instead\\?");
    private static final Pattern DEADLINE = Pattern.compile("(?i)截止|截至|\\bdeadline\\b|\\bno later than\\b|\\bcut-?off\\b");

    /** A question asking for a day ("Which day and start time work for you?", "您看哪天方便？"): read alike by rep and customer. */
    static final Pattern ASKS_DAY = Pattern.compile("(?i)\\b(?:day|date)\\b|哪天|哪一天|日期|日子");

    /** The rep asks for a score ("您打个分吧，1到5分", "on a scale of 1 to 5"). */
    // not the minutes of a clock time: "具体几点几分以准考证为准" (holdout43's exam card: "给4分吧。", 10 of 10 calls)
    private static final Pattern RATING_ASKED = Pattern.compile("打个?分(?!钟)|评个?分(?!钟)|(?<!点)几分(?![钟之])|[1１一]到[5５五]分|\\brate (?:us|it|the|your)\\b|\\bon a scale\\b"
            + "|\\bout of (?:5|10|five|ten)\\b", Pattern.CASE_INSENSITIVE);
    /** The card's own score for the customer ("打分时会提孙师傅迟到的事，给4分", "rates it 4 out of 5"). */
    private static final Pattern CARD_SCORE = Pattern.compile("给\\s*(\\d{1,2})\\s*分|(\\d{1,2})\\s*(?:分|stars?|out of)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCORE_LINE = Pattern.compile("打分|评分|满意度|\\brat(?:e|es|ing)\\b|\\bscore", Pattern.CASE_INSENSITIVE);

    static boolean asksRating(String sentence) {
        return RATING_ASKED.matcher(sentence).find();
    }

    /**
     * A score, as the card gives it with its reason ("打分时会提孙师傅迟到的事，给4分" → "给4分吧，孙师傅来修的时候迟到了一个多小时。"),
     * else by mood: the twelfth review read "可以，周五上午，就这么定了。" and "行，清楚了。" as answers to "您打个分吧，1到5分".
     */
    private String rating() {
        String score = persona.mood().equals("calm") ? "5" : "4";
        String reason = null;
        for (String b : index.card.callee().behaviours()) {
            if (!SCORE_LINE.matcher(b).find()) {
                continue;
            }
            java.util.regex.Matcher m = CARD_SCORE.matcher(b);
            if (m.find()) {
                score = m.group(1) != null ? m.group(1) : m.group(2);
            }
            Set<String> bu = index.memo.units(b);
            int best = 1;
            for (CardIndex.Fact f : index.facts) {
                int o = Speech.overlap(bu, f.units());
                if (o > best) {
                    best = o;
                    reason = f.speech();
                }
            }
        }
        if (reason != null) {
            wording.markSaid(reason);
        }
        if (lang == Lang.ZH) {
            return "给" + score + "分吧" + (reason == null ? "。" : "，" + reason + "。");
        }
        return "I'd give it a " + score + "." + (reason == null ? "" : " " + upperFirst(reason) + ".");
    }

    /** The callee's answer to the rep's question, from its facts, preferences and goal. */
    /** The pick it just said, or null: "照常降到59吧。这样，你先发我，我看完再定。" picks and puts off at once. */
    String pickSaid;

    private static final Pattern QUOTED_NAME = Pattern.compile("[‘“「『]([^’”」』]{2,12})[’”」』]");

    /** The rep's words being answered: a day and a time of day are combined only as the rep offered them. */
    private String asked = "";

    String answer(String q, int turns) {
        asked = q;
        lastYes = null;
        pickSaid = null;
        boolean zh = lang == Lang.ZH;
        if (IDENTITY.matcher(q).find() && !AVAILABLE.matcher(q).find()) {
            return Phrases.Kind.IDENTITY.say(lang, random);
        }
        if (RATING_ASKED.matcher(q).find()) {
            return rating();
        }
        java.util.regex.Matcher req = REQUEST_CLAUSE.matcher(q);
        // a read-back asks whether it is right, not which of the day and times it names: "…周二上午9点送车，下午4点左右取车，
        // 对吗？" had been answered "我看周二可以。" (review 22, 9 of 9)
        List<String> options = READ_BACK_TAG.matcher(q).find() ? List.of() : Speech.options(req.find() ? q.substring(0, req.end()) : q);
        options = Speech.cardOptionsInstead(q, options, index.optionsAsked, repWords.toString());
        if (!zh) {
            List<String> clocks = new ArrayList<>();
            for (String sentence : Speech.sentences(q)) {
                Speech.options(sentence).stream().filter(o -> CLOCK_OPTION.matcher(o).matches()).forEach(clocks::add);
            }
            if (clocks.size() >= 2 && options.stream().allMatch(o -> DAY.matcher(o).find()) && options.size() >= 2) {
                options = new ArrayList<>(options);
                options.addAll(clocks); // the days and the start times offered with them: one of each is picked
            }
        }
        if (options.size() >= 2 && REASON.matcher(q).find() || options.size() >= 2 && WHY_CHOICE.matcher(q).find()) {
            // "方便问一下是觉得费用高，还是流量用不完？" asks why, not which offer: the reason, from its own facts when one
            // leans ("流量" in "觉得自己流量用不了那么多" → "主要是流量用不完"), and no pick to agree to later ("好，就流量用不完，按这个办")
            String why = preferred(options);
            if (lang == Lang.ZH) {
                return Phrases.pick(List.of("主要是", "就是", "嗯，", "说白了就是"), random) + why + "。";
            }
            return Phrases.pick(List.of("Mostly ", "Honestly, ", "Well, "), random) + why + ".";
        }
        String figure = lang == Lang.ZH ? figureAsked(q) : null;
        if (figure != null) {
            chosen.add(figure);
            return Phrases.Kind.CHOOSE.say(lang, random, figure);
        }
        if (options.size() >= 2) {
            for (String c : chosen) {
                // asked again to confirm ("您选的是年付还是半年付？"): the same pick, never the other one
                if (options.stream().anyMatch(o -> c.equals(o) || c.contains(o))) {
                    return Phrases.Kind.CHOOSE.say(lang, random, c);
                }
            }
            for (CardIndex.Fact r : index.choiceRemarks) {
                // its own choice with its own reason, when that option is on offer: "下周二吧，我得问问老伴能不能陪我去。"
                String o = Speech.firstOption(r.speech().split("[，,]")[0]);
                if (options.contains(o) && random.nextInt(3) == 0 && ownWords.indexOf(r.speech().toLowerCase(java.util.Locale.ROOT)) < 0) {
                    // (once: "Wednesday morning's no good, I'm at the dentist." to each slot offered after it read as a loop)
                    if (!NAMED_TO_REFUSE.matcher(r.speech()).find()) { // nor "Thursday mornings I've got labs, that won't work." (review 35)
                        chosen.add(o); // "Wednesday morning's no good, I'm at the dentist." picks nothing (review 34)
                    }
                    return r.speech() + (lang == Lang.ZH ? "。" : ".");
                }
            }
            String pick = choose(options);
            for (CardIndex.Fact r : index.choiceRemarks) {
                // it picked that option anyway: the remark's reason goes with it ("周二就行。我得问问老伴能不能陪我去。")
                String[] clauses = r.speech().split("[，,]", 2);
                // never a tail that names another option: "微信吧。还是给老陈现金吧。" (the fifteenth review's milk customer)
                String other = clauses.length == 2 ? clauses[1] : "";
                boolean namesOther = options.stream().anyMatch(o -> !pick.contains(o) && other.contains(o));
                // nor the tail of a refusal: "Thursday afternoon works. That won't work." (review 35)
                if (clauses.length == 2 && !namesOther && pick.contains(Speech.firstOption(clauses[0])) && !NAMED_TO_REFUSE.matcher(r.speech()).find()
                        && random.nextInt(2) == 0) {
                    chosen.add(pick);
                    String tail = clauses[1].trim();
                    return Phrases.Kind.CHOOSE.say(lang, random, pick) + (lang == Lang.ZH ? "" : " ")
                            + (lang == Lang.ZH ? tail : Character.toUpperCase(tail.charAt(0)) + tail.substring(1)) + (lang == Lang.ZH ? "。" : ".");
                }
            }
            chosen.add(pick);
            String choice = Phrases.Kind.CHOOSE.say(lang, random, pick);
            pickSaid = choice; // with its decoration below: removed whole before a decision not to go ahead
            if (lang == Lang.ZH && random.nextInt(3) == 0 && !choice.contains("，")) {
                // a decisive customer says it has made up its mind, a hesitant one that it is for now
                choice = choice.replaceAll("。$", "") + Phrases.pick(persona.tendency().equals("hesitant")
                        ? List.of("，先这样吧。", "，暂时就这个。", "，应该可以。") : List.of("，就这个。", "，别的不要。", "，这个我想好了。"), random);
            }
            String reason = wording.reasonFor(pick);
            pickSaid = reason == null ? choice : choice + (lang == Lang.ZH ? "" : " ") + reason;
            return pickSaid;
        }
        if (AVAILABLE.matcher(q).find() && turns <= 2) {
            // a mood drawn by seed must not override the card: a worried retired teacher is not "short of time"
            if (persona.impatient() && index.busy) {
                return !index.hurry.isEmpty() && random.nextInt(2) == 0 ? Phrases.pick(index.hurry, random)
                        : Phrases.Kind.HURRY.say(lang, random);
            }
            return Phrases.Kind.AVAILABLE.say(lang, random);
        }
        if (REASON.matcher(q).find() && !index.facts.isEmpty()) {
            // "Can I ask what's behind it?" asks why: its first background facts say it ("I tore a meniscus…"), not "Yes, please."
            List<String> why = index.facts.stream().limit(2).map(f -> upperFirst(f.speech())).toList();
            why.forEach(wording::markSaid);
            String first = why.get(0) + (zh ? "。" : ".");
            return why.size() > 1 && random.nextInt(2) == 0 ? first + (zh ? "" : " ") + why.get(1) + (zh ? "。" : ".") : first;
        }
        // the name the rep quotes is no topic of its own: "您要注册的是‘巷口老唐’四个字…，对吧？" had been answered with the licence
        // name that holds it, "名称“成都市武侯区巷口老唐面馆”。" (review 29, 10 of 10)
        Set<String> qu = new java.util.HashSet<>(index.memo.units(q));
        java.util.regex.Matcher quoted = QUOTED_NAME.matcher(q);
        while (quoted.find()) {
            qu.removeAll(index.memo.units(quoted.group(1)));
        }
        CardIndex.Fact fact = null;
        int best = zh ? 1 : 0;
        for (CardIndex.Fact f : index.facts) {
            int o = Speech.overlap(qu, f.units());
            if (o > best) {
                best = o;
                fact = f;
            }
        }
        boolean wants = WANTS.matcher(q).find();
        String ownNumber = keepsItsOwnNumber(q);
        if (ownNumber != null) {
            return ownNumber;
        }
        // a read-back is asked to be right, not answered from a fact sharing its date: "…4月15日周二早上八点进场，对吗？" had got
        // "4月17日周四他要陪老伴去瑞金医院复查。" (review 24's card, once the read-back said the date)
        boolean readBack = READ_BACK_TAG.matcher(q).find() || READS_BACK.matcher(q).find();
        Matcher instead = INSTEAD.matcher(q.strip());
        if (!zh && instead.matches() && !index.busyAt(instead.group(1))) {
            // "How about Sunday May 18 instead?" after its "Saturday's out": taken, not answered with the Saturday fact again
            // ("Well, Saturday May 17 is my sister's wedding.") nor "That's correct.", and no day was booked
            chosen.add(instead.group(1));
            return yes("Yes, " + instead.group(1) + " works.");
        }
        if (fact != null && !wants && !readBack) {
            wording.markSaid(fact.speech()); // said in the answer: not again "by the way" in the same turn
            if (zh) {
                String yes = Speech.yesWord(q);
                String prefix = yes.equals("是") ? "对，" : yes.isEmpty() || fact.speech().startsWith(yes) ? "" : yes + "，";
                return prefix + fact.speech() + "。";
            }
            return (random.nextInt(2) == 0 ? "Well, " : "Yes, ") + fact.speech() + ".";
        }
        if (wants) {
            // "Shall I confirm the booking?" after its own "Thursday afternoon, please": a pick is not taken back by a random no
            boolean want = persona.tendency().equals("decisive") || concernOverlap(qu) || !chosen.isEmpty() || random.nextInt(5) != 0;
            if (zh) {
                String yes = Speech.yesWord(q);
                if (yes.isEmpty() || yes.equals("是")) {
                    yes = "要";
                }
                declined = !want;
                return want ? yes(Phrases.Kind.WANT.say(lang, random, yes)) : Phrases.Kind.DONT_WANT.say(lang, random, Speech.noWord(yes));
            }
            declined = !want;
            return want ? yes(Phrases.Kind.WANT.say(lang, random)) : Phrases.Kind.DONT_WANT.say(lang, random);
        }
        if (zh) {
            java.util.regex.Matcher nc = NO_CHANGE.matcher(q);
            if (nc.find()) {
                return random.nextInt(2) == 0 ? "对，" + nc.group() + "。" : "嗯，" + nc.group() + "。";
            }
            if (q.matches(".*(?:请您?|麻烦您?)(?:确认|核实|核对).*")) {
                if (chosen.isEmpty()) {
                    return Phrases.Kind.SAME.say(lang, random);
                }
                // a restated pick, dropped like any pick before a decision not to go ahead ("就按刚才说的，季度。…算了，先不办了。")
                String also = alsoAsked(q);
                pickSaid = (random.nextInt(2) == 0 ? "就按刚才说的，" : "对，还是") + pickAsked(q) + (also == null ? "" : "，" + also) + "。";
                return pickSaid;
            }
            if (q.contains("是否")) {
                String x = q.substring(q.indexOf("是否") + 2).replaceAll("[？?。].*$", "").trim();
                if (x.length() >= 2 && x.length() <= 12) {
                    return Phrases.Kind.KEEP.say(lang, random, x);
                }
            }
            String neither = wording.neither(q);
            if (neither != null) {
                return neither;
            }
            if (SYMPTOM.matcher(q).find()) {
                return wording.symptom(q);
            }
            String yes = Speech.yesWord(q);
            if (q.contains("有没有") || yes.equals("有")) {
                return Phrases.Kind.NO_PROBLEM.say(lang, random);
            }
            if (yes.equals("是") || q.contains("对吗") || q.contains("是不是")) {
                return yes(Phrases.Kind.YES_CONFIRM.say(lang, random));
            }
            // a yes of its own word is a yes too: "没问题。" before "这事我得先跟老婆商量一下" is dropped like "对，没错。"
            return yes.isEmpty() ? yes(Phrases.Kind.YES_CONFIRM.say(lang, random)) : yes(yes + "。");
        }
        if (q.matches("(?i).*\\bplease (?:confirm|check).*")) {
            return chosen.isEmpty() ? Phrases.Kind.SAME.say(lang, random) : "Yes, " + String.join(", ", chosen) + ".";
        }
        if (SYMPTOM.matcher(q).find()) {
            return wording.symptom(q);
        }
        if (q.matches("(?i)^(?:any|do you have any|is there any|are there any)\\b.*")) {
            return Phrases.Kind.NO_PROBLEM.say(lang, random);
        }
        String last = Speech.sentences(q).isEmpty() ? q : Speech.sentences(q).get(Speech.sentences(q).size() - 1);
        if (OPEN_QUESTION.matcher(last).find()) {
            // "How did the team find it overall?" asks for a view: "Yep." had answered it in 10 of 10 calls (review 27); the
            // background fact nearest the question says it, or a plain view does
            return opinion(last);
        }
        return yes(Phrases.Kind.YES_CONFIRM.say(lang, random));
    }

    private static final Pattern OPEN_QUESTION = Pattern.compile(
            "(?i)^(?:so,?\\s+)?(?:how (?:did|was|were|is|are|has|have|do|does)\\b(?!.*\\b(?:much|many|long|soon)\\b)|what did (?:you|they|the \\w+) think\\b"
                    + "|what (?:do|does|did) (?:you|they|the \\w+) (?:think|make) of\\b)");

    private String opinion(String question) {
        float[] q = index.memo.sims(question).vec();
        CardIndex.Fact best = null;
        double bestSim = 0.55;
        for (CardIndex.Fact f : index.facts) {
            double sim = dev.rolecall.text.Embedder.cosine(q, index.memo.sims(f.speech()).vec());
            if (sim > bestSim && !f.speech().matches("(?i)^I (?:have|need|want)\\b.*")) {
                best = f;
                bestSim = sim;
            }
        }
        if (best != null) {
            wording.markSaid(best.speech());
            return "Pretty well, honestly. " + upperFirst(best.speech()) + ".";
        }
        return Phrases.pick(List.of("Pretty well, overall.", "Good, I'd say.", "Fine, no complaints."), random);
    }

    /** What this customer has said in the call: an option it asked for by name is the one it picks. */
    private final StringBuilder ownWords = new StringBuilder();

    /** What the rep has said so far: the figures a "续几年？" may be answered from. */
    private final StringBuilder repWords = new StringBuilder();

    void heard(String caller) {
        repWords.append(caller).append('\n');
    }

    private static final Pattern HOW_MANY = Pattern.compile("几(\\p{IsHan})");

    /**
     * "您选的是续几年、月租多少、几付？" (a read-back the customer never chose for): one of the figures the rep offered with that
     * unit ("续一年是3780；想少涨就选两年"), not "对，没错", which answers nothing. Null when the rep named none, or one only.
     */
    /** "您看报哪一级？": which of the counted things named in the same turn ("4级稳过，5级要每天练满一小时"). */
    private static final Pattern WHICH_UNIT = Pattern.compile("哪一?(级|档|期|种|款|项|组|排|层|号)(?=\\s*[？?呢吧])");

    private String figureAsked(String q) {
        java.util.regex.Matcher which = WHICH_UNIT.matcher(q);
        if (which.find()) {
            // (holdout43's exam card: "您看报哪一级？" had been answered "没错。", no level ever chosen)
            java.util.Set<String> named = new java.util.LinkedHashSet<>();
            String words = repWords.toString().stripTrailing();
            String turn = words.substring(words.lastIndexOf('\n') + 1); // the rep's turn that asks, not the whole call ("去年过了3级")
            java.util.regex.Matcher f = Pattern.compile("(?<![\\d.])\\d{1,2}" + Pattern.quote(which.group(1)) + "(?!\\p{IsHan}{0,1}[前后以之])")
                    .matcher(turn.contains(q.strip()) ? turn : q);
            while (f.find()) {
                named.add(f.group());
            }
            if (named.size() >= 2) {
                return choose(List.copyOf(named));
            }
        }
        java.util.regex.Matcher m = HOW_MANY.matcher(q);
        while (m.find()) {
            java.util.Set<String> offered = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher f = Pattern.compile("[一二两三四五六七八九十半]" + Pattern.quote(m.group(1))).matcher(repWords);
            while (f.find()) {
                offered.add(f.group());
            }
            if (offered.size() >= 2) {
                return choose(List.copyOf(offered));
            }
        }
        return null;
    }

    void said(String words) {
        ownWords.append(words.toLowerCase(java.util.Locale.ROOT)).append('\n');
    }

    /** "Do you want to keep the same number of seats?": the thing it is asked to keep. */
    private static final Pattern KEEP_SAME = Pattern.compile("\\bkeep (?:the )?same (?:number of )?([a-z]+)|\\bsame number of ([a-z]+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Asked to keep the same number of a thing it asked to change ("What's the price if we drop to 32 seats?"): no, its own
     * number. "Yes, that's fine." had kept 40 seats after that question in 24 of 50 calls (the review). Null otherwise.
     */
    private String keepsItsOwnNumber(String q) {
        Matcher m = KEEP_SAME.matcher(q);
        if (lang != Lang.EN || !m.find()) {
            return null;
        }
        String thing = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
        Matcher own = Pattern.compile("\\b(\\d+) " + Pattern.quote(thing)).matcher(ownWords);
        String number = null;
        while (own.find()) {
            number = own.group(1);
        }
        if (number == null) {
            return null;
        }
        chosen.add(number + " " + thing);
        return Phrases.pick(List.of("No, we'd go down to ", "No, we want to cut it to ", "Actually no, make it "), random) + number + " "
                + thing + ".";
    }

    /** The option its background and concerns favour, else one by seed; a day and a time of day together when both are offered. */

    private String choose(List<String> options) {
        // a time its background says it is taken up is not its pick while another is on offer (two reviews: a customer who
        // drives his grandson to class on Saturday mornings picked Saturday morning)
        String pick = chooseAny(options);
        if (index.busyAt(pick)) {
            // its background names the busy time, which made it a liked one: a slot offered outside it, else any other pick
            List<String> free = offeredSlots(asked).stream().filter(x -> !index.busyAt(x)).toList();
            if (free.isEmpty()) {
                // "周四（6月12日）上午10点，或者周六…上午9点半" names no day and time of day together: the day and time pairs it
                // can make (the deposit customer, back from "周四上午没空呢？", had picked 周四上午 in 9 of 9 calls)
                free = daysAtTimes(options).stream().filter(x -> !index.busyAt(x)).toList();
            }
            if (free.isEmpty()) {
                // "5月17日周六，或者5月20日周二": the options themselves; its background names 周六 twice, which made it the liked
                // one every try (review 22: 6 of 9 calls booked the Saturday of his 24-hour shift)
                free = options.stream().filter(x -> DAY.matcher(x).find() && !index.busyAt(x)).toList(); // a day, not "下午" alone
            }
            if (!free.isEmpty()) {
                return free.get(random.nextInt(free.size()));
            }
        }
        for (int tries = 0; tries < 8 && index.busyAt(pick); tries++) {
            pick = chooseAny(options);
        }
        return pick;
    }

    private List<String> daysAtTimes(List<String> options) {
        List<String> out = new ArrayList<>();
        for (String day : options.stream().filter(o -> DAY.matcher(o).find()).toList()) {
            for (String part : options.stream().filter(o -> PART.matcher(o).find()).toList()) {
                // "Friday at 12:30 in the afternoon" where start times were offered, as a pick with no busy time says it
                String clock = lang == Lang.EN ? startTime(part) : null;
                out.add(day + (lang == Lang.ZH ? "" : " ") + (clock != null ? "at " + clock : part));
            }
        }
        return out;
    }

    private String chooseAny(List<String> options) {
        List<String> days = askedFor(options.stream().filter(o -> DAY.matcher(o).find()).toList());
        List<String> partsOfDay = askedFor(options.stream().filter(o -> PART.matcher(o).find()).toList());
        if (!days.isEmpty() && !partsOfDay.isEmpty()) {
            long both = options.stream().filter(o -> DAY.matcher(o).find() || PART.matcher(o).find()).count();
            if (both == options.size()) {
                String day = preferred(days);
                String part = preferred(partsOfDay);
                // "明天上午、明天下午，或者周四上午" offers three slots, not every day at every time: "周四下午" was no slot
                // (the sixteenth set's screen-repair card); a grid ("周六、周日…分上午和下午") offers them all
                List<String> slots = offeredSlots(asked);
                if (slots.size() >= 2 && slots.stream().noneMatch(x -> x.contains(day) && x.contains(part))) {
                    List<String> samePart = slots.stream().filter(x -> x.contains(part)).toList();
                    List<String> from = samePart.isEmpty() ? slots : samePart;
                    return from.get(random.nextInt(from.size()));
                }
                String clock = lang == Lang.EN ? startTime(part) : null;
                return day + (lang == Lang.ZH ? "" : " ") + (clock != null ? "at " + clock : part);
            }
        }
        List<String> clocks = options.stream().filter(o -> CLOCK_OPTION.matcher(o).matches()).toList();
        if (lang == Lang.EN && !days.isEmpty() && clocks.size() >= 2 && days.size() + clocks.size() == options.size()) {
            // "…Tuesday, March 17, or Wednesday, March 18. Would you like a 9:30 a.m. or a 1:00 p.m. start?": a day and a start time
            // (review 32: "A 9:30 a.m., please." named no day, 10 of 10)
            // "Witness Gregory Sims can only do mornings": an a.m. start where its card says mornings only (review 32: 1:00 p.m., 3 of 10)
            String half = MORNINGS_ONLY.matcher(index.card.callee().raw()).find() ? "a" : AFTERNOONS_ONLY.matcher(index.card.callee().raw()).find() ? "p" : null;
            List<String> fit = half == null ? clocks : clocks.stream().filter(c -> c.toLowerCase(java.util.Locale.ROOT).matches(".*\\b" + half + "\\.?m\\b.*")).toList();
            return preferred(days) + " at " + preferred(fit.isEmpty() ? clocks : fit).replaceFirst("(?i)^an? ", "").replaceFirst("(?i) start$", "");
        }
        String pick = preferred(askedFor(options));
        if (lang == Lang.EN && DAY.matcher(pick).find() && partsOfDay.isEmpty()) {
            // "Thursday the 22nd with an 8-to-10 am arrival window or a 1-to-3 pm window, or Friday…": a day with two
            // windows is no slot until one is named (the furnace card's "Let's do Thursday." was booked as "Thursday")
            List<String> windows = windowsOf(asked, pick);
            if (windows.size() >= 2) {
                return pick + ", " + windows.get(random.nextInt(windows.size()));
            }
        }
        return pick;
    }

    private static final Pattern MORNINGS_ONLY = Pattern.compile("(?i)\\b(?:only (?:do |be free |free )?mornings|mornings only|only in the morning)\\b");
    private static final Pattern AFTERNOONS_ONLY = Pattern.compile("(?i)\\b(?:only (?:do |be free |free )?afternoons|afternoons only|only in the afternoon)\\b");
    /** A start time offered as an option ("a 9:30 a.m.", "a 1:00 p.m. start"): read alike by rep and customer. */
    static final Pattern CLOCK_OPTION = Pattern.compile("(?i)(?:an? )?\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.m\\.?|[ap]m)(?: start)?");
    // "They can start at 8 in the morning or at 12:30 in the afternoon." offers start times too (review 34)
    private static final Pattern TIME_ASKED = Pattern.compile("(?i)\\b(?:start(?:ing)? time|what time|(?:day|date) and time|(?:start|starts|begin|begins|arrive|arrives) at)\\b");
    /** A start time said with its "at": "at 6:30 in the morning", "at 11:00 AM", "at 9 a.m."; group 1 is the time. */
    static final Pattern START_AT = Pattern.compile("(?i)\\bat (\\d{1,2}(?::\\d{2}(?:\\s*(?:in the (?:morning|afternoon|evening)|[ap](?:\\.m\\.|m\\b)))?"
            + "|\\s*(?:in the (?:morning|afternoon|evening)|[ap](?:\\.m\\.|m\\b))))(?![\\w:])");

    /**
     * "The class can start at 6:30 in the morning… or at 11:00 AM. Which day and start time work for you?": a start time offered,
     * of the part of the day it leans to, else any; null when the rep offered no two clock times. "Tuesday morning" named no start
     * time, and the read-back said "on Tuesday morning starting at Tuesday morning" (review 30, 10 of 10).
     */
    private String startTime(String part) {
        if (!TIME_ASKED.matcher(asked).find() && !asked.strip().toLowerCase(java.util.Locale.ROOT).startsWith("how about")) {
            return null; // (or slots offered again with their times: "How about Friday at 8 in the morning or …")
        }
        List<String> clocks = new ArrayList<>();
        Matcher m = START_AT.matcher(asked);
        while (m.find()) {
            clocks.add(m.group(1).strip());
        }
        if (clocks.size() < 2) {
            return null;
        }
        String p = part.toLowerCase(java.util.Locale.ROOT);
        List<String> fit = clocks.stream().filter(c -> {
            String lc = c.toLowerCase(java.util.Locale.ROOT);
            return lc.contains(p) || p.equals("morning") && lc.matches(".*\\ba\\.?m\\.?$") || !p.equals("morning") && lc.matches(".*\\bp\\.?m\\.?$");
        }).toList();
        List<String> from = fit.isEmpty() ? clocks : fit;
        return from.get(random.nextInt(from.size()));
    }

    static final Pattern WINDOW = Pattern.compile("\\b\\d{1,2}(?::\\d{2})?\\s*(?:-to-|to|–|-)\\s*\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b"
            + "|\\bbetween \\w+ and (?:noon|\\w+ (?:am|pm))", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** The time windows the rep offered on that day: between its name and the next weekday named. */
    static List<String> windowsOf(String text, String day) {
        int at = text.indexOf(day);
        if (at < 0) {
            return List.of();
        }
        Matcher next = WEEKDAY.matcher(text);
        int end = text.length();
        while (next.find()) {
            if (next.start() > at + day.length()) {
                end = next.start();
                break;
            }
        }
        List<String> out = new ArrayList<>();
        Matcher w = WINDOW.matcher(text.substring(at, end));
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }

    private static final Pattern SLOT = Pattern.compile("((?:下周|这周|本周)?(?:周[一二三四五六日天]|星期[一二三四五六日天])|明天|后天|今天)"
            // a date between them, in commas or brackets: "周三，3月26日，晚上7点" (the suit-fitting card: "周三下午" was picked,
            // no slot, when its date stood between the day and its 晚上)
            + "(?:\\s*[，,（(]\\s*\\d{1,2}月\\d{1,2}[日号]\\s*[）)]?[，,]?)?[^，,、；;。？?]{0,8}?(上午|下午|晚上)"
            // "Tuesday, October 21, with the crew arriving between 8 and 10 in the morning, or Thursday…" (review 26: commas
            // had kept it from being a slot, and "Tuesday afternoon" was picked in 4 of 10 calls)
            + "|\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)\\b(?:(?!\\bor\\b)[^;.?]){0,64}?\\b(morning|afternoon|evening)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The day-and-time-of-day slots the rep named together ("明天下午", "Thursday the 22nd in the morning"). */
    static List<String> offeredSlots(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            String slot = m.group(1) != null ? m.group(1) + m.group(2) : m.group(3) + " " + m.group(4);
            if (!out.contains(slot)) {
                out.add(slot);
            }
        }
        return out;
    }

    private static final Pattern NAMED_TO_REFUSE = Pattern.compile(
            "[^,.!?，。！？\n]*(?:no good|can'?t do|won'?t work|doesn'?t work|'s out|不行|没空|去不了|来不了)[^,.!?，。！？\n]*");

    /** Of the options, those it named itself earlier ("周六上午能送吗？" then "周六、周日…上午…下午"), else all of them. */
    private List<String> askedFor(List<String> options) {
        // not what it named to turn down: "Wednesday morning's no good" asks for neither Wednesday nor mornings (review 34:
        // "Wednesday, please." to the other slots offered, 5 of 5)
        String asked = NAMED_TO_REFUSE.matcher(ownWords).replaceAll(" ");
        List<String> named = options.stream().filter(o -> {
            String lower = o.toLowerCase(java.util.Locale.ROOT);
            return asked.contains(lower) || asked.contains(lower.replaceFirst("^(?:这|下|本)周", "周"));
        }).toList();
        return named.isEmpty() ? options : named;
    }

    private String preferred(List<String> all) {
        // what it would rather avoid is never its pick when something else is on offer: a man who "can't drive" and wants the
        // pills "without having to drive" does not pick "the drive-thru"
        List<String> options = all.stream().filter(o -> Speech.overlap(index.memo.units(o), index.dislikedUnits) == 0).toList();
        if (options.isEmpty()) {
            options = all;
        }
        // what it says it prefers, in so many words, decides; background words only lean
        List<String> stated = options.stream().filter(o -> index.statedPreferences.stream()
                .anyMatch(p -> Speech.overlap(index.memo.units(o), p.units()) > 0)).toList();
        if (!stated.isEmpty() && stated.size() < options.size()) {
            return stated.get(random.nextInt(stated.size()));
        }
        List<String> liked = new ArrayList<>();
        for (String o : options) {
            Set<String> u = index.memo.units(o);
            boolean weekend = o.matches(".*(周六|周日|星期六|星期日|(?i)saturday|sunday).*")
                    && (index.preferenceUnits.contains("周末") || index.preferenceUnits.contains("weeke"));
            if (Speech.overlap(u, index.preferenceUnits) > 0 || weekend || index.preferenceUnits.contains(o.toLowerCase())) {
                liked.add(o);
            }
        }
        // background words only lean: one time in three the pick is any option ("同事说59的套餐够用" made all 30 plan-downgrade
        // customers keep the downgrade, never the 99-yuan offer)
        List<String> pool = liked.isEmpty() || random.nextInt(3) == 0 ? options : liked;
        return pool.get(random.nextInt(pool.size()));
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private boolean concernOverlap(Set<String> qu) {
        return index.agenda.stream().anyMatch(f -> Speech.overlap(qu, index.memo.units(f.text())) >= 2);
    }
}
