package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the card requires, let off ("交房通知书不用带", "no need for a doctor's note"), and options the rep picks for the
 * customer on cards whose goal names none ("我先给您把香肠定上", "I'll put you down for that"), read on sets read before.
 */
class WaiversAndChoicesTest {

    private static List<FactFlag> flags(String set, String card, String file, String rep, String customer) {
        return LabelledCalls.score(set, card, file, rep, customer).invented();
    }

    private static List<String> waived(String set, String card, String file, String rep, String customer) {
        return flags(set, card, file, rep, customer).stream().filter(f -> f.type().equals("waived")).map(FactFlag::said).toList();
    }

    @Test
    void aRequirementLetOffIsFlaggedAgainstTheCardSentenceRequiringIt() {
        assertThat(waived("holdout11", "swim-class.md", "swim-class-07.txt", "邵雨桐", "钱志远")).anyMatch(s -> s.contains("泳帽不想戴也没关系"));
        assertThat(waived("holdout51", "yanfang.md", "yanfang-06.txt", "程晓雯", "韩雪")).anyMatch(s -> s.contains("交房通知书不用带"));
        assertThat(waived("holdout38", "taxidermy.md", "taxidermy-06.txt", "Dana Whitaker", "Wade Mercer"))
                .anyMatch(s -> s.contains("confirmation number"));
        assertThat(waived("holdout29", "skydive.md", "skydive-06.txt", "Priya Raman", "Marcus Bell")).anyMatch(s -> s.contains("doctor's note"));
    }

    @Test
    void whatTheCardLetsOffItselfOrNeverRequiredIsNotFlagged() {
        // "You don't have to be home, as long as the lid is uncovered…" is the card's own
        assertThat(waived("holdout30", "septic.md", "septic-01.txt", "Carla Mendes", "Gary Holt")).isEmpty();
        assertThat(waived("holdout59", "tree-pruning.md", "tree-pruning-01.txt", "Marcus Bell", "Eleanor Hatcher")).isEmpty();
        // "the parent doesn't have to stay" lets off staying, not the parent's consent form
        assertThat(waived("holdout28", "studio.md", "studio-01.txt", "Jess Okafor", "Tyler Nguyen")).isEmpty();
        // "有电梯就不用。" answers a condition, it lets nothing off
        assertThat(waived("holdout23", "delivery.md", "delivery-04.txt", "坐席", "客户")).isEmpty();
    }

    @Test
    void anOptionPickedForTheCustomerOnACardWhoseStepOffersIt() {
        // the step "讲两种加工方式，让客户选" offers 柏树枝烟熏腊肉 and 川味香肠; "做腊肉还是香肠我要问下我老伴" chose neither
        assertThat(flags("holdout45", "lawei.md", "lawei-07.txt", "何婷", "罗秀英"))
                .anyMatch(f -> f.type().equals("picked") && f.said().contains("给您把香肠定上"));
        // "go Full-Motion, I'll just put you down for that"
        assertThat(flags("holdout41", "tvmount.md", "tvmount-06.txt", "Janelle", "Curtis"))
                .anyMatch(f -> f.type().equals("picked") && f.card().contains("Full-Motion"));
        // "晚上睡不着" in the customer's story left the option to the rep
        assertThat(flags("holdout63", "chujiaquan.md", "chujiaquan-07.txt", "林晓雯", "何建平"))
                .anyMatch(f -> f.type().equals("picked") && f.said().contains("深度治理"));
        // "The assessment's Saturday, June 19, 2 to 3 — I'll put you down for that"
        assertThat(flags("holdout58", "home-organizer.md", "home-organizer-07.txt", "Priya Raman", "Mr. W."))
                .anyMatch(f -> f.type().equals("picked") && f.said().contains("put you down for that"));
    }

    @Test
    void aDayTheCustomerTurnedDownOrNeverNamedIsPickedForThem() {
        // "周四上午我反正不在家。" then "我就给您约周四上午九点到十一点了"
        assertThat(flags("holdout17", "purifier-filter.md", "purifier-filter-08.txt", "林晓", "周丽华"))
                .anyMatch(f -> f.type().equals("picked") && f.card().contains("turned that day down"));
        // "3月20日周六" is the 20th, not the customer's own Saturday ("四月二十四号结婚")
        assertThat(flags("holdout59", "shougongxie.md", "shougongxie-07.txt", "邓佳音", "罗先生"))
                .anyMatch(f -> f.type().equals("picked") && f.said().contains("3月20日周六"));
    }

    @Test
    void anOptionTheCustomerChoseInOwnWordsOrNamedIsNotPickedForThem() {
        // "那我就自己抄吧，六百八的" chose 自书 in words of its own (a B call, capped at 53 by a flag here)
        assertThat(flags("holdout44", "yizhu.md", "yizhu-04.txt", "周晓雯", "冯德厚")).noneMatch(f -> f.type().equals("picked"));
        // "半层。…就半层。": the rep's 平层 is a wrong record, which the ending reads, not a pick
        assertThat(flags("holdout31", "jiati.md", "jiati-08.txt", "何丽萍", "吴国栋")).noneMatch(f -> f.type().equals("picked"));
    }
}
