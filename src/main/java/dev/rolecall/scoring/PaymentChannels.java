package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the customer pays is a fact a rep gets wrong with no number in it: "您到店的时候付现金就行" where the card says
 * 小程序 or 门店扫码, "You can pay through PayPal", "We'll send you a payment link", "Payment is by card only" where the
 * card takes card or bank transfer. The card's channels are those its caller side (less its red lines) names in a
 * sentence about paying; a rep sentence about paying that names another, or narrows the card's to one with "only",
 * is flagged. A card that names no channel checks nothing.
 */
final class PaymentChannels {
    enum Channel { CASH, CARD, CHECK, TRANSFER, PAYPAL, VENMO, ZELLE, PHONE_WALLET, WECHAT, ALIPAY, LINK, APP, QR, ONLINE }

    private static final Map<Channel, Pattern> WORDS = Map.ofEntries(
            Map.entry(Channel.CASH, p("现金|\\bcash\\b")),
            Map.entry(Channel.CARD, p("刷卡|银行卡|信用卡|借记卡|(?<!insurance |id |business |gift |membership |health |photo |loyalty )\\b(?:credit |debit )?cards?\\b")),
            Map.entry(Channel.CHECK, p("支票|\\b(?:by|with|a|or) (?:check|cheque)\\b|\\bcheques?\\b")),
            Map.entry(Channel.TRANSFER, p("转账|对公|汇款|\\bbank transfers?\\b|\\bwire(?:d| transfer)?\\b|\\bACH\\b|\\bdirect debit\\b")),
            Map.entry(Channel.PAYPAL, p("\\bpaypal\\b")),
            Map.entry(Channel.VENMO, p("\\bvenmo\\b")),
            Map.entry(Channel.ZELLE, p("\\bzelle\\b")),
            Map.entry(Channel.PHONE_WALLET, p("\\b(?:apple|google) pay\\b")),
            Map.entry(Channel.WECHAT, p("微信")),
            Map.entry(Channel.ALIPAY, p("支付宝")),
            Map.entry(Channel.LINK, p("链接|\\b(?:payment )?link\\b")),
            Map.entry(Channel.APP, p("小程序|公众号|官网|网站|\\bapp\\b|\\bportal\\b|\\bwebsite\\b")),
            Map.entry(Channel.QR, p("扫码|二维码|收款码|公司码|\\bQR\\b")),
            Map.entry(Channel.ONLINE, p("线上|网上|\\bonline\\b")));
    /** The sentence is about paying. */
    private static final Pattern PAYING = p("付|支付|交钱|缴|结清|结账|转账|收款|定金|押金|尾款|\\bpa(?:y|id|ying|yment|yments)\\b"
            // "Balance when the job is done, card or check" (holdout59's tree-pruning card: its check had read as off the card)
            + "|\\bdeposit\\b|\\bbalance\\b|\\bcharged?\\b|\\bbill(?:ed|ing)?\\b|\\binvoice\\b|\\btake (?:your|a|the) (?:card|payment)\\b");
    /** A channel taken or accepted is paid by: "we stopped taking bank transfers", "不收现金". */
    private static final Pattern TAKING = p("收|\\b(?:take|takes|taking|accept|accepts|accepting)\\b");
    /** Said to rule a channel out, just before it in its clause ("不收现金", "we no longer take checks"). */
    private static final Pattern REFUSED = p("(?:不收|不接受|不支持|不能用|不能|不可以|没有|\\bno longer (?:take|accept)s?|\\bstopped (?:taking|accepting)"
            + "|\\b(?:don'?t|do not|doesn'?t|does not|can'?t|cannot|won'?t) (?:take|accept|use|do|pay (?:by|with|through|in))|\\bnot)"
            // "我们不收任何个人账户或个人微信转账" rules out 微信 eleven characters on; "不能刷卡的话也可以微信" does not
            + "(?:(?!可以|也|都行|就行|\\bbut\\b|\\bcan\\b)[^，,。.]){0,12}$"
            // a bare "no" just before it: "No card numbers by phone." (holdout39's faithful teamkit-02, capped at 60)
            + "|\\bno\\s*$"
            // a terse rep's cross: "❌现金 ❌红包" (holdout51's faithful yanfang-02)
            + "|[❌✗✘🚫]\\s*$");
    /**
     * Said not to be asked of the customer ("也不会让您转账", "you'll never need to wire anything"): no channel offered, and
     * none the card's refused either ("不用付现金" on a card that takes cash says nothing against it).
     */
    private static final Pattern NOT_ASKED = p("(?:不会|不用|不需要|无需|\\bnever\\b|\\bwon'?t (?:ask|need|have)\\b)[^，,。.]{0,8}$");
    /** Ruled out after it: "现金是不收的", "现金也不收", "cash isn't accepted". */
    private static final Pattern REFUSED_AFTER = p("(?:我们|咱们|这边)?(?:是|也|都|就)?(?:不收|不行|不可以|不能用|不接受|不支持)"
            + "|\\s*(?:is|are)(?:n'?t| not) (?:accepted|taken|an option)|\\s*(?:isn'?t|aren'?t) (?:accepted|taken|an option)");
    /** Narrows to one: "card only", "只能小程序付". */
    private static final Pattern ONLY = p("只能|只收|只支持|仅支持|仅限|\\bonly\\b");
    /** "only" of when, not of how ("charged to the card on file only after the technician has finished"), or "the only other thing". */
    private static final Pattern ONLY_WHEN = p("\\bonly\\b(?:\\s+\\S+){0,9}?\\s+(?:after|once|when|until|if)\\b|\\bthe only\\b|\\bonly other\\b");

