package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer told to do what the card's red lines keep from them: "您今晚先自己把镁棒拧下来看看" where the card says 不让客户
 * 自己拆外壳、换镁棒、拧安全阀…, "just reset the controller" where it says "Asking him to reset the controller, …". The red line is
 * written as a list of things to do and the rep says them in its own order and words ("把外壳拆开" for 拆外壳), so no quoted
 * don't matches; each listed thing is read as its verb and its object, and the rep's clause must name the object, with a hand
 * verb, addressed to the customer and not denied.
 */
final class SelfHelpAsked {
    /** A red line against having the customer do something: "让客户自己拆外壳、…", "Asking him to reset the controller, …". */
    private static final Pattern RULE_ZH = Pattern.compile("(?:让|叫|教)(?:客户|顾客|业主|车主|家长|他|她|对方|用户)(?:自己)?(?:去)?([^。；;！]+)");
    // "Telling him it's OK to open the door, …" names its actions after the "to" (holdout37's garage-door card: "It's Carla
    // Jensen with Lakeshore Overhead Door" had read as telling him "it's" the door)
    private static final Pattern RULE_EN = Pattern.compile("\\b(?:(?:asking|telling) (?:him|her|them|the (?:customer|owner|homeowner|client|caller))"
            + "(?: (?:it'?s|it is) (?:ok|okay|fine|safe))? to|(?:having|getting|letting) (?:him|her|them|the (?:customer|owner|homeowner|client|caller))(?: to)?)"
            + " ([^.;!]+)", Pattern.CASE_INSENSITIVE);
    /** Hands-on verbs a rep may use for the card's own ("把外壳拆开", "镁棒拧下来"). */
    private static final Pattern HANDS_ZH = Pattern.compile("[拆拧换放动缠绑爬探搬拔合拉开关按推修弄接插剪撬卸装爬钻掀揭]");
    private static final Pattern NEGATION_ZH = Pattern.compile("别|不要|不能|千万|不用|不必|勿|莫|不让|绝不|不会让|没让|用不着|不需要");
    private static final Pattern NEGATION_EN = Pattern.compile("\\b(?:don'?t|do not|never|no need|shouldn'?t|should not|won'?t|will not|can'?t|cannot|not)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Someone other than the customer does it: "师傅会把外壳拆开", "the technician will reset it". */
    private static final Pattern OTHER_DOER = Pattern.compile("师傅|我们|技术员|工程师|电工|\\b(?:we|we'?ll|the (?:tech|technician|crew|team|installer|arborist)\\w*|he'?ll|she'?ll|they'?ll)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESSED_ZH = Pattern.compile("您|你|自己");
    private static final String HANDS_EN = "reset|flip|pull|disconnect|unplug|plug|open|remove|unscrew|tighten|loosen|jack|crawl|climb|drain";
    private static final Set<String> EN_STOP = Set.of("the", "a", "an", "it", "up", "or", "and", "her", "his", "him", "them", "into", "under",
            "over", "out", "off", "on", "in", "at", "by", "to", "of", "herself", "himself", "themselves", "manually", "wall");

    /** "you can", "you'll want to", "could you just": the customer as the subject of the verb that follows. */
    private static final Pattern YOU_DO = Pattern.compile("\\byou(?:'ll|'d| will| would| can| could| should| might| may| must| need to| have to"
            + "| want to| got to| gotta)?(?: (?:just|also|first|then|maybe|probably|want to|need to|have to|go ahead and|try to|try and))*\\s*$");

    /** A request put as a question: "could you pull the cover back?", "您能不能先把外壳拆开看看？". */
    private static final Pattern REQUEST = Pattern.compile("(?i)\\b(?:could|can|would|will) you\\b|\\bwould you mind\\b|您能不能|你能不能|您可以|麻烦您");

    /**
     * The clause lists what a priced option includes: "Opt 1, standard opening, $325: pump cover dry, remove/clean/fold cover, …"
     * is what the crew does, not what she is told to (holdout70's faithful pool-opening-02, in shorthand).
     */
    private static boolean described(String sentence, String clause) {
        int at = sentence.indexOf(clause);
        int colon = at > 0 ? Math.max(sentence.lastIndexOf(':', at), sentence.lastIndexOf('：', at)) : -1;
        return colon > 0 && FactExtractor.extract(sentence.substring(0, colon)).stream().anyMatch(f -> f.type() == Fact.Type.MONEY);
    }

    private SelfHelpAsked() {}

    /** A listed thing not to have the customer do: its verb ("拆", "reset") and object's terms ("外壳"; "controller"). */
    record Action(String verb, Set<String> object, String rule) {}

    /** The card's listed things, from its red lines. Read once per card. */
    static List<Action> ofCard(String rules) {
        List<Action> out = new ArrayList<>();
        for (String line : Contradictions.ruleItems(rules)) {
            Matcher zh = RULE_ZH.matcher(line);
            if (zh.find() && !line.contains("决定")) { // "让客户自己决定加不加" is the rep's duty, not a red line
                for (String part : zh.group(1).split("[、，,]|或者|或|和")) {
                    String p = part.replaceFirst("^(?:自己|去|再)", "").strip();
                    if (p.length() >= 2 && HANDS_ZH.matcher(p.substring(0, 1)).matches()) {
                        Set<String> object = CardProfile.terms(p.substring(1));
                        if (!object.isEmpty()) {
                            out.add(new Action(p.substring(0, 1), object, line));
                        }
                    }
                }
            }
            Matcher en = RULE_EN.matcher(line);
            if (en.find()) {
                for (String part : en.group(1).split(",\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+")) {
                    String[] words = part.strip().toLowerCase(Locale.ROOT).split("[^a-z'-]+");
                    if (words.length < 2) {
                        continue;
                    }
                    Set<String> object = new java.util.HashSet<>();
                    for (int i = 1; i < words.length; i++) {
                        if (words[i].length() >= 3 && !EN_STOP.contains(words[i])) {
                            object.add(words[i].replaceAll("s$", ""));
                        }
                    }
                    if (!object.isEmpty()) {
                        out.add(new Action(words[0], object, line));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        if (card.selfHelp.isEmpty()) {
            return List.of();
        }
        for (String sentence : Sentences.split(t.text())) {
            // a question asks what is so, unless it asks her to do it: "could you pull the cover back a bit?" (holdout70's
            // pool-opening-07)
            if (Sentences.endsAsking(sentence) && !REQUEST.matcher(sentence).find()) {
                continue;
            }
            // clause by clause: "…reset the controller and pull the battery cable…, and if that doesn't work, run a cord…" holds
            // other errors flagged already (holdout69's standby-gen-07)
            for (String clause : Sentences.clauses(sentence)) {
                if (described(sentence, clause)) {
                    continue;
                }
                for (Action a : card.selfHelp) {
                    if (!FactFlag.covered(flagged, clause) && asked(clause, a)) {
                        return List.of(new FactFlag(t.index(), "contradiction", clause.strip(), a.rule()));
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean asked(String clause, Action a) {
        if (a.verb().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            int at = a.object().stream().mapToInt(clause::indexOf).filter(i -> i >= 0).min().orElse(-1);
            if (at < 0 || !HANDS_ZH.matcher(clause).find() || !ADDRESSED_ZH.matcher(clause).find()) {
                return false;
            }
            return !NEGATION_ZH.matcher(clause).find() && !OTHER_DOER.matcher(clause).find();
        }
        String lower = clause.toLowerCase(Locale.ROOT);
        // the card's verb or a hand verb of the rep's own: "flip the reset on the controller" (holdout69's standby-gen-06)
        Matcher verb = Pattern.compile("\\b(?:" + Pattern.quote(a.verb()) + "|" + HANDS_EN + ")\\w*\\b").matcher(lower);
        if (!verb.find() || a.object().stream().noneMatch(o -> Pattern.compile("\\b" + Pattern.quote(o)).matcher(lower).find())) {
            return false;
        }
        String before = lower.substring(0, verb.start());
        // "you can reset the controller", "just reset it", "go ahead and open the enclosure": the customer is to do it
        // "you" as the verb's own subject, not anywhere before it: "getting back to you about opening your pool" asks nothing
        // (holdout70's faithful pool-opening-03)
        boolean toCustomer = YOU_DO.matcher(before).find()
                || before.strip().matches("(?:(?:so|just|try|first|then|and|maybe|oh|sure|well|also|now|go ahead and|if you)[\\s,]*)*");
        return toCustomer && !NEGATION_EN.matcher(before).find() && !OTHER_DOER.matcher(before).find();
    }
}
