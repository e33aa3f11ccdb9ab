package dev.rolecall.agent.offline;

import dev.rolecall.text.Embedder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The offline customer's agenda (Schatzmann et al. 2007): its concerns split into single questions,
 * each put into words once (a card example that voices it, or the concern turned into speech by
 * rule), the lead concern first, latent ones only once the rep touches them, plus one or two of the
 * card's own customer questions at a place the seed picks. Judges whether a rep turn answers an item,
 * and drops items the rep covered before they were asked. Split out of {@link OfflineCallee}.
 */
final class CalleeAgenda {
    /** A reply this close to the Q&A answer, or repeating one of its numbers, counts as an answer. */
    static final double ANSWERED = 0.72;
    /** Without a Q&A entry to compare with, a reply this close to the question counts (the caller's own bar). */
    static final double ADDRESSED = CardIndex.LINE_ANSWERS;

    /**
     * One question on the agenda and the words the callee asks it with; {@code news} are its words the customer learns only
     * from the rep (in the caller's script, not in the customer's own background), {@code step} the script step that tells
     * them (-1: nothing it says is news).
     */
    record Item(CardIndex.Fragment fragment, String words, float[] wordsVec, int bestQa, Set<String> news, int step) {}

    private final CardIndex index;
    private final Persona persona;
    private final SplittableRandom random;
    private final Set<Integer> usedExamples = new HashSet<>();
    private final List<Item> items;
    /**
     * Latent concerns the card keeps back ("only says so if asked how he feels about it"), each with its own words no script
     * line uses: raised only when the rep's words touch them.
     */
    private final java.util.Map<Item, Set<String>> latent = new java.util.LinkedHashMap<>();
    /** Latent concerns set off by the words the card names ("unless fertilizer or treatments are mentioned"): one of them is enough. */
    private final Set<Item> triggered = new HashSet<>();
    /** A latent concern the card does not keep back: asked last. */
    private final List<CardIndex.Fragment> late = new ArrayList<>();
    /** What the rep has said so far in this call (the customer's, shared with its wording). */
    private final Heard heard;

    CalleeAgenda(CardIndex index, Persona persona, SplittableRandom random, Heard heard) {
        this.heard = heard;
        this.index = index;
        this.persona = persona;
        this.random = random;
        this.items = build();
    }

    int size() {
        return items.size();
    }

    Item get(int i) {
        return items.get(i);
    }

    /** The lead concern first, the rest shuffled; latent concerns held back until the rep touches them; each put into words once. */
    private List<Item> build() {
        List<CardIndex.Fragment> lead = new ArrayList<>(index.agenda.stream().filter(f -> f.concern() == persona.leadConcern()).toList());
        List<CardIndex.Fragment> rest = new ArrayList<>(index.agenda.stream().filter(f -> f.concern() != persona.leadConcern()).toList());
        shuffle(lead);
        shuffle(rest);
        lead.addAll(rest);
        List<Item> out = new ArrayList<>();
        int limit = 2 + random.nextInt(3) + (persona.patience() >= 4 ? 1 : 0);
        for (CardIndex.Fragment f : lead) {
            if (out.size() >= limit) {
                break;
            }
            boolean latentOne = index.reticent(f);
            if (f.level() == dev.rolecall.card.Concern.Level.LATENT && !latentOne && late.isEmpty()) {
                late.add(f); // a latent worry the card does not keep back comes up late in the call, never first
                continue;
            }
            if (f.level() == dev.rolecall.card.Concern.Level.LATENT && !latentOne) {
                continue;
            }
            int example = index.closestExample(f.vec(), usedExamples);
            String words;
            // "Wait, how much? It was eighty-nine." reacts to a price just said: no way to raise the worry unprompted
            if (example >= 0 && random.nextInt(4) != 0 && !CardIndex.reacts(index.good.get(example).text())
                    && !index.reactions.speeches().contains(index.good.get(example).text())) {
                usedExamples.add(example);
                words = index.good.get(example).text();
            } else if (!f.spoken().isEmpty()) {
                words = f.spoken().get(random.nextInt(f.spoken().size()));
            } else {
                continue; // a description no customer would say aloud
            }
            if (out.stream().anyMatch(i -> i.words().equals(words)) || !latentOne && index.voicesLatent(words)) {
                continue; // an open concern never borrows the card example of a latent one ("能不能装充电桩？")
            }
            Item item = item(f, words);
            if (latentOne) {
                // said only once the rep touches it: by its own words, not the script's ("怕师傅上门推销新机器" is touched by
                // 推销, not by every line about 师傅上门), worked out once
                java.util.Set<String> trigger = index.triggerUnits(f);
                if (!trigger.isEmpty()) {
                    latent.put(item, trigger); // the card names what sets it off: any of those words, script's or not
                    triggered.add(item);
                } else {
                    java.util.Set<String> own = new java.util.HashSet<>(index.memo.units(f.text()));
                    index.stepLines.forEach(l -> own.removeAll(index.memo.units(l)));
                    latent.put(item, own);
                }
            } else {
                out.add(item);
            }
        }
        addQaAsks(out);
        for (CardIndex.Fragment f : late) {
            if (!f.spoken().isEmpty()) {
                out.add(item(f, f.spoken().get(random.nextInt(f.spoken().size()))));
            }
        }
        return out;
    }

