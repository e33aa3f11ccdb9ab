package dev.rolecall.agent.offline;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The few stock phrases the offline engine needs that no card provides (acknowledgements, a
 * nudge when a question was ignored). Everything domain-specific comes from the card.
 */
final class Phrases {
    private Phrases() {}

    /** A stock phrase in each language; one is picked by the call's random source. */
    enum Kind {
        // ---- the customer
        ACK(List.of("嗯。", "嗯，你说。", "好，你接着说。", "嗯，知道了。", "行，你继续。", "嗯，接着说。", "知道了，往下说。", "好，往下说。"),
                List.of("OK.", "Right, go on.", "Got it.", "Mm-hm, go on.", "OK, keep going.", "Sure, continue.")),
        DODGED(List.of("你还没回答我刚才的问题。", "先回答我的问题。", "我问的不是这个。", "等等，我刚才问的你还没说。"),
                List.of("You didn't answer my question.", "That's not what I asked.", "Hold on, you skipped my question.")),
        TOO_LONG(List.of("说重点。", "简单点说。", "长话短说。", "你直接说结论。"),
                List.of("Get to the point.", "Keep it short.", "Short version, please.")),
        AGREE(List.of("行，就这么办吧。", "可以，就按你说的来。", "好，那就这样定了。", "没问题，就按这个办。", "行，那就按这个办。", "好，就这么定了。"),
                List.of("Fine, let's do it.", "OK, go ahead.", "Sounds good, let's do that.", "Alright, deal.", "Yes, go ahead.", "OK, let's do that.")),
        AGREE_WITH(List.of("行，那就按%s来，就这么定了。", "好，就%s，按这个办。", "可以，%s，就这么定了。", "那就%s，就这么定了，麻烦你了。",
                        "行，%s，就按这个办吧。", "好，%s，那就这么定了，谢谢啊。", "没问题，就%s，按这个办。"),
                List.of("OK, %s then. Let's do it.", "Fine, %s. Go ahead.", "Alright, %s it is. Deal.", "Good, %s then. Go ahead, thanks.",
                        "OK, %s. Sounds good, let's do that.")),
        IN_WRITING(List.of("你把资料都发我吧，我回头看。", "别打电话了，信息发我就行。", "这样，你先发我，我看完再定。",
                        "资料发我，我商量一下再说。", "你先把方案发我，我自己再算一下。", "先发我看看吧，我考虑好了再联系你。",
                        "你发过来吧，我有空了仔细看看。"),
                List.of("Just send it all by email.", "Email me the details, I'll look later.",
                        "Send me everything in writing and I'll think it over.", "Put it in an email, I need to check first.")),
        LATER(List.of("我这会儿有点事，改天再说吧。", "先这样，回头再聊吧，我这边有点事。", "我想想，改天再打给我吧。", "我再考虑考虑，回头再聊吧。",
                        "今天先到这儿吧，我想想再说，改天再打给我。", "这事我得想一想，晚点再打给我吧。"),
                List.of("Let me think it over; let's pick this up another time.", "I need to think it over, call me back later.")),
        // a hold-off after its own pick says why (the review: "先别急着定，我再想想" with no trigger read as a reversal)
        HOLD_OFF(List.of("等一下，先别定，我得先看看那天有没有别的安排，你先发我，我回头联系你。", "先别急着提交，那周的安排我还得再看看，你先发我，定了再跟你说。",
                        "嗯……先别定下来，那天的安排我还得再确认一下，你短信发我，我回头给你回话。"),
                List.of("Actually, hold off on that for now. I need to check my calendar first; send me the details and I'll get back to you.",
                        "Wait, don't lock it in yet. I have to check that day first; send me the details.",
                        "On second thought, let me check my week before you go ahead. Send me the options and I'll call back.")),
        TOO_LONG_BYE(List.of("说这么多我没时间听，先挂了。", "行了，别念稿子了，不聊了。"),
                List.of("I don't have time for a speech. I have to go.", "Too long, sorry. I have to go.")),
        WORRY_ACK(List.of("理解您的担心。", "您的顾虑我明白。", "您有这个担心很正常。"),
                List.of("I understand the concern.", "That's a fair worry.", "I hear you on that.")),
        HOLD_OFF_CALL(List.of("等一下，先别定，我得先看看那天有没有别的安排，改天你再打给我吧。", "先别急着定，那天我还得再确认一下有没有别的事，回头再说吧。"),
                List.of("Actually, hold off on that for now. I need to check my calendar first; call me back another day.",
                        "Wait, don't lock it in yet. I have to check that day first; let's talk another time.")),
        CALLBACK(List.of("那我后天上午再给您打个电话。", "那我明天下午再给您回个电话。", "那我周五上午再打给您。"),
                List.of("I'll call you back tomorrow afternoon.", "I'll give you a ring the day after tomorrow, in the morning.")),
        /** The rep asks when to call back, where its condition says a call-back time is agreed. */
        ASK_CALLBACK(List.of("那您看什么时候方便，我再给您打过来？", "好的，那您看哪天什么时候方便我再联系您？"),
                List.of("Sure. When would be a good time for me to call you back?", "No problem. When's a good time to call you back?")),
        /** The rep closes on the time the customer named (%s). */
        CALLBACK_AT(List.of("好的，那就%s，我再给您打过来。", "行，%s我再联系您。"),
                List.of("Great, I'll call you back %s.", "Sounds good, I'll give you a ring %s.")),
        /** The customer names when to call back (%s). */
        CALLBACK_WHEN(List.of("%s吧。", "%s打过来吧。", "嗯，%s吧，那会儿有空。"),
                List.of("Let's say %s.", "Try me %s.", "Call me %s, I'll be free then.")),
        TOO_LONG_WRITE(List.of("说这么多我没时间听，你短信发我吧，我先挂了。", "行了，别念稿子了，你把这些发我手机上，我自己看。"),
                List.of("I don't have time for a speech. Just text me the details.", "Too long, sorry. Send it to me in writing, I have to go.")),
        BYE(List.of("我这边先挂了。", "不聊了，就这样吧。", "我没时间了，先挂了。"), List.of("I have to go.", "Look, I have to go. Goodbye.")),
        REFUSE(List.of("算了，这次先不办了。", "算了，我不需要了，别再打了。"),
                List.of("Forget it, we won't renew this time.", "Not interested, thanks. Goodbye.")),
        // one put-off is enough for an irritated customer, so the words claim no more than one ("问你的你都说要核实" overclaimed)
        REFUSE_PUT_OFF(List.of("我问的你还得回去核实，算了，这次先不办了。", "问个事还要核实，算了，先不办了。"),
                List.of("You couldn't answer what I asked. Forget it, not this time.", "You had to check on my question. Forget it, not today.")),
        NO_COMMIT(List.of("这个都保证不了，那算了，先挂了。", "连这个都说不清，算了，我先挂了。"),
                List.of("If you can't even tell me that, forget it. Goodbye.", "You can't commit to that? Then we're done. Goodbye.")),
        CHECKED_OK(List.of("行，那你核实完尽快告诉我。", "好，那你查清楚了回我。", "那你问清楚了再告诉我。", "行，这个你记一下，回头给我个准话。",
                        "好吧，那你查到了跟我说一声。"),
                List.of("OK, get back to me on that soon.", "Fine, check and let me know.", "Alright, let me know when you find out.",
                        "OK, but I want an answer on that.")),
        AVAILABLE(List.of("方便，你说。", "可以，你说吧。", "嗯，你说。", "有几分钟，你说。", "方便的，请讲。"),
                List.of("Sure, I have a minute.", "Yes, go on.", "OK, I'm listening.", "I've got a few minutes, go ahead.", "Yes, now's fine.")),
        HURRY(List.of("说吧，我赶时间。", "你说，快点。", "我时间不多，你说重点。", "我就几分钟，你抓紧。", "长话短说吧。"),
                List.of("Make it quick.", "Go ahead, but keep it short.", "I've got a minute, go.", "Quickly, please.", "I'm busy, so be brief.")),
        IDENTITY(List.of("对，是我。", "是我。", "嗯，我是。", "我就是，你说。", "对，我是。"), List.of("Yes, speaking.", "That's me.", "Yes, that's me.", "Speaking.", "Yes, it's me.")),
        YES_CONFIRM(List.of("对。", "对，没错。", "是的。", "嗯，对。", "没错。", "是，对的。"), List.of("Yes.", "That's right.", "Correct.", "Yes, that's right.", "Yep.", "That's correct.")),
        NO_PROBLEM(List.of("没有。", "没有，都正常。", "这倒没有。", "没有没有。", "目前没有。", "没有，挺好的。"),
                List.of("No.", "No, nothing like that.", "Not that I know of.", "No, all fine.", "Nope.")),
        MILD(List.of("还好，有一点。", "有一点，还能忍。", "还行，不算太厉害。", "稍微有点，不严重。", "有点，但比前两天好多了。"),
                List.of("A little, but it's OK.", "Not too bad.", "A bit, nothing serious.", "Some, but it's getting better.")),
        WANT(List.of("%s。", "%s吧。", "嗯，%s。", "%s，麻烦你了。", "那就%s吧。"), List.of("Yes, please.", "Yes.", "Sure.", "Yes, that's fine.")),
        DONT_WANT(List.of("%s，先不用了。", "暂时%s。"), List.of("No, not for now.", "No, thanks.")),
        CHOOSE(List.of("%s吧。", "就%s。", "%s就行。", "那就%s。", "我选%s。", "%s比较好。", "嗯……%s吧。", "我看%s可以。", "%s吧，这个合适。"),
                List.of("%s, please.", "Let's do %s.", "%s works.", "%s is best for me.", "I'll take %s.")),
        KEEP(List.of("%s就行。", "先%s吧。"), List.of("Yes.", "Yes, that's fine.")),
        SAME(List.of("就按原来的，没变化。", "没变化，还是原来那样。"), List.of("Same as before.", "Nothing's changed.")),
        REACT(List.of("行，这个清楚了。", "那还行。", "这还差不多。", "嗯，那可以。", "好，明白了。", "那就好。", "行吧。", "嗯，这样还行。", "那我心里有数了。"),
                List.of("OK, that's clear.", "Fair enough.", "That helps.", "Alright.", "Good to know.", "OK, that works.", "Fine, that's clear.", "Right, that answers it.")),
        PRESS(List.of("你直接说。", "这个得先说清楚。", "别绕。", "给我个准话。"),
                List.of(" Straight answer, please.", " Be straight with me.", " I need a straight answer.")),
        ECHO(List.of("%s是吧，行。", "%s，知道了。", "哦，%s。", "%s，好。", "嗯，%s，明白。", "%s，行，记住了。"),
                List.of("%s, got it.", "OK, %s.", "Right, %s.", "%s, OK.", "%s. Noted.", "Alright, %s.")),
        IN_PASSING(List.of("对了，%s。", "跟你说一声，%s。", "顺便说一句，%s。"),
                List.of("By the way, %s.", "Just so you know, %s.", "For what it's worth, %s.")),
        BECAUSE(List.of("因为%s。", "%s。", "主要是%s。"), List.of("%s.", "Because %s.", "The thing is, %s.")),
        // ---- the rep
        ACK_REP(List.of("好的。", "明白。", "好的，了解。", "收到。", "嗯，好的。", "没问题。", "好嘞。", "理解。", "好的，谢谢您。", "明白了。"),
                List.of("Great.", "Understood.", "OK, noted.", "Got it.", "Thanks.", "Perfect.", "Sure.", "Right.", "Thanks for that.", "Noted.",
                        "Thanks, that helps.", "Alright, thank you.", "Good, thanks.", "Appreciate it.")),
        // no "好的"/"Great" of its own: the closing after it usually opens with one
        READ_BACK_PICKS(List.of("跟您确认一下，%s。", "那就是%s，我记下了。", "您选的是%s，我都记下了。"),
                // and nothing English a bare "card" or "bank transfer" reads badly in ("So that's card.")
                List.of("%s it is.", "%s, noted.", "%s, all noted.")),
        REP_ECHO(List.of("好的，%s。", "%s，没问题。", "%s是吧，好的。", "那就%s，我记下了。", "好，%s。"),
                List.of("%s, perfect.", "Great, %s it is.", "%s, noted.", "OK, %s.", "%s works, thanks.")),
        CONSULT(List.of("这事我得先跟%s商量一下，你先把资料发我吧。", "我还得跟%s商量商量，你先发我，商量好了我再联系你。"),
                List.of("I need to talk to %s first. Send me the details and I'll get back to you.",
                        "Let me check with %s first. Can you send me everything in writing?")),
        AS_SAID(List.of("就像刚才说的，", "还是刚才说的，"), List.of("As I said, ", "Like I mentioned, ")),
        TRANSITION(List.of("另外，", "还有，", "接下来，", "然后，"), List.of("Also, ", "Next, ", "One more thing: ", "And ")),
        PROPOSE(List.of("那就按刚才说的给您办理，您看可以吗？", "您看就按这个方案定下来，可以吗？", "那我这边就按这个安排，您确认一下可以吗？",
                        "如果没问题，我这边就按这个给您办理，可以吗？", "那咱们就按这个定下来，您看行吗？"),
                List.of("So shall I go ahead on that basis?", "Can we go ahead with that?", "Shall I set that up for you?",
                        "Shall I go ahead and set that up?", "Are you happy for me to go ahead with that?")),
        CHECK_BACK(List.of("这个我核实后回复您。", "这个问题我核实后回复您。", "这个我需要核实一下，核实后回复您。", "这点我记下了，核实后回复您。",
                        "这个我现在不能乱说，核实后回复您。", "您这个问题我记下来，核实后回复您。"),
                List.of("Let me check and get back to you.", "Let me check that and get back to you.", "Good question, let me check and get back to you.",
                        "I don't want to guess on that; let me check and get back to you.", "I'll note that down, check and get back to you.")),
        YES_REP(List.of("可以，", "没问题，", "可以的，"), List.of("Sure. ", "Yes, we can. ", "Of course. ")),
        CHECK_REST(List.of("具体的我核实后回复您。", "其他细节我核实一下，回复您。", "更具体的我核实后再回复您。"),
                List.of("The exact details I'll check and get back to you.", "Anything beyond that, let me check and get back to you.")),
        SORRY(List.of("好的，打扰您了。", "明白，不打扰您了。"), List.of("Understood, sorry to bother you. ", "No problem. ")),
        BYE_REP(List.of("好的，谢谢您，再见。"), List.of("Thank you, goodbye.")),
        WHICH(List.of("您看哪个合适？", "您看选哪个？", "您看哪个方便？"),
                List.of("Which works better for you?", "Which one suits you?", "Which would you prefer?")),
        ANYTHING_ELSE(List.of("还有别的吗？", "还有什么？"), List.of("Anything else?", "What else?")),
        PROBE(List.of("您看这样可以吗？", "您这边还有什么问题吗？"), List.of("Does that work for you?", "Any other questions?"));

