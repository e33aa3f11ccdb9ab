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
        ACK(List.of("嗯。", "行。", "好。", "嗯，知道了。"), List.of("OK.", "Right.", "Got it.")),
        DODGED(List.of("你还没回答我刚才的问题。", "先回答我的问题。", "我问的不是这个。"),
                List.of("You didn't answer my question.", "That's not what I asked.")),
        TOO_LONG(List.of("说重点。", "简单点说。", "长话短说。"), List.of("Get to the point.", "Keep it short.")),
        AGREE(List.of("行，就这么办。", "可以，就按你说的来。", "好，那就这样定了。"),
                List.of("Fine, let's do that.", "OK, go ahead.", "Sounds good.")),
        IN_WRITING(List.of("你把资料都发我吧，我回头看。", "别打电话了，信息发我就行。"),
                List.of("Just send it all by email.", "Email me the details, I'll look later.")),
        BYE(List.of("我这边先挂了。", "不聊了，就这样吧。"), List.of("I have to go.", "Let's leave it there.")),
        ANYTHING_ELSE(List.of("还有别的吗？", "还有什么？"), List.of("Anything else?", "What else?")),
        PROBE(List.of("您看这样可以吗？", "您这边还有什么问题吗？"), List.of("Does that work for you?", "Any other questions?"));

        private final List<String> zh;
        private final List<String> en;

        Kind(List<String> zh, List<String> en) {
            this.zh = zh;
            this.en = en;
        }

        String say(Lang lang, SplittableRandom r) {
            return pick(lang == Lang.ZH ? zh : en, r);
        }
    }

    private static final java.util.regex.Pattern WORRY = java.util.regex.Pattern.compile(
            "^(?:其实)?(?:担忧|担心|害怕|怕|顾虑|希望|想要|想)|^(?:worried (?:about|that)|concerned (?:about|that)|hoping (?:to|that))\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "吗|呢|能否|能不能|是否|有没有|多少|怎么|什么|几|whether|how|what|when|can|if\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A concern turned into something a customer would say: a question, or a worry put as one. */
    static String question(Lang l, String fragment) {
        String f = fragment.replaceAll("[。.，,；;、]+$", "").trim();
        if (f.endsWith("？") || f.endsWith("?")) {
            return f;
        }
        if (ASKS.matcher(f).find()) {
            return f + (l == Lang.ZH ? "？" : "?");
        }
        var worry = WORRY.matcher(f);
        String topic = worry.find() ? f.substring(worry.end()).trim() : f;
        return l == Lang.ZH ? topic + "，这个你们能保证吗？" : "What about this: " + topic + "?";
    }

    static <T> T pick(List<T> items, SplittableRandom r) {
        return items.get(r.nextInt(items.size()));
    }
}
