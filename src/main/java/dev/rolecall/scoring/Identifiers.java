package dev.rolecall.scoring;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that name one thing rather than measure it: a phone's last digits (尾号3306, "ending 7714"), a street
 * number (蓉北路88号, "14 Larkspur Lane"), a metro line (6号线), a floor of a named building (中心一楼), a building, room or
 * exit, a reference code (RF-3381). Each is read as {@code key:value}, the key saying what it names
 * ({@code phone}, {@code street:蓉北路}, {@code line}, {@code floor}, {@code ref:RF}), so a value is wrong only against
 * the card's values for the same thing: 尾号3360 where the card says 尾号3306, 3号线 where it says 6号线. A key the
 * card never uses (the customer's own flat number) cannot be checked.
 */
final class Identifiers {
    private Identifiers() {}

    private static final String DIGIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine";
    private static final List<String> DIGIT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

    /** Last digits of a number, digits or read out word by word ("ending in seven seven one four"). */
    private static final Pattern TAIL = Pattern.compile("(?:(车牌|卡号?|身份证|订单|账户|账号)?尾号\\s*(?:是|为)?\\s*(\\d{3,4})(?!\\d)"
            + "|\\b(?:(vin|card|account|plate|order)\\s+)?(?:number\\s+)?(?:ending|ends|that ends)\\s+(?:in|with)?\\s*"
            + "(\\d{3,4}|(?:(?:" + DIGIT_WORD + ")[\\s-]){3}(?:" + DIGIT_WORD + "))\\b"
            + "|\\blast (?:four|4) (?:digits )?(?:are |of )?(\\d{4})\\b)", Pattern.CASE_INSENSITIVE);
    /** The rep's staff number, which a customer checks with the hotline: 工号6021, "employee ID 4471" (holdout46's 工号6201). */
    private static final Pattern STAFF = Pattern.compile("工号\\s*(?:是|为|：|:)?\\s*(\\d{3,8})(?!\\d)"
            + "|\\b(?:employee|agent|staff|badge|operator)\\s+(?:id|number|no\\.?)\\s*(?:is\\s*)?#?\\s*(\\d{3,8})\\b", Pattern.CASE_INSENSITIVE);
    /** 蓉北路88号, 江南大道388号: the two characters before 路 name the street in call and card alike (金牛区蓉北路 = 蓉北路). */
    private static final Pattern STREET_ZH = Pattern.compile("(\\p{IsHan}{2}(?:路|街|大道|道|巷))(\\d{1,4})号(?![楼线院])");
    private static final Pattern STREET_EN = Pattern.compile("(?<![\\d$.,])(\\d{1,5})\\s+([A-Z][a-z]+)(?:\\s+[A-Z][a-z]+)?\\s+"
            + "(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Terrace)\\b");
    private static final Pattern LINE = Pattern.compile("(\\d{1,2})\\s*号线|\\b(?:metro|subway|tram|bus)\\s+(?:line\\s+)?(\\d{1,2})\\b|\\bline\\s+(\\d{1,2})\\b(?=\\s+(?:to|station|stop|metro|subway))",
            Pattern.CASE_INSENSITIVE);
    private static final String HAN_SMALL = "[一二三四五六七八九十]{1,3}";
    /**
     * A floor of a named building (血液中心一楼, 恒安大厦11楼): the place says which floor it is. A floor alone ("住5层",
     * "the 3rd floor") may be the customer's, of which a card can list several.
     */
    private static final Pattern FLOOR = Pattern.compile("(中心|大厦|大楼|广场|商场|医院|门诊|大厅|酒店|宾馆|写字楼|园区|馆|店|所|站)"
            + "(\\d{1,2}|" + HAN_SMALL + ")\\s*(?:楼|层)(?![梯道下上顶房])");
    /** A building, unit or room (3幢, 5号楼, 901室, "Suite 200", "Room 12B"), and an exit (B口, "exit C"). */
    private static final Pattern PLACE = Pattern.compile("(\\d{1,3})\\s*(幢|栋|号楼|单元)|(\\d{3,4})\\s*(室|房间)"
            + "|(?<![A-Za-z])((?-i:[A-H]))\\s*(?:出口|口)(?=出|进|走|\\p{IsHan}|[，。,.\\s]|$)"
            + "|\\b(suite|ste|room|rm|unit|apt|apartment|exit|gate|platform)\\.?\\s*#?\\s*(\\d{1,5}(?-i:[A-Z])?|(?-i:[A-H]))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A flat number after its building or unit: "幸福里小区5栋1201", "3幢1单元901". */
    private static final Pattern FLAT = Pattern.compile("(?<=[栋幢]|单元)\\s*(\\d{3,4})(?:室|号)?(?!\\d)");
    /** A reference, membership or order code: capital letters, a dash, three digits or more (GS-77215, RF-3381, BF-4417). */
    private static final Pattern REFERENCE = Pattern.compile("(?<![A-Za-z\\d-])([A-Z]{1,4})-(\\d{3,}(?:-\\d+)*)(?![\\d])");

    /** Reads every identifier, blanking each from {@code rest} as {@link FactExtractor} does, before dates and phones see them. */
    static void take(StringBuilder rest, List<Fact> facts) {
        FactExtractor.take(rest, REFERENCE, m -> add(facts, "ref:" + m.group(1), m.group(2).replace("-", ""), m));
        FactExtractor.take(rest, TAIL, m -> {
            String owner = m.group(1) != null ? m.group(1) : m.group(3);
            String digits = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5);
            add(facts, "tail:" + owner(owner), spelled(digits), m);
        });
        FactExtractor.take(rest, STAFF, m -> add(facts, "staff", m.group(1) != null ? m.group(1) : m.group(2), m));
        FactExtractor.take(rest, STREET_ZH, m -> add(facts, "street:" + m.group(1), m.group(2), m));
        FactExtractor.take(rest, STREET_EN, m -> add(facts, "street:" + m.group(2).toLowerCase(Locale.ROOT), m.group(1), m));
        FactExtractor.take(rest, LINE, m -> add(facts, "line", first(m, 1, 2, 3), m));
        FactExtractor.take(rest, FLOOR, m -> add(facts, "floor:" + m.group(1), small(m.group(2)), m));
        FactExtractor.take(rest, FLAT, m -> add(facts, "flat", m.group(1), m));
        FactExtractor.take(rest, PLACE, m -> {
            if (m.group(2) != null) {
                add(facts, m.group(2).equals("单元") ? "unit" : "building", String.valueOf(Integer.parseInt(m.group(1))), m);
            } else if (m.group(4) != null) {
                add(facts, "room", m.group(3), m);
            } else if (m.group(5) != null) {
                add(facts, "exit", m.group(5).toUpperCase(Locale.ROOT), m);
            } else {
                add(facts, kind(m.group(6)), m.group(7).toUpperCase(Locale.ROOT), m);
            }
        });
    }

    /** The key of an identifier value ({@code street:蓉北路} of {@code street:蓉北路=88}). */
    static String key(String value) {
        return value.substring(0, value.lastIndexOf('='));
    }

    private static void add(List<Fact> facts, String key, String value, Matcher m) {
        facts.add(new Fact(Fact.Type.IDENTIFIER, key + "=" + value, m.group().trim()));
    }

    private static String first(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /** Whose last digits: a phone's unless the words say a card's, a plate's or an order's. */
    private static String owner(String word) {
        if (word == null) {
            return "phone";
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "车牌", "plate" -> "plate";
            case "卡", "卡号", "card", "账户", "账号", "account" -> "card";
            case "身份证" -> "id";
            case "vin" -> "vin";
            default -> "order";
        };
    }

    private static String kind(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "suite", "ste", "unit", "apt", "apartment" -> "suite";
            case "room", "rm" -> "room";
            case "exit" -> "exit";
            default -> word.toLowerCase(Locale.ROOT);
        };
    }

    /** "seven seven one four" is 7714; digits stay as they are. */
    private static String spelled(String digits) {
        if (digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        for (String w : digits.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            out.append(w.equals("oh") ? 0 : DIGIT_WORDS.indexOf(w));
        }
        return out.toString();
    }

    /** 三 is 3, 十二 is 12 (single floors and buildings, which the number normaliser leaves as words). */
    private static String small(String n) {
        if (n.chars().allMatch(Character::isDigit)) {
            return String.valueOf(Integer.parseInt(n));
        }
        int tens = n.indexOf('十');
        if (tens < 0) {
            return String.valueOf(ChineseNumbers.digit(n.charAt(0)));
        }
        int high = tens == 0 ? 1 : ChineseNumbers.digit(n.charAt(0));
        int low = tens == n.length() - 1 ? 0 : ChineseNumbers.digit(n.charAt(n.length() - 1));
        return String.valueOf(high * 10 + low);
    }
}
