package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.GoalChoice;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.PlainTextTranscripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27's false critical errors: five faithful zh calls capped at 60 for saying the card's own "关店的时候没有违规就全额退"
 * (its 没有 negates the condition, not the refund), and the one en call with a correct read-back flagged because "the
 * technician will call you the morning of the install" read as the rep setting a call-back time.
 */
class Review27ScoringTest {
    private static final Card WAIMAI = CardParser.parse(Path.of("src/test/resources/reviewed/waimai-onboard.md"));
    private static final Card COFFEE = CardParser.parse(Path.of("src/test/resources/reviewed/office-coffee.md"));

    @TempDir
    Path tmp;

    private Scorecard score(Card card, String log, String caller, String callee) throws Exception {
        Path f = Files.writeString(tmp.resolve("c" + log.hashCode() + ".txt"), log);
        return new Scorer(card, Weights.defaultWeights()).score(PlainTextTranscripts.read(f, Map.of(caller, Role.CALLER, callee, Role.CALLEE)));
    }

    @Test
    void theCardsOwnConditionalRefundIsNoInventedPromise() throws Exception {
        String call = """
                赵磊：喂，孙老板您好，我是快味外卖城北区的商户经理赵磊，您上周在我们平台留了开店的意向，我来跟您把开店的事定一下，现在方便说几分钟吗？
                孙建国：你说。
                赵磊：开店要交500元保证金，不是费用，关店的时候没有违规就全额退。
                孙建国：那行。
                赵磊：没问题，两个方案的详细说明我发您微信，您看完有问题随时打我电话。[END:3]
                """;
        Scorecard s = score(WAIMAI, call, "赵磊", "孙建国");
        assertThat(s.critical()).noneMatch(c -> c.contains("全额退"));
        assertThat(s.items().get("knowledge").reason()).doesNotContain("全额退");
    }

    @Test
    void aTechnicianWhoWillCallIsNoCallBackTimeOfTheReps() throws Exception {
        String call = """
                Nadia Brooks: Hi, is this Kevin Tran? This is Nadia Brooks from BeanWorks Office Coffee. Your free trial wraps up this Friday, and I'm calling to see how it went and whether you'd like to keep a machine. Have you got a few minutes?
                Kevin Tran: Sure.
                Nadia Brooks: There are two plans. Standard is $89 a month: the same machine, service visits included, and you buy beans and milk yourselves. Plus is $149 a month: a bigger two-hopper machine, a small milk fridge, and four kilos of beans delivered every month. Which one sounds better for you?
                Kevin Tran: Standard.
                Nadia Brooks: I can do Tuesday, May 19, between 8 and 10 a.m., or Thursday, May 21, between 1 and 3 p.m. Which works?
                Kevin Tran: Tuesday.
                Nadia Brooks: Billing is monthly by card or ACH, first charge on the install day, and it's a 12-month agreement; after that it's month to month. Card or ACH?
                Kevin Tran: Card.
                Nadia Brooks: Let me read that back: Larkspur Design, 410 West Town Street, Suite 600. Plan: Standard at $89 a month. Install on Tuesday, May 19, between 8 and 10 a.m. Billing by card, starting on the install day, 12-month term. I'll email the agreement to you for e-signature. Is that all correct?
                Kevin Tran: Correct.
                Nadia Brooks: Great, you're all set. The agreement is on its way to your inbox, and the technician will call you the morning of the install. Have a good one! [END:1]
                """;
        Scorecard s = score(COFFEE, call, "Nadia Brooks", "Kevin Tran");
        assertThat(s.critical()).noneMatch(c -> c.contains("call-back"));
        // the rep's own call-back at a time the customer never named still is one
        Scorecard own = score(COFFEE, call.replace("and the technician will call you the morning of the install", "and I'll call you back Wednesday morning"),
                "Nadia Brooks", "Kevin Tran");
        assertThat(own.critical()).anyMatch(c -> c.contains("call-back"));
    }

    /** "基础方案：不收月费…" and "旺铺方案：每月固定399元…" name the options the goal "选定了入驻方案" asks for. */
    @Test
    void optionsNamedBeforeAColonAreTheGoalsOptions() {
        GoalChoice g = GoalChoice.of(WAIMAI.caller().endCondition(1).orElseThrow().text(), WAIMAI.caller());
        assertThat(g).isNotNull();
        assertThat(g.options()).containsExactly("基础方案", "旺铺方案");
    }
    /** What the card has, said, with the rest taken away to check, is no dodge; a bare check-back on it still is. */
    @Test
    void aPartAnswerWithTheRestCheckedIsNoDodge() throws Exception {
        Scorer renewal = new Scorer(dev.rolecall.testing.Fixtures.renewal(), Weights.defaultWeights());
        String head = "李明：您好张强，这里是长江平台云服务续费专员李明。贵公司账户服务将于2025-01-01到期，想跟您确认一下续费，现在方便吗？\n"
                + "张强：临时扩容有没有最高不涨价额度？\n";
        String part = head + "李明：扩容、升级需求可再次询价，全部打包报价更划算，其余的我核实后回复您。\n张强：行。\n李明：好的，祝贵司业务顺利，谢谢！[END:2]\n";
        String bare = head + "李明：这个我核实后回复您。\n张强：行。\n李明：好的，祝贵司业务顺利，谢谢！[END:2]\n";
        Path a = Files.writeString(tmp.resolve("part.txt"), part);
        Path b = Files.writeString(tmp.resolve("bare.txt"), bare);
        Map<String, Role> who = Map.of("李明", Role.CALLER, "张强", Role.CALLEE);
        assertThat(renewal.score(PlainTextTranscripts.read(a, who)).items().get("questions").reason()).doesNotContain("dodged");
        assertThat(renewal.score(PlainTextTranscripts.read(b, who)).items().get("questions").reason()).contains("dodged");
    }
}
