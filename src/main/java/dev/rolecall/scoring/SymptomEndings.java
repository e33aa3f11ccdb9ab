package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;

/**
 * A symptoms ending with no symptom: "患者出现异常症状，已安排尽快回院检查" claimed after "挺好的，比昨天消了不少，没出血也没烧"
 * (holdout32's clinic-04, at 98.5 the highest-scored C call of all). The customer's own report of how it is going decides.
 */
final class SymptomEndings {
    /** An end condition about symptoms: "患者出现异常症状", "reports symptoms that need a doctor". */
    private static final java.util.regex.Pattern SYMPTOM_CONDITION = java.util.regex.Pattern.compile(
            "异常症状|出现异常|症状|不适|\\bsymptoms?\\b|\\bunwell\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The customer says the recovery is going well. */
    private static final java.util.regex.Pattern WELL = java.util.regex.Pattern.compile(
            "挺好|还好|好多了|没出血|没烧|没发烧|没有出血|没有发烧|不疼了|消了|\\b(?:feeling (?:fine|good|better|great)|no fever|no bleeding"
                    + "|doing (?:fine|well|great|good)|all good)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A symptom reported, not denied ("没出血" is none): bleeding, fever, swelling or pain getting worse. */
    private static final java.util.regex.Pattern UNWELL = java.util.regex.Pattern.compile(
            "(?<![没不无])(?:出血|流血|发烧|烧到|高烧|越来越|更疼|更肿|疼得厉害|肿得厉害|不舒服|化脓|发炎|头晕|呕吐)"
                    + "|\\b(?:bleeding|fever|worse|swollen|hurts? (?:a lot|badly)|dizzy|vomit\\w*|infect\\w*)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The customer's turn saying all is well, when no customer turn reports a symptom; else null. */
    static Turn reportsWell(ScoredCall call) {
        Turn well = null;
        for (Turn t : call.turns) {
            if (t.speaker() != Role.CALLEE) {
                continue;
            }
            String plain = t.text().replaceAll("(?i)\\bno (?:bleeding|fever)\\b", " ");
            if (UNWELL.matcher(plain).find()) {
                return null;
            }
            if (well == null && WELL.matcher(t.text()).find()) {
                well = t;
            }
        }
        return well;
    }

    /** A symptom the card's own alarm names, reported as going on: bleeding that will not stop, swelling getting worse. */
    private static final java.util.regex.Pattern ALARM = java.util.regex.Pattern.compile(
            "(?:一直|持续|还在|不停地?|止不住|没止住)[^，。！？]{0,6}(?:出血|渗血|流血)|(?:出血|渗血|流血)[^。！？]{0,10}(?:止不住|没止住|没停|不停|还在流)"
                    + "|越来越肿|肿得越来越|越肿越|更肿了|比昨天还(?:肿|厉害)|肿得[^，。！？]{0,4}睁不开"
                    + "|\\b(?:won'?t stop bleeding|still bleeding|keeps bleeding|bleeding (?:all night|won'?t stop|hasn'?t stopped)"
                    + "|swelling(?:'s| is) (?:getting )?worse|more swollen)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** An end condition for someone hurt: "有人被玻璃划伤", "someone is injured or bleeding". */
    private static final java.util.regex.Pattern INJURY = java.util.regex.Pattern.compile("划伤|割伤|受伤|伤到|流血|出血|\\b(?:injur\\w*|bleed\\w*|cut|hurt)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A fever limit on the card: "发烧超过38度5", "a fever over 101". */
    private static final java.util.regex.Pattern FEVER_LIMIT = java.util.regex.Pattern.compile(
            "(?:发烧|发热|体温|fever)[^，。；;]{0,6}(?:超过|高于|above|over)\\s*(\\d{2,3})(?:(?:度|\\.)(\\d))?", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A temperature the customer reports: "体温38度九", "烧到39度", "a fever of 101.5". */
    private static final java.util.regex.Pattern FEVER = java.util.regex.Pattern.compile(
            "(\\d{2,3})(?:(?:度|\\.)([\\d一二三四五六七八九]))?\\s*(?:度|°|degrees)?", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern FEVER_WORD = java.util.regex.Pattern.compile("发烧|发热|体温|烧到|高烧|\\bfever\\b|\\btemp",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The customer's turn reporting what the card's alarm line names (bleeding that will not stop, worse swelling, a fever over
     * its limit), on a card with an end condition for symptoms or for someone hurt; else null. "从昨天晚上伤口就一直在渗血…体温三十八度九，脸肿得比
     * 昨天还厉害" closed as a routine follow-up (holdout68's clinic-04; ten such calls in the sets read before, all passed).
     */
    static Turn alarming(ScoredCall call, CardProfile card) {
        if (card.card.caller().endConditions().stream().noneMatch(c -> c.number() != ClosingCheck.GOAL
                && (aboutSymptoms(c.text()) || INJURY.matcher(c.text()).find()))) {
            return null;
        }
        java.util.regex.Matcher limit = FEVER_LIMIT.matcher(ChineseNumbers.normalize(card.card.caller().raw()));
        Double fever = limit.find() ? Double.parseDouble(limit.group(1) + (limit.group(2) == null ? "" : "." + limit.group(2))) : null;
        for (Turn t : call.turns) {
            if (t.speaker() != Role.CALLEE) {
                continue;
            }
            String text = ChineseNumbers.normalize(t.text());
            if (ALARM.matcher(text).find()) {
                return t;
            }
            if (fever != null && FEVER_WORD.matcher(text).find()) {
                java.util.regex.Matcher m = FEVER.matcher(text);
                while (m.find()) {
                    String tenth = m.group(2) == null ? "" : "." + ("0123456789".indexOf(m.group(2)) >= 0 ? m.group(2)
                            : String.valueOf("一二三四五六七八九".indexOf(m.group(2)) + 1));
                    double v = Double.parseDouble(m.group(1) + tenth);
                    if (v > fever && v < fever + 6) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /** Whether an end condition is about the customer's symptoms. */
    static boolean aboutSymptoms(String condition) {
        return SYMPTOM_CONDITION.matcher(condition).find();
    }

    private SymptomEndings() {}
}