    /**
     * An agenda item and the entry the rep would answer it with ("有没有隐藏费用？" → the fee entry) when meaning alone finds
     * none: else its answer reads as a dodge, it asks again, and the two repeat each other.
     */
    private Item item(CardIndex.Fragment f, String words) {
        float[] wv = index.vec(words);
        int qa = index.bestQa(wv);
        return item(f, words, wv, qa >= 0 ? qa : index.answerQa(words, words));
    }

    private Item item(CardIndex.Fragment f, String words, float[] wv, int qa) {
        Set<String> news = index.news(words + " " + f.text());
        int step = -1;
        int best = 0;
        for (int s = 0; s < index.stepUnits.size(); s++) {
            int o = Speech.overlap(news, index.stepUnits.get(s));
            if (o > best) {
                best = o;
                step = s;
            }
        }
        return new Item(f, words, wv, qa, Set.copyOf(news), step);
    }

    /**
     * Brings the first item the customer can ask by now to place {@code next}; false when none can be. A customer reacts
     * to what it has been told: the reviews read "Just the pads then. I'll think about the rest." and "Wait, how much? It
     * was eighty-nine." as the bike-shop customer's first words, before the rep had named a repair or a price.
     */
    boolean bringReady(int next, Set<Integer> heardSteps) {
        for (int i = next; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.step() < 0 || heardSteps.contains(it.step()) || heard.anyOf(it.news())) {
                if (i > next) {
                    items.add(next, items.remove(i));
                }
                return true;
            }
        }
        return false;
    }

    /** One or two of the card's customer questions, at a place in the agenda the seed picks; none already covered by a concern. */
    private void addQaAsks(List<Item> out) {
        List<CardIndex.Fragment> pool = new ArrayList<>(index.qaAsks);
        shuffle(pool);
        int extra = random.nextInt(persona.patience() >= 3 ? 3 : 2);
        for (CardIndex.Fragment f : pool) {
            if (extra == 0) {
                break;
            }
            if (out.stream().anyMatch(i -> i.bestQa() == f.bestQa() || i.fragment().bestQa() == f.bestQa())
                    // "Is it safe for my dog?" is the puppy worry the card keeps back until treatments come up
                    || f.bestQa() >= 0 && latent.keySet().stream().anyMatch(i -> i.bestQa() == f.bestQa() || i.fragment().bestQa() == f.bestQa())
                    || QuestionKind.premiseDenied(f.text(), index.card.callee().raw())
                    // the card's question behind a latent worry ("能不能装充电桩？" for "潜在：以后想装充电桩…") waits with it
                    || index.voicesLatent(f.text())) {
                continue;
            }
            String words = f.spoken().isEmpty() ? f.text() : f.spoken().get(0); // without the card's aside in brackets
            out.add(out.isEmpty() ? 0 : 1 + random.nextInt(out.size()), item(f, words, f.vec(), f.bestQa()));
            extra--;
        }
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    /** The rep asks what is on the customer's mind: a latent worry may come out. */
    private static final java.util.regex.Pattern ASKS_CONCERNS = java.util.regex.Pattern.compile(
            "顾虑|担心|担忧|\\b(?:concerns?|worr(?:y|ied|ies)|how (?:do|does) (?:you|that) feel)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A latent concern the rep's turn touches (two of its own words, or a question about what worries the customer) goes next
     * on the agenda. The ninth review: hidden worries were voiced at the first turn ("I'm worried about being audited", "我有点
     * 担心App传资料自己弄不明白") where the card says the customer raises them only if asked.
     */
    void surfaceLatent(String caller, int next) {
        if (latent.isEmpty() || caller.isBlank()) {
            return;
        }
        Set<String> said = index.memo.units(caller);
        boolean asked = ASKS_CONCERNS.matcher(caller).find() && !index.memo.questions(caller).isEmpty();
        for (var e : latent.entrySet()) {
            Set<String> own = e.getValue();
            if (asked || !own.isEmpty() && Speech.overlap(said, own) >= (triggered.contains(e.getKey()) ? 1 : Math.min(2, own.size()))) {
                latent.remove(e.getKey());
                items.add(Math.min(next, items.size()), e.getKey());
                return;
            }
        }
    }

    /** Agenda items not yet asked that the rep has already answered are dropped. */
    void dropCovered(String caller, int next) {
        for (int i = items.size() - 1; i >= next; i--) {
            if (answers(caller, items.get(i))) {
                items.remove(i);
            }
        }
    }

    boolean answers(String caller, Item item) {
        return answersAsked(caller, item, false);
    }

    /**
     * Whether the rep's reply answers the question the customer just asked: also the step that question names, said in reply
     * ("还要补什么材料？" then step "材料哪里还差"'s "…有两处要补：银行流水…", review 26). Not for a concern not yet asked: a step said
     * earlier in passing does not settle it ("数量还能改吗？" had been dropped after the quantity step).
     */
    boolean answersAsked(String caller, Item item, boolean asked) {
        if (caller.isBlank()) {
            return false;
        }
        int named = asked ? index.stepNamedBy(item.words()) : -1;
        if (named >= 0 && index.stepLines.get(named).length() >= 10 && caller.contains(index.stepLines.get(named))) {
            return true;
        }
        CardIndex.Fragment f = item.fragment();
        List<TextMemo.Sims> ss = index.memo.sentences(caller).stream().map(index.memo::sims).toList();
        List<float[]> vs = ss.stream().map(TextMemo.Sims::vec).toList();
        java.util.Set<String> said = index.memo.units(caller);
        // the entry behind the concern, or behind the words actually used to ask it
        for (int qa : new int[] {f.bestQa(), item.bestQa()}) {
            if (qa >= 0) {
                String answer = index.card.caller().qa().get(qa).answer();
                final int e = qa;
                if (Utterances.sharesNumber(caller, answer)
                        || ss.stream().anyMatch(x -> x.toQaAnswers()[e] >= ANSWERED) && Speech.overlap(said, index.memo.units(answer)) >= 1) {
                    return true;
                }
                for (String s : Speech.sentences(answer)) {
                    String bare = s.replaceAll("[；;。.！!]+$", ""); // "About an hour;" is said as "About an hour."
                    if (bare.length() >= 6 && caller.contains(bare)) {
                        return true;
                    }
                }
            }
        }
        // "两个方案差在哪儿？" after both option lines of the script ("方案一是基础保养：…", "方案二是全面大修：…")
        if (RepAnswers.DIFFERENCE.matcher(item.words()).find()
                && index.stepLines.stream().filter(l -> l.length() >= 10 && caller.contains(l)).count() >= 2) {
            return true;
        }
        // "有没有人一直看着？" after "…岸上还有持证救生员一直看着。": the asked words said back in a card sentence
        if (Speech.sharesPhrase(item.words(), caller, RepAnswers.SHARED_PHRASE)) {
            return true;
        }
        // "是不是真的安静？" after "…三面挡板加顶灯，更安静": all it asks about, said
        String core = asked ? QuestionKind.zhCore(item.words()) : null;
        if (core != null && caller.contains(core)) {
            return true;
        }
        // "Does the visit cost anything?" after "…and there is no charge for it.": told it is free, it does not ask
        if (COST_ASKED.matcher(item.words()).find() && FREE_SAID.matcher(caller).find()) {
            return true;
        }
        // "一共多少钱？" after "…每晚128元…一共6晚，是768元": a price asked, a price given
        if (PRICE_ASKED.matcher(item.words()).find() && (PRICE_SAID.matcher(caller).find() || FREE_SAID.matcher(caller).find())
                && onlyAsksPrice(item.words())) {
            return true;
        }
        // "价格，哪种更划算？" after "开放区固定座月卡499元…；独立隔间月卡699元…": which is the better buy is for the customer to
        // weigh once both prices are on the table (review 32: asked again in 9 of 10 zixishi calls, then the call given up)
        if (VALUE_ASKED.matcher(item.words()).find() && pricesSaid(caller) >= 2) {
            return true;
        }
        // "一碗18块的…还能剩多少？" after "基础方案每单收实付金额的6%…": what the platform takes is what it keeps the rest of
        if (RepAnswers.KEEPS.matcher(item.words()).find() && RepAnswers.PERCENT_SAID.matcher(caller).find()) {
            return true;
        }
        // "能不能周末或晚上送？" after "我们这周六、周日都可以送…": the days it asks about are on offer
        java.util.Set<String> days = QuestionKind.daysNamed(item.words());
        if (!days.isEmpty() && QuestionKind.offersDays(caller) && QuestionKind.daysNamed(caller).containsAll(days)) {
            return true;
        }
        // asked to have it all sent, offered to send it: answered, whatever words the offer uses
        if (QuestionKind.asksToSend(item.words()) && QuestionKind.offersToSend(caller)) {
            return true;
        }
        // meaning plus a shared word: on English, bge-small-zh puts most sentences of one card above 0.6,
        // so meaning alone dropped every concern before the customer could ask it
        return (max(vs, f.vec()) >= ADDRESSED + 0.05 || max(vs, item.wordsVec()) >= ADDRESSED + 0.05)
                && Speech.overlap(said, index.memo.units(item.words() + " " + f.text())) >= 1;
    }

    private static final java.util.regex.Pattern COST_ASKED = java.util.regex.Pattern.compile(
            "cost anything|charged?\\b.*\\?|\\bfree\\b.*\\?|要钱吗|收费吗|要不要钱|收不收费|花钱吗", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern PRICE_ASKED = java.util.regex.Pattern.compile(
            "多少钱|价格是|价钱|怎么算|怎么收|收多少|\\bhow much\\b|\\bwhat(?:'s| is| does) (?:it|the \\w+) cost"
            // "What about price?" (the pest card's "Secondary: price; …"), "What's it going to cost us?"
            + "|\\bprice\\b|\\bgoing to cost\\b|\\bcost (?:me|us)\\b|\\b(?:the|monthly|yearly|annual|total) cost\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern OTHER_QUESTION = java.util.regex.Pattern.compile(
            "吗|呢|怎么|什么|哪|几|(\\p{IsHan})不\\1|\\b(?:and|also)\\b.*\\b(?:is|are|do|does|can|will|what|how|who)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A price question with no second question beside it: "一个月到底多少钱，护理员靠不靠谱？" also asks about the carers. */
    private static boolean onlyAsksPrice(String words) {
        for (String clause : words.split("[，,；;]")) {
            if (!PRICE_ASKED.matcher(clause).find() && OTHER_QUESTION.matcher(clause).find()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern PRICE_SAID = java.util.regex.Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s*(?:元|块)|[$¥￥]\\s?\\d", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern VALUE_ASKED = java.util.regex.Pattern.compile(
            "划算|更值|性价比|\\bbetter (?:value|deal|buy)\\b|\\bmore worth\\b|\\bworth (?:it|the (?:money|extra))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static long pricesSaid(String caller) {
        return PRICE_SAID.matcher(caller).results().map(java.util.regex.MatchResult::group).distinct().count();
    }

    private static final java.util.regex.Pattern FREE_SAID = java.util.regex.Pattern.compile(
            "\\bno charge\\b|\\b(?:is|are|it's|that's) free\\b|\\bfree of charge\\b|不收费|免费|不要钱|不用花钱|不用您?付钱|0元", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static double max(List<float[]> vs, float[] v) {
        double m = -1;
        for (float[] x : vs) {
            m = Math.max(m, Embedder.cosine(x, v));
        }
        return m;
    }
}
