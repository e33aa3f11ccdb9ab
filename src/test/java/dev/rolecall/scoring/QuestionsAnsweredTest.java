package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.PlainTextTranscripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a customer's knowledge-base question counts as answered, on holdout11's swim-class card: the answer's
 * words or facts about what was asked, not a figure that happens to match on another subject, and not
 * the script going on after "核实后回复您".
 */
class QuestionsAnsweredTest {
    static final Scorer SWIM = SpokenErrorsTest.heldOut("holdout11", "swim-class.md");
    static final Map<String, Role> WHO = Map.of("邵雨桐", Role.CALLER, "钱志远", Role.CALLEE);
    static final String OPEN = "邵雨桐：您好，请问是钱志远先生吗？我是蓝鲸游泳馆滨江店的课程顾问邵雨桐。朵朵上周六来上了体验课，教练的评估出来了，"
            + "我跟您说一下，顺便介绍下暑期班，大概五分钟，您现在方便吗？\n";

    @TempDir
    Path tmp;

    Item questions(String log) throws Exception {
        Path f = Files.writeString(tmp.resolve("c" + log.hashCode() + ".txt"), OPEN + log);
        return SWIM.score(PlainTextTranscripts.read(f, WHO)).items().get("questions");
    }

    @Test
    void anEnglishQuestionAboutSafetyAsksTheCardsSafetyEntry() throws Exception {
        // the sixteenth set's furnace card: "What's wrong with it? Is it dangerous?"; its customer asks it in other words
        assertThat(EnglishTopics.of("It's not going to blow up on me, is it?")).contains("#safety");
        assertThat(EnglishTopics.of("What's wrong with it? Is it dangerous?")).contains("#safety");
        Scorer furnace = SpokenErrorsTest.heldOut("holdout16", "furnace-tuneup.md");
        Path f = Files.writeString(tmp.resolve("furnace.txt"), "Renee: Hi, is this Gary Lindqvist? This is Renee Okafor with Summit"
                + " Heating & Air, about your furnace request. Got a couple of minutes?\nGary: It's not going to blow up on me, is it?\n"
                + "Renee: Let's talk about your schedule first.\nGary: Okay.\nRenee: Are mornings good for you?\n");
        Item q = furnace.score(PlainTextTranscripts.read(f, Map.of("Renee", Role.CALLER, "Gary", Role.CALLEE))).items().get("questions");
        assertThat(q.reason()).contains("0/1").contains("Is it dangerous?");
    }

    @Test
    void aMatchingFigureOnAnotherSubjectIsNoAnswer() throws Exception {
        // the card: 停车方便吗？ / 地下车库，接送免费停2小时. Water tested every two hours is not parking.
        String ask = "钱志远：B班吧。你们那停车方便吗？我周六开车送。\n";
        String dodge = "邵雨桐：哈哈这个到时候您来了就知道啦！价格的话原价两千八百八。\n钱志远：嗯。\n"
                + "邵雨桐：上课在浅水区，水温二十九到三十度，水质两个小时测一次。\n";
        assertThat(questions(ask + dodge).score()).isZero();
        assertThat(questions(ask + "邵雨桐：有地下车库，接送的话免费停两个小时。\n").score()).isEqualTo(1.0);
    }

    @Test
    void theScriptGoingOnAfterACheckBackIsNoAnswer() throws Exception {
        // the card: 孩子怕水、呛过水怎么办？ / 初级班前两节只练憋气和漂浮…；一个班最多8个孩子，水里一直有教练
        String ask = "钱志远：说吧。她上次呛水哭了，你们怎么保证不再呛？\n";
        String deferred = "邵雨桐：这个我需要核实一下，核实后回复您。初级班一共12节课，一个班最多8个孩子，两个教练，一个在水里一个在岸上。\n";
        String answered = "邵雨桐：您放心，初级班前两节只练憋气和漂浮，不会逼孩子去深水，一个班最多8个孩子，水里一直有教练。\n";
        assertThat(questions(ask + deferred).reason()).contains("unanswered");
        assertThat(questions(ask + answered).score()).isEqualTo(1.0);
    }

