package dev.rolecall.card;

import dev.rolecall.card.CardParser.SideText;
import dev.rolecall.card.CardParser.SideText.RawSection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the raw sub-sections of one side into the typed fields of {@link Side}. */
final class SideReader {

    // compiled once rather than by String.replaceAll at every step and question (card parsing runs cold, issue 13)
    private static final Pattern FROM_QUOTE = Pattern.compile("[“\"「『‘].*$");
    private static final Pattern LEADING_OPENERS = Pattern.compile("^[*_\"“「『‘]+(?=[^”」』’\"]*$)");

    // Q&A items as cards write them: "Q: … / A: …", "问：… / 答：…", "**问**：… / **答**：…", "客户：… / 答复：…" (a line may be
    // labelled by who says it: holdout5's plan-downgrade card wrote its nine entries so, and they were read as none)
    private static final Pattern QUESTION = Pattern.compile(
            labelled("客户问|客户提问|客户说|用户问|患者问|问题|提问|问|客户|用户|顾客|乘客|患者|业主|车主|会员|家长|对方"
                    + "|\\p{IsHan}{1,4}问|(?:the )?[a-z]+ asks"  // 家长问 (holdout11), "Owner asks" (holdout10): whoever asks
                    + "|Q\\d{0,2}|Question|Customer|Caller|Client|Passenger|Patient|Member|If asked"), Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWER = Pattern.compile(
            labelled("回答|标准答复|答复|回复|应答|\\p{IsHan}{1,4}答|答|坐席|客服|顾问|A\\d{0,2}|Answer|Reply|Response|Rep|Agent|You say|Say"),
            Pattern.CASE_INSENSITIVE);

    /** A labelled line: "问：…", "**Q:** …", or the label in brackets, colon optional ("【问】…", "[A] …"). */
    private static String labelled(String labels) {
        // the label's colon may be a dash: "Q — Can you…" / "A — I can't…" (holdout11)
        // an item may be numbered: "1. 问：评估要钱吗？" (holdout13)
        // "Q. Can I…" / "A. No." (review 21: the "A." had been spoken): a one-letter label may end with a dot, inside the bold too
        // ("**Q.** Can you…", holdout43: "A. No discounts…" was said aloud)
        return "^\\s*(?:(?:[-*+]|\\d{1,2}[.、)）])\\s*)?(?:\\*\\*)?(?:(?:" + labels + ")(?:\\*\\*)?(?:\\s*[:：]|\\s+[—–]+\\s|(?<=\\b[QA]\\d{0,2})\\.(?:\\*\\*)?\\s)|[【\\[](?:" + labels
                + ")[】\\]](?:\\*\\*)?\\s*[:：]?)\\s*(.*)$";
    }
    /** "Q: Can I pay monthly? A: No." on one line: the answer label after the question mark. */
    private static final Pattern INLINE_ANSWER = Pattern.compile(
            "^(.+?[?？])[*_\"”」』’)）]*\\s*(?:\\*\\*)?(?:回答|答复|答|A|Answer)(?:\\*\\*)?\\s*[:：]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "- *Was it the weather?* — No, a crew shortage.", "- 改期要钱吗？——不要钱。", "- Is it free? -> Yes." */
    private static final Pattern DASHED = Pattern.compile(
            "^(.+?[?？])[*_\"”」』’)）]*\\s*(?:->|=>|→|—+|–|--?|[:：])\\s*(\\S.*)$");
    private static final Pattern QUESTION_END = Pattern.compile("[?？][*_\"”」』’)）]*\\s*$");
    /**
     * When the persona says it, in brackets between the level and its colon: "Hidden (won't bring up unless asked about plans
     * that week or guests):", "隐藏（不主动说，被问到以后的打算或者申请人时才说）：" (review 29: the label was said aloud).
     */
    private static final String LEVEL_NOTE = "\\s*(?:[（(](?<note>[^）)]{1,80})[）)])?\\s*";
    // and the order words of holdout10/11: 首先 / 其次 / 藏在心里, First / Next / Unspoken (the label was read aloud)
    // (review 27: "最关心：到底抽多少钱？" was said with its label)
    private static final Pattern PRIMARY = Pattern.compile("^(?:首要|主要|核心|首先|最在意|最关心|最在乎|最担心|最想知道|primary|main|first|top|biggest)[^:：（(]{0,6}" + LEVEL_NOTE + "[:：]\\s*(?<text>.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECONDARY = Pattern.compile("^(?:次要|其次|另外|还有|secondary|second|next|then|also)[^:：（(]{0,6}" + LEVEL_NOTE + "[:：]\\s*(?<text>.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LATENT = Pattern.compile("^(?:潜在|隐性|隐藏|藏在心里|心里|没说出口|嘴上不说|latent|hidden|underlying"
            + "|unspoken|unsaid|secret(?:ly)?|privately|underneath|deep down|beneath it all|内心|骨子里)[^:：（(]{0,6}" + LEVEL_NOTE + "[:：]\\s*(?<text>.*)$", Pattern.CASE_INSENSITIVE);
    // lead-ins card writers used (holdout10/11/12: 不要像这样 / 要像这样, 别这样说 / 这样说, Not like this / Like this, Wrong / Right,
    // Don't / Do);
    // checked bad first: "Not like this" holds "like this"
    // holdout76's draft: 反例 / 正例
    private static final Pattern BAD_MARK = Pattern.compile("反面|反例|不要(像)?这样|别(像)?这样|不要这么|别这么|错误示范|错误|✗|❌|×"
            + "|\\bbad\\b|don'?t|avoid|\\bnot like this\\b|\\bnot this\\b|\\bwrong\\b|\\bincorrect\\b|\\bnever\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GOOD_MARK = Pattern.compile("正面|正例|模仿|正确示范|正确|(要|应该)?(像)?这样说|要像这样|✓|✅|√"
            + "|\\bgood\\b|do say|like this|\\bright\\b|\\bcorrect\\b|\\binstead\\b|\\bbetter\\b|^\\W*do\\s*[:：]"
            // holdout77's "Avoid:" / "Prefer:" (its good lines had been read as more of what to avoid)
            + "|\\bprefer(?:red)?\\b|^\\W*(?:use|say|try)(?: (?:this|these|lines like))?\\s*[:：]|推荐|建议这样", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_MARK = Pattern.compile("结束语|结语|closing", Pattern.CASE_INSENSITIVE);

    private SideReader() {}

    /** A problem with one line of the card that does not stop it being used. */
    record Note(int line, String problem) {}

    static Side read(Role role, SideText text) {
        return read(role, text, new ArrayList<>());
    }

    /**
     * Reads one side; what the card says that no field takes is reported in {@code notes} (with its line) and,
     * where it is text, kept in the field the shipped prompt shows as general knowledge of this side
     * ({@code {{knowledge}}} for the caller, {@code {{background}}} for the callee): nothing is dropped unsaid.
     */
    static Side read(Role role, SideText text, List<Note> notes) {
        List<ScriptStep> steps = new ArrayList<>();
        List<QaPair> qa = new ArrayList<>();
        List<EndCondition> ends = new ArrayList<>();
        List<String> closings = new ArrayList<>();
        List<Concern> concerns = new ArrayList<>();
        List<String> behaviours = new ArrayList<>();
        List<StyleExample> style = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String roleText = "";
        String task = "";
        String knowledge = "";
        String background = "";
        String opening = "";
        int openingLine = 0;
        boolean hasRole = text.sections().stream().anyMatch(s -> s.kind() == SectionKind.ROLE);
        List<String> kept = new ArrayList<>();
        String keptAs = role == Role.CALLER ? "what the caller knows ({{knowledge}})" : "the callee's background ({{background}})";
        for (RawSection s : text.sections()) {
            if (!s.title().isEmpty() || !s.joined().isEmpty()) {
                sections.add(new Section(s.title(), s.joined(), s.line()));
            }
            String heading = "\"" + text.source(s.line()) + "\"";
            switch (s.kind()) {
                case SCRIPT -> steps.addAll(steps(s, steps.size()));
                case QA, OTHER -> {
                    boolean qaLike = SectionKind.mayBeQa(s.title());
                    List<Note> unanswered = new ArrayList<>();
                    List<QaPair> pairs = qaLike ? qa(s, unanswered) : List.of();
                    qa.addAll(pairs);
                    if (!pairs.isEmpty()) {
                        notes.addAll(unanswered); // with no pair at all, the whole section is named below
                    }
                    if (s.title().isEmpty() && !hasRole && !s.joined().isEmpty()) {
                        // text right under "## 电话拨打方" before any sub-heading says who this side is
                        roleText = prose(s);
                    } else if (!pairs.isEmpty() || s.joined().isEmpty()) {
                        if (s.kind() == SectionKind.QA && pairs.isEmpty()) {
                            notes.add(new Note(s.line(), "the Q&A section " + heading + " is empty"));
                        }
                    } else {
                        String what = s.title().isEmpty()
                                ? "the text under " + heading + " before its first sub-heading is not a section rolecall reads"
                                : qaLike ? heading + " has no question and answer rolecall can read (write 'Q: …' then 'A: …', "
                                        + "'问：…' then '答：…', or '- Question? — answer')"
                                : "heading " + heading + " is not a section rolecall reads";
                        notes.add(new Note(s.line(), what + "; its text is kept as " + keptAs));
                        kept.add(s.title().isEmpty() ? prose(s) : s.title() + (CJK.matcher(s.title()).find() ? "：" : ":")
                                + "\n" + prose(s));
                    }
                }
                case END_CONDITIONS -> ends.addAll(endConditions(s, ends.size(), false, closings));
                case ENDING_COMBINED -> ends.addAll(endConditions(s, ends.size(), true, closings));
                case CLOSINGS -> s.body().forEach(l -> item(l).ifPresent(closings::add));
                case OPENING -> {
                    if (!opening.isEmpty() && !opening(s).isEmpty()) {
                        notes.add(new Note(s.line(), "a second opening section, " + heading + ": rolecall uses the first "
                                + "(line " + openingLine + ")"));
                    } else if (opening.isEmpty()) {
                        opening = opening(s);
                        openingLine = openingLine == 0 ? s.line() : openingLine;
                    }
                }
                // a second section of the same kind adds to the first: "### 已知信息" and "### 客户资料" both count
                case ROLE -> roleText = joined(roleText, prose(s));
                case TASK -> task = joined(task, prose(s));
                case KNOWLEDGE -> knowledge = joined(knowledge, prose(s));
                case BACKGROUND -> background = joined(background, prose(s));
                case CONCERNS -> concerns.addAll(concerns(s));
                case BEHAVIOURS -> {
                    // "**How she talks**" with "- Not like this:" / "- Like this:" holds style examples: read as behaviours,
                    // the card's don't-say-this lines became things the customer says (review 26: 4 of 10 calls)
                    List<StyleExample> examples = hasLeadIns(s) ? style(s) : List.of();
                    style.addAll(examples);
                    s.body().stream().filter(l -> examples.isEmpty() || !heldAsExample(l, examples))
                            .forEach(l -> bulletText(l).ifPresent(behaviours::add));
                }
                case STYLE -> {
                    List<StyleExample> read = style(s);
                    if (read.isEmpty() && leadIns(s).isEmpty()) {
                        // "## Her speaking style" with bullets that describe and quote her, no examples to copy or avoid
                        // (holdout76's first draft): how she talks, read as her behaviours
                        s.body().forEach(l -> bulletText(l).ifPresent(behaviours::add));
                    } else if (read.isEmpty() && s.body().stream().anyMatch(l -> !l.isBlank())) {
                        // examples under no lead-in rolecall knows would be dropped without a word
                        notes.add(new Note(s.line(), "the examples under " + heading + " are not read: put them under "
                                + "lead-in lines such as '反面（不要这样说）：' / '正面：' or 'Bad:' / 'Good:'"));
                    }
                    style.addAll(read);
                }
                default -> { }
            }
        }
        for (String k : kept) {
            if (role == Role.CALLER) {
                knowledge = joined(knowledge, k);
            } else {
                background = joined(background, k);
            }
        }
        if (role == Role.CALLER && opening.isEmpty()) {
            notes.add(openingLine > 0
                    ? new Note(openingLine, "the opening section \"" + text.source(openingLine) + "\" has no line to say; "
                            + "the rep opens with step 1's lines")
                    : new Note(text.headingIndex() + 1, "the caller has no opening line (add '### 开场白' or "
                            + "'### Opening line' with the quoted first sentence); the rep opens with step 1's lines"));
        }
        return new Side(role, "", "", roleText, task, knowledge, background, steps, qa, opening, ends, closings,
                concerns, behaviours, style, sections, text.raw(), text.headingIndex() + 1);
    }

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static String joined(String current, String more) {
        return current.isEmpty() ? more : more.isEmpty() ? current : current + "\n\n" + more;
    }

    private static List<ScriptStep> steps(RawSection s, int offset) {
        List<ScriptStep> steps = new ArrayList<>();
        String title = null;
        int titleLine = 0;
        int stepIndent = -1;
        CardLines.Style style = null;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < s.body().size(); i++) {
            String line = s.body().get(i);
            CardLines.Numbered n = CardLines.numbered(line);
            // "第一步" with "1. “…”" lines under it: only items numbered like the first step are steps
            if (n != null && (stepIndent < 0 || n.indent() <= stepIndent && n.style() == style)) {
                if (title != null) {
                    steps.add(new ScriptStep(offset + steps.size() + 1, title, lines, titleLine));
                }
                stepIndent = n.indent();
                style = n.style();
                List<String> q = CardLines.quotes(n.text());
                title = q.isEmpty() ? CardLines.plain(n.text()) : CardLines.plain(FROM_QUOTE.matcher(n.text()).replaceAll(""));
                lines = new ArrayList<>(q);
                titleLine = s.lineNumbers().get(i);
            } else if (title != null) {
                item(line).ifPresent(lines::add);
            }
        }
        if (title != null) {
            steps.add(new ScriptStep(offset + steps.size() + 1, title, lines, titleLine));
        }
        return steps;
    }

    /**
     * The question/answer pairs of a Q&A section. With labels (Q:/A:, 问：/答：, 客户：/答复：) only labelled lines
     * start a question or an answer, and other lines continue the answer; without labels an item
     * "question? — answer" is a pair, and a line ending in a question mark starts a question that the
     * following lines (more indented, or not questions) answer.
     */
    static List<QaPair> qa(RawSection s) {
        return qa(s, new ArrayList<>());
    }

    static List<QaPair> qa(RawSection s, List<Note> notes) {
        List<QaPair> pairs = new ArrayList<>();
        boolean labelled = s.body().stream().anyMatch(l -> QUESTION.matcher(l).matches());
        String question = null;
        StringBuilder answer = null;
        int line = 0;
        int indent = 0;
        for (int i = 0; i < s.body().size(); i++) {
            String l = s.body().get(i);
            if (l.isBlank()) {
                continue;
            }
            Matcher q = QUESTION.matcher(l);
            Matcher a = ANSWER.matcher(l);
            String text = itemText(l);
            Matcher d = DASHED.matcher(text);
            int lineIndent = l.length() - l.stripLeading().length();
            boolean newQuestion = labelled ? q.matches()
                    : QUESTION_END.matcher(text).find() && (question == null || lineIndent <= indent);
            if (a.matches() && question != null && !q.matches()) {
                answer = new StringBuilder(CardLines.plain(stripQuotes(a.group(1))));
            } else if (newQuestion || !labelled && d.matches()) {
                add(pairs, question, answer, line, notes);
                String asked = labelled ? q.group(1) : text;
                Matcher inline = INLINE_ANSWER.matcher(asked);
                Matcher dashed = DASHED.matcher(asked);
                question = asked;
                answer = null;
                if (inline.matches()) {
                    question = inline.group(1);
                    answer = new StringBuilder(CardLines.plain(stripQuotes(inline.group(2))));
                } else if (!labelled && dashed.matches()) {
                    question = dashed.group(1);
                    answer = new StringBuilder(CardLines.plain(stripQuotes(dashed.group(2))));
                }
                // the closing quote or emphasis went with the question mark: '"Can I pay monthly?" — No.'
                question = CardLines.plain(stripQuotes(LEADING_OPENERS.matcher(question.strip()).replaceAll("")));
                line = s.lineNumbers().get(i);
                indent = lineIndent;
            } else if (question != null) {
                String more = CardLines.plain(labelled ? l.trim() : text);
                if (answer == null) {
                    answer = new StringBuilder(more);
                } else {
                    answer.append(joiner(answer, more)).append(more);
                }
            }
        }
        add(pairs, question, answer, line, notes);
        return pairs;
    }

    private static void add(List<QaPair> pairs, String question, StringBuilder answer, int line, List<Note> notes) {
        if (question != null && answer != null && !answer.toString().isBlank()) {
            pairs.add(new QaPair(question, answer.toString().strip(), line));
        } else if (question != null) {
            notes.add(new Note(line, "the question \"" + question + "\" has no answer under it; it is left out of the Q&A"));
        }
    }

    /** A line's text without its bullet, number or heading marks. */
    private static String itemText(String line) {
        CardLines.Bullet b = CardLines.bullet(line);
        if (b != null) {
            return b.text();
        }
        CardLines.Numbered n = CardLines.numbered(line);
        if (n != null) {
            return n.text();
        }
        CardLines.Heading h = CardLines.heading(line);
        return h != null ? h.title() : line.trim();
    }

    /** Lines of one answer: English words need a space between them, Chinese text does not. */
    private static String joiner(StringBuilder answer, String more) {
        if (answer.length() == 0 || more.isEmpty()) {
            return "";
        }
        char last = answer.charAt(answer.length() - 1);
        char next = more.charAt(0);
        return last < 0x2E80 && next < 0x2E80 && !Character.isWhitespace(last) ? " " : "";
    }

    private static List<EndCondition> endConditions(RawSection s, int offset, boolean combined, List<String> closings) {
        List<EndCondition> out = new ArrayList<>();
        boolean inClosings = false;
        boolean numbered = s.body().stream().anyMatch(l -> CardLines.numbered(l) != null);
        for (int i = 0; i < s.body().size(); i++) {
            String l = s.body().get(i);
            if (combined && CLOSING_MARK.matcher(l).find() && CardLines.quotes(l).isEmpty()) {
                inClosings = true;
                continue;
            }
            if (inClosings) {
                item(l).ifPresent(closings::add);
                continue;
            }
            CardLines.Numbered n = CardLines.numbered(l);
            CardLines.Bullet b = numbered ? null : CardLines.bullet(l);
            String text = n != null ? n.text() : b != null ? b.text() : null;
            if (text != null && !text.isBlank()) {
                out.add(new EndCondition(offset + out.size() + 1, CardLines.plain(text), s.lineNumbers().get(i)));
            } else if (!out.isEmpty() && !l.isBlank() && CardLines.heading(l) == null) {
                EndCondition last = out.remove(out.size() - 1);
                out.add(new EndCondition(last.number(), last.text() + CardLines.plain(l.trim()), last.line()));
            }
        }
        return out;
    }

    private static String opening(RawSection s) {
        List<String> quotes = new ArrayList<>();
        s.body().forEach(l -> quotes.addAll(CardLines.quotes(l)));
        return quotes.isEmpty() ? prose(s) : String.join("", quotes);
    }

    private static List<Concern> concerns(RawSection s) {
        List<Concern> out = new ArrayList<>();
        for (int i = 0; i < s.body().size(); i++) {
            var text = bulletText(s.body().get(i));
            if (text.isEmpty()) {
                continue;
            }
            String t = text.get();
            Concern.Level level;
            Matcher m;
            if ((m = PRIMARY.matcher(t)).matches()) {
                level = Concern.Level.PRIMARY;
            } else if ((m = SECONDARY.matcher(t)).matches()) {
                level = Concern.Level.SECONDARY;
            } else if ((m = LATENT.matcher(t)).matches()) {
                level = Concern.Level.LATENT;
            } else {
                m = null;
                level = out.isEmpty() ? Concern.Level.PRIMARY : Concern.Level.SECONDARY;
            }
            String said = m == null ? t : m.group("text").trim();
            if (m != null && m.group("note") != null) { // kept: when it comes out is what the persona goes by
                said += said.matches(".*\\p{IsHan}.*") ? "（" + m.group("note").trim() + "）" : " (" + m.group("note").trim() + ")";
            }
            out.add(new Concern(level, said, s.lineNumbers().get(i)));
        }
        return out;
    }

    /** Both a bad and a good lead-in line (with no quote of their own): "反面：" / "正面：", "Not like this:" / "Like this:". */
    private static boolean hasLeadIns(RawSection s) {
        List<String> leads = leadIns(s);
        return leads.stream().anyMatch(l -> BAD_MARK.matcher(l).find())
                && leads.stream().anyMatch(l -> !BAD_MARK.matcher(l).find() && GOOD_MARK.matcher(l).find());
    }

    /** The lines that introduce the examples under them: "- Not like this:", "反例（不要这么说）：", "甲类：". */
    private static List<String> leadIns(RawSection s) {
        return s.body().stream().filter(l -> {
            String lead = l.strip().replaceAll("^[-*+]\\s+|[*_]", "").strip();
            return !l.isBlank() && CardLines.quotes(l).isEmpty() && lead.length() <= 40 && lead.matches("(?s).*[:：]$");
        }).toList();
    }

    /** The line is a lead-in or one of the examples read from the section, not a behaviour. */
    private static boolean heldAsExample(String line, List<StyleExample> examples) {
        if (CardLines.quotes(line).isEmpty() && (BAD_MARK.matcher(line).find() || GOOD_MARK.matcher(line).find())) {
            return true;
        }
        String text = CardLines.spoken(bulletText(line).orElse(line.trim()));
        return examples.stream().anyMatch(e -> e.text().equals(text));
    }

    private static List<StyleExample> style(RawSection s) {
        List<StyleExample> out = new ArrayList<>();
        Boolean good = null;
        for (int i = 0; i < s.body().size(); i++) {
            String l = s.body().get(i);
            if (l.isBlank()) {
                continue;
            }
            List<String> quotes = CardLines.quotes(l);
            if (quotes.isEmpty() && BAD_MARK.matcher(l).find()) {
                good = false;
            } else if (quotes.isEmpty() && GOOD_MARK.matcher(l).find()) {
                good = true;
            } else if (good != null) {
                String text = CardLines.spoken(bulletText(l).orElse(l.trim()));
                if (!text.isBlank()) {
                    out.add(new StyleExample(text, CardLines.noteAfterQuote(l.trim()), good, s.lineNumbers().get(i)));
                }
            }
        }
        return out;
    }

    /** A bullet or numbered item's spoken text, or a bare quoted line. */
    private static java.util.Optional<String> item(String line) {
        CardLines.Bullet b = CardLines.bullet(line);
        CardLines.Numbered n = b == null ? CardLines.numbered(line) : null;
        String text = b != null ? b.text() : n != null ? n.text() : null;
        if (text == null) {
            List<String> q = CardLines.quotes(line);
            return q.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("", q));
        }
        String spoken = CardLines.spoken(text);
        return spoken.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(spoken);
    }

    private static java.util.Optional<String> bulletText(String line) {
        CardLines.Bullet b = CardLines.bullet(line);
        CardLines.Numbered n = b == null ? CardLines.numbered(line) : null;
        String text = b != null ? b.text() : n != null ? n.text() : null;
        return text == null || text.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(CardLines.plain(text));
    }

    private static String prose(RawSection s) {
        List<String> parts = new ArrayList<>();
        for (String l : s.body()) {
            if (!l.isBlank()) {
                CardLines.Bullet b = CardLines.bullet(l);
                parts.add(CardLines.plain(b != null ? "- " + b.text() : l.trim()));
            }
        }
        return String.join("\n", parts);
    }

    private static String stripQuotes(String text) {
        List<String> q = CardLines.quotes(text);
        return q.size() == 1 && text.trim().length() <= q.get(0).length() + 2 ? q.get(0) : text;
    }
}
