package dev.rolecall.agent.offline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of thing a customer question asks, read from generic wording only: its frame ("Can you
 * tell me…", "我想问一下…") which is no part of its topic, whether it asks for a price or a time,
 * and the premise it rests on ("没有电梯怎么办" assumes there is no lift). Nothing of any one card.
 */
final class QuestionKind {
    private QuestionKind() {}

    private static final Pattern FRAME = Pattern.compile(
            "^(?:(?:also|oh|and|one more question|quick question|before i forget|so|and another thing|first|right|tell me this)[,:]?\\s+)+"
                    + "(?:(?:can you tell me|i need to know|tell me)\\s+)?|^(?:can you tell me|i need to know|tell me)\\s+|"
                    + "^(?:对了|还有|另外|那?我问一下|我想问一下|还有个事|问一下|我先问清楚|问你个事|我先问一句|再问一个)[，,]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE = Pattern.compile(
            "多少钱|价格|价钱|费用|收费|收钱|手续费|费率|\\bhow much\\b|\\bprice\\b|\\bcosts?\\b|\\bfees?\\b", Pattern.CASE_INSENSITIVE);
    /** Units that only name the price (zh bigrams, English stems): a question with nothing else asks for the price. */
    private static final Set<String> PRICE_UNITS = Set.of("价格", "价钱", "费用", "收费", "多少", "手续", "续费", "price", "cost", "costs",
            "fee", "fees", "much", "about");
    private static final Pattern HIDDEN = Pattern.compile("隐藏|隐性|额外|\\bhidden\\b|\\bextra\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEN = Pattern.compile(
            "什么时候|多久能|多快|哪天|几号|最早|\\bhow soon\\b|\\bwhen (?:can|will|could)\\b|\\bhow quickly\\b|\\bearliest\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAYS = Pattern.compile(
            "周[一二三四五六日天].{0,6}(?:周[一二三四五六日天]|或|、)|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.{0,16}\\bor\\b",
            Pattern.CASE_INSENSITIVE);
    /** A question asking for the materials to be sent ("你能不能直接寄全套明细？", "所有资料能一次到齐吗？", "Can you email me that?"). */
    private static final Pattern SEND = Pattern.compile(
            "寄|发我|发给我|发过来|到齐|\\b(?:send|e-?mail|text) (?:me|us|it|that|them|everything)\\b", Pattern.CASE_INSENSITIVE);
    /** A script line offering to send them, with the channels ("我可微信、邮箱或者短信一键发送给您"). */
    private static final Pattern SEND_OFFER = Pattern.compile(
            "发送给您|发给您|发您|\\b(?:send|e-?mail|text) you\\b", Pattern.CASE_INSENSITIVE);
    // not the "有没有" of a question: "有没有学生优惠？" asks, it does not say there is none (review 32: "学生证有优惠吗？" had been
    // kept from that entry, and half answered with a check-back on the rest, 6 of 10 zixishi calls)
    private static final Pattern ZH_NEG = Pattern.compile("(?<!有)没有([\\u4e00-\\u9fa5]{2})");
    private static final Pattern EN_NEG = Pattern.compile("(?i)\\b(?:no|without|don'?t have|don'?t get)\\s+(?:a |an |the )?(\\w{3,})");

    /** The question without its frame: "Can you tell me how billing works now?" → "how billing works now?". */
    static String unframed(String q) {
        String t = FRAME.matcher(q.trim()).replaceFirst("");
        return t.isEmpty() ? q : t;
    }

    private static final Pattern ZH_ASKING = Pattern.compile(
            "是不是|是否|真的|真是|确实|有没有|能不能|可不可以|会不会|到底|究竟|怎么样|如何|你们|那边|这边|这个|那个|吗|呢|啊|吧|呀|我|的|[？?，,。\\s]");

    /**
     * What a short Chinese question asks about, with its asking words taken off: "是不是真的安静？" is about 安静, "能不能放书？"
     * about 放书. Null when that is not two to four characters (then it is not one thing a sentence can be found saying).
     */
    static String zhCore(String question) {
        String core = ZH_ASKING.matcher(unframed(question)).replaceAll("");
        return core.length() >= 2 && core.length() <= 4 && core.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? core : null;
    }

    static boolean asksPrice(String q) {
        return PRICE.matcher(q).find();
    }

    /** Whether the question's content is the price alone, or a hidden/extra cost ("And the price?", "有没有隐藏费用？"). */
    static boolean onlyPrice(Set<String> units) {
        return units.stream().allMatch(u -> PRICE_UNITS.contains(u) || u.contains("隐") || u.contains("藏") || u.contains("额外")
                || u.startsWith("hidd") || u.equals("extra") || u.equals("what"));
    }

    static boolean hidden(String q) {
        return HIDDEN.matcher(q).find();
    }

    static boolean asksWhen(String q) {
        return WHEN.matcher(q).find();
    }

    static boolean asksToSend(String q) {
        return SEND.matcher(q).find();
    }

    static boolean offersToSend(String line) {
        return SEND_OFFER.matcher(line).find();
    }

    /** A script line that offers days to choose from ("周二或者周四", "Tuesday or Thursday"). */
    private static final Pattern DAY_NAME = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])|周末"
            + "|\\b(mon|tues|wednes|thurs|fri|satur|sun)day|\\bweekends?\\b", Pattern.CASE_INSENSITIVE);

    /** The weekdays a text names, as 1-7; a weekend names 6 and 7. */
    static java.util.Set<String> daysNamed(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher m = DAY_NAME.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(String.valueOf("一二三四五六日".indexOf(m.group(1).replace('天', '日')) + 1));
            } else if (m.group(2) != null) {
                out.add(String.valueOf(java.util.List.of("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
                        .indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT)) + 1));
            } else {
                out.add("6");
                out.add("7");
            }
        }
        return out;
    }

    /**
     * A question whose premise the customer's own card denies: "没有电梯怎么办？" from a customer whose card says 楼里有电梯
     * (the second review's delivery seed 4242, 7 of 50 calls: "没有电梯怎么办？" then "有，楼里有电梯。").
     */
    static boolean premiseDenied(String question, String ownCard) {
        Matcher z = ZH_NEG.matcher(question);
        while (z.find()) {
            int at = ownCard.indexOf("有" + z.group(1));
            while (at >= 0) {
                if (at == 0 || "没无".indexOf(ownCard.charAt(at - 1)) < 0) {
                    return true;
                }
                at = ownCard.indexOf("有" + z.group(1), at + 1);
            }
        }
        return false;
    }

    /** Whether the text names a weekday itself ("周六", "Saturday"), not only the weekend. */
    static boolean namesWeekday(String text) {
        Matcher m = DAY_NAME.matcher(text);
        while (m.find()) {
            if (m.group(1) != null || m.group(2) != null) {
                return true;
            }
        }
        return false;
    }

    static boolean offersDays(String line) {
        return DAYS.matcher(line).find();
    }

    /**
     * Whether a Q&A entry's question rests on a premise the customer's question does not share: the entry asks
     * about the absence of X ("没有电梯怎么办", "What if there is no lift?") and the customer speaks of X being there
     * ("进不了电梯"): then it is not about that entry.
     */
    static boolean samePremise(String customer, String entry) {
        Matcher z = ZH_NEG.matcher(entry);
        while (z.find()) {
            String x = z.group(1);
            if (customer.contains(x) && !customer.contains("没有" + x) && !customer.contains("没" + x) && !customer.contains("无" + x)) {
                return false;
            }
        }
        Matcher e = EN_NEG.matcher(entry);
        while (e.find()) {
            String x = e.group(1).toLowerCase(java.util.Locale.ROOT);
            String c = customer.toLowerCase(java.util.Locale.ROOT);
            if (c.contains(x) && !c.matches("(?s).*\\b(?:no|without|don'?t have|don'?t get)\\s+(?:a |an |the )?" + Pattern.quote(x) + ".*")) {
                return false;
            }
        }
        return true;
    }
}
