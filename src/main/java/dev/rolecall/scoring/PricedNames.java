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
 * a word of paying (费, 每颗, 定金…) made a bare number money. Chinese only: English prices carry their dollar sign.
 */
final class PricedNames {
    /** What opens a line that counts options out: "第一个是", "一是", "另一种是", "还有". */
    private static final Pattern LEAD = Pattern.compile("^(?:第[一二三四五1-5](?:个|种|款|档|类)?(?:是|：|:)?|[一二三四五](?:是|：)"
            + "|(?:另)?一(?:种|款|个|档)是|选项[一二三四]|方案[一二三四][：:]?|还有|另外|再就是|或者)");
    /** A head that is talk, not a name: "跟您确认一下：…", "要加印的话，…", "车型有两种：…". */
    private static final Pattern TALK = Pattern.compile("[您你我有是要也跟就还把请]|的话|以后|两种|两款|确认|复述");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,8}");

    private final Set<String> names;
    private final Pattern after;

    PricedNames(String callerText) {
        names = new LinkedHashSet<>();
        for (String line : dev.rolecall.card.CardParser.quotesOf(callerText)) {
            for (String sentence : Sentences.split(line)) {
                if (FactExtractor.extract(sentence).stream().anyMatch(f -> f.type() == Fact.Type.MONEY)) {
                    String head = LEAD.matcher(sentence.split("[：:，,（(]", 2)[0].strip()).replaceFirst("");
                    if (NAME.matcher(head).matches() && !TALK.matcher(head).find()) {
                        names.add(head);
                    }
                }
            }
        }
        // the number is the whole price: a unit after it ("20000尾", "40平方米", "10点28") makes it something else
        after = names.isEmpty() ? null : Pattern.compile("(" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")(?:是|要|就是|的话是?|呢|：|:)?\\s?(\\d{2,6}(?:\\.\\d+)?)(?![\\d.])"
                + "(?=\\s*(?:$|[，,。！!？?；;、…~～)）]|[的就呢吧啊哈了吗呀嘛还都也是啦]))");
    }

    Set<String> names() {
        return names;
    }

    /** The prices said right after a priced name in a clause, less any amount already read from it. */
    List<Fact> in(String clause, List<Fact> read) {
        if (after == null) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
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
