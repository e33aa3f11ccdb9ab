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
            "**N. TITLE**",
            "#### N · TITLE"})            // review 21 draft
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
            "Phase N: TITLE",
            "#### N · TITLE"})            // review 21 draft
    void englishStepNumbering(String format) {
        assertSteps(card(EN, "### Call flow", format, "### End conditions"), EN_TITLES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"### How the call goes", "### Call outline", "### Call steps", "### 通话环节", // holdout10 drafts
            "### Talk track", "### Talk-track steps"}) // review 21 drafts
    void scriptHeadingsInOtherWords(String heading) {
        assertSteps(card(EN, heading, "N. TITLE", "### End conditions"), EN_TITLES);
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
            "### 结束条件（满足任一即可）", "### 何时收尾", "### 什么时候收尾"}) // the last two: review 21 drafts
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
            "### Hang-up conditions", "**End conditions:**",
            "### When the call is over", "### When the call is done", "### When he hangs up", // holdout6 drafts
            "### The call can end when", "### He ends the call when", // holdout10 drafts
            "### Wrap when", "### Hangs up when"}) // review 21 drafts
    void englishEndConditionHeadings(String heading) {
        Card c = card(EN, "### Script", "N. **TITLE**", heading);
        assertThat(c.caller().endConditions()).extracting(EndCondition::text)
                .containsExactly("The customer agrees", "The customer declines");
        assertThat(c.callee().endConditions()).hasSize(2);
    }

    /**
     * Review 21's first drafts: sides named by who dials ("打电话的人", "Outbound") were "no caller section"; script lines in
     * Markdown blockquotes were dropped silently (the rep said the step's title); "Q. …" / "A. …" had the "A." spoken.
     */
    @Test
    void sidesNamedByWhoDialsBlockquotedLinesAndDottedQaLabelsAreRead() {
        String zh = ZH.replace("## 电话拨打方", "# 甲方：茶园客服（打电话的人）").replace("## 电话接听方", "# 乙方：老顾客（接电话的人）")
                .replace("%SCRIPT%", "### 话术流程").replace("%STEPS%", "#### 环节一：问候确认\n> 周总您好，我是茶园的小方。\n")
                .replace("%END%", "### 结束条件");
        Card c = CardParser.parse(FILE, zh);
        assertThat(c.caller().steps()).extracting(ScriptStep::lines).containsExactly(List.of("周总您好，我是茶园的小方。"));
        assertThat(c.callee().roleText()).contains("孙丽");
        String en = EN.replace("## Caller", "# Side 1 · Outbound: Exhibitor Services").replace("## Callee", "# Side 2 · Inbound: the exhibitor")
                .replace("%SCRIPT%", "### Talk track").replace("%STEPS%", "#### 1 · Confirm the contact\n> Hi, is this Rob?\n\n"
                        + "### FAQ\n- Q. Can I bring my own forklift?\n  A. No, the building only allows Summit Freight.\n")
                .replace("%END%", "### When the call ends");
        Card e = CardParser.parse(FILE, en);
        assertThat(e.caller().steps()).extracting(ScriptStep::lines).containsExactly(List.of("Hi, is this Rob?"));
        assertThat(e.caller().qa()).extracting(QaPair::question, QaPair::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Can I bring my own forklift?", "No, the building only allows Summit Freight."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"### 结束语|结束语", "### 结束通话时的话术|结束通话时的话术",
            "### Closing lines|Closing lines", "### What to say at the end of the call|x",
            "### What to say when the call ends|x", "### Last thing you say|x",
            "### 挂电话前说|x", "### 收尾用语|x", "### 结束时说（挑一句）|x", "### Goodbyes|x"})   // holdout10 drafts
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

    /** holdout75's first drafts: "**【第一步】开场问候**" and "【步骤一】开场问候" had failed the card with no numbered steps. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"**【第一步】确认身份**|**【第二步】介绍续约优惠**", "【步骤一】确认身份|【步骤二】介绍续约优惠",
            "[Step 1] 确认身份|[Step 2] 介绍续约优惠", "〔第1步〕确认身份|〔第2步〕介绍续约优惠",
            // holdout76's first draft: "（第一步）开场问候"
            "（第一步）确认身份|（第二步）介绍续约优惠", "(第1步) 确认身份|(第2步) 介绍续约优惠"})
    void bracketedStepWords(String first, String second) {
        String steps = first + "\n> 『您好，请问是孙丽女士吗？』\n\n" + second + "\n> 『现在续约两年，月费降到99元。』\n";
        Card c = CardParser.parse(FILE, ZH.replace("%SCRIPT%", "### 话术步骤（照顺序来）").replace("%STEPS%", steps)
                .replace("%END%", "### 结束条件"));
        assertThat(c.caller().steps()).extracting(ScriptStep::title).containsExactly("确认身份", "介绍续约优惠");
        assertThat(c.caller().steps()).extracting(ScriptStep::lines)
                .containsExactly(List.of("您好，请问是孙丽女士吗？"), List.of("现在续约两年，月费降到99元。"));
    }

    /**
     * holdout76's first drafts: steps under "## Walking through the call" had failed the card with no numbered steps; "Her
     * story", "What she's worried about", "Her way of talking", "What we know about the customer" and 过往经历 were kept only
     * as background; "反例：" / "正例：" lead-ins were not read, nor bullets of how she talks under "## Her speaking style".
     */
    @Test
    void holdout76DraftHeadings() {
        String steps = "**Step one:** Confirm identity\n- \u201cHi, is this Sam Lee?\u201d\n\n**Step two:** Explain the offer\n"
                + "- \u201cRenew for two years at $99 a month.\u201d\n";
        Card en = CardParser.parse(FILE, EN.replace("%SCRIPT%", "### Walking through the call").replace("%STEPS%", steps)
                .replace("%END%", "### End conditions")
                .replace("Sam Lee, office worker.\n", "Sam Lee, office worker.\n\n### Her story\nMoved in last spring.\n\n"
                        + "### What she's worried about\n- The price going up\n\n### Her way of talking\n- Short answers\n\n"
                        + "### Her speaking style\n- Repeats figures: \"Ninety-nine. Okay.\"\n"));
        assertThat(en.caller().steps()).extracting(ScriptStep::title).containsExactly("Confirm identity", "Explain the offer");
        assertThat(en.callee().background()).contains("Moved in last spring");
        assertThat(en.callee().concerns()).extracting(Concern::text).containsExactly("The price going up");
        assertThat(en.callee().behaviours()).contains("Short answers").anyMatch(b -> b.startsWith("Repeats figures"));
        assertThat(en.warnings()).isEmpty();
        assertThat(SectionKind.of("What we know about the customer")).isEqualTo(SectionKind.KNOWLEDGE);
        assertThat(SectionKind.of("过往经历")).isEqualTo(SectionKind.BACKGROUND);
        Card zh = CardParser.parse(FILE, ZH.replace("%SCRIPT%", "### 分步流程").replace("%STEPS%", "1. **确认身份**\n   - 「您好。」\n")
                .replace("%END%", "### 结束条件").replace("### 角色\n孙丽，上班族。", "### 角色\n孙丽，上班族。\n\n### 说话示例\n反例：\n"
                        + "- 「请您详细介绍一下贵公司的优惠政策。」\n正例：\n- 「多少钱？直接说。」\n"));
        assertThat(zh.callee().style()).hasSize(2);
        assertThat(zh.warnings()).isEmpty();
    }

    /**
     * holdout77's first drafts: "# 外呼方资料 · 武建平" (a side and its papers) was no caller section; "**一）开场问候**" and
     * "**(a) Greeting**" were no numbered steps, nor steps under "### The conversation, in six moves"; "### 客户底细",
     * "### Backstory", "### Lines to copy" and "### Ruth" (her own name under her side) were kept only as text with a warning.
     */
    @Test
    void holdout77DraftHeadings() {
        String zhSteps = "**一）确认身份**\n* 『您好，请问是孙丽女士吗？』\n\n**二）介绍续约优惠**\n* 『现在续约两年，月费降到99元。』\n";
        Card zh = CardParser.parse(FILE, ZH.replace("## 电话拨打方\n", "# 外呼方资料 · 周敏（蓝海电信）\n\n### 客户底细\n老客户，宽带用了五年。\n")
                .replace("## 电话接听方", "# 接听方资料 · 孙丽").replace("%SCRIPT%", "### 话术流程").replace("%STEPS%", zhSteps)
                .replace("%END%", "### 结束条件"));
        assertThat(zh.caller().steps()).extracting(ScriptStep::title).containsExactly("确认身份", "介绍续约优惠");
        assertThat(zh.caller().steps()).extracting(ScriptStep::lines)
                .containsExactly(List.of("您好，请问是孙丽女士吗？"), List.of("现在续约两年，月费降到99元。"));
        assertThat(zh.caller().knowledge()).contains("宽带用了五年");
        assertThat(zh.callee().name()).isEqualTo("孙丽");
        assertThat(zh.warnings()).isEmpty();
        String enSteps = "**(a) Confirm identity**\n- \u2018Hi, is this Sam Lee?\u2019\n\n**(b) Explain the offer**\n"
                + "- \u2018Renew for two years at $99 a month.\u2019\n";
        Card en = CardParser.parse(FILE, EN.replace("## Callee", "## Callee side \u2014 Sam Lee")
                .replace("%SCRIPT%", "### The conversation, in six moves").replace("%STEPS%", enSteps).replace("%END%", "### End conditions")
                .replace("### Role\nSam Lee, office worker.\n", "### Sam\nSam Lee, office worker.\n\n### Backstory\n- Moved in last spring.\n\n"
                        + "### Lines to copy\nAvoid:\n+ \u2018Could you kindly elaborate on the terms?\u2019\nPrefer:\n+ \u2018Ninety-nine? For what?\u2019\n"));
        assertThat(en.caller().steps()).extracting(ScriptStep::title).containsExactly("Confirm identity", "Explain the offer");
        assertThat(en.callee().background()).contains("Moved in last spring");
        assertThat(en.callee().style()).extracting(StyleExample::good).containsExactly(false, true);
        assertThat(en.warnings()).isEmpty();
        // a name in a sub-heading is the person only when it is the one the side heading gives
        assertThat(CardParser.SideText.namesTheSidesPerson("Ruth", "Callee side \u2014 Ruth Ebersole")).isTrue();
        assertThat(CardParser.SideText.namesTheSidesPerson("Rut", "Callee side \u2014 Ruth Ebersole")).isFalse();
        assertThat(CardParser.SideText.namesTheSidesPerson("Pricing", "Callee side \u2014 Ruth Ebersole")).isFalse();
    }

    /**
     * holdout78's first drafts, refused or warned about at its load check: steps under "## 通话六步" and numbered "〔1〕" or "1〕",
     * end conditions under "## 收线时机（主叫/被叫）"; "## 打这通电话为了什么", "## 来龙去脉", "## 例句", "## Identity" and "## History"
     * kept only as text.
     */
    @Test
    void holdout78DraftHeadings() {
        String zhSteps = "〔1〕确认身份\n  · 「您好，请问是孙丽女士吗？」\n\n〔2〕介绍续约优惠\n  · 「现在续约两年，月费降到99元。」\n";
        Card zh = CardParser.parse(FILE, ZH.replace("### 角色\n宽带续约顾问", "### 打这通电话为了什么\n请孙丽续约。\n\n### 角色\n宽带续约顾问")
                .replace("### 角色\n孙丽，上班族。\n", "### 角色\n孙丽，上班族。\n\n### 来龙去脉\n宽带用了五年。\n\n### 例句\n- 「九十九？包不包网费？」\n")
                .replace("%SCRIPT%", "### 通话六步").replace("%STEPS%", zhSteps).replace("%END%", "### 收线时机（主叫/被叫）"));
        assertThat(zh.caller().steps()).extracting(ScriptStep::title).containsExactly("确认身份", "介绍续约优惠");
        assertThat(zh.caller().endConditions()).hasSize(2);
        assertThat(zh.caller().task()).contains("请孙丽续约");
        assertThat(zh.callee().background()).contains("宽带用了五年");
        assertThat(zh.warnings()).isEmpty();
        assertThat(CardLines.numbered("1〕开场问候").text()).isEqualTo("开场问候");
        Card en = CardParser.parse(FILE, EN.replace("### Role\nSam Lee, office worker.\n", "### Identity\nSam Lee, office worker.\n\n"
                        + "### History\n- Moved in last spring.\n")
                .replace("%SCRIPT%", "### Script").replace("%STEPS%", "1. Confirm identity\n- \"Hi, is this Sam Lee?\"\n")
                .replace("%END%", "### End conditions"));
        assertThat(en.callee().background()).contains("Moved in last spring");
        assertThat(en.warnings()).isEmpty();
    }

    /**
     * holdout79's first drafts, refused or warned about at its load check: steps under "## 电话怎么打（共六步）", "### Six beats
     * of the call", "### The call, beat by beat", "### Call beats" or "### How the call should go", numbered "### 01　开场问候",
     * "### 1 开场问候", "01　开场问候", "**01**　开场问候", "### 壹　开场问候", "### ❶ 开场问候", "### No.1　开场问候" or "**Beat 1.
     * Hello**", "Beat 1 — Hello"; end conditions numbered "❶ " or under "### Exit points (agent)", "### Hanging up (agent)";
     * "# Part Two — The Homeowner: …" read as the other part with a warning; "## 基本情况", "### What's happened before" and
     * "### On her mind" kept only as text.
     */
    @Test
    void holdout79DraftHeadings() {
        String[] fullWidth = {"０", "１", "２", "３"};
        String[] financial = {"", "壹", "贰", "叁"};
        String[] circled = {"", "\u2776", "\u2777", "\u2778"};
        for (String format : List.of("#### 0{n}\u3000TITLE", "#### 0{n} TITLE", "#### {n}\u3000TITLE", "#### {n} TITLE",
                "0{n}\u3000TITLE", "**0{n}**\u3000TITLE", "#### 壹\u3000TITLE", "#### ❶ TITLE", "#### No.{n}\u3000TITLE",
                "{Ｎ}\u3000TITLE")) {
            StringBuilder steps = new StringBuilder();
            for (int i = 1; i <= 3; i++) {
                steps.append(format.replace("{n}", String.valueOf(i)).replace("{Ｎ}", fullWidth[i]).replace("壹", financial[i])
                                .replace("❶", circled[i]).replace("TITLE", ZH_TITLES.get(i - 1)))
                        .append("\n> 「第").append(i).append("步的话。」\n\n");
            }
            Card zh = CardParser.parse(FILE, ZH.replace("%SCRIPT%", "### 电话怎么打（共六步）").replace("%STEPS%", steps)
                    .replace("%END%", "### 结束条件").replace("1. 客户同意续约\n2. 客户拒绝", "❶ 客户同意续约\n❷ 客户拒绝")
                    .replace("### 角色\n孙丽，上班族。", "### 基本情况\n孙丽，上班族。"));
            assertSteps(zh, ZH_TITLES);
            assertThat(zh.caller().endConditions()).extracting(EndCondition::text).containsExactly("客户同意续约", "客户拒绝");
            assertThat(zh.callee().roleText()).isEqualTo("孙丽，上班族。");
            assertThat(zh.warnings()).as(format).isEmpty();
        }
        for (String script : List.of("### Six beats of the call", "### The call, beat by beat", "### Call beats",
                "### How the call should go")) {
            for (String format : List.of("**Beat N. TITLE**", "**Beat N.** TITLE", "Beat N. TITLE", "Beat N \u2014 TITLE",
                    "**Beat N:** TITLE", "#### Beat N. TITLE")) {
                Card en = card(EN, script, format, "### Exit points (agent)");
                assertSteps(en, EN_TITLES);
                assertThat(en.warnings()).as(script + " / " + format).isEmpty();
            }
        }
        Card en = CardParser.parse(FILE, EN.replace("## Caller", "# Part One \u2014 The Agent: Dana Price")
                .replace("## Callee", "# Part Two \u2014 The Homeowner: Sam Lee")
                .replace("Sam Lee, office worker.\n", "Sam Lee, office worker.\n\n### What's happened before\n- Moved in last spring.\n\n"
                        + "### On her mind\n- The price going up\n")
                .replace("%SCRIPT%", "### Script").replace("%STEPS%", "1. Confirm identity\n- \"Hi, is this Sam Lee?\"\n")
                .replaceFirst("%END%", "### Exit points (agent)").replace("%END%", "### Hanging up (homeowner)")
                .replace("1. The customer agrees\n2. The customer declines", "1 - The customer agrees\n2 - The customer declines"));
        assertThat(en.caller().endConditions()).extracting(EndCondition::text).containsExactly("The customer agrees", "The customer declines");
        assertThat(en.callee().endConditions()).extracting(EndCondition::text).containsExactly("Sam agrees", "Sam hangs up");
        assertThat(en.callee().background()).contains("Moved in last spring");
        assertThat(en.callee().concerns()).extracting(Concern::text).containsExactly("The price going up");
        assertThat(en.warnings()).isEmpty();
        // a number and a space is an item only before a Chinese character, and with no bullet before it
        assertThat(CardLines.numbered("No. 5 is our hotline")).isNull();
        assertThat(CardLines.numbered("- 12 acres of Honeycrisp and Gala")).isNull();
        assertThat(CardLines.numbered("2027 年 11 月")).isNull();
        assertThat(CardLines.numbered("Beat one offer")).isNull();
        assertThat(CardLines.numbered("No.1\u3000开场问候").text()).isEqualTo("开场问候");
        assertThat(SectionKind.of("Beating the other quotes")).isEqualTo(SectionKind.OTHER);
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

    /** holdout11's drafts, with the headings its writer first used: 本次目标 / 说话特点 were warnings, "Voice" too. */
    @Test
    void holdout11DraftHeadings() throws Exception {
        Path dir = Path.of("src/test/resources/labelled/holdout11/cards");
        String swim = java.nio.file.Files.readString(dir.resolve("swim-class.md"))
                .replace("### 这通电话要做成什么", "### 本次目标").replace("### 行为模式", "### 说话特点");
        Card zh = CardParser.parse(FILE, swim);
        assertThat(zh.warnings()).isEmpty();
        assertThat(zh.caller().task()).isNotBlank();
        assertThat(zh.callee().behaviours()).isNotEmpty();
        String water = java.nio.file.Files.readString(dir.resolve("water-payplan.md")).replace("### Voice examples", "### Voice");
        Card en = CardParser.parse(FILE, water);
        assertThat(en.warnings()).isEmpty();
        assertThat(en.callee().badExamples()).extracting(StyleExample::text)
                .containsExactly("Please provide a full breakdown of the arrangement terms.", "Whatever, just do whatever.");
        assertThat(en.callee().goodExamples()).hasSize(4);
        // lead-ins of holdout10: "Not like this:" holds "like this" (its bad examples were read as good ones), and
        // 不要像这样 / 要像这样 were not read at all
        Card vet = CardParser.parse(Path.of("src/test/resources/labelled/holdout10/cards/vet-dental.md"));
        assertThat(vet.callee().badExamples()).extracting(StyleExample::text).contains("Sure, whatever the doctor says.");
        assertThat(vet.callee().goodExamples()).extracting(StyleExample::text).contains("Is it safe? He's nine.")
                .doesNotContain("Sure, whatever the doctor says.");
        Card tradein = CardParser.parse(Path.of("src/test/resources/labelled/holdout10/cards/tradein.md"));
        assertThat(tradein.callee().badExamples()).hasSize(2);
        assertThat(tradein.callee().goodExamples()).hasSize(4);
        // a bare "Do:" after "Don't:" (holdout12) left the good examples unread
        Card rental = CardParser.parse(Path.of("src/test/resources/labelled/holdout12/cards/rental-damage.md"));
        assertThat(rental.callee().badExamples()).hasSize(2);
        assertThat(rental.callee().goodExamples()).extracting(StyleExample::text).contains("Why is there a fee for the fee?");
        // 反面… then "✓ 要这样" (holdout8/9) put the good examples, and the lead-in itself, among the bad ones
        Card lease = CardParser.parse(Path.of("src/test/resources/labelled/holdout8/cards/lease-renewal.md"));
        assertThat(lease.callee().badExamples()).hasSize(2);
        assertThat(lease.callee().goodExamples()).hasSize(4);
    }

    /**
     * Labels the held-out writers used stayed in the text and were read aloud by the offline engine: 家长问/顾问答,
     * "Q — / A —", "Owner asks:"; concerns led by 藏在心里, First/Next/Unspoken (the last one a hidden concern).
     */
    @Test
    void qaAndConcernLabelsAreNotPartOfTheText() {
        Card swim = CardParser.parse(Path.of("src/test/resources/labelled/holdout11/cards/swim-class.md"));
        assertThat(swim.caller().qa()).hasSize(12).allSatisfy(q -> {
            assertThat(q.question()).doesNotStartWith("家长问");
            assertThat(q.answer()).doesNotStartWith("顾问答");
        });
        assertThat(swim.caller().qa().get(0).question()).isEqualTo("能不能包学会？");
        Card water = CardParser.parse(Path.of("src/test/resources/labelled/holdout11/cards/water-payplan.md"));
        assertThat(water.caller().qa()).hasSize(12).allSatisfy(q -> {
            assertThat(q.question()).doesNotStartWith("Q —");
            assertThat(q.answer()).doesNotStartWith("A —");
        });
        assertThat(water.callee().concerns()).extracting(Concern::level)
                .containsExactly(Concern.Level.PRIMARY, Concern.Level.SECONDARY, Concern.Level.LATENT);
        assertThat(water.callee().concerns().get(2).text()).startsWith("embarrassed to ask");
        Card vet = CardParser.parse(Path.of("src/test/resources/labelled/holdout10/cards/vet-dental.md"));
        assertThat(vet.caller().qa()).extracting(QaPair::question).noneMatch(q -> q.startsWith("Owner asks"));
        Card tradein = CardParser.parse(Path.of("src/test/resources/labelled/holdout10/cards/tradein.md"));
        assertThat(tradein.callee().concerns()).last().satisfies(c -> {
            assertThat(c.level()).isEqualTo(Concern.Level.LATENT);
            assertThat(c.text()).startsWith("嫌回收价低");
        });
    }

    @Test
    void examplesUnderNoKnownLeadInAreAWarningNotSilentlyDropped() {
        String text = ZH.replace("%SCRIPT%", "### 分步流程和话术").replace("%STEPS%", "1. **确认身份**\n   - 「您好。」\n")
                .replace("%END%", "### 结束条件").replace("### 角色\n孙丽，上班族。", "### 角色\n孙丽，上班族。\n\n### 说话示例\n甲类：\n- 「请详细介绍。」\n");
        Card c = CardParser.parse(FILE, text);
        assertThat(c.callee().style()).isEmpty();
        assertThat(c.warnings()).extracting(CardWarning::problem).anyMatch(p -> p.contains("说话示例") && p.contains("not read"));
    }

    /**
     * Review 26's cards: "**How she talks**" (a behaviours heading) holding "- Not like this:" / "- Like this:" examples, a
     * callee part headed by its person ("## THE HOMEOWNER (answers the phone)"), and "### 这通电话要办成的事" as the task.
     */
    @Test
    void review26CardsReadAsTheirWritersMeantThem() throws Exception {
        Path gutter = Path.of("src/test/resources/reviewed/gutter-clean.md");
        String asWritten = java.nio.file.Files.readString(gutter)
                .replace("## THE CALLEE — the homeowner (answers the phone)", "## THE HOMEOWNER (answers the phone)");
        for (String text : List.of(java.nio.file.Files.readString(gutter), asWritten)) {
            Card c = CardParser.parse(gutter, text);
            assertThat(c.callee().name()).isEqualTo("Carol Jennings");
            assertThat(c.callee().style()).filteredOn(e -> !e.good()).extracting(StyleExample::text)
                    .containsExactly("Please provide a comprehensive breakdown of your service tiers.",
                            "Whatever you think is best, dear, just book anything.");
            assertThat(c.callee().style()).filteredOn(StyleExample::good).hasSize(4);
            assertThat(c.callee().behaviours()).hasSize(5).noneMatch(b -> b.contains("Whatever you think") || b.startsWith("Not like"));
        }
        // "(answers the phone)" names the side itself since review 34: nothing to warn about
        assertThat(CardParser.parse(gutter, asWritten).warnings()).isEmpty();
        Card visa = CardParser.parse(Path.of("src/test/resources/reviewed/visa-agent.md"));
        assertThat(visa.caller().task()).startsWith("核对唐先生夫妇的法国申根签证材料");
        assertThat(visa.warnings()).isEmpty();
        // a behaviours list whose lines merely say "never" or "better" is no example list
        String plain = ZH.replace("%SCRIPT%", "### 分步流程和话术").replace("%STEPS%", "1. **确认身份**\n   - 「您好。」\n")
                .replace("%END%", "### 结束条件").replace("### 角色\n孙丽，上班族。",
                        "### 角色\n孙丽，上班族。\n\n### 表现\n- 从不当场答应\n- 听到优惠会好说话一点（better）\n");
        assertThat(CardParser.parse(FILE, plain).callee().behaviours()).hasSize(2);
    }

    @Test
    void aTitleFollowedByAParticleIsNoName() throws Exception {
        // holdout18's group-tour card as first written: the callee's "说话有老师的习惯" had made it 「的习惯」
        Path file = Path.of("src/test/resources/labelled/holdout18/cards/group-tour.md");
        String text = java.nio.file.Files.readString(file).replace("物理教师", "物理老师").replace("说话爱在最后总结一句", "说话有老师的习惯");
        assertThat(text).contains("说话有老师的习惯");
        assertThat(CardParser.parse(file, text).callee().name()).isEqualTo("孙立伟");
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

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {"## Calling party: the airline|## Called party: the passenger",
            "## Calling party|## Receiving party", "## Caller|## Answering party"})
    void englishSideHeadingsInOtherWords(String caller, String callee) {
        // holdout6's flight-rebook draft: '## Calling party:' / '## Called party:' were refused as no caller / no callee
        Card c = CardParser.parse(FILE, EN.replace("## Caller", caller).replace("## Callee", callee)
                .replace("%SCRIPT%", "### Call flow").replace("%STEPS%", "1. Greet\n   - \"Hi.\"\n")
                .replace("%END%", "### End conditions"));
        assertThat(c.caller().steps()).hasSize(1);
        assertThat(c.caller().endConditions()).hasSize(2);
        assertThat(c.callee().endConditions()).extracting(EndCondition::text).containsExactly("Sam agrees", "Sam hangs up");
    }

    /** holdout11's drafts: a note after the side's name that names the other side ("customer accounts") hid the heading. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "## PART A — THE CALLER (Millbrook Water & Sewer, customer accounts)|## PART B — THE CALLEE (Keith, the customer)",
            "## PART A: THE CALLER (Millbrook Water & Sewer, customer accounts)|## PART B: THE CALLEE",
            "## CALLER — Millbrook Water & Sewer, customer accounts|## CALLEE — the account holder",
            "## THE CALLER — Millbrook Water and Sewer, customer accounts|## THE CALLEE"})
    void sideHeadingsWithANoteNamingTheOtherSide(String caller, String callee) {
        Card c = CardParser.parse(FILE, EN.replace("## Caller", caller).replace("## Callee", callee)
                .replace("%SCRIPT%", "### Call flow").replace("%STEPS%", "1. Greet\n   - \"Hi.\"\n")
                .replace("%END%", "### End conditions"));
        assertThat(c.caller().roleText()).contains("Dana Price");
        assertThat(c.callee().roleText()).contains("Sam Lee");
        assertThat(c.caller().endConditions()).hasSize(2);
    }

    /** holdout11's drafts: end conditions numbered [1], 1], 1/ and 【1】 were "no numbered end conditions". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[N] ", "N] ", "N/ ", "【N】"})
    void endConditionsNumberedInBrackets(String number) {
        String text = EN.replace("%SCRIPT%", "### Script").replace("%STEPS%", "1. Greet\n   - \"Hi.\"\n")
                .replace("%END%", "### End conditions");
        for (int n = 1; n <= 2; n++) {
            text = text.replaceAll("(?m)^" + n + "\\. ", java.util.regex.Matcher.quoteReplacement(number.replace("N", String.valueOf(n))));
        }
        Card c = CardParser.parse(FILE, text);
        assertThat(c.caller().endConditions()).extracting(EndCondition::text)
                .containsExactly("The customer agrees", "The customer declines");
        assertThat(c.callee().endConditions()).extracting(EndCondition::text).containsExactly("Sam agrees", "Sam hangs up");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"### Opening line", "### First thing you say", "### First words", "### How to open the call",
            "### Greeting", "### 开场白", "### 开头语", "### 第一句话", "**开场：**"})
    void openingHeadingsInOtherWords(String heading) {
        // holdout6: '### First thing you say' loaded, but the opening line was never used
        Card c = card(EN.replace("### Opening line", heading), "### Call flow", "N. **TITLE**", "### End conditions");
        assertThat(c.caller().opening()).isEqualTo("Hi, this is Dana from Bluewave.");
    }

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @CsvSource(delimiter = '|', value = {
            "### 我是谁|### 这通电话要做成什么|### 已知信息",          // holdout6 checkup: all three were dropped
            "### Who you are|### Goal|### Booking details",           // holdout6 flight-rebook: the booking was dropped
            "### 角色|### 来电目的|### 手头的客户资料",
            "### Who am I|### Why you're calling|### Account information",
            "### Role|### Purpose|### Facts",
            "### Role|### Purpose|### File notes"})                  // holdout10 vet-dental draft
    void roleTaskAndKnowledgeHeadingsInOtherWords(String role, String task, String knowledge) {
        String text = EN.replace("### Role\nRenewal advisor, Dana Price, from Bluewave.",
                        role + "\nRenewal advisor, Dana Price, from Bluewave.\n\n" + task + "\nRenew the plan.\n\n"
                                + knowledge + "\n- Plan ends on June 30.")
                .replace("%SCRIPT%", "### Call flow").replace("%STEPS%", "1. Greet\n   - \"Hi.\"\n")
                .replace("%END%", "### End conditions");
        Card c = CardParser.parse(FILE, text);
        assertThat(c.caller().roleText()).isEqualTo("Renewal advisor, Dana Price, from Bluewave.");
        assertThat(c.caller().task()).isEqualTo("Renew the plan.");
        assertThat(c.caller().knowledge()).isEqualTo("- Plan ends on June 30.");
    }

    static final String Q1 = "Can I pay monthly?";
    static final String A1 = "No, yearly only.";
    static final String Q2 = "Is there a fee for that?";
    static final String A2 = "No fee, it's free.";

    /** The English card with a Q&A section: {@code shape} is one entry, %1$s the question, %2$s the answer. */
    static Card withQa(String heading, String shape) {
        String qa = heading + "\n" + String.format(shape, Q1, A1) + "\n\n" + String.format(shape, Q2, A2) + "\n\n";
        return CardParser.parse(FILE, EN.replace("### Opening line", qa + "### Opening line")
                .replace("%SCRIPT%", "### Call flow").replace("%STEPS%", "1. Greet\n   - \"Hi.\"\n")
                .replace("%END%", "### End conditions"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Q: %s\nA: %s", "- Q: %s\n  - A: %s", "**Q:** %s\n**A:** %s", "Q1: %s\nA1: %s",
            "问：%s\n答：%s", "**问**：%s\n**答**：%s", "- 问：%s\n  - 答：%s", "客户：%s\n答复：%s", "- 客户：%s\n  - 答复：%s",
            "Customer: %s\nYou say: %s",
            "1. 问：%s\n   答：%s", "2) Q: %s\n   A: %s", // holdout13's elder-care card: 问： had stayed in the question
            "【问】%s\n【答】%s", "[Q] %s\n[A] %s", "【客户】：%s\n【回答】：%s", // holdout10's trade-in card: 答 had stayed in the answer
            "- *%s* — %s",                    // holdout6 flight-rebook draft
            "- %s — %s", "- **%s** — %s", "- \"%s\" – %s", "- %s -> %s", "- %s——%s", "1. %s — %s",
            "Q: %s A: %s",                    // question and answer on one line
            "- %s\n  %s",                    // a question line, its answer indented under it
            "- %s\n  - %s", "1. %s\n   %s", "**%s**\n%s", "#### %s\n%s", "%s\n%s"})
    void qaItemShapes(String shape) {
        for (String heading : List.of("### If the customer asks", "### Q&A")) {
            Card c = withQa(heading, shape);
            assertThat(c.caller().qa()).as(heading).extracting(QaPair::question).containsExactly(Q1, Q2);
            assertThat(c.caller().qa()).as(heading).extracting(QaPair::answer).containsExactly(A1, A2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"### Q&A", "### Common questions", "### FAQ", "### If the passenger asks", "### If he asks",
            "### Questions he may ask", "### What if he asks", "### 问答知识库", "### 常见问题与答复",
            "### 客户可能问的",               // holdout6 checkup draft: loaded, Q&A never used
            "### 客户会问", "### 如果客户问起", "**常见问题：**"})
    void qaHeadings(String heading) {
        Card c = withQa(heading, "- Q: %s\n  - A: %s");
        assertThat(c.caller().qa()).extracting(QaPair::answer).containsExactly(A1, A2);
        assertThat(c.caller().opening()).isEqualTo("Hi, this is Dana from Bluewave.");
    }

    @Test
    void qaAnswersOverSeveralLines() {
        // English lines of one answer keep a space between them; an indented answer line ending in '?' stays the answer
        Card c = withQa("### If the customer asks", "- %s\n  - %s\n  - Anything else I can check?");
        assertThat(c.caller().qa()).extracting(QaPair::answer)
                .containsExactly(A1 + " Anything else I can check?", A2 + " Anything else I can check?");
        Card zh = withQa("### 客户可能问的", "问：%s\n答：第一行，\n第二行。");
        assertThat(zh.caller().qa()).extracting(QaPair::answer).containsOnly("第一行，第二行。");
    }

    @Test
    void aQuestionsHeadingWithoutAnswersIsNoQa() {
        // "Questions to ask him" are the rep's own questions: no Q&A is made of them
        Card c = withQa("### Questions to ask him", "- %s");
        assertThat(c.caller().qa()).isEmpty();
        assertThat(c.caller().opening()).isEqualTo("Hi, this is Dana from Bluewave.");
    }

    static final Path HOLDOUT6 = Path.of("src/test/resources/labelled/holdout6");

    /**
     * holdout6's drafts (tools/variants): each was refused in one line, or loaded with its Q&A or opening unused.
     * Each now gives the final card's Q&A, opening and end conditions, with no warning.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "checkup.loads-but-qa-ignored", "checkup.qa-dash", "checkup.qa-dash-heading", "checkup.qa-heading-only",
            "flight-rebook.called-party", "flight-rebook.calling-party", "flight-rebook.common-questions",
            "flight-rebook.common-questions-opening", "flight-rebook.loads-but-qa-and-opening-ignored",
            "flight-rebook.qa-dash", "flight-rebook.qa-dash-heading", "flight-rebook.qa-heading-only",
            "flight-rebook.when-the-call-is-over"})
    void holdout6Drafts(String variant) {
        Card draft = CardParser.parse(HOLDOUT6.resolve("tools/variants/" + variant + ".md"));
        Card card = CardParser.parse(HOLDOUT6.resolve("cards/" + variant.replaceAll("\\..*", "") + ".md"));
        assertThat(draft.caller().qa()).extracting(QaPair::question, QaPair::answer).isNotEmpty()
                .containsExactlyElementsOf(card.caller().qa().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(q.question(), q.answer())).toList());
        assertThat(draft.caller().opening()).isEqualTo(card.caller().opening()).isNotBlank();
        assertThat(draft.caller().steps()).hasSameSizeAs(card.caller().steps());
        for (Role r : Role.values()) {
            assertThat(draft.side(r).endConditions()).extracting(EndCondition::text)
                    .containsExactlyElementsOf(card.side(r).endConditions().stream().map(EndCondition::text).toList());
            assertThat(draft.side(r).name()).isEqualTo(card.side(r).name());
        }
        assertThat(draft.caller().knowledge()).isEqualTo(card.caller().knowledge()).isNotBlank();
        assertThat(draft.caller().rules()).isEqualTo(card.caller().rules()).isNotBlank();
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void notAllowedSectionsAreReadAsRules() {
        // every card since holdout4 has one; they were OTHER (read by no field); the scorer reads them from raw text
        for (String card : List.of("holdout4/cards/parking.md", "holdout4/cards/dental-recall.md",
                "holdout5/cards/plan-downgrade.md", "holdout5/cards/rx-refill.md", "holdout6/cards/checkup.md",
                "holdout6/cards/flight-rebook.md")) {
            Side caller = CardParser.parse(Path.of("src/test/resources/labelled", card)).caller();
            assertThat(caller.rules()).as(card).isNotBlank();
            assertThat(caller.sections()).as(card).filteredOn(s -> SectionKind.of(s.title()) == SectionKind.OTHER
                    && !s.title().isEmpty()).isEmpty();
        }
        Side flight = CardParser.parse(Path.of("src/test/resources/labelled/holdout6/cards/flight-rebook.md")).caller();
        assertThat(flight.rules()).startsWith("Never do this\n- Don't promise cash compensation");
        for (String heading : List.of("禁止事项", "红线（不能做的事）", "注意（不允许的事）", "Don'ts", "Not allowed",
                "Never do this", "What not to say", "Rules")) {
            assertThat(SectionKind.of(heading)).as(heading).isEqualTo(SectionKind.RULES);
        }
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
    /**
     * Review 27's cards as first written: "# Side A: …" / "# Side B: …" named no side (refused), "## 什么时候可以收线" was no end
     * conditions (refused), and "## 这个人是谁", "## Who's calling", "## The job in one line", "## 他的情况", "## 说话的味道" landed
     * in the knowledge or the background, the style examples with them.
     */
    @Test
    void review27HeadingsAreReadAsTheirSections() {
        Card zh = CardParser.parse(Path.of("src/test/resources/reviewed/waimai-onboard.md"));
        assertThat(zh.caller().endConditions()).hasSize(4);
        assertThat(zh.caller().roleText()).contains("赵磊");
        assertThat(zh.caller().knowledge()).doesNotContain("赵磊，男");
        assertThat(zh.callee().roleText()).contains("孙建国，46岁");
        assertThat(zh.callee().background()).contains("十来张桌子").doesNotContain("别这么说");
        assertThat(zh.callee().style()).isNotEmpty();
        assertThat(zh.callee().concerns().get(0).text()).startsWith("到底抽多少钱"); // "最关心：" is its level, not its words
        assertThat(zh.warnings()).isEmpty();
        Card en = CardParser.parse(Path.of("src/test/resources/reviewed/office-coffee.md"));
        assertThat(en.caller().steps()).hasSize(6);
        assertThat(en.callee().endConditions()).hasSize(4);
        assertThat(en.caller().roleText()).contains("account coordinator");
        assertThat(en.caller().task()).startsWith("Turn the office manager's free coffee-machine trial into a plan");
        assertThat(en.warnings()).singleElement().satisfies(w -> assertThat(w.toString())
                .contains("office-coffee.md:1").contains("read as the caller's side (it holds the script)"));
        assertThat(SectionKind.of("Who's calling")).isEqualTo(SectionKind.ROLE);
        assertThat(SectionKind.of("The job in one line")).isEqualTo(SectionKind.TASK);
        assertThat(SectionKind.of("什么时候可以收线")).isEqualTo(SectionKind.END_CONDITIONS);
        assertThat(SectionKind.of("说话的味道")).isEqualTo(SectionKind.STYLE);
    }
    /** Review 28: "说话快，像安排调度一样" had named the customer 一样 (调度 is a role word); the persona's first words name him. */
    @Test
    void aRoleWordBeforeACommonWordNamesNoOne() {
        Card c = CardParser.parse(Path.of("src/test/resources/reviewed/xiaoche.md"));
        assertThat(c.callee().name()).isEqualTo("郑文涛");
    }

    /**
     * Reviews 33 and 34: four cards as first written, two of which stopped the run. "# THE REP (calls out)" and "# SIDE ONE:
     * the estimator (makes the call)" name the caller ("no caller section"), a title heading above the two parts is no part,
     * "什么时候可以收尾" heads the end conditions ("no numbered end conditions"), "他在电话里的样子" the behaviours, and "Your
     * job on this call" the task.
     */
    @Test
    void review33And34CardsLoadAsFirstWritten() throws Exception {
        Card fence = CardParser.parse(Path.of("src/test/resources/reviewed/fence-install.md"));
        assertThat(fence.caller().name()).isEqualTo("Dana Whitfield");
        assertThat(fence.callee().name()).isEqualTo("Mark");
        assertThat(fence.caller().steps()).hasSize(7);
        Card tree = CardParser.parse(Path.of("src/test/resources/reviewed/tree-removal.md"));
        assertThat(tree.caller().task()).startsWith("Call the homeowner who asked for a quote on a dead maple");
        assertThat(tree.callee().name()).isEqualTo("Carol Jennings");
        assertThat(tree.warnings()).isEmpty();
        Card hearing = CardParser.parse(Path.of("src/test/resources/reviewed/zhutingqi.md"));
        assertThat(hearing.caller().endConditions()).hasSize(4);
        assertThat(hearing.callee().behaviours()).isNotEmpty().anyMatch(b -> b.contains("说慢一点"));
        assertThat(hearing.callee().background()).doesNotContain("说慢一点");
        Card tapes = CardParser.parse(Path.of("src/test/resources/reviewed/luxiang.md"));
        assertThat(tapes.caller().steps()).isNotEmpty();
        assertThat(tapes.callee().endConditions()).hasSize(3);
        // a part headed by its person alone is still found beside the other side, and said so
        Path gutter = Path.of("src/test/resources/reviewed/gutter-clean.md");
        String byPerson = java.nio.file.Files.readString(gutter).replace("## THE CALLEE — the homeowner (answers the phone)", "## THE HOMEOWNER");
        assertThat(CardParser.parse(gutter, byPerson).warnings()).extracting(CardWarning::line).containsExactly(74);
    }

    /**
     * Review 36's farrier card as first written: "# Side A: …" / "# Side B: …" parts, with "## Who's calling" and "## Who picks up"
     * as each side's role ("## Who picks up" had been taken for the callee's side, and the Q&A heading "Questions she may ask, and
     * the answers" for the caller's: "the caller has no numbered script steps").
     */
    @Test
    void review36FarrierCardLoadsAsFirstWritten() {
        Card farrier = CardParser.parse(Path.of("src/test/resources/reviewed/farrier.md"));
        assertThat(farrier.caller().steps()).isNotEmpty();
        assertThat(farrier.caller().qa()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(farrier.callee().name()).isEqualTo("Jolene Pruitt");
        assertThat(SectionKind.of("Who picks up")).isEqualTo(SectionKind.ROLE);
        assertThat(SectionKind.of("Questions she may ask, and the answers")).isEqualTo(SectionKind.QA);
    }
}
