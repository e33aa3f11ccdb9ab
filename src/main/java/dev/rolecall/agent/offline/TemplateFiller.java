package dev.rolecall.agent.offline;

import dev.rolecall.text.EnglishNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rep's read-backs from a card's template lines: a slot filled from what the customer picked ("So that's [day and
 * time]" → "So that's Thursday afternoon", "X月X号XX时段" → "4月12号下午2点到6点"), one of a slot's alternatives chosen as
 * the customer would have it ("（加/不加）延保" → "不加延保" without a yes), and no read-back said before anything is picked.
 * Holds what the customer has said; the rep keeps what was offered and picked.
 */
final class TemplateFiller {
    private final CardIndex index;
    private final Lang lang;

    TemplateFiller(CardIndex index, Lang lang) {
        this.index = index;
        this.lang = lang;
    }

    /** Notes what the customer said in its turn. */
    void heard(String callee) {
        customerText.append(callee).append('\n');
    }

    /** The customer's last turn. */
    String lastHeard() {
        String all = customerText.toString().strip();
        return all.substring(all.lastIndexOf('\n') + 1);
    }

    /** A card's template slot in a line: "So that's [day and time] for [checkup and cleaning / plus the filling]." */
    /** Also alternatives in brackets, "（现在交/到店交）": the card lets the rep pick one, and says them all otherwise. */
    static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile(
            "\\[(?!END)([^\\[\\]]{1,40})]|【([^【】]{1,20})】|\\{([^{}]{1,30})}|_{3,}"
                    + "|[（(]([^（）()/／]{1,12}[/／][^（）()]{1,24})[）)]");

