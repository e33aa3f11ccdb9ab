package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone's presence let off where the card requires it: "You don't need anyone home for the install", "no adult needed"
 * (the card's "An adult must be home"), "当晚不用留人，师傅自己弄" (需要您或店员在场开门), "勘测家里不用留人" (到时候家里要有人在).
 * Four labelled misses in three sets, none with a number; a card that never asks anyone to be there backs any of it.
 */
final class PresenceWaived {
    private static final Pattern WAIVED = Pattern.compile(
            "(?:不用|不需要|无需|不必|用不着)(?:您|你|家里|家人)?(?:本人)?(?:留人|有人在?|在场|在家|到场|陪着|守着)|没人在家也(?:行|可以|没事)|不在家也(?:行|可以|没事)"
                    + "|\\bno (?:adult|one|body|grown-?up)s? (?:needed|required|has to be (?:home|there)|needs to be (?:home|there))"
                    + "|\\b(?:don'?t|do not|doesn'?t|does not|won'?t|will not) (?:even )?need (?:anyone|anybody|an adult|someone|somebody|to be) (?:home|there|around|present)"
                    // "No need for anyone to be home, just leave the basement door unlocked" (holdout65)
                    + "|\\bno need for (?:anyone|anybody|someone|somebody|an adult|you) to be (?:home|there|around|present)\\b"
                    + "|\\bnobody (?:needs|has) to be (?:home|there)|\\banyone can let (?:the crew|them|us|the tech\\w*) in"
                    // a visit in person let off: "不来也行，我们称好拍个视频给您", "拍张脚的照片发过来也行", "我们不用量脚，您报个码"
                    // (holdout58's cansibei-06, holdout59's shougongxie-06 and -08, where the card wants the customer in the shop); "尺寸您不用量，
                    // …测量师傅上门量" excuses the customer from measuring (holdout64's faithful geyinchuang-03)
                    + "|不来也(?:行|可以|没事)|不用(?:专门)?(?:跑|过来|来店|到店)|(?<![您你])不用(?:专门|再)?量|(?:拍|发)(?:张|个|段)?[^，。！？]{0,4}(?:照片|视频|图片)[^，。！？]{0,6}(?:也行|就行|也可以|就可以)"
                    + "|(?:拍|发)(?:张|个|段)?[^，。！？]{0,4}(?:照片|视频)给您|报个(?:鞋)?码"
                    + "|\\bno need to come (?:in|by|down)\\b|\\b(?:don'?t|do not) (?:even )?(?:have|need) to come (?:in|by|down)\\b"
                    + "|\\bsend (?:us |me )?(?:a )?(?:photo|picture|video)s? (?:instead|is fine|works)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUIRED = Pattern.compile(
            "(?:要|需要|须|必须|得)(?:您|你|客户)?(?:或店员|或家人|或家属)?(?:家里)?(?:有人在?|留人|在场|在家|到场)|家里要有人"
                    // "取件当天要有成年人在家" (holdout65's shafa-fanxin card)
                    + "|(?:要|需要|须|必须|得)有[^，。！？]{0,5}人在(?:家|场)|本人(?:在家|在场|到场)"
                    + "|本人(?:到店|来店|来|亲自)|必须本人|要您本人|亲自(?:到店|来)"
                    + "|\\b(?:must|needs? to|has to|should) be (?:home|there|present|on site)\\b|\\bin person\\b",
            Pattern.CASE_INSENSITIVE);

    /** "She does not need to be home": the requirement denied. */
    private static final Pattern NEGATED = Pattern.compile("(?:\\bno(?:body| one)?|\\bnot|n't|不|无)\\s*(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);

    private PresenceWaived() {}

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        for (String sentence : Sentences.split(t.text())) {
            Matcher m = WAIVED.matcher(sentence);
            if (!m.find() || FactFlag.covered(flagged, sentence)) {
                continue;
            }
            // a question the card quotes ("我报个鞋码你们做不行吗？") waives nothing
            if (card.backingSentences.stream().filter(line -> !Sentences.endsAsking(line))
                    .anyMatch(line -> WAIVED.matcher(line).find())) {
                return List.of(); // "Nobody has to be home if the spot is marked" (holdout35's dumpster card)
            }
            for (String line : card.backingSentences) {
                if (Sentences.endsAsking(line)) {
                    continue; // "我们本人来不了怎么办？" asks; it requires nothing (holdout20's handover card)
                }
                Matcher r = REQUIRED.matcher(line);
                if (r.find() && !NEGATED.matcher(line.substring(0, r.start())).find()) {
                    String clause = Sentences.clauses(sentence).stream().filter(c -> c.contains(m.group())).findFirst().orElse(sentence);
                    return List.of(new FactFlag(t.index(), "contradiction", clause.strip(), line.strip()));
                }
            }
        }
        return List.of();
    }
}
