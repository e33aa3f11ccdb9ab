package dev.rolecall.scoring;

import dev.rolecall.card.ScriptStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a read-back must say: the price and the day its slots stand for ("Let me read that back: booth [booth number],
 * $[price], moving in [move-in day and time]"). A turn that reads back "moving in Monday at Dock C" or "周六上午9点送车" words
 * like the step, and was credited with it; the customer confirmed a booking with no price in it (reviews 21 and 22: 27 of 27
 * read-backs dropped the option and the price, and every one counted as said).
 */
final class ReadBackContent {
    private ReadBackContent() {}

    private static final Pattern SLOT = Pattern.compile("\\[(?!END)([^\\[\\]]{1,40})]|【([^【】]{1,20})】");
    private static final Pattern PRICE = Pattern.compile("(?i)price|cost|amount|fee|total|balance|金额|价格|价钱|费用|总价|总额|单价|尾款|余款|月供|租金");
    private static final Pattern WHEN = Pattern.compile("(?i)\\bday\\b|\\bdate\\b|\\btime\\b|\\bslot\\b|日期|时间|哪天|几号|星期|时段");
    private static final Pattern SAYS_WHEN = Pattern.compile("(?i)周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|今天|明天|后天|\\d{1,2}\\s*[号日]"
            + "|[一二三四五六七八九十]{1,3}[号日]|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\btoday\\b|\\btomorrow\\b"
            + "|\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b|(?<!\\d)\\d{1,2}/\\d{1,2}(?!\\d)|\\b(?:tonight|this|next) (?:week|weekend|evening|morning)"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b"
            + "|\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|thirtieth)\\b"
            + "|[一二三四五六七八九十]+月|月底|月初|下周|这周|本周"
            // a day counted from now: "ready three business days after you pay", "收款后3个工作日"
            + "|\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:business |working )?days? (?:after|from)\\b|个?工作日");

    private static final Pattern CLOCK = Pattern.compile("(?i)\\d{1,2}\\s*[:：点]\\s*(?:\\d{1,2}|半)?|\\d{1,2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)"
            + "|[一二三四五六七八九十]{1,3}点(?:半|[一二三四五]十分?)?|\\d{1,2}\\s*月|\\d{4}\\s*年|[上下]午|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve)(?: o'clock| thirty| fifteen| forty-five)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|in the)");
    private static final Pattern FIGURE = Pattern.compile("\\d|[一二两三四五六七八九十][万千百]|\\b(?:hundred|thousand|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety)\\b|\\$");

    private static final Pattern READS_BACK = Pattern.compile("(?i)\\bread (?:that|it|this|everything) back\\b|\\bread-?back\\b|\\bto confirm\\b"
            + "|\\bso that'?s\\b|\\blet me (?:confirm|recap|repeat)|核对|复述|确认一下|跟您对一下|我重复一下"
            // "那我跟您check一下哈：检测加安全整改，…" (holdout77's chatty lengku-03)
            + "|[跟和给]您(?:再)?(?:check|过一遍|对一遍|捋一遍|捋一下)"
            // a terse rep's "对一下：单巢摘除，580元，…" (holdout78's mafengwo-02)
            + "|^\\s*(?:再|我)?(?:对一下|对一遍)[：:，,]");

    /** Whether a turn says it is reading something back ("Let me read that back:", "跟您核对一下："). */
    static boolean readsBack(String text) {
        return READS_BACK.matcher(text).find();
    }

    /**
     * A slot a read-back must fill: its name, whether it is a price (else a day), and the figures its line says around the
     * slots ("between 1 and 5 pm at 412 Maple Ridge Drive"), which say no price (review 24: 9 of 9 read-backs with no tent and
     * no price were credited on the address).
     */
    record Needed(String slot, boolean price, List<String> fixedFigures, dev.rolecall.card.GoalChoice choice) {
        Needed(String slot, boolean price, List<String> fixedFigures) {
            this(slot, price, fixedFigures, null);
        }
    }

    /** A slot for what was chosen: "[service]", "[package]", "[方案]". */
    private static final Pattern CHOICE = Pattern.compile("(?i)\\b(?:service|package|plan|option|tier|choice)\\b|方案|套餐|办理方式|档位|课包");

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * The price and day slots of a step's read-back line, one with two slots or more; empty for any other step. Also a slot for
     * the option chosen ("[service]", "[package]"), when the card's goal names its options:
     * review 26's "Let me read that back: over for $20 after the senior discount…" said no option of the card's.
     */
    static List<Needed> of(ScriptStep step, dev.rolecall.card.GoalChoice goal) {
        List<Needed> out = new ArrayList<>();
        for (String line : step.lines()) {
            List<String> slots = new ArrayList<>();
            Matcher m = SLOT.matcher(line);
            while (m.find()) {
                slots.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            if (slots.size() < 2) {
                continue;
            }
            List<String> fixed = new ArrayList<>();
            Matcher d = DIGITS.matcher(SLOT.matcher(line).replaceAll(" "));
            while (d.find()) {
                fixed.add(d.group());
            }
            for (String s : slots) {
                if (PRICE.matcher(s).find()) {
                    out.add(new Needed(s, true, List.copyOf(fixed)));
                } else if (WHEN.matcher(s).find()) {
                    out.add(new Needed(s, false, List.copyOf(fixed)));
                } else if (goal != null && CHOICE.matcher(s).find() && !s.matches(".*[/／].*")) {
                    // not "[spring only / pair of springs]" nor "[uncovered by you / dug by our crew]": reps say those in words
                    // of their own (five faithful labelled calls lost their read-back when each alternative had to be said)
                    out.add(new Needed(s, false, List.copyOf(fixed), goal));
                }
            }
        }
        return out;
    }

    /** The needed slots none of the turns says a value for: no money for a price, no day for a day. */
    static List<String> unsaid(List<Needed> needed, List<String> turns) {
        if (needed.isEmpty()) {
            return List.of(); // no read-back: no fact extraction for every covered step of every call
        }
        // a figure other than the day and the time: "三万六" and "five ninety-five" are prices said as people say them
        List<String> fixed = needed.stream().flatMap(n -> n.fixedFigures().stream()).distinct().toList();
        // from where the turn says it reads back: "周五上午是吧，好的。我跟您核对一下：…" has no day in the read-back itself (review 25)
        // and only the turns that read back, where one does (a turn that told both prices earlier also covers the step)
        List<String> marked = turns.stream().filter(ReadBackContent::readsBack).toList();
        List<String> read = (marked.isEmpty() ? turns : marked).stream().map(ReadBackContent::fromMarker).toList();
        // as many amounts as the line has price slots: "…$[price], minus your $100 deposit leaves $[balance]" said without the
        // balance is short of one (review 25: 7 of 7 credited)
        int amounts = read.stream().mapToInt(t -> amounts(t, fixed)).max().orElse(0);
        boolean day = read.stream().anyMatch(t -> SAYS_WHEN.matcher(t.toLowerCase(Locale.ROOT)).find()
                || FactExtractor.extract(t).stream().anyMatch(f -> f.type() == Fact.Type.DATE));
        List<String> out = new ArrayList<>();
        long prices = needed.stream().filter(Needed::price).count();
        int priceAt = 0;
        for (Needed n : needed) {
            if (n.choice() != null) {
                if (read.stream().noneMatch(n.choice()::mentioned)) {
                    out.add("[" + n.slot() + "]");
                }
            } else if (n.price() ? priceAt++ >= amounts : !day) {
                out.add("[" + n.slot() + "]");
            }
        }
        return out;
    }

    private static String fromMarker(String turn) {
        Matcher m = READS_BACK.matcher(turn);
        return m.find() ? turn.substring(m.start()) : turn;
    }

    /** Distinct amounts a turn says: money, or figures that are no day, time or figure of the line's own. */
    private static int amounts(String turn, List<String> fixed) {
        java.util.Set<String> values = new java.util.HashSet<>();
        FactExtractor.extract(turn).stream().filter(f -> f.type() == Fact.Type.MONEY)
                .map(f -> f.value().replaceFirst("\\.0+$", "")).filter(v -> !fixed.contains(v)).forEach(values::add);
        String rest = withoutFixed(CLOCK.matcher(SAYS_WHEN.matcher(turn.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" "), fixed);
        if (values.isEmpty() && FIGURE.matcher(rest).find()) {
            values.add("said"); // "三万六", "five ninety-five": a price said as people say it
        }
        return values.size();
    }

    private static String withoutFixed(String text, List<String> fixed) {
        String out = text;
        for (String f : fixed) {
            out = out.replaceAll("(?<!\\d)" + f + "(?!\\d)", " ");
        }
        return out;
    }
}
