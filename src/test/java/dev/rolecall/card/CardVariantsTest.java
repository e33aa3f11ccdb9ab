package dev.rolecall.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cards "of this shape, differing a little": step numbering and end-condition headings that card writers
 * actually used (holdout4's first drafts were rejected for them), and a few more of the same kind.
 */
class CardVariantsTest {
    static final Path CARDS = Path.of("src/test/resources/cards");
    static final Path FILE = Path.of("variant.md");

    /** A small Chinese card; {@code %STEPS%} and {@code %END%} are filled in by each test. */
    static final String ZH = """
            ## 电话拨打方

            ### 角色
            宽带续约顾问，姓名：周敏，代表蓝海电信。

            %SCRIPT%
            %STEPS%

            ### 开场白
            「您好，我是蓝海电信的周敏。」

            %END%
            1. 客户同意续约
            2. 客户拒绝

            ## 电话接听方

            ### 角色
            孙丽，上班族。

            %END%
            1. 孙丽同意办理
            2. 孙丽挂断
            """;

    static final String EN = """
            ## Caller

            ### Role
            Renewal advisor, Dana Price, from Bluewave.

            %SCRIPT%
            %STEPS%

            ### Opening line
            "Hi, this is Dana from Bluewave."

            %END%
            1. The customer agrees
            2. The customer declines

            ## Callee

            ### Role
            Sam Lee, office worker.

            %END%
            1. Sam agrees
            2. Sam hangs up
            """;

    static final List<String> ZH_TITLES = List.of("确认身份", "介绍续约优惠", "约定办理方式");
    static final List<String> EN_TITLES = List.of("Confirm identity", "Explain the offer", "Agree how to sign up");
    static final String[] ZH_NUM = {"一", "二", "三"};
    static final String[] EN_NUM = {"one", "two", "three"};

    static Card card(String template, String script, String stepFormat, String endHeading) {
        boolean zh = template == ZH;
        List<String> titles = zh ? ZH_TITLES : EN_TITLES;
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < titles.size(); i++) {
            String n = String.valueOf(i + 1);
            String line = stepFormat.replace("N", n).replace("W", (zh ? ZH_NUM : EN_NUM)[i])
                    .replace("Ｎ", String.valueOf((char) ('０' + i + 1))).replace("TITLE", titles.get(i));
            steps.append(line).append('\n');
            steps.append(zh ? "   - 「第" + n + "步的话。」\n" : "   - \"Line of step " + n + ".\"\n");
            steps.append('\n');
        }
        String text = template.replace("%SCRIPT%", script).replace("%STEPS%", steps).replace("%END%", endHeading);
        return CardParser.parse(FILE, text);
    }

    static void assertSteps(Card c, List<String> titles) {
        assertThat(c.caller().steps()).extracting(ScriptStep::title).containsExactlyElementsOf(titles);
        assertThat(c.caller().steps()).extracting(ScriptStep::number).containsExactly(1, 2, 3);
        assertThat(c.caller().steps()).allSatisfy(s -> assertThat(s.lines()).hasSize(1));
        assertThat(c.caller().steps().get(1).lines().get(0)).matches("第2步的话。|Line of step 2\\.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "N. **TITLE**",              // the bundled cards' shape
            "**步骤N｜TITLE**",            // parking draft (bold line, full-width bar)
            "步骤N：TITLE",
            "步骤N | TITLE",
            "步骤W：TITLE",
            "第N步：TITLE",
            "第W步：TITLE",
            "第W步 TITLE",
            "W、TITLE",                   // 一、 numbering
            "Ｎ．TITLE",                   // full-width digits and dot
            "Ｎ、TITLE",
            "（W）TITLE",
            "N）TITLE",
            "N️⃣ TITLE",                  // keycap emoji
            "- **第N步**：TITLE",
            "#### 第N步：TITLE",          // step headings under the script heading
            "#### N. TITLE",
            "**N. TITLE**"})
    void chineseStepNumbering(String format) {
        assertSteps(card(ZH, "### 分步流程和话术", format, "### 结束条件"), ZH_TITLES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Step N — TITLE",            // dental draft
            "Step N – TITLE",
            "Step N - TITLE",
            "Step N: TITLE",
            "Step N. TITLE",
            "Step N) TITLE",
            "STEP N TITLE",
            "Step W: TITLE",
            "**Step N — TITLE**",
            "**Step N:** TITLE",
            "- Step N: TITLE",
            "N) TITLE",
            "N - TITLE",
            "N: TITLE",
            "#### Step N — TITLE",
            "#### N) TITLE",
            "Phase N: TITLE"})
    void englishStepNumbering(String format) {
        assertSteps(card(EN, "### Call flow", format, "### End conditions"), EN_TITLES);
    }

    @Test
    void stepHeadingsWithoutAScriptHeadingAreTheScript() {
        assertSteps(card(EN, "", "### Step N — TITLE", "### End conditions"), EN_TITLES);
        assertSteps(card(ZH, "", "### 第W步：TITLE", "### 结束条件"), ZH_TITLES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "### 结束条件", "### 什么时候结束通话", "### 何时结束通话", "### 挂断条件", "### 通话结束的条件",
            "### 什么情况下可以挂电话", "### 🏁 结束条件：", "### 结束条件:", "**结束条件：**", "#### 三、结束条件",
            "### 结束条件（满足任一即可）"})
    void chineseEndConditionHeadings(String heading) {
        Card c = card(ZH, "### 分步流程和话术", "N. **TITLE**", heading);
        assertThat(c.caller().endConditions()).extracting(EndCondition::text).containsExactly("客户同意续约", "客户拒绝");
        assertThat(c.callee().endConditions()).extracting(EndCondition::text).containsExactly("孙丽同意办理", "孙丽挂断");
        assertThat(c.caller().closings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "### End conditions", "### When the call can end", "### When the call ends", "### When to end the call",
            "### Ending the call", "### End conditions for the call", "### End conditions:", "### ✅ End conditions",
            "### Hang-up conditions", "**End conditions:**"})
    void englishEndConditionHeadings(String heading) {
        Card c = card(EN, "### Script", "N. **TITLE**", heading);
        assertThat(c.caller().endConditions()).extracting(EndCondition::text)
                .containsExactly("The customer agrees", "The customer declines");
        assertThat(c.callee().endConditions()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"### 结束语|结束语", "### 结束通话时的话术|结束通话时的话术",
            "### Closing lines|Closing lines", "### What to say at the end of the call|x"})
    void closingHeadingsAreNotEndConditions(String heading, String ignored) {
        String text = ZH.replace("%SCRIPT%", "### 分步流程和话术").replace("%STEPS%", "1. **确认身份**\n   - 「您好。」\n")
                .replaceFirst("%END%", heading + "\n- 「感谢您的时间，再见！」\n\n### 结束条件")
                .replace("%END%", "### 结束条件");
        Card c = CardParser.parse(FILE, text);
        assertThat(c.caller().closings()).containsExactly("感谢您的时间，再见！");
        assertThat(c.caller().endConditions()).hasSize(2);
    }

    @Test
    void numberedLinesUnderAStepStayItsLines() {
        String steps = """
                第一步：确认身份
                1. 「您好，请问是孙丽女士吗？」
                2. 「我是蓝海电信的周敏。」
                第二步：介绍续约优惠
                1. 「现在续约两年，月费降到99元。」
                """;
        Card c = CardParser.parse(FILE, ZH.replace("%SCRIPT%", "### 分步流程").replace("%STEPS%", steps)
                .replace("%END%", "### 结束条件"));
        assertThat(c.caller().steps()).extracting(ScriptStep::title).containsExactly("确认身份", "介绍续约优惠");
        assertThat(c.caller().steps().get(0).lines()).containsExactly("您好，请问是孙丽女士吗？", "我是蓝海电信的周敏。");
    }

    @Test
    void numbersInsideTextAreNotItems() {
        assertThat(CardLines.numbered("1.5万以内不用审批")).isNull();
        assertThat(CardLines.numbered("10:30 到 11:00")).isNull();
        assertThat(CardLines.numbered("Steps to follow")).isNull();
        assertThat(CardLines.numbered("Step 10 — Last").text()).isEqualTo("Last");
    }

    @Test
    void holdout4DraftsParse() {
        Card dental = CardParser.parse(CARDS.resolve("variant-step-dash.md"));
        assertThat(dental.caller().steps()).extracting(ScriptStep::title).containsExactly("Confirm identity",
                "Say why you're calling", "Go over coverage and cost", "Offer appointment times",
                "Confirm and explain the policy");
        assertThat(dental.caller().steps()).allSatisfy(s -> assertThat(s.lines()).hasSize(2));
        assertThat(dental.caller().steps().get(0).line()).isEqualTo(16);
        Card parking = CardParser.parse(CARDS.resolve("variant-bold-step-bar.md"));
        assertThat(parking.caller().steps()).extracting(ScriptStep::title).containsExactly("核实身份，说明来意",
                "说明续租价格和付款周期", "说明缴费方式和截止日期", "讲清逾期规则", "确认选择，告知发票和联系电话");
        assertThat(parking.caller().steps()).allSatisfy(s -> assertThat(s.lines()).hasSize(2));
        assertThat(parking.caller().steps().get(1).lines().get(1)).startsWith("年付打九五折");
        assertThat(parking.caller().steps().get(4).line()).isEqualTo(32);
        assertThat(parking.caller().endConditions()).hasSize(4);
    }

    @Test
    void sectionHeadingsInOtherWords() {
        // holdout4's cards: 人设 / 关心什么 / 说话习惯 / 业主常问的问题; Who he is / What's on his mind / How he talks
        Card parking = CardParser.parse(Path.of("src/test/resources/labelled/holdout4/cards/parking.md"));
        assertThat(parking.callee().name()).isEqualTo("吴建华");
        assertThat(parking.callee().roleText()).startsWith("吴建华，52岁");
        assertThat(parking.caller().roleText()).startsWith("安和物业锦绣花园服务中心的车位管理员");
        assertThat(parking.caller().qa()).hasSize(11);
        assertThat(parking.callee().concerns()).extracting(Concern::level)
                .containsExactly(Concern.Level.PRIMARY, Concern.Level.SECONDARY, Concern.Level.LATENT);
        assertThat(parking.callee().behaviours()).hasSize(4).first().asString().startsWith("开口先问");
        Card dental = CardParser.parse(Path.of("src/test/resources/labelled/holdout4/cards/dental-recall.md"));
        assertThat(dental.callee().roleText()).startsWith("Ray Donnelly, 41");
        assertThat(dental.callee().concerns()).hasSize(3).first().extracting(Concern::text).asString()
                .startsWith("what it will cost him");
        assertThat(dental.callee().behaviours()).hasSize(4);
        assertThat(dental.caller().qa()).hasSize(9);
        Card claim = CardParser.parse(Path.of("src/test/resources/labelled/holdout3/cards/claim.md"));
        assertThat(claim.caller().knowledge()).contains("报案号TH0416087");
        assertThat(claim.caller().steps()).hasSize(5);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {"客户|答复", "用户|回复", "Customer|Rep", "Patient|A", "Q|Answer"})
    void qaEntriesLabelledByWhoSpeaks(String asker, String answerer) {
        // holdout5's plan-downgrade card wrote '- 客户：降档要交违约金吗？' / '  - 答复：不用。…': its nine entries were read as none,
        // and the offline rep answered every question with "核实后回复您"
        String card = ZH.replace("%SCRIPT%", "### 常见问题与标准答复\n- " + asker + "：降档要交违约金吗？\n  - " + answerer
                        + "：不用。您现在没有合约。\n- " + asker + ": 宽带会断吗？\n  - " + answerer + ": 不会。\n\n### 通话流程")
                .replace("%STEPS%", "1. 开场\n   - 「您好」\n2. 介绍\n   - 「续约九五折」").replace("%END%", "### 结束条件");
        Card c = CardParser.parse(FILE, card);
        assertThat(c.caller().qa()).extracting(QaPair::question).containsExactly("降档要交违约金吗？", "宽带会断吗？");
        assertThat(c.caller().qa()).extracting(QaPair::answer).containsExactly("不用。您现在没有合约。", "不会。");
        assertThat(CardParser.parse(Path.of("src/test/resources/labelled/holdout5/cards/plan-downgrade.md")).caller().qa()).hasSize(9);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {"## 呼出方：套餐挽留专员|## 接听方：用户", "## 去电方|## 被叫方", "## 外呼方|## 客户方"})
    void sideHeadingsInOtherWords(String caller, String callee) {
        // holdout5's first draft opened with '## 呼出方' and was refused as having no caller section
        String card = ZH.replace("## 电话拨打方", caller).replace("## 电话接听方", callee)
                .replace("%SCRIPT%", "### 分步流程和话术").replace("%STEPS%", "1. 开场\n   - 「您好」\n2. 介绍\n   - 「续约九五折」")
                .replace("%END%", "### 结束条件");
        Card c = CardParser.parse(FILE, card);
        assertThat(c.caller().steps()).hasSize(2);
        assertThat(c.callee().endConditions()).hasSize(2);
    }

    @Test
    void aCardWithoutStepsOrEndConditionsStillSaysWhereInOneLine() {
        String prose = "Greet the customer and explain the offer.\n";
        assertThatThrownBy(() -> CardParser.parse(FILE, EN.replace("%SCRIPT%", "### Call flow").replace("%STEPS%", prose)
                .replace("%END%", "### End conditions")))
                .isInstanceOf(CardException.class)
                .hasMessageStartingWith("variant.md:6: the caller has no numbered script steps")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        String noEnd = EN.replace("%SCRIPT%", "### Call flow").replace("%STEPS%", "1. **Greet**\n   - \"Hi.\"\n")
                .replaceFirst("%END%", "### End conditions").replace("%END%", "### Notes");
        assertThatThrownBy(() -> CardParser.parse(FILE, noEnd))
                .hasMessageStartingWith("variant.md:18: the callee has no numbered end conditions")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
