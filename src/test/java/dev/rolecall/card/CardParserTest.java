package dev.rolecall.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardParserTest {
    static final Path SEED = Path.of("prompts/cards/renewal.md");
    static final Path CARDS = Path.of("src/test/resources/cards");

    @Test
    void seedCardCallerSide() {
        Side c = CardParser.parse(SEED).caller();
        assertThat(c.name()).isEqualTo("李明");
        assertThat(c.organization()).isEqualTo("长江公司");
        assertThat(c.roleText()).startsWith("企业云服务产品续费专员");
        assertThat(c.task()).startsWith("提醒已使用企业云服务的客户续费年度服务");
        assertThat(c.knowledge()).contains("泰山公司的系统管理员");
        assertThat(c.steps()).extracting(ScriptStep::title).containsExactly("身份确认与沟通切入",
                "服务到期提醒&需求精准捕捉", "优惠政策清晰告知&续费周期选择", "操作路径详细指导&个性化资料发送",
                "问题直接收集与现场快速响应承诺", "流程确认和即时总结，便于客户闭环处理");
        assertThat(c.steps()).extracting(ScriptStep::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(c.steps().get(0).lines()).hasSize(3)
                .first().isEqualTo("您好，请问是泰山公司的系统管理员张强吗？我是长江云服务续费专员李明。");
        assertThat(c.steps().get(5).lines()).hasSize(2);
        assertThat(c.steps().get(2).line()).isEqualTo(26);
        assertThat(c.qa()).hasSize(8);
        assertThat(c.qa().get(0).question()).isEqualTo("续费价格还有优惠吗？");
        assertThat(c.qa().get(5).answer()).startsWith("13812345678直达客服，邮箱call@xbench.com");
        assertThat(c.opening()).startsWith("您好张强，这里是长江平台云服务续费专员李明。").endsWith("现在方便高效沟通吗？");
        assertThat(c.endConditions()).extracting(EndCondition::number).containsExactly(1, 2, 3, 4);
        assertThat(c.endConditions().get(2).text()).isEqualTo("客户明确拒绝续费或要求终止沟通，或因工作紧张需立即挂断");
        assertThat(c.closings()).hasSize(3).first().asString().startsWith("感谢您的高效反馈");
        assertThat(c.sections()).extracting(Section::title).contains("角色", "开场白", "结束语");
        assertThat(c.line()).isEqualTo(1);
    }

    @Test
    void seedCardCalleeSide() {
        Side e = CardParser.parse(SEED).callee();
        assertThat(e.name()).isEqualTo("张强");
        assertThat(e.organization()).isEqualTo("泰山公司");
        assertThat(e.line()).isEqualTo(79);
        assertThat(e.background()).contains("主账户管理员");
        assertThat(e.concerns()).extracting(Concern::level)
                .containsExactly(Concern.Level.PRIMARY, Concern.Level.SECONDARY, Concern.Level.LATENT);
        assertThat(e.concerns().get(0).text()).startsWith("价格有没有变动");
        assertThat(e.behaviours()).hasSize(6).first().asString().startsWith("开场略焦躁");
        assertThat(e.badExamples()).hasSize(3);
        assertThat(e.badExamples().get(0).note()).isEqualTo("太客气、内容冗长、无针对性");
        assertThat(e.goodExamples()).hasSize(7);
        assertThat(e.goodExamples().get(0).text()).isEqualTo("说下今年最低价，有没有现场能争取的折扣？流程和发票能否当天搞定？");
        assertThat(e.endConditions()).hasSize(4);
        assertThat(e.endConditions().get(3).text()).startsWith("对方无法承诺当天发票/合同");
        assertThat(e.steps()).isEmpty();
    }

    @Test
    void namesCanBeOverridden() {
        Card c = CardParser.parse(SEED).withNames("王磊", null);
        assertThat(c.caller().displayName()).isEqualTo("王磊");
        assertThat(c.callee().displayName()).isEqualTo("张强");
    }

    @Test
    void otherHeadingLevelsQuotesAndNumbering() {
        Card c = CardParser.parse(CARDS.resolve("variant-levels.md"));
        assertThat(c.caller().name()).isEqualTo("周敏");
        assertThat(c.caller().organization()).isEqualTo("蓝海电信");
        assertThat(c.callee().name()).isEqualTo("孙丽");
        assertThat(c.caller().steps()).extracting(ScriptStep::title).containsExactly("确认身份", "介绍续约优惠", "约定办理方式");
        assertThat(c.caller().steps().get(1).lines()).containsExactly("现在续约两年，月费降到99元。", "续约还送一个月免费。");
        assertThat(c.caller().steps().get(2).lines()).containsExactly("您可以在营业厅或者线上办理。");
        assertThat(c.caller().opening()).startsWith("您好孙丽");
        assertThat(c.caller().endConditions()).extracting(EndCondition::text).containsExactly("客户同意续约", "客户拒绝");
        assertThat(c.callee().endConditions()).extracting(EndCondition::text).containsExactly("孙丽同意办理", "孙丽挂断");
        assertThat(c.caller().qa()).isEmpty();
        assertThat(c.callee().style()).isEmpty();
    }

    @Test
    void minimalEnglishCardWithBulletConditionsAndChineseStepWords() {
        Card c = CardParser.parse(CARDS.resolve("variant-minimal.md"));
        assertThat(c.caller().steps()).extracting(ScriptStep::title).containsExactly("Greet", "Remind");
        assertThat(c.caller().steps().get(0).lines()).containsExactly("Hello, this is the pharmacy.");
        assertThat(c.caller().endConditions()).hasSize(2);
        assertThat(c.callee().endConditions()).extracting(EndCondition::number).containsExactly(1, 2);
    }

    @Test
    void englishCard() {
        Card c = CardParser.parse(Path.of("prompts/cards/english-support.md"));
        assertThat(c.caller().name()).isEqualTo("Sarah Lee");
        assertThat(c.callee().name()).isEqualTo("Mark Davis");
        assertThat(c.caller().steps()).hasSize(5);
        assertThat(c.caller().steps().get(2).lines()).first().asString().contains("$10,200");
        assertThat(c.caller().qa()).hasSize(5);
        assertThat(c.caller().opening()).startsWith("Hi, is this Mark Davis?");
        assertThat(c.callee().goodExamples()).hasSize(4);
        assertThat(c.callee().badExamples()).hasSize(2);
        assertThat(c.callee().concerns()).extracting(Concern::level)
                .containsExactly(Concern.Level.PRIMARY, Concern.Level.SECONDARY, Concern.Level.LATENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"renewal.md", "delivery.md", "clinic.md", "english-support.md"})
    void everyShippedCardIsComplete(String name) {
        Card c = CardParser.parse(Path.of("prompts/cards", name));
        for (Side s : List.of(c.caller(), c.callee())) {
            assertThat(s.name()).as(name + " " + s.role() + " name").isNotBlank();
            assertThat(s.endConditions()).as(name + " end conditions").hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(c.caller().steps()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(st -> assertThat(st.lines()).isNotEmpty());
        assertThat(c.caller().qa()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(c.caller().opening()).isNotBlank();
        assertThat(c.caller().closings()).isNotEmpty();
        assertThat(c.callee().concerns()).hasSize(3);
        assertThat(c.callee().goodExamples()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(c.sha256()).hasSize(64);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "broken-no-caller.md|1|no caller section",
            "broken-no-callee.md|8|no callee section",
            "broken-no-steps.md|6|the caller has no numbered script steps",
            "broken-no-end.md|15|the callee has no numbered end conditions"})
    void brokenCardsNameFileAndLine(String name, int line, String problem) {
        Path file = CARDS.resolve(name);
        assertThatThrownBy(() -> CardParser.parse(file))
                .isInstanceOf(CardException.class)
                .hasMessageStartingWith(file + ":" + line + ": " + problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void missingAndEmptyFiles(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        assertThatThrownBy(() -> CardParser.parse(tmp.resolve("nope.md"))).hasMessageContaining("nope.md:1: card file not found");
        Path empty = Files.writeString(tmp.resolve("empty.md"), "  \n");
        assertThatThrownBy(() -> CardParser.parse(empty)).hasMessageContaining("empty.md:1: the card is empty");
    }
}
