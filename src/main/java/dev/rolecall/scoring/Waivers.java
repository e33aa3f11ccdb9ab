package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fee let off in words: "剩下的手续费就不收了", "给您申请免掉第一期手续费", "现在办还免首期手续费", "we'll waive the setup fee".
 * No number is wrong and no promise word like 免费 is said, yet a reviewer fails the call: the
 * rep gave away what the card charges. The thing let off is named before the word in Chinese
 * (手续费就不收了) as often as after it, so the whole clause is its object. The card backs a
 * waiver only when one of its clauses lets off the same thing (a waiver word and two shared
 * content characters, or a shared content word in English).
 */
final class Waivers {
    private static final Pattern ZH = Pattern.compile(
            "不收|免收|免掉|免除|减免|免了|给您免|帮您免|不用(?:再)?(?:交|付|出|缴)|不另收|不另外收|不额外收|不要钱|不收钱|不扣|算您便宜|抹掉|抹零"
                    // a fee named after 免: "现在办还免首期手续费", "免运费" (免费 itself is a promise word: Promises reads it)
                    + "|免(?!费)\\p{IsHan}{1,5}?费");
    private static final Pattern EN = Pattern.compile(
            "\\b(?:waive[sd]?|won'?t charge|will not charge|not charge you|no (?:extra |additional )?(?:fee|charge)s?"
                    + "|free of charge|at no (?:extra |additional )?cost|drop the (?:fee|charge)|write off|we'?ll cover|cover the (?:fee|cost))\\b",
            Pattern.CASE_INSENSITIVE);
    /** On the card's side, free and no-extra wording backs a waiver of the same thing too. */
    private static final Pattern CARD_ZH = Pattern.compile(ZH.pattern() + "|免费|无需支付|无需付|无额外|没有额外|不会额外|不额外|不收取|免收取|不再收"
            + "|(?<![\\d.])0元|零元|由我们承担");
    private static final Pattern CARD_EN = Pattern.compile(EN.pattern() + "|\\bfree\\b|\\bno (?:extra|additional)\\b"
            + "|\\bcosts? (?:you )?nothing\\b", // "weather delays cost you nothing" backs "weather delays = no charge" (holdout51)
            Pattern.CASE_INSENSITIVE);
    /** Words before the waiver that undo it: "不能给您免掉", "can't waive", "能不能免". */
    private static final Pattern UNDONE = Pattern.compile("(不能|不可以|没法|无法|没办法|不会|能不能|可不可以|是否|不是|cannot|can'?t|not able to|unable to|won'?t be able)\\s*\\S{0,6}$",
            Pattern.CASE_INSENSITIVE);
    /** A way to pay refused, not a fee let off: "现金是不收的", "支票也不收", "电话里我们不收任何钱". */
    private static final Pattern REFUSED_WAY = Pattern.compile("(?:现金|支票|刷卡|信用卡|银行卡|转账|个人微信|个人账户|电话里|电话上|在电话里)(?:是|也|都|就|我们)?\\s*$");
    /** …or after it: "不收个人转账" (holdout35's faithful taoyi-03, whose card takes 对公转账 only). */
    private static final Pattern WAY_REFUSED = Pattern.compile("\\s*(?:个人|私人)?(?:转账|现金|支票|刷卡|信用卡|微信|支付宝|账户)");
    // particles, and 钱: "不另外收钱哈" names what is let off a clause earlier ("工具清洁剂我们带，"), as "不收的，" does
    private static final String FILLER = "给您你我们的了一下个把这那就会也都再帮来去是吧啊呢哈呀嘛哦噢剩下申请还钱";

    /** A red line before the card's waiver word: the card forbids it, it does not grant it. */
    private static final Pattern FORBIDS = Pattern.compile("(?:不得|不能|不许|不可以?|禁止|严禁|绝不|切勿|\\bnever\\b|\\bdon'?t\\b|\\bdo not\\b)[^，,。；;.!?]{0,8}$",
            Pattern.CASE_INSENSITIVE);

