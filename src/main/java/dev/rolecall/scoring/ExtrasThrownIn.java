package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work or goods thrown in on the phone: "师傅顺手给您把热水器修了", "防水我们顺便给您补了", "手续我们也熟，一并帮您办了", "I'll throw
 * in two extra jumpers", "we'll wipe the mold down while we're there". A rep who adds a job commits the firm to it, priced or
 * not: in the labelled calls 32 Chinese clauses with a job after 顺手, 顺便 or 一并 and 18 English ones with "I'll throw in" or
 * "while we're there" were all labelled wrong (29 unflagged before), while every one that tells, asks, sends or books "on the
 * way" was faithful ("顺便问一下", "一并发您微信", "顺便帮您约上门取件"). The card backs the extra when one of its clauses offers the
 * same thing.
 */
final class ExtrasThrownIn {
    private static final Pattern ZH = Pattern.compile("(?:顺手|顺带|顺便|捎带手?|一并)(?:就|也|再|都)?(?:给您|帮您|给你|帮你|替您|给|帮)?(?:把)?");
    /** What a rep does on the way that is no work of the firm's: talking, sending, booking. */
    private static final Pattern TALK_ZH = Pattern.compile("^(?:跟您|和您|给您|向您)?(?:问|说|聊|讲|解答|发|附|寄|约|留|确认|核|告诉|同步|提醒|介绍|登记|记|通知|了解|看一?下时间|报|整理)");
    private static final Pattern EN = Pattern.compile(
            "\\b(?:I|we)(?:'ll|'d| will| would| can| could| might)?\\s+(?:also\\s+|even\\s+|happily\\s+|gladly\\s+)?(?:throw|toss)\\s+(?:in|(?:that|those|it|them) in)\\b"
                    + "|\\bwhile (?:we'?re|we are|I'?m|I am|he'?s|he is|she'?s|she is|they'?re|they are|the (?:tech|technician|crew|guys|team|installer|inspector)s?(?:'s| is| are)?)"
                    + " (?:up |out |down |over |in )?(?:there|at it|on site|on-site|in there)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A card clause that rules the thing out, sends it elsewhere or charges for it backs no free extra. */
    private static final Pattern EXCLUDES = Pattern.compile("不包|不含|不在|不负责|不做|不管|不能|不提供|不修|另付|另收|另外收|额外收|加收|请联系|找厂家"
            + "|not (?:include|cover|part)|doesn'?t (?:include|cover)|don'?t (?:do|cover|include|haul|fix|repair)|won'?t|can'?t|cannot|isn'?t|aren'?t"
            + "|\\bno\\b|\\bextra\\b|\\bcontact\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> GENERIC = Set.of("顺手", "顺带", "顺便", "一并", "给您", "帮您", "我们", "师傅", "时候", "的话", "这个", "就是",
            "也给", "给你", "帮你", "throw", "while", "there", "also", "free", "charge", "extra", "off", "out", "down",
            "away", "take", "get", "put", "all", "any", "one", "two", "now", "just", "then", "here", "too", "can", "they", "she", "him", "her",
            "his", "them", "what");

    private ExtrasThrownIn() {}

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        for (Sentences.Stated said : Sentences.stated(t.text())) {
            String sentence = said.sentence();
            String c = said.clause();
            if (FactFlag.covered(flagged, c) || FactFlag.covered(out, c)) {
                continue;
            }
            Matcher z = ZH.matcher(c);
            boolean zh = z.find() && !TALK_ZH.matcher(c.substring(z.end())).find();
            if (!zh && !EN.matcher(c).find()) {
                continue;
            }
            // the Chinese extra follows its marker ("顺手给您把热水器修了"), unless that is a bare verb ("天花板我们顺手给刷了");
            // the English one is its clause ("and while they're in there the technician'll track down what's rattling"), or
            // its sentence when the clause is the marker alone ("While we're there, we'll also swap your router.")
            Set<String> thing = CardProfile.terms(zh ? c.substring(z.end()) : c);
            thing.removeAll(GENERIC);
            if (!zh && thing.size() < 2) {
                thing = CardProfile.terms(sentence);
                thing.removeAll(GENERIC);
            }
            if (zh && thing.size() < 2) {
                if (Sentences.clauses(sentence).stream().anyMatch(x -> FactFlag.covered(flagged, x.strip()))) {
                    continue; // "…附赠一次免费的沙发除螨护理，师傅装好以后顺手给您做": the extra is the clause flagged already
                }
                thing = CardProfile.terms(c);
                thing.removeAll(GENERIC);
            }
            if (!thing.isEmpty() && !offered(card, thing, zh)) {
                // an English extra is told by its sentence: "While we're there, we'll also swap your router."
                out.add(new FactFlag(t.index(), "promise", zh ? c : sentence.strip(), "no such extra on the card"));
            }
        }
        return out;
    }

    /**
     * A card clause names the same thing and neither asks, rules it out, nor prices it. It shares at least two terms with the
     * thing, and more than half of them in Chinese, whose terms are pairs of characters (a word of three is two): "安检只查热水器
     * 烟道" shares 热水器 with "把热水器修好", not the repair; half of them in English, whose words come in other forms ("track
     * down what's rattling" is the card's "track down the rattle while they're there").
     */
    private static boolean offered(CardProfile card, Set<String> thing, boolean chinese) {
        for (String line : card.backingSentences) {
            if (Sentences.endsAsking(line)) {
                continue; // the card's Q&A question ("热水器坏了你们能修吗？") offers nothing
            }
            for (String clause : Sentences.clauses(line)) {
                Set<String> x = CardProfile.terms(clause);
                x.retainAll(thing);
                if (x.size() >= 2 && (chinese ? 2 * x.size() > thing.size() : 2 * x.size() >= thing.size()) && !EXCLUDES.matcher(clause).find()
                        && FactExtractor.extract(clause).stream().noneMatch(f -> f.type() == Fact.Type.MONEY)) {
                    return true;
                }
            }
        }
        return false;
    }
}
