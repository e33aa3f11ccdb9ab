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

    /** Whether an end condition is about the customer's symptoms. */
    static boolean aboutSymptoms(String condition) {
        return SYMPTOM_CONDITION.matcher(condition).find();
    }

    private SymptomEndings() {}
}
