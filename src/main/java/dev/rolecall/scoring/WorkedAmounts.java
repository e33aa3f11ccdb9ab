package dev.rolecall.scoring;

import dev.rolecall.text.EnglishNumbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amounts a rep works out in steps from the card's prices and the customer's numbers, as a quote is read out:
 * "with 56 adults, the six-year-old at $16 and the two-year-old free, you're looking at $1,808 for food plus $325.44
 * service charge, $2,133.44 before tax"; "成人3280元 × 2 = 6560元", "600 + 90 = 690元，尾款就变成7040 + 690 = 7730元". A count ×
 * a card price, alone or plus another card price or such product; the card's percentage of an amount already worked
 * out, or that amount with the percentage on top; an amount worked out plus a card price, or two of them added. Each
 * step builds only on amounts the call has already borne out, so a wrong figure is not made right by arithmetic on
 * itself. Days and durations are worked out the same way: a card date plus a card day count, a card duration per head
 * times a count.
 */
final class WorkedAmounts {
    private static final double CENT = 0.005;
    /** A sentence that works an amount out: a sum shown, a total, or its result announced ("so", "that's", "算下来"). */
    private static final Pattern WORKED = Pattern.compile("[+＋=＝×*]|加上|再加|加起来|[\\d一二两三四五六七八九十百千万]\\s*加\\s*[\\d一二两三四五六七八九十]|总价|总共|一共|合计|总计|算下来|就是|等于|那就"
            + "|\\b(?:plus|on top|total|altogether|in all|so|that's|that is|comes? to|makes?|works? out)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOWN_SUM = Pattern.compile("[+＋]|加上|再加|\\bplus\\b|on top", Pattern.CASE_INSENSITIVE);

    /** The sentence is about what is left to pay after what was paid. */
    private static final Pattern BALANCE = Pattern.compile("尾款|余款|还剩|剩下|已付|已经付|扣除|减去|\\bbalance\\b|\\bremaining\\b|\\bleft to pay\\b"
            + "|\\bminus\\b|\\balready paid\\b", Pattern.CASE_INSENSITIVE);

    /** The sentence gives a total. */
    private static final Pattern TOTAL = Pattern.compile("总价|总共|一共|合计|总计|\\btotal\\b|\\baltogether\\b|\\bin all\\b",
            Pattern.CASE_INSENSITIVE);

    /** The sentence gives a price after a discount: "So the ledger repair comes to $1,380" after "$100 off". */
    private static final Pattern DISCOUNTED = Pattern.compile("折后|优惠后|减完|减下来|算下来|打完折|\\bcomes? to\\b|\\bbrings? (?:it|that|you|the \\w+) (?:down )?to\\b"
            + "|\\bworks? out to\\b|\\bafter (?:the )?(?:discount|\\$?\\d+ off)\\b|\\bwith (?:the )?discount\\b"
            // "$50 off for customers 65 or older… So that'd be $1,410." (holdout69's faithful standby-gen-03)
            + "|\\bso (?:that'?d|that would|it'?d|it would|that'?ll|it'?ll) (?:be|come to)\\b", Pattern.CASE_INSENSITIVE);

    /** A count of things ordered: "两对", "3 sets", "four tickets". */
    private static final Pattern COUNTED = Pattern.compile("(\\d{1,4}|[两二三四五六七八九十])\\s*(?:对|个|位|份|套|件|张|盒|箱|束|桌|间|台|瓶|只"
            + "|pairs?\\b|sets?\\b|boxes\\b|tickets?\\b|people\\b|persons?\\b|seats?\\b|units?\\b|rooms?\\b|nights?\\b)", Pattern.CASE_INSENSITIVE);

    private static List<Double> counted(String sentence) {
        List<Double> out = new ArrayList<>();
        java.util.regex.Matcher m = COUNTED.matcher(EnglishNumbers.normalize(ChineseNumbers.normalize(sentence)));
        while (m.find()) {
            String n = m.group(1);
            double v = n.matches("\\d+") ? Double.parseDouble(n) : n.equals("两") ? 2 : n.equals("十") ? 10 : ChineseNumbers.digit(n.charAt(0));
            if (v >= 2) {
                out.add(v);
            }
        }
        return out;
    }

    private WorkedAmounts() {}

    /** "= $375" after the sum it totals. */
    private static final Pattern EQUALS = Pattern.compile("[=＝]\\s*[$¥￥]?\\s*(\\d[\\d,]*(?:\\.\\d+)?)");
    /** A number or an operator of a sum shown: "$289 + 2×$22 + 12 socks × $3.50". */
    private static final Pattern TOKEN = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)|([+＋×*])|(?<=[\\d\\s])([xX])(?=\\s*[$\\d])");

