package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A template slot's name said in its place with the brackets dropped is a slot read aloud: the fifteenth review's
 * "每月金额元，付款方式是付款方式" passed as eleven facts matching the card and "paying by payment method" as covered.
 */
class SpokenSlotsTest {
    private static final TemplateSlots ZH = new TemplateSlots(
            "“我跟您核对一下：您选的是[套餐]，从[起送日期]开始送，每月[金额]元，付款方式是[付款方式]，还是送到7栋2单元301门口的奶箱。对吗？”");
    private static final TemplateSlots EN = new TemplateSlots(
            "\"So that's a [load size] of kiln-dried hardwood on [day], [dumped or stacked], paying by [payment method]. That comes to $[total].\"");

    private static List<FactFlag> said(TemplateSlots slots, String text) {
        return slots.unfilled(new Turn(14, Role.CALLER, "Rep", text, 0, null, null, null, null, null, List.of()));
    }

    @Test
    void aSlotsNameInItsPlaceIsFlagged() {
        assertThat(said(ZH, "我跟您核对一下：您选的是套餐，从B开始送，每月金额元，付款方式是付款方式，还是送到7栋2单元301门口的奶箱。对吗？"))
                .singleElement().satisfies(f -> assertThat(f.type()).isEqualTo("template"));
        assertThat(said(EN, "So that's a half cord of kiln-dried hardwood on Saturday, stacked, paying by payment method.")).hasSize(1);
        assertThat(said(EN, "So that's a load size of kiln-dried hardwood on Saturday.")).hasSize(1);
    }

    @Test
    void theSlotFilledIsNot() {
        assertThat(said(ZH, "我跟您核对一下：您选的是A套餐，从7月1日开始送，每月90元，付款方式是微信，还是送到7栋2单元301门口的奶箱。对吗？")).isEmpty();
        assertThat(said(ZH, "您选的是套餐A，每月90元。")).isEmpty();
        assertThat(said(EN, "So that's a half cord of kiln-dried hardwood on Saturday, stacked, paying by check. That comes to $230.")).isEmpty();
        assertThat(said(EN, "You can pay by card over the phone now.")).isEmpty();
    }
}
