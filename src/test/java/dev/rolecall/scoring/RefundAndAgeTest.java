package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refund terms and an age for being there, said against the card with no number wrong: read off the labelled sets' misses
 * (session 55) and checked on their faithful calls.
 */
class RefundAndAgeTest {

    private static List<String> flagged(String set, String card, String file, String rep, String customer) {
        return LabelledCalls.score(set, card, file, rep, customer).invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void noRefundWhereTheCardRefunds() {
        // the card: "Fully refundable up to 24 hours before the visit" / "施工前…取消全退"
        assertThat(flagged("holdout63", "gutter-clean.md", "gutter-clean-06.txt", "Dana", "Margaret Kowalski")).contains("It's non-refundable.");
        assertThat(flagged("holdout64", "geyinchuang.md", "geyinchuang-06.txt", "郑经理", "宋丽娟")).contains("定金交了就不退了。");
        // "after that it's non-refundable" restates the window; a card that itself says no backs any "no refund"
        Sentences.split("Full refund until production starts, non-refundable after.").forEach(s ->
                assertThat(RefundTerms.wrong(s, s, card("You can cancel for a full refund until production starts.", "After that the deposit isn't refundable."))).isNull());
        assertThat(RefundTerms.wrong("It's non-refundable.", "It's non-refundable.", card("Fully refundable up to 48 hours before the visit."))).isNotNull();
        assertThat(RefundTerms.wrong("三天以内取消，就不退了。", "就不退了。", card("施工前三天以前取消都全退。"))).isNull();
    }

    @Test
    void aRefundPastTheCardsPoint() {
        assertThat(flagged("holdout58", "cansibei.md", "cansibei-06.txt", "小林客服", "何秀兰")).anyMatch(s -> s.contains("什么时候都能退"));
        assertThat(flagged("holdout58", "cansibei.md", "cansibei-08.txt", "小林", "何秀兰")).anyMatch(s -> s.contains("开始拉丝后定金也能退"));
        // "签合同前随时可退" keeps the card's deadline
        assertThat(RefundTerms.wrong("签合同前随时可退。", "签合同前随时可退。", card("签合同前随时可退，全额原路退。"))).isNull();
        // an event the card's refund lines do not name: "until the kits ship", "right up to delivery" (until production starts)
        assertThat(flagged("holdout39", "teamkit.md", "teamkit-07.txt", "Kickline", "Tricia")).anyMatch(s -> s.contains("right up to delivery"));
        assertThat(RefundTerms.wrong("Full refund until approval;", "Full refund until approval;",
                card("You can cancel for a full refund until you approve the proof;", "after that there's no refund."))).isNull();
        assertThat(RefundTerms.wrong("refundable until then.", "refundable until then.", card("Fully refundable until Friday, November 12."))).isNull();
    }

    @Test
    void faithfulCallsSayTheCardsRefund() {
        for (String[] a : new String[][] {{"holdout63", "gutter-clean.md", "gutter-clean-01.txt", "Dana Whitfield", "Margaret Kowalski"},
                {"holdout64", "geyinchuang.md", "geyinchuang-02.txt", "静享", "宋"}, {"holdout58", "cansibei.md", "cansibei-01.txt", "林晓雯", "何秀兰"},
                {"holdout39", "teamkit.md", "teamkit-01.txt", "Devon Price", "Tricia Nolan"}, {"holdout39", "teamkit.md", "teamkit-02.txt", "Kickline", "Tricia"},
                {"holdout39", "teamkit.md", "teamkit-03.txt", "Kickline Team Outfitters", "Nolan"},
                {"holdout48", "memorial-brick.md", "memorial-brick-02.txt", "Harmon Park Conservancy", "Peg"},
                {"holdout38", "taxidermy.md", "taxidermy-02.txt", "Iron Creek", "Wade"}}) {
            assertThat(flagged(a[0], a[1], a[2], a[3], a[4])).as(a[2]).isEmpty();
        }
    }

    @Test
    void someoneUnderTheCardsAgeLetsTheTechnicianIn() {
        // "Someone over 18 needs to be home to let the technician in"
        assertThat(flagged("holdout49", "isp-visit.md", "isp-visit-03.txt", "Tom Baker", "Linda Park")).contains("Your son's sixteen, that's fine, he can let them in.");
        assertThat(flagged("holdout23", "isp-visit.md", "isp-visit-03.txt", "Agent", "Customer")).contains("Yeah, that's fine, anyone over twelve can let the technician in.");
        assertThat(AgeLimits.minimum(List.of("Someone over 18 needs to be home to let the technician in."))).isEqualTo(18);
        assertThat(AgeLimits.minimum(List.of("安装当天家里要有成年人在，窗台提前清空。"))).isEqualTo(18);
        assertThat(AgeLimits.minimum(List.of("You must be 18 or over to jump."))).isZero(); // not about being there
        // a son said to be fine for something else is not let in: "您儿子晚上照常睡那屋没问题" (a safety matter, flagged otherwise or not)
        assertThat(LabelledCalls.score("holdout64", "geyinchuang.md", "geyinchuang-07.txt", "郑凯", "宋丽娟").invented())
                .noneMatch(f -> f.card().contains("or over"));
        for (String set : new String[] {"holdout49", "holdout23", "holdout16"}) {
            assertThat(flagged(set, "isp-visit.md", "isp-visit-01.txt", "Tom Baker", "Linda Park")).as(set).isEmpty();
        }
    }

    private static RefundTerms.Card card(String... sentences) {
        return RefundTerms.ofCard(List.of(sentences));
    }
}