    /** Channels that are nothing but ways to pay; a link, an app or a card can be about something else. */
    private static final Set<Channel> ONLY_MONEY = EnumSet.of(Channel.CASH, Channel.CHECK, Channel.PAYPAL, Channel.VENMO, Channel.ZELLE,
            Channel.PHONE_WALLET, Channel.ALIPAY);

    private PaymentChannels() {}

    /** Java 17's \\b counts Chinese characters as word characters ("生活App" has none): an ASCII boundary instead. */
    static Pattern p(String regex) {
        return Pattern.compile(regex.replace("\\b", "(?:(?<![A-Za-z0-9])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?![A-Za-z0-9]))"),
                Pattern.CASE_INSENSITIVE);
    }

    /** The channels a card's caller side names in sentences about paying. */
    static Set<Channel> ofCard(List<String> backingSentences) {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        for (String s : backingSentences) {
            if (PAYING.matcher(s).find()) {
                for (String clause : Sentences.clauses(s)) {
                    out.addAll(named(clause, false));
                }
            }
        }
        return out;
    }

    /**
     * The channels a card's caller side rules out somewhere ("We don't take card numbers over the phone", though it takes
     * cards on its order page): a rep who rules one out the same way denies nothing (holdout48's faithful memorial-brick-03).
     */
    static Set<Channel> refusedByCard(String callerText) {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        for (String s : Sentences.split(callerText)) {
            if (PAYING.matcher(s).find() || TAKING.matcher(s).find()) {
                for (String clause : Sentences.clauses(s)) {
                    out.addAll(named(clause, true));
                }
            }
        }
        return out;
    }

