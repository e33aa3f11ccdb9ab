package dev.rolecall.scoring;

import java.util.regex.Pattern;

/**
 * A card that offers dated slots ("可以约6月12号周六上午9点到12点，或者6月15号周二下午2点到5点", "I have Monday, March 9 at 8 am
 * or 1 pm, or Thursday, March 12 at 10 am") fixes the days there are. A day with its weekday that the card never names,
 * the customer never said and nothing on the card works out ("4月17号周六" between the card's 16th and 18th, "7月19日周日上午9点"
 * on a card closed on Sundays) is then an invented slot, not a calendar day the rep looked up.
 */
final class DatedSlots {
    private static final Pattern PART_OF_DAY = Pattern.compile("上午|下午|早上|晚上|中午|清早|白天|\\b(?:morning|afternoon|evening|noon|[ap]\\.?m\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A date offered as the other slot: "Or Sunday, October 24, Sundays are no problem" (holdout73) has no hour to it. */
    private static final Pattern OTHER_SLOT = Pattern.compile("^\\s*(?:or|how about|what about)\\b|^\\s*(?:或者|要不|不行就)",
            Pattern.CASE_INSENSITIVE);

    private DatedSlots() {}

    /** Whether one sentence of the card's caller side offers two or more dates with times of day: read once per card. */
    static boolean offeredBy(String callerText) {
        for (String sentence : Sentences.split(callerText)) {
            var facts = FactExtractor.extract(sentence);
            long dates = facts.stream().filter(f -> f.type() == Fact.Type.DATE).map(Fact::value).distinct().count();
            boolean timed = facts.stream().anyMatch(f -> f.type() == Fact.Type.TIME || f.type() == Fact.Type.TIME_RANGE)
                    || PART_OF_DAY.matcher(sentence).find();
            if (dates >= 2 && timed) {
                return true;
            }
        }
        return false;
    }

    /** The rep's own call-back ("I'll call you back Thursday, March 11", "10月15号周五上午11点我再打给您"): a day it picks itself. */
    private static final Pattern CALL_BACK = Pattern.compile("回电|回复|回您|打给您|给您打|联系您|再打|\\b(?:call you|get back|follow up|reach out|call back)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a sentence gives the rep's own call-back day: its words are in it or in the sentence after ("Friday, April 16,
     * around noon. I'll call you then.", "后天就是3月17号周三，上午10点我再打给您").
     */
    static boolean callBackDay(String sentence, String turn) {
        int at = turn.indexOf(sentence);
        java.util.List<String> from = Sentences.split(at < 0 ? sentence : turn.substring(at));
        return CALL_BACK.matcher(String.join(" ", from.subList(0, Math.min(2, from.size())))).find();
    }

    /** Whether one of these turns asks or offers when to call back ("When's a good time for me to call you back?", "您看什么时候回您电话？"). */
    static boolean callBackAsked(java.util.List<dev.rolecall.transcript.Turn> turns) {
        return turns.stream().anyMatch(t -> Sentences.split(t.text()).stream()
                .anyMatch(s -> CALL_BACK.matcher(s).find() && Sentences.endsAsking(s)));
    }

    /**
     * Whether a date the card never names, said with its weekday and a time of day, is a slot the card does not offer. A day
     * the card names without its month ("周日19号上午9点半", "the 23rd") is the card's in any month.
     */
    static boolean unoffered(Fact date, String sentence, String turn, CardProfile card) {
        if (!card.datedSlots || !date.value().matches("\\d\\d-\\d\\d") || UnofferedDays.named(sentence).isEmpty()
                || card.facts.getOrDefault(Fact.Type.DATE, java.util.Set.of()).contains(date.value())
                || card.daysOfMonth.contains(date.value().substring(3)) || CALL_BACK.matcher(turn).find()) {
            return false;
        }
        return PART_OF_DAY.matcher(sentence).find() || OTHER_SLOT.matcher(sentence).find() || FactExtractor.extract(sentence).stream()
                .anyMatch(f -> f.type() == Fact.Type.TIME || f.type() == Fact.Type.TIME_RANGE);
    }
}