        private final List<String> zh;
        private final List<String> en;

        Kind(List<String> zh, List<String> en) {
            this.zh = zh;
            this.en = en;
        }

        /** Whether the text holds one of this kind's phrases, in either language (the other side hearing it said). */
        /** The text is only one of these phrases ("这点我记下了，核实后回复您。"), with nothing else said. */
        boolean isAll(String text) {
            String t = text.strip();
            return java.util.stream.Stream.concat(zh.stream(), en.stream()).anyMatch(p -> t.equals(p) || t.equals(p.replaceAll("[。.]$", "")));
        }

        boolean saidIn(String text) {
            return java.util.stream.Stream.concat(zh.stream(), en.stream()).anyMatch(p -> text.contains(p.replaceAll("[。.]$", "")));
        }

        String say(Lang lang, SplittableRandom r) {
            return pick(lang == Lang.ZH ? zh : en, r);
        }

        /** A template with one slot ({@code %s}). */
        String say(Lang lang, SplittableRandom r, String slot) {
            String t = pick(lang == Lang.ZH ? zh : en, r);
            String out = t.contains("%s") ? String.format(t, slot) : t;
            return lang == Lang.EN && !out.isEmpty() ? Character.toUpperCase(out.charAt(0)) + out.substring(1) : out;
        }
    }

    static <T> T pick(List<T> items, SplittableRandom r) {
        return items.get(r.nextInt(items.size()));
    }
}
