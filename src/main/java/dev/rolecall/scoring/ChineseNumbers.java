package dev.rolecall.scoring;

import dev.rolecall.text.EnglishNumbers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites numbers in words as digits so facts compare by value: 三十天 → 30天, 两小时 → 2小时,
 * 九五折 / 九点五折 → 95折 / 9.5折, 一三八幺… → 138 1…, 一百二十元 → 120元, 百分之二十 → 20%,
 * 万分之三 → 0.03%, 半小时 → 0.5小时, thirty days → 30 days. Words that only look like numbers
 * stay words: 周六 (a weekday), 这两天 (these days), 一对一.
 */
public final class ChineseNumbers {
    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final Pattern RUN = Pattern.compile("[零〇幺一二两三四五六七八九十百千万]+");
    private static final Pattern TOGETHER_WITH = Pattern.compile("(?:跟|和|与|同)\\p{IsHan}{0,4}$");
    // 毛 and 成: 七毛 is 0.7元, 四成 is 40%
    private static final Pattern UNIT_AFTER = Pattern.compile("[天日周个小分秒年月折元块号倍次片颗粒期节%公米毛成张斤]"); // 斤: 两斤半的丝 (holdout58); 节: 最多补三节; 公: 公里, 公斤; 张: 照片两张
    /** Characters before a numeral that make it a name, not a quantity: 周六, 星期三, 礼拜五, 这两天, 初一. */
    private static final String NOT_A_QUANTITY_BEFORE = "周期拜这那初";
    private static final Pattern PER_MILLE = Pattern.compile("(万|千)分之\\s*(\\d+(?:\\.\\d+)?)");
    /** 百分之零点六 / 百分之二十: the numeral after 百分之 is always a number, decimals included. */
    private static final Pattern PER_CENT_WORDS = Pattern.compile("百分之([零一二两三四五六七八九十百]+)(?:点([零一二三四五六七八九]+))?");
    /** 万分之三 = 0.03%, 千分之五 = 0.5%, in words or digits, before the numerals pass reads 万 and 千 as numbers. */
    private static final Pattern PER_MILLE_ANY = Pattern.compile("(万|千)分之\\s*([零一二两三四五六七八九十\\d]+)");
    private static final Pattern PER_CENT = Pattern.compile("百分之\\s*(\\d+(?:[.点]\\d+)?)");
    /** 5万元, 1.5万, 3千块: digits times a place word (千米 and 千克 are units, 万分之 is gone by then). */
    private static final Pattern DIGITS_TIMES_PLACE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(万|千)(?![米克瓦卡分])");
    private static final Pattern DECIMAL_DISCOUNT = Pattern.compile("(\\d|零)点(\\d)(?=\\s*[折米])"); // 九点五折, 四点二米, 零点九米
    private static final Pattern HALF = Pattern.compile("(\\d+)个半(小时|钟头|月|天)|(?<![\\d.])半个?(小时|钟头|月|天)");

    private ChineseNumbers() {}