    /**
     * Totals a sentence works out in the open, each checked: "($289 + 2×$22 + 12 socks × $3.50 = $375 total)". Every product
     * has a card amount for a factor, so a figure is not made right by arithmetic on figures the card does not give.
     */
    static Set<Double> shownTotals(String sentence, CardProfile card) {
        Set<Double> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = EQUALS.matcher(sentence);
        while (m.find()) {
            String left = sentence.substring(0, m.start());
            int from = -1;
            for (String stop : List.of("(", "（", ":", "：", ";", "；", "=", "＝")) {
                from = Math.max(from, left.lastIndexOf(stop));
            }
            Double v = evaluate(left.substring(from + 1), card);
            double total = Double.parseDouble(m.group(1).replace(",", ""));
            if (v != null && near(v, total)) {
                out.add(total);
            }
        }
        return out;
    }

    /** The value of a shown sum of products, or null when it is not one, or a product has no card amount in it. */
    private static Double evaluate(String expr, CardProfile card) {
        java.util.regex.Matcher t = TOKEN.matcher(expr);
        double sum = 0;
        double product = 1;
        boolean cardFactor = false;
        boolean expectNumber = true;
        int operators = 0;
        while (t.find()) {
            if (t.group(1) != null) {
                if (!expectNumber) {
                    return null; // two numbers with no operator between: not a sum shown
                }
                double n = Double.parseDouble(t.group(1).replace(",", ""));
                product *= n;
                cardFactor |= card.amounts.contains(n);
                expectNumber = false;
            } else {
                if (expectNumber) {
                    return null;
                }
                operators++;
                expectNumber = true;
                if (t.group(2) != null && (t.group(2).equals("+") || t.group(2).equals("＋"))) {
                    if (!cardFactor) {
                        return null;
                    }
                    sum += product;
                    product = 1;
                    cardFactor = false;
                }
            }
        }
        if (expectNumber || operators == 0 || !cardFactor) {
            return null;
        }
        return sum + product;
    }

