package dev.rolecall.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A card rolecall can use but does not read as written says so, one line each with the line to fix, and
 * the text it cannot place is kept in the field the shipped prompt shows ({{knowledge}} / {{background}}).
 */
class CardWarningsTest {
    static final Path FILE = Path.of("card.md");

    static final String CARD = """
            ## Caller

            ### Role
            Dana Price, renewal advisor at Bluewave.

            ### Call flow
            1. Greet
               - "Hi, this is Dana from Bluewave."

            %CALLER%

            ### End conditions
            1. The customer agrees

            ## Callee

            ### Background
            - Sam has been a customer for three years.

            %CALLEE%

            ### End conditions
            1. Sam agrees
            """;

    static Card card(String caller, String callee) {
        return CardParser.parse(FILE, CARD.replace("%CALLER%", caller).replace("%CALLEE%", callee));
    }

    static List<String> warnings(Card c) {
        return c.warnings().stream().map(CardWarning::toString).toList();
    }

    static final String OPENING = "### Opening line\n\"Hi, is this Sam?\"";

    @Test
    void anUnknownHeadingIsKeptAsKnowledgeAndNamed() {
        Card c = card(OPENING + "\n\n### Notes for the day\n- The office closes at 5 pm.", "### His dog\n- Rex barks at callers.");
        assertThat(warnings(c)).containsExactly(
                "card.md:13: heading \"### Notes for the day\" is not a section rolecall reads; its text is kept as what "
                        + "the caller knows ({{knowledge}})",
                "card.md:24: heading \"### His dog\" is not a section rolecall reads; its text is kept as the callee's "
                        + "background ({{background}})");
        assertThat(c.caller().knowledge()).isEqualTo("Notes for the day:\n- The office closes at 5 pm.");
        assertThat(c.callee().background()).isEqualTo("- Sam has been a customer for three years.\n\nHis dog:\n- Rex barks at callers.");
        assertThat(c.caller().opening()).isEqualTo("Hi, is this Sam?");
    }

    @Test
    void aGroupingHeadingWithNothingUnderItIsNoLoss() {
        assertThat(card(OPENING + "\n\n### Part two", "").warnings()).isEmpty();
    }

    @Test
    void aQaWithNoEntriesSaysSoAndKeepsItsText() {
        Card c = card(OPENING + "\n\n### 常见问题\n价格的问题一律说以官网为准。", "");
        assertThat(c.caller().qa()).isEmpty();
        assertThat(warnings(c)).containsExactly("card.md:13: \"### 常见问题\" has no question and answer rolecall can read "
                + "(write 'Q: …' then 'A: …', '问：…' then '答：…', or '- Question? — answer'); its text is kept as what the "
                + "caller knows ({{knowledge}})");
        assertThat(c.caller().knowledge()).isEqualTo("常见问题：\n价格的问题一律说以官网为准。");
        assertThat(warnings(card(OPENING + "\n\n### Q&A\n", ""))).containsExactly("card.md:13: the Q&A section \"### Q&A\" is empty");
    }

    @Test
    void questionsWithoutAnswersAreNamed() {
        Card c = card(OPENING + "\n\n### If he asks\n- Can I pay monthly? — No, yearly only.\n- Is there a fee?\n", "");
        assertThat(c.caller().qa()).extracting(QaPair::answer).containsExactly("No, yearly only.");
        assertThat(warnings(c)).containsExactly(
                "card.md:15: the question \"Is there a fee?\" has no answer under it; it is left out of the Q&A");
        // the rep's own questions: not a Q&A, kept as knowledge
        Card own = card(OPENING + "\n\n### Questions to ask him\n- How often do you use it?\n- Who else uses it?", "");
        assertThat(own.caller().qa()).isEmpty();
        assertThat(warnings(own)).hasSize(1).first().asString().startsWith("card.md:13: \"### Questions to ask him\" has no "
                + "question and answer rolecall can read");
        assertThat(own.caller().knowledge()).contains("How often do you use it?");
    }

    @Test
    void aMissingOrEmptyOpeningIsNamed() {
        assertThat(warnings(card("", ""))).containsExactly("card.md:1: the caller has no opening line (add '### 开场白' or "
                + "'### Opening line' with the quoted first sentence); the rep opens with step 1's lines");
        assertThat(warnings(card("### Opening line\n", ""))).containsExactly("card.md:10: the opening section "
                + "\"### Opening line\" has no line to say; the rep opens with step 1's lines");
    }

    @Test
    void textUnderTheSideHeadingIsTheRoleWhenThereIsNoRoleSection() {
        Card c = CardParser.parse(FILE, CARD.replace("### Role\n", "").replace("%CALLER%", OPENING).replace("%CALLEE%", ""));
        assertThat(c.caller().roleText()).isEqualTo("Dana Price, renewal advisor at Bluewave.");
        assertThat(c.warnings()).isEmpty();
        Card both = CardParser.parse(FILE, CARD.replace("## Caller\n", "## Caller\nA note before the role.\n")
                .replace("%CALLER%", OPENING).replace("%CALLEE%", ""));
        assertThat(warnings(both)).containsExactly("card.md:1: the text under \"## Caller\" before its first sub-heading is not "
                + "a section rolecall reads; its text is kept as what the caller knows ({{knowledge}})");
    }

    @Test
    void notAllowedSectionsAreNoWarning() {
        assertThat(card(OPENING + "\n\n### 禁止事项\n- 不能承诺折扣。\n\n### Never do this\n- Don't promise cash.", "").warnings())
                .isEmpty();
    }

    @Test
    void everyShippedAndLabelledCardLoadsWithoutWarnings() throws IOException {
        List<Path> cards;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("prompts/cards")),
                Files.find(Path.of("src/test/resources/labelled"), 3, (p, a) -> p.getParent().endsWith("cards")))) {
            cards = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(cards).hasSizeGreaterThanOrEqualTo(14);
        for (Path p : cards) {
            assertThat(CardParser.parse(p).warnings()).as(p.toString()).isEmpty();
        }
    }
}
