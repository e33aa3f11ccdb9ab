package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Role;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.transcript.PlainTextTranscripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's rules for how a call ends and opens, each shown by a call that differs from a good
 * one in that one respect: a bare goodbye is no closing, a closing is no answer to the customer's
 * question, "我考虑一下" is no agreement, a greeting is no purpose.
 */
class EndingRulesTest {
    static final Scorer RENEWAL = new Scorer(Fixtures.renewal(), Weights.defaultWeights());
    static final String OPENING = "李明：您好张强，这里是长江平台云服务续费专员李明。贵公司账户服务将于2025-01-01到期，想跟您确认一下续费，现在方便吗？\n";
    static final String MIDDLE = """
            张强：说吧。
            李明：您目前是CRM+项目管理组合，今年还是原配置续费吗？
            张强：原配置。
            李明：老客户续费享受95折，周期可以选年度、季度或月度，您看哪个合适？
            """;
    @TempDir
    Path tmp;

    Scorecard score(String log) throws Exception {
        Path f = Files.writeString(tmp.resolve("c" + log.hashCode() + ".txt"), log);
        return RENEWAL.score(PlainTextTranscripts.read(f, Map.of("李明", Role.CALLER, "张强", Role.CALLEE)));
    }

    /** holdout30: "[END:4]" on a side with three conditions had stopped the scorer with a NullPointerException. */
    @Test
    void anEndConditionTheCardDoesNotHaveIsNotBorneOut() throws Exception {
        Scorecard s = score(OPENING + MIDDLE + "张强：年度。\n李明：好的，我帮您转到账务部门，请稍等。[END:9]\n");
        assertThat(s.critical()).anySatisfy(c -> assertThat(c).contains("the card gives the caller no condition 9"));
    }

    /** holdout42's english-support-04: a renewal closed on the customer's yes "with that clause in it", a clause the rep refused. */
    @Test
    void aYesOnATermTheRepRefusedIsNoAgreement() throws Exception {
        String asks = "张强：年度。但我有个条件，合同里写上重复扣费就赔一个月。\n李明：这个我们做不到，合同条款没法改。\n";
        Scorecard held = score(OPENING + MIDDLE + asks + "张强：那我的条件还是这个，写进去就续。\n李明：好的，感谢您的支持，资料稍后发您！[END:1]\n");
        Scorecard dropped = score(OPENING + MIDDLE + asks + "张强：行吧，那就不写了，年度续费。\n李明：好的，感谢您的支持，资料稍后发您！[END:1]\n");
        assertThat(held.critical()).anySatisfy(c -> assertThat(c).contains("holds to a term the rep refused"));
        assertThat(dropped.critical()).noneSatisfy(c -> assertThat(c).contains("holds to a term the rep refused"));
    }

    @Test
    void aBareGoodbyeIsNoClosingUnlessAThankingClosingCameJustBefore() throws Exception {
        Scorecard bare = score(OPENING + MIDDLE + "张强：年度。\n李明：行，那就这样，拜拜。[END:1]\n");
        Scorecard full = score(OPENING + MIDDLE + "张强：年度。\n李明：好的，年度续费，感谢您的支持，资料稍后发您，祝您工作顺利！[END:1]\n");
        Scorecard both = score(OPENING + MIDDLE + "张强：年度。\n李明：好的，年度续费，感谢您的支持，资料稍后发您，祝您工作顺利！\n"
                + "张强：好，再见。\n李明：再见。[END:1]\n");
        assertThat(bare.items().get("closing").reason()).contains("bare goodbye");
        assertThat(bare.items().get("closing").score()).isLessThan(full.items().get("closing").score());
        assertThat(both.items().get("closing").score()).isEqualTo(full.items().get("closing").score());
        assertThat(CallWords.bareGoodbye("Okay. Bye.")).isTrue();
        assertThat(CallWords.bareGoodbye("好的，那就不打扰您了，再见。")).isTrue();
        assertThat(CallWords.bareGoodbye("Great, I'll email the quote right away. Bye!")).isFalse();
    }

    @Test
    void closingOverTheCustomersQuestionIsCriticalWhenTheRepClaimsTheGoal() throws Exception {
        String ask = "张强：年度。合同能今天盖章寄出吗？\n";
        Scorecard over = score(OPENING + MIDDLE + ask + "李明：好的张总，感谢您的支持，祝贵司业务顺利！[END:1]\n");
        Scorecard answered = score(OPENING + MIDDLE + ask + "李明：合同今天可以盖章寄出。感谢您的支持，祝贵司业务顺利！[END:1]\n");
        Scorecard callBack = score(OPENING + MIDDLE + "张强：我在开会，你明天再打过来？\n李明：好的，那我明天再联系您，祝您工作顺利！[END:2]\n");
        assertThat(over.critical()).anySatisfy(c -> assertThat(c).contains("unanswered question").contains("盖章"));
        assertThat(over.overall()).isLessThanOrEqualTo(Weights.defaultWeights().criticalCap());
        assertThat(answered.critical()).noneSatisfy(c -> assertThat(c).contains("unanswered question"));
        assertThat(callBack.critical()).noneSatisfy(c -> assertThat(c).contains("unanswered question"));
    }