    /**
     * holdout13's elder-care card: "评估要多久？谁来？" is the nearest entry to "那评估哪天？" on bge-small-zh, but the
     * customer asked for a day, which the rep offered; how long and who stays a question the rep must answer.
     */
    @Test
    void aQuestionForADayIsNotTheEntryForHowLongOrWho() throws Exception {
        Scorer care = SpokenErrorsTest.heldOut("holdout13", "eldercare-visit.md");
        String open = "许婷：您好，请问是何静何女士吗？我是颐康居家养老湖墅站的护理顾问许婷，跟您约一下免费的上门评估，您现在方便吗？\n";
        String day = "何静：行。那评估哪天？我工作日白天要上课。\n许婷：有这周四十四号上午九点、下午两点，还有周六十六号上午九点半。\n";
        String howLong = "何静：评估要多久？谁来？\n许婷：这个到时候您就知道啦，不用担心。\n";
        var who = Map.of("许婷", Role.CALLER, "何静", Role.CALLEE);
        Item forDay = care.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("d.txt"), open + day), who)).items().get("questions");
        Item forLength = care.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("l.txt"), open + howLong), who))
                .items().get("questions");
        assertThat(forDay.reason()).doesNotContain("unanswered");
        assertThat(forLength.reason()).contains("unanswered", "评估要多久？谁来？");
    }

    /**
     * A reply that checks back on one half of a two-part turn and then gives the card's answer to the other half, in the
     * customer's own words (优惠), answered it: the fresh clone's call lost 15 for "unanswered" though the rep said 95折.
     * What follows a check-back without the customer's words is still the script going on.
     */
    @Test
    void anAnswerAfterACheckBackOnTheOtherHalfCounts() throws Exception {
        Scorer renewal = new Scorer(dev.rolecall.testing.Fixtures.renewal(), Weights.defaultWeights());
        String open = "李明：您好张强，这里是长江平台云服务续费专员李明，您的服务快到期了，协助您续费，现在方便吗？\n"
                + "张强：临时扩容有没有最高不涨价额度？预算被卡，能优惠就直接说。\n";
        var who = Map.of("李明", Role.CALLER, "张强", Role.CALLEE);
        Item both = renewal.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("r1.txt"), open
                + "李明：如需扩容、升级，一次并报。更具体的我核实后再回复您。老客户享受续费专属95折优惠，无需额外申请。\n"), who)).items().get("questions");
        Item putOff = renewal.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("r2.txt"), open
                + "李明：这个我核实后回复您。今年是否保持原配置续费？\n"), who)).items().get("questions");
        assertThat(both.reason()).doesNotContain("unanswered");
        assertThat(putOff.reason()).contains("unanswered");
    }

    /**
     * holdout14's deep-clean-02: "统一标价，没有额外折扣，这个我不能给您乱报。" is the card's answer to "能便宜点吗？" with a clause of
     * the rep's own after it; the sentence as a whole was not mostly the answer's words, and a faithful call scored 67.
     */
    @Test
    void theAnswerInAClauseOfItsOwnCountsThoughTheRepAddsAWord() throws Exception {
        Scorer clean = SpokenErrorsTest.heldOut("holdout14", "deep-clean.md");
        String open = "赵琳：孙先生您好，洁家帮家政客服赵琳，跟您确认下开荒保洁的细节和上门时间，方便吗？\n孙浩：我看别家六块。有没有便宜点？\n";
        var who = Map.of("赵琳", Role.CALLER, "孙浩", Role.CALLEE);
        Item answered = clean.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("a.txt"),
                open + "赵琳：统一标价，没有额外折扣，这个我不能给您乱报。\n"), who)).items().get("questions");
        Item dodged = clean.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("b.txt"),
                open + "赵琳：这个嘛，我们先把时间定下来，您看周六行不行？\n"), who)).items().get("questions");
        assertThat(answered.reason()).doesNotContain("unanswered");
        assertThat(dodged.reason()).contains("unanswered");
    }

    /**
     * holdout12's wedding-photo-05: parking is brushed off, the customer asks about changing the date, and the rep's
     * answer to that was credited as a late answer to parking (the date-change entry sits within the margin of the
     * parking question). A reviewer reads the parking question as dodged; a late answer counts only when the
     * customer has not moved on to another question.
     */
    @Test
    void theAnswerToTheNextQuestionIsNoLateAnswerToTheLast() throws Exception {
        Scorer photo = SpokenErrorsTest.heldOut("holdout12", "wedding-photo.md");
        String open = "叶思琪：您好，是梁浩梁先生吗？我是光年婚纱摄影春熙路店的档期顾问叶思琪，跟您确认一下十八号下周六拍摄的事，几分钟就好。\n";
        String parking = "梁浩：好。那天停车方便不？我们自己开车过去。\n";
        String dodge = "叶思琪：嗯嗯这个到时候您来了就知道啦，不用担心哈～\n";
        String next = "梁浩：要是我们想改期呢？\n叶思琪：十一号之前改免费，改一次哈；之后改就要三百块改期费了～\n";
        String late = "梁浩：嗯。\n叶思琪：停车的话，店里地下车库凭停车票免费停三个小时。\n";
        var who = Map.of("叶思琪", Role.CALLER, "梁浩", Role.CALLEE);
        Item moved = photo.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("m.txt"), open + parking + dodge + next), who))
                .items().get("questions");
        Item lateAnswer = photo.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("a.txt"), open + parking + dodge + late), who))
                .items().get("questions");
        assertThat(moved.reason()).contains("unanswered", "停车");
        assertThat(lateAnswer.score()).isEqualTo(1.0);
    }

    /** A question waved off for later ("到时候您来了就知道啦", "那个回头再说哈") is put off like a check-back: what follows is the script. */
    @Test
    void aQuestionWavedOffForLaterIsNotAnswered() throws Exception {
        String ask = "钱志远：B班吧。你们那停车方便吗？我周六开车送。\n";
        String waved = "邵雨桐：这个到时候您来了就知道啦。接送的话两个小时以内都行，上课在浅水区。\n";
        String answered = "邵雨桐：方便的，有地下车库，接送的话免费停两个小时。\n";
        assertThat(questions(ask + waved).reason()).contains("unanswered");
        assertThat(questions(ask + answered).score()).isEqualTo(1.0);
        assertThat(CallWords.defers("Oh, honestly, don't even worry about that part right now!")).isTrue();
        assertThat(CallWords.defers("Don't worry about that, the technician brings the adapter.")).isFalse();
    }
}
