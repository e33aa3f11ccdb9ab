package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advice that turns a card's "don't" into a "do": the card says 降压药照常吃，不要停 and the rep says
 * 降压药先停一停; the card says 不需要打麻药 and the rep says 会打一点麻药. No number is wrong, so
 * the fact checker cannot see it, yet a reviewer fails the call for it. A caller clause contradicts
 * a card prohibition when it says the prohibited action (its characters in order, a few apart)
 * with no negation just before it, in a sentence that shares the card sentence's topic, unless
 * the card sentence nearest to it says the action itself: "自己找修理厂，先垫钱" restates the card's
 * second option ("先垫付修车费"), not its first one's "您不用垫钱".
 */
final class Contradictions {
    /** 别 only as "don't": not inside 分别, 特别, 区别, 级别 (a character before it must not bind it into a word). */
    // 不许说"包学会": the action may stand in quotes; 能不能包学会 is a question, not a "不能"
    private static final Pattern ZH_DONT = Pattern.compile("(千万别|不要|不需要|不用|无需|不必|切勿|禁止|避免|(?<!能)不能|不得|严禁|不允许|不可以|不许|不准"
            + "|(?:(?<!\\p{IsHan})|(?<=[请您你就也可都还先后]))别)(?:承诺|提供|私自|擅自|随意|主动|提前|中途|帮|让|给|说|讲)?[\"“「『]?(\\p{IsHan}{1,4})");
    // "不说"保证断根""一次根治"" (holdout61, and holdout41/42/58/60's cards): a bare 不 before the verb, quotes side by side
    private static final Pattern ZH_DONT_QUOTED = Pattern.compile("(不要|不能|不许|不准|不得|严禁|禁止|别|不可以|不允许|(?<![要可能许准得])不)(?:说|承诺|答应|讲|保证)"
            + "[^\"“「『，。；]{0,6}[\"“「『]([^\"”」』]{2,16})[\"”」』]");
    /** A further quote right after a quoted thing not to say: the ""一次根治"" of 不说"保证断根""一次根治". */
    private static final Pattern NEXT_QUOTE = Pattern.compile("\\G\\s*[、，,或和]?\\s*[\"“「『]([^\"”」』]{2,16})[\"”」』]");
    /** A don'ts-section item that is a thing not to say: "说保证断根、一次根治。", "承诺“出了任何事都全额赔”". */
    private static final Pattern SAY_ITEM = Pattern.compile("^(?:跟客户|对客户|向客户)?(?:说|讲|承诺|答应|保证)(?!明|话)[\"“「『]?(\\p{IsHan}[^。；;]*)");

