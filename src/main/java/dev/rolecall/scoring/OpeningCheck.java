package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.card.Side;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The first caller utterance says who is calling, for which company, and why. */
final class OpeningCheck {
    /** Purpose: as close to the card's opening (or step 1) as a paraphrase is; unrelated ≈ 0.35. */
    static final double PURPOSE = 0.6;
    static final int PURPOSE_TERMS = 2;

    private OpeningCheck() {}

    static Item score(ScoredCall call, CardProfile card) {
        List<Turn> caller = call.of(Role.CALLER);
        if (caller.isEmpty()) {
            return Item.of(0, List.of(), "the caller never spoke");
        }
        Turn first = caller.get(0);
        Side side = card.card.caller();
        boolean name = side.name().isBlank() || first.text().contains(side.name());
        String org = orgCore(side.organization());
        boolean company = org.isEmpty() || named(first.text(), org);
        float[] v = call.vec(first);
        double purpose = Math.max(card.opening == null ? 0 : Embedder.cosine(v, card.opening),
                card.stepLines.isEmpty() ? 0 : CardProfile.max(v, card.stepLines.get(0)));
        // the embedding alone rates any greeting close to the card's opening (English especially), so the
        // purpose must also be named in the card's own words: 到期 / 续费, "subscription ... expires"
        Set<String> named = CardProfile.terms(first.text());
        named.retainAll(card.purposeTerms);
        boolean why = purpose >= PURPOSE && (card.purposeTerms.size() < PURPOSE_TERMS || named.size() >= PURPOSE_TERMS);
        List<String> missing = new ArrayList<>();
        if (!name) {
            missing.add("name " + side.name());
        }
        if (!company) {
            missing.add("company " + side.organization());
        }
        if (!why) {
            missing.add(String.format("purpose (similarity to the card opening %.2f, its terms named: %s)", purpose, named));
        }
        double score = ((name ? 1 : 0) + (company ? 1 : 0) + (why ? 1 : 0)) / 3.0;
        return Item.of(score, List.of(first.index()), missing.isEmpty()
                ? "names caller, company and purpose" : "missing: " + String.join(", ", missing));
    }

    private static final java.util.Set<String> GENERIC_EN = java.util.Set.of("gyms", "gym", "group", "services", "service",
            "company", "corp", "bank", "broadband", "health", "insurance", "clinic", "center", "centre", "the", "and");

    /**
     * The company as people say it: its distinctive part, or its brand alone. 泰和财产保险 is said
     * 泰和财险 (its first two characters), PeakFit Gyms is said PeakFit (a word of its own, not "Gyms").
     */
    static boolean named(String text, String core) {
        if (text.contains(core)) {
            return true;
        }
        boolean han = core.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (han) {
            return core.length() >= 4 && text.contains(core.substring(0, 2));
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(core.toLowerCase(java.util.Locale.ROOT).split("[^\\p{IsLatin}\\d]+"))
                .anyMatch(w -> w.length() >= 4 && !GENERIC_EN.contains(w) && lower.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*"));
    }

    /** 长江公司 → 长江: people say 长江平台, 长江云服务; the distinctive part is what identifies. */
    static String orgCore(String org) {
        String core = org.replaceAll("(股份)?(有限)?(公司|集团|医院|诊所|中心|银行|平台|Inc\\.?|Ltd\\.?|LLC)$", "").trim();
        return core.length() >= 2 ? core : org;
    }
}