    /** Channels named in the clause: those said (or, with {@code refused}, those ruled out). */
    private static Set<Channel> named(String clause, boolean refused) {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        for (var e : WORDS.entrySet()) {
            Matcher m = e.getValue().matcher(clause);
            while (m.find()) {
                if (NOT_ASKED.matcher(clause.substring(0, m.start())).find()) {
                    continue;
                }
                boolean ruledOut = REFUSED.matcher(clause.substring(0, m.start())).find()
                        || REFUSED_AFTER.matcher(clause.substring(m.end())).lookingAt();
                if (ruledOut == refused) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    /** Online covers the card's link, app and website; WeChat and Alipay are how a QR code is paid. */
    private static boolean backs(Set<Channel> card, Channel c) {
        return card.contains(c)
                || (c == Channel.ONLINE || c == Channel.LINK || c == Channel.APP) && card.contains(Channel.ONLINE)
                || c == Channel.ONLINE && (card.contains(Channel.LINK) || card.contains(Channel.APP))
                || (c == Channel.WECHAT || c == Channel.ALIPAY) && card.contains(Channel.QR)
                // 扫码 is how 微信 and 支付宝 are paid at a counter ("现场刷卡或者扫码" where the card says 刷卡、微信或支付宝)
                || c == Channel.QR && (card.contains(Channel.WECHAT) || card.contains(Channel.ALIPAY));
    }

    /** Said to do as well: "Cash to the inspector works too", "现金也行". */
    private static final Pattern ACCEPTED = p("\\b(?:works|work|is fine|is ok(?:ay)?|'s fine|'s ok(?:ay)?|is good|is no problem)\\b|也行|也可以|都行|没问题");

    /**
     * A way only money travels (cash, a check, Venmo) said to do, with no word of paying: "Cash to the inspector works too"
     * after the deposit (holdout67's lead-paint-06, against the card's "no cash").
     */
    private static boolean moneyAccepted(String sentence) {
        return ACCEPTED.matcher(sentence).find() && named(sentence, false).stream().anyMatch(ONLY_MONEY::contains);
    }

    static List<FactFlag> unbacked(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        Set<Channel> cardChannels = card.paymentChannels;
        if (cardChannels.isEmpty()) {
            return out;
        }
        for (String sentence : Sentences.split(t.text())) {
            if (!PAYING.matcher(sentence).find() && !TAKING.matcher(sentence).find() && !moneyAccepted(sentence) || flagged.stream().anyMatch(f -> sentence.contains(f.said()) || f.said().contains(sentence))
                    || card.saysWordForWord(sentence)) {
                continue; // the card's own words ("We don't take card numbers over the phone.", holdout35's faithful dumpster-01)
            }
            Set<Channel> said = EnumSet.noneOf(Channel.class);
            Set<Channel> refused = EnumSet.noneOf(Channel.class);
            // every channel the sentence lists, for whether an "only" narrows them: "at pickup only: card, cash or Apple Pay"
            // lists card in a clause with no word of paying (the twenty-second held-out set's faithful bikeshop-02)
            Set<Channel> listed = EnumSet.noneOf(Channel.class);
            for (String clause : Sentences.clauses(sentence)) {
                Set<Channel> named = named(clause, false);
                listed.addAll(named);
                // "报告小程序上能看" beside "当天前台付" names no way to pay: the clause itself must be about paying
                if (PAYING.matcher(clause).find() || TAKING.matcher(clause).find()) {
                    said.addAll(named);
                    refused.addAll(named(clause, true));
                } else {
                    // "定金…今天之内付，现金给电工也行": cash is a way to pay in any clause of a sentence about paying (holdout66)
                    named.stream().filter(ONLY_MONEY::contains).forEach(said::add);
                }
            }
            boolean other = said.stream().anyMatch(c -> !backs(cardChannels, c));
            // "只走对公账户…不收个人转账": the card's channel named in the same sentence is not denied by a personal one ruled out
            boolean denied = refused.stream().anyMatch(c -> cardChannels.contains(c) && !said.contains(c) && !listed.contains(c)
                    && !card.paymentRefused.contains(c));
            boolean narrowed = !listed.isEmpty() && PAYING.matcher(sentence).find() && ONLY.matcher(ONLY_WHEN.matcher(sentence).replaceAll(" ")).find()
                    && cardChannels.stream().anyMatch(c -> listed.stream().noneMatch(s -> backs(EnumSet.of(s), c) || s == c));
            if (other || denied || narrowed) {
                out.add(new FactFlag(t.index(), "channel", sentence.strip(), "the card's payment channels: "
                        + String.join(", ", cardChannels.stream().map(c -> c.name().toLowerCase().replace('_', ' ')).toList())));
            }
        }
        return out;
    }
}
