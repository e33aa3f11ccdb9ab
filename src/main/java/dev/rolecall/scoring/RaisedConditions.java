package dev.rolecall.scoring;

import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The call's goal claimed after the customer raised what a stop condition covers: "the floor's gone soft, kind of spongy, and
 * there's a musty smell… old black-glued tiles" closed as a booked measure visit, where the card says "soft or spongy… old black-glued tiles
 * under the carpet: don't book" (holdout60's floor-refinish-07). A stop condition is one whose words say not to go ahead (不订,
 * 不约, don't book); what raises it is two words of its trigger that few card sentences share, said by the customer and not
 * denied. Chinese is read in words of three characters or more only: its bigrams match across words ("第三，" of 第三方, 心脏 of a
 * 心脏病 the customer may deny), and three faithful calls and a B call were capped on them.
 */
final class RaisedConditions {
    /** Words that tell the rep not to go ahead. */
    private static final Pattern STOP = Pattern.compile("不订|不约|不收|不接|不办|不做|不安排|不预约|别订|别约"
            + "|\\b(?:don'?t|do not|never) (?:book|schedule|take|sell|proceed)|\\bno booking\\b|\\bnot? (?:to )?book", Pattern.CASE_INSENSITIVE);
    /** What the trigger is cut from: the words before the instruction (a colon, an arrow or a dash). */
    private static final Pattern CUT = Pattern.compile("[：:→—;；]|\\s-\\s|[,，]\\s*(?=don'?t|do not|不订|不约)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?:没|不|无|别|\\bno|\\bnot|n'?t|\\bnever|\\bwithout)[^，,。.!?！？]{0,4}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINE_AFTER = Pattern.compile("^[^，,。.!?！？]{0,3}(?:也好|挺好|都好|好着|没事|没问题|正常|\\s*(?:is|are)? ?(?:fine|ok|okay|normal))",
            Pattern.CASE_INSENSITIVE);
    /** A question whether the customer should do a thing: "Should I turn the water on?", "我要不要先拿铁丝绑一下？". */
    private static final Pattern ASKS_WHETHER_TO = Pattern.compile("(?:and |so |or )?(?:should|shall|can|could|may|do|would) (?:i|we)\\b"
            + "|(?:那|那我|我)?(?:要不要|能不能|该不该|需不需要|可不可以)", Pattern.CASE_INSENSITIVE);
    /** A sentence set in the past, an incident over: "上个月…手指被那个滚筒擦破了皮" (holdout70's faithful paobuji-01). */
    private static final Pattern PAST = Pattern.compile("上个?月|上周|上礼拜|上星期|去年|前年|前几年|上次|那次|小时候"
            + "|\\blast (?:month|year|week|summer|winter|spring|fall|time)\\b|\\b(?:years?|months?|weeks?) ago\\b|\\ba while back\\b"
            // "two Saturdays back", "three weeks back"
            + "|\\b(?:weeks?|months?|years?|(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends) (?:ago|back)\\b"
            // "Saturday before last, the ninth, it roared like a freight train" (holdout78's faithful chimney-sweep-01)
            + "|\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month) before last\\b",
            Pattern.CASE_INSENSITIVE);
    /** What is still so now: "上周摔了，现在胸口还痛" is raised today. */
    private static final Pattern NOW = Pattern.compile("现在|还在|还是|一直|刚才|刚刚|今天|这会儿|\\b(?:now|still|today|just now|right now|again)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Terms of who and of asking, which every condition has. */
    private static final Set<String> GENERIC = Set.of("提到", "同去", "的人", "或者", "客户", "说家", "家里", "mentions", "says", "customer",
            "there", "any", "anyone", "old", "under", "new", "has", "have", "had", "right");

    private RaisedConditions() {}

    /** A stop condition and the distinctive terms that raise it, each as the pattern it is said in (compiled once per card). */
    record Trigger(int condition, List<Pattern> terms, boolean history) {}

    /** A condition about what has happened: "she's fallen on the stairs in the last month", "最近摔过". */
    private static final Pattern HISTORY = Pattern.compile("最近|近期|近一个月|过去|以前|曾经|有过|史|\\bin the (?:last|past)\\b|\\brecent(?:ly)?\\b"
            + "|\\bago\\b|\\bever\\b|\\bhistory\\b|\\bhas (?:had|fallen|been)\\b|'s (?:had|fallen)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A condition that asks for what is so now is not about history for its "has fallen": "Gary says the chimney is on fire now
     * (…), … or someone has fallen from the roof" (holdout78's chimney card, whose faithful calls told last month's fire).
     */
    private static final Pattern SAID_NOW = Pattern.compile("正在|此刻|\\b(?:right )?now\\b|\\bcurrently\\b", Pattern.CASE_INSENSITIVE);

    /** What raises a stop condition, the words before its instruction ("客户说到…冒烟：不约上门…" → "客户说到…冒烟"), or null. */
    static String raising(String condition) {
        Matcher stop = STOP.matcher(condition);
        if (!stop.find()) {
            return null;
        }
        String head = condition.substring(0, stop.start());
        Matcher cut = CUT.matcher(head);
        int end = head.length();
        while (cut.find()) {
            end = cut.start();
        }
        return head.substring(0, end);
    }

    /** The caller's stop conditions and their triggers, read once per card. */
    static List<Trigger> triggers(List<EndCondition> conditions, List<String> callerSentences) {
        List<Trigger> out = new java.util.ArrayList<>();
        for (EndCondition c : conditions) {
            if (c.number() == ClosingCheck.GOAL) {
                continue;
            }
            String said = raising(c.text());
            if (said == null) {
                continue;
            }
            Set<String> trigger = distinctive(CardProfile.terms(said), callerSentences);
            if (!trigger.isEmpty()) {
                out.add(new Trigger(c.number(), trigger.stream().map(t -> Pattern.compile(t.chars().allMatch(ch -> ch < 128)
                        ? forms(t) : chineseForms(t))).toList(), HISTORY.matcher(said).find() && !SAID_NOW.matcher(said).find()));
            }
        }
        return List.copyOf(out);
    }

    /** The first customer turn that raises a stop condition of the caller's, as "condition n (turn i: …)", else null. */
    static String raised(ScoredCall call, CardProfile card) {
        Raise r = first(call, card, 3);
        return r == null ? null : String.format("condition %d (turn %d: \"%s\")", r.condition(), r.turn().index(),
                Agreements.excerpt(r.turn().text().strip()));
    }

    /** The number of the stop condition {@link #raised} reads first, or -1. */
    static int raisedCondition(ScoredCall call, CardProfile card) {
        Raise r = first(call, card, 3);
        return r == null ? -1 : r.condition();
    }

    /** The index of the first customer turn that raises a stop condition as {@link #raised} reads it, or -1. */
    static int raisedAt(ScoredCall call, CardProfile card) {
        Raise r = first(call, card, 3);
        return r == null ? -1 : r.turn().index();
    }

    /**
     * The index of the first customer turn that raises a stop condition, or -1, taking two-character Chinese words too ("插头那儿冒烟了…插座都熏黑了" for 插头冒烟、插座发烫发黑, holdout65's shafa-fanxin-07). Too loose to judge an ending
     * by (three faithful calls and a B call were capped on such pairs), it only opens the reading of reassurance after it,
     * which needs words of its own.
     */
    static int raisedLoosely(ScoredCall call, CardProfile card) {
        Raise r = first(call, card, 2);
        return r == null ? -1 : r.turn().index();
    }

    private record Raise(int condition, Turn turn) {}

    private static Raise first(ScoredCall call, CardProfile card, int shortest) {
        for (Trigger trigger : card.stopTriggers) {
            for (Turn t : call.turns) {
                if (t.speaker() == Role.CALLEE && raises(t.text(), trigger, shortest)) {
                    return new Raise(trigger.condition(), t);
                }
            }
        }
        return null;
    }

    /** The trigger's terms that at most two of the card's caller sentences have (蚕丝 and 过敏 are in every line of a quilt card). */
    private static Set<String> distinctive(Set<String> terms, List<String> callerSentences) {
        List<Set<String>> sentenceTerms = callerSentences.stream().map(CardProfile::terms).toList();
        Set<String> out = new HashSet<>();
        for (String term : terms) {
            // "someone hit by one", "sirens for his area right now": "one" and "right" name nothing ("Will my insurance go down
            // if I put one in?" had raised a tornado's condition, holdout74's faithful safe-room-03)
            if (GENERIC.contains(term) || dev.rolecall.text.EnglishNumbers.numberWord(term)) {
                continue;
            }
            long df = sentenceTerms.stream().filter(s -> s.contains(term)).count();
            if (df <= 2) {
                out.add(term);
            }
        }
        return out;
    }

    /**
     * Two separate words of the trigger, said plainly: one alone is too common ("the black stains by the back door" is no "old
     * black-glued tiles", holdout60's faithful floor-refinish-03; "验出问题开发商不认怎么办？" is no "开发商不让第三方验房人员进场",
     * holdout51's faithful yanfang-01). Overlapping bigrams (开发, 发商) are one word.
     */
    private static boolean raises(String text, Trigger raising, int shortest) {
        List<Pattern> trigger = raising.terms();
        StringBuilder kept = new StringBuilder();
        boolean story = false;
        for (String sentence : Sentences.split(text)) {
            // "should I scrape a bit off and send it to you?" asks whether to; it reports nothing done (holdout67's faithful
            // lead-paint-03)
            // an incident told as over ("上个月…手指被滚筒擦破了皮") is the customer's history, not what the call must stop for,
            // unless the condition is about history ("she's fallen on the stairs in the last month", holdout61's stairlift-07)
            boolean past = !raising.history() && PAST.matcher(sentence).find();
            boolean over = past && !NOW.matcher(sentence).find();
            String said = ASKS_WHETHER_TO.matcher(sentence.strip()).lookingAt() || over ? ""
                    // and one set in the past that says what is so now keeps only that: "we had the chimney roar … a couple weeks
                    // back, there's a crack upstairs now" (holdout78's faithful chimney-sweep-05)
                    : story || past ? ofNow(sentence) : sentence;
            kept.append(said).append(' ');
            story |= past;
        }
        String lower = kept.toString().toLowerCase(java.util.Locale.ROOT);
        java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();
        for (Pattern term : trigger) {
            Matcher m = term.matcher(lower);
            while (m.find()) {
                if (!DENIED_BEFORE.matcher(lower.substring(0, m.start())).find() && !FINE_AFTER.matcher(lower.substring(m.end())).find()) {
                    spans.merge(m.start(), m.end(), Math::max);
                }
            }
        }
        // distinct words: "开发商…开发商" is one said twice (holdout51's faithful yanfang-03)
        Set<String> words = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        int from = -1;
        int reach = -1;
        for (var e : spans.entrySet()) {
            if (e.getKey() >= reach) {
                addWord(words, pairs, lower.substring(Math.max(from, 0), Math.max(reach, 0)), shortest);
                from = e.getKey();
            }
            reach = Math.max(reach, e.getValue());
        }
        addWord(words, pairs, lower.substring(Math.max(from, 0), Math.max(reach, 0)), shortest);
        // four words of two characters are a scene told in the customer's own words: "吸顶盘一下子脱下来半截…冒火花。他从梯子上摔到
        // 楼梯上了，捂着脖子说疼" (holdout73's diaodeng-07) raised 冒火, 从梯, 上摔 and 脖子 and no longer word of the card's
        return words.size() >= 2 || pairs.size() >= PAIRS_FOR_A_SCENE;
    }

    /** English that says what is so now, in a story told as over: "and now there's a crack", "she can't breathe". */
    private static final Pattern PRESENT = Pattern.compile("\\b(?:is|are|am|isn't|aren't|can't|won't|doesn't|don't|do|does|has|have"
            + "|keeps?|this (?:morning|afternoon|evening)|tonight|just)\\b|'s\\b|'re\\b", Pattern.CASE_INSENSITIVE);
    /** A clause told in the past: "There was a bang like a gunshot", "the drill kicked" (not "more than it used to"). */
    private static final Pattern PAST_TENSE = Pattern.compile("\\b(?:was|were|had|did|went|came|got|fell|broke|heard|saw|felt|found|told"
            + "|said|thought|hit|blew|shot)\\b|\\b(?!used to\\b)\\w{2,}ed\\b", Pattern.CASE_INSENSITIVE);

    /**
     * An English sentence that goes on a story told as over ("My son-in-law drilled into the floor two Saturdays back… Loud
     * bang, drill kicked, and now there's a crack…"), less its clauses told in the past: the bang is the story's, the crack is
     * today's (holdout74's faithful safe-room-01 and -03 had been read as the card's "slab cracking with a bang" happening on
     * the call). A clause in no tense of the past stays ("and the battery case looks swollen"), unless it is a fragment of the
     * story ("Loud bang, drill kicked, …"); Chinese, whose verbs carry no tense, is kept whole.
     */
    private static String ofNow(String sentence) {
        if (!sentence.matches("(?s).*[A-Za-z]{3,}.*")) {
            return sentence;
        }
        StringBuilder out = new StringBuilder();
        for (String clause : Sentences.clauses(sentence)) {
            boolean toldThen = PAST_TENSE.matcher(clause).find() || clause.strip().split("\\s+").length <= 3; // or "Loud bang"
            if (!toldThen || NOW.matcher(clause).find() || PRESENT.matcher(clause).find()) {
                out.append(clause).append(' ');
            }
        }
        return out.toString();
    }

    /** Two-character words of a trigger that raise it together when no longer word is said. */
    private static final int PAIRS_FOR_A_SCENE = 4;

    /** Verbs of damage and injury, said with 了 or a result as often as in the card's compound: 裂纹 as "裂了", 划伤 as "划破". */
    private static final String DAMAGE = "裂划割烫烧摔砸碎漏渗塌断脱歪晃冒肿烂锈松倒崩炸擦刺扎咬吐";
    /** Symptoms a card writes with 发 (发麻, 发晕, 发抖). */
    private static final String SYMPTOM = "麻晕抖烫烧紫软";

    /**
     * A Chinese term as said: "玻璃裂了…底下还在往下掉渣" for the card's "玻璃已经有裂纹…在掉渣" (holdout68's linyu-boli-07, a bleeding
     * mother-in-law booked for a film, had raised one word of its trigger, so "卫生间照常用没事" after it went unread).
     */
    private static String chineseForms(String term) {
        if (term.length() == 2 && DAMAGE.indexOf(term.charAt(0)) >= 0 && "了开破".indexOf(term.charAt(1)) < 0) {
            return Pattern.quote(term) + "|" + term.charAt(0) + "[了开破]";
        }
        // a symptom said as it is felt: the card's 手发麻 as "手一下就麻了，现在还麻着" (holdout72's yugang-07, a shocked customer
        // booked for a service)
        if (term.length() == 2 && term.charAt(0) == '发' && SYMPTOM.indexOf(term.charAt(1)) >= 0) {
            return Pattern.quote(term) + "|" + term.charAt(1) + "[了着]";
        }
        return Pattern.quote(term);
    }

    /**
     * An English term in any of its forms, and a symptom in the words a parent says it in: "a heat gun" for the card's
     * "heat-gunning", "he's thrown up twice and he's so sleepy" for "vomiting or unusual tiredness" (holdout67's lead-paint-07,
     * a poisoned child booked for an inspection, had raised one word of its trigger).
     */
    private static String forms(String term) {
        String said = SAID_AS.get(term);
        int suffix = term.length() > 5 && term.endsWith("ing") ? 3 : term.length() > 4 && term.endsWith("ed") ? 2 : 0;
        String stem = term.substring(0, term.length() - suffix);
        if (stem.length() < 4) {
            suffix = 0; // "coming" is no "come": a stem that short is any verb
            stem = term;
        } else if (suffix > 0 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
            stem = stem.substring(0, stem.length() - 1); // gunning → gun
        }
        String word = "\\b" + Pattern.quote(stem)
                + (suffix == 0 ? "" : "(?:" + stem.charAt(stem.length() - 1) + "?(?:ing|ed|s)|e[sd]?|s)?") + "\\b";
        return said == null ? word : word + "|" + said;
    }

    /** Symptoms a stop condition names, as people say them. */
    private static final java.util.Map<String, String> SAID_AS = java.util.Map.of(
            "vomiting", "\\b(?:thr(?:ew|own|owing|ow) up|vomit\\w*|puk(?:e|ed|ing))\\b",
            "tiredness", "\\b(?:tired|sleepy|drowsy|lethargic|exhausted)\\b");

    /** A Chinese word of three characters or more: two-character bigrams match across words ("第三，" of 第三方). */
    private static void addWord(Set<String> words, Set<String> pairs, String word, int shortest) {
        if (word.length() >= shortest) {
            words.add(word);
        } else if (word.length() == 2 && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HAN) {
            pairs.add(word);
        }
    }
}