    /**
     * 17 of the 18 labelled calls whose customer broke off ("那……周四吧。可我这烧……", "……") before the closing ended by a
     * condition their labels say is not borne out: the rep talked over the customer.
     */
    @Test
    void theGoalClaimedOverWordsThatBrokeOffIsNotBorneOut() throws Exception {
        Scorecard cut = score(OPENING + MIDDLE + "张强：年度吧。不过我还有个事，那个合同……\n李明：好的，那就年度续费，感谢您的支持，祝贵司业务顺利！[END:1]\n");
        Scorecard silent = score(OPENING + MIDDLE + "张强：……\n李明：好的，那就年度续费，感谢您的支持，祝贵司业务顺利！[END:1]\n");
        Scorecard yes = score(OPENING + MIDDLE + "张强：嗯……行，年度……\n李明：好的，那就年度续费，感谢您的支持，祝贵司业务顺利！[END:1]\n");
        Scorecard whole = score(OPENING + MIDDLE + "张强：年度吧。\n李明：好的，那就年度续费，感谢您的支持，祝贵司业务顺利！[END:1]\n");
        assertThat(cut.critical()).anySatisfy(c -> assertThat(c).contains("not borne out").contains("still speaking at turn 5"));
        assertThat(silent.critical()).anySatisfy(c -> assertThat(c).contains("still speaking"));
        assertThat(yes.critical()).noneSatisfy(c -> assertThat(c).contains("still speaking"));
        assertThat(whole.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
    }

    @Test
    void theGoalClaimedAfterTheCustomerPutItOffIsNotBorneOut() throws Exception {
        Scorecard putOff = score(OPENING + MIDDLE + "张强：我还没定，考虑一下再说。\n李明：好的，那就先给您按年度续费办好了，感谢您的支持！[END:1]\n");
        Scorecard agreed = score(OPENING + MIDDLE + "张强：年度，就这么办。\n李明：好的，那就给您按年度续费办好了，感谢您的支持！[END:1]\n");
        Scorecard honest = score(OPENING + MIDDLE + "张强：我还没定，考虑一下再说。\n李明：好的，资料我发您微信，您内部商量后再定，感谢您！[END:2]\n");
        assertThat(putOff.critical()).anySatisfy(c -> assertThat(c).contains("not borne out").contains("put it off"));
        assertThat(agreed.critical()).noneSatisfy(c -> assertThat(c).contains("put it off"));
        assertThat(honest.critical()).noneSatisfy(c -> assertThat(c).contains("put it off"));
        assertThat(CallWords.putsOff("That's not an answer. I'll think about it.")).isNotNull();
        assertThat(CallWords.putsOff("好，周二来。美白不需要。")).isNull();
    }

    /**
     * holdout25's "算了，我不弄了，太麻烦，还要先交钱。" → "好的何先生，那就给您定了这周日下午两点" is a refusal closed as a booking; a no to an
     * extra ("旧沙发需要拉走吗？" "不用了。") or to more calls ("可以，就这样，别再打电话了") is none (both faithful labelled calls).
     */
    @Test
    void theGoalClaimedAfterTheCustomerTurnedItDownIsNotBorneOut() throws Exception {
        Scorecard refused = score(OPENING + MIDDLE + "张强：算了，不续了，没兴趣。\n李明：好的，那就给您按年度续费办好了，感谢您的支持！[END:1]\n");
        Scorecard extra = score(OPENING + MIDDLE + "张强：年度。发票不用了。\n李明：好的，那就给您按年度续费办好了，感谢您的支持！[END:1]\n");
        Scorecard noCalls = score(OPENING + MIDDLE + "张强：年度，可以，就这样，别再打电话了。\n李明：好的，那就给您按年度续费办好了，感谢您的支持！[END:1]\n");
        assertThat(refused.critical()).anySatisfy(c -> assertThat(c).contains("not borne out").contains("turned it down"));
        assertThat(extra.critical()).noneSatisfy(c -> assertThat(c).contains("turned it down"));
        assertThat(noCalls.critical()).noneSatisfy(c -> assertThat(c).contains("turned it down"));
        assertThat(refused.overall()).isLessThanOrEqualTo(Weights.defaultWeights().criticalCap());
    }

    /** "I need to think it over, call me back later." → "Understood, I won't call again." is no refusal (the fifteenth review). */
    @Test
    void aRefusalClaimedAfterTheCustomerAskedForACallBackIsNotBorneOut() throws Exception {
        Scorecard callBack = score(OPENING + MIDDLE + "张强：我再考虑考虑，改天再打给我吧。\n李明：好的，那就不再打扰您了，祝您工作顺利！[END:3]\n");
        Scorecard refused = score(OPENING + MIDDLE + "张强：不续了，别再打了。\n李明：好的，那就不再打扰您了，祝您工作顺利！[END:3]\n");
        assertThat(callBack.critical()).anySatisfy(c -> assertThat(c).contains("asked to be called back"));
        assertThat(refused.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
    }

    /** holdout26: "跟您确认：7月22日周三上午9点…对吗？" "对。" bears out "…选定一个时段，并听完复述确认", whatever the cosine. */
    @Test
    void aBareYesToTheRepsReadBackBearsOutAConfirmationCondition() throws Exception {
        Path dir = Path.of("src/test/resources/labelled/holdout26/calls");
        Scorer xueye = new Scorer(dev.rolecall.card.CardParser.parse(dir.resolve("xueye.md")), Weights.defaultWeights());
        String call = Files.readString(dir.resolve("xueye-03.txt"));
        Map<String, Role> who = Map.of("专员", Role.CALLER, "献血者", Role.CALLEE);
        Scorecard yes = xueye.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("yes.txt"), call), who));
        Scorecard putOff = xueye.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("off.txt"),
                call.replace("献血者：对。", "献血者：我再想想吧。")), who));
        assertThat(yes.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
        assertThat(putOff.critical()).anySatisfy(c -> assertThat(c).contains("not borne out"));
    }

    @Test
    void aRequestForTheDetailsInWritingBearsOutAConditionThatAsksForThem() throws Exception {
        Scorecard sendIt = score(OPENING + MIDDLE + "张强：你把资料都发我吧，我回头看。\n李明：好的，资料稍后发您微信，有问题随时找我，谢谢！[END:2]\n");
        assertThat(sendIt.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
        assertThat(CallWords.asksInWriting("你先把方案发我，我自己再算一下。")).isTrue();
        assertThat(CallWords.asksInWriting("Just email me the details.")).isTrue();
        assertThat(CallWords.asksInWriting("发票多久能开？")).isFalse();
    }

    @Test
    void anHonestCheckBackAndTheCustomersOwnYesAreNoBrokenEndings() throws Exception {
        Scorecard yes = score(OPENING + MIDDLE + "张强：年度。可以，就按你说的来。[END:1]\n");
        assertThat(yes.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
        assertThat(CallWords.checksBack("您这个问题我记下来，核实后回复您。")).isTrue();
        assertThat(CallWords.checksBack("Good question, I'll check and get back to you today.")).isTrue();
        assertThat(CallWords.checksBack("好的，感谢您，再见。")).isFalse();
        assertThat(CallWords.saysYes("我考虑一下，行吧。")).isFalse();
    }

    @Test
    void theCompanyIsNamedByItsBrandAsPeopleSayIt() {
        assertThat(OpeningCheck.named("我这边是泰和财险理赔服务中心的孙悦", OpeningCheck.orgCore("泰和财产保险公司"))).isTrue();
        assertThat(OpeningCheck.named("This is Priya Nair from PeakFit member services.", OpeningCheck.orgCore("PeakFit Gyms"))).isTrue();
        assertThat(OpeningCheck.named("This is Priya from the gym, about your membership.", OpeningCheck.orgCore("PeakFit Gyms"))).isFalse();
        assertThat(OpeningCheck.named("我是财险公司的孙悦", OpeningCheck.orgCore("泰和财产保险公司"))).isFalse();
        assertThat(OpeningCheck.named("我是长江云服务的李明", OpeningCheck.orgCore("长江公司"))).isTrue();
    }

    @Test
    void anOpeningMustNameThePurposeInTheCardsWordsNotJustGreet() throws Exception {
        Scorecard greeting = score("李明：您好张强，我是长江云服务的李明，最近忙不忙呀？\n" + MIDDLE + "张强：年度。\n李明：好的，感谢您的支持，祝您工作顺利！[END:1]\n");
        Scorecard purpose = score(OPENING + MIDDLE + "张强：年度。\n李明：好的，感谢您的支持，祝您工作顺利！[END:1]\n");
        assertThat(greeting.items().get("opening").reason()).contains("purpose");
        assertThat(purpose.items().get("opening").score()).isEqualTo(1.0);
    }

    @Test
    void aNameGivenOnlyAfterWhoIsThisCountsHalfNotNothing() throws Exception {
        String end = MIDDLE + "张强：年度。\n李明：好的，感谢您的支持，祝您工作顺利！[END:1]\n";
        Scorecard late = score("李明：您好，贵公司账户服务将于2025-01-01到期，想跟您确认一下续费，现在方便吗？\n张强：你哪位？\n"
                + "李明：不好意思，我是长江平台云服务续费专员李明。\n" + end);
        Scorecard never = score("李明：您好，贵公司账户服务将于2025-01-01到期，想跟您确认一下续费，现在方便吗？\n" + end);
        Scorecard onTime = score(OPENING + end);
        assertThat(late.items().get("opening").score()).isEqualTo(2.0 / 3);
        assertThat(late.items().get("opening").reason()).contains("only in the second turn").contains("name 李明");
        assertThat(never.items().get("opening").score()).isEqualTo(1.0 / 3);
        assertThat(onTime.items().get("opening").score()).isEqualTo(1.0);
    }

    @Test
    void aCalleeWhoEndsAfterTheRepsClosingIsNotSaidToHaveHungUp() throws Exception {
        Scorecard closed = score(OPENING + MIDDLE + "张强：年度。\n李明：感谢您的高效反馈，全部细节我会短信或邮箱一次性发您，有疑问随时联系我。\n张强：好，再见。[END:1]\n");
        assertThat(closed.items().get("closing").reason()).contains("after the caller's closing line at turn");
        Scorecard cut = score(OPENING + MIDDLE + "张强：年度，就这样吧。[END:1]\n");
        assertThat(cut.items().get("closing").reason()).contains("the callee ended the call (no closing needed)");
        // a question near a closing line in meaning asks; it closes nothing
        Scorecard asked = score(OPENING + MIDDLE + "张强：年度。\n李明：全部细节我短信或邮箱一次性发您，发邮箱可以吗？\n张强：行，再见。[END:1]\n");
        assertThat(asked.items().get("closing").reason()).contains("the callee ended the call (no closing needed)");
    }

    @Test
    void aBackChannelIsNotJudgedForStyle() throws Exception {
        // "好。" has no style; the card's bad example "好的，我先考虑一下，过几天再联系。" is the customer's put-off
        Scorecard terse = score(OPENING + "张强：好。\n李明：您目前是CRM+项目管理组合，今年还是原配置续费吗？\n张强：嗯。\n");
        assertThat(terse.items().get("callee").reason()).contains("0 closer to the bad examples");
        Scorecard stalling = score(OPENING + "张强：好的，我先考虑一下，过几天再联系。\n");
        assertThat(stalling.items().get("callee").reason()).contains("1 closer to the bad examples");
    }

    @Test
    void oneSkippedStepCostsAboutTenPointsWhateverElseTheCallHas() throws Exception {
        Weights w = Weights.defaultWeights();
        // deductions, not a mean: a fifth of the steps missing costs a fifth of the steps' points
        assertThat(w.of("steps") * 0.2).isBetween(8.0, 12.0);
        Scorecard s = score(OPENING + MIDDLE + "张强：年度。\n李明：好的，感谢您的支持，祝您工作顺利！[END:1]\n");
        double lost = s.items().entrySet().stream().filter(e -> e.getValue().score() != null)
                .mapToDouble(e -> w.of(e.getKey()) * (1 - e.getValue().score())).sum();
        assertThat(s.overall()).isCloseTo(Math.max(0, 100 - lost), org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void adviceThatTurnsTheCardsDontIntoADoIsCritical() {
        Scorer clinic = new Scorer(dev.rolecall.card.CardParser.parse(Path.of("prompts/cards/clinic.md")), Weights.defaultWeights());
        java.util.function.Function<String, Scorecard> call = line -> {
            try {
                Path f = Files.writeString(tmp.resolve("k" + line.hashCode() + ".txt"), "陈静：您好，赵建国先生吗？我是仁心口腔诊所回访护士陈静，方便吗？\n"
                        + "赵建国：方便。我还吃着降压药，跟消炎药一起吃没事吧？\n陈静：" + line + "\n");
                return clinic.score(PlainTextTranscripts.read(f, Map.of("陈静", Role.CALLER, "赵建国", Role.CALLEE)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertThat(call.apply("消炎药吃的这几天降压药先停一停。").critical()).anySatisfy(c -> assertThat(c).contains("forbids").contains("不要停"));
        assertThat(call.apply("拆线会打一点麻药，所以不疼。").critical()).anySatisfy(c -> assertThat(c).contains("不需要打麻药"));
        for (String faithful : java.util.List.of("降压药照常吃，千万别停。", "没事的，降压药照常吃，不要停哈。", "拆线基本不疼，不用打麻药。")) {
            assertThat(call.apply(faithful).critical()).as(faithful).noneSatisfy(c -> assertThat(c).contains("forbids"));
        }
        // the wrong advice answers the customer's question against the card: that is no answer, not an answered question
        Item wrong = call.apply("消炎药吃的这几天降压药先停一停。").items().get("questions");
        assertThat(wrong.score()).isZero();
        assertThat(wrong.reason()).contains("answered against the card").contains("at turn 2");
        assertThat(call.apply("降压药照常吃，不要停，血压控制好伤口好得快。").items().get("questions").score()).isEqualTo(1.0);
    }

    @Test
    void clockTimesInChineseNumeralsAreCheckedLikeDigits() {
        assertThat(FactExtractor.extract("最晚能约到晚上九点前送达")).extracting(Fact::value).containsExactly("9:00");
        assertThat(FactExtractor.extract("您说快一点吧，好一点了")).isEmpty();
    }

    /**
     * An ending the customer claims and its words do not bear out is the customer's: the closing item says so, but the
     * rep is not capped for it (a simulated customer's own reversal capped a faithful rep at 60, the review's clinic
     * seed 205). An ending the rep claims against the customer's words stays critical (aCallEndedAsAgreed…).
     */
    @Test
    void theCustomersUnsupportedEndingIsNoCriticalForTheRep() throws Exception {
        Scorecard s = score(OPENING + MIDDLE + "张强：年度，好的，谢谢你啊。[END:4]\n");
        assertThat(s.items().get("closing").reason()).contains("not borne out");
        assertThat(s.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
    }

    @Test
    void aCustomerWhoSaysStopCallingBearsOutAHangUpCondition() throws Exception {
        Scorecard s = score(OPENING + MIDDLE + "张强：算了，我不需要了，别再打了。[END:3]\n");
        assertThat(s.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
        assertThat(CallWords.refusalCondition("对方解释冗长，张强表明直接挂断或转文字渠道，不再通话")).isTrue();
        assertThat(CallWords.refusalCondition("客户确认续费周期、方案和发票需求")).isFalse();
    }
    @Test
    void aClosingLineAtTheEndOfALongerTurnIsTheClosing() throws Exception {
        String last = "李明：好的，年度续费九五折，发票付款后后台自助申请，最快2小时开出。";
        Scorecard tail = score(OPENING + MIDDLE + "张强：年度。\n" + last + "感谢您的支持，资料稍后发您，祝您工作顺利，再见！[END:1]\n");
        assertThat(tail.items().get("closing").score()).isEqualTo(1.0);
        assertThat(tail.items().get("closing").reason()).contains("closing line at turn");
        // a goodbye tacked onto business is no closing line of its own, and no goodbye, no tail
        CardProfile card = new CardProfile(Fixtures.renewal(), dev.rolecall.text.Embedder.shared());
        assertThat(ClosingCheck.tailClosingLike("年度续费九五折，发票最快2小时开出。好的，再见！", card)).isZero();
        assertThat(ClosingCheck.tailClosingLike("年度续费九五折。好的。", card)).isZero();
        assertThat(ClosingCheck.tailClosingLike("年度续费九五折。祝贵司业务顺利，续费、发票有需要随时找我，谢谢！", card))
                .isGreaterThanOrEqualTo(ClosingCheck.CLOSING);
        assertThat(ClosingCheck.tailClosingLike("年度续费九五折。感谢您的支持，资料稍后发您，祝您工作顺利，再见！", card))
                .isGreaterThanOrEqualTo(ClosingCheck.CLOSING);
    }

    /**
     * The twelfth review: "condition 1 is borne out" on offline calls where no plan was ever chosen ("The customer chooses a
     * plan and books the first visit") and no score ever given ("…登记了满意度…"). Such an ending is now critical; a plan named
     * by the customer, or read back and agreed to, bears it out, as a score given does.
     */
    @Test
    void aGoalThatNeedsAChoiceOrARatingIsBorneOutOnlyWhenTheCallHoldsIt() throws Exception {
        Scorer lawn = new Scorer(dev.rolecall.card.CardParser.parse(Path.of("src/test/resources/reviewed/lawn-care.md")),
                Weights.defaultWeights());
        Map<String, Role> en = Map.of("Tom", Role.CALLER, "Linda", Role.CALLEE);
        String call = """
                Tom: Hi, is this Linda Park? This is Tom Becker from GreenAcre Lawn Co. I'm calling with your quote for the 2025 season.
                Linda: Yes, go on.
                Tom: The Basic plan is weekly mowing for $48 a visit. The Complete plan adds four treatments, for $62 a visit.
                Linda: Alright.
                Tom: The first mow can be Monday, April 14, or Thursday, April 17. Which works better?
                """;
        String end = "Tom: Great, you're all set for the first mow. I'll email the quote today. Thanks, Linda, have a great day! [END:1]\n";
        Scorecard none = score(lawn, call + "Linda: Thursday, please.\n" + end, en);
        Scorecard named = score(lawn, call + "Linda: Thursday, and the Complete plan.\n" + end, en);
        Scorecard readBack = score(lawn, call + "Linda: Thursday, please.\nTom: So that's the Basic plan from Thursday, April 17?\n"
                + "Linda: Yes.\n" + end, en);
        assertThat(none.critical()).anySatisfy(c -> assertThat(c).contains("no plan was chosen (Basic / Complete)"));
        // "$price" said where the card writes "$[price]" is a slot read aloud (the fourteenth review's read-backs scored covered)
        TemplateSlots slots = new TemplateSlots("you're renewing the [plot choice] for $[price], paying by [method]");
        assertThat(slots.unfilled(new dev.rolecall.transcript.Turn(3, Role.CALLER, "Tom", "So that's the plot for $price, right?", 0, null, null, null, null, null, java.util.List.of())))
                .anySatisfy(f -> assertThat(f.card()).isEqualTo("$price"));
        assertThat(slots.unfilled(new dev.rolecall.transcript.Turn(3, Role.CALLER, "Tom", "So that's the plot for $45, right?", 0, null, null, null, null, null, java.util.List.of()))).isEmpty();
        assertThat(named.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
        assertThat(readBack.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));

        Scorer repair = new Scorer(dev.rolecall.card.CardParser.parse(Path.of("src/test/resources/reviewed/property-repair.md")),
                Weights.defaultWeights());
        Map<String, Role> zh = Map.of("陈静", Role.CALLER, "赵建国", Role.CALLEE);
        String visit = """
                陈静：您好，请问是3栋2单元702的赵建国先生吗？我是锦绣华庭物业服务中心的客服陈静，想跟您做个简单回访。
                赵建国：对，你说。
                陈静：对这次维修的服务，您打个分吧，1到5分。
                """;
        String close = "陈静：好的，那就约好时间上门复查，有问题随时打0571-8826 3300，祝您生活愉快，再见！[END:1]\n";
        assertThat(score(repair, visit + "赵建国：可以，周五上午，就这么定了。\n" + close, zh).critical())
                .anySatisfy(c -> assertThat(c).contains("gave no rating"));
        assertThat(score(repair, visit + "赵建国：给4分吧，师傅迟到了一个多小时。\n" + close, zh).critical())
                .noneSatisfy(c -> assertThat(c).contains("not borne out"));
        // "没有没有" holds 有没有 but asks nothing: no call ends over it
        assertThat(score(repair, visit + "赵建国：给4分吧。\n陈静：孙师傅上门准时吗？\n赵建国：没有没有。没问题，就周五上午，按这个办。\n" + close, zh)
                .critical()).noneSatisfy(c -> assertThat(c).contains("unanswered question"));
        // "约定了回电时间": a time the rep names only in its goodbye, after "改天你再打给我吧", was agreed by no one
        String putOff = visit + "赵建国：那就周六下午。\n陈静：好，周六下午。\n赵建国：等一下，先别定，改天你再打给我吧。\n";
        assertThat(score(repair, putOff + "陈静：那我周五上午再打给您。没问题，我们再联系您，打扰了，再见！[END:3]\n", zh).critical())
                .anySatisfy(c -> assertThat(c).contains("was the rep's alone (the customer named none)"));
        assertThat(score(repair, putOff + "陈静：好的，您看哪天方便？\n赵建国：周五上午吧。\n陈静：没问题，我们再联系您，打扰了，再见！[END:3]\n", zh)
                .critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
        // the rep may make the customer's day precise, not replace it, nor take the customer's echo of its own time as a yes
        String wait = visit + "赵建国：我得先跟我老伴商量一下，她周末才回来，到时候再说吧。\n";
        assertThat(score(repair, wait + "陈静：行，那我明天下午三点再打给您。\n赵建国：明天？我不是说……\n陈静：好的，明天下午三点我再打给您，再见！[END:3]\n", zh)
                .critical()).anySatisfy(c -> assertThat(c).contains("was the rep's alone"));
        assertThat(score(repair, visit + "赵建国：我在忙，要不你明天再打过来？\n陈静：没问题，那我明天上午十点左右再给您打，再见！[END:3]\n", zh)
                .critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
        // a call-back closing after "别打电话了" (the thirteenth review): the customer asked not to be called at all
        assertThat(score(repair, visit + "赵建国：别打电话了，信息发我就行。\n陈静：那我明天上午再给您打，再见！[END:3]\n", zh).critical())
                .anySatisfy(c -> assertThat(c).contains("asked not to be called"));
    }

    Scorecard score(Scorer scorer, String log, Map<String, Role> speakers) throws Exception {
        Path f = Files.writeString(tmp.resolve("c" + log.hashCode() + ".txt"), log);
        return scorer.score(PlainTextTranscripts.read(f, speakers));
    }

    private Scorecard holdout27(String file, java.util.function.UnaryOperator<String> edit, String caller, String callee) throws Exception {
        return held("holdout27", file, edit, caller, callee);
    }

    private Scorecard held(String set, String file, java.util.function.UnaryOperator<String> edit, String caller, String callee) throws Exception {
        Path dir = Path.of("src/test/resources/labelled/" + set + "/calls");
        String call = Files.readString(dir.resolve(file));
        String card = call.lines().findFirst().orElseThrow().replace("# card: ", "").strip();
        Scorer scorer = new Scorer(dev.rolecall.card.CardParser.parse(dir.resolve(card)), Weights.defaultWeights());
        return scorer.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve(edit.hashCode() + file), edit.apply(call)),
                Map.of(caller, Role.CALLER, callee, Role.CALLEE)));
    }

    /** holdout27: "How do I know that won't happen again?" → "Sounds like you're not interested. I'll take you off our list." */
    @Test
    void aRefusalTheRepMadeForTheCustomerIsNotBorneOut() throws Exception {
        failsUntilSaid("english-support-04.txt", "Sarah Lee", "Mark Davis", "the customer never declined",
                "How do I know that won't happen again?", "We're not interested, thanks.");
    }

    /** holdout27: "just email me the quote and I'll get back to you" → "I'll call you back Wednesday at 4 to finalize it". */
    @Test
    void aCallBackTimeTheRepSetAloneIsNotBorneOut() throws Exception {
        failsUntilSaid("translation-07.txt", "Lumen", "Dan", "was the rep's alone",
                "just email me the quote and I'll get back to you.", "just email me the quote and call me back Wednesday at 4.");
    }

    /** The holdout27 call fails its ending for {@code why}; with the customer's words {@code from} said as {@code to}, it does not. */
    private void failsUntilSaid(String file, String caller, String callee, String why, String from, String to) throws Exception {
        failsUntilSaid("holdout27", file, caller, callee, why, from, to);
    }

    private void failsUntilSaid(String set, String file, String caller, String callee, String why, String from, String to) throws Exception {
        assertThat(held(set, file, c -> c, caller, callee).critical()).anySatisfy(c -> assertThat(c).contains(why));
        assertThat(held(set, file, c -> c.replace(from, to), caller, callee).critical())
                .noneSatisfy(c -> assertThat(c).contains("not borne out"));
    }

    /**
     * holdout30: "不对不对，我说的是3号" → "那就这么定了"; "喂？喂？……（信号断了）" → "那就按周六上午给您送过去"; "No camera. Pump-out only.
     * Thursday or whatever you've got is fine." → "If you ever need us, you've got the number."
     */
    @Test
    void aCorrectedReadBackALostLineAndANoToTheAddOnOnlyAreNotBorneOut() throws Exception {
        failsUntilSaid("holdout30", "maishou-08.txt", "孙建华", "李德胜", "corrected the read-back",
                "不对不对，我说的是3号，先收河边！1号东头还没熟呢。", "对，没错，就这么办。");
        failsUntilSaid("holdout30", "delivery-04.txt", "顺达调度", "刘洋", "could not hear", "喂？喂？……（信号断了）", "行，周六上午可以。");
        failsUntilSaid("holdout30", "septic-08.txt", "Carla Mendes", "Gary Holt", "never declined",
                "Look, no camera. Pump-out only. Thursday or whatever you've got is fine.", "You know what, forget it. Not interested.");
    }

    /** holdout29: "I can't do the 22nd anymore… Could we do Sunday the 23rd?" → "…standard tandem on Saturday the 22nd. You're all set". */
    @Test
    void aDayTheCustomerRuledOutIsNotABooking() throws Exception {
        failsUntilSaid("holdout29", "skydive-07.txt", "Priya", "Marc", "ruled out",
                "I can't do the 22nd anymore. My sister moved her wedding to that Saturday. Could we do Sunday the 23rd or the weekend after?",
                "The 22nd is still perfect for me.");
        assertThat(RuledOutDays.days("周三我在上海出差，不行。Saturday the 22nd, or 5/23")).containsExactly("w3", "w6", "d22", "d23");
    }

    /** holdout29: "算了。不用说了，…我挂了。" → "好的张总，那就确认按原配置年度续费"; "So, what's next?" → "Understood, I'll cancel it then." */
    @Test
    void aHangUpIsNoYesAndAQuestionIsNoCancellation() throws Exception {
        failsUntilSaid("holdout29", "renewal-04.txt", "长江云服务", "张强", "turned it down",
                "算了。不用说了，你们这流程我没空陪你们折腾，我挂了。", "行吧，麻烦就麻烦点，按原配置续一年，你把申请表发我。");
        failsUntilSaid("holdout29", "skydive-08.txt", "Priya R.", "Marcus", "never declined",
                "Ten thousand. Alright. So, what's next?", "Ten thousand. Nope, I've decided. I'm not jumping, cancel it.");
    }

    /** holdout27: "Look, forget it, I'll go somewhere else." → "Great, so that's confirmed then, I'll get your order started." */
    @Test
    void forgetItIllGoSomewhereElseIsNoYes() throws Exception {
        Scorecard no = holdout27("translation-08.txt", c -> c, "Priya Raman", "Daniel Ortega");
        assertThat(no.critical()).anySatisfy(c -> assertThat(c).contains("turned it down"));
    }

    /**
     * holdout28: "I think we'll pass for now, we'll record at Ray's again." → "I'll hold the date for you… Have a think and get back
     * to me." is a no closed as a think-it-over; "Can you just email me all that?" bears that condition out, though the card's
     * condition also says "or names a time for you to call back".
     */
    @Test
    void aNoClosedAsAThinkItOverIsNotBorneOutAndAnEmailBearsOutItsCondition() throws Exception {
        Scorecard pass = held("holdout28", "studio-08.txt", c -> c, "Jess O.", "Tyler");
        Scorecard email = held("holdout28", "studio-05.txt", c -> c, "Studio", "Tyler");
        assertThat(pass.critical()).anySatisfy(c -> assertThat(c).contains("turned it down"));
        assertThat(email.critical()).noneSatisfy(c -> assertThat(c).contains("not borne out"));
    }

    /**
     * holdout28's faithful zupu calls: "加三十册以后尾款是九千七百块" is the card's 11760 + 30 × 98 − the 5000 paid, and "只走对公转账，
     * 不收个人账户/个人微信" is the card's own rule ("我们不收任何个人账户或个人微信转账"), not a way to pay it lacks.
     */
    @Test
    void aBalanceWorkedOutAndAPersonalAccountRuledOutAreTheCards() throws Exception {
        Scorecard balance = held("holdout28", "zupu-01.txt", c -> c, "林晓棠", "周建国");
        Scorecard wrong = held("holdout28", "zupu-01.txt", c -> c.replace("尾款是九千七百块", "尾款是九千五百块"), "林晓棠", "周建国");
        Scorecard account = held("holdout28", "zupu-02.txt", c -> c, "晓棠", "周老师");
        assertThat(balance.critical()).isEmpty();
        assertThat(wrong.critical()).anySatisfy(c -> assertThat(c).contains("9500"));
        assertThat(account.critical()).noneSatisfy(c -> assertThat(c).contains("way to pay"));
    }
    /**
     * The thirty-eighth held-out set: the customer's last words dispute what the rep said ("你先头说八千四，这会儿又说八千八",
     * "我到底是周二去还是周四去？") and the rep closes as agreed. A yes after the words that dispute keeps the ending.
     */
    @Test
    void aCustomerDisputingTheRepsLastWordsBearsOutNoAgreement() throws Exception {
        String close = "李明：好的，年度续费，感谢您的支持，资料稍后发您，祝您工作顺利！[END:1]\n";
        Scorecard disputed = score(OPENING + MIDDLE + "张强：年度。\n李明：好的，年度续费享受9折。\n张强：等一下，你刚才说95折，这会儿又说9折，到底多少？\n" + close);
        assertThat(disputed.critical()).anySatisfy(c -> assertThat(c).contains("the customer disputed it"));
        Scorecard which = score(OPENING + MIDDLE + "张强：年度。\n李明：好的，帮您按季度办理。\n张强：我说的是年度，不是季度。\n" + close);
        assertThat(which.critical()).anySatisfy(c -> assertThat(c).startsWith("ending not borne out")); // (a correction rule had it)
        Scorecard settled = score(OPENING + MIDDLE + "张强：年度。\n李明：好的，帮您按年度办理，没问题吧？\n张强：我说的是年度，对，没问题。\n" + close);
        assertThat(settled.critical()).noneMatch(c -> c.contains("disputed"));
    }
}
