package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the forty-sixth held-out set (ceramics mending 金缮/锔钉 in Chinese, public-radio underwriting in English, plus
 * installment and isp-visit) exposed on its first run: faithful calls capped by false flags, endings read wrong.
 */
class Holdout46ReadTest {
    private static Scorecard score(String card, String file, String rep, String customer) {
        return LabelledCalls.score("holdout46", card, file, rep, customer);
    }

    /**
     * "好，周六上午。锔钉大概7天，3月20号周六前后可以取": the customer took the card's 3月13日周六 slot, and 7天 later is the card's
     * own pick-up day, not an invented date.
     */
    @Test
    void aPickUpDayCountedFromThePickedSlotIsTheCards() {
        Scorecard s = score("jinshan.md", "jinshan-03.txt", "林客服", "周振华");
        assertThat(s.invented()).noneMatch(f -> f.type().equals("date"));
    }

    /** "修好了不能进微波炉和洗碗机哈" denies what the card forbids saying (不能说修好能进微波炉): a negation inside the action. */
    @Test
    void aForbiddenClaimDeniedIsNoContradiction() {
        Scorecard s = score("jinshan.md", "jinshan-04.txt", "林晓雯", "周振华");
        assertThat(s.invented()).noneMatch(f -> f.said().contains("微波炉"));
    }

    /**
     * "26 wks: ½ ($975) before start" is half the $1,950 named; "1 week's notice" is the card's "with a week's notice"; "not the
     * 20%" repeats the customer's "20% off". The call is faithful, and nothing is flagged.
     */
    @Test
    void halfAPriceAWeeksNoticeAndTheCustomersOwnPercentAreNotInvented() {
        Scorecard s = score("underwriting.md", "underwriting-02.txt", "WKVR", "Gus");
        assertThat(s.invented()).isEmpty();
        assertThat(FactExtractor.extract("Yes, once every 13 weeks at no charge, with a week's notice."))
                .anyMatch(f -> f.type() == Fact.Type.DURATION && f.said().equals("1 week"));
        assertThat(FactExtractor.extract("three fifteen-second messages a week")).noneMatch(f -> f.type() == Fact.Type.DURATION);
    }

    /** "seventy-eight messages for twenty-one fifty": a price in hundreds as two numbers, against the card's $1,950. */
    @Test
    void aPriceInHundredsSaidAsTwoNumbersIsRead() {
        Scorecard s = score("underwriting.md", "underwriting-08.txt", "Nora Lindqvist", "Gus Papadakis");
        assertThat(s.invented()).anyMatch(f -> f.type().equals("money") && f.said().startsWith("$2150"));
        assertThat(FactExtractor.extract("I can book you for eleven thirty.")).noneMatch(f -> f.type() == Fact.Type.MONEY);
        assertThat(FactExtractor.extract("That's nineteen fifty.")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("1950"));
    }

    /** "锔钉每颗二十五": a price per nail with no unit, against the card's 每颗30块. */
    @Test
    void aPricePerPieceWithNoUnitIsChecked() {
        Scorecard s = score("jinshan.md", "jinshan-07.txt", "林晓雯", "周振华");
        assertThat(s.invented()).anyMatch(f -> f.type().equals("money") && f.said().equals("25"));
    }

    /** "我的工号是6201" where the card's rep is 工号6021: a staff number the customer will check with the hotline. */
    @Test
    void aWrongStaffNumberIsFlagged() {
        Scorecard s = score("installment.md", "installment-04.txt", "周敏", "陈伟");
        assertThat(s.invented()).anyMatch(f -> f.said().contains("6201"));
    }

    /**
     * Endings: "Have a good afternoon." names no call-back time (the customer's "tomorrow, two o'clock" stands); "Don't. I said
     * no." closed as an agreed call-back is not borne out, nor is a booking ("你给我登记上") closed with the refusal line, nor
     * "我说了我要先核实。" closed as done.
     */
    @Test
    void endingsAreReadFromWhatTheCustomerSaid() {
        assertThat(score("underwriting.md", "underwriting-05.txt", "Kettle Valley Public Radio", "Gus").critical())
                .noneMatch(c -> c.contains("ending not borne out"));
        assertThat(score("underwriting.md", "underwriting-08.txt", "Nora Lindqvist", "Gus Papadakis").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("no call-back time was agreed"));
        assertThat(score("jinshan.md", "jinshan-08.txt", "林晓雯", "周振华").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("never declined"));
        assertThat(score("installment.md", "installment-04.txt", "周敏", "陈伟").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("我说了我要先核实"));
    }
}
