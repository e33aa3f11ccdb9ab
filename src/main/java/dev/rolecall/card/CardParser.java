package dev.rolecall.card;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a scenario card (Markdown) into a {@link Card}.
 *
 * <p>Line-based rather than a Markdown AST: cards mark sections with headings of any level and
 * with bold-only lines ({@code **结束条件：**}), number steps as {@code 1.}, {@code 1、},
 * {@code （1）} or {@code 第一步}, and quote with “”, "", 「」; every one of those is a line
 * pattern, and line numbers for errors come for free. A card missing something rolecall needs
 * fails with one line naming the file and the line to fix.
 */
public final class CardParser {

    private static final Pattern CALLER_SIDE = Pattern.compile(
            "拨打方|呼叫方|呼出方|去电方|主叫|外呼方|坐席方|打电话的(?:人|一方)|caller|calling (side|party)|agent side|\\bthe agent\\b|\\boutbound\\b"
                    + "|\\bwho(?:'s| is) calling\\b"
                    // reviews 33 and 34: "# THE REP (calls out)", "# SIDE ONE: the estimator (makes the call)"
                    + "|\\bcalls? out\\b|\\b(?:makes?|places?) the call\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALLEE_SIDE = Pattern.compile(
            "接听方|被叫|受话方|来电接听|客户方|接电话的(?:人|一方)|callee|called party|(receiving|answering) (side|party)|\\bcustomer\\b|\\brecipient\\b"
                    + "|\\binbound\\b|\\bwho (?:picks|picked) up\\b|\\bwho(?:'s| is)? answer(?:s|ing)\\b|\\bwho takes the call\\b"
                    // review 34: "# SIDE TWO: the homeowner (answers the phone)"
                    + "|\\banswers? the (?:phone|call)\\b|\\b(?:takes?|receives?) the call\\b", Pattern.CASE_INSENSITIVE);
    private static final String HINT = "; see prompts/cards/renewal.md for the expected shape";

    private CardParser() {}