    private static final Pattern PART_OF_DAY_SLOT = Pattern.compile("(?i)时段|时间段|\\bwindow\\b|time of day");
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)上午|下午|中午|晚上|早上|全天|整天|\\d点|\\d{1,2}:\\d{2}|\\b(?:morning|afternoon|evening|all day|[ap]\\.?m\\.?)\\b");
    private static final java.util.regex.Pattern WHEN_SLOT = java.util.regex.Pattern.compile(
            "day|time|date|slot|时间|日期|哪天|几点|时段", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "某月某日某时段" is a slot for the day and time picked, as 【日期和时段】 is (read aloud in the tenth review's purifier calls). */
    private static final Pattern SOME_DAY = Pattern.compile("(?:某(?:年|月|日|号|天|周|时段|时间|个时段|时))+");

    private static String someDay(String text) {
        return text.indexOf('某') < 0 ? text : SOME_DAY.matcher(text).replaceAll("【时间】");
    }

    /** A bare X in a Chinese line is a slot too: "朵朵报暑期初级班X班", "7月X号开课". */
    private static final Pattern X_SLOT = Pattern.compile("(?<![A-Za-z])X{1,2}(\\p{IsHan})");

    /** A date or weekday in an offer: "4月11号", "周六", "星期二". */
    static final Pattern DAYS = Pattern.compile("\\d{1,2}[号日]");

    static final Pattern WEEKDAYS = Pattern.compile("(?:周|礼拜|星期)[一二三四五六日天]");

    /** The part of the day an option names, with its hours: "下午2点到6点", "全天". */
    private static final Pattern DAYPART = Pattern.compile(
            "(?:上午|下午|中午|晚上|傍晚|早上|全天)(?:\\d{1,2}(?:[:：]\\d{2}|点半?)?\\s*(?:到|至|-|–|~)\\s*\\d{1,2}(?:[:：]\\d{2}|点半?)?)?");

    /** All the customer said, for whether it said yes to an extra or named one of a slot's alternatives. */
    private final StringBuilder customerText = new StringBuilder();

    /** A choice the customer made: the options offered and the one picked, in the words the customer used. */
    private record Pick(List<String> options, String words, String offer, String topic) {
        /** The option picked as the rep offered it ("the standard plot" for "The standard works."), else the customer's words. */
        String option() {
            String w = words.toLowerCase(java.util.Locale.ROOT);
            return options.stream().filter(o -> o.toLowerCase(java.util.Locale.ROOT).contains(w) || w.contains(o.toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().orElse(words);
        }

        boolean ofPayment() {
            return options.stream().anyMatch(o -> PAY_WORDS.matcher(o).find());
        }

        boolean ofTime() {
            return options.stream().anyMatch(o -> TIME_WORDS.matcher(o).find());
        }
    }

    private final List<Pick> picks = new ArrayList<>();

    /** Notes the customer's pick of the options the rep offered; {@code topic}: the title of the step that offered them. */
    void picked(List<String> options, String words, String offer, String topic) {
        if (options.size() >= 2 && words != null) {
            String o = offer == null ? "" : offer;
            // what the pick is about: the step's title and the question that offered it, not every word of the turn ("[类别]" had
            // found 普通申请 by "普通申请每个类别800元", "[cars back on]" the payment pick by "All cars need to be off", review 29)
            List<String> asked = Speech.sentences(o).stream().filter(x -> x.strip().matches("(?s).*[?？]$")).toList();
            String about = asked.isEmpty() ? o : String.join(" ", asked);
            picks.add(new Pick(List.copyOf(options), words, o, (topic == null ? "" : topic + " ") + about));
        }
    }

    /** Words of a slot's name that say nothing of which pick fills it ("[day and time]", "[交付方式]" is 交付). */
    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(?:the|a|an|and|or|of|your|his|her|their|chosen|picked|selected|day|time|date|slot"
            + "|name|type|choice|option)\\b|方式|时间|日期|时段|选择|选的|说明|名称|类型");

    /** What a slot's name says it is about: "交付" of "交付方式", "programme" of "[the programme]"; empty when only generic. */
    private static List<String> slotWords(String slot) {
        String rest = GENERIC.matcher(slot).replaceAll(" ").trim();
        List<String> out = new ArrayList<>();
        for (String w : rest.split("[\\s/／、,，]+")) {
            // an English word says what the slot is about with three letters or more, not as a particle ("[cars back on]" had
            // found the option pick by the "on" of its offer, review 29)
            if (w.length() >= 2 && !w.isBlank() && !(w.matches("[A-Za-z]+") && (w.length() < 3 || SLOT_PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT))))) {
                out.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static final Set<String> SLOT_PARTICLES = Set.of("back", "off", "out", "until", "after", "before", "for", "from", "with",
            "into", "onto", "over", "per", "all", "any");

    /** Whether the pick was offered about what the slot names: "交付" in "选择交付方式 …常规还是加急？"; an English word as a word. */
    private static boolean about(Pick p, List<String> words) {
        String topic = p.topic().toLowerCase(java.util.Locale.ROOT);
        return words.stream().anyMatch(w -> w.matches("[a-z]+") ? Pattern.compile("\\b" + w + "(?:s|es)?\\b").matcher(topic).find()
                : topic.contains(w));
    }

    /**
     * The latest pick, not of a day or time, offered about what the slot names, else null. A day pick is never it: "[tent]"
     * had found "Which day works? … show the crew where the tent goes", and the read-back lost the tent and its price (review
     * 24, 9 of 9 calls).
     */
    private Pick pickAbout(String slot) {
        List<String> words = slotWords(slot);
        if (words.isEmpty()) {
            return null;
        }
        for (int i = picks.size() - 1; i >= 0; i--) {
            // nor a way to pay: "Cars off the driveway until [cars back on]" had been "until card", the payment offered in the
            // line that named the cars (review 29, 9 of 9)
            if (!picks.get(i).ofTime() && !picks.get(i).ofPayment() && about(picks.get(i), words)) {
                return picks.get(i);
            }
        }
        return null;
    }

    /** "[number of students]", "[人数]": the count the card gives for it ("Your request says 48 students"), or null. */
    private static final Pattern COUNT_SLOT = Pattern.compile("(?i)^\\s*(?:number of|no\\.? of|#\\s*of|how many)\\s+([a-z]+)|^(\\p{IsHan}{1,4}?)(?:人数|数量|个数|数)$");

    private String countFromCard(String slot) {
        if (HEADCOUNT.matcher(slot).find()) {
            return peopleOnCard();
        }
        Matcher m = COUNT_SLOT.matcher(slot);
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1) != null ? m.group(1) : m.group(2);
        Matcher n = Pattern.compile((m.group(1) != null ? "(?i)(\\d+)\\s+" : "(\\d+)\\s*(?:名|位|个|人)?\\s*") + Pattern.quote(noun))
                .matcher(index.card.caller().raw());
        return n.find() ? n.group(1) : null;
    }

    /**
     * "[headcount]" with "Form says 12 people on the day shift": the people the caller's side counts, else anyone it counts
     * (review 30: the clause it shared with the course was dropped).
     */
    private String peopleOnCard() {
        Matcher n = PEOPLE.matcher(index.card.caller().raw());
        if (n.find()) {
            return n.group(1);
        }
        Matcher anyone = COUNTED_PEOPLE.matcher(index.card.caller().knowledge() + "\n" + index.card.caller().raw());
        return anyone.find() ? anyone.group(1) : null;
    }

    private static final Pattern PEOPLE = Pattern.compile("(?i)(\\d+)\\s+people");
    private static final Pattern COUNTED_PEOPLE = Pattern.compile(
            "(?i)\\b(\\d{1,4})\\s+(?:people|persons|students|participants|attendees|guests|staff|employees)\\b");

    private static final Pattern HEADCOUNT = Pattern.compile("(?i)^\\s*(?:head ?count|group size|class size|number of people)\\s*$");

    /** The unit a slot is read with: "平方米" of "[面积]平方米", "guests" of "[headcount] guests". */
    private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*([\\p{IsHan}]{1,3}|[a-z]{3,12})(?![\\p{IsHan}a-z])");

    /**
     * "[面积]平方米": the figure the card's own notes give the slot in that unit ("需要翻新的面积是82平方米"), or null. The
     * read-back had dropped it with its clause (review 24, 8 of 8 calls).
     */
    private String measureFromCard(String slot, String after) {
        Matcher u = UNIT_AFTER.matcher(after);
        if (PRICE_SLOT.matcher(slot).find() || CHOICE_SLOT.matcher(slot).find() || WHEN_SLOT.matcher(slot).find() || !u.find()
                || slot.isBlank()) {
            return null;
        }
        Matcher n = Pattern.compile(Pattern.quote(slot.trim()) + "[^，,。；;\\d]{0,4}?(\\d+(?:\\.\\d+)?)\\s*" + Pattern.quote(u.group(1)))
                .matcher(index.card.caller().raw());
        return n.find() ? n.group(1) : null;
    }

    /** A slot for where: "[地点]", "[location]". */
    private static final Pattern PLACE_SLOT = Pattern.compile("(?i)地点|地方|门店|网点|place|location|venue|where|branch");
    private static final Pattern ZH_AT = Pattern.compile("在([\\p{IsHan}A-Za-z0-9]{2,14}?)(?:献|办|做|见|[，,。；;、或]|$)");
    private static final Pattern EN_AT = Pattern.compile("\\b(?:at|in) (?:the |our )?([A-Z][\\w'&-]*(?: [A-Z][\\w'&-]*){0,4})");

    /**
     * Where the option picked takes place, in its own part of the offer: "本周六上午9点到12点在人民广场献血屋，或者本周日下午2点到5点
     * 在中心血站" → 人民广场献血屋 for 周六上午 (the sixteenth review: "地点在地点" in 10 of 10 read-backs); or null.
     */
    private String place() {
        for (int i = picks.size() - 1; i >= 0; i--) {
            Pick p = picks.get(i);
            for (String part : p.offer().split("，|,|；|;|或者|\\bor\\b")) {
                if (part.contains(p.words()) || Speech.overlap(index.memo.units(part), index.memo.units(p.words())) >= 2) {
                    Matcher m = (lang == Lang.ZH ? ZH_AT : EN_AT).matcher(part);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
        }
        return null;
    }

    private static final Pattern PAY_WORDS = Pattern.compile(
            "(?i)\\b(?:check|cheque|cash|card|credit|debit|online|transfer|paypal|venmo|zelle|invoice)\\b|" + PaymentOptions.ZH_WAY.pattern());
    static final Pattern TIME_WORDS = Pattern.compile(
            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|am|pm|tomorrow|today)\\b|\\d\\s?(?:am|pm)\\b"
                    + "|周[一二三四五六日天]|星期|上午|下午|晚上|中午|明天|后天|[0-9一二三四五六七八九十]+[点号日]");
    /** A slot for how the customer pays: "[method]", "[payment]", "付款方式是X". */
    private static final Pattern PAY_SLOT = Pattern.compile("(?i)method|pay|付款|支付");
    /** A slot for the price of what was chosen: "[price]", "$[price]", "共X元". */
    private static final Pattern PRICE_SLOT = Pattern.compile("(?i)price|cost|amount|fee|total|sum|金额|价格|价钱|费用|多少钱|总价|单价|月费|年费");
    /** A slot for what is left to pay: "[尾款]", "[balance]". */
    private static final Pattern BALANCE_SLOT = Pattern.compile("(?i)尾款|余款|balance|remaining|left to pay");
    private static final Pattern DEPOSIT = Pattern.compile("(?i)(?:定金|订金|押金|deposit(?: of)?)\\s*\\$?\\s*(\\d[\\d,]*)|\\$\\s*(\\d[\\d,]*) deposit");
    /** A slot for the option chosen: "[plot choice]", "[package]", "X课包". */
    private static final Pattern CHOICE_SLOT = Pattern.compile("(?i)choice|chosen|option|plan|package|tier|size|type|model|service|fabric|material|finish|colou?r|课包|套餐|方案|档位|选择|型号|款|品种|种类|类型");
    private static final Pattern MONEY = Pattern.compile("\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)|(\\d[\\d,]*(?:\\.\\d+)?)\\s?(?:元|块|dollars)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?%)|(\\d+(?:\\.\\d+)?\\s?percent)");
    /** A slot for a rate: "[利率]", "[rate]". */
    private static final Pattern RATE_SLOT = Pattern.compile("(?i)利率|费率|扣点|抽成|\\brate\\b|\\bAPR\\b");
    /** An amount the card labels as earned, not paid. */
    private static final Pattern NOT_A_PRICE = Pattern.compile("(?i)利息|收益|\\binterest\\b|\\bearns?\\b");
    private static final Pattern TOTAL = Pattern.compile("(?i)共|总共|一共|合计|总计|总价|\\btotal\\b|\\bin all\\b");
    private static final Set<String> EN_PLAIN = Set.of("the", "a", "an", "your", "my", "plan", "option", "package", "plot", "one");

    /** The latest pick of how to pay, as offered ("check"); or null. */
    private String paid() {
        for (int i = picks.size() - 1; i >= 0; i--) {
            if (picks.get(i).ofPayment()) {
                return picks.get(i).option();
            }
        }
        return null;
    }

    /**
     * The customer's picks in its words, the latest of each set of options, in the order made: what a closing reads back when
     * no read-back template did ("月度" and "微信" settled over the call had been closed on with neither said again). Its words,
     * not the option: "周六上午" picks the option "周六" and a part of the day.
     */
    List<String> pickedWords() {
        java.util.LinkedHashMap<List<String>, String> latest = new java.util.LinkedHashMap<>();
        for (Pick p : picks) {
            latest.remove(p.options());
            latest.put(p.options(), p.words());
        }
        List<String> out = new ArrayList<>();
        for (String o : latest.values()) {
            if (out.stream().noneMatch(x -> x.contains(o) || o.contains(x))) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The pick an end condition may name: the last one unless it was how to pay ("check" had matched "wants to check
     * something first" and closed a booking as a call-back); then the one before it.
     */
    String goalPick(String lastPick) {
        if (picks.isEmpty() || !picks.get(picks.size() - 1).ofPayment()) {
            return lastPick;
        }
        for (int i = picks.size() - 2; i >= 0; i--) {
            if (!picks.get(i).ofPayment()) {
                return picks.get(i).words();
            }
        }
        return null;
    }

    /** The latest pick of a day or time ("Saturday"); or null. */
    private String timePicked() {
        Pick p = lastTimePick();
        return p == null ? null : p.words();
    }

    /** The latest pick of a day or time that is not also how to pay; or null. */
    private Pick lastTimePick() {
        for (int i = picks.size() - 1; i >= 0; i--) {
            if (picks.get(i).ofTime() && !picks.get(i).ofPayment()) {
                return picks.get(i);
            }
        }
        return null;
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:周|星期|礼拜)[一二三四五六日天]|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern DAY_PART_END = Pattern.compile("(上午|下午|晚上|中午|早上)$");
    private static final String MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

    /**
     * A weekday picked, with the date the offer gave it ("周二" offered as "4月15日周二", "Friday" as "Friday, June 13"): the
     * read-back had said the weekday alone (review 24, 17 of 17 read-backs).
     */
    private String withOfferedDate(String words) {
        Pick p = lastTimePick();
        if (p == null || words.matches("(?s).*\\d.*")) {
            return words;
        }
        // the weekday of the pick ("周三" of "周三上午", "Friday" of "Friday afternoon") where the offer dates it
        Matcher day = WEEKDAY.matcher(words);
        if (!day.find()) {
            return words;
        }
        String w = Pattern.quote(day.group());
        Matcher zh = Pattern.compile("(\\d{1,2}月\\d{1,2}[日号])\\s*[（(]?" + w).matcher(p.offer());
        if (lang == Lang.ZH && zh.find()) {
            return words.substring(0, day.start()) + zh.group(1) + words.substring(day.start());
        }
        Matcher en = Pattern.compile("(?i)\\b" + w + ",?\\s+(" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b").matcher(p.offer());
        return lang == Lang.EN && en.find() && words.equalsIgnoreCase(day.group()) ? words + ", " + en.group(1) : words;
    }

    private static final Pattern DATE_ONLY_SLOT = Pattern.compile("(?i)\\b(?:date|day)\\b");
    private static final Pattern CLOCK_SLOT = Pattern.compile("(?i)\\b(?:time|hour)\\b");
    private static final Pattern START_TIME = Pattern.compile("(?i)\\bat (\\d{1,2}(?::\\d{2})?.*)$");

    /** A line with one slot for the day and another for the time ("on [date] starting at [start time]"). */
    private static boolean splitsDayAndTime(String text) {
        boolean day = false;
        boolean time = false;
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            String slot = m.group(1) == null ? "" : m.group(1);
            boolean clock = CLOCK_SLOT.matcher(slot).find();
            day |= DATE_ONLY_SLOT.matcher(slot).find() && !clock;
            time |= clock && !DATE_ONLY_SLOT.matcher(slot).find() && !WINDOW_SLOT.matcher(slot).find();
        }
        return day && time;
    }

    /** An English slot for the arrival window of the day picked: "arriving between [window]". */
    private static final Pattern WINDOW_SLOT = Pattern.compile("(?i)\\bwindow\\b|\\barrival\\b");
    private static final String CLOCK = "\\d{1,2}(?::\\d{2})?(?:\\s*[ap](?:\\.m\\.|m\\b))?";
    private static final Pattern CLOCK_RANGE = Pattern.compile("(?i)\\b" + CLOCK + "\\s*(?:and|to|-|–)\\s*" + CLOCK
            + "(?:\\s+in the (?:morning|afternoon|evening))?");

    /**
     * The hours offered with the day picked: "1 and 3 in the afternoon" of "…or Thursday, October 23, arriving between 1 and 3 in
     * the afternoon" for "Thursday afternoon" (review 26: "on [day] with the crew arriving between [window]" had been left out
     * whole, day and all, in 10 of 10 read-backs). Null when the offer gives the day no hours of its own.
     */
    private String window() {
        Pick p = lang == Lang.EN ? lastTimePick() : null;
        if (p == null) {
            return null;
        }
        Matcher day = WEEKDAY.matcher(p.words());
        if (!day.find()) {
            return null;
        }
        Matcher at = Pattern.compile("(?i)\\b" + Pattern.quote(day.group()) + "\\b").matcher(p.offer());
        if (!at.find()) {
            return null;
        }
        String piece = p.offer().substring(at.start()).split("(?i),?\\s+or\\s+|[;?]")[0];
        Matcher range = CLOCK_RANGE.matcher(piece);
        Matcher part = PART_NAMED.matcher(p.words());
        boolean named = part.find();
        // (not the morning window for "Thursday afternoon": "…Thursday, March 19, either 8 to 10 in the morning or 1 to 3 in the
        // afternoon", review 35)
        String own = range.find() ? range.group().strip() : null;
        String ownPart = own == null ? null : partOf(piece, range.start(), range.end(), 0);
        if (own != null && (!named || ownPart == null || ownPart.equalsIgnoreCase(part.group(1)))) {
            return own; // ("between 8 and 11" names no part of the day: it is the window for "Tuesday morning")
        }
        // days and windows offered apart: "Thursday, June 11 or Saturday, June 13, and the crew can arrive between 8 and 10 in
        // the morning or between 1 and 3 in the afternoon" for "Thursday morning" (review 29)
        if (named) {
            Matcher any = CLOCK_RANGE.matcher(p.offer());
            int prev = 0;
            while (any.find()) {
                if (part.group(1).equalsIgnoreCase(partOf(p.offer(), any.start(), any.end(), prev))) {
                    return any.group().strip();
                }
                prev = any.end();
            }
        }
        return own;
    }


    private static final Pattern PART_NAMED = Pattern.compile("(?i)\\b(morning|afternoon|evening)\\b");

    /**
     * The part of the day a window of hours is offered for: its own "in the afternoon", or the words just before it ("the
     * afternoon window, 1 to 4": review 36's farrier card had read "Tuesday afternoon" back as "between 8 and 11").
     */
    private static String partOf(String text, int start, int end, int after) {
        Matcher own = PART_NAMED.matcher(text.substring(start, end));
        if (own.find()) {
            return own.group(1);
        }
        Matcher before = PART_NAMED.matcher(text.substring(Math.max(after, start - 30), start));
        String last = null;
        while (before.find()) {
            last = before.group(1);
        }
        return last;
    }

    private static boolean hasWindowSlot(String text) {
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            if (m.group(1) != null && WINDOW_SLOT.matcher(m.group(1)).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Thursday" of "Thursday afternoon". */
    private static String dayOnly(String words) {
        Matcher day = WEEKDAY.matcher(words);
        return day.find() ? day.group() : words;
    }

    /** The latest pick that is neither a time nor a way to pay (the plot, the package); or null. */
    private Pick choice() {
        // the pick of one of the goal's options first: "[fabric] at [price]" had been "phone at $815" (review 28), the way to pay
        // the deposit picked later and not read as a way to pay
        if (index.optionsAsked != null) {
            for (int i = picks.size() - 1; i >= 0; i--) {
                if (index.optionsAsked.options().contains(picks.get(i).option())) {
                    return picks.get(i);
                }
            }
        }
        for (int i = picks.size() - 1; i >= 0; i--) {
            Pick p = picks.get(i);
            if (!p.ofPayment() && !p.ofTime()) {
                return p;
            }
        }
        return null;
    }

    /** Whether a read-back line has a slot for the way to pay that no pick fills yet. */
    boolean awaitsPayment(String line) {
        if (paid() != null) {
            return false;
        }
        java.util.regex.Matcher m = SLOT.matcher(line);
        while (m.find()) {
            String slot = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (slot != null && PAY_SLOT.matcher(slot).find() && !WHEN_SLOT.matcher(slot).find()) {
                return true;
            }
        }
        return ZH_PAY_X.matcher(line).find();
    }

    /**
     * The price the card gives for the option chosen: in the line naming two or more of the options with figures, the first
     * figure after the chosen one's name and before the next's ("…standard 10x10 plot 14 for $60, move to a half plot, 5x10,
     * for $35…" → 60 for the standard); after 共/total when the slot is a total ("共X元" → 6240 of "B是24节，每节260元，共6240元").
     */
    /** An option named only as the ground of another: "在基础保养之外", "比基础版多", "on top of the basic plan". */
    private static final Pattern GROUND_BEFORE = Pattern.compile("(?:在|比|除了|除)$|(?:on top of|beyond|in addition to|compared (?:to|with)"
            + "|than)\\s+(?:the\\s+)?$");
    private static final Pattern GROUND_AFTER = Pattern.compile("(?:之外|以外|的基础上|基础上)");

    /** A price slot the template reads as discounted: "[price] after the senior discount", "优惠后[金额]". */
    private static final Pattern AFTER_DISCOUNT = Pattern.compile("(?i)\\s*(?:after|less|with|minus)\\s+(?:the\\s+|your\\s+)?(?:[\\w-]+\\s+){0,2}discount");
    private static final Pattern DISCOUNTED_BEFORE = Pattern.compile("(?:优惠|折扣|打折|折|减免)后(?:的)?(?:价格|价|金额|费用|总价)?(?:是|为|：|:)?\\s*$"
            + "|(?i)\\bdiscounted\\s+(?:price\\s+(?:of\\s+)?)?\\$?\\s*$");
    private static final Pattern DISCOUNT_LINE = Pattern.compile("(?i)discount|\\boff\\b|优惠|折|减");

    /**
     * The option's price after the discount a card line states ("you get $20 off either one, so $169 or $269" → 269 for the
     * $289 option): the largest figure such a line gives below the full price and above half of it. Review 26: "Clean Plus for
     * $289 after the senior discount" in 10 of 10 gutter read-backs, where the senior price is $269.
     */
    private String discounted(String full) {
        double price = amount(full);
        String best = null;
        double bestValue = 0;
        List<String> lines = new java.util.ArrayList<>(index.stepLines);
        index.card.caller().qa().forEach(e -> lines.add(e.answer()));
        for (String line : lines) {
            if (!DISCOUNT_LINE.matcher(line).find()) {
                continue;
            }
            java.util.regex.Matcher money = MONEY.matcher(line);
            while (money.find()) {
                String value = money.group(1) != null ? money.group(1) : money.group(2);
                double v = amount(value);
                if (v < price && v >= price / 2 && v > bestValue) {
                    best = value;
                    bestValue = v;
                }
            }
        }
        return best != null ? best : full;
    }

    /** Whether the script line naming the option says it waives what the slot names: "基础方案：不收月费" for [月费]. */
    private boolean waived(Pick p, String slot) {
        Pattern none = Pattern.compile("(?:不收|免收|免|无|没有|不交)" + Pattern.quote(slot));
        return index.stepLines.stream().anyMatch(l -> l.contains(p.option()) && none.matcher(l).find());
    }

    private static double amount(String figure) {
        return Double.parseDouble(figure.replace(",", ""));
    }

    private String price(Pick p, boolean total) {
        return price(p, total, total ? Boolean.FALSE : null);
    }

    /** {@code perUnit}: the slot wants the figure per person or item (true), the whole (false), or either (null: the first). */
    private String price(Pick p, boolean total, Boolean perUnit) {
        return valueOf(p, total, perUnit, MONEY);
    }

    /** The rate the card gives for the option chosen ("年利率1.75%" for 三年期), or null. */
    private String rate(Pick p) {
        return valueOf(p, false, null, PERCENT);
    }

    private String valueOf(Pick p, boolean total, Boolean perUnit, Pattern values) {
        String both = valueOf(p, total, perUnit, 2, values);
        // else a line of its own ("Or there's the quarterly plan: $89 a visit…", the sixteenth review's pest card)
        return both != null ? both : valueOf(p, total, perUnit, 1, values);
    }

    /** A figure said per person or item: "75 dollars per person", "每人80元", "$12 each". */
    private static final Pattern PER_UNIT_AFTER = Pattern.compile("(?i)\\s*(?:per (?:person|head|student|guest|seat|item|piece|unit|page)|each\\b|a (?:head|person|page)\\b|/\\s*(?:person|人)|每人|一位|/人)");
    // "每盘58元", "每张1元" (review 33): a price per item counted
    private static final Pattern PER_UNIT_BEFORE = Pattern.compile("每人|每位|人均|单价|每(?:盘|张|个|件|台|只|份|本|箱|套|支|瓶|袋|株|棵|页|辆)");
    private static final Pattern PER_UNIT_SLOT = Pattern.compile("(?i)per (?:person|head|student|guest|seat|item|piece|unit|page)|\\beach\\b|单价|每人|人均");
    private static final Pattern EACH_AFTER = Pattern.compile("(?i)\\s*(?:each|per (?:person|head|student|guest|seat))\\b|\\s*/\\s*人|每人");

    private String valueOf(Pick p, boolean total, Boolean perUnit, int named, Pattern values) {
        List<String> full = p.options().stream().map(o -> key(o, p.options())).toList();
        String own = key(p.option(), p.options());
        // "木蜡油方案" or "水性漆方案", priced in lines that say "一是打磨加木蜡油…一共5576元": without the ending they share
        boolean inLines = index.stepLines.stream().anyMatch(l -> keyAt(l.toLowerCase(java.util.Locale.ROOT), own) >= 0 && values.matcher(l).find());
        List<String> keys = inLines ? full : full.stream().map(k -> lessSharedEnding(k, full)).toList();
        String mine = inLines ? own : lessSharedEnding(own, full);
        for (String line : index.stepLines) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            int at = keyAt(lower, mine);
            if (at < 0 || keys.stream().filter(k -> keyAt(lower, k) >= 0).count() < named) {
                continue;
            }
            String head = head(lower);
            boolean mineInHead = head != null && keyAt(head, mine) >= 0;
            boolean otherInHead = head != null && keys.stream().anyMatch(k -> !k.equals(mine) && keyAt(head, k) >= 0);
            if (!mineInHead && otherInHead) {
                // "Option one, removal only: … cut the stump flush with the ground. That's $1,450." prices removal only, though its
                // "stump" is the key of "removal with stump grinding" (review 34: that read back at $1,450, the other's price)
                continue;
            }
            if (GROUND_BEFORE.matcher(lower.substring(Math.max(0, at - 16), at)).find()
                    || GROUND_AFTER.matcher(lower.substring(at + mine.length())).lookingAt()) {
                // "方案二是全面大修：在基础保养之外再换发条…2680元" prices the other option (review 23: every 基础保养 read-back said
                // 2680元, the 全面大修 price)
                continue;
            }
            int end = lower.length();
            // a line headed by the option alone is about it to its end: the "stump" in removal only's "cut the stump flush" is
            // no mention of the other option
            boolean led = mineInHead && !otherInHead;
            for (String k : led ? List.<String>of() : keys) {
                int other = keyAt(lower.substring(at + mine.length()), k);
                int o = at + mine.length() + other;
                if (!k.equals(mine) && other >= 0 && !GROUND_BEFORE.matcher(lower.substring(Math.max(0, o - 16), o)).find()
                        && !GROUND_AFTER.matcher(lower.substring(o + k.length())).lookingAt()) {
                    end = Math.min(end, o); // "全面大修：在基础保养之外…2680元" goes on past the option it stands on
                }
            }
            // "costs seventy-five dollars per person, so nine hundred dollars for twelve" (review 30's read-back had dropped both)
            String span = lang == Lang.EN ? EnglishNumbers.normalize(line.substring(at, end)) : line.substring(at, end);
            java.util.regex.Matcher money = values.matcher(span);
            String first = null;
            String firstUnit = null;
            String firstWhole = null;
            while (money.find()) {
                if (NOT_A_PRICE.matcher(span.substring(Math.max(0, money.start() - 6), money.start())).find()) {
                    continue; // "三年下来利息大约10,500元" is what it earns, not what it costs (the eighteenth review's [金额])
                }
                String value = money.group(1) != null ? money.group(1) : money.group(2);
                if (first == null) {
                    first = value;
                }
                if (total && TOTAL.matcher(span.substring(Math.max(0, money.start() - 3), money.start())).find()) {
                    return value;
                }
                boolean unit = PER_UNIT_AFTER.matcher(span.substring(money.end())).lookingAt()
                        || PER_UNIT_BEFORE.matcher(span.substring(Math.max(0, money.start() - 4), money.start())).find();
                if (unit && firstUnit == null) {
                    firstUnit = value;
                } else if (!unit && firstWhole == null) {
                    firstWhole = value;
                }
            }
            // "[price per person] each, [total] in total": each slot its own figure, not the first one twice
            if (perUnit != null && firstUnit != null && firstWhole != null) {
                return perUnit ? firstUnit : firstWhole;
            }
            if (Boolean.FALSE.equals(perUnit) && firstUnit != null && firstWhole == null) {
                // a whole wanted, and the card prices it per item ("每盘58元") with no count known: left unsaid, not said as
                // the unit price (review 33: "录像带58元加照片58元，一共58元" in 7 of 8 read-backs)
                continue;
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    private static final Pattern HEAD_END = Pattern.compile("(?<!\\d)[:：]");

    /** What a line is about, before its colon ("option one, removal only" of "Option one, removal only: we take…"), or null. */
    private static String head(String line) {
        java.util.regex.Matcher m = HEAD_END.matcher(line);
        return m.find() && m.start() <= 100 ? line.substring(0, m.start()) : null;
    }

    /** A Chinese option without the ending all the options share ("木蜡油" of "木蜡油方案" beside "水性漆方案"), if two characters are left. */
    private static String lessSharedEnding(String key, List<String> keys) {
        if (!Speech.zh(key) || keys.size() < 2) {
            return key;
        }
        int shared = 0;
        while (true) {
            int n = shared + 1;
            if (key.length() < n || keys.stream().anyMatch(k -> k.length() < n || k.charAt(k.length() - n) != key.charAt(key.length() - n))) {
                break;
            }
            shared = n;
        }
        return shared > 0 && key.length() - shared >= 2 ? key.substring(0, key.length() - shared) : key;
    }

    /** What tells an option from the others: "standard" of "the standard plot"; a Chinese or short option is itself. */
    private static String key(String option, List<String> options) {
        String o = option.toLowerCase(java.util.Locale.ROOT).trim();
        if (Speech.zh(o) || !o.contains(" ")) {
            return o;
        }
        for (String w : o.split("\\s+")) {
            if (!EN_PLAIN.contains(w) && options.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).filter(x -> !x.equals(o))
                    .noneMatch(x -> x.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*"))) {
                return w;
            }
        }
        return o;
    }

    /** Where an option's key stands in a line: as a word ("B是", not the B of "BMW"), or -1. */
    private static int keyAt(String lower, String key) {
        java.util.regex.Matcher m = Pattern.compile((key.matches("[a-z0-9].*") ? "(?<![a-z0-9])" : "") + Pattern.quote(key)
                + (key.matches(".*[a-z0-9]") ? "(?![a-z0-9])" : "")).matcher(lower);
        return m.find() ? m.start() : -1;
    }

    /** "付款方式是X": the way to pay, in a Chinese template. */
    private static final Pattern ZH_PAY_X = Pattern.compile("(?:付款|支付)方式(?:是|为|：|:)?X(?![A-Za-z])");
    private static final Pattern ZH_PRICE_X = Pattern.compile("(共|总共|一共|合计)?X{1,4}(元|块)");
    private static final Pattern ZH_CHOICE_X = Pattern.compile("(?<![A-Za-z])X(课包|套餐|方案|档|号套餐|款)");

    /** Fills a Chinese template's X for the way to pay, the price and the option chosen, from the customer's picks. */
    private String fillPicks(String text) {
        if (lang != Lang.ZH || text.indexOf('X') < 0 || picks.isEmpty()) {
            return text;
        }
        String pay = paid();
        if (pay != null) {
            text = ZH_PAY_X.matcher(text).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(r.group().replaceFirst("X$", "") + pay));
        }
        Pick c = choice();
        if (c != null) {
            String label = c.option();
            if (label.length() <= 3) {
                text = ZH_CHOICE_X.matcher(text).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(label + r.group(1)));
            }
            java.util.regex.Matcher m = ZH_PRICE_X.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String p = price(c, m.group(1) != null);
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        p == null ? m.group() : (m.group(1) == null ? "" : m.group(1)) + p + m.group(2)));
            }
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    /**
     * "[送货地址]": the value the card's notes give under that name ("- 送货地址：宁波市北仑区…前台"), or null. The read-back had
     * dropped it with the delivery date in its clause (review 25, 9 of 9).
     */
    private String cardField(String slot) {
        if (slot.isBlank() || PRICE_SLOT.matcher(slot).find() || BALANCE_SLOT.matcher(slot).find() || WHEN_SLOT.matcher(slot).find()) {
            return null;
        }
        Matcher m = Pattern.compile("(?m)^[-*•\\s]*" + Pattern.quote(slot.trim()) + "\\s*[：:]\\s*([^\\n]{2,40}?)\\s*$")
                .matcher(index.card.caller().raw());
        if (m.find()) {
            // a note in brackets is for the rep ("…18栋601（家里）"), not read out
            return m.group(1).replaceAll("[。.；;]$", "").replaceAll("\\s*[（(][^（()）]*[）)]$", "");
        }
        // or within a note, quoted: "Form says 12 people on the day shift need training; room: \"break room\"" (review 30)
        Matcher within = Pattern.compile("(?i)(?:^|[;；,，]\\s*)" + Pattern.quote(slot.trim()) + "\\s*[：:]\\s*[\"“「]([^\"”」\\n]{2,40})[\"”」]")
                .matcher(index.card.caller().knowledge() == null ? "" : index.card.caller().knowledge());
        if (within.find()) {
            return within.group(1).strip();
        }
        // "[company]": the customer's own company, as the card names it
        String org = index.card.callee().organization();
        return COMPANY_SLOT.matcher(slot.trim()).matches() && org != null && !org.isBlank() ? org : null;
    }

    private static final Pattern COMPANY_SLOT = Pattern.compile("(?i)(?:(?:customer|client)(?:'s)? )?(?:company|business|firm|organi[sz]ation)(?: name)?|公司(?:名称|名)?|单位(?:名称)?");

    /**
     * "[尾款]" after "合计[总价]元，扣掉定金5000元": the chosen option's total less the deposit the line or the card names (review
     * 25: "尾款月满款元", its 款 read as the option, 9 of 9); null when either is not known.
     */
    private String balance(String before) {
        Pick c = choice();
        String total = c == null ? null : price(c, true);
        String deposit = deposit(before, true);
        if (deposit == null) {
            deposit = deposit(index.card.caller().raw(), false);
        }
        if (total == null || deposit == null) {
            return null;
        }
        return less(total, deposit);
    }

    /** What is left of a figure once another is taken off ("9600" less "3000" is "6600"), or null when nothing is left. */
    private static String less(String total, String off) {
        java.math.BigDecimal left = new java.math.BigDecimal(total.replace(",", "")).subtract(new java.math.BigDecimal(off.replace(",", "")));
        return left.signum() <= 0 ? null : left.stripTrailingZeros().toPlainString();
    }

    /**
     * A Chinese pick without the words the template already says around its slot: "续存[存期]定期" with "续存三年期定期" is
     * "续存三年期定期", not "续存续存三年期定期定期".
     */
    static String withoutSurroundings(String words, String before, String after) {
        for (int k = Math.min(4, words.length() - 1); k >= 2; k--) {
            if (before.endsWith(words.substring(0, k))) {
                words = words.substring(k);
                break;
            }
        }
        for (int k = Math.min(4, words.length() - 1); k >= 2; k--) {
            if (after.startsWith(words.substring(words.length() - k))) {
                words = words.substring(0, words.length() - k);
                break;
            }
        }
        return words;
    }

    /** What the customer pays after what the template takes off before it: "[实付]", "[you pay]", "[amount due]". */
    private static final Pattern PAYABLE_SLOT = Pattern.compile("(?i)实付|应付|到手价|实际(?:支付|付)|\\byou pay\\b|\\bamount due\\b|\\bout of pocket\\b|\\bnet price\\b");
    private static final Pattern DEDUCTED = Pattern.compile(
            "(?:减掉|减去|扣掉|扣除|抵掉|抵扣|补贴|优惠)[^\\d，,。；;]{0,6}?(\\d[\\d,]*(?:\\.\\d+)?)\\s*元"
                    + "|(?i)\\b(?:less|minus)\\s+(?:the |a |your )?(?:\\w+ )?\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)");

    /**
     * "…两只[价格]元，减掉补贴3000元，您实付[实付]元": the chosen option's total less the amount the template takes off just
     * before the slot (review 34: the slot, unknown, had taken its clause with it in 8 of 8 read-backs); null when either is unknown.
     */
    private String payable(String before) {
        Pick c = choice();
        String total = c == null ? null : price(c, true);
        Matcher d = DEDUCTED.matcher(before);
        String off = null;
        while (d.find()) {
            off = d.group(1) != null ? d.group(1) : d.group(2);
        }
        if (total == null || off == null) {
            return null;
        }
        return less(total, off);
    }

    /** The deposit a text names: the last one (nearest the slot) or the first; null when none. */
    private static String deposit(String text, boolean last) {
        Matcher d = DEPOSIT.matcher(text);
        String found = null;
        while (d.find()) {
            found = d.group(1) != null ? d.group(1) : d.group(2);
            if (!last) {
                break;
            }
        }
        return found;
    }

    /** A bracket slot filled from the customer's picks ("[method]" → "check", "$[price]" → "$60"), or null. */
    private String fromPicks(String slot, String before, String after) {
        String field = cardField(slot);
        if (field != null) {
            return field;
        }
        if (BALANCE_SLOT.matcher(slot).find()) {
            return balance(before);
        }
        if (PAYABLE_SLOT.matcher(slot).find()) {
            return payable(before);
        }
        if (PLACE_SLOT.matcher(slot).find()) {
            return place();
        }
        if (PAY_SLOT.matcher(slot).find()) {
            String pay = paid();
            if (pay != null && lang == Lang.EN && pay.equalsIgnoreCase("online") && before.matches("(?is).*\\bby\\s*$")) {
                return "\u0001online"; // "paying by [method]" with online is "paying online" (the by is taken out below)
            }
            // "ACH" stays as it is written ("Billing by ach", review 27)
            return pay == null ? null : lang == Lang.EN && !pay.matches("[A-Z]{2,}") ? pay.toLowerCase(java.util.Locale.ROOT) : pay;
        }
        String count = countFromCard(slot);
        if (count != null) {
            return count;
        }
        String who = withWhom(before);
        if (who != null) {
            return who;
        }
        Pick goal = index.optionsAsked != null && slot.toLowerCase(java.util.Locale.ROOT).contains(index.optionsAsked.noun()) ? choice() : null;
        if (goal != null && index.optionsAsked.options().contains(goal.option())) {
            return afterArticle(goal.option(), before); // "[fabric]" is the fabric picked, not the deposit's "phone" (its line says "fabric")
        }
        Pick about = PRICE_SLOT.matcher(slot).find() ? null : pickAbout(slot);
        if (about != null) {
            return afterArticle(about.option(), before); // "[交付方式]" is 加急, picked where the step "选择交付方式" offered 常规 or 加急
        }
        Pick c = choice();
        if (c == null) {
            return null;
        }
        if (RATE_SLOT.matcher(slot).find()) {
            return rate(c);
        }
        if (PRICE_SLOT.matcher(slot).find()) {
            // "[录像带金额]": the amount for a thing counted, a whole (review 33); a bare "[金额]" is the fee
            boolean whole = TOTAL.matcher(slot).find() || slot.matches(".*\\p{IsHan}{2,}金额.*");
            Boolean perUnit = whole ? Boolean.FALSE : PER_UNIT_SLOT.matcher(slot).find() || EACH_AFTER.matcher(after).lookingAt() ? Boolean.TRUE : null;
            String p = price(c, whole, perUnit);
            if (p == null && lang == Lang.ZH && slot.length() >= 2 && waived(c, slot)) {
                p = "0"; // "基础方案：不收月费，…" read back as 月费0元, not left out
            }
            if (p != null && (AFTER_DISCOUNT.matcher(after).lookingAt() || DISCOUNTED_BEFORE.matcher(before).find())) {
                p = discounted(p);
            }
            return p == null ? null : before.endsWith("$") ? p : lang == Lang.ZH ? p + "元" : "$" + p;
        }
        // or a slot named like the options it stands for: "[献血方式]" for "献全血 / 献血小板"
        boolean named = Speech.overlap(index.memo.units(slot), index.memo.units(String.join(" ", c.options()))) > 0
                // "[存期]" names the kind of 三年期 and 一年期
                || lang == Lang.ZH && slot.length() >= 2 && c.options().stream().allMatch(o -> o.endsWith(slot.substring(slot.length() - 1)));
        if (CHOICE_SLOT.matcher(slot).find() || named) {
            return afterArticle(c.option(), before);
        }
        return null;
    }

    private static final Pattern WITH_AT_END = Pattern.compile("(?i)\\bwith\\s*$");
    private static final Pattern WITH_NAME = Pattern.compile("\\bwith ([A-Z][a-z]+(?: [A-Z][a-z]+)?)");

    /**
     * "…is [day and time] with [therapist]": the person the picked slot was offered with ("Wednesday the 12th at 7:30 in the
     * morning with Jenna, or Thursday… with Luis"), or null. The slot had been left out with its clause, day and all.
     */
    private String withWhom(String before) {
        if (lang != Lang.EN || !WITH_AT_END.matcher(before).find()) {
            return null;
        }
        for (int i = picks.size() - 1; i >= 0; i--) {
            Pick p = picks.get(i);
            if (!p.ofTime()) {
                continue;
            }
            for (String part : p.offer().split(",|;|\\bor\\b")) {
                if (Speech.overlap(index.memo.units(part), index.memo.units(p.words())) >= Math.min(2, index.memo.units(p.words()).size())) {
                    Matcher m = WITH_NAME.matcher(part);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
        }
        return null;
    }

    /** "renewing the [plot choice]" with "the standard plot", "a [size]" with "a half cord": one article. */
    private String afterArticle(String option, String before) {
        return lang == Lang.EN && before.matches("(?is).*\\b(?:the|a|an)\\s*$") ? option.replaceFirst("(?i)^(?:the|a|an)\\s+", "") : option;
    }

    private static final Pattern NEGATIVE_OPTION = Pattern.compile("^(?:不|没|无|免|no\\b|not\\b|without\\b|don'?t\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SAYS_NO = Pattern.compile("不|别|没|免了|算了|\\bno\\b|\\bnot\\b|n't\\b|\\bskip\\b|\\bpass\\b",
            Pattern.CASE_INSENSITIVE);

    /** What a yes-or-no slot is about: the words right after it ("延保", "a loaner"). */
    private static final Pattern THING = Pattern.compile("^\\s*([\\p{IsHan}]{2,6}|[A-Za-z][A-Za-z ]{2,30}?)(?=[，,。.？?、;；]|$)");


    /**
     * Fills a card line's template slots as the rep would: the customer's pick for a day or time, the first of
     * alternatives written "a / b", else the slot's own words; the reply cleaner would otherwise cut "[day and time]"
     * and leave "So that's for . Is that right?".
     */
    String fill(String text, String lastPick, String chosen) {
        text = fillPicks(alternatives(someDay(text)));
        java.util.regex.Matcher m = SLOT.matcher(text);
        if (!m.find()) {
            return fillX(text, chosen);
        }
        String dropping = fill(text, lastPick, chosen, true);
        // a read-back none of whose slots anything fills is not cut to "Let me read that back:. Have I got that right?" (the
        // eighteenth review, 7 of 7 physio read-backs): it is said as before, in the slots' own words
        return dropping == null ? fill(text, lastPick, chosen, false) : dropping;
    }

    /** A slot of alternatives the rep picks from: "[Tilt / Full-Motion]", "[$179 / $329]", "[Thursday, … / Saturday, …]". */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\[([^\\[\\]]{3,160}?\\s[/／]\\s[^\\[\\]]{1,160}?)]|\\[([^\\[\\]\\s/／]{1,40}[/／][^\\[\\]\\s]{1,40})]");

    /**
     * Slots of alternatives filled with the one the customer picked, and slots whose alternatives run parallel to them with the
     * same place: "[Tilt / Full-Motion] … [$179 / $329]" with Full-Motion picked is "Full-Motion … $329" (holdout41's card had
     * read back "$179" for Full-Motion, and its days slot, too long to be a slot, aloud in brackets). Left as written when no
     * pick says which.
     */
    private String alternatives(String text) {
        Matcher m = ALTERNATIVES.matcher(text);
        List<String[]> slots = new ArrayList<>();
        while (m.find()) {
            slots.add((m.group(1) != null ? m.group(1) : m.group(2)).split("\\s*[/／]\\s*"));
        }
        if (slots.isEmpty()) {
            return text;
        }
        Pick c = choice();
        String day = timePicked() == null ? null : dayOnly(timePicked());
        java.util.Map<Integer, Integer> placeBySize = new java.util.HashMap<>();
        List<Integer> place = new ArrayList<>();
        for (String[] alts : slots) {
            int at = -1;
            for (int i = 0; i < alts.length && at < 0; i++) {
                String a = alts[i].toLowerCase(java.util.Locale.ROOT);
                if (c != null && !c.option().isBlank() && (a.contains(c.option().toLowerCase(java.util.Locale.ROOT))
                        || c.option().toLowerCase(java.util.Locale.ROOT).contains(a.replaceFirst("^the ", "")) && a.length() >= 3)
                        || day != null && WEEKDAY.matcher(day).find() && a.contains(day.toLowerCase(java.util.Locale.ROOT))) {
                    at = i;
                }
            }
            if (at < 0) {
                // the one alternative the customer named, of a choice made before the last ("我选4级" then "周日下午": the level
                // slot had taken the session's place and read back "5级", holdout43's exam card, 2 of 8)
                // (the one named last: "4级多少钱，5级多少钱，直接说。" … "4级比较好。" is 4级)
                String said = customerText.toString().toLowerCase(java.util.Locale.ROOT);
                int last = -1;
                for (int i = 0; i < alts.length; i++) {
                    String a = alts[i].strip().toLowerCase(java.util.Locale.ROOT);
                    int where = a.length() >= 2 ? said.lastIndexOf(a) : -1;
                    if (where > last) {
                        last = where;
                        at = i;
                    }
                }
            }
            place.add(at);
            if (at >= 0) {
                placeBySize.putIfAbsent(alts.length, at);
            }
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        int k = 0;
        while (m.find()) {
            String[] alts = slots.get(k);
            int at = place.get(k) >= 0 ? place.get(k) : placeBySize.getOrDefault(alts.length, -1);
            k++;
            m.appendReplacement(out, Matcher.quoteReplacement(at >= 0 ? alts[at].strip() : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The line with its slots filled; with {@code drop}, a slot nothing fills goes with its clause (null when all of them would). */
    private String fill(String text, String lastPick, String chosen, boolean drop) {
        java.util.regex.Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        int blanks = 0;
        int slots = 0;
        int dropped = 0;
        int prevEnd = 0;
        String prevWords = null;
        while (m.find()) {
            slots++;
            String slot = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
            String words;
            if (m.group(4) != null) {
                String[] options = m.group(4).split("\\s*[/／]\\s*");
                String yesNo = yesOrNo(options, text.substring(m.end()));
                words = yesNo != null ? yesNo
                        : (lang == Lang.ZH ? "，" : ", ") + namedOption(options) + (lang == Lang.ZH ? "，" : ",");
            } else if (slot.isEmpty() && m.group().startsWith("_") && blanks++ > 0) {
                // "So that's ___, ready ___.": the pick fills the first blank; a second one it cannot fill is left out with its
                // clause, not filled with the pick again ("So that's pads only, ready pads only.")
                words = "\u0000";
            } else if (WINDOW_SLOT.matcher(slot).find() && window() != null) {
                words = window();
                if (lang == Lang.EN && text.substring(0, m.start()).matches("(?is).*\\bbetween\\s*$")) {
                    words = words.replaceFirst("(?i)^(\\d[\\d:]*(?:\\s*[ap]\\.?m\\.?)?)\\s+to\\s+", "$1 and "); // "between 8 and 11", not "8 to 11"
                }
                if (lang == Lang.EN && words.matches("(?i)\\d.*\\band\\b.*") && !text.substring(0, m.start()).matches("(?is).*\\bbetween\\s*$")) {
                    words = "between " + words; // "Install on [install day], [time window]": "8 and 10 a.m." alone reads as two times
                }
            } else if (drop && WHEN_SLOT.matcher(slot).find() && timePicked() != null && !slotWords(slot).isEmpty()
                    && picks.stream().filter(Pick::ofTime).noneMatch(p -> about(p, slotWords(slot)))) {
                // "成衣大约在[取衣日期]可以取": a date the customer picked for the fitting is not the pickup date; left out
                words = "\u0000";
                dropped++;
            } else if (drop && PART_OF_DAY_SLOT.matcher(slot).find() && timePicked() != null
                    && !PART_OF_DAY.matcher(timePicked()).find()) {
                // "每天[施工时段]" is a part of the day: a date picked does not fill it ("每天7月13日", review 30, 9 of 9); left out
                words = "\u0000";
                dropped++;
            } else if (WHEN_SLOT.matcher(slot).find() && timePicked() != null && m.start() > 0 && text.charAt(m.start() - 1) == ']'
                    && out.toString().endsWith(withOfferedDate(timePicked()))) {
                // "[日期][时段]": the pick said once ("周四下午周四下午上门拍照", review 27, 10 of 10)
                words = "";
            } else if (lang == Lang.EN && timePicked() != null && splitsDayAndTime(text) && DATE_ONLY_SLOT.matcher(slot).find()
                    && !CLOCK_SLOT.matcher(slot).find()) {
                // "on [date] starting at [start time]": the day in one, the time in the other (review 30: "on Tuesday morning
                // starting at Tuesday morning", 9 of 9)
                words = withOfferedDate(dayOnly(timePicked()));
            } else if (lang == Lang.EN && timePicked() != null && splitsDayAndTime(text) && CLOCK_SLOT.matcher(slot).find()) {
                Matcher at = START_TIME.matcher(timePicked());
                words = at.find() ? at.group(1) : drop ? "\u0000" : timePicked();
                dropped += words.equals("\u0000") ? 1 : 0;
            } else if (WHEN_SLOT.matcher(slot).find() && timePicked() != null) {
                words = withOfferedDate(timePicked()); // the day picked, not a later pick of how to pay ("on [day]" had been "on phone")
                if (window() != null && hasWindowSlot(text)) {
                    words = withOfferedDate(dayOnly(timePicked())); // "on [day] … between [window]": the hours go in their own slot
                }
                Matcher part = DAY_PART_END.matcher(words);
                if (part.find() && text.startsWith(part.group(1), m.end())) {
                    words = words.substring(0, part.start()); // "[送货日期]上午九点…" with "周三上午": not "周三上午上午九点"
                }
                if (lang == Lang.ZH && words.length() >= 3 && words.equals(prevWords) && m.start() - prevEnd <= 3) {
                    // "[日期]早上[集合时间]" with only the day picked: "5月30号星期六早上在…集合", not the day twice (review 35)
                    words = "";
                }
            } else if (drop && WHEN_SLOT.matcher(slot).find() && !picks.isEmpty() && picks.stream().noneMatch(Pick::ofTime)) {
                // never a pick of something else: "试衣时间是加急" when the day picked was not heard; left out
                words = "\u0000";
                dropped++;
            } else if (WHEN_SLOT.matcher(slot).find() || slot.isEmpty()) {
                // never how the customer pays: "从[起送日期]开始送" had been "从微信开始送"
                String pick = picks.isEmpty() || !picks.get(picks.size() - 1).ofPayment() ? lastPick : null;
                words = pick != null ? pick : lang == Lang.ZH ? "您选的时间" : "the time you picked";
            } else if (measureFromCard(slot, text.substring(m.end())) != null) {
                words = measureFromCard(slot, text.substring(m.end()));
            } else if (fromPicks(slot, text.substring(0, m.start()), text.substring(m.end())) != null) {
                words = fromPicks(slot, text.substring(0, m.start()), text.substring(m.end()));
                if (lang == Lang.ZH) {
                    words = withoutSurroundings(words, text.substring(0, m.start()), text.substring(m.end()));
                }
                if (words.endsWith("元") && (text.startsWith("元", m.end()) || text.startsWith("块", m.end()))) {
                    words = words.substring(0, words.length() - 1); // "每月[金额]元" has its unit
                }
                java.util.regex.Matcher noun = Pattern.compile("\\s(\\p{L}+)$").matcher(words);
                if (noun.find() && text.substring(m.end()).matches("(?is)\\s+" + Pattern.quote(noun.group(1)) + "\\b.*")) {
                    words = words.substring(0, noun.start()); // "the [plan] plan" with "clinic plan" is "the clinic plan"
                }
                java.util.regex.Matcher lead = Pattern.compile("^(\\p{L}+)\\s").matcher(words);
                if (lead.find() && text.substring(0, m.start()).matches("(?is).*\\b" + Pattern.quote(lead.group(1)) + "\\s*$")) {
                    words = words.substring(lead.end()); // "booth [booth]" with "booth 1207" is "booth 1207"
                }
            } else {
                String[] options = slot.split("\\s*[/／]\\s*");
                String yesNo = yesOrNo(options, text.substring(m.end()));
                // a slot nothing fills is left out with its clause, never its own name read aloud ("交付方式是交付方式", "the
                // programme at $price": the seventeenth review, 17 of 17 read-backs)
                words = yesNo != null ? yesNo : options.length >= 2 || !drop ? namedOption(options) : "\u0000";
                dropped += words.equals("\u0000") ? 1 : 0;
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words));
            prevEnd = m.end();
            prevWords = words;
        }
        m.appendTail(out);
        if (drop && dropped > 0 && dropped == slots) {
            return null;
        }
        String filled = out.indexOf("\u0000") < 0 ? out.toString()
                : out.toString().replaceAll("[，,]?\\s*[^，,；;。.！!？?：:\\u0000]*\\u0000[^，,；;。.！!？?]*", "")
                        // "跟您确认一下：" keeps its lead-in, and "Let me read that back: set up…" its space
                        .replaceAll("([：:])\\s*[，,]\\s*", lang == Lang.ZH ? "$1" : "$1 ")
                        // and its semicolons: "复述一下：；视频面签定在周四下午；；。" (review 29)
                        .replaceAll("([：:；;])\\s*[；;]+", "$1").replaceAll("[；;]+\\s*([。.！!？?])", "$1")
                        .replaceAll("([；;])\\s*[，,]\\s*", "$1");
        if (out.indexOf("\u0000") >= 0) {
            filled = sentenceAfterDrop(filled);
        }
        return fillX(filled, chosen).replaceAll("[，,]\\s*([。！？.!?；;，,])", "$1").replaceAll("\\bby\\s*\u0001", "")
                .replaceAll("。{2,}", "。").replaceAll("(\\b[ap]\\.m)\\.\\.", "$1.").replaceAll("([。！？])[，,]", "$1")
                // and in English ("…in the morning.. Payment card on completion.. Is that all correct?", review 29)
                .replaceAll("(?<=[\\p{L}\\d)])\\.(?:\\s*\\.)+(?=\\s|$)", "."); // "8 and 10 a.m.." (review 27) // a dropped sentence leaves its full stop ("每周一结算。。", review 27)
    }


    private static final Pattern COMMA_AFTER_STOP = Pattern.compile("(?<![ap]\\.m)([.!?])\\s*,\\s*(\\p{Ll})");

    /** "Street. Invoice goes to [billing contact], due fifteen days…" with the contact left out: "Street. Due fifteen days…". */
    private static String sentenceAfterDrop(String text) {
        Matcher m = COMMA_AFTER_STOP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + m.group(2).toUpperCase(java.util.Locale.ROOT)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Of a slot's alternatives ("到店／上门取车"), the one the customer's words name most, else the first: "上门取送车" said by
     * the customer picks 上门取车. The slash had been read out with both (the seventh review, 4 of 5 first-service calls).
     */
    private String namedOption(String[] options) {
        if (lang != Lang.ZH) {
            // "[checkup and cleaning / plus the filling]" adds, it does not choose: a customer who asked about the filling
            // took no filling, and "for plus the filling" is no sentence
            return options[0].trim();
        }
        java.util.Set<String> heard = index.memo.units(customerText.toString());
        String best = options[0].trim();
        int bestShared = 0;
        for (String o : options) {
            int shared = Speech.overlap(index.memo.units(o), heard);
            if (shared > bestShared) {
                best = o.trim();
                bestShared = shared;
            }
        }
        return best;
    }


    /**
     * A yes-or-no choice the card leaves to the customer, "（加/不加）延保": the yes only where the customer asked for the
     * thing in a sentence with no no in it, else the no. The first option had the rep add a warranty the customer never
     * took ("回收旧冰箱150元，加，延保"), which the card forbids without a clear yes (the sixth review, 3 of 5 trade-in calls).
     * Null when the options are not a yes and its no.
     */
    private String yesOrNo(String[] options, String after) {
        if (options.length != 2) {
            return null;
        }
        int no = NEGATIVE_OPTION.matcher(options[0].trim()).find() ? 0 : NEGATIVE_OPTION.matcher(options[1].trim()).find() ? 1 : -1;
        if (no < 0) {
            return null;
        }
        java.util.regex.Matcher thing = THING.matcher(after);
        boolean yes = false;
        if (thing.find()) {
            String noun = thing.group(1).trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:a|an|the) ", "");
            for (String sentence : index.memo.sentences(customerText.toString())) {
                if (sentence.toLowerCase(java.util.Locale.ROOT).contains(noun) && !SAYS_NO.matcher(sentence).find()
                        && !Speech.isQuestion(sentence)) {
                    yes = true;
                }
            }
        }
        return options[yes ? 1 - no : no].trim();
    }


    /**
     * Fills "X班" and "7月X号" from the option the customer picked ("周二下午" picks "B班7月7号开课，每周二、四、六下午…"):
     * the rep said "X班" aloud (the fifth review). With no such option the slot is left as written.
     */
    private static String fillX(String text, String chosen) {
        if (chosen != null && text.contains("X")) {
            java.util.regex.Matcher part = DAYPART.matcher(chosen);
            if (part.find()) {
                // "XX时段" is the part of the day picked: "4月12号下午2点到6点送新拉旧"
                text = text.replaceAll("(?<![A-Za-z])X{1,2}(?:时段|时间段)", java.util.regex.Matcher.quoteReplacement(part.group()));
            }
        }
        java.util.regex.Matcher m = X_SLOT.matcher(text);
        if (!m.find()) {
            return asQuestionIfUnfilled(text);
        }
        m.reset();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String unit = m.group(1);
            java.util.regex.Matcher v = chosen == null ? null : Pattern.compile("([A-Za-z\\d]{1,3})" + Pattern.quote(unit)).matcher(chosen);
            // unfilled, it stays as the card wrote it: "续、月租XXXX、" with the slots cut reads worse than the template
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(v != null && v.find() ? v.group(1) + unit : m.group()));
        }
        m.appendTail(out);
        return asQuestionIfUnfilled(out.toString());
    }

    private static final Pattern X_AMOUNT = Pattern.compile("(?<![A-Za-z])X{3,}(?![A-Za-z])");
    private static final Pattern CONFIRM_TAIL = Pattern.compile("[，,]?\\s*(?:对吗|是吧|对不对|没错吧|可以吗)[？?]?\\s*$");

    /**
     * A read-back whose slots nothing the customer said fills is asked, not read: "您选的是续X年、月租XXXX、X付，对吗？" becomes
     * "您选的是续几年、月租多少、几付？" (a card's template said aloud is a critical error; lease calls read it in 5 of 10 where
     * the customer had said only "行，那就按这个办").
     */
    private static String asQuestionIfUnfilled(String text) {
        boolean slot = X_SLOT.matcher(text).find();
        boolean amount = X_AMOUNT.matcher(text).find();
        if (!slot && !amount || !text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return text;
        }
        String asked = X_AMOUNT.matcher(X_SLOT.matcher(text).replaceAll("几$1")).replaceAll("多少");
        java.util.regex.Matcher tail = CONFIRM_TAIL.matcher(asked);
        return tail.find() ? asked.substring(0, tail.start()) + "？" : asked;
    }


    /** Of the clauses of the choice last offered, the one the customer's pick names (shares two units with it); or null. */
    String chosenOption(String lastPick, String lastOfferLine) {
        if (lastPick == null || lastOfferLine == null) {
            return null;
        }
        java.util.Set<String> pick = index.memo.units(lastPick);
        String best = null;
        int bestShared = 1;
        for (String o : lastOfferLine.split("[；;。]")) {
            int shared = Speech.overlap(index.memo.units(o), pick);
            if (shared > bestShared) {
                best = o;
                bestShared = shared;
            }
        }
        if (best != null && (DAYS.matcher(best).results().count() >= 2 || WEEKDAYS.matcher(best).results().count() >= 2)) {
            // "4月11号周六上午…、4月12号周日下午2点到6点，或者4月14号周二全天" is three options in one clause: "周日下午"
            // had been read back as 4月11号 (the sixth review's trade-in calls)
            String whole = best;
            bestShared = 0; // a weekday in common is enough here: "周六上午" picks "6月28日周六" of "…周四和6月28日周六"
            for (String o : whole.split("[、，,]|或者|还是|和|及|\\band\\b|\\bor\\b")) {
                int shared = Speech.overlap(index.memo.units(o), pick);
                if (shared > bestShared && (DAYS.matcher(o).find() || WEEKDAYS.matcher(o).find())) {
                    best = o;
                    bestShared = shared;
                }
            }
        }
        return best;
    }


    /**
     * A line with a template slot for what the customer picks ("给您约在【日期和时段】，地点是…66号…") while nothing is picked:
     * not a figure to lead with nor a statement to add (the eighth review: handover's read-back came before the slots were
     * offered, in 4 of 5 calls "给您约在您选的时间" with none offered).
     */
    static boolean readBackBeforePick(String line, String lastPick) {
        if (lastPick != null) {
            return false;
        }
        line = someDay(line);
        java.util.regex.Matcher m = SLOT.matcher(line);
        while (m.find()) {
            String slot = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
            if (m.group(4) == null && (WHEN_SLOT.matcher(slot).find() || slot.isEmpty())) {
                return true;
            }
        }
        return X_SLOT.matcher(line).find();
    }
}
