package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card's template slot read out as written: "您选的是续X年、月租XXXX、X付，对吗？", "那就X号XX时段送新拉旧", "So that's
 * [day and time]". The customer hears no date, price or plan, yet agrees to "it" (the sixth review's lease and trade-in
 * calls, scored 96–98 with the slots read aloud). Only slots the card itself writes are looked for, so a model name
 * ("X30") or an X-ray is no slot, and a log's "[inaudible]" is not the card's.
 */
final class TemplateSlots {
    /** An X run standing for a value beside Chinese text: "X月X号", "月租XXXX、"; not "X30", "X-ray" or "option X". */
    private static final Pattern X_SLOT = Pattern.compile(
            "(?<![A-Za-z0-9\\-])X{1,4}(?![A-Za-z0-9\\-])(?=[\\p{IsHan}、，,。？?）)])|(?<=[\\p{IsHan}])X{1,4}(?![A-Za-z0-9\\-])");
    /** A bracketed slot or a choice left to the rep: "[day and time]", "【日期】", "{name}", "____", "（加/不加）". */
    private static final Pattern BRACKET_SLOT = Pattern.compile(
            "\\[(?!END)[^\\[\\]]{1,40}]|【[^【】]{1,20}】|\\{[^{}]{1,30}}|_{3,}|[（(][^（）()/／]{1,12}[/／][^（）()]{1,24}[）)]");

    /** "某月某日某时段": a run of 某 slots standing for the day and time picked (not "某一位", one 某 alone). */
    private static final Pattern SOME_SLOT = Pattern.compile("(?:某(?:年|月|日|号|天|周|时段|时间|时)){2,}");
    private static final Pattern DOLLAR_SLOT = Pattern.compile("\\$[A-Za-z_]+\\b");
    private static final Pattern ELLIPSIS_SLOT = Pattern.compile("(\\p{IsHan}[是为：:])……(?=[（(，,、])");

    /** Whether the card writes X slots at all. */
    private final boolean cardHasX;
    private final String cardText;
    /** Each bracketed choice of the card ("【到店／上门取车】") and the pattern of its alternatives said with their slash. */
    private final List<Map.Entry<String, Pattern>> slashed = new ArrayList<>();
    /** The words before each "……" the card leaves for the rep to fill ("项是……"). */
    private final List<String> ellipses = new ArrayList<>();

    /** A slot the card names in brackets: "[payment method]", "【金额】". */
    private static final Pattern NAMED_SLOT = Pattern.compile("\\[(?!END)([^\\[\\]/／]{2,40})]|【([^【】/／]{2,20})】");
    /** Each named slot and the pattern of its name said in its place, brackets dropped: "paying by payment method", "每月金额元". */
    private final List<Map.Entry<String, Pattern>> named = new ArrayList<>();

    /**
     * The card's words just before a slot, then the slot's own name, as a rep reading the template aloud says them ("paying by
     * [payment method]" → "paying by payment method", "付款方式是[付款方式]，" → "付款方式是付款方式，", "每月[金额]元" → "每月金额元"),
     * never the name followed by a value ("您选的是套餐A"): the fifteenth review's "每月金额元，付款方式是付款方式" passed as 11
     * facts matching the card. Null when the slot's name or its lead-in is too short to tell.
     */
    private static Pattern spokenSlot(String card, int start, int end, String name) {
        name = name.strip();
        String before = card.substring(Math.max(0, start - 24), start);
        boolean zh = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (zh) {
            Matcher lead = Pattern.compile("(\\p{IsHan}{2})$").matcher(before);
            if (!lead.find() || name.length() < 2) {
                return null;
            }
            String after = end < card.length() ? String.valueOf(card.charAt(end)) : "";
            String next = after.matches("\\p{IsHan}") ? Pattern.quote(after) + "|" : "";
            return Pattern.compile(Pattern.quote(lead.group(1)) + Pattern.quote(name) + "(?=" + next + "[，,。？?、；;！!]|$)");
        }
        Matcher lead = Pattern.compile("([A-Za-z]+\\s+[A-Za-z]+)\\s*$").matcher(before);
        if (!lead.find() || name.length() < 3) {
            return null;
        }
        return Pattern.compile("\\b" + Pattern.quote(lead.group(1)).replace(" ", "\\E\\s+\\Q") + "\\s+(?:the\\s+)?"
                + Pattern.quote(name) + "\\b(?![-'])", Pattern.CASE_INSENSITIVE);
    }

    /** Read once per card ({@link CardProfile}): a turn is then checked against what the card writes as slots. */
    TemplateSlots(String cardText) {
        this.cardText = cardText;
        this.cardHasX = X_SLOT.matcher(cardText).find();
        Matcher c = BRACKET_SLOT.matcher(cardText);
        while (c.find()) {
            String inner = c.group().substring(1, c.group().length() - 1).strip();
            String[] options = inner.split("\\s*[/／]\\s*");
            if (options.length == 2 && !options[0].isEmpty() && !options[1].isEmpty()) {
                slashed.add(Map.entry(c.group(), Pattern.compile(Pattern.quote(options[0]) + "\\s*[/／]\\s*" + Pattern.quote(options[1]))));
            }
        }
        Matcher n = NAMED_SLOT.matcher(cardText);
        while (n.find()) {
            Pattern spoken = spokenSlot(cardText, n.start(), n.end(), n.group(1) != null ? n.group(1) : n.group(2));
            if (spoken != null) {
                named.add(Map.entry(n.group(), spoken));
            }
        }
        Matcher e = ELLIPSIS_SLOT.matcher(cardText);
        while (e.find()) {
            ellipses.add(e.group(1) + "……");
        }
    }

    List<FactFlag> unfilled(Turn t) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            String slot = null;
            if (cardHasX) {
                Matcher m = X_SLOT.matcher(sentence);
                if (m.find()) {
                    slot = m.group();
                }
            }
            Matcher b = BRACKET_SLOT.matcher(sentence);
            while (slot == null && b.find()) {
                if (cardText.contains(b.group())) {
                    slot = b.group();
                }
            }
            // the card's alternatives said with their slash and without the brackets: "周六上午，到店／上门取车" for 【到店／上门取车】
            for (int i = 0; slot == null && i < slashed.size(); i++) {
                if (slashed.get(i).getValue().matcher(sentence).find()) {
                    slot = slashed.get(i).getKey();
                }
            }
            if (slot == null && cardText.indexOf('某') >= 0) {
                Matcher m = SOME_SLOT.matcher(sentence);
                if (m.find() && cardText.contains(m.group())) {
                    slot = m.group();
                }
            }
            // "$price" where the card writes one: a dollar sign before a word, never a sum (the fourteenth review's read-back
            // "the plot choice for $price, paying by method" scored as covered)
            if (slot == null) {
                Matcher d = DOLLAR_SLOT.matcher(sentence);
                if (d.find() && (cardText.contains(d.group()) || cardText.contains("$[" + d.group().substring(1) + "]"))) {
                    slot = d.group();
                }
            }
            for (int i = 0; slot == null && i < named.size(); i++) {
                if (named.get(i).getValue().matcher(sentence).find()) {
                    slot = named.get(i).getKey();
                }
            }
            // a card's "……" standing for what the rep fills in ("加项是……（或者不加）"), said as written
            for (int i = 0; slot == null && i < ellipses.size(); i++) {
                if (sentence.contains(ellipses.get(i))) {
                    slot = ellipses.get(i);
                }
            }
            if (slot != null) {
                out.add(new FactFlag(t.index(), "template", sentence.strip(), slot));
            }
        }
        return out;
    }
}