    public static Card parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CardException(file, 1, "card file not found; check --card");
        } catch (IOException e) {
            throw new CardException(file, 1, "cannot read the card (" + e.getMessage() + ")");
        }
        String text;
        try {
            // UTF-8 with or without BOM, or UTF-16 (Windows editors): read as the file says
            text = dev.rolecall.text.TextFiles.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new CardException(file, 1, "the card is not UTF-8 text; save it as UTF-8");
        }
        return parse(file, text, sha256(bytes));
    }

    /** Parses card text as if read from {@code file} (used in messages). */
    public static Card parse(Path file, String text) {
        return parse(file, text, sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Card parse(Path file, String text, String sha) {
        List<String> lines = withoutCodeAndComments(
                List.of(text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\n", -1)));
        if (text.isBlank()) {
            throw new CardException(file, 1, "the card is empty" + HINT);
        }
        int callerAt = findSide(lines, CALLER_SIDE, CALLEE_SIDE);
        int calleeAt = findSide(lines, CALLEE_SIDE, CALLER_SIDE);
        List<SideReader.Note> notes = new ArrayList<>();
        if (callerAt < 0 && calleeAt < 0) {
            int[] parts = twoParts(lines, notes);
            callerAt = parts[0];
            calleeAt = parts[1];
        } else if (calleeAt < 0 && callerAt >= 0) {
            calleeAt = otherSide(lines, callerAt, "callee", notes);
        } else if (callerAt < 0 && calleeAt >= 0) {
            callerAt = otherSide(lines, calleeAt, "caller", notes);
        }
        if (callerAt < 0) {
            throw new CardException(file, 1, "no caller section: add a heading like '## 电话拨打方' or '## Caller'" + HINT);
        }
        if (calleeAt < 0) {
            int last = lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
            throw new CardException(file, Math.max(last, 1),
                    "no callee section: add a heading like '## 电话接听方' or '## Callee'" + HINT);
        }
        SideText callerText = SideText.read(lines, callerAt, calleeAt > callerAt ? calleeAt : lines.size());
        SideText calleeText = SideText.read(lines, calleeAt, callerAt > calleeAt ? callerAt : lines.size());
        Side caller = SideReader.read(Role.CALLER, callerText, notes);
        Side callee = SideReader.read(Role.CALLEE, calleeText, notes);

        if (caller.steps().isEmpty()) {
            int line = callerText.lineOf(SectionKind.SCRIPT).orElse(callerAt + 1);
            throw new CardException(file, line, "the caller has no numbered script steps: add a section like "
                    + "'### 分步流程和话术' with '1. **step title**' items and quoted lines under them");
        }
        for (Side s : List.of(caller, callee)) {
            if (s.endConditions().isEmpty()) {
                SideText st = s.role() == Role.CALLER ? callerText : calleeText;
                int line = st.lineOf(SectionKind.END_CONDITIONS).or(() -> st.lineOf(SectionKind.ENDING_COMBINED))
                        .orElse(s.line());
                throw new CardException(file, line, "the " + s.role().id() + " has no numbered end conditions: add "
                        + "'### 结束条件' (or '### End conditions') with items '1. ...'");
            }
        }
        caller = Names.complete(caller, callee);
        callee = Names.complete(callee, caller);
        List<CardWarning> warnings = notes.stream().sorted(java.util.Comparator.comparingInt(SideReader.Note::line))
                .map(n -> new CardWarning(file, n.line(), n.problem())).toList();
        return new Card(file, sha, caller, callee, warnings);
    }

    /** Line index of the side heading: the highest-level heading naming this side and not a sub-section. */
    private static final java.util.regex.Pattern FENCE = java.util.regex.Pattern.compile("^\\s{0,3}(```|~~~)");

    /**
     * Fenced code blocks and HTML comments are notes for people (a template, an example), not card
     * content: their lines are blanked, so headings inside them count for nothing and every other
     * line keeps its number for error messages.
     */
    private static final java.util.regex.Pattern BLOCKQUOTE = java.util.regex.Pattern.compile("^(\\s*)(?:[-*+]\\s+)?(?:>\\s?)+");

    static List<String> withoutCodeAndComments(List<String> lines) {
        List<String> out = new java.util.ArrayList<>(lines.size());
        String fence = null;
        boolean comment = false;
        for (String line : lines) {
            java.util.regex.Matcher f = FENCE.matcher(line);
            if (fence == null && !comment && f.find()) {
                fence = f.group(1);
                out.add("");
                continue;
            }
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                out.add("");
                continue;
            }
            StringBuilder kept = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (comment) {
                    int close = line.indexOf("-->", i);
                    if (close < 0) {
                        i = line.length();
                    } else {
                        comment = false;
                        i = close + 3;
                    }
                } else {
                    int open = line.indexOf("<!--", i);
                    if (open < 0) {
                        kept.append(line, i, line.length());
                        i = line.length();
                    } else {
                        kept.append(line, i, open);
                        comment = true;
                        i = open + 4;
                    }
                }
            }
            // a Markdown blockquote ("> Hi, is this Rob…?") is the line it quotes: its lines had been dropped silently and the
            // rep spoke the step's title instead (review 21)
            out.add(BLOCKQUOTE.matcher(kept).replaceFirst("$1- ")); // read as the item it quotes
        }
        return out;
    }

    private static final Pattern SIDE_PAPERS = Pattern.compile("^(?:电话)?\\p{IsHan}{1,3}方(?:资料|信息|设定|说明|档案)");
    private static final Pattern NAMED_AFTER = Pattern.compile("[:：—–]\\s*\\S");

    private static int findSide(List<String> lines, Pattern side, Pattern otherSide) {
        int best = -1;
        int bestLevel = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            CardLines.Heading h = CardLines.heading(lines.get(i));
            if (h == null || h.level() > 6 || !side.matcher(h.title()).find()) {
                continue;
            }
            // "# Who's calling: Northstar Holiday Lighting" names a side and who is on it (review 31); "## Who's calling" alone
            // under a side heading is its role
            boolean namedRole = SectionKind.of(h.title()) == SectionKind.ROLE && NAMED_AFTER.matcher(h.title()).find();
            // "# 外呼方资料 · 武建平", "# 电话拨打方资料": a side and its papers at the top is the side, not a knowledge section
            // (holdout77's first draft was refused)
            boolean sidePapers = h.level() == 1 && SIDE_PAPERS.matcher(h.title()).find();
            if (SectionKind.of(h.title()) != SectionKind.OTHER && !namedRole && !sidePapers || !namesSide(h.title(), side, otherSide)) {
                continue; // "目标客户画像（电话拨打方所掌握的电话接听方…）" is a sub-section
            }
            if (h.level() < bestLevel) {
                best = i;
                bestLevel = h.level();
            }
        }
        return best;
    }

    /**
     * The one other heading at the found side's level that names no section ("## THE HOMEOWNER (answers the phone)" beside
     * "## THE REP (ClearFlow, outbound)", review 26): a card of two parts whose second names its person, not its side.
     * With none or several such headings, -1.
     */
    private static int otherSide(List<String> lines, int found, String side, List<SideReader.Note> notes) {
        int level = CardLines.heading(lines.get(found)).level();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            CardLines.Heading h = CardLines.heading(lines.get(i));
            if (i == found || h == null || h.level() != level || SectionKind.of(h.title()) != SectionKind.OTHER || titleOnly(lines, i)) {
                continue;
            }
            if (at >= 0) {
                return -1;
            }
            at = i;
        }
        if (at >= 0 && !numberedParts(CardLines.heading(lines.get(found)).title(), CardLines.heading(lines.get(at)).title())) {
            notes.add(new SideReader.Note(at + 1, "heading \"" + lines.get(at).strip() + "\" is read as the " + side
                    + "'s side (the card's other part); name it like '## 电话接听方' or '## Callee' to say so"));
        }
        return at;
    }

    private static final Pattern PART = Pattern.compile("^(?:(part|side)\\s+(?:one|two|[12ab])\\b|第[一二12]部分)", Pattern.CASE_INSENSITIVE);

    /**
     * The card numbers its two parts, "Part One — The Agent: …" and "Part Two — The Homeowner: …" (holdout79's first English
     * draft), "第一部分" and "第二部分": the other part is said to be the other side.
     */
    private static boolean numberedParts(String side, String other) {
        java.util.regex.Matcher a = PART.matcher(side);
        java.util.regex.Matcher b = PART.matcher(other);
        return a.find() && b.find() && !a.group().equalsIgnoreCase(b.group())
                && String.valueOf(a.group(1)).equalsIgnoreCase(String.valueOf(b.group(1)));
    }

    /**
     * A card of two parts whose headings name neither side ("# Side A: BeanWorks Office Coffee (account desk)" and "# Side B:
     * Kevin Tran, office manager", review 27): the part with the script is the caller's. Two headings at the card's top
     * level that name no section, exactly one of them followed by a script section; else none ({-1, -1}).
     */
    private static int[] twoParts(List<String> lines, List<SideReader.Note> notes) {
        int top = Integer.MAX_VALUE;
        for (String line : lines) {
            CardLines.Heading h = CardLines.heading(line);
            if (h != null && h.level() <= 6) {
                top = Math.min(top, h.level());
            }
        }
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CardLines.Heading h = CardLines.heading(lines.get(i));
            if (h != null && h.level() == top && SectionKind.of(h.title()) == SectionKind.OTHER && !titleOnly(lines, i)) {
                parts.add(i);
            }
        }
        if (parts.size() != 2) {
            return new int[] {-1, -1};
        }
        boolean[] script = new boolean[2];
        for (int p = 0; p < 2; p++) {
            int end = p == 0 ? parts.get(1) : lines.size();
            for (int i = parts.get(p) + 1; i < end; i++) {
                CardLines.Heading h = CardLines.heading(lines.get(i));
                script[p] |= h != null && h.level() > top && SectionKind.of(h.title()) == SectionKind.SCRIPT;
            }
        }
        if (script[0] == script[1]) {
            return new int[] {-1, -1};
        }
        int caller = script[0] ? parts.get(0) : parts.get(1);
        int callee = script[0] ? parts.get(1) : parts.get(0);
        notes.add(new SideReader.Note(caller + 1, "heading \"" + lines.get(caller).strip() + "\" is read as the caller's side (it holds"
                + " the script) and \"" + lines.get(callee).strip() + "\" as the callee's; name them like '## Caller' and '## Callee' to say so"));
        return new int[] {caller, callee};
    }

    /**
     * A heading with no sections of its own: the next heading is at its level or above ("# Ridgeline Tree Care — quote
     * follow-up call" over "# SIDE ONE: …" and "# SIDE TWO: …", review 34). The card's title, not a part.
     */
    private static boolean titleOnly(List<String> lines, int at) {
        int level = CardLines.heading(lines.get(at)).level();
        int body = 0;
        for (int i = at + 1; i < lines.size(); i++) {
            CardLines.Heading h = CardLines.heading(lines.get(i));
            if (h != null && h.level() <= 6) {
                return h.level() <= level && body <= 3;
            }
            body += lines.get(i).isBlank() ? 0 : 1;
        }
        return false; // the last part: sections under bold lines are still sections
    }

    /** Where a side heading's own words end and a note on it begins: "CALLER — Millbrook Water, customer accounts". */
    private static final Pattern HEADING_PARTS = Pattern.compile("\\s+[—–-]+\\s+|[:：(（,，·|｜]");

    /**
     * The first part of the title that names a side names this side and not the other: "PART A — THE CALLER
     * (Millbrook Water & Sewer, customer accounts)" is the caller's, though its note names a customer.
     */
    private static boolean namesSide(String title, Pattern side, Pattern otherSide) {
        for (String part : HEADING_PARTS.split(title)) {
            boolean mine = side.matcher(part).find();
            boolean other = otherSide.matcher(part).find();
            if (mine || other) {
                return mine && !other;
            }
        }
        return false;
    }

    /** The quoted passages of a line (“”, "", 「」…), quotes removed; for engines reading card prose. */
    public static List<String> quotesOf(String text) {
        return CardLines.quotes(text);
    }

    static String sha256(byte[] bytes) {
        return dev.rolecall.prompt.PromptSet.sha256(bytes);
    }

    /** The sub-sections of one side, split at headings deeper than the side's and at bold-only lines. */
    record SideText(int headingIndex, List<RawSection> sections, String raw, List<String> lines) {
        private static final Pattern QUESTION_END = Pattern.compile("[?？][*_\"”」』’)）]*\\s*$");

        record RawSection(String title, SectionKind kind, int line, List<String> body, List<Integer> lineNumbers) {
            String joined() {
                return String.join("\n", body).strip();
            }
        }

        static SideText read(List<String> lines, int heading, int end) {
            int sideLevel = CardLines.heading(lines.get(heading)).level();
            List<RawSection> sections = new ArrayList<>();
            String title = "";
            SectionKind kind = SectionKind.of(title);
            int level = sideLevel;
            int line = heading + 1;
            List<String> body = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int i = heading + 1; i < end; i++) {
                CardLines.Heading h = CardLines.heading(lines.get(i));
                if (h != null && h.level() > sideLevel) {
                    CardLines.Numbered n = CardLines.numbered(h.title());
                    boolean stepWord = n != null && n.style() == CardLines.Style.STEP_WORD;
                    boolean list = kind == SectionKind.SCRIPT || kind == SectionKind.END_CONDITIONS
                            || kind == SectionKind.ENDING_COMBINED;
                    // "#### 1) Confirm identity" or "**步骤1｜核实身份**" under the script heading is a step, not a section
                    if (n != null && list && (stepWord || h.level() > level)) {
                        body.add(h.title());
                        numbers.add(i + 1);
                        continue;
                    }
                    // "**改期要钱吗？**" or "#### Can I get a refund?" under a Q&A heading is a question, not a section
                    if (h.level() > level && QUESTION_END.matcher(h.title()).find() && SectionKind.mayBeQa(title)) {
                        body.add(lines.get(i));
                        numbers.add(i + 1);
                        continue;
                    }
                    // "### Step 1 — Confirm identity" with no script heading above it starts the script
                    if (stepWord && !list) {
                        sections.add(new RawSection(title, kind, line, body, numbers));
                        title = h.title();
                        kind = SectionKind.SCRIPT;
                        level = h.level();
                        line = i + 1;
                        body = new ArrayList<>(List.of(h.title()));
                        numbers = new ArrayList<>(List.of(i + 1));
                        continue;
                    }
                    sections.add(new RawSection(title, kind, line, body, numbers));
                    title = h.title();
                    kind = SectionKind.of(title);
                    if (kind == SectionKind.OTHER && namesTheSidesPerson(title, CardLines.heading(lines.get(heading)).title())) {
                        kind = SectionKind.ROLE; // "### Ruth" under "# Callee side — Ruth Ebersole" says who she is (holdout77)
                    }
                    level = h.level();
                    line = i + 1;
                    body = new ArrayList<>();
                    numbers = new ArrayList<>();
                    continue;
                }
                body.add(lines.get(i));
                numbers.add(i + 1);
            }
            sections.add(new RawSection(title, kind, line, body, numbers));
            // a bold sub-heading inside a combined "结束条件与结束语" section belongs to it, not to OTHER
            return new SideText(heading, sections, String.join("\n", lines.subList(heading, end)).strip(), lines);
        }

        private static final Pattern PERSON = Pattern.compile("[\\p{L}][\\p{L} .'-]{0,28}[\\p{L}]");

        /** A sub-heading that is only the name the side's own heading gives after its side words ("Ruth", "宋春燕"). */
        static boolean namesTheSidesPerson(String title, String sideTitle) {
            String name = CardLines.plain(title).strip();
            int at = sideTitle.indexOf(name);
            return PERSON.matcher(name).matches() && at > 0 && !Character.isLetter(sideTitle.charAt(at - 1))
                    && (at + name.length() == sideTitle.length() || !Character.isLetter(sideTitle.charAt(at + name.length())));
        }

        /** The card's line {@code number} (1-based) as written, for messages: "### Booking details". */
        String source(int number) {
            return lines.get(number - 1).strip();
        }

        java.util.Optional<Integer> lineOf(SectionKind kind) {
            return sections.stream().filter(s -> s.kind() == kind).map(RawSection::line).findFirst();
        }
    }
}
