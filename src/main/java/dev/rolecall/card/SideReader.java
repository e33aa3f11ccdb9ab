package dev.rolecall.card;

import dev.rolecall.card.CardParser.SideText;
import dev.rolecall.card.CardParser.SideText.RawSection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the raw sub-sections of one side into the typed fields of {@link Side}. */
final class SideReader {

    // in a Q&A section a line may be labelled by who says it ("- 客户：降档要交违约金吗？" / "  - 答复：不用。…",
    // "Customer: …" / "Rep: …"): holdout5's plan-downgrade card wrote its nine entries so, and they were read as none
    private static final Pattern QUESTION = Pattern.compile(
            "^\\s*(?:[-*+]\\s*)?(?:\\*\\*)?(?:客户问|客户提问|用户问|患者问|问题|提问|问|Q|Question"
                    + "|客户|用户|顾客|患者|业主|车主|会员|家长|Customer|Client|Patient|Caller|Member)(?:\\*\\*)?\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWER = Pattern.compile(
            "^\\s*(?:[-*+]\\s*)?(?:\\*\\*)?(?:回答|答复|答|回复|应答|标准答复|A|Answer|Reply|Response|Rep|Agent)(?:\\*\\*)?\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIMARY = Pattern.compile("^(?:首要|主要|核心|primary|main)[^:：]{0,6}[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECONDARY = Pattern.compile("^(?:次要|其次|secondary)[^:：]{0,6}[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LATENT = Pattern.compile("^(?:潜在|隐性|隐藏|latent|hidden|underlying)[^:：]{0,6}[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BAD_MARK = Pattern.compile("反面|不要这样|错误示范|\\bbad\\b|don'?t|avoid", Pattern.CASE_INSENSITIVE);
    private static final Pattern GOOD_MARK = Pattern.compile("正面|模仿|正确示范|\\bgood\\b|do say|like this", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_MARK = Pattern.compile("结束语|结语|closing", Pattern.CASE_INSENSITIVE);

    private SideReader() {}

    static Side read(Role role, SideText text) {
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
        for (RawSection s : text.sections()) {
            if (!s.title().isEmpty() || !s.joined().isEmpty()) {
                sections.add(new Section(s.title(), s.joined(), s.line()));
            }
            switch (s.kind()) {
                case SCRIPT -> steps.addAll(steps(s, steps.size()));
                case QA -> qa.addAll(qa(s));
                case END_CONDITIONS -> ends.addAll(endConditions(s, ends.size(), false, closings));
                case ENDING_COMBINED -> ends.addAll(endConditions(s, ends.size(), true, closings));
                case CLOSINGS -> s.body().forEach(l -> item(l).ifPresent(closings::add));
                case OPENING -> opening = first(opening, opening(s));
                case ROLE -> roleText = first(roleText, prose(s));
                case TASK -> task = first(task, prose(s));
                case KNOWLEDGE -> knowledge = first(knowledge, prose(s));
                case BACKGROUND -> background = first(background, prose(s));
                case CONCERNS -> concerns.addAll(concerns(s));
                case BEHAVIOURS -> s.body().forEach(l -> bulletText(l).ifPresent(behaviours::add));
                case STYLE -> style.addAll(style(s));
                default -> { }
            }
        }
        return new Side(role, "", "", roleText, task, knowledge, background, steps, qa, opening, ends, closings,
                concerns, behaviours, style, sections, text.raw(), text.headingIndex() + 1);
    }

    private static String first(String current, String candidate) {
        return current.isEmpty() ? candidate : current;
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
                title = q.isEmpty() ? CardLines.plain(n.text()) : CardLines.plain(n.text().replaceAll("[“\"「『‘].*$", ""));
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

    private static List<QaPair> qa(RawSection s) {
        List<QaPair> pairs = new ArrayList<>();
        String question = null;
        StringBuilder answer = null;
        int line = 0;
        for (int i = 0; i < s.body().size(); i++) {
            String l = s.body().get(i);
            Matcher q = QUESTION.matcher(l);
            Matcher a = ANSWER.matcher(l);
            if (q.matches()) {
                if (question != null && answer != null) {
                    pairs.add(new QaPair(question, answer.toString().strip(), line));
                }
                question = CardLines.plain(stripQuotes(q.group(1)));
                answer = null;
                line = s.lineNumbers().get(i);
            } else if (a.matches() && question != null) {
                answer = new StringBuilder(CardLines.plain(stripQuotes(a.group(1))));
            } else if (answer != null && !l.isBlank()) {
                answer.append(CardLines.plain(l.trim()));
            }
        }
        if (question != null && answer != null) {
            pairs.add(new QaPair(question, answer.toString().strip(), line));
        }
        return pairs;
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
            out.add(new Concern(level, m == null ? t : m.group(1).trim(), s.lineNumbers().get(i)));
        }
        return out;
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
