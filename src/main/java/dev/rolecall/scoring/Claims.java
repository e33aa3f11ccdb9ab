package dev.rolecall.scoring;

import dev.rolecall.text.EnglishNumbers;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule or an assurance the card does not give: "这个是车损险的标准规定，大家都一样的", "分期完全不上征信",
 * "分期根本不上征信", "don't worry, she'll approve it, she always does". No number is wrong and no promise word is said, so
 * the other checks pass it, yet a reviewer fails the call for it. A caller sentence states one when it
 * carries a word of rule or certainty (规定, 只能, 肯定, 不影响, always, definitely, don't worry), of timing or
 * finality (马上就, 不会再, 改不了, no rush, right away) or of a requirement waived (无需, no paperwork), and words
 * of its own besides; it is unbacked when nothing on the card's caller side is near it, neither a sentence
 * or clause in meaning ({@link #BACKED}) nor a good share of its words ({@link #SHARED}). A restated card
 * rule passes on either; what the card does say, only in other words, is the risk this accepts.
 */
final class Claims {
    private static final Pattern MARKER = Pattern.compile("规定|政策|统一(?:要求|规定|标准)|一律|都一样|大家都|肯定|一定会|保证|绝对"
            + "|完全(?:看|查)?不|根本(?:就)?(?:看|查)?(?:不|没)|不影响|不会影响|没影响|不要紧|随时|永远|只有|只能|必须|都送|附赠|好消息|自动"
            + "|无需|就没有|一样算|照拿|照样|都包|包含|包括在|马上就|立刻|当天就|才能|才有|只收|最终|改不了|不会再"
            + "|\\b(?:included|includes|no need|(?:don't|doesn't|won't) need|(?:don't|doesn't) have to|no paperwork|nothing to worry|never|no rush|stays? the same|formality|right away|immediately|anyone can|any family)\\b"
            + "|\\b(?:policy|always|guarantee[ds]?|definitely|automatically|only|must|required)\\b|totally fine|don't worry"
            + "|(?:won't|doesn't|will not|does not) affect|any ?time|no problem"
            // outcomes vouched for: "I'd stake my job on it", "nothing's going to go wrong", "I wouldn't lose sleep over it", 停一下不会有事
            + "|\\bstake my (?:job|life|reputation)\\b|\\bnothing(?:'s| is| that's)? going to go wrong\\b|\\blose sleep\\b|\\btrust me\\b"
            + "|不会有事|出不了事"
            // no limit claimed: "改几次都是免费的", "免费改图不限次数", "不满意可以无限次免费换人", "改几轮都不收钱", "unlimited revisions"
            + "|不限次|无限次|几次都|几轮都|多少次都|多少回都|\\bunlimited\\b|\\bas (?:many|often) as you (?:like|want)\\b"
            // a requirement waived: "房产证不用带", "不用特地跑，等拆线的时候一起看就行", "不用家里有人", "别的都不用" (not "不用太担心",
            // nor 不用签/不用加, which faithful calls say of the card's own "不用。您现在没有合约")
            + "|不用(?:再|特地|专门|自己|您|你)?(?:带|来|过来|跑|去|回来|填|申请|走|交|管|出|在场|在家|有人|复尺|再量|插旗|拒收|委托|公证|预约"
            + "|排队|提供|准备|打印|抄|当面)|都不用(?=[，。！？,.!?]|$)"
            // a charge added or left out: "不过要另外收服务费", "意外险要自己另外买，报名费里不含", "they add a second admin fee"
            + "|另外(?:收|加|买|付|交|算)|加收|另收|不含|自己(?:出|付|买|承担)"
            + "|\\b(?:extra charge|additional fee|costs? extra|not included|isn't included|out of pocket|add (?:a|an)\\b.{0,20}\\bfee)\\b"
            // a symptom or an outcome vouched for as normal: "渗点血也正常", "这个都是正常现象" (not a worry called normal: "这个顾虑很正常",
            // nor the card's own "肿胀是正常的" said again)
            + "|也正常|都正常|属于正常|正常现象|\\b(?:perfectly|totally|completely) normal\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Enough or allowed: "开灯就行", "复印件也行", "抽烟少抽点没关系", "A sixteen-year-old is fine", "Tank can be empty, doesn't matter".
     * A rep says the same of the card's own arrangements and of small talk, so these need more than {@link #MARKER}: no courtesy
     * or leave-taking in the sentence, nothing asked of the rep ("有问题微信找我就行"), no choice left to the customer and not only the
     * card's numbers; the card backs it as it backs {@link #MARKER}'s. Read last ({@link #enough}).
     */
    private static final Pattern ENOUGH = Pattern.compile("就行|也行|都行|就可以了?|就好了?|没关系|无所谓"
            + "|\\b(?:is|are|'s) fine\\b|\\bfine too\\b|doesn't matter|don't mind", Pattern.CASE_INSENSITIVE);
    /** What makes an "enough" sentence no claim: courtesy, leave-taking, a request to the rep, the customer's own choice. */
    private static final Pattern PARTING = Pattern.compile("再见|拜拜|祝您|祝你|感谢|谢谢|放心|打扰|\\b(?:bye|thanks?|thank you|have a (?:good|great|nice))\\b"
            + "|(?:找|告诉|留言|联系|发给?|call|text|tell|email)\\s*(?:我|me)\\b?|(?:您|你)(?:自己)?(?:挑|选)|(?:跟|和)(?:您|你)说也一样"
            // keeping to what the customer has or was told ("您按原配置续就行", "您按时吃消炎药就行"), or company ("有您在就好")
            + "|按原|照原|照旧|按时|有(?:您|你)(?:在|陪)", Pattern.CASE_INSENSITIVE);
    /** Sympathy and offers of help use the same words ("totally understand", "随时找我") and claim nothing. */
    private static final Pattern COURTESY = Pattern.compile("understand|get it|fair|sorry|抱歉|理解|不用(?:担心|着急|急|客气)"
            + "|随时(?:找|联系|打|问|跟我说|告诉)|any ?time.{0,15}(?:call|reach|ask|let)"
            // the rep's own habit: "I always like to go through everything in order so nothing gets missed"
            + "|\\bI (?:always|usually) (?:like|try|want|prefer)\\b"
            // sympathy guessed, not a rule: "that must have been scary" (holdout71's faithful extinguisher-service-03), "您肯定吓坏了吧"
            + "|\\bmust (?:have been|be) (?:so |really |very |pretty )?(?:scary|hard|frustrating|stressful|tough|awful|worrying|frightening"
            + "|upsetting|difficult|exhausting|a shock|a worry)\\b|(?:肯定|一定)(?:是)?(?:吓坏|吓着|吓一跳|急坏|累坏|很着急|很担心|不好受|挺难受)"
            // a customer's feeling or result called normal: "Totally normal for a first try." after a disappointing score
            + "|\\bnormal (?:for a first|to feel|to be (?:nervous|worried|anxious|unsure|upset))", Pattern.CASE_INSENSITIVE);
    /** A certainty denied is a caution, not a claim: "谁也不能保证完全不摔", "I can't guarantee it'll be approved". */
    private static final Pattern DISCLAIMER = Pattern.compile("(?:不能|没法|无法|不敢|没人能|谁也不能|谁都不能|不)(?:跟|给|向|和)?(?:您|你)?"
            + "(?:百分之百)?(?:保证|打包票|担保|说死|打保票)|\\b(?:can'?t|cannot|couldn'?t|won'?t) (?:promise|guarantee)|\\bno guarantee"
            // a risk said to be small: "the risk is low but it's never zero"
            + "|\\bnever (?:zero|none|a hundred percent|100 ?%)|没有百分之百|不是百分之百|(?:那|这)(?:也)?是不可能的|不好保证|说不好"
            // "May 4 after 2 p.m. is our normal time, not a guarantee", "No score guarantee"
            + "|\\bnot (?:a )?guarantee|\\bno (?:\\w+ )?guarantee"
            // a terse rep's shorthand: "保养≠保证以后不出问题", "养护不等于保证鱼没事", "Stronger ≠ never-fail guarantee" (seven
            // faithful calls of the sixty-sixth to seventy-second sets)
            + "|≠|不等于|不代表|并不意味着|\\bdoesn'?t mean\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A hedge commits to nothing: "It really depends on the situation, honestly, but don't worry about it too much" is a
     * vague answer (the questions item judges it), not a rule the card lacks.
     */
    private static final Pattern HEDGE = Pattern.compile("\\b(?:depends on|it depends|it varies|varies by|hard to say|case by case"
            + "|(?:figure|work|sort) (?:it|that|this|things)(?: all)? out"
            // "He'll get you sorted, don't worry." (holdout37, a B call's dodge): help promised, nothing claimed
            + "|get (?:you|it|that|this|things|everything) (?:all )?sorted|sort you out|take care of (?:you|it|that|everything))\\b"
            + "|看情况|看具体情况|不好说|不一定|因人而异|具体要看", Pattern.CASE_INSENSITIVE);
    /**
     * The fault put on the customer's side: "That was actually your bank's error, not ours" (seven C calls of the labelled sets,
     * on a card whose rep promises no double charge this time). Too short to weigh against the card's words, and never backed
     * unless the card itself says whose fault it was.
     */
    static final Pattern BLAME = Pattern.compile("\\bnot ours\\b|\\bbank(?:'s)? (?:error|mistake|glitch|fault)\\b"
            + "|不是我们(?:这边|公司)?的(?:问题|错|责任)|是银行(?:那边)?的(?:问题|错)", Pattern.CASE_INSENSITIVE);
    /**
     * An outcome vouched for: "Granite never cracks", "保证一盆都不会死", "you definitely won't need a root canal", "这班早班机从来不
     * 延误". Words shared with the card back a rule said again, not a certainty the rep adds to it ("granite" and "crack" are the
     * card's, "never" is not), so such a sentence is backed by shared words only when they are shared with a card sentence that
     * itself vouches, and a card line that says it cannot vouch ("I can't promise the upstairs will be warm") backs nothing (72
     * sentences with such a word were wrong facts unflagged in C calls of the sets read before).
     */
    static final Pattern VOUCHED = Pattern.compile("\\b(?:never|always|guarantee[ds]?|definitely|for sure|totally safe|perfectly safe"
            // said of a thing, not to a customer's choice ("Totally fine, nothing changes then"); the rep's own "I won't bother you
            // again" promises nothing of the service
            + "|(?:is|are|be|'s|'re) totally fine|(?:won't|can't|will never) (?!bother|call|contact|mention|bring|ask|push|come up).{0,30}\\bagain"
            + "|for good|once and for all)\\b|从来|绝对|保证|(?:马上|立刻|立即)(?:就)?(?:全部|全额)|肯定(?:不)?(?:会|能|是)|一点.{0,4}都(?:没|不)|百分之百|永远|不会再|再也(?:不|没)|一劳永逸",
            Pattern.CASE_INSENSITIVE);

    /** A card line that forbids saying something: "不许说“保证灯掉不下来”", "never say \"no more ice dams\"". */
    private static final Pattern FORBIDS = Pattern.compile("(?:不许|不能|不要|别|禁止|不得|不准)(?:跟客户)?(?:说|讲|承诺|保证)"
            + "|\\b(?:never|don't|do not) (?:say|tell|promise|claim|guarantee)\\b", Pattern.CASE_INSENSITIVE);

    /** A card sentence that vouches for something, not one that says it cannot ("但我不能保证以后再也不会闪"). */
    static boolean vouchesFor(String cardSentence) {
        return VOUCHED.matcher(cardSentence).find() && !DISCLAIMER.matcher(cardSentence).find();
    }
    /** A clause that is a certainty and nothing else: "这个您绝对放心", "…within 30 days, always.", "that's guaranteed". */
    private static final Pattern BARE = Pattern.compile("(?:[\\s\\p{Punct}，。！、…—]|这个|这点|您|你|就|是|的|了|放心|吧|啊|呀|哈"
            + "|\\b(?:that's|that is|it's|it is|this is|you can|rest assured|honestly|yes|yeah|oh|and|so|trust me)\\b)*", Pattern.CASE_INSENSITIVE);

    /** Whether a clause of the sentence vouches for something: a restated card line with "绝对放心" after it vouches for nothing new. */
    private static boolean vouches(String sentence) {
        for (String clause : Sentences.clauses(sentence)) {
            Matcher m = VOUCHED.matcher(clause);
            if (m.find() && !BARE.matcher(clause.substring(0, m.start()) + " " + clause.substring(m.end())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** On the labelled calibration and earlier held-out calls, restatements of the card sit above both; invented rules below. */
    static final double BACKED = 0.80;
    static final double SHARED = 0.40;
    /** Below this the nearest card sentence is no help to a reader ("Have a good day." for a drug interaction). */
    private static final double NOTHING_LIKE = 0.7;
    /** Content terms a sentence needs beyond the marker to say anything checkable ("您放心！" does not). */
    private static final int MIN_TERMS = 4;

    /** Content words an English sentence needs beyond the marker. */
    private static final int MIN_WORDS = 3;
    /** English words that say nothing of a topic: pronouns, auxiliaries, fillers and the commonest verbs and adverbs. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "you", "your", "yours", "you're", "you'll", "you've",
            "she", "her", "hers", "his", "him", "he's", "she's", "they", "them", "their", "they're", "its", "it's", "it'll",
            "this", "that", "that's", "these", "those", "there", "there's", "here", "what", "what's", "which", "who", "whom",
            "when", "where", "why", "how", "with", "from", "for", "into", "onto", "about", "over", "under", "after", "before",
            "between", "through", "than", "then", "also", "just", "only", "even", "still", "really", "honestly", "actually",
            "pretty", "much", "very", "too", "quite", "bit", "lot", "all", "any", "anything", "anyone", "everything", "everyone",
            "something", "someone", "nothing", "some", "every", "each", "both", "either", "neither", "other", "another", "more",
            "most", "are", "was", "were", "been", "being", "have", "has", "had", "having", "does", "did", "doing", "done",
            "can", "could", "will", "would", "shall", "should", "may", "might", "must", "won't", "wouldn't", "can't", "couldn't",
            "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "i'm", "i'll", "i'd",
            "i've", "we're", "we'll", "we've", "let", "let's", "get", "got", "gets", "getting", "going", "gonna", "go", "goes",
            "make", "makes", "made", "take", "takes", "need", "needs", "want", "wants", "know", "think", "say", "said", "tell",
            "come", "comes", "like", "well", "sure", "okay", "yes", "yeah", "right", "good", "great", "fine", "thing", "things",
            "way", "our", "ours", "out", "off", "not", "now", "one", "ones", "again", "ever", "never", "always", "because",
            "while", "if", "so", "but", "or", "as", "at", "by", "on", "in", "of", "to", "up", "an", "no", "we", "us", "it",
            "is", "be", "do", "me", "my", "mine", "oh", "ah", "um", "uh", "hey", "hi");

    private Claims() {}

    /**
     * Whether an English sentence shares the card's words only through words every call uses ("she", "need", "anything",
     * "going"): "Between us, she won't need to pull anything" shares half its words with a dental card, none of them
     * about teeth.
     */
    private static boolean offTopicInEnglish(String sentence, CardProfile card) {
        if (!EnglishTopics.english(sentence)) {
            return false;
        }
        Set<String> words = contentWords(sentence);
        return words.size() >= MIN_WORDS && words.stream().filter(card.callerWords::contains).count() < SHARED * words.size();
    }

    /** Stemmed English words of three letters or more that carry a topic. */
    static Set<String> contentWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("[^a-z']+")) {
            w = w.replaceAll("^'+|'+$", "");
            if (w.length() >= 3 && !FUNCTION_WORDS.contains(w) && !EnglishNumbers.numberWord(w)) {
                out.add(EnglishTopics.stem(w.replaceAll("'s$", "")));
            }
        }
        return out;
    }

    private static final java.util.Map<String, String> WEEKDAY = java.util.Map.ofEntries(java.util.Map.entry("mon", "monday"),
            java.util.Map.entry("tue", "tuesday"), java.util.Map.entry("tues", "tuesday"), java.util.Map.entry("wed", "wednesday"),
            java.util.Map.entry("thu", "thursday"), java.util.Map.entry("thur", "thursday"), java.util.Map.entry("thurs", "thursday"),
            java.util.Map.entry("fri", "friday"), java.util.Map.entry("sat", "saturday"), java.util.Map.entry("sun", "sunday"));
    private static final Pattern SHORT_DAY = Pattern.compile("(?i)\\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\b\\.?");
    private static final Pattern CLOCK = Pattern.compile("(?i)(\\d)\\s*([ap])\\.?m\\b\\.?");

    /**
     * A rep's shorthand in the card's words: "Options: Tue 5/26 10am | … (Mon–Sat only, last start 4pm.)" shares the card's
     * "Tuesday", "Monday to Saturday" and "4 p.m." (holdout25: a faithful terse call capped at 60 for it).
     */
    static String spelledOut(String sentence) {
        String out = SHORT_DAY.matcher(sentence).replaceAll(m -> WEEKDAY.get(m.group(1).toLowerCase(java.util.Locale.ROOT)));
        return CLOCK.matcher(out).replaceAll("$1 $2.m.");
    }

    /** Sentences of a caller turn stating a rule or assurance the card does not give; {@code flagged}: already flagged this turn. */
    static List<FactFlag> unbacked(Turn t, CardProfile card, List<FactFlag> flagged) {
        return unbacked(t, card, flagged, false);
    }

    /** The sentence's numbers are all the card's: "分三期、六期、十二期都行" says its options again. */
    private static boolean cardFiguresOnly(String sentence, CardProfile card) {
        List<Fact> facts = FactExtractor.extract(sentence);
        return !facts.isEmpty() && facts.stream().allMatch(f -> card.facts.getOrDefault(f.type(), Set.of()).contains(f.value()));
    }

    /**
     * Sentences saying what is {@link #ENOUGH}, read after every more specific check so that theirs is the reason given
     * ("拍张脚的照片发过来也行" waives a visit the card requires; "我们天天开门，…别的日子也行" names a closed day).
     */
    static List<FactFlag> enough(Turn t, CardProfile card, List<FactFlag> flagged) {
        return unbacked(t, card, flagged, true);
    }

    private static List<FactFlag> unbacked(Turn t, CardProfile card, List<FactFlag> flagged, boolean enoughOnly) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            if (!enoughOnly && BLAME.matcher(sentence).find() && !card.blames && !sentence.matches("(?s).*[？?].*")
                    && !FactFlag.covered(flagged, sentence)) {
                out.add(new FactFlag(t.index(), "claim", sentence.strip(), "says nothing of whose fault it was"));
                continue;
            }
            // "这个赔偿的具体规定我得问一下我们主管，回头再回复您": a rule asked about and taken away to check is stated by no one
            boolean marked = MARKER.matcher(sentence).find() || VOUCHED.matcher(sentence).find();
            boolean enough = enoughOnly && !marked && ENOUGH.matcher(sentence).find() && !PARTING.matcher(sentence).find()
                    && !cardFiguresOnly(sentence, card);
            if (enoughOnly ? !enough : !marked) {
                continue;
            }
            if (COURTESY.matcher(sentence).find() || DISCLAIMER.matcher(sentence).find()
                    || HEDGE.matcher(sentence).find()
                    || CallWords.checksBack(sentence)
                    || sentence.matches("(?s).*[？?].*")
                    // a red line broken in one clause leaves the others' claims to read ("您的鸽子肯定能回来" is the don't; "成绩是
                    // 工作人员手工记的…名次也差不了" the claim, holdout53's gongpeng-06)
                    || flagged.stream().anyMatch(f -> sentence.contains(f.said())
                            && !(f.type().equals("contradiction") && sentence.strip().length() > 2 * f.said().strip().length()))) {
                continue;
            }
            Set<String> terms = CardProfile.terms(spelledOut(sentence));
            if (terms.size() < MIN_TERMS) {
                continue;
            }
            boolean vouched = vouches(sentence);
            long shared = terms.stream().filter(vouched ? card.vouchingTerms::contains : card.callerTerms::contains).count();
            if (shared >= SHARED * terms.size() && !offTopicInEnglish(spelledOut(sentence), card)) {
                continue;
            }
            CardProfile.Nearest near = card.nearestPiece(card.embedder.embed(sentence));
            // a card line that says the certainty cannot be given, or is not to be said, backs no rep who gives it: "You'll be
            // toasty upstairs and the ice dams are done for good" nearest "I can't promise the upstairs will be warm…" (holdout73)
            boolean withheld = vouched && (DISCLAIMER.matcher(near.text()).find() || FORBIDS.matcher(near.text()).find());
            if (near.similarity() < BACKED || withheld) {
                out.add(new FactFlag(t.index(), "claim", sentence.strip(), withheld ? "does not vouch for it: " + near.text()
                        : near.similarity() < NOTHING_LIKE ? "says nothing like it" : "nearest: " + near.text()));
            }
        }
        return out;
    }
}
