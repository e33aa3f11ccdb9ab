package dev.rolecall.card;

import java.util.List;
import java.util.Optional;

/**
 * Everything the card says about one side of the call. A field the card does not have is empty,
 * never null; which fields are required is the parser's business, not the model's.
 *
 * @param name         the person's name as stated in the card (e.g. 李明), or empty
 * @param organization the company the person speaks for (e.g. 长江公司), or empty
 * @param roleText     the 角色 / role paragraph
 * @param task         the one-line core task
 * @param knowledge    what this side knows of the other side
 * @param background   background / situation of this side
 * @param sections     every sub-section verbatim, in card order
 * @param raw          the whole side as written
 * @param line         1-based line of the side's heading
 */
public record Side(
        Role role,
        String name,
        String organization,
        String roleText,
        String task,
        String knowledge,
        String background,
        List<ScriptStep> steps,
        List<QaPair> qa,
        String opening,
        List<EndCondition> endConditions,
        List<String> closings,
        List<Concern> concerns,
        List<String> behaviours,
        List<StyleExample> style,
        List<Section> sections,
        String raw,
        int line) {

    public Side {
        steps = List.copyOf(steps);
        qa = List.copyOf(qa);
        endConditions = List.copyOf(endConditions);
        closings = List.copyOf(closings);
        concerns = List.copyOf(concerns);
        behaviours = List.copyOf(behaviours);
        style = List.copyOf(style);
        sections = List.copyOf(sections);
    }

    public Optional<EndCondition> endCondition(int number) {
        return endConditions.stream().filter(c -> c.number() == number).findFirst();
    }

    public List<StyleExample> goodExamples() {
        return style.stream().filter(StyleExample::good).toList();
    }

    public List<StyleExample> badExamples() {
        return style.stream().filter(s -> !s.good()).toList();
    }

    /**
     * The side's don'ts as written (禁止事项, Don'ts, Never do this: {@link SectionKind#RULES}), heading first, one
     * section after another; empty if the card has none. No prompt field carries them: a placeholder may.
     */
    public String rules() {
        return sections.stream().filter(s -> SectionKind.of(s.title()) == SectionKind.RULES)
                .map(s -> s.title() + "\n" + s.text()).collect(java.util.stream.Collectors.joining("\n\n"));
    }

    /** The side as written less the text of its don'ts: what the side says is so, not what it forbids saying. */
    public String rawWithoutRules() {
        String out = raw;
        for (Section s : sections) {
            if (SectionKind.of(s.title()) == SectionKind.RULES && !s.text().isBlank()) {
                out = out.replace(s.text(), " ");
            }
        }
        return out;
    }

    /** The name to show in transcripts: the card's name, else the role id. */
    public String displayName() {
        return name.isBlank() ? role.id() : name;
    }

    public Side withName(String newName) {
        return new Side(role, newName, organization, roleText, task, knowledge, background, steps, qa,
                opening, endConditions, closings, concerns, behaviours, style, sections, raw, line);
    }
}