    private Waivers() {}

    /** Waivers in this turn the card does not back; a sentence whose promise is flagged already is not flagged twice. */
    static List<FactFlag> unbacked(Turn t, CardProfile card, List<FactFlag> promises) {
        List<FactFlag> out = new ArrayList<>();
        String cardText = card.card.caller().raw();
        for (String sentence : Sentences.split(t.text())) {
            if (promises.stream().anyMatch(p -> sentence.contains(p.said()))) {
                continue;
            }
            out.addAll(inSentence(t, sentence, cardText, t.text()));
        }
        return out;
    }

    private static List<FactFlag> inSentence(Turn t, String sentence, String cardText, String turn) {
        List<FactFlag> out = new ArrayList<>();
        for (String clause : Sentences.clauses(sentence)) {
            boolean chinese = clause.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            Matcher m = (chinese ? ZH : EN).matcher(clause);
            if (!m.find() || UNDONE.matcher(clause.substring(0, m.start())).find() || REFUSED_WAY.matcher(clause.substring(0, m.start())).find()
                    || WAY_REFUSED.matcher(clause.substring(m.end())).lookingAt()
                    || clause.strip().endsWith("？")
                    || clause.strip().endsWith("?")) {
                continue;
            }
            // "要钱吗？" "不要钱。您有碎屏保…换原厂屏幕总成0元。": a bare answer names what is free in the turn's other sentences
            String object = chinese ? object(sentence, clause) : sentence;
            if (chinese && CardProfile.contentChars(object.replaceAll(ZH.pattern(), " "), FILLER).size() < 2) {
                object = turn;
            }
            if (!backed(object, m.group(), cardText, chinese)) {
                out.add(new FactFlag(t.index(), "promise", clause.strip(), "no such waiver"));
            }
        }
        return out;
    }

    /**
     * What a Chinese waiver lets off: its clause when the thing is named there; not the whole sentence, whose other clauses
     * ("猫没问题，宠物押金那五百我也给您免了") share characters with any card line. A bare "不收的，" or "一分不扣" names it
     * elsewhere in the sentence ("全额赔，一分不扣"): the sentence then.
     */
    private static String object(String sentence, String clause) {
        List<String> clauses = Sentences.clauses(sentence);
        int at = clauses.indexOf(clause);
        String own = clause.replaceAll(ZH.pattern(), " ");
        return CardProfile.contentChars(own, FILLER).size() >= 2 ? clause : sentence; // "不收的，…": named elsewhere
    }

    /**
     * A card sentence with a waiver word that shares the caller sentence's object: the sentence, not
     * the clause, because the thing let off is often named a clause earlier ("全额赔，一分不扣").
     */
    private static boolean backed(String sentence, String word, String cardText, boolean chinese) {
        String object = sentence.replace(word, " ").toLowerCase(Locale.ROOT);
        List<String> cardSentences = Sentences.split(cardText);
        for (int i = 0; i < cardSentences.size(); i++) {
            String c = cardSentences.get(i);
            Matcher waiver = (chinese ? CARD_ZH : CARD_EN).matcher(c.toLowerCase(Locale.ROOT));
            if (!waiver.find() || FORBIDS.matcher(c.substring(0, waiver.start())).find()) {
                continue; // "不得承诺减免、打折或赠送物业费" forbids the waiver it names
            }
            // "We're replacing all the older meters. There's no charge for it.": the thing may be named a sentence before
            String lower = ((i > 0 ? cardSentences.get(i - 1) + " " : "") + c).toLowerCase(Locale.ROOT);
            if (chinese) {
                if (CardProfile.sharedWith(CardProfile.contentChars(object, FILLER), lower) >= 2) {
                    return true;
                }
            } else {
                for (String w : object.split("\\W+")) {
                    if (w.length() >= 4 && !w.equals("will") && !w.equals("your") && lower.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