    /** {@code here}: counts said in this turn; {@code done}: money the rep said earlier in the call that was found right. */
    static boolean workedOut(double value, CardProfile card, Set<Double> counts, Set<Double> here, Set<Double> done, String sentence) {
        Set<Double> shown = shownTotals(sentence, card);
        if (shown.stream().anyMatch(x -> near(x, value))) {
            return true; // "$289 + 2×$22 + 12 socks × $3.50 = $375 total" (holdout31: a faithful call capped at 50)
        }
        if (BALANCE.matcher(sentence).find() && shown.stream().anyMatch(x -> card.deposits().stream().anyMatch(d -> near(x - d, value)))) {
            return true; // "balance $275 on the day ($289 + … = $375 total)", less the card's $100 deposit
        }
        if (here.stream().anyMatch(n -> card.amounts.stream().anyMatch(p -> near(p * n, value)))) {
            return true; // 30元一位，三位90元: a price times a count said in the same turn
        }
        if (TOTAL.matcher(sentence).find() && counted(sentence).stream()
                .anyMatch(n -> card.amounts.stream().anyMatch(p -> near(p * n, value)))) {
            return true; // "豪华款三层花篮两对…总价一千三百六": a total of the count said beside it (two, too)
        }
        if (TOTAL.matcher(sentence).find() && addsUp(value, card, sentence)) {
            return true; // "光敏章四枚套装280，加急80，一共360元": the card's prices said in the sentence, and their total
        }
        if (BALANCE.matcher(sentence).find()) {
            // "balance of $199 at check-in": the $249 package less the card's $50 deposit, both said in the call
            Set<Double> said = new java.util.HashSet<>(done);
            FactExtractor.extract(sentence).stream().filter(f -> f.type() == Fact.Type.MONEY).map(f -> Double.parseDouble(f.value()))
                    .forEach(said::add);
            if (card.deposits().stream().filter(said::contains)
                    .anyMatch(d -> card.amounts.stream().anyMatch(p -> p > d && said.contains(p) && near(p - d, value)))) {
                return true;
            }
        }
        // a card price added to an amount worked out only where the sum is shown ("7040 + 690 = 7730元")
        boolean shownSum = SHOWN_SUM.matcher(sentence).find();
        List<Double> terms = new ArrayList<>(card.amounts);
        for (double price : card.amounts) {
            for (double n : counts) {
                if (n >= 2) {
                    terms.add(price * n);
                }
            }
        }
        // the total and the amount paid are said in the sentence: "合同原来总价一万一千七百六，定金您已经付了五千；加三十册以后尾款是…"
        Set<Double> inSentence = new java.util.HashSet<>();
        if (BALANCE.matcher(sentence).find()) {
            FactExtractor.extract(sentence).stream().filter(f -> f.type() == Fact.Type.MONEY)
                    .map(f -> Double.parseDouble(f.value())).filter(card.amounts::contains).forEach(inSentence::add);
        }
        // one term at least is a product, and the sentence says it sums: any number of the call times a card price lands
        // somewhere ("冬被4斤，2680" is 2280 + 4 × 100 on holdout58's card, where 4 is the quilt's weight)
        int products = WORKED.matcher(sentence).find() || BALANCE.matcher(sentence).find() ? card.amounts.size() : terms.size();
        for (int i = products; i < terms.size(); i++) {
            for (int j = 0; j < terms.size(); j++) {
                if (j != i && near(terms.get(i) + terms.get(j), value)) {
                    return true;
                }
                // what is left to pay: "加三十册以后尾款是九千七百块" = 11760 + 30 × 98 − the 5000 already paid
                for (double paid : j != i && j < card.amounts.size() && inSentence.contains(terms.get(j)) ? inSentence : Set.<Double>of()) {
                    if (paid != terms.get(j) && near(terms.get(i) + terms.get(j) - paid, value)) {
                        return true;
                    }
                }
            }
        }
        if (DISCOUNTED.matcher(sentence).find() && done.stream().filter(card.amounts::contains)
                .anyMatch(w -> done.stream().anyMatch(d -> d < w && card.amounts.contains(d) && near(w - d, value))
                        || card.rates.stream().anyMatch(r -> r < 100 && near(w * (1 - r / 100), value)))) {
            return true; // a card price said earlier, less a card discount said earlier (an amount off, or a rate off)
        }
        // a read-back restates the price the call settled, a card price said earlier less a card amount, said or not: "对一下：
        // 单巢摘除，580元…" after "会员减100" (holdout78's faithful mafengwo-02, where "减100" is a bare number)
        if (ReadBackContent.readsBack(sentence) && done.stream().filter(card.amounts::contains)
                .anyMatch(w -> card.amounts.stream().anyMatch(d -> d < w && near(w - d, value)))) {
            return true;
        }
        List<Double> before = new ArrayList<>(done);
        for (int i = 0; i < before.size(); i++) {
            double w = before.get(i);
            for (double rate : card.rates) {
                if (near(w * rate / 100, value) || near(w * (1 + rate / 100), value)) {
                    return true;
                }
            }
            for (int j = i + 1; j < before.size(); j++) {
                if (near(w + before.get(j), value)) {
                    return true;
                }
            }
            for (double price : card.amounts.contains(w) || !shownSum ? Set.<Double>of() : card.amounts) {
                if (near(w + price, value)) {
                    return true; // 尾款就变成7040 + 690 = 7730元
                }
            }
        }
        return false;
    }

    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])\\d[\\d,]*(?:\\.\\d+)?(?![\\d.])");

    /** Two or three of the card's amounts said in the sentence add up to the value. */
    private static boolean addsUp(double value, CardProfile card, String sentence) {
        List<Double> said = new ArrayList<>();
        java.util.regex.Matcher m = FIGURE.matcher(ChineseNumbers.normalize(sentence));
        while (m.find()) {
            double v = Double.parseDouble(m.group().replace(",", ""));
            if (card.amounts.contains(v) && !near(v, value)) {
                said.add(v);
            }
        }
        for (int i = 0; i < said.size(); i++) {
            for (int j = i + 1; j < said.size(); j++) {
                if (near(said.get(i) + said.get(j), value)) {
                    return true;
                }
                for (int k = j + 1; k < said.size(); k++) {
                    if (near(said.get(i) + said.get(j) + said.get(k), value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < CENT;
    }

    /**
     * A day the card's dates and day counts work out, counted from a card date the sentence names: "1月18号送的话1月30号周六前后"
     * from the card's 1月18日 and "腊肉…大概12天".
     * (A leap day is not worth a year the card seldom gives.)
     */
    /**
     * Days offered side by side are two slots, not one counted from the other: "6月12号那个周五上午，或者6月14号周一下午" had passed
     * as the card's 6月12日 plus its 48小时 (holdout68's linyu-boli-06).
     */
    private static final Pattern OFFERED_BESIDE = Pattern.compile("或者|或是|还是|\\bor\\b", Pattern.CASE_INSENSITIVE);

    static boolean date(String value, String whole, CardProfile card) {
        if (!value.matches("\\d{2}-\\d{2}") || OFFERED_BESIDE.matcher(whole).find()) {
            return false;
        }
        // counted from a card date the sentence names beside it
        Set<String> named = new HashSet<>();
        FactExtractor.extract(whole).stream().filter(x -> x.type() == Fact.Type.DATE && !x.value().equals(value)).forEach(x -> named.add(x.value()));
        return fromCardDate(value, card, named::contains, null);
    }

    /**
     * A day worked out from the card date of a weekday just named, by the customer picking it or the rep's sentence before, and a
     * card duration the sentence says: "好，周六上午。锔钉大概7天，3月20号周六前后可以取" after the customer took the card's
     * 3月13日周六 (holdout46). The date's own weekday beside it names no start.
     */
    static boolean fromPickedDay(String value, String whole, String before, CardProfile card) {
        if (!value.matches("\\d{2}-\\d{2}")) {
            return false;
        }
        Set<Integer> weekdays = Weekdays.named(before);
        Set<String> spans = new HashSet<>();
        FactExtractor.extract(whole).stream().filter(x -> x.type() == Fact.Type.DURATION).forEach(x -> spans.add(x.value()));
        return !weekdays.isEmpty() && !spans.isEmpty() && fromCardDate(value, card, d -> card.weekdayDays.entrySet().stream()
                .anyMatch(e -> weekdays.contains(e.getKey()) && e.getValue().contains(Integer.parseInt(d.substring(3)))), spans);
    }

    /** Whether a card date that passes {@code start}, plus a card duration (one of {@code spans}, if given), is the value. */
    private static boolean fromCardDate(String value, CardProfile card, java.util.function.Predicate<String> start, Set<String> spans) {
        for (String d : card.facts.getOrDefault(Fact.Type.DATE, Set.of())) {
            if (!d.matches("\\d{2}-\\d{2}") || !start.test(d)) {
                continue;
            }
            java.time.LocalDate from = java.time.LocalDate.of(2027, Integer.parseInt(d.substring(0, 2)), Integer.parseInt(d.substring(3)));
            for (String span : card.facts.getOrDefault(Fact.Type.DURATION, Set.of())) {
                if (spans != null && !spans.contains(span)) {
                    continue;
                }
                double days = Double.parseDouble(span) / 1440;
                if (days >= 1 && days <= 60 && days == Math.rint(days)
                        && from.plusDays((long) days).format(java.time.format.DateTimeFormatter.ofPattern("MM-dd")).equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PER_UNIT = java.util.regex.Pattern.compile("\\b(?:a|per|each) (?:head|sheep|animal|item|piece"
            + "|unit|person|box|bag|room|dog|cat|car|window)\\b|每(?:只|头|个|位|件|间|台|辆|扇)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A card duration the sentence itself says per head or per item, times a count said in the call. */
    static boolean perUnit(Fact f, String whole, Set<Double> counts, CardProfile card) {
        if (!PER_UNIT.matcher(whole).find()) {
            return false; // "read-only for thirty days … kept for six months" is two terms, not 6 × 30 days
        }
        double value = Double.parseDouble(f.value());
        return FactExtractor.extract(whole).stream().filter(x -> x.type() == Fact.Type.DURATION && !x.value().equals(f.value())
                        && card.facts.getOrDefault(Fact.Type.DURATION, Set.of()).contains(x.value()))
                .anyMatch(u -> counts.stream().anyMatch(n -> n >= 2 && Math.abs(Double.parseDouble(u.value()) * n - value) < 0.01));
    }

    /** A percentage at or above this is a share of a price (a deposit, half off), not a fee rate. */
    private static final double SHARE = 20;

    /**
     * An amount worked out from the card: an amount the call has named × a count in the call, less a card discount;
     * or an amount the call has said × a rate the card states, once or per period (12000元 × 0.75% = 90元,
     * × 3 = 270元). A share of a price (定金50%) is of a price the call has named: the card's 100元 early-delivery fee × its
     * 50% deposit is not a 50元 delivery fee, nor its 40元 daily cap × some 2 heard earlier an 80元 one.
     */
    static boolean derived(double value, CardProfile card, Set<Double> counts, Set<Double> named, Set<Double> spoken) {
        // a rate is of an amount the call has said, in any form ("一万二的百分之零点六五", the rep's own example "6000分6期每期手续费
        // 42"): "两百块的账户管理费" is not the card's 10% of the 2000 principal nobody named (holdout66's installment-04)
        for (double base : spoken) {
            for (double rate : card.rates) {
                if (rate >= SHARE && !named.contains(base) && !counts.contains(base)) {
                    continue; // a share (定金50%) is of a price named
                }
                double fee = base * rate / 100;
                if (Math.abs(fee - value) < 0.01) {
                    return true;
                }
                for (double n : counts) {
                    if (Math.abs(fee * n - value) < 0.01) {
                        return true;
                    }
                }
            }
        }
        // a card price less the card's amount off, both said in the call in any form: "会员减一百五" → "八百一十块" of the
        // 960元 option (holdout79's faithful xunquan-03, whose 九百六 and 一百五 were said with no unit)
        for (double off : card.amountsOff()) {
            // not a deposit less it: "定金500…减三百" makes no price of 200 (holdout11's swim-class-06)
            if (spoken.contains(off) && card.amounts.stream().anyMatch(p -> p > off && spoken.contains(p) && !card.deposits().contains(p)
                    && Math.abs(p - off - value) < 0.01)) {
                return true;
            }
        }
        for (double money : named) {
            for (double other : named) {
                // two of the card's amounts the call has named, one less the other or both together: "180元…新客户减25元" →
                // "保养是155元" (holdout70's faithful paobuji-03)
                if (other != money && (Math.abs(money - other - value) < 0.01 || Math.abs(money + other - value) < 0.01)) {
                    return true;
                }
            }
            for (double count : counts) {
                for (double share : card.priceShares) {
                    double v = money * count * share;
                    if (Math.abs(v - value) < 0.01 || Math.abs(money * share - value) < 0.01) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
