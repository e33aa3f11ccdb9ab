package dev.rolecall.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line-level patterns of the card format: headings, numbered items, bullets, quotes. */
final class CardLines {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    /** A line that is only bold text, used as a heading: {@code **结束条件：**}. */
    private static final Pattern BOLD_HEADING = Pattern.compile("^\\s*\\*\\*([^*]{1,60}?)[:：]?\\*\\*\\s*[:：]?\\s*$");
    /** A number as cards write it: 1, １, 一, one (English words only after "Step"). */
    private static final String NUM = "(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String WORD_NUM =
            "(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)";
    /** What may stand between a step's number and its title: 1. 1、 1) 1] 1〕 1: 1/ 1 — 1｜ (a colon, slash or dot never before a digit). */
    private static final String SEP = "(?:[.．](?![\\d０-９])|[、)）｜|\\]〕]|[:：/](?![\\d０-９])|\\s*[—–]|\\s*-(?=\\s)|\\s*[·•](?=\\s))";
    /** Leading indent, an optional bullet and an optional opening bold before the number. */
    private static final String LEAD = "^(\\s*)(?:[-*+]\\s+)?(?:\\*\\*)?";
    /** Numbering styles, most specific first; a script's steps are the items of its first step's style. */
    private static final List<Map.Entry<Style, Pattern>> NUMBERED = List.of(
            // Step 1 — Title, Step 1: Title, Stage one. Title, 步骤1｜标题, 步骤一：标题, 第1步：标题, 第一步 标题, 【第一步】标题, [Step 1] Title,
            // （第一步）标题 (holdout76's first draft had been refused)
            // and "Beat 1. Hello", "**Beat 1:** Hello" (holdout79's first English draft; digits only: "Beat one offer" is no step)
            Map.entry(Style.STEP_WORD, Pattern.compile(LEAD + "(?:[【\\[〔（(]\\s*)?(?:(?:step|stage|phase)\\s*" + WORD_NUM
                    + "\\b|beat\\s*\\d{1,2}\\b|(?:步骤|阶段|环节)\\s*" + NUM + "|第\\s*" + NUM + "\\s*[步条])(?:\\s*[】\\]〕）)])?\\s*(?:\\*\\*)?\\s*(?:"
                    + SEP + "+)?\\s*(.*)$", Pattern.CASE_INSENSITIVE)),
            // 1. 1、 1) 1: 1 — １． and the keycap emoji 1️⃣
            Map.entry(Style.DIGIT, Pattern.compile(LEAD + "(?:(?:\\d{1,2}|[０-９]{1,2})\\s*" + SEP
                    + "|\\d\\uFE0F?\\u20E3)\\s*(.*)$")),
            // （1） (1) （一） [1] 【1】 ① ⑴, and lettered (a) (b) (holdout77's first English draft had been refused)
            // and 〔1〕 (holdout78's first Chinese draft), and ❶ ➀ ➊ (holdout79's first Chinese draft)
            Map.entry(Style.PAREN, Pattern.compile(LEAD + "(?:[（(\\[【〔]\\s*(?:" + NUM + "|[a-hA-H])\\s*[)）\\]】〕]|[\\u2460-\\u2473\\u2474-\\u2487\\u2776-\\u2793])\\s*(.*)$")),
            // 一、 二． 三： 四） (holdout77's first Chinese draft: **一）开场问候**), and 壹　贰、 (holdout79's, a space enough after them)
            Map.entry(Style.CJK, Pattern.compile(LEAD + "(?:[一二三四五六七八九十]{1,3}\\s*[、.．:：)）]|[壹贰叁肆伍陆柒捌玖拾]{1,3}"
                    + "(?:\\s*[、.．:：)）]|[ \\t\\u3000]+))\\s*(.*)$")),
            // a number and only a space: "01　开场问候", "### 1 开场问候", "**01**　开场问候", "No.1　开场问候" (holdout79's first
            // Chinese draft); an ASCII space only before a Chinese character ("No. 5 is our hotline", "- 12 acres" are no items),
            // and no bullet before it. Last, so no line numbered before is read otherwise.
            Map.entry(Style.SPACED, Pattern.compile("^(\\s*)(?:\\*\\*)?(?:No\\.\\s*)?(?:0[1-9]|[1-9]\\d?|[０-９]{1,2})(?:\\*\\*)?"
                    + "(?:[ \\t]*\\u3000[ \\t\\u3000]*|[ \\t]+(?=\\p{IsHan}))(.*)$", Pattern.CASE_INSENSITIVE)));

    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+•·]\\s+(.*)$");
    // straight single quotes too ('Which would you like to do?'), told from apostrophes (I'm, They'd, won't): the opening one
    // follows no letter or digit, the closing one is followed by none, and one inside is followed by a letter (holdout21's
    // glasses card had its lines spoken with the quotes on)
    private static final Pattern QUOTED = Pattern.compile("“([^”]+)”|\"([^\"]+)\"|「([^」]+)」|『([^』]+)』|‘([^’]+)’"
            + "|(?<![\\p{L}\\p{N}])'((?:[^'\\n]|'(?=\\p{L}))+?)'(?![\\p{L}\\p{N}])");

    /** The end marker the orchestrator reads ({@code [END:2]}, {@code 【END：2】}, ...), as it may appear in card text. */
    private static final Pattern END_MARKER = Pattern.compile(
            "[\\[【(（]\\s*END\\s*(?:[:：=#]?\\s*\\d+)?\\s*[]】)）]", Pattern.CASE_INSENSITIVE);

    // compiled once: card parsing calls plain() for every heading, step and item, and String.replaceAll compiles its
    // pattern at every call (on a cold JVM, before the first request of a batch: issue 13)
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`");
    private static final Pattern EDGE_EMPHASIS = Pattern.compile("^[*_]|[*_]$");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]\\s*$");
    private static final Pattern NOTE_AFTER_QUOTE = Pattern.compile("[”\"」』’]\\s*[（(](.+?)[)）]\\s*$");

    private CardLines() {}

    /**
     * Card text is never an instruction to end the call: an {@code [END:n]} written inside a line the
     * offline engine speaks would otherwise hang up mid-call. rolecall adds end markers itself.
     */
    static String withoutEndMarkers(String text) {
        return END_MARKER.matcher(text).find() ? SPACES.matcher(END_MARKER.matcher(text).replaceAll("")).replaceAll(" ").trim() : text;
    }

    record Heading(int level, String title) {}

    /** How an item is numbered; lines numbered in another style under a step are the step's lines, not steps. */
    enum Style { STEP_WORD, DIGIT, PAREN, CJK, SPACED }

    record Numbered(int indent, String text, Style style) {}

    record Bullet(int indent, String text) {}

    static Heading heading(String line) {
        // both patterns start with optional \s and then '#' or '*': other lines (most of a card) skip the regexes
        int i = 0;
        while (i < line.length() && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i == line.length() || line.charAt(i) != '#' && line.charAt(i) != '*') {
            return null;
        }
        Matcher m = HEADING.matcher(line);
        if (m.matches()) {
            return new Heading(m.group(1).length(), plain(m.group(2)));
        }
        Matcher b = BOLD_HEADING.matcher(line);
        if (b.matches()) {
            return new Heading(7, plain(b.group(1)));
        }
        return null;
    }

    static Numbered numbered(String line) {
        for (Map.Entry<Style, Pattern> e : NUMBERED) {
            Matcher m = e.getValue().matcher(line);
            if (m.matches()) {
                return new Numbered(m.group(1).length(), m.group(2).trim(), e.getKey());
            }
        }
        return null;
    }

    static Bullet bullet(String line) {
        Matcher m = BULLET.matcher(line);
        return m.matches() ? new Bullet(m.group(1).length(), m.group(2).trim()) : null;
    }

    /** All quoted passages in a line, quotes removed. */
    static List<String> quotes(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(line);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(withoutEndMarkers(m.group(g).trim()));
                }
            }
        }
        return out;
    }

    /** The spoken part of a list item: its quoted text if it has any, else the item without markup. */
    static String spoken(String text) {
        List<String> q = quotes(text);
        if (!q.isEmpty()) {
            return String.join("", q.size() == 1 ? q : List.of(q.get(0)));
        }
        return plain(text);
    }

    /** Bold/italic/code markers and trailing colons removed. */
    static String plain(String text) {
        String t = MARKUP.matcher(withoutEndMarkers(text)).replaceAll("");
        return TRAILING_COLON.matcher(EDGE_EMPHASIS.matcher(t).replaceAll("")).replaceAll("").trim();
    }

    /** {@code \s} as the patterns here read it (no UNICODE_CHARACTER_CLASS): space, \t, \n, \x0B, \f, \r. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The note after a quoted example: {@code “…”（太客气）} → 太客气. */
    static String noteAfterQuote(String text) {
        Matcher m = NOTE_AFTER_QUOTE.matcher(text);
        return m.find() ? m.group(1).trim() : "";
    }
}
