package dev.rolecall.agent.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that turn card prose into speech and read speech back: sentences (never cut at a comma),
 * questions, options offered in a question, yes/no words, agreement versus back-channel, and
 * concerns or background facts put the way a person says them. Generic Chinese and English
 * vocabulary only; nothing of any one card.
 */
final class Speech {
    private Speech() {}

    // "Dr. Shah will look at it" is one sentence: the rep's answer used to stop at "I can't give a clinical opinion; Dr."
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[。！？!?；;])|(?<!\\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|No|vs|etc|approx|e\\.g|i\\.e)\\.)(?<=\\.)\\s+(?=[A-Z\"“])|(?<=\\.)$");
    // A-not-A asks too: "护理员靠不靠谱" (the second half of "一个月到底多少钱，护理员靠不靠谱？" went unread, and so its price)
    static final Pattern ZH_ASK = Pattern.compile("[？?]|吗|呢$|多少|能否|能不能|可不可以|是否|怎么|什么|哪|几[点天个号]|要不要|需不需要|有没有|是不是|会不会|(\\p{IsHan})不\\1");
    private static final Pattern EN_ASK = Pattern.compile(
            "\\?|^(how|what|when|where|which|who|why|can|could|will|would|shall|should|is|are|do|does|did|may)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A request to confirm or check, which also wants an answer though it has no question mark. */
    private static final Pattern REQUEST = Pattern.compile("(?:请您?|麻烦您?)(?:确认|核实|核对|告知)|核实下|您选|选一下|您看哪|please (?:confirm|check|tell|choose)|which (?:do you|would you) prefer|^(?:[^.?!:]{0,30}:\\s*)?(?:i need to know|tell me|can you tell me)\\b"
                    // "If that's okay with you, I'll fax Dr. Patel's office today." asks leave: an impatient customer's rep
                    // left the step out as a mere statement
                    + "|^(?:[^.?!]{0,20}\\b)?if (?:that'?s|it'?s|this is) (?:ok|okay|alright|all right|fine) with you\\b|如果您同意|您同意的话",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern END_MARK = Pattern.compile("\\s*\\[END:\\d*]\\s*");
    private static final Pattern EN_OR = Pattern.compile("(?i)\\b\\w+ or \\w+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private static final Pattern FIGURE = Pattern.compile("\\d|[一二两三四五六七八九十百千万]+(?:折|小时|分钟|个工作日|天|元|块|个月|周|期|次)");

    static boolean statesFigure(String line) {
        return FIGURE.matcher(line).find();
    }

    /**
     * Whether the line states a figure (a price, a discount, a deadline: the part of a step a reviewer checks was said)
     * that is not in {@code said}, the rep's earlier turns: 95折 told in an answer is told.
     */
    static boolean statesNewFigure(String line, String said) {
        java.util.regex.Matcher m = FIGURE.matcher(line);
        while (m.find()) {
            int end = m.end();
            while (end < line.length() && Character.isDigit(line.charAt(end))) {
                end++;
            }
            int start = m.start();
            while (start > 0 && Character.isDigit(line.charAt(start - 1))) {
                start--;
            }
            while (end + 1 < line.length() && ".,:".indexOf(line.charAt(end)) >= 0 && Character.isDigit(line.charAt(end + 1))) {
                end++; // 10,200 and 7:30 are one figure
                while (end < line.length() && Character.isDigit(line.charAt(end))) {
                    end++;
                }
            }
            // the unit after it counts (95折, 15%), punctuation does not ("March 31," is "March 31;" said before)
            if (end < line.length() && (Character.isLetter(line.charAt(end)) || line.charAt(end) == '%')) {
                end++;
            }
            if (!said.contains(line.substring(start, end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text's last character is one of {@code marks} (cheaper than a regex on a hot path). */
    static boolean endsWithAny(String text, String marks) {
        return !text.isEmpty() && marks.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    static boolean zh(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Sentences, each with its end mark; a sentence is never cut at a comma. */
    /**
     * Whether {@code a} has {@code n} Chinese characters in a row that {@code b} also has: a phrase two lines share
     * ("有没有人一直看着？" and "岸上还有持证救生员一直看着"), not a word they share by chance.
     */
    static boolean sharesPhrase(String a, String b, int n) {
        String han = a.replaceAll("[^\\p{IsHan}]", "|");
        for (int i = 0; i + n <= han.length(); i++) {
            String phrase = han.substring(i, i + n);
            if (phrase.indexOf('|') < 0 && b.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(END_MARK.matcher(text).replaceAll(" ").trim())) {
            String t = s.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isQuestion(String sentence) {
        String s = sentence.trim();
        if (zh(s)) {
            return ZH_ASK.matcher(s).find() && !endsWithAny(s, "。！!") || s.endsWith("？") || s.endsWith("?")
                    || REQUEST.matcher(s).find();
        }
        return s.endsWith("?") || REQUEST.matcher(s).find();
    }

    private static final Pattern WORRY_SAID = Pattern.compile("担心|就怕|我怕|\\bworried\\b|\\bconcerned\\b|\\bdon'?t want to risk\\b",
            Pattern.CASE_INSENSITIVE);

    /** The sentences of an utterance that ask something of the listener, in order; a stated worry asks for reassurance. */
    static List<String> questions(String text) {
        return sentences(text).stream().filter(s -> isQuestion(s) || WORRY_SAID.matcher(s).find() || REQUEST_SAID.matcher(s).find()).toList();
    }

    /** "预算被卡，能优惠就直接说。" asks without a question mark: whether there is a discount. */
    private static final Pattern REQUEST_SAID = Pattern.compile("(?:能|有)(\\p{IsHan}{1,6}?)(?:的话)?就?直接说"
            // "你直接说一个月多少钱。", "告诉我到底要交多少": a figure asked for in a request (the seventh review: met with "您有这个担心很正常")
            + "|(?:直接说|说一下|告诉我|你就说|给个数|报个数)\\p{IsHan}{0,8}?(?:多少钱|多少|几号|几点|多久|怎么算)");

    /** A request read as the question it asks ("能优惠就直接说" → "有优惠吗？"); any other sentence as it is. */
    /** "So what's the damage?" asks the price, not about damage (review 31: answered with the gutter-damage entry, 5 of 10). */
    private static final Pattern PRICE_IDIOM = Pattern.compile("(?i)\\bwhat(?:'s| is| was) the damage\\b");

    private static final Pattern PROPER_START = Pattern.compile("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
            + "|April|June|July|August|September|October|November|December|[A-Z]{2,})\\b|I\\b");

    /** An English sentence going on after a lead ("Because thursday's better"): lower-cased, but a name or "I" keeps its capital. */
    static String lowerFirst(String s) {
        return s.isEmpty() || PROPER_START.matcher(s).lookingAt() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String asQuestion(String sentence) {
        if (PRICE_IDIOM.matcher(sentence).find() && !sentence.matches("(?is).*\\b(?:gutters?|roof|car|house|floor|wall|walls|paint)\\b.*")) {
            return PRICE_IDIOM.matcher(sentence).replaceAll("how much does it cost");
        }
        Matcher m = REQUEST_SAID.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        // "你直接说一个月多少钱。" asks its own words as a question ("一个月多少钱？")
        return m.group(1) != null ? "有" + m.group(1) + "吗？" : sentence.replaceAll("^.*?(?:直接说|说一下|告诉我|你就说|给个数|报个数)", "")
                .replaceAll("[。！!.]+$", "") + "？";
    }

    /** The first full sentences of {@code text} up to about {@code maxChars}; at least one, never cut mid-sentence. */
    static String firstSentences(String text, int maxChars) {
        StringBuilder sb = new StringBuilder();
        boolean zh = zh(text);
        for (String s : sentences(text)) {
            // never a bare "No." for an answer, nor half an English sentence ("I can't give a clinical opinion; Dr. Shah will…")
            if (sb.length() >= 12 && sb.length() + s.length() > maxChars && (zh || !endsWithAny(sb.toString(), ";"))) {
                break;
            }
            if (sb.length() > 0 && !zh) {
                sb.append(' ');
            }
            sb.append(s);
        }
        String out = sb.toString().trim();
        if (!out.isEmpty() && !endsWithAny(out, "。！？!?.；;")) {
            out += zh ? "。" : ".";
        }
        return out.replaceAll("[；;]$", zh ? "。" : ".");
    }

    // ---------------------------------------------------------------- reading the other side

    private static final Pattern BACKCHANNEL = Pattern.compile(
            "^(?:嗯+|哦+|噢|行|好|好的|可以|对|是|知道了|明白|了解|收到|ok|okay|right|alright|sure|fine|got it|i see|yeah|yes|mm+|mm-hm|uh-huh)[，,。.！!…~\\s]*"
                    + "(?:(?:知道了|明白了?|听明白了|了解|清楚了|我知道了|这个我清楚|got it|understood|makes sense|noted|fair enough|that's clear)[，,。.！!\\s]*)?"
                    + "(?:知道了|明白了|你说|你接着说|你继续|继续|往下说|接着讲|说下一个|go on|keep going|carry on|continue|next)?[。.！!]*$",
            Pattern.CASE_INSENSITIVE);

    /** "行。" "好。" "OK." — a sign of listening, never agreement to anything. */
    static boolean backChannel(String utterance) {
        String u = END_MARK.matcher(utterance).replaceAll("").trim();
        return u.isEmpty() || BACKCHANNEL.matcher(u).matches();
    }

    private static final Pattern AGREE = Pattern.compile(
            "就这么办|就这么定|就这样定|这么定了|就按(?:你|您|这|刚才|这个)|按这个办|那就按|没问题[，,]?(?:办|就|定|续|约)|同意|我确认|可以[，,]?(?:办|续|约|定)|就约|约好了|定了|"
                    + "\\blet'?s do (?:it|that)\\b|\\bgo ahead\\b|\\bdeal\\b|\\bi agree\\b|\\bbook it\\b|\\bsounds good\\b|\\bwe'?ll renew\\b|\\blet'?s renew\\b|\\bi'?ll take it\\b|\\bthat works\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITING = Pattern.compile(
            "发我|发到我|发过来|发给我|发来|发所有|发资料|留言|短信发|邮件发|发.{0,3}邮箱|回头看|再看看|考虑一下|商量|内部|改天|再约|回头再|晚点再|再打|"
                    + "\\bemail me\\b|\\bsend (?:it|me|everything|the)\\b|\\bin writing\\b|\\bthink (?:it )?over\\b|\\bcheck internally\\b|\\bcall (?:me )?back\\b|\\blater\\b"
                    // the catering card's own "Put it in an email, I need to check first." (the tenth review: asked twice more, looped)
                    + "|\\bin an e-?mail\\b|\\be-?mail (?:it|them|that|everything)\\b|\\btext (?:it|them|me)\\b|\\bneed to check (?:first|with)\\b|\\bcheck with (?:my |our )?\\w+ first\\b"
                    // "Let me check with my husband first." (review 31: answered only "I'll send everything over in writing")
                    + "|\\b(?:talk|speak) (?:to|with) (?:my|our) (?:husband|wife|partner|boss|owner|family|spouse) first\\b|\\brun it (?:by|past) (?:my|our|the) \\w+\\b"
                    // "Wait, don't lock it in yet. … let's talk another time." had been met with "Shall I set that up for you?"
                    + "|\\banother time\\b|\\bdon'?t lock it in\\b|\\bhold off\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFUSE = Pattern.compile(
            "不续了|不办了|先不办|不需要了|不要了|算了|别再打|不要再打|不聊了|挂了|先挂|取消|投诉|不用再联系|"
                    + "\\bnot interested\\b|\\bdon'?t call\\b|\\bstop calling\\b|\\bwe'?re done\\b|\\bi have to go\\b|\\bgoodbye\\b|\\bforget it\\b|\\bwon'?t renew\\b|\\bcancel\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URGENT = Pattern.compile("不对劲|马上过去|马上去|现在就去|去医院|回院|急诊|\\bcome in (?:right away|now|today)\\b|\\bemergency\\b",
            Pattern.CASE_INSENSITIVE);

    /** What a statement (not a question) says about the call: agreement, writing, refusal, urgency, or null. */
    static Intent decision(String utterance) {
        StringBuilder statements = new StringBuilder();
        for (String s : sentences(utterance)) {
            if (!isQuestion(s)) {
                statements.append(s).append(' ');
            }
        }
        String st = statements.toString();
        if (URGENT.matcher(st).find()) {
            return Intent.URGENT;
        }
        if (REFUSE.matcher(st).find()) {
            return Intent.HANGUP;
        }
        if (WRITING.matcher(st).find()) {
            return Intent.MESSAGE;
        }
        if (AGREE.matcher(st).find() && !backChannel(utterance)) {
            return Intent.CONFIRM;
        }
        return null;
    }

    // ---------------------------------------------------------------- options and yes/no

    private static final Pattern OPTION_WORDS = Pattern.compile(
            "(?:下周|这周|本周)?(?:周[一二三四五六日天]|星期[一二三四五六日天])|上午|下午|晚上|工作日|周末|半年付|年付|季付|月付|第[一二三四]种|"
                    + "年度|季度|月度|按年|按月|微信|邮箱|短信|电话|专票|普票|"
                    + "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|annual(?:ly)?|monthly|yearly|quarterly|email|text|phone|card|bank transfer)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_OFFERED = Pattern.compile("不支持|不能|不可以|没有|不接受|\\bno\\s+$|\\bnot\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_NOUN = Pattern.compile("\\bthe [a-z][a-z-]*[a-z](?: plan)?\\b");
    private static final Pattern ALT_SPLIT = Pattern.compile("还是|或者|或是|、|\\bor\\b", Pattern.CASE_INSENSITIVE);

    /** The first option word in a text ("下周二", "Thursday"), or null. */
    static String firstOption(String text) {
        Matcher m = OPTION_WORDS.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** The options a question offers ("周二或者周四", "微信、邮箱或者短信", "card or bank transfer"), in order; empty if none. */
    /** Opening days, not a choice of them: "Monday to Saturday, 8 am to 6 pm", 周一到周六. */
    private static final Pattern DAY_RANGE = Pattern.compile("(?:周[一二三四五六日天]|星期[一二三四五六日天])\\s*(?:到|至|-|–|~)\\s*(?:周[一二三四五六日天]|星期[一二三四五六日天])"
            + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\s*(?:to|through|thru|-|–)\\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ZH_DATE = Pattern.compile("\\d{1,2}月\\d{1,2}[日号]");
    private static final Pattern DATE_CHOICE = Pattern.compile("还是|或者|或是|选一个|选哪|哪天|哪一天|哪个日子");

    /**
     * Dates offered to choose from: "7月1日接着送，还是您想晚几天开始？比如7月5日或者7月8日，您选一个日子就行。" offers 7月1日, 7月5日
     * and 7月8日 (the fifteenth review's customer answered it "对，5月有两天奶8点多才到" in 10 of 10 calls). Two dates or more
     * and a word of choice; a range ("7月1日到7月5日") or dates merely told offer none.
     */
    static List<String> datesOffered(String text) {
        if (!DATE_CHOICE.matcher(text).find() || text.matches("(?s).*\\d[日号]\\s*(?:到|至|-|–|~)\\s*\\d.*")) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ZH_DATE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out.size() >= 2 ? List.copyOf(out) : List.of();
    }

    private static final Pattern WHICH = Pattern.compile("(?i)\\bwhich\\b|哪(?:一)?(?:个|种|款|样|套|档)");
    /** Not the name of an option: a clause's lead ("Since you're 65"), a word of a quantity ("over"), a bare price ("$269"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(?:since|because|if|when|so|and|but|you|you'?re|we|it|that|this"
            + "|over|more|less|older|above|under|younger)\\b.*|^[$¥￥]?\\d[\\d,.]*(?:元|块)?$");

    /**
     * "Since you're 65 or over, you get $20 off either one, so $169 or $269. Which would you like?" asks which of the options
     * the card's goal names and the rep has said ({@code saidSoFar}: the Basic Clean, the Clean Plus), not "65" or "over"
     * (review 26: "Over, please." and "Let's do Since you're 65." in 10 of 10 calls). Read alike by rep and customer.
     */
    static List<String> cardOptionsInstead(String question, List<String> options, dev.rolecall.card.GoalChoice goal, String saidSoFar) {
        // with no options read, a bare "Which is better for you?" may follow a day offered a sentence before: left as it was
        // and "…The standard sealcoat is … for $385. The sealcoat with crack filling adds … for $565. Which would you like?" (review 29)
        // (in the question, or in the rep's turn it ends: saidSoFar's last line)
        String turn = saidSoFar.strip();
        turn = question + " " + turn.substring(turn.lastIndexOf('\n') + 1);
        // the which-question is the question's last sentence: "…每两周上门一次…。您看哪种合适？" offers no day (review 31)
        List<String> sentences = sentences(question);
        String asking = sentences.isEmpty() ? question : sentences.get(sentences.size() - 1);
        if (goal != null && asksForGoalNoun(asking, goal.noun(), options) && goal.named(saidSoFar + " " + question).size() >= 2
                && options.stream().noneMatch(o -> goal.options().stream().anyMatch(g -> g.contains(o)))) {
            // "…每天晚上放在充电盒里充…还能连手机接电话…您看选哪一款？" asks which 款 of the goal's, not 晚上 or 电话 (review 34:
            // "那就晚上。" taken as the hearing aid chosen, 5 of 10); options that are the goal's own ("三年期") stay
            return goal.options();
        }
        if (goal != null && options.isEmpty() && WHICH.matcher(asking).find() && goal.named(turn).size() >= 2
                && !TemplateFiller.TIME_WORDS.matcher(asking).find()) {
            // "一般一天能做到40单以上的店选旺铺划算，刚起步的选基础方案更稳。您倾向哪一种？" names both by their own words (review 27)
            return goal.options();
        }
        if (goal == null || options.isEmpty() || !WHICH.matcher(question).find()
                || !options.stream().allMatch(o -> NOT_A_NAME.matcher(o.strip()).matches())
                || TemplateFiller.TIME_WORDS.matcher(question).find()) { // a day or an hour on offer: "Tuesday November 4 at 8 am, or…"
            return options;
        }
        String said = (saidSoFar + " " + question).toLowerCase(Locale.ROOT);
        List<String> named = goal.options().stream().filter(o -> said.contains(o.toLowerCase(Locale.ROOT))).toList();
        return named.size() >= 2 ? named : options;
    }

    private static final Pattern NO_OPTION_NAME = Pattern.compile("上午|下午|晚上|中午|早上|电话|短信|微信|邮箱");

    private static boolean asksForGoalNoun(String asking, String noun, List<String> found) {
        if (noun == null || noun.isBlank()) {
            return false;
        }
        if (!asking.matches(".*哪一?" + Pattern.quote(noun) + ".*") && !found.stream().allMatch(o -> NO_OPTION_NAME.matcher(o).matches())) {
            return false; // a generic "哪一种" keeps the options read from the turn unless they are times of day or channels
        }
        // Chinese only: an English which-question names its options ("the clinic plan or the hybrid plan"), and "Which works
        // better for you?" after "by card or ACH" asks the way to pay
        // "…您看选哪一种？" after both boats named: a generic 种/个 asks the same (review 35: "下午吧" from "下午4点回港" taken as the
        // boat, 6 of 10), unless it asks a time ("哪个时间")
        return zh(asking) && asking.matches(".*哪一?(?:" + Pattern.quote(noun) + "|种|个|样|类).*") && !TemplateFiller.TIME_WORDS.matcher(asking).find();
    }

    private static final Pattern ZH_CHOICE_MARK = Pattern.compile("还是|或者|或是|或|哪|选|、|/");

    /**
     * A Chinese question that asks yes or no and offers nothing to choose: "…您现在方便听电话吗？" names 电话, which is no option
     * (review 34: "电话吧。" as the answer to it).
     */
    private static boolean yesNoOnly(String question) {
        List<String> s = sentences(question);
        String last = s.isEmpty() ? question : s.get(s.size() - 1);
        return zh(last) && last.matches(".*吗[？?]$") && !ZH_CHOICE_MARK.matcher(last).find();
    }

    private static final Pattern NAMED_AFTER = Pattern.compile("哪(?:一)?(?:款|种|个|样|套|家)[^，,。？?]{0,4}[：:]");

    static List<String> options(String question) {
        if (endsWithAny(question.trim(), "？?")) {
            // "You can pay by card over the phone now, by cash on delivery, or by check on delivery. Which would you prefer?"
            // offers card, cash and check, not the "phone" of "over the phone" (the fifteenth review: "Phone is best for me")
            List<String> ways = PaymentOptions.of(question);
            if (ways.size() >= 2) {
                return ways;
            }
        }
        Set<String> out = new LinkedHashSet<>();
        question = DAY_RANGE.matcher(question).replaceAll(r -> " ".repeat(r.group().length()));
        Matcher m = OPTION_WORDS.matcher(question);
        while (m.find()) {
            // "不支持按月付" offers no monthly option
            // nor does "5个工作日内" offer working days: a counted unit is a duration
            // nor "上周六您来我们这儿测过听力": last Saturday is gone (review 34: "我看周六可以。" to the opening, 8 of 10)
            if (!NOT_OFFERED.matcher(question.substring(Math.max(0, m.start() - 4), m.start())).find()
                    && !(m.start() > 0 && String.valueOf(question.charAt(m.start() - 1)).matches("[\\d个几上]"))) {
                out.add(m.group());
            }
        }
        if (out.size() >= 2 && !yesNoOnly(question)) {
            return List.copyOf(out);
        }
        // (weekdays and parts of the day first: "4月12号周日下午2点到6点" is picked as "周日下午")
        List<String> dates = datesOffered(question);
        if (dates.size() >= 2) {
            return dates;
        }
        List<String> listed = enumerated(question);
        if (listed.size() >= 2) {
            return listed;
        }
        if (!zh(question) && question.endsWith("?")) {
            List<String> priced = pricedAlternatives(question);
            if (priced.size() >= 2) {
                return priced;
            }
            List<String> en = englishAlternatives(question);
            if (en.size() >= 2) {
                return en;
            }
        }
        // "今年续租价格不变，还是每月400元。" says "still": a Chinese 还是 offers a choice only in a question
        if (question.contains("还是") && endsWithAny(question.trim(), "？?")
                || question.endsWith("?") && EN_OR.matcher(question).find() && !asksWhether(question)) {
            out.clear();
            String[] parts = ALT_SPLIT.split(question.replaceAll("[？?。]$", ""));
            for (String p : parts) {
                // "老订户续订整季度，再送一周的奶。您看选A、B还是C？": the choice is in the question's own sentence
                String t = p.trim().replaceAll("[，,]$", "").replaceFirst("^.*[。！!]\\s*(?=.)", "");
                if (zh(t) && t.length() > 8) {
                    // "方便问一下是觉得费用高，还是流量用不完？": the first alternative is what follows the lead-in ("觉得费用高");
                    // "跟您确认一下，您是选方案一、…" → "方案一"
                    Matcher tail = ZH_LEAD_IN.matcher(t);
                    if (tail.find() && tail.group(1).length() >= 2) {
                        t = tail.group(1);
                    }
                }
                // "Which would you like, removal only or removal with stump grinding?": the first is what follows the asking
                // (review 34: no option read, and "Yes, please." taken as the pick)
                t = t.replaceFirst("(?i)^(?:which|what|would|do|does|shall|should|is it|are you|will)\\b[^,]*,\\s*(?=\\S)", "");
                t = t.replaceAll("^(?:(?:(?:您|你)?(?:主要)?更?(?:倾向于?|喜欢|想选|想要|是想|打算选?)|您看|你看|是|要|选|您要|您选|你要|也)\\s*)+"
                                + "|^(?:would you like|do you want|is it|shall we|should we|(?i)(?:do you prefer|prefer))\\s*", "")
                        .replaceAll("(?:比较合适|合适|比较好|好|方便|呢|吗)$", "");
                // after "您看选哪一款：" the alternatives are names, however long ("进口磁控溅射金属膜", review 22: 9 of 9 calls had
                // none offered, and "没错。" was taken as the pick)
                int most = NAMED_AFTER.matcher(question).find() ? 12 : 8;
                if (!t.isEmpty() && (zh(t) ? t.length() <= most : t.split("\\s+").length <= 4)) {
                    out.add(t);
                } else if (!zh(t)) {
                    // "set up the freeze from the 1st of next month, or go ahead with the cancellation?": the freeze, the cancellation
                    Matcher np = THE_NOUN.matcher(t);
                    if (np.find()) {
                        out.add(np.group());
                    }
                }
            }
            if (out.size() >= 2) {
                return List.copyOf(out);
            }
        }
        return List.of();
    }

    /** "一是10元无门槛优惠券，…；二是下次团购免费送一袋2斤装的砂糖橘…", "第一种…第二种…", "①…②…": options counted out. */
    private static final Pattern ZH_COUNTED = Pattern.compile("(?:一是|一种是|第一种是?|第一个是?|①|(?<![\\d.])1[、)）])([^，,；;。]{2,30})"
            + "[^①②③]*?(?:二是|另一种是|第二种是?|第二个是?|②|(?<![\\d.])2[、)）])([^，,；;。]{2,30})"
            + "(?:[^①②③]*?(?:三是|第三种是?|第三个是?|③|(?<![\\d.])3[、)）])([^，,；;。]{2,30}))?");

    /**
     * Options counted out in Chinese, each cut to what names it ("下次团购免费送一袋2斤装的砂糖橘" → "砂糖橘"): the thirteenth
     * review's "您要哪一种？" after "一是…优惠券…；二是…砂糖橘" was answered "要。", the options never read.
     */
    static List<String> enumerated(String text) {
        Matcher m = ZH_COUNTED.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int g = 1; g <= 3; g++) {
            String o = m.group(g);
            if (o == null) {
                continue;
            }
            o = o.strip();
            if (o.length() > 8) {
                int de = o.lastIndexOf('的');
                o = de >= 0 && o.length() - de - 1 >= 2 ? o.substring(de + 1) : o.substring(o.length() - 6);
            }
            out.add(o);
        }
        return out.size() >= 2 ? List.copyOf(out) : List.of();
    }

    private static final Pattern ZH_LEAD_IN = Pattern.compile("(?:.*[，,：:]|.*?(?:问一下|请问|想问)是?|.*是)([^，,：:是]{2,8})[，,]?$");
    private static final Pattern EN_OR_WORD = Pattern.compile("(?i)\\bor\\b");
    private static final Pattern EN_OR_SPLIT = Pattern.compile("\\s*,?\\s+\\bor\\b\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_ALT_LEAD = Pattern.compile(
            "^(?:so|and|but|then|well|ok|okay)?[,\\s]*(?:either\\s+)?(?:(?:shall|should|can|could) (?:i|we)|would you (?:like|prefer)(?: (?:me|us))?(?: to)?"
                    + "|do you (?:want|prefer)(?: (?:me|us))?(?: to)?|(?:you|we|i|they) (?:can|could|may|might|will|would)(?: also)?|you'?d rather|is it|do you)?\\s*(?:either\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** Service verbs as the noun a customer picks: "we can deliver for free…" offers "delivery". Generic English. */
    private static final java.util.Map<String, String> EN_NOUN_OF = java.util.Map.ofEntries(
            java.util.Map.entry("pick up", "pickup"), java.util.Map.entry("pick it up", "pickup"), java.util.Map.entry("deliver", "delivery"),
            java.util.Map.entry("deliver it", "delivery"), java.util.Map.entry("collect", "collection"), java.util.Map.entry("ship", "shipping"),
            java.util.Map.entry("mail", "mail"), java.util.Map.entry("email", "email"), java.util.Map.entry("text", "a text"),
            java.util.Map.entry("call", "a call"), java.util.Map.entry("come in", "coming in"), java.util.Map.entry("drop off", "drop-off"),
            java.util.Map.entry("drop it off", "drop-off"), java.util.Map.entry("renew", "renewal"), java.util.Map.entry("cancel", "cancellation"));
    private static final Pattern EN_DETAIL = Pattern.compile("\\s+(?:for|within|on|between|from|by|at|in|to|during|after|before|with)\\b.*$|[,;:].*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The alternatives of an English "a or b" offer, from the last sentence that has one (a question asking which, after a
     * statement of the options, reads them there): "You can pick up at the counter or the drive-thru, or we can deliver for
     * free within 10 miles… Which would you prefer?" → pickup at the counter, the drive-thru, delivery; "shall I set up the
     * freeze from the 1st…, or go ahead with the cancellation?" → the freeze, the cancellation. Empty when not two.
     */
    /**
     * "Have you noticed any burning or gas smell, or has a carbon monoxide alarm gone off?" asks whether, not which: its
     * "or" joins things that may have happened (the sixteenth set's furnace card had "Gas smell is best for me").
     */
    private static final Pattern YES_NO_OR = Pattern.compile("^\\W*(?:and\\s+)?(?:have|has|had|did|does|is|are|was|were)\\s+(?:you|it|he|she|they|there|anyone)\\s+"
            + "(?:\\w+\\s+){0,2}?(?:notic|seen|heard|smell|felt|had|been|got|experienc|any|ever)"
            // "Any tears, or water sitting on top of it?" asks whether there is either (review 23: "I'll take water sitting." 10 of 10)
            + "|^\\W*(?:and\\s+)?any\\s+\\w+"
            // "Is anything going on at the house that week, like guests or deliveries…?" asks whether, its "or" an example list
            // (review 29: "The house, please." 10 of 10)
            + "|^\\W*(?:and\\s+)?(?:is|are|was|will)\\s+(?:there\\s+)?(?:anything|anyone|anybody|something|someone)\\b"
            + "|^\\W*(?:and\\s+)?(?:do|does|did)\\s+(?:you|he|she|they)\\s+have\\s+any\\b|\\blike\\s+[\\w-]+\\s+or\\s+[\\w-]+", Pattern.CASE_INSENSITIVE);

    /** The last sentence with an "or" asks whether something happened, not which of two. */
    private static boolean asksWhether(String text) {
        List<String> ss = sentences(text);
        for (int i = ss.size() - 1; i >= 0; i--) {
            if (EN_OR_WORD.matcher(ss.get(i)).find()) {
                return YES_NO_OR.matcher(ss.get(i)).find();
            }
        }
        return false;
    }

    private static final Pattern PRICED = Pattern.compile("^(or\\s+)?(?:just\\s+)?([A-Za-z][\\w' -]{1,30}?),?\\s+(?:it'?d be\\s+|it'?s\\s+|that'?s\\s+|for\\s+|at\\s+)?\\$\\d[\\d,.]*[.!]?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "All in, it'd be $233. Or pads only, $113. Or just the tune-up, $89. Which would you like us to do?": the priced
     * sentences before the question are its options ("All in", "pads only", "the tune-up"); "Yes." had answered it.
     */
    static List<String> pricedAlternatives(String text) {
        List<String> out = new ArrayList<>();
        boolean or = false;
        for (String sentence : sentences(text)) {
            Matcher m = PRICED.matcher(sentence.trim());
            if (m.matches()) {
                out.add(m.group(2).trim());
                or |= m.group(1) != null;
            }
        }
        return or ? out : List.of();
    }

    private static final Pattern LIST_AFTER_COLON = Pattern.compile("^[^:]{3,}:\\s+(?=[^:]*\\bor\\b)", Pattern.CASE_INSENSITIVE);

    static List<String> englishAlternatives(String text) {
        List<String> ss = sentences(text);
        String offer = null;
        for (int i = ss.size() - 1; i >= 0 && offer == null; i--) {
            if (EN_OR_WORD.matcher(ss.get(i)).find()) {
                offer = ss.get(i);
            }
        }
        if (offer == null || YES_NO_OR.matcher(offer).find()) {
            return List.of();
        }
        // "Which of those would you like: the standard plot, the half plot, or the raised bed?": the list follows the colon
        // (its first option had been cut to "the standard" and the half plot lost, the fourteenth review's garden calls)
        boolean named = LIST_AFTER_COLON.matcher(offer).find();
        offer = LIST_AFTER_COLON.matcher(offer).replaceFirst("");
        List<String> listed = listedActions(offer.replaceAll("[?.!]+$", ""));
        if (listed.size() >= 3) {
            return listed;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : EN_OR_SPLIT.split(offer.replaceAll("[?.!]+$", ""))) {
            String t = EN_ALT_LEAD.matcher(part.trim()).replaceFirst("").trim();
            String noun = null;
            for (var e : EN_NOUN_OF.entrySet()) {
                if (t.toLowerCase(Locale.ROOT).matches(Pattern.quote(e.getKey()) + "\\b.*")) {
                    String rest = t.substring(e.getKey().length()).trim();
                    // "pick up at the counter" → "pickup at the counter"; the rest only when it is short ("deliver for free
                    // within 10 miles on Tuesdays…" → "delivery")
                    noun = rest.isEmpty() || rest.split("\\s+").length > 3 || rest.matches("(?i)^(?:for|within|on|between|by)\\b.*")
                            ? e.getValue() : e.getValue() + " " + rest;
                }
            }
            if (noun == null) {
                Matcher np = THE_NOUN.matcher(t);
                // "the full winter package": an article and three words is one option, not "the full"
                // after "Which would you like:" the options are named whole: "the touch-up on its own or the touch-up plus
                // brow lamination" (review 22: both were "the touch-up", and "Yes." was taken for a pick)
                if (t.split("\\s+").length <= 3 || t.matches("(?i)^(?:the|a|an)\\s+\\S+(?:\\s+\\S+){2}$")
                        || named && t.matches("(?i)^(?:the|a|an)\\s+\\S+(?:\\s+\\S+){1,5}$")) {
                    noun = t;
                } else if (np.find()) {
                    noun = np.group();
                } else {
                    String head = EN_DETAIL.matcher(t).replaceFirst("").trim();
                    noun = !head.isEmpty() && head.split("\\s+").length <= 3 ? head : null;
                }
            }
            if (noun == null || noun.isBlank()) {
                return List.of(); // one alternative that reads as no option: not an offer of options
            }
            out.add(noun.replaceAll("[,;:]+$", ""));
        }
        return out.size() >= 2 ? List.copyOf(out) : List.of();
    }

    private static final Pattern ACTION_LEAD = Pattern.compile("^(?:.*?\\b)?(?:you|we) (?:can|could|may|might)(?: also)? ", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION_CUT = Pattern.compile("\\s+(?:with|when|if|because|so|which|that|for|by|using)\\b.*$", Pattern.CASE_INSENSITIVE);

    /**
     * Three or more actions in a list ("you can pay online with your card…, pay at the front desk when…, or swap it for a
     * Food-for-Fines donation…"), each cut to what it does ("pay online", "pay at the front desk", "swap it"): the thirteenth
     * review's customer had picked "the three" (from "For the three dollars") in 6 of 10 calls.
     */
    static List<String> listedActions(String offer) {
        String[] last = offer.split(",\\s*or\\s+", 2);
        if (last.length < 2) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(List.of(last[0].split(",\\s+")));
        parts.add(last[1]);
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = ACTION_CUT.matcher(ACTION_LEAD.matcher(p.trim()).replaceFirst("")).replaceFirst("").trim();
            if (t.isEmpty() || t.split("\\s+").length > 5 || !Character.isLowerCase(t.charAt(0))) {
                return List.of();
            }
            out.add(t);
        }
        return out.size() >= 3 ? List.copyOf(out) : List.of();
    }

    private static final Pattern LEAD_IN = Pattern.compile("^[^，,？?。]{1,6}[，,](?=.{4,})");
    private static final Pattern A_NOT_A = Pattern.compile("([\\u4e00-\\u9fa5]{1,2})[不没]\\1");
    private static final Pattern ZH_VERB = Pattern.compile("需要|方便|可以|能|要|有|是|会|用");

    /** The word a Chinese yes/no question is answered with: 要不要 → 要, 有电梯吗 → 有, 方便吗 → 方便. */
    /** "…到了没有？", "收到了没？": the verb before 了没(有) is what is asked, not a politeness verb before it ("您方便看一下"). */
    private static final Pattern V_LE_NOT = Pattern.compile("(\\p{IsHan})了没有?[？?]?\\s*$");

    private static final Pattern ZH_ASKS_END = Pattern.compile("吗[？?]?\\s*$|[？?]\\s*$");
    private static final Pattern ZH_OK_TAG = Pattern.compile("^\\s*(?:这个|这样|那|这)?(没问题|可以|行)[吧吗][？?]?\\s*$");
    private static final Pattern ZH_COMPLETE = Pattern.compile("(齐|全|够)(?:了)?吗[？?]?\\s*$");

    static String yesWord(String question) {
        Matcher le = V_LE_NOT.matcher(question);
        if (le.find()) {
            return le.group(1) + "了"; // "您方便看一下到了没有？" → "到了"
        }
        Matcher a = A_NOT_A.matcher(question);
        if (a.find()) {
            return a.group(1).equals("有没") ? "有" : a.group(1);
        }
        if (question.contains("是否")) {
            return "是";
        }
        // the clause that asks, not a statement before it: "开店要营业执照…，两个证…要跟门店一致，您这边证都齐吗？" is answered
        // "齐了", not "要" (review 27, 5 of 5)
        String[] clauses = question.strip().split("[，,。；;！!]");
        String last = clauses.length > 1 && ZH_ASKS_END.matcher(clauses[clauses.length - 1]).find() ? clauses[clauses.length - 1] : question;
        // "…开工前需要园里先挪开，这个没问题吧？" is answered "没问题", not the "要" of 需要 (review 30, 9 of 9)
        Matcher ok = ZH_OK_TAG.matcher(last);
        if (ok.find()) {
            return ok.group(1);
        }
        Matcher done = ZH_COMPLETE.matcher(last);
        if (done.find()) {
            return done.group(1) + "了";
        }
        // a short lead-in clause ("还有，", "好的，") is not the question: "还有，需要我…吗" is answered "需要", not "有"
        Matcher v = ZH_VERB.matcher(LEAD_IN.matcher(last).replaceFirst("").replaceAll("^(?:请问|那|您|你|现在)+", ""));
        return v.find() ? v.group() : "";
    }

    static String noWord(String yes) {
        if (yes.length() == 2 && yes.endsWith("了")) {
            return "还没" + yes.charAt(0); // 到了 → 还没到
        }
        return switch (yes) {
            case "有" -> "没有";
            case "没问题" -> "这个不太行";
            case "" -> "不是";
            default -> "不" + yes;
        };
    }

    // ---------------------------------------------------------------- card prose to speech

    /** Card prose that describes a persona instead of saying something: never spoken. */
    static final Pattern META = Pattern.compile(
            "不轻易表露|表露|不会主动|不会直接|说出口|内心|隐性|隐隐|倾向|画像|人设|性格|若遇|如遇|一旦|甚至|有点疲劳|态度|情绪|语气|口气|"
                    + "\\bwon'?t say\\b|\\bunless\\b|\\bpersona\\b|\\bsecretly\\b|\\bdoesn'?t (?:say|show)\\b|\\btends? to\\b|\\bnoticeably\\b",
            Pattern.CASE_INSENSITIVE);
    static String swapPronounsEn(String s) {
        return swapPronounsEn(s, "");
    }

    /**
     * Card prose about the callee in its own first person. {@code pronoun} is how the card refers to it ("he", "she", or ""
     * for either): "while the doctor takes her time" about Gary stays "her time", not "my time".
     */
    static String swapPronounsEn(String s, String pronoun) {
        boolean he = !pronoun.equals("she");
        boolean she = !pronoun.equals("he");
        String t = (" " + s + " ").replaceAll("(?i) they ", " we ").replaceAll("(?i) their ", " our ").replaceAll("(?i) them ", " us ");
        if (he) {
            t = t.replaceAll("(?i) he's ", " I'm ").replaceAll("(?i) he'll ", " I'll ").replaceAll("(?i) he'd ", " I'd ")
                    .replaceAll("(?i) him ", " me ").replaceAll("(?i) he ", " I ").replaceAll("(?i) his ", " my ");
        }
        if (she) {
            t = t.replaceAll("(?i) she's ", " I'm ").replaceAll("(?i) she'll ", " I'll ").replaceAll("(?i) she'd ", " I'd ")
                    .replaceAll("(?i) she ", " I ").replaceAll("(?i) her ", " my ");
        }
        return t.replace(" I has ", " I have ").replace(" I is ", " I am ").replace(" I does ", " I do ").replace(" I doesn't ", " I don't ")
                .replace(" I hasn't ", " I haven't ").replace(" I isn't ", " I'm not ")
                .replaceAll(" I (get|want|need|pay|work|live|think|know|feel|use|run|prefer|like|hate|expect|manage)s ", " I $1 ")
                .transform(Speech::firstPersonVerb).trim();
    }

    /** How a card's callee section refers to the person: "he", "she", or "" when it does not tell. */
    static String pronounOf(String calleeText) {
        String t = " " + calleeText.toLowerCase(Locale.ROOT).replaceAll("[^a-z']+", " ") + " ";
        int he = count(t, " he ") + count(t, " his ") + count(t, " him ") + count(t, " he's ");
        int she = count(t, " she ") + count(t, " her ") + count(t, " she's ");
        return he > 2 * she && he >= 2 ? "he" : she > 2 * he && she >= 2 ? "she" : "";
    }

    private static int count(String t, String w) {
        int n = 0;
        for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
            n++;
        }
        return n;
    }

    private static final Pattern OTHER_PERSON = Pattern.compile("\\b(?:Dr|Mr|Mrs|Ms)\\.\\s+[A-Z]|\\b[A-Z][a-z]+ [A-Z][a-z]+\\b"
            + "|(?i:\\b(?:technician|driver|engineer|doctor|pharmacist|agent|manager|courier|nurse|installer|dentist|hygienist|specialist"
            + "|advis[eo]r|colleague|supervisor|representative|wife|husband|partner)s?\\b)"); // names are case-sensitive: "We text" is none

    /**
     * A Q&A answer the card wrote about the customer ("If he runs out before it's approved…", "text him when it's ready")
     * as the rep says it to the customer: "If you run out…", "text you…". A sentence naming someone else before the
     * pronoun ("…Alan Cho, on the line, or he can call back") is left as it is. English only.
     */
    static String toSecondPerson(String answer, String pronoun) {
        if (pronoun.isEmpty() || zh(answer)) {
            return answer;
        }
        String p = pronoun.equals("he") ? "he" : "she";
        String obj = pronoun.equals("he") ? "him" : "her";
        String pos = pronoun.equals("he") ? "his" : "her";
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences(answer)) {
            Matcher first = Pattern.compile("(?i)\\b(?:" + p + "|" + obj + "|" + pos + ")\\b").matcher(sentence);
            if (first.find() && !OTHER_PERSON.matcher(sentence.substring(0, first.start())).find()) {
                String t = sentence.replaceAll("(?i)\\b" + p + "'s\\b", "you're").replaceAll("(?i)\\b" + p + "'ll\\b", "you'll")
                        .replaceAll("(?i)\\b" + p + " is\\b", "you are").replaceAll("(?i)\\b" + p + " was\\b", "you were")
                        .replaceAll("(?i)\\b" + p + " has\\b", "you have").replaceAll("(?i)\\b" + p + " does\\b", "you do")
                        .replaceAll("(?i)\\b" + p + " goes\\b", "you go")
                        .replaceAll("(?i)\\b" + p + " (can|will|would|could|may|might|should|must|did|had)\\b", "you $1")
                        .replaceAll("(?i)\\b" + p + " ([a-z]+?)ies\\b", "you $1y")
                        .replaceAll("(?i)\\b" + p + " ([a-z]+[^s])s\\b", "you $1")
                        .replaceAll("(?i)\\b" + p + "\\b", "you")
                        .replaceAll("(?i)\\b" + (pronoun.equals("he") ? "him" : "her(?= (?:when|if|before|after|at|on|about|back|a|an|the)\\b)") + "\\b", "you")
                        .replaceAll("(?i)\\b" + pos + "\\b", "your");
                t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
                sentence = t;
            }
            out.append(out.length() > 0 ? " " : "").append(sentence);
        }
        return out.toString();
    }

    private static final Pattern I_VERB_S = Pattern.compile(
            " I ((?:really|actually|just|also|still|only|truly|always|never|usually|often|already) )?([a-z]+?)(ies|ches|shes|sses|xes|ses|s) ");
    private static final Set<String> NOT_VERBS = Set.of("wa", "i", "ha", "doe", "alway", "sometime", "perhap", "les", "thi", "it",
            "ye", "unles", "thu", "a", "plu", "mu");

    private static final Pattern BRACKETS = Pattern.compile("\\s*[（(](?![\\d\\s+\\-]+[）)])([^（）()]{1,40})[）)]");

    /**
     * An aside in brackets said as part of the sentence: "hygiene only (cleanings and exams)." → "hygiene only, cleanings
     * and exams."; "（开车、店里忙）" → "，开车、店里忙，". A number alone in brackets stays: "(617) 555-0148".
     */
    static String bracketsSpoken(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        Matcher m = BRACKETS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(zh(m.group(1)) ? "，" + m.group(1) + "，" : ", " + m.group(1) + ","));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[，,]\\s*([。！？.!?；;，,])", "$1");
    }

    /** "whether I loses the PT sessions" → "whether I lose the PT sessions" (after he → I). */
    private static String firstPersonVerb(String s) {
        Matcher m = I_VERB_S.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String adverb = m.group(1) == null ? "" : m.group(1); // "which of the two she really needs" → "I really need"
            String stem = m.group(2);
            String end = m.group(3);
            String verb = switch (end) {
                case "ies" -> stem + "y";
                case "ches", "shes", "sses", "xes" -> stem + end.substring(0, end.length() - 2);
                case "ses" -> stem + "se";
                default -> stem;
            };
            boolean skip = NOT_VERBS.contains((stem + end).substring(0, (stem + end).length() - 1)) || (stem + end).length() <= 3;
            m.appendReplacement(out, Matcher.quoteReplacement(skip ? m.group() : " I " + adverb + verb + " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---------------------------------------------------------------- overlap

    private static final String ZH_STOP = "的了吗呢啊吧是有在我你您他她们这那个一不也就都还很和与或及对把被给让请会能要";
    private static final Set<String> EN_STOP = Set.of("the", "a", "an", "to", "of", "and", "or", "is", "are", "do", "does",
            "you", "your", "we", "our", "i", "my", "it", "this", "that", "for", "in", "on", "at", "with", "be", "can", "will",
            "would", "shall", "want", "have", "has", "if", "so", "me", "us", "about", "any", "what", "how", "when",
            // fillers that share nothing of a topic: "Then let's stop the clock, can you renew them?" had met "I lost the book,
            // what then?" by its "then" (the thirteenth review)
            "then", "them", "they", "their", "there", "these", "those", "just", "also", "very", "really", "let", "let's", "okay",
            "yes", "yeah", "well", "now", "was", "were", "been", "did");

    /** Content units of a text: Han bigrams plus content characters, or English word stems. */
    static Set<String> units(String text) {
        Set<String> out = new LinkedHashSet<>();
        String t = text.toLowerCase(Locale.ROOT);
        if (zh(t)) {
            StringBuilder han = new StringBuilder();
            t.codePoints().forEach(c -> {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han.appendCodePoint(c);
                } else {
                    han.append(' ');
                }
            });
            String h = han.toString();
            for (int i = 0; i + 1 < h.length(); i++) {
                char a = h.charAt(i);
                char b = h.charAt(i + 1);
                if (a != ' ' && b != ' ' && ZH_STOP.indexOf(a) < 0 && ZH_STOP.indexOf(b) < 0) {
                    out.add("" + a + b);
                }
            }
            Matcher d = DIGITS.matcher(t);
            while (d.find()) {
                out.add(d.group());
            }
            return out;
        }
        for (String w : NON_WORD.split(t)) {
            if (w.length() >= 3 && !EN_STOP.contains(w)) {
                String st = stem(w);
                out.add(st.length() > 5 ? st.substring(0, 5) : st);
            }
        }
        return out;
    }

    /** A light English stem, so "billing" and "bill", "charged" and "charge", "works" and "work" meet. */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
