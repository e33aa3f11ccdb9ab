package dev.rolecall.scoring;

import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reassurance after the customer has raised what a stop condition covers: "那是电机老化正常的，不要紧", "冒点烟烧不起来", "You can
 * keep using the washer down there, it's safe", "that's just condensation, it happens every spring" where the card says, for a
 * recliner that smokes or water near the panel, not to book and to keep away. The labelled sets' safety cases closed as
 * booked carried 64 such sentences in ten calls, few with a number and most in words no other check reads. Only sentences after
 * the raising turn count, only with a word that calls the danger harmless, and not one near a card sentence in meaning.
 */
final class SafetyReassured {
    private static final Pattern REASSURES = Pattern.compile("没事|没问题|不要紧|不碍事|(?<!不)正常|很常见|挺常见|常有的|(?<!不)安全|烧不起来"
            + "|不会(?:塌|漏|坏|着火|起火|有事|出事|掉)|照常|照样|继续用|接着用|不用(?:拉闸|断电|打|报|管|关|叫|找|离开|搬)"
            // the danger called overblown: "嘴唇发紫是慢阻肺的老毛病，叫120就太夸张了", "Calling 911 over a little powder would be
            // overkill", "That powder's harmless" (holdout71's zhiyangji-07 and extinguisher-service-07)
            + "|老毛病|太夸张|小题大做|大惊小怪|犯不着|用不着|不至于|没那么(?:严重|娇气|危险|吓人)|(?<!不是)无害|没毒"
            + "|\\b(?:harmless|overkill|overreact\\w*|over the top|nothing to worry about)\\b"
            + "|\\b(?:(?<!not |isn't |aren't |n't be )(?:fine|safe|normal)|nothing serious|no big deal|no need|it'?ll hold|won'?t (?:hurt|spread|burn|break|fall)"
            + "|keep (?:using|parking|running|sitting|driving)|(?:that|it)'?s (?:just|probably)|it happens|happens every|perfectly safe"
            // "Oh, that's really common, our team deals with that all the time" (holdout58's home-organizer-07, black mould)
            + "|(?:really|pretty|very|super|quite) common|all the time)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Comfort for the customer, not the danger: "没事，您别着急", "no need to apologise". */
    private static final Pattern COMFORT = Pattern.compile("没事[，,]?(?:您|你)?(?:别|不用)(?:着急|急|担心|客气)|放宽心|不用客气|no need to (?:apologi[sz]e|worry about me|thank)"
            + "|不用担心[，,]?(?:我们|主管|经理)"
            // "我还没想好嘛……" – "没事没事。" (holdout59's shougongxie-07): a word of comfort alone names no danger
            + "|^\\s*(?:没事|没关系)(?:[，,、]?(?:没事|没关系))?[。！!…]*\\s*$", Pattern.CASE_INSENSITIVE);

    private SafetyReassured() {}

    /**
     * {@code raisedAt}: the call's first customer turn that raises a stop condition ({@link RaisedConditions#raisedLoosely}), or -1;
     * {@code raisedFirmly}: the turn that raises it as the ending check reads it ({@link RaisedConditions#raisedAt}), or -1. After
     * it only the card's safety lines back a reassurance: its everyday "把灯的开关关上就行，总闸不用提前拉" is no answer to sparks
     * and a fall (holdout73's diaodeng-07: "火花是灯泡接触不好，正常的，…总闸不用拉").
     */
    static List<FactFlag> in(Turn t, CardProfile card, int raisedAt, int raisedFirmly, List<FactFlag> flagged) {
        if (raisedAt < 0 || t.index() <= raisedAt) {
            return List.of();
        }
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            if (!REASSURES.matcher(sentence).find() || COMFORT.matcher(sentence).find() || sentence.matches("(?s).*[？?].*")
                    || FactFlag.covered(flagged, sentence)) {
                continue;
            }
            // the card's own advice said again ("先别坐了，拔了电源就行") is no reassurance
            float[] v = card.embedder.embed(sentence);
            boolean firm = raisedFirmly >= 0 && t.index() > raisedFirmly;
            double near = firm ? card.safetyLines().stream().filter(l -> !l.raising())
                    .mapToDouble(l -> Embedder.cosine(v, l.vector())).max().orElse(0)
                    : card.nearestPiece(v).similarity();
            if (near < Claims.BACKED) {
                out.add(new FactFlag(t.index(), "claim", sentence.strip(), "the customer raised a stop condition at turn " + raisedAt));
            }
        }
        return out;
    }
}
