package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something the card requires, let off in words: "交房通知书不用带" (验房时请带交房通知书), "泳帽不想戴也没关系" (泳帽必须戴), "no need
 * for a doctor's note" (a doctor's note is required). No number is wrong and the sentence shares the card's words, so no
 * other check reads it; a reviewer fails the call for sending the customer off without what the job needs (49 labelled
 * misses in 35 sets). The thing let off is the words beside the waiver, matched to a sentence of the card that requires it
 * (a must-word) or a red line against letting it off; a card that lets off the same thing itself backs it.
 */
final class RequirementsWaived {
    private static final Pattern WAIVED_ZH = Pattern.compile(
            "(?<!就)(?:不用|不需要|不必|用不着|没必要|无需)(?!担心|着急|急|客气|谢|怕|紧张|操心|麻烦|多想|顾虑|纠结|管[，。！,.!]|管$)"
                    // "泳帽不想戴也没关系", "查找设备不关也没关系", "疫苗本忘带也没事"
                    + "|(?:不想|不|没|忘)\\p{IsHan}{1,2}?也(?:没关系|没事|行|可以|不要紧|无所谓)");
    /** An English waiver of what follows it: "no need for a doctor's note", "she doesn't need to sign anything". */
    private static final Pattern WAIVED_EN = Pattern.compile(
            "\\bno need (?:for|to)\\b(?! (?:worry|apologi|rush|hurry|thank))"
                    + "|\\b(?:don'?t|doesn'?t|won'?t|do not|does not|will not) (?:even |really )?(?:need|have) to\\b(?! (?:worry|apologi|rush|hurry|thank|do anything))"
                    + "|\\b(?:don'?t|doesn'?t|won'?t|do not|does not|will not) (?:even |really )?need (?:a|an|the|your|any)\\b"
                    + "|\\b(?:can|could|just) skip\\b|\\bdon'?t worry about (?:the|your|a|an)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An English waiver of what comes before it: "the permit isn't required". */
    private static final Pattern WAIVED_EN_AFTER = Pattern.compile("\\b(?:isn'?t|is not|aren'?t|are not|not) (?:necessary|required|needed|mandatory)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sentence of the card requiring something. */
    private static final Pattern MUST = Pattern.compile("必须|务必|一定要|(?<![有如若果不])需要(?!的)|必需|须|得带|要(?:带|携带|穿|戴|签|本人|出示|提前|交|提供|准备)(?!什么|啥|哪)|请带|请携带|请准备|记得带|带上|带好|凭"
            + "|\\b(?:must|needs? to|needs? (?:a|an|the|your)|required|requires?|have to|has to|mandatory|bring|make sure|please have)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A red line against letting it off: "不许说可以不戴泳帽", "不能让用户不关「查找设备」直接寄", "Never say the note can be skipped". */
    private static final Pattern RULE_WAIVES = Pattern.compile("可以不|不用|不需要|不必|不带|不关|不戴|不签|不交|不验|不量"
            + "|\\b(?:skip|skipped|no need|without|don'?t need|doesn'?t need|not (?:needed|required|necessary))\\b", Pattern.CASE_INSENSITIVE);
    /** The card's own let-offs: what it waives, a rep may waive. */
    private static final Pattern CARD_WAIVES = Pattern.compile("可以不|不用|不需要|不必|无需|用不着|没必要|可不|不要求"
            + "|\\b(?:no need|(?:don'?t|doesn'?t|do not|does not|won'?t|will not) (?:need|have to|require)"
            + "|(?:isn'?t|is not|aren'?t|are not|not) (?:needed|required|necessary|mandatory)|optional)\\b", Pattern.CASE_INSENSITIVE);
    /** Words beside a waiver that name no requirement. */
    private static final Set<String> GENERIC = Set.of("我们", "您的", "你的", "师傅", "时候", "这个", "那个", "可以", "就行", "直接", "自己",
            "到时", "一下", "现场", "当天", "这边", "那边", "客户", "的话", "您这", "您那", "什么", "我们的", "再来", "专门", "特地", "这样", "那样",
            "anything", "something", "anyone", "someone", "that", "this", "there", "here", "today", "time", "thing", "things", "worry",
            "just", "really", "even", "them", "they", "have", "need", "about", "with", "into", "onto", "before", "after", "come",
            "call", "back", "sure", "make", "take", "bring", "your", "yours", "customer", "customers");

    private RequirementsWaived() {}

    /** The card's requirements, each as its sentence and content terms. Read once per card. */
    record Required(String sentence, Set<String> terms) {}

    static List<Required> ofCard(List<String> backingSentences, String rules) {
        List<Required> out = new ArrayList<>();
        for (String s : backingSentences) {
            if (!Sentences.endsAsking(s) && !CARD_WAIVES.matcher(s).find()) {
                near(s, MUST).ifPresent(terms -> out.add(new Required(s.strip(), terms)));
            }
        }
        for (String s : Sentences.split(rules)) {
            near(s, RULE_WAIVES).ifPresent(terms -> out.add(new Required(s.strip(), terms)));
        }
        return List.copyOf(out);
    }

    /**
     * The terms beside each match of the pattern (eight characters or six words either side): what "入住要带疫苗本，…最近一针要打完满
     * 14天" requires is 疫苗本, not every word of the sentence.
     */
    private static java.util.Optional<Set<String>> near(String sentence, Pattern p) {
        Matcher m = p.matcher(sentence);
        Set<String> out = new HashSet<>();
        boolean any = false;
        while (m.find()) {
            any = true;
            out.addAll(terms(window(sentence, m.start(), m.end(), 8, 6)));
        }
        return any ? java.util.Optional.of(out) : java.util.Optional.empty();
    }

    /** The text either side of a span: {@code chars} characters of Chinese, or {@code words} words of anything else. */
    private static String window(String text, int start, int end, int chars, int words) {
        String before = text.substring(0, start);
        String after = text.substring(end);
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return before.substring(Math.max(0, before.length() - chars)) + "，" + after.substring(0, Math.min(after.length(), chars));
        }
        return words(before, true, words) + " , " + words(after, false, words);
    }

    /** The first or last {@code n} words of a text. */
    private static String words(String text, boolean last, int n) {
        String[] w = text.strip().split("\\s+");
        return String.join(" ", last ? java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length)
                : java.util.Arrays.copyOfRange(w, 0, Math.min(w.length, n)));
    }

    /** What the card itself lets off, as content terms. */
    static Set<String> waivedByCard(List<String> backingSentences) {
        Set<String> out = new HashSet<>();
        for (String s : backingSentences) {
            if (!Sentences.endsAsking(s) && CARD_WAIVES.matcher(s).find()) {
                out.addAll(terms(s));
            }
        }
        return out;
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        if (card.requirements.isEmpty()) {
            return List.of();
        }
        for (String sentence : Sentences.split(t.text())) {
            if (Sentences.endsAsking(sentence)) {
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                Set<String> object = object(clause);
                if (object.isEmpty() || object.stream().anyMatch(card.waivedByCard::contains) || FactFlag.covered(flagged, clause)) {
                    continue;
                }
                for (Required r : card.requirements) {
                    if (object.stream().anyMatch(r.terms()::contains)) {
                        return List.of(new FactFlag(t.index(), "waived", clause.strip(), r.sentence()));
                    }
                }
            }
        }
        return List.of();
    }

    /** The content terms beside a clause's waiver: six characters or five words either side of it; empty when there is none. */
    private static Set<String> object(String clause) {
        Matcher zh = WAIVED_ZH.matcher(clause);
        if (zh.find()) {
            return terms(window(clause, zh.start(), zh.end(), 6, 0));
        }
        // the parent "doesn't have to stay" lets off staying, not the parent's consent form (holdout28's faithful studio-01)
        Matcher en = WAIVED_EN.matcher(clause);
        if (en.find()) {
            return terms(words(clause.substring(en.end()), false, 5));
        }
        Matcher after = WAIVED_EN_AFTER.matcher(clause);
        if (after.find()) {
            return terms(words(clause.substring(0, after.start()), true, 4));
        }
        return Set.of();
    }

    /** Chinese character pairs and English words of four letters or more (less a plural s), without the generic ones. */
    private static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        for (String term : CardProfile.terms(text)) {
            String w = term.matches("[a-z].*") ? term.replaceAll("'s$|(?<!s)s$", "") : term;
            if (!GENERIC.contains(w) && !(w.matches("[a-z\\d].*") && w.length() < 4) && !WAIVER_CHARS.matcher(w).find()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A pair holding a waiver's own characters names nothing let off ("不用", "用带"). */
    private static final Pattern WAIVER_CHARS = Pattern.compile("[不没无必需须需要用也行事关系紧想忘]");
}