    /** A listed action's own verb: "修" of 修暗管, "换" of 换空开. */
    private static final Pattern LIST_VERB = Pattern.compile("[修换加改做装拆退免送包保收提拉动补]");
    private static final Pattern ZH_QUOTED = Pattern.compile("[“\"](\\p{IsHan}{4,16})[”\"]");
    // "Book today, your kids are breathing it right now" (holdout67's lead-paint card): a quoted line with a comma in it
    private static final Pattern EN_QUOTED = Pattern.compile("[\"“]([A-Za-z][A-Za-z' ,-]{1,60}[A-Za-z])[\"”]");
    /** A don'ts item naming a word not to call the thing: "Call it freeze-proof or promise nothing will crack." (holdout62). */
    private static final Pattern EN_CALL_IT = Pattern.compile("^(?:never\\s+|don'?t\\s+)?(?:call|describe|advertise|label)\\s+(?:it|them|the\\s+\\w+)\\s+(?:as\\s+)?([a-z]+-[a-z]+)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A don'ts item of things not to promise to do: "Promise to remove lead, repaint, or do a blood test." Not "Promise a
     * delivery date, a rush, or…", things a rep names to rule them out ("we don't have a rush service").
     */
    private static final Pattern EN_PROMISE_ITEM = Pattern.compile("^(?:never\\s+|don'?t\\s+)?(?:promise|offer|agree)\\s+to\\s+([a-z][^.;:]*)",
            Pattern.CASE_INSENSITIVE);
    /**
     * What the business does not do, listed: "we don't remove lead, repaint, or do blood tests". Not a list of what the
     * customer should not do ("please don't paint, clean or vacuum for 24 hours before"), which a rep may well allow after.
     */
    private static final Pattern EN_DONT_LIST = Pattern.compile("\\b(?:we (?:don't|do not|never|won't)|never promise(?: to)?)\\s+([a-z]+(?:[ -][a-z]+){0,3}"
            + "(?:\\s*,\\s*(?:or\\s+|and\\s+)?[a-z]+(?:[ -][a-z]+){0,3})+(?:,?\\s+(?:or|and)\\s+[a-z]+(?:[ -][a-z]+){0,3})?)", Pattern.CASE_INSENSITIVE);
    /** Between the words of a listed action, a few others may stand: "do a finger-prick blood test" does "do a blood test". */
    static final String GAP = "…";
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_ARTICLE = Pattern.compile("\\b(?:a|an|the|any|their|her|his|your)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern LIST_END = Pattern.compile("so|we|you|i|they|to|for|before|after|until|anything|everything|it|her|him|them|that|this"
            + "|if|when|please|because|with|at|on|in|[\\d%]+\\w*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_TOO_COMMON = Pattern.compile("ask|say|be|do|get|go|make|take|have|tell|call|use|give|let", Pattern.CASE_INSENSITIVE);

    /** The actions of a list of three or more, each its words joined by {@link #GAP}; none when it is no list. */
    private static List<String> listedActions(String list) {
        String[] parts = LIST_SPLIT.split(list.replaceFirst("(?i)^promise to\\s+", "").strip());
        List<String> out = new ArrayList<>();
        if (parts.length < 3) {
            return out; // "don't sweep or vacuum" is one clause's pair, read as before
        }
        for (String part : parts) {
            List<String> words = new ArrayList<>();
            for (String w : EN_ARTICLE.matcher(part.toLowerCase(Locale.ROOT)).replaceAll("").strip().split("\\s+")) {
                if (LIST_END.matcher(w).matches()) {
                    break; // "vacuum for 24 hours", "so never promise to": the list has ended
                }
                words.add(w);
            }
            if (!words.isEmpty() && words.size() <= 4 && !(words.size() == 1 && EN_TOO_COMMON.matcher(words.get(0)).matches())) {
                out.add(String.join(GAP, words));
            }
        }
        return out;
    }

    /** The items of {@link dev.rolecall.card.Side#rules()}: each section's lines after its heading, less their bullet or number. */
    /** The items of a card's don'ts sections, each without its bullet or number (a section's first line is its heading). */
    static List<String> ruleItems(String rules) {
        List<String> out = new ArrayList<>();
        for (String block : rules.split("\n\\s*\n")) {
            String[] lines = block.split("\n");
            for (int i = 1; i < lines.length; i++) {
                out.add(lines[i].replaceAll("^\\s*(?:[-*•·]|\\d+[.)、．]|[（(]\\d+[)）])\\s*", "").strip());
            }
        }
        return out;
    }

    /**
     * The English words a card's don'ts sections quote: "Use "today only" or other deadline pressure." forbids "it's today
     * only" (holdout61's stairlift card), whatever else the sentence is about.
     */
    static List<Prohibition> quotedInRules(String rules) {
        List<Prohibition> out = new ArrayList<>();
        for (String item : ruleItems(rules)) {
            Matcher call = EN_CALL_IT.matcher(item);
            if (call.find()) {
                String word = call.group(1).toLowerCase(Locale.ROOT);
                out.add(new Prohibition(item, word, false, CardProfile.terms(word), item, false));
            }
            Matcher promise = EN_PROMISE_ITEM.matcher(item);
            if (promise.find()) {
                for (String action : listedActions(promise.group(1))) {
                    out.add(new Prohibition(item, action, false, CardProfile.terms(item), item, false));
                }
            }
            Matcher q = EN_QUOTED.matcher(item);
            while (q.find()) {
                String phrase = q.group(1).toLowerCase(Locale.ROOT).strip();
                if (!CardProfile.terms(phrase).isEmpty()) {
                    out.add(new Prohibition(item, phrase, false, CardProfile.terms(phrase), item, false));
                }
            }
            // "说“翻完跟新的一模一样”“比新买的还好”。" under 禁止事项 (holdout65): each quoted phrase is not to be said
            Matcher zh = ZH_QUOTED.matcher(item);
            while (zh.find()) {
                out.add(new Prohibition(item, zh.group(1), true, CardProfile.terms(zh.group(1)), item, false));
            }
        }
        return out;
    }

    /**
     * The items of a card's don'ts sections (禁止事项) that say what not to say, written as the card would with a 不能: under
     * that heading "说药无毒、对人和宠物没害。" carries no negation of its own (holdout61's baiyi card, whose red lines had gone
     * unread).
     */
    static String sayItemsAsDonts(String rules) {
        StringBuilder out = new StringBuilder();
        for (String item : ruleItems(rules)) {
            Matcher m = SAY_ITEM.matcher(item);
            if (!m.find()) {
                continue;
            }
            String verb = null;
            for (String part : m.group(1).split("[、，,]|或者|或")) {
                String phrase = part.replaceAll("[\"“”「」『』]", "").replaceAll("(这类|之类|等)(保证|承诺|的话)?$", "").strip();
                // "答应…修燃气热水器或浴霸": a bare noun in the list takes the verb before it (修浴霸), or a rep saying
                // "浴霸这个嘛" would say the red line (holdout69's reshuiqi-04); so does one in its middle ("修呼吸机、雾化器、
                // 充氧气瓶": 修雾化器, not 雾化器, which holdout71's faithful zhiyangji-02 names among what the company does not do)
                Matcher v = LIST_VERB.matcher(phrase);
                if (v.lookingAt()) {
                    verb = v.group();
                } else if (verb != null && phrase.length() <= 3) {
                    phrase = verb + phrase;
                }
                if (phrase.length() >= 2 && phrase.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    out.append("不能说“").append(phrase).append("”\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * Actions too common to prohibit by themselves: "别是", "不要说" say nothing a rep could contradict; "评估不要钱" says
     * it is free, and "剩下的钱按天退" does not break it.
     */
    private static final Set<String> TOO_COMMON = Set.of("是", "有", "说", "做", "去", "来", "要", "会", "能", "让", "把", "给", "在", "想", "管", "钱");
    /** "Stop" prohibits only as a command opening its clause ("Stop the pills"): "we can stop that today" prohibits nothing. */
    /** "regular socks aren't allowed", "outside food is not permitted": the subject is the action not to take. */
    private static final Pattern EN_NOT_ALLOWED = Pattern.compile("\\b((?:[a-z]+\\s+)?[a-z]{3,})\\s+(?:aren't|are not|isn't|is not)\\s+"
            + "(?:allowed|permitted|accepted)\\b", Pattern.CASE_INSENSITIVE);
    /** Ruled out just after it: "regular socks aren't allowed", "socks? Those won't work". */
    // within its clause: "parts go up on the first, so you don't want to sit on this" rules nothing out (holdout69's standby-gen-08)
    // ("No staining/painting, no railings/stairs": a list of noes goes on past its comma, holdout68's deck-ledger-02)
    // "It can't tip over, not with our base plates" says it the more (holdout72's scaffold-rental-06)
    private static final Pattern EN_RULED_OUT_AFTER = Pattern.compile("^[^\\w,;]*(?:\\w+[^\\w,;]+){0,2}?(?:aren't|are not|isn't|is not|not|can't|cannot"
            + "|won't|don't|no)\\b|^\\W*(?:no|not(?! with\\b)|nor|never)\\b", Pattern.CASE_INSENSITIVE);
    // a hyphenated word is one: never "dust-free" forbids no "dust-contained" (holdout60's faithful floor-refinish-02)
    private static final Pattern EN_DONT = Pattern.compile("\\b(?:don't|do not|never|no need to|avoid)\\s+([a-z]+(?:-[a-z]+)*(?:\\s+[a-z]+(?:-[a-z]+)*)?)"
            + "|^\\W*(?:please\\s+)?stop\\s+([a-z]+(?:\\s+[a-z]+)?)", Pattern.CASE_INSENSITIVE);
    /**
     * A "don't" that holds only until the customer agrees ("Do not set up the arrangement … without a clear yes",
     * 未经客户同意不要…): doing it after a yes keeps the rule; doing it without one is a claimed agreement, which
     * {@link Agreements} reads from the customer's words.
     */
    private static final Pattern UNTIL_AGREED = Pattern.compile("without (?:a |an |his |her |their |the \\w+(?:'s|s')? )?(?:clear |explicit )?"
            + "(?:yes|ok(?:ay)?|consent|agreement|approval|permission|go-ahead)|unless (?:he|she|they|the \\w+) (?:agrees?|says? yes)"
            + "|未经.{0,6}(?:同意|确认|允许)|(?:没有|没)(?:得到)?.{0,4}(?:明确)?(?:同意|确认|答复)", Pattern.CASE_INSENSITIVE);
    /** Declined after the action is named: "包学会这个我不能跟您打包票", "保证考过这个我们不能说", "a refund I can't promise". */
    private static final Pattern DECLINED_AFTER = Pattern.compile("^[^。！？.!?]{0,12}?(?:不能|没法|无法|不敢|不好|不会)(?:跟|给|向|和)?(?:您|你)?"
            // "保证考过这个我们不能说" (holdout54's faithful wurenji-01)
            + "(?:打包票|保证|承诺|担保|说死|打保票|说(?![是得成]))|^[^.!?]{0,20}?\\b(?:can'?t|cannot|won'?t|couldn'?t) (?:promise|guarantee)"
            // a list of what is not done, the no after it: "买新灯、修吊顶、改电线、楼梯栏杆、外墙灯，不做。" (holdout73's faithful diaodeng-02)
            + "|^[^。！？.!?]{0,30}?[，,]\\s*(?:这些|这几样|以上)?(?:我们)?都?(?:不做|不管|不包|不接|不负责|不在(?:我们的?)?(?:服务)?范围)",
            Pattern.CASE_INSENSITIVE);
    /** A negation, or a word of fear or prevention ("怕服务中断", "以免"), just before the action. */
    // "Dust-contained ≠ dust-free" (holdout60's faithful floor-refinish-02): ≠ is a not
    // "✘ prices/discounts" in a rep's shorthand (holdout46's faithful underwriting-02) is a not as well
    // "Please stop picking from that bay": stop is a no too (holdout75's faithful pallet-rack-01, capped on the card's own line)
    private static final Pattern NEGATED = Pattern.compile("(不|无|没|别|勿|免|怕|担心|防止|以免|避免|禁止|严禁|≠|✘|✗|❌|no|not|never|n't|without|avoid|prevent|risk"
            + "|\\bstop|\\bquit)\\W{0,2}\\S{0,3}\\s*$"
            // a no over a list joined by slashes: "no roof/soffit/gutter repair" (holdout66's faithful attic-wildlife-02)
            + "|\\b(?:no|not|never)\\s+(?:[\\w'-]+\\s*/\\s*)+$"
            // "please don't try to open the door": no word boundary falls inside "don't" (holdout37's faithful garage-door-01)
            + "|(?:\\b(?:not|never|unable|no)|n't)\\s+(?:\\w+\\s+){0,2}(?:to\\s+)?$"
            // "We never top a tree or use spikes on a living one": the never covers what "or" joins (holdout59's faithful
            // tree-pruning-03, capped at 60)
            + "|\\b(?:not|never|n't|no)\\b[^,;.!?]{0,40}\\b(?:or|nor)\\s+$"
            // "I won't tell you skydiving is risk-free": a saying verb carries the negation over what is said
            // and over a list: "never say fire-proof, fully protected or you'll pass…" (holdout71's card, its quotes lost in the split)
            + "|(?:\\bnot|\\bnever|n't)\\s+(?:tell|say|promise|claim|pretend)\\b(?:[\\s,\"“”']+[\\w'-]+){0,8}[\\s,\"“”']+$"
            // a rep's shorthand: "No promise nobody can fall / totally safe" (holdout72's faithful scaffold-rental-02)
            + "|\\bno (?:promises?|guarantees?|claims?)\\b[^.;!?]{0,60}$", Pattern.CASE_INSENSITIVE);
    /** Ruled out after it: "按月付目前是不支持的" restates the card's 不支持按月付. */
    // "呼吸机/雾化器/充氧气瓶/电线插座/医保报销 不做。": the 不 at a list's end rules out every item of it (holdout71's faithful
    // zhiyangji-02)
    private static final Pattern RULED_OUT_AFTER = Pattern.compile("[^，。！？,.!?；;]{0,4}?(?:是|也|都|就)?(?:不|没|无|别)"
            + "|(?:\\s*[/／、和及或与]\\s*[^，。！？,.!?；;/／、\\s]{1,8})+\\s*(?:是|也|就)?都?(?:不|没|无|别)");
    /** A yes with a negation character in it: "放微波炉也没关系的" allows it (holdout57). */
    private static final Pattern YES_WORDS = Pattern.compile("没关系|没问题|没事|不要紧|不碍事|不影响");
    /** Said to be fine just after the action: "放微波炉也没关系", "放微波炉可以". */
    private static final Pattern FINE_AFTER = Pattern.compile("[^，。！？]{0,2}(?:" + YES_WORDS.pattern() + "|可以|都行)");

    private static boolean saidFine(String clause, String action) {
        for (int at = clause.indexOf(action); at >= 0; at = clause.indexOf(action, at + 1)) {
            if (FINE_AFTER.matcher(clause).region(at + action.length(), clause.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
    /** Words after the negation that carry no action of their own. */
    private static final Set<String> EMPTY = Set.of("担心", "着急", "客气", "紧张", "worry", "hesitate", "mind");

    /**
     * A card "don't". {@code needless} marks one that says a thing is not needed (不需要交警证明, 全程不用纸质资料):
     * a rep who says it is needed (还得去开个事故证明, 还需要签一份纸质合同) breaks it in other words.
     */
    record Prohibition(String said, String action, boolean han, java.util.Set<String> topic, String sentence, boolean needless) {}

    private static final Pattern NEEDLESS = Pattern.compile("不需要|不用|无需|不必");
    /** "…以外的时间", "…之外": what follows the named thing makes the rule about everything else. */
    private static final Pattern OTHER_THAN = Pattern.compile("[^，,。；;]{0,16}?(?:以外|之外)");
    /** The rep says a thing is needed: 需要, 还得, 必须, 得先. */
    // a bare 要 or 得 before a verb as well: "续费得走线下合同", "合同得寄纸质版盖章" (renewal's 全程无需纸质资料; holdout32, holdout21)
    private static final Pattern NEEDED = Pattern.compile("(?<![不无没别])(?:需要|还得|必须|得先|得去|还要|要求)"
            + "|(?<![只主重不想还需首必次摘纲概扼紧简])要(?:先|去|再)?(?=[寄交开走填签打办提盖送拿带])|(?<![觉记值懂获晓使难舍免省])得(?:先|去|再)?(?=[寄交开走填签打办提盖送拿带])");
    /** A negation in a clause; 不过, 不好意思 negate nothing ("不过续费得先打印纸质合同", holdout38). */
    private static final Pattern NEGATION_IN = Pattern.compile("(?!不过|不好意思|不然|不管|不少|不错)[不没无别非]");

    private Contradictions() {}

    /** The card's prohibitions, with the content terms of the sentence each sits in. */
    static List<Prohibition> of(String cardText) {
        List<Prohibition> out = new ArrayList<>();
        // 不许说新冰箱"到了马上就能插电": what may not be said is the quote, not the words before it (sentences lose their
        // quote marks, so the quotes are read from the card's lines)
        List<Prohibition> quoted = new ArrayList<>();
        for (String line : cardText.split("\n")) {
            Matcher q = ZH_DONT_QUOTED.matcher(line);
            while (q.find()) {
                String said = q.group().replaceAll("[\"“”「」『』]", "");
                String plain = line.replaceAll("[\"“”「」『』]", "");
                // the quoted words are their own topic: "我们包过的" says what "不能说“包过”" quotes, whatever else it is about
                // (holdout54's wurenji-06)
                quoted.add(new Prohibition(said, q.group(2), true, quotedTopic(plain, q.group(2)), plain, false));
                Matcher next = NEXT_QUOTE.matcher(line);
                next.region(q.end(), line.length());
                while (next.find()) {
                    quoted.add(new Prohibition(said + next.group(), next.group(1), true, quotedTopic(plain, next.group(1)), plain, false));
                }
                // "坏了什么都全赔、不用核实" is two things not to say; a rep says either in a clause of its own
                String[] parts = q.group(2).split("[、，,；;]");
                for (String part : parts.length > 1 ? parts : new String[0]) {
                    if (part.strip().length() >= 2) {
                        quoted.add(new Prohibition(said, part.strip(), true, quotedTopic(plain, part.strip()), plain, false));
                    }
                }
            }
        }
        out.addAll(quoted);
        for (String sentence : Sentences.split(cardText)) {
            if (UNTIL_AGREED.matcher(sentence).find()) {
                continue;
            }
            Matcher list = EN_DONT_LIST.matcher(sentence);
            while (list.find()) {
                // "we don't remove lead, repaint, or do blood tests": each thing listed, not only the first (holdout67's lead-paint)
                for (String action : listedActions(list.group(1))) {
                    out.add(new Prohibition(list.group(), action, false, topic(sentence, action.replace(GAP, " ")), sentence, false));
                }
            }
            for (String clause : Sentences.clauses(sentence)) {
                Matcher m = ZH_DONT.matcher(clause);
                while (m.find()) {
                    String cut = m.group();
                    // the quote is the action, not its first four characters; and a 不用 inside it is what may not be said
                    // (不能说"坏了什么都全赔、不用核实" forbids no 核实)
                    if (quoted.stream().anyMatch(q -> q.said().contains(cut))) {
                        continue;
                    }
                    if (!m.group().matches(".*[说讲].*")
                            && (OTHER_THAN.matcher(clause.substring(m.end())).lookingAt() || clause.substring(0, m.start()).contains("除"))) {
                        // "不能承诺周四上午10点和周六上午9点半以外的办理时间" forbids every other time, not Thursday morning (the
                        // eighteenth review: 9 of 10 deposit calls capped at 60 for booking the card's own slot)
                        continue;
                    }
                    String action = m.group(2).replaceAll("(了|的|哈|啊|呢|吧)$", "");
                    // "2号RO膜…，这次不用换" says a thing named elsewhere needs no work: with no object in its clause, its one verb
                    // is in every line of a filter-change call ("充电器和包装盒都不用寄" names what is not sent, and stays)
                    boolean needlessVerb = NEEDLESS.matcher(m.group(1)).matches() && action.length() < 2
                            && clause.replace(m.group(), "").replaceAll("[^\\p{IsHan}]|这次|这个|那个|现在|目前|今天|暂时|都|也|就|还|了|的", "").length() < 2;
                    if (!action.isEmpty() && !needlessVerb && !TOO_COMMON.contains(action.substring(0, 1)) && EMPTY.stream().noneMatch(action::startsWith)) {
                        out.add(new Prohibition(m.group(), action, true, topic(sentence, action), sentence,
                                NEEDLESS.matcher(m.group(1)).matches() && action.length() >= 3));
                    }
                }
                Matcher na = EN_NOT_ALLOWED.matcher(clause);
                while (na.find()) {
                    // "regular socks aren't allowed": what is not allowed is said before it (holdout31's rep said "Regular
                    // socks are fine if they're clean")
                    String action = na.group(1).toLowerCase(Locale.ROOT);
                    if (CardProfile.terms(action).size() >= 1 && EMPTY.stream().noneMatch(action::startsWith)) {
                        out.add(new Prohibition(na.group(), action, false, CardProfile.terms(sentence), sentence, false));
                    }
                }
                Matcher e = EN_DONT.matcher(clause);
                while (e.find()) {
                    String action = (e.group(1) != null ? e.group(1) : e.group(2)).toLowerCase(Locale.ROOT);
                    if (EMPTY.stream().noneMatch(action::startsWith)) {
                        out.add(new Prohibition(e.group(), action, false, topic(sentence, action), sentence, false));
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> quotedTopic(String sentence, String action) {
        Set<String> t = topic(sentence, action);
        t.addAll(CardProfile.terms(action));
        return t;
    }

    private static Set<String> topic(String sentence, String action) {
        Set<String> t = CardProfile.terms(sentence);
        t.removeAll(CardProfile.terms(action));
        return t;
    }

    /** Caller clauses in this turn that do what the card says not to. */
    /**
     * Verbs said for the card's own, read as it: "分期办了随时可以撤销" does the card's "不能提前取消" (holdout46 and 76's installment
     * calls). Each is as long as the card's word, so a clause keeps its place in the sentence said.
     */
    private static final Pattern SAME_VERB = Pattern.compile("撤销|撤回|撤单");

    static List<FactFlag> in(Turn t, CardProfile card) {
        List<FactFlag> out = new ArrayList<>();
        for (String said : Sentences.split(t.text())) {
            String sentence = SAME_VERB.matcher(said).replaceAll("取消");
            Set<String> terms = CardProfile.terms(sentence);
            // a quoted line not to say that runs over a comma is read in the whole sentence, and said word for word
            String lower = sentence.toLowerCase(Locale.ROOT);
            Prohibition line = card.prohibitions.stream().filter(p -> !p.han() && p.action().contains(",") && lower.contains(p.action()))
                    .findFirst().orElse(null);
            if (line != null) {
                out.add(new FactFlag(t.index(), "contradiction", said.strip(), line.said()));
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                if (LABEL.matcher(clause).matches()) {
                    continue; // a heading for what follows: "And the fence and the insurance: … we don't repair fences" (holdout79)
                }
                if (card.saysWordForWord(clause)) {
                    // the card's own answer ("开窗通风后再入住", "园区清明期间全面禁止焚烧纸钱") breaks none of its rules: two reviews
                    // found it capped at 60 where a cut answer passed
                    continue;
                }
                for (Prohibition p : card.prohibitions) {
                    // a four-character thing not to do, said to be fine, is its own topic ("金缮放微波炉也没关系的" for 别放微波炉,
                    // holdout57); not a thing not needed (不需要交警证明), nor one about who or what again (不要再打电话)
                    boolean ownTopic = p.han() && p.action().length() >= 4 && !NEEDLESS.matcher(p.said()).lookingAt()
                            && !aboutWhoOrAgain(p) && saidFine(clause, p.action())
                            // a hyphenated word not to say is its own topic: "it'll be completely dust-free" (holdout60)
                            || !p.han() && p.action().matches("[a-z]+(?:-[a-z]+)+");
                    // a four-character thing the card says is not needed, said to be needed, whatever the sentence is about:
                    // "纸质合同要盖章寄回" for 全程无需纸质资料 (holdout59's renewal-03); named alone it is no contradiction
                    // ("交警证明和银行卡App上传", holdout3's claim-07)
                    boolean offTopic = !ownTopic && terms.stream().noneMatch(p.topic()::contains);
                    boolean neededOnly = offTopic && p.needless() && p.action().length() >= 4 && !aboutWhoOrAgain(p);
                    if (offTopic && !neededOnly || !aboutItsObject(clause, p)) {
                        continue;
                    }
                    int at = neededOnly ? needed(clause, p) : Math.max(find(clause, p), needed(clause, p));
                    if (at >= 0 && !NEGATED.matcher(clause.substring(0, at)).find() && !declinedAfter(sentence, clause, at, p)
                            && !(!p.han() && (UNASSERTED.matcher(clause).lookingAt() || listedAfterDenial(sentence, clause)))
                            && !(p.han() && RULED_OUT_AFTER.matcher(YES_WORDS.matcher(clause.substring(Math.min(clause.length(),
                                    at + p.action().length()))).replaceAll("可以")).lookingAt())
                            && !(!p.han() && EN_RULED_OUT_AFTER.matcher(sentence.substring(Math.min(sentence.length(),
                                    Math.max(0, sentence.indexOf(clause)) + at + p.action().length()))).lookingAt())
                            && !saysItElsewhere(card.nearestBacking(sentence), p, sentence) && !restatesItsOtherClause(clause, p)) {
                        int from = sentence.indexOf(clause);
                        out.add(new FactFlag(t.index(), "contradiction", from < 0 ? clause : said.substring(from, from + clause.length()),
                                p.said()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** An action about who or about doing it again (不要再打电话), never its own topic. */
    private static boolean aboutWhoOrAgain(Prohibition p) {
        return p.action().matches(".*[您你我他她们再].*");
    }

    private static final Pattern QUESTION = Pattern.compile("(?s).*[？?]$");
    /** A clause that only names what the next one says of it. */
    private static final Pattern LABEL = Pattern.compile("(?s).*[:：]\\s*$");
    /** An English clause that asserts nothing by itself: "Whether it's safe right now, I honestly can't tell over the phone". */
    private static final Pattern UNASSERTED = Pattern.compile("\\s*(?:whether|if)\\b", Pattern.CASE_INSENSITIVE);
    /** A denial heading a list: "We don't stain or paint, replace railings or stairs, or touch the patio below." */
    private static final Pattern DENIAL = Pattern.compile("\\b(?:we|i|they|he|she|the crew|our (?:crew|team|techs?))\\s+(?:don't|do not|never|won't|will not|can't|cannot)\\s+[a-z]",
            Pattern.CASE_INSENSITIVE);
    /** An item of a list with no subject of its own: "or touch the patio below", "replace railings or stairs". */
    private static final Pattern SUBJECTLESS = Pattern.compile("\\s*(?:(?:or|nor|and)\\s+)?(?!(?:we|i|you|they|he|she|it|the|this|that|there|so|but)\\b)[a-z]+\\b",
            Pattern.CASE_INSENSITIVE);

    /** The clause continues, with no subject of its own, a list a denial heads earlier in the sentence. */
    private static boolean listedAfterDenial(String sentence, String clause) {
        int at = sentence.indexOf(clause);
        return at > 0 && SUBJECTLESS.matcher(clause).lookingAt() && DENIAL.matcher(sentence.substring(0, at)).find();
    }

    /**
     * A one-character action ("空调和新风都不要开") is only broken by a clause about what it is done to: "开窗通风" opens no air
     * conditioner.
     */
    private static boolean aboutItsObject(String repClause, Prohibition p) {
        if (!p.han() || p.action().length() > 1) {
            return true;
        }
        for (String c : Sentences.clauses(p.sentence())) {
            if (c.contains(p.said())) {
                // its object is in its clause, else in the sentence ("降压药照常吃，不要停")
                Set<String> object = CardProfile.terms(c.replace(p.said(), " ").replaceAll("这次|这个|那个|现在|目前|今天|暂时", " "));
                if (object.isEmpty()) {
                    object = CardProfile.terms(p.sentence().replace(p.said(), " "));
                }
                object.retainAll(CardProfile.terms(repClause));
                return !object.isEmpty();
            }
        }
        return true;
    }

    private static boolean declinedAfter(String sentence, String clause, int at, Prohibition p) {
        int from = sentence.indexOf(clause) + at + p.action().length();
        return from >= 0 && from <= sentence.length() && DECLINED_AFTER.matcher(sentence.substring(from)).find();
    }

    /**
     * Opposite words: the card's 冷敷 said as 热敷, 饭后 as 饭前, 少吃 as 多吃, 拒收 as 签收 (holdout54). A caller bigram whose one
     * character is turned into its opposite gives a bigram of the card, while the caller's own
     * bigram is nowhere on the card, in a sentence that shares another content term with the card
     * sentence it turns round.
     */
    private static final java.util.Map<Character, Character> OPPOSITES = opposites("冷热", "前后", "多少", "早晚", "长短", "轻重", "签拒",
            "软硬", "高低", "快慢", "增减");
    /** Bigrams whose opposite is another everyday word, not a turned-round instruction. */
    private static final Set<String> IDIOMS = Set.of("以前", "以后", "之前", "之后", "前面", "后面", "多少", "早上", "晚上", "最多",
            "最少", "至少", "多久", "前后", "多长", "长短", "轻重", "高低", "快慢", "多快", "多高", "多重", "后来", "前天", "后天", "早点",
            "晚点", "稍后", "随后", "然后", "很多", "太多", "更多", "不少", "多了", "少了", "很快", "尽快", "很高", "提前", "前期", "后期",
            "多谢", "多少钱", "多么", "减少", "增加", "高兴", "热情", "热线", "冷静", "低价", "高效", "早就", "晚了", "快递", "加快");

    static List<FactFlag> opposites(Turn t, CardProfile card) {
        List<FactFlag> out = new ArrayList<>();
        String cardText = card.card.caller().raw();
        for (String sentence : Sentences.split(t.text())) {
            for (int i = 0; i + 1 < sentence.length(); i++) {
                String bigram = sentence.substring(i, i + 2);
                if (!bigram.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        || inIdiom(sentence, i) || cardText.contains(bigram) || saysWithFiller(cardText, bigram)
                        || NEGATED_BEFORE.matcher(sentence.substring(0, i)).find()) {
                    continue;
                }
                for (int k = 0; k < 2; k++) {
                    Character o = OPPOSITES.get(bigram.charAt(k));
                    if (o == null) {
                        continue;
                    }
                    String turned = k == 0 ? o + bigram.substring(1) : bigram.charAt(0) + String.valueOf(o);
                    String cardSentence = IDIOMS.contains(turned) ? null : sentenceWith(card.callerSentences, turned);
                    if (cardSentence != null && sharesAnother(sentence, cardSentence, bigram, turned)) {
                        out.add(new FactFlag(t.index(), "contradiction", clauseAt(sentence, i), turned));
                    }
                }
            }
        }
        return out;
    }

    /** "截止后" where the card says "截止以后" (and, of the other side, "截止前"): its own words, one character short. */
    private static boolean saysWithFiller(String cardText, String bigram) {
        return cardText.contains(bigram.charAt(0) + "以" + bigram.charAt(1)) || cardText.contains(bigram.charAt(0) + "之" + bigram.charAt(1));
    }

    private static java.util.Map<Character, Character> opposites(String... pairs) {
        java.util.Map<Character, Character> m = new java.util.HashMap<>();
        for (String p : pairs) {
            m.put(p.charAt(0), p.charAt(1));
            m.put(p.charAt(1), p.charAt(0));
        }
        return m;
    }

    /** A negation or avoidance earlier in the clause: "避免咬硬的" agrees with the card's 吃软的. */
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(不|没|别|勿|避免|禁止|无需|无)[^，。！？,.!?；;]*$");

    /** The bigram at i is part of an everyday word with a neighbour: 然后发, 提前发. */
    private static boolean inIdiom(String text, int i) {
        return IDIOMS.contains(text.substring(i, i + 2)) || i > 0 && IDIOMS.contains(text.substring(i - 1, i + 1))
                || i + 3 <= text.length() && IDIOMS.contains(text.substring(i + 1, i + 3));
    }

    /** The card sentence that says the bigram as a word of its own, or null. */
    private static String sentenceWith(List<String> sentences, String bigram) {
        for (String s : sentences) {
            for (int i = s.indexOf(bigram); i >= 0; i = s.indexOf(bigram, i + 1)) {
                if (!inIdiom(s, i)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static boolean sharesAnother(String said, String cardSentence, String bigram, String turned) {
        Set<String> a = CardProfile.terms(said);
        a.retainAll(CardProfile.terms(cardSentence));
        a.remove(bigram);
        a.remove(turned);
        return a.stream().anyMatch(x -> x.indexOf(bigram.charAt(0)) < 0 && x.indexOf(bigram.charAt(1)) < 0);
    }

    private static String clauseAt(String sentence, int at) {
        for (String c : Sentences.clauses(sentence)) {
            int i = sentence.indexOf(c);
            if (i <= at && at < i + c.length()) {
                return c.strip();
            }
        }
        return sentence.strip();
    }

    /** The nearest card sentence is another one, which says the action (its first character) without a negation. */
    /**
     * The card sentence does the action in one clause and forbids it in another ("只寄手机本身就行，充电器和包装盒都不用寄"):
     * a rep clause about what the doing clause names ("寄的时候就寄手机本身就行") restates it; one about what the forbidding
     * clause names ("充电器也要一起寄过来") breaks it.
     */
    private static boolean restatesItsOtherClause(String repClause, Prohibition p) {
        if (p.said().equals(p.sentence())) {
            // a don'ts item read whole ("Saying the house will be \"fire-proof\" or \"fully protected\", or that…") forbids in
            // every clause: "that house'll be fully protected" shares "house" with it and was taken for its other clause (holdout71)
            return false;
        }
        Set<String> rep = CardProfile.terms(repClause);
        rep.removeAll(CardProfile.terms(p.action()));
        // a four-character thing not to say is there by its first two: "保证断根" is not in "诱杀系统保3年" (holdout61's baiyi-06)
        String head = !p.han() ? p.action() : p.action().substring(0, p.action().length() >= 4 ? 2 : 1);
        int forbidding = -1;
        int doing = -1;
        for (String c : Sentences.clauses(p.sentence())) {
            Set<String> shared = CardProfile.terms(c);
            shared.retainAll(rep);
            if (c.contains(p.said())) {
                forbidding = Math.max(forbidding, shared.size());
            } else if (c.contains(head) && !NEGATED.matcher(c.substring(0, c.indexOf(head))).find()) {
                doing = Math.max(doing, shared.size());
            }
        }
        return doing > 0 && doing > forbidding;
    }

    private static boolean saysItElsewhere(String nearest, Prohibition p, String said) {
        // a Q&A question asks it ("贴了膜是不是就不会炸了？"), which backs the rep asking it, not saying it (holdout68's linyu-boli-06
        // said the red line word for word; holdout62's faithful fangshui-02 asks the card's "…有老人小孩天天用吗？")
        if (nearest.equals(p.sentence()) || QUESTION.matcher(nearest.strip()).matches() && !QUESTION.matcher(said.strip()).matches()) {
            return false;
        }
        nearest = CardProfile.withoutForbiddenQuotes(nearest); // "不许说“翻完跟新的一模一样”" says it only to forbid it
        // a four-character thing not to say is there by its first two: "保证断根" is not in "诱杀系统保3年" (holdout61's baiyi-06)
        String head = !p.han() ? p.action() : p.action().substring(0, p.action().length() >= 4 ? 2 : 1);
        for (int i = nearest.indexOf(head); i >= 0; i = nearest.indexOf(head, i + 1)) {
            if (!NEGATED.matcher(nearest.substring(0, i)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a needless thing is said to be needed: a word of need with no negation in the clause, then the
     * thing's first two characters (还得去一趟交警队开个事故证明 for 不需要交警证明); -1 when not.
     */
    private static int needed(String clause, Prohibition p) {
        if (!p.needless() || NEGATION_IN.matcher(clause).find() || clause.matches(".*[？?吗]\\s*$")) {
            return -1;
        }
        Matcher n = NEEDED.matcher(clause);
        if (!n.find()) {
            return -1;
        }
        int at = clause.indexOf(p.action().substring(0, 2), n.end());
        // the thing first, then its need: "纸质合同要盖章寄回" (holdout59)
        int before = clause.indexOf(p.action().substring(0, 2));
        return at >= 0 ? at : before >= 0 && before < n.start() ? before : -1;
    }

    /**
     * Where the action is said: its characters in order with at most three others between them (打一点麻药), none of them a
     * negation ("修好了不能进微波炉" denies the card's forbidden 修好能进, holdout46).
     */
    private static final Set<String> QUOTE_STOP = Set.of("that", "this", "with", "from", "your", "have", "will", "been", "they", "them",
            "there", "what", "when", "just", "then", "than", "it's", "we're", "you're");

    private static int find(String clause, Prohibition p) {
        if (!p.han() && p.action().contains(GAP)) {
            StringBuilder re = new StringBuilder("\\b");
            String[] words = p.action().split(GAP);
            for (int i = 0; i < words.length; i++) {
                re.append(i == 0 ? "" : "(?:[\\s-]+[\\w'-]+){0,2}?[\\s-]+").append(Pattern.quote(words[i]));
            }
            Matcher m = compiled(re + "(?:s|es|ed|ing)?\\b", Pattern.CASE_INSENSITIVE).matcher(clause);
            return m.find() ? m.start() : -1;
        }
        if (!p.han()) {
            // "never top a tree" is broken by "we'll just top it" (holdout59's tree-pruning-06): the verb and any object
            Matcher det = VERB_AND_ARTICLE.matcher(p.action());
            String re = det.matches() ? "\\b" + Pattern.quote(det.group(1)) + "\\s+" + ARTICLES + "\\b"
                    : "\\b" + Pattern.quote(p.action()) + "\\b";
            Matcher m = compiled(re, Pattern.CASE_INSENSITIVE).matcher(clause);
            if (m.find()) {
                return m.start();
            }
            // a quoted line in other small words: "there's a big storm coming next week" for "A big storm is coming next week"
            List<String> content = java.util.Arrays.stream(p.action().split("[^a-z']+")).filter(w -> w.length() >= 4 && !QUOTE_STOP.contains(w)).toList();
            if (content.size() >= 3) {
                Matcher all = compiled("\\b" + String.join("\\b.*?\\b", content.stream().map(Pattern::quote).toList()) + "\\b",
                        Pattern.CASE_INSENSITIVE).matcher(clause);
                return all.find() ? all.start() : -1;
            }
            return -1;
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < p.action().length(); i++) {
            re.append(i == 0 ? "" : "[\\p{IsHan}&&[^不没别无勿未]]{0,3}?").append(Pattern.quote(p.action().substring(i, i + 1)));
        }
        Matcher m = compiled(re.toString(), 0).matcher(clause);
        // "医保卡用不了" says the card's 不能用 with its negation after the verb
        if (m.find()) {
            return NEGATED_AFTER.matcher(clause.substring(m.end())).lookingAt() ? -1 : m.start();
        }
        return objectFirst(clause, p.action());
    }

    /**
     * A verb and its object said object first: "把空调修好" for 修空调, "瓷砖我们也一起补了" for 补外墙瓷砖 (holdout67's
     * kongtiao-zhijia-06 promised both against the card's red lines). The object, or the last two characters of a long one,
     * then the one-character verb within six characters, no negation between them or after the verb.
     */
    private static int objectFirst(String clause, String action) {
        if (action.length() < 3 || action.length() > 5 || TOO_COMMON.contains(action.substring(0, 1))) {
            return -1;
        }
        String object = action.substring(1);
        String said = object.length() >= 4 ? object.substring(object.length() - 2) : object;
        // a repair said in any of its verbs: "地板刮花的地方也给您补补" for 修地板 (holdout70's paobuji-06)
        String verb = action.startsWith("修") ? "[修补弄调]" : Pattern.quote(action.substring(0, 1));
        Matcher m = compiled(Pattern.quote(said) + "[^不没别无勿未，,。；;？?]{0," + (action.startsWith("修") ? 9 : 6) + "}?" + verb, 0).matcher(clause);
        return m.find() && !NEGATED_AFTER.matcher(clause.substring(m.end())).lookingAt() ? m.start() : -1;
    }

    /**
     * A prohibition's patterns, compiled once: {@link #find} runs for every caller clause against every prohibition of the card,
     * and what it matches depends on the action alone.
     */
    private static final java.util.Map<String, Pattern> ACTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern compiled(String regex, int flags) {
        return ACTIONS.computeIfAbsent(flags + ":" + regex, k -> Pattern.compile(regex, flags));
    }

    private static final Pattern NEGATED_AFTER = Pattern.compile("不了|不上|不成|不到|不得|不行|不起");
    private static final String ARTICLES = "(?:a|an|the|it|them|your|this|that|any|his|her|their)";
    /** An English action cut after its article: "top a" of "never top a tree". */
    private static final Pattern VERB_AND_ARTICLE = Pattern.compile("([a-z]{3,}) " + ARTICLES, Pattern.CASE_INSENSITIVE);
}