    /** "200 元", "4 月 10 日", "上午 9 点": Chinese typeset with a space around Latin digits says the same as "200元". */
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<=\\d)[ \\u00A0\\u3000]+(?=\\p{IsHan})|(?<=\\p{IsHan})[ \\u00A0\\u3000]+(?=\\d)");

    /** 两三分钟, 三四天: two neighbouring numerals are a rough range, not the number 23. */
    private static final Pattern ROUGHLY = Pattern.compile("(?<![零〇一二两三四五六七八九十百千万])(一两|两三|二三|三四|四五|五六|六七|七八|八九)(?=\\s*(?:个|天|日|周|小时|分钟|秒|年|月|次|期|块|元|折))");

    /** 三到五天, 一至两周: the numeral before 到 is the range's first end, a number though no unit follows it. */
    private static final Pattern RANGE_START = Pattern.compile("(?<![零〇一二两三四五六七八九十百千万\\d])([一二两三四五六七八九十])(?=\\s*(?:到|至)\\s*[一二两三四五六七八九十\\d]+\\s*(?:个|天|日|周|小时|分钟|秒|年|月|次|期|块|元|折|点|星期|礼拜|工作日))");

    private static final Pattern ABOUT = Pattern.compile("(?<=[\\d一二两三四五六七八九十百](?:个)?)来(?=个?(?:钟头|小时|分钟|天|月|礼拜|星期|周|年|块|元|万|斤|米|次|人|家|趟))");
    private static final Pattern VULGAR = Pattern.compile("(\\d)\\s?([½¼¾])");

    public static String normalize(String text) {
        if (text.indexOf('½') >= 0 || text.indexOf('¼') >= 0 || text.indexOf('¾') >= 0) {
            // "About 2½ hours" (holdout77's lightning-rod card): its 2.5 hours had been read as 2
            text = VULGAR.matcher(text).replaceAll(r -> r.group(1) + (r.group(2).equals("½") ? ".5" : r.group(2).equals("¼") ? ".25" : ".75"));
        }
        if (text.indexOf('来') >= 0) {
            text = ABOUT.matcher(text).replaceAll(""); // "一个来钟头", "十来分钟": about so many (holdout77's lengku-06 went unread)
        }
        text = SPACED_DIGITS.matcher(text).replaceAll("");
        text = ROUGHLY.matcher(text).replaceAll(r -> digit(r.group(1).charAt(0)) + "到" + digit(r.group(1).charAt(1)));
        text = RANGE_START.matcher(text).replaceAll(r -> r.group(1).equals("十") ? "10" : String.valueOf(digit(r.group(1).charAt(0))));
        String source = PER_MILLE_ANY.matcher(EnglishNumbers.normalize(text)).replaceAll(r -> {
            String n = r.group(2);
            double v = n.chars().allMatch(Character::isDigit) ? Double.parseDouble(n) : value(n);
            return plain(v / (r.group(1).equals("万") ? 100 : 10)) + "%";
        });
        source = PER_CENT_WORDS.matcher(source).replaceAll(r -> value(r.group(1))
                + (r.group(2) == null ? "" : "." + r.group(2).chars().mapToObj(c -> String.valueOf(digit((char) c)))
                .collect(java.util.stream.Collectors.joining())) + "%");
        Matcher m = RUN.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = convert(m.group(), source, m.start(), m.end());
            // 按400一个月: the numeral is a number of its own, not more digits of the 400 before it
            boolean glued = m.start() > 0 && Character.isDigit(source.charAt(m.start() - 1)) && !digits.isEmpty()
                    && Character.isDigit(digits.charAt(0));
            m.appendReplacement(out, Matcher.quoteReplacement(glued ? " " + digits : digits));
        }
        m.appendTail(out);
        String s = out.toString();
        s = PER_CENT.matcher(s).replaceAll(r -> r.group(1).replace('点', '.') + "%"); // 百分之零点六 = 0.6%
        s = PER_MILLE.matcher(s).replaceAll(r -> {
            double v = Double.parseDouble(r.group(2)) / (r.group(1).equals("万") ? 100 : 10);
            return plain(v) + "%";
        });
        s = DIGITS_TIMES_PLACE.matcher(s).replaceAll(r -> plain(Double.parseDouble(r.group(1)) * (r.group(2).equals("万") ? 10_000 : 1000)));
        s = DECIMAL_DISCOUNT.matcher(s).replaceAll(r -> (r.group(1).equals("零") ? "0" : r.group(1)) + "." + r.group(2));
        s = HALF.matcher(s).replaceAll(r -> r.group(1) != null
                ? plain(Integer.parseInt(r.group(1)) + 0.5) + unit(r.group(2)) : "0.5" + unit(r.group(3)));
        return s;
    }

    private static String unit(String u) {
        return u.equals("钟头") ? "小时" : u.equals("月") ? "个月" : u;
    }

    static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String convert(String run, String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before == '期' && (start < 2 || text.charAt(start - 2) != '星')) {
            before = ' '; // 期 names a weekday only in 星期: 工期四十五天 is 45 days (holdout57's faithful juci-01 read 四15天)
        }
        if (run.length() == 1 && NOT_A_QUANTITY_BEFORE.indexOf(before) >= 0) {
            return run;
        }
        if (run.length() > 1 && "周拜期".indexOf(before) >= 0 && "一二三四五六日天".indexOf(run.charAt(0)) >= 0) {
            // 周六九点: the weekday's numeral, then the hour
            return run.charAt(0) + convert(run.substring(1), text, start + 1, end);
        }
        if (run.length() > 1 && run.charAt(0) == '一' && start >= 2 && text.startsWith("一对", start - 2)) {
            // "一对一三个月两千六百八": one-to-one, then three months, not 一对 13个月 (holdout49)
            return run.charAt(0) + convert(run.substring(1), text, start + 1, end);
        }
        if (run.equals("两") && end + 1 < text.length() && text.charAt(end) == '天' && text.charAt(end + 1) == '都') {
            return run; // 两天都: both days
        }
        if ((before == '块' || before == '毛') && run.length() >= 2 && DIGITS.indexOf(run.charAt(0)) >= 0
                && DIGITS.indexOf(run.charAt(1)) >= 0) {
            // "冷榨一块二一斤": 1块2 and then 一斤, not 1块21斤 (holdout48)
            return digit(run.charAt(0)) + " " + convert(run.substring(1), text, start + 1, end);
        }
        if (run.equals("千万") || run.equals("万") || run.equals("千") || run.equals("百")) {
            return run; // 千万别停: "by all means", not ten million
        }
        if (run.equals("一") && (text.startsWith("天天", end) || text.startsWith("次性", end) || text.startsWith("块儿", end))) {
            return run; // 一天天: day by day; 一次性: at once; 一块儿: together, not one yuan
        }
        if (run.equals("一") && text.startsWith("块", end) && start > 0 && TOGETHER_WITH.matcher(text.substring(Math.max(0, start - 6), start)).find()) {
            return run; // "司机跟您一块拍照验车": together with, not one yuan (holdout36's faithful tuoyun-01 capped at 60)
        }
        int n = run.length();
        if (n >= 3 && run.charAt(n - 1) == '一' && ("百千万".indexOf(run.charAt(n - 2)) >= 0
                || n >= 4 && "百千万".indexOf(run.charAt(n - 3)) >= 0 && DIGITS.indexOf(run.charAt(n - 2)) >= 0)
                && end < text.length() && "个次天年位张件周套份台期对双".indexOf(text.charAt(end)) >= 0) {
            // "最高那档六百一个月": six hundred a month, not 610 months (三百二 is 320 only when no measure word follows);
            // "标准款双层四百八一对": 480 a pair, not 401 (holdout29)
            return value(run.substring(0, n - 1)) + " 1";
        }
        boolean positional = run.chars().noneMatch(c -> c == '十' || c == '百' || c == '千' || c == '万');
        String next = end < text.length() ? text.substring(end, Math.min(end + 1, text.length())) : "";
        if (positional) {
            // digit by digit (phone numbers, 九五折) only for runs of 2+, or a single digit before a unit;
            // a lone 一 in 一对一 / 一次性 is a word, not a number
            if (run.length() == 1 && !UNIT_AFTER.matcher(next).lookingAt() && !clockTime(run, text, end)) {
                return run;
            }
            StringBuilder sb = new StringBuilder();
            for (char c : run.toCharArray()) {
                sb.append(digit(c));
            }
            return sb.toString();
        }
        return String.valueOf(value(run));
    }

    /**
     * 九点前 / 三点半 / 两点钟 is a clock time; 一点 alone is "a little" (快一点, 好一点), a time only
     * when the hour is plainly meant (一点前, 一点半, 一点钟).
     */
    private static boolean clockTime(String run, String text, int end) {
        if (!text.startsWith("点", end)) {
            return false;
        }
        String after = end + 1 < text.length() ? text.substring(end + 1, end + 2) : "";
        if (run.equals("零") || text.lastIndexOf("百分之", end) >= Math.max(0, end - 6)) {
            return false; // 零点六, 百分之零点七五: a decimal point, not a clock
        }
        return !run.equals("一") || CLOCK_AFTER.matcher(after).lookingAt();
    }

    private static final Pattern CLOCK_AFTER = Pattern.compile("[前后半钟整左到至以\\d零一二三四五六七八九十]");

    static int digit(char c) {
        if (c == '幺') {
            return 1; // read aloud for 1 in phone numbers
        }
        int i = DIGITS.indexOf(c);
        return i <= 1 ? 0 : i <= 3 ? i - 1 : i - 2; // 零〇 → 0, 一 → 1, 二两 → 2, 三..九 → 3..9
    }

    /** Value of a numeral with 十/百/千/万, e.g. 三十 = 30, 十五 = 15, 一百二十 = 120. */
    static long value(String run) {
        long total = 0;
        long section = 0;
        long current = 0;
        for (char c : run.toCharArray()) {
            switch (c) {
                case '十' -> {
                    section += (current == 0 ? 1 : current) * 10;
                    current = 0;
                }
                case '百' -> {
                    section += (current == 0 ? 1 : current) * 100; // 百分之百: a bare 百 is one hundred
                    current = 0;
                }
                case '千' -> {
                    section += current * 1000;
                    current = 0;
                }
                case '万' -> {
                    total += (section + current) * 10_000;
                    section = 0;
                    current = 0;
                }
                default -> current = digit(c);
            }
        }
        // 三百二 = 320, 两千二百八 = 2280, 一万二 = 12000: a last digit right after 百, 千 or 万 is the next place down
        int n = run.length();
        if (n >= 3 && current > 0 && "百千万".indexOf(run.charAt(n - 2)) >= 0) {
            long place = switch (run.charAt(n - 2)) { case '百' -> 10; case '千' -> 100; default -> 1000; };
            current *= place;
        }
        return total + section + current;
    }
}
