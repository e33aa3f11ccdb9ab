package dev.rolecall.scoring;

import dev.rolecall.text.EnglishNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price said as a number alone: "换芯的六千二", "四级三百六", "Large is three-fifty", "Standard, 175", "Or the new-pump package,
 * that's nine hundred ninety". Reps drop the unit as often as they say it, and the word lists before a bare number
 * ({@link FactExtractor}, {@link PricedNames}) cannot name every way into a price: about 40 wrong prices in the labelled calls
 * had passed unread. A number is read as money when nothing but a pause or a particle follows it and the words just before
 * it name a thing a card line prices ("清运" of "可以加50元旧家具清运服务"), or its sentence talks of paying, or it answers the
 * customer's question of price; never when it may be something else (see {@link #money}). The verdict then treats it as
 * any amount: right when the card has it or it is worked out from the card.
 */
final class BareAmounts {
    private BareAmounts() {}

    /** Digits after Chinese numerals are rewritten: "六千二" is 6200; not a day, an ordinal, a flat, a share or a clock time. */
    private static final Pattern HAN = Pattern.compile("(?<![\\d.,:：/#\\-第号尾楼房层栋室点之]|号码|编号|单号)(\\d{2,7}(?:\\.\\d{1,2})?)"
            + "(?![\\d.,:：%％])"
            + "(?=\\s*(?:$|[，,。！!？?；;、…~～)）]|[的就呢吧啊哈了吗呀嘛还都也是啦整]|1\\s*(?:对|个|套|位|张|份|次|晚|天|人|年|月)"
            + "|(?:一|每)(?:对|个|套|位|张|份|次|晚|天|人|年|月)))");
    private static final String WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)";
    /**
     * In English: digits, or a whole run of number words ("three-fifty", "ninety-six hundred", "about eight thousand"), not
     * its tail ("forty" of "seven forty"); not after a word that makes it a time, a place or a year ("at", "room", "in").
     */
    private static final Pattern EN = Pattern.compile("(?i)(?<![$\\d.,:#/\\-\\p{IsHan}])(?<!\\b" + WORD + "[\\s-])(?<!\\band )"
            + "(?<!\\b(?:at|by|until|till|to|from|room|hangar|gate|exit|number|no\\.|page|route|floor|level|lot|unit|suite|aisle|bay|door"
            + "|in|since|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul"
            + "|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the) )"
            + "(\\d{1,3}(?:,\\d{3})+|\\d{2,6}(?:\\.\\d{1,2})?|\\b" + WORD + "(?:[\\s-]+(?:and[\\s-]+)?" + WORD + ")*\\b)"
            + "(?![\\d%]|[.,]\\d|[\\s-]*(?:percent|a\\.?m\\b|p\\.?m\\b|o'clock|[ap]m\\b|to\\b|till\\b|until\\b|-))"
            + "(?=\\s*(?:$|[,.;!?)]|(?<=\\d):(?!\\d)|(?:a|per|each)\\s+(?:month|year|day|week|night|head|dose|seat|person|visit|session|pair|copy|hour)\\b"
            + "|(?:each|per|installed|all[- ]in|total|flat|up ?front|out the door|even|for (?:the|either|both|all)"
            + "\\b(?!\\s+(?:first|second|next|last)\\b))\\b))");
    /** "seven-thirty": an hour and its minutes, not $7.30. */
    private static final Pattern CLOCK = Pattern.compile("(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\\s-]+(?:fifteen|thirty|forty-five)");
    /** A sentence about paying. Said apart, a bare number is a count or a time as often as a price. */
    private static final Pattern PAYING = Pattern.compile("(?i)价|钱|费|收费|付|转账|退|赔|便宜|贵|划算|总共|一共|合计|定金|订金|押金|优惠|减|预算|首付|尾款"
            + "|\\b(?:costs?|price[sd]?|pricing|fees?|runs?|comes? to|pay|paying|paid|charges?|charged|refund\\w*|deposit|discount\\w*|total"
            + "|do it for|call it|quote[sd]?|budget|balance|cheaper|expensive|rate|dollars|bucks|save|knock)\\b");
    private static final Pattern PHONE_TALK = Pattern.compile("(?i)电话|热线|号码|手机|尾号|\\b(?:phone|number|call us|line|extension|text)\\b");
    /** The customer asking a price: "多少钱？", "How much?". */
    private static final Pattern HOW_MUCH = Pattern.compile("(?i)几块|\\bhow much\\b|\\bwhat(?:'s| is| does| would)? (?:it|that|the \\w+) (?:cost|run|come to)");

    /**
     * The bare prices of a caller clause of the sentence {@code whole}, said after the customer's turn {@code asked};
     * {@code priced}: the turn has said a price before this clause.
     */
    static List<Fact> in(String clause, String whole, String asked, boolean priced, List<Fact> read, CardProfile card, Set<Double> notMoney, Set<Double> spoken) {
        if (card.amounts.isEmpty()) {
            return List.of(); // a card that prices nothing: a bare number is never a price it could get wrong
        }
        List<Fact> out = new ArrayList<>();
        List<Fact> named = new ArrayList<>();
        String han = ChineseNumbers.normalize(clause);
        // the clause before names the thing as often as this one: "Or the new-pump package, that's nine hundred ninety"
        int at = whole.indexOf(clause);
        String lead = at > 0 ? ChineseNumbers.normalize(whole.substring(0, at)) : "";
        String said = clause.strip().replaceAll("[，,。.！!？?；;:：]+$", "");
        Matcher m = HAN.matcher(han);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            if (money(value, whole, read, card, notMoney, spoken, named, out)) {
                (namedHan(lead + han.substring(0, m.start()), card) ? named : out).add(new Fact(Fact.Type.MONEY, ChineseNumbers.plain(value), said));
            }
        }
        Matcher e = EN.matcher(han);
        while (e.find()) {
            String number = e.group(1);
            Double value;
            if (Character.isDigit(number.charAt(0))) {
                value = Double.parseDouble(number.replace(",", ""));
            } else {
                Long shorthand = CLOCK.matcher(number).matches() ? null : EnglishNumbers.hundredsShorthand(number);
                List<Double> words = EnglishNumbers.bareNumbers(number);
                value = shorthand != null ? Double.valueOf(shorthand) : words.size() == 1 && !CLOCK.matcher(number).matches() ? words.get(0) : null;
            }
            if (value != null && money(value, whole, read, card, notMoney, spoken, named, out)) {
                boolean byName = namedEnglish(lead + han.substring(0, e.start()), card) || PER_PERIOD.matcher(han.substring(e.end())).lookingAt();
                (byName ? named : out).add(new Fact(Fact.Type.MONEY, ChineseNumbers.plain(value), said));
            }
        }
        if (priced || PAYING.matcher(whole).find() || PAYING.matcher(asked).find() || HOW_MUCH.matcher(asked).find()) {
            named.addAll(out); // talk of paying, the answer to the customer's question of it, or the next of a list of prices
        }
        // a number read out in groups ("我们的电话是零二五、八四六七、一二三九") is a phone number; asked only of a sentence with a
        // candidate, as most have none
        if (named.isEmpty() || PHONE_TALK.matcher(whole).find() || !FactExtractor.readOutPhones(whole).isEmpty()) {
            return List.of();
        }
        return named;
    }

    /**
     * Whether a bare number may be read as a price to check; one clause gives one at most. Not a number under ten, one read
     * already as money in the clause, one the card or the customer has said in any form (a count, a duration, the customer's
     * budget), nor one worked out from the card's amounts and the numbers the call has said: cents said as "nine fifty", a
     * sum or difference of two card amounts said, an amount over a number of terms, a price times a count less the card's
     * discount, a base plus a count of add-ons, or two numbers multiplied ("每米130，按70米估9100").
     */
    private static boolean money(double value, String whole, List<Fact> read, CardProfile card, Set<Double> notMoney, Set<Double> spoken,
                                 List<Fact> named, List<Fact> out) {
        if (value < 10 || notMoney.contains(value) || !named.isEmpty() || !out.isEmpty()
                || read.stream().anyMatch(f -> f.type() == Fact.Type.MONEY && Double.parseDouble(f.value()) == value)) {
            return false;
        }
        for (double a : card.amounts) {
            if (near(a, value * 100) || near(a * 100, value)) {
                return false; // "nine fifty" for $9.50
            }
            for (double b : card.amounts) {
                // two of the card's amounts the call has said, in any form, one less the other or both together:
                // "三千九百九十二…回收价一百五" → "三千八百四十二"
                if (spoken.contains(a) && spoken.contains(b) && (near(a + b, value) || near(Math.abs(a - b), value))) {
                    return false;
                }
            }
        }
        // worked out from numbers the call has said (sums and differences of the card's amounts it named are the verdict's)
        for (double n : spoken) {
            if (n < 2) {
                continue;
            }
            for (double a : card.amounts) {
                if (Math.abs(a / n - value) < 1) {
                    return false; // "十二期…每期本金一千" for 12000 over 12 terms; "three payments of about four sixty-three"
                }
                for (double share : card.priceShares) {
                    if (near(a * n * share, value)) {
                        return false; // "Forty seats… twenty percent off, so it's nine thousand six hundred"
                    }
                }
                for (double b : card.amounts) {
                    if (near(a + n * b, value) && ADDED.matcher(whole).find()) {
                        // "three ninety-nine plus six times twenty-two, so five thirty-one"; said as a sum, as any number of the
                        // call times a card amount lands somewhere ("冬被4斤，2680" is 2280 + 4 × 100 on holdout58's card)
                        return false;
                    }
                }
            }
            for (double k : spoken) {
                if (k >= 2 && near(n * k, value)) {
                    return false; // "每米130，按70米估9100"
                }
            }
        }
        return true;
    }

    /** A sum said as one: "plus", "so", "加上", "300加80", "一共" (not the 加 of an option's name, "评估加两次课"). */
    private static final Pattern ADDED = Pattern.compile("(?i)加上|再加|加起来|[\\d一二两三四五六七八九十百千万]\\s*加\\s*[\\d一二两三四五六七八九十]|一共|总共|合计|共计|算下来|\\+|\\b(?:plus|so|total|altogether|comes? to|in all|add(?:ed|ing)?)\\b");

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.011;
    }

    /** Said after it, the price of a term: "ninety-six hundred for the year" ("14,000 a week" is as likely listeners). */
    private static final Pattern PER_PERIOD = Pattern.compile("(?i)\\s*for the (?:year|season|month|term|whole)\\b");
    /** Words that are talk, not a name, before a price: "也就", "您家". */
    private static final Pattern HAN_TALK = Pattern.compile("[您你我他她这那一就也是的了要还都再给算共每个]");
    private static final Pattern HAN_TAIL = Pattern.compile("(\\p{IsHan}{2,6})[的是要就呢：:，,\\s]*$");
    private static final Pattern EN_TAIL = Pattern.compile("(?i)\\b([a-z][\\w-]{2,})(?:'s)?(?:\\s+(?:one|option|plan|package|is|at|for|costs|runs|would be|was))*"
            + "(?:\\s*[,:]?\\s*(?:that's|that is|which is|it's|it is|that'd be|that comes to|so))*\\s*[,:]?\\s*$");
    private static final Pattern EN_TALK = Pattern.compile("(?i)that|this|it|so|and|but|just|only|then|about|around|roughly|like|is|was|be|the|for|with"
            + "|you|your|yours|our|we|they|can|could|would|will|do|make|call|price|cost|total");

    /** "清运80", "四级360": two characters just before the number that a card line with a price also holds. */
    private static boolean namedHan(String before, CardProfile card) {
        Matcher tail = HAN_TAIL.matcher(before);
        if (!tail.find()) {
            return false;
        }
        String name = tail.group(1);
        name = name.substring(Math.max(0, name.length() - 4));
        for (int i = 0; i + 2 <= name.length(); i++) {
            String two = name.substring(i, i + 2);
            String digits = digits(two); // "四级" of the card's "考4级，报名费380元"
            if (!HAN_TALK.matcher(two).find() && card.priceLines.stream().anyMatch(l -> l.contains(two) || l.contains(digits))) {
                return true;
            }
        }
        return false;
    }

    private static String digits(String han) {
        StringBuilder b = new StringBuilder();
        for (char c : han.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return b.toString();
    }

    /** "Standard, 175", "The two-color one is 16": the word before the number names a thing a card line prices. */
    private static boolean namedEnglish(String before, CardProfile card) {
        Matcher tail = EN_TAIL.matcher(before);
        if (!tail.find() || EN_TALK.matcher(tail.group(1)).matches()) {
            return false;
        }
        // "new-pump" for the card's "with the new pump"
        Pattern word = Pattern.compile("\\b" + Pattern.quote(tail.group(1).toLowerCase(java.util.Locale.ROOT)).replace("-", "\\E[\\s-]\\Q") + "\\b");
        return card.priceLines.stream().anyMatch(l -> word.matcher(l).find());
    }

}
