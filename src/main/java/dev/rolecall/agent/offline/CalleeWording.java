package dev.rolecall.agent.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How this customer words what is not an answer or a question: a back-channel built from parts
 * (so a hundred calls do not repeat the same six), an echo of the figure the rep just gave
 * ("95折是吧，行。", "An hour, OK."), or, when the rep's line touches one of its own facts, that
 * fact said in passing ("对了，楼里有电梯。", "By the way, I work from home."). Each fact is said
 * at most once a call. Nothing here asks anything: a question would need an answer.
 */
final class CalleeWording {

    /** A figure worth repeating back: a price, a discount, a count of days, hours, seats. */
    private static final Pattern ZH_FIGURE = Pattern.compile(
            "\\d+(?:\\.\\d+)?(?:%|折|元|块|期|天|小时|分钟|个工作日|个月|年|点|号|台|人|次)");
    private static final Pattern EN_FIGURE = Pattern.compile(
            "\\$\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?%|\\b(?:\\d+|an?|one|two|three|thirty) (?:hours?|minutes?|days?|weeks?|months?|seats?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ALTERNATIVES = Pattern.compile("或者|还是|或是|\\bor\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> ZH_LEAD = List.of("嗯", "好", "行", "哦", "噢", "嗯嗯", "好的", "哦哦");
    private static final List<String> ZH_CORE = List.of("知道了", "明白了", "了解", "清楚了", "听明白了", "我知道了", "这个我清楚",
            "懂了", "这样啊", "原来是这样", "记下了", "我有数了", "可以理解");
    private static final List<String> ZH_TAIL = List.of("你接着说", "往下说", "你说", "接着讲");
    private static final List<String> EN_LEAD = List.of("OK", "Right", "Alright", "Sure", "Mm-hm", "Yeah", "Fine", "I see");
    private static final List<String> EN_CORE = List.of("got it", "understood", "makes sense", "noted", "fair enough", "that's clear",
            "good to know", "that helps", "I follow", "sounds fine", "okay then", "I hear you");
    private static final List<String> EN_TAIL = List.of("go on", "keep going", "go ahead", "I'm listening");

    private final CardIndex index;
    private final SplittableRandom random;
    private final boolean zh;
    private final Set<String> saidFacts = new HashSet<>();

    /** What the rep has said so far (the customer's, shared with its agenda). */
    private final Heard heard;

    CalleeWording(CardIndex index, SplittableRandom random, Heard heard) {
        this.heard = heard;
        this.index = index;
        this.random = random;
        this.zh = index.lang == Lang.ZH;
    }

    /** Whom the card's hold-off condition says the customer must ask first: "要和爱人商量", "wants to talk to Carol first". */
    private static final Pattern ZH_CONSULT = Pattern.compile("(?:和|跟|同)([\\p{IsHan}]{1,5}?)(?:商量|商议|确认|说一声|合计)");
    private static final Pattern EN_CONSULT = Pattern.compile("\\b(?:talk(?: it over)? (?:to|with)|check(?: the \\w+| it)? with|ask|discuss it with|run it by)\\s+"
            + "((?:his|her|their|my) (?:\\w+'s )?\\w+|[A-Z][a-z]+)\\b");
    private static final Pattern NOBODY = Pattern.compile("^(?:someone|somebody|anyone|them|it)$|schedule|calendar|diary", Pattern.CASE_INSENSITIVE);

    /**
     * The hold-off in the words of the card's condition: "我得先跟爱人商量一下" where the condition is "孙立伟说要和爱人商量", "I need
     * to talk to Carol first" for "Gary wants to talk to Carol first". Null when the condition names no one. The ninth review:
     * conditions naming the spouse were recorded on "I have to check my calendar", the spouse never mentioned (9 of 20 calls).
     */
    String consult(String condition) {
        Matcher m = (zh ? ZH_CONSULT : EN_CONSULT).matcher(condition);
        if (!m.find()) {
            return null;
        }
        String who = m.group(1).trim();
        if (NOBODY.matcher(who).find()) {
            return null;
        }
        if (zh) {
            who = who.replaceFirst("^(?:自己的|他的|她的|他|她)", "");
            return who.isEmpty() ? null : Phrases.Kind.CONSULT.say(index.lang, random, who);
        }
        return Phrases.Kind.CONSULT.say(index.lang, random, Speech.swapPronounsEn(who).trim());
    }

    /** A listening turn after the rep's line: a figure echoed, a fact of its own in passing, or a back-channel. */
    String ack(String caller) {
        String figure = figure(caller);
        if (figure != null && random.nextInt(3) == 0) {
            return Phrases.Kind.ECHO.say(index.lang, random, figure);
        }
        String fact = relatedFact(caller);
        if (fact != null && random.nextInt(2) == 0) {
            saidFacts.add(fact);
            return backChannel(false) + (zh ? "" : " ") + Phrases.Kind.IN_PASSING.say(index.lang, random, fact);
        }
        return backChannel(true);
    }

    /** A short fact of its own that the rep's turn touches, said in passing, or null (each fact once a call). */
    String factInPassing(String caller) {
        String fact = relatedFact(caller);
        if (fact == null) {
            return null;
        }
        saidFacts.add(fact);
        return Phrases.Kind.IN_PASSING.say(index.lang, random, fact);
    }

    /** A fact the customer just said in an answer: not to be said again in passing. */
    void markSaid(String fact) {
        saidFacts.add(fact);
    }

    private static final java.util.regex.Pattern SYMPTOM_WORD = java.util.regex.Pattern.compile("疼|痛|肿|出血|发烧|\\bhurts?\\b|\\bpain\\b|\\bswollen\\b|\\bswelling\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * How much a symptom the rep asks about troubles it, from parts, with its own fact about that symptom when it
     * has one ("左脸还有点肿"): "还好，左脸还有点肿，不过还能忍。"
     */
    String symptom(String question) {
        String fact = null;
        Matcher m = SYMPTOM_WORD.matcher(question);
        while (fact == null && m.find()) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            for (CardIndex.Fact f : index.facts) {
                if (f.speech().toLowerCase(java.util.Locale.ROOT).contains(w) && !saidFacts.contains(f.speech())) {
                    fact = f.speech();
                    break;
                }
            }
        }
        if (zh) {
            String lead = Phrases.pick(List.of("还好", "有一点", "稍微有点", "还行", "有点"), random);
            String tail = Phrases.pick(List.of("还能忍", "不算太厉害", "比前两天好点了", "不严重", "能受得了"), random);
            if (fact != null && random.nextInt(3) != 0) {
                saidFacts.add(fact);
                return lead + "，" + fact + "，" + (random.nextInt(2) == 0 ? "不过" : "") + tail + "。";
            }
            return random.nextInt(3) == 0 ? Phrases.Kind.MILD.say(index.lang, random) : lead + "，" + tail + "。";
        }
        String lead = Phrases.pick(List.of("A little", "Not too bad", "A bit", "Some"), random);
        String tail = Phrases.pick(List.of("but it's OK", "nothing serious", "it's getting better", "I can live with it"), random);
        if (fact != null && random.nextInt(3) != 0) {
            saidFacts.add(fact);
            return lead + ". " + Character.toUpperCase(fact.charAt(0)) + fact.substring(1) + ", but " + tail.replaceFirst("^but ", "") + ".";
        }
        return lead + ", " + tail + ".";
    }

    private static final java.util.regex.Pattern ZH_EITHER = java.util.regex.Pattern.compile(
            "有没有([\\u4e00-\\u9fa5]{1,4})(?:或者|或是|或|和|、)([\\u4e00-\\u9fa5]{1,4}?)(?:的情况|的症状|的问题)?[？?]?$");

    /** "有没有出血或者发烧的情况？" → "没有，没出血，也没发烧。"; null when the question does not name two things. */
    String neither(String question) {
        if (!zh) {
            return null;
        }
        Matcher m = ZH_EITHER.matcher(question.trim());
        if (!m.find()) {
            return null;
        }
        String a = m.group(1);
        String b = m.group(2);
        return switch (random.nextInt(3)) {
            case 0 -> "没有，没" + a + "，也没" + b + "。";
            case 1 -> "都没有，" + a + "、" + b + "都没有。";
            // not "挺好的": a card whose patient is still swollen lists "没事，都挺好的" as out of character; what it has says so
            default -> "没" + a + "，也没" + b + (ownSymptom() == null ? "，别的还行。" : "，就是" + ownSymptom() + "。");
        };
    }

    /** A symptom among its facts ("还有点肿"), or null. */
    private String ownSymptom() {
        for (CardIndex.Fact f : index.facts) {
            if (SYMPTOM_WORD.matcher(f.speech()).find() && f.speech().length() <= 12) {
                return f.speech();
            }
        }
        return null;
    }

    /** A back-channel from parts: "嗯，明白了，你接着说。", "Alright, makes sense. Go on." */
    String backChannel(boolean withTail) {
        List<String> lead = zh ? ZH_LEAD : EN_LEAD;
        List<String> core = zh ? ZH_CORE : EN_CORE;
        List<String> tail = zh ? ZH_TAIL : EN_TAIL;
        StringBuilder sb = new StringBuilder(Phrases.pick(lead, random));
        int shape = random.nextInt(4);
        if (shape != 0) {
            sb.append(zh ? "，" : ", ").append(Phrases.pick(core, random));
        }
        // a listener says "go on" now and then, not after every line: "Fine, that's clear. Continue." each turn read as a
        // customer prompting a script (15 of 20 calls, the tenth review)
        if (withTail && (shape == 0 || shape == 2)) {
            String t = Phrases.pick(tail, random);
            sb.append(zh ? "，" + t : ". " + Character.toUpperCase(t.charAt(0)) + t.substring(1));
        }
        return sb.append(zh ? "。" : ".").toString();
    }

    /** A fact or spoken preference of its own that the option it picked touches, as a reason; or null. */
    String reasonFor(String option) {
        // only the card's own words of preference make a reason; a background fact that merely shares a word
        // with the option ("微信" in "微信弹窗还在提示…") is no reason to pick it
        String f = related(index.memo.units(option), 1, index.statedPreferences);
        if (f == null || random.nextInt(2) == 0) {
            return null;
        }
        saidFacts.add(f);
        return Phrases.Kind.BECAUSE.say(index.lang, random, f);
    }

    /** How it leads into its next question after having said something else this turn. */
    String askLead(boolean first) {
        if (first) { // nothing to continue from: "另外" or "Also" before the first question reads wrong
            return zh ? Phrases.pick(List.of("我问一下，", "我想问一下，", "我先问清楚，", "问你个事，", "我先问一句，"), random)
                    : Phrases.pick(List.of("Quick question: ", "First, ", "Right, ", "Tell me this: "), random);
        }
        return zh ? Phrases.pick(List.of("对了，", "还有，", "我问一下，", "另外，", "还有个事，", "我想问一下，", "那我问一下，", "再问一个，"), random)
                : Phrases.pick(List.of("Also, ", "And another thing: ", "One more question: ", "Oh, and ", "Quick question: ", "Before I forget, "), random);
    }

    private String figure(String caller) {
        for (String s : index.memo.sentences(caller)) {
            if (Speech.isQuestion(s) || ALTERNATIVES.matcher(s).find()) {
                continue; // "可以分3期、6期或者12期": echoing one of the choices would read as picking it
            }
            Matcher m = (zh ? ZH_FIGURE : EN_FIGURE).matcher(s);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    private String relatedFact(String caller) {
        Set<String> said = index.memo.units(caller);
        String f = related(said, zh ? 2 : 1, index.asides);
        if (f == null) {
            return null;
        }
        Set<String> fu = index.memo.units(f);
        // not when the rep's turn already says it ("…40 seats." → "By the way, I manage 40 seats.") or the customer itself
        // asked about it ("降压药和消炎药能不能一起吃？" → "跟你说一声，每天吃降压药。")
        if (Speech.overlap(fu, said) * 5 >= fu.size() * 3 || Speech.overlap(fu, ownWords) >= (zh ? 2 : 1)) {
            saidFacts.add(f);
            return null;
        }
        return f;
    }

    /** Whether the rep has said what {@code text} reacts to ("Huh. Never changed the chain…" before any chain was named). */
    private boolean told(String text) {
        if (CardIndex.reacts(text)) {
            return heard.anyWordOf(index.content(text));
        }
        Set<String> news = index.news(text);
        return news.isEmpty() || heard.anyOf(news);
    }

    /** Content units of what this customer has said so far in the call. */
    private final Set<String> ownWords = new HashSet<>();

    /** Notes what the customer said (its own questions and remarks), so a fact in passing does not repeat it. */
    void said(String text) {
        ownWords.addAll(index.memo.units(text));
    }

    /** The fact or remark of {@code pool} sharing the most content units with {@code units}, at least {@code min}, not said yet. */
    private String related(Set<String> units, int min, List<CardIndex.Fact> pool) {
        String best = null;
        int bestN = min - 1;
        for (CardIndex.Fact f : pool) {
            int n = Speech.overlap(units, f.units());
            if (n > bestN && !saidFacts.contains(f.speech()) && told(f.speech())) {
                bestN = n;
                best = f.speech();
            }
        }
        return best;
    }
}
