package dev.rolecall.agent.offline;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The card's "when the rep says X, the customer says Y" lines ("当售后说“向您道歉”时，她会说：“道歉就不用了…”", "When the rep
 * says the fine goes up every day, he says 'Then let's stop the clock…'") and its opener ("一接起来先问：“你哪位？…”", "Opens
 * apologetically: 'Oh dear, I know…'"). The twelfth and thirteenth reviews found none of them said in 40 calls: a behaviour line
 * with a cause was kept out of the customer's speech so it would not be said out of place, and so was never said at all.
 */
final class CardReactions {
    /** A quoted line and the trigger before it. */
    record Reaction(Set<String> trigger, int need, String speech, boolean opener) {}

    private static final Pattern ZH_WHEN = Pattern.compile("(?:当|每当|一旦|如果|要是)?(?:对方|售后|客服|坐席|工作人员|你)?"
            + "(?:说到|说起|提到|问到|问起|听到|讲到|聊到|说)([^，,：:]{1,24}?)(?:时|的时候|之后|后)");
    private static final Pattern EN_WHEN = Pattern.compile("\\b(?:when|whenever|once|if) (?:the (?:rep|caller|agent|advisor|librarian|staff)|they|someone|you) "
            + "(?:says?|mentions?|talks? about|brings? up|explains?|asks? about|apologi[sz]es)( [^,;:\"“]{0,60}?)?(?:[,;:]| (?:he|she|they) (?:says|asks|replies))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENER = Pattern.compile("^\\s*(?:一接(?:起来|电话)|接起电话|接电话|刚接|开口|\\bopens\\b|\\bon picking up\\b|\\bwhen (?:he|she|they) (?:answers|picks up)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APOLOGY = Pattern.compile("道歉|apolog", Pattern.CASE_INSENSITIVE);

    private final List<Reaction> reactions;
    private final Set<String> plain;

    CardReactions(Card card, Set<String> plain) {
        this.plain = plain;
        List<Reaction> out = new ArrayList<>();
        List<String> lines = new ArrayList<>(card.callee().behaviours());
        // a latent worry may carry its cue too: "…he won't say so, but if the rep mentions the Food-for-Fines option he says 'Tins…'"
        card.callee().concerns().forEach(c -> lines.add(c.text()));
        for (String b : lines) {
            List<String> quotes = CardParser.quotesOf(b);
            if (quotes.isEmpty()) {
                continue;
            }
            String speech = asked(quotes.get(quotes.size() - 1));
            if (OPENER.matcher(b).find()) {
                out.add(new Reaction(Set.of(), 0, speech, true));
                continue;
            }
            Matcher zh = ZH_WHEN.matcher(b);
            Matcher en = EN_WHEN.matcher(b);
            String trigger = null;
            if (zh.find() && b.indexOf(speech) > zh.start()) {
                trigger = zh.group(1);
            } else if (en.find() && b.indexOf(speech) > en.start()) {
                trigger = (en.group(1) == null ? "" : en.group(1)) + (APOLOGY.matcher(en.group()).find() ? " apologise" : "");
            }
            if (trigger == null) {
                continue;
            }
            Set<String> units = new java.util.HashSet<>(Speech.units(trigger.replaceAll("[“”「」『』\"']", "")));
            units.removeAll(plain);
            // half of the cue's words said sets it off; an apology in any words does
            int need = APOLOGY.matcher(trigger).find() ? 1 : Math.max(1, (units.size() + 1) / 2);
            if (APOLOGY.matcher(trigger).find()) {
                units.add("道歉");
                units.addAll(Speech.units("apologise apologize sorry"));
            }
            if (!units.isEmpty()) {
                out.add(new Reaction(Set.copyOf(units), need, speech, false));
            }
        }
        this.reactions = List.copyOf(out);
    }

    private static final Pattern ASKS = Pattern.compile("什么|怎么|能不能|可不可以|是不是|有没有|吗$|呢$|哪|几|多少|^(?:how|what|when|why|where|which|can|could|do|does|is|are|will)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A quoted question the card wrote without its mark ("什么时候能送，能不能周末") gets one. */
    private static String asked(String quote) {
        String q = quote.strip();
        if (q.isEmpty() || Speech.endsWithAny(q, "。！？!?.…")) {
            return q;
        }
        String last = q.substring(Math.max(0, Math.max(q.lastIndexOf('，'), q.lastIndexOf(',')) + 1)).strip();
        return ASKS.matcher(last).find() ? q + (Speech.zh(q) ? "？" : "?") : q;
    }

    /** Every speech these lines hold: kept out of the customer's general pool, said only on their cue. */
    List<String> speeches() {
        return reactions.stream().map(Reaction::speech).toList();
    }

    /** The opener the card gives, or null. */
    String opener() {
        return reactions.stream().filter(Reaction::opener).map(Reaction::speech).findFirst().orElse(null);
    }

    /** The line the rep's turn sets off (half of its cue words said), or null; each once a call. */
    String on(String caller, Set<String> saidUnits, Set<String> used) {
        for (Reaction r : reactions) {
            if (r.opener() || used.contains(r.speech())) {
                continue;
            }
            if (Speech.overlap(r.trigger(), saidUnits) >= r.need()) {
                used.add(r.speech());
                return r.speech();
            }
        }
        return null;
    }
}
