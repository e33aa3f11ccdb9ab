package dev.rolecall.scoring;

import dev.rolecall.text.EnglishNumbers;
import dev.rolecall.transcript.Turn;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone younger than the card allows let do what it reserves for an adult: "Your son's sixteen, that's fine, he can let
 * them in", "anyone over twelve can let the technician in", "a teenager can let him in" where the card says "Someone over
 * 18 needs to be home to let the technician in". The bundled isp-visit card's customer has a sixteen-year-old son, and C
 * calls in 14 labelled sets let him in; no number is wrong in most of them and no presence is waived, so nothing else read it.
 * Only a card that names an age for being there (over 18, 18岁以上, an adult) is checked.
 */
final class AgeLimits {
    private static final String AGE = "(\\d{1,2}|[a-z]+(?:-[a-z]+)?)";
    /** The card's minimum, in a sentence about being there: "Someone over 18 needs to be home", "家里要有18岁以上的人". */
    private static final Pattern CARD_MIN = Pattern.compile("\\b(?:over|above|at least|aged) " + AGE + "\\b|\\b" + AGE + " or (?:over|older)\\b"
            + "|(\\d{2})岁(?:以上|及以上)|年满(\\d{2})|\\b(adult)\\b|(成年)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENCE = Pattern.compile("\\b(?:home|there|present|let (?:him|her|them|the \\w+|us) in|on site)\\b"
            + "|在家|在场|开门|家里要有|有人|留人|等师傅|接待", Pattern.CASE_INSENSITIVE);
    /** Leave given: "can let him in", "that's fine", "is old enough", "也行". */
    private static final Pattern ALLOWED = Pattern.compile("\\b(?:can|could|may) (?:let (?:him|her|them|the \\w+|us) in|be (?:home|there))\\b"
            + "|\\b(?:is|'s|are) (?:fine|ok|okay|old enough|enough)\\b|\\bthat's fine\\b|\\bno problem\\b|\\bwill do\\b"
            + "|也行|就行|可以开门|开门就行|没问题|也可以", Pattern.CASE_INSENSITIVE);
    /** Someone not shown to be of age: a child, a teenager, anyone at all. */
    private static final Pattern MINOR = Pattern.compile("\\b(?:your|his|her|the) (?:son|daughter|kid|boy|girl|teen\\w*)\\b|\\ba teen(?:ager)?\\b"
            + "|\\b(?:anyone|anybody|any family member|someone in the house)\\b(?! (?:over|above|aged|at least) (?:18|eighteen))"
            + "|儿子|女儿|孩子|小孩|家里人|谁都", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAID_AGE = Pattern.compile("\\b(\\d{1,2}|[a-z]+(?:-[a-z]+)?)(?:-year-old|'s fine| is fine| is old enough"
            + "|'s old enough| or over| or older)|\\b(?:over|above) (\\d{1,2}|[a-z]+)\\b|(\\d{1,2})岁", Pattern.CASE_INSENSITIVE);
    /** The rule restated or refused: "he can't let them in, it has to be an adult". */
    private static final Pattern REFUSED = Pattern.compile("\\b(?:can'?t|cannot|not|isn'?t|won'?t|has to be|needs? to be|must|only)\\b|不行|不可以|不能|必须|得是",
            Pattern.CASE_INSENSITIVE);

    private AgeLimits() {}

    /** The youngest age the card lets be there for the visit, or 0 when it names none. */
    static int minimum(List<String> sentences) {
        for (String s : sentences) {
            if (!PRESENCE.matcher(s).find()) {
                continue;
            }
            Matcher m = CARD_MIN.matcher(s);
            while (m.find()) {
                for (int g = 1; g <= 4; g++) {
                    int age = age(m.group(g));
                    if (age >= 12) {
                        return age;
                    }
                }
                if (m.group(5) != null || m.group(6) != null) {
                    return 18;
                }
            }
        }
        return 0;
    }

    /** A number said in digits or English words ("sixteen", "twenty-one"), or -1. */
    static int age(String said) {
        if (said == null) {
            return -1;
        }
        List<Double> n = EnglishNumbers.bareNumbers(said);
        return n.size() == 1 ? n.get(0).intValue() : -1;
    }

    /** {@code asked}: the customer turn just before, which may name the presence the answer allows ("can my son let them in?"). */
    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged, String asked) {
        if (card.minimumAge == 0) {
            return List.of();
        }
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.matches("(?s).*[？?].*") || !ALLOWED.matcher(sentence).find() || REFUSED.matcher(sentence).find()
                    || flagged.stream().anyMatch(f -> sentence.contains(f.said()))) {
                continue;
            }
            // a child said to be fine for something else ("您儿子晚上照常睡那屋没问题") is another matter
            boolean aboutPresence = PRESENCE.matcher(sentence).find() || PRESENCE.matcher(asked).find();
            if (aboutPresence && (MINOR.matcher(sentence).find() || youngerSaid(ChineseNumbers.normalize(sentence), card.minimumAge))) {
                return List.of(new FactFlag(t.index(), "contradiction", sentence.strip(), "the card wants someone " + card.minimumAge
                        + " or over"));
            }
        }
        return List.of();
    }

    private static boolean youngerSaid(String sentence, int minimum) {
        Matcher m = SAID_AGE.matcher(sentence);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                int age = age(m.group(g));
                if (age >= 5 && age < minimum) {
                    return true;
                }
            }
        }
        return false;
    }
}
