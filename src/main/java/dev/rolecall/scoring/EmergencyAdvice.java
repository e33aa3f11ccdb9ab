package dev.rolecall.scoring;

import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the rep tells the customer to do once the customer has raised what a stop condition covers (the rink cracking, the
 * heater smoking, a child coughing after the powder), in words the card's safety lines do not come near: "Just stand it back up
 * against the wall", "Keep the kids where they are so the powder settles", "先把流量开大点", "Just go down and shut the valve
 * yourself" (holdout71's review: the worst advice of the emergency calls went unflagged where no red line words it). Only after a
 * condition raised as the ending check reads it (so on no faithful call of the labelled sets), only an instruction to the
 * customer, and only one no clause of the card's stop conditions, closing lines or answers is near in meaning.
 */
final class EmergencyAdvice {
    /** An instruction in English: a verb of doing first, or "have him…", "you can keep…". */
    // "If it gets bad, just get her in the car and drive south" (holdout74's safe-room-07): an instruction after its condition
    private static final Pattern EN = Pattern.compile("^(?:if [^,.;]{1,40},\\s*)?(?:(?:okay|ok|so|sure|well|honestly|oh|alright|right|yeah|and|then|first|now)[,.!]?\\s+)*"
            + "(?:just\\s+|please\\s+|go ahead and\\s+)?(?:have (?:him|her|them|the kids|everyone)|keep|put|go|get|run|reset|pull|throw|wipe|stand"
            + "|open|close|shut|turn|hose|use|try|give|grab|leave|move|push|spray|pour|add|unplug|plug|sit|stay|lie|tape|squeeze|set|finish"
            // "Help him up and walk him inside", "Just knock the ladder off the line with a broom handle" (holdout72's scaffold-rental-07)
            + "|help|walk|knock|lift|pick|drag|hold|bring"
            // "Step out on the porch and take a look at the sky" in a tornado warning (holdout74's safe-room-07)
            + "|step|head|drive|look"
            + "|strip|clean|mop|sweep|cover|fill|tamp|sip|drink|scrape|sand|climb|carry|rinse|unscrew|screw|flip|switch)\\b"
            + "|\\byou can (?:keep|just|still|go)\\b|\\byou could (?:just|try)\\b|\\byou'll want to\\b", Pattern.CASE_INSENSITIVE);
    /** An instruction in Chinese: "您先把…", "拿胶带…", "先把流量开大点". */
    private static final Pattern ZH = Pattern.compile("^(?:好的?|嗯|那|哎|没事|您别急|别急|别慌|您别慌)?[，,]?\\s*(?:您|你)?(?:先|就|赶紧|今晚|现在|直接"
            // "回头让你弟把推杆上的铁丝再多缠几道", "赶紧打盆热水把他手脚泡进去" (holdout77's lengku-07)
            + "|回头|以后|马上|待会儿?|等会儿?|一会儿)?(?:就|先)?"
            + "(?:把|拿|用|去|让|往|爬|拧|拆|关|开(?!发|始|心|会|玩笑|票)|调|抹|贴|粘|接|拔|插|擦|冲|倒|剪|喝|坐|躺|扶|搬|挪"
            // "那您找根绳子把灯先拴在楼梯扶手上" (holdout73's diaodeng-07, against the card's 别拿绳子拴)
            + "|找|拴|绑|抬|推|踩|站|摘|缠|泡|敷|揉|搓|顶|垫|撑|打(?!电话|给|个电话|119|120|110|扰|算|折|款))");
    /**
     * An English instruction not to do a thing, and the thing's verb: "Don't touch him". (A Chinese 别 takes one character for its
     * verb, too short to find in a card line: 别急 would find 急救.)
     */
    private static final Pattern FORBIDS = Pattern.compile("^\\W*(?:if [^,.;]{1,40},\\s*)?(?:(?:no|and|so|okay|ok|now|listen)[,.!]?\\s+)*(?:just\\s+)?"
            + "(?:don'?t|do not|never)\\s+(?:you\\s+)?([a-z]{3,})", Pattern.CASE_INSENSITIVE);
    /** Courtesy in the same shape: "Take care, Ruth!", "Okay, take a breath.", "Stay warm". */
    private static final Pattern COURTESY = Pattern.compile("\\b(?:take care|take a (?:deep )?breath|stay (?:warm|safe|well)|have a (?:good|great|nice)"
            + "|get well|let's)\\b|保重|慢点|别着急", Pattern.CASE_INSENSITIVE);
    /** A card line that says what not to do, or a rep's instruction that says so. */
    private static final Pattern DONT = Pattern.compile("\\b(?:don'?t|do not|never|nobody|no one|not)\\b|别|不要|不能|千万|禁止|不许|谁都别|切勿",
            Pattern.CASE_INSENSITIVE);
    /** Keeping away says a "don't" in other words: "stay away from the ladder", "离远点". */
    private static final Pattern AVOID = Pattern.compile("\\b(?:stay|keep|get|step|move)\\s+(?:\\w+\\s+)?(?:away|back|clear|off|out)\\b|\\baway from\\b"
            + "|远离|离远|离开|躲开|退后|出门|出去", Pattern.CASE_INSENSITIVE);
    /**
     * Talking the customer out of calling for help: "119就别打了，消防车一来，全园家长都知道了", "No need for 911 for a stuck leg",
     * "911 out here takes forty minutes anyway" (holdout75 and 76's emergency calls, on cards that say to call them).
     */
    private static final Pattern NO_HELP_CALLED = Pattern.compile("(?:119|120|110|急救|救护车|消防)[^。！？，,]{0,4}(?:就)?(?:别|不用|不要|没必要|用不着|犯不着)(?:打|叫)?"
            + "|(?:别|不用|不要|没必要|用不着|犯不着)(?:再)?(?:打|叫)(?:119|120|110|急救|救护车|消防)"
            + "|\\b(?:no need|don'?t need|doesn'?t need|won'?t need)(?: for| to call| to ring)? (?:911|an ambulance|the paramedics|the fire department|ems)\\b"
            + "|\\b(?:don'?t|no point|not worth) (?:bother )?(?:call|calling|ringing|ring) (?:911|an ambulance|the paramedics|the fire department|ems)\\b"
            + "|\\b911 (?:out here |around here )?(?:takes|will take|would take)\\b"
            // "Hold off on 911, they'll just tell you to open a window." (holdout78's chimney-sweep-07)
            + "|\\b(?:hold off on|skip|wait on|forget|forget about|no need for) (?:calling )?(?:911|an ambulance|the ambulance|the paramedics|the fire department|ems)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The card tells the customer to call for help. */
    private static final Pattern HELP_NUMBER = Pattern.compile("119|120|110|急救|\\b911\\b|ambulance|paramedics|fire department", Pattern.CASE_INSENSITIVE);

    /** The card's safety words reach this far in meaning; the labelled emergencies' own advice said again sits above it. */
    static final double NEAR = 0.75;

    private EmergencyAdvice() {}

    /** Turns after a loose raise that are read: the rep's next two. */
    private static final int LOOSE_REACH = 4;

    /**
     * {@code raisedFirmly}: the customer turn that raised a stop condition ({@link RaisedConditions#raisedAt}), or -1; {@code
     * raisedLoosely}: the same read in two-character words too ({@link RaisedConditions#raisedLoosely}), whose advice is read
     * only in the rep's next two turns: "孩子头又卡在二楼栏杆缝里了" raises it in such words (holdout76's huati-07, whose advice went
     * unread), and so may a customer's passing question at the start of a faithful call (holdout77's lengku-01).
     */
    static List<FactFlag> in(Turn t, CardProfile card, int raisedFirmly, int raisedLoosely, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>(helpNotCalled(t, card, flagged));
        int raisedAt = raisedFirmly >= 0 ? raisedFirmly : raisedLoosely;
        if (raisedAt < 0 || t.index() <= raisedAt || raisedFirmly < 0 && t.index() > raisedAt + LOOSE_REACH) {
            return out;
        }
        for (String[] cut : instructions(t.text())) {
            String s = cut[0];
            String said = cut[1]; // the clause to its sentence's end: "…坐到沙发上，让他活动活动脖子，这点高度摔不坏的" is one piece of advice
            java.util.regex.Matcher forbids = FORBIDS.matcher(s);
            String forbidden = forbids.find() ? forbids.group(1) : null;
            if (!(EN.matcher(s).find() || ZH.matcher(s).find() || forbidden != null) || COURTESY.matcher(s).find() || s.matches("(?s).*[？?].*")
                    || FactFlag.covered(flagged, s) || FactFlag.covered(out, s)) {
                continue;
            }
            float[] v = card.embedder.embed(s);
            String nearest = null;
            double near = 0;
            for (CardProfile.SafetyLine line : card.safetyLines()) {
                double sim = Embedder.cosine(v, line.vector());
                if (sim > near) {
                    near = sim;
                    nearest = line.text();
                }
            }
            if (forbidden != null) {
                // the card's "do" forbidden: "don't touch him — he's still carrying the charge" nearest "Someone who's been struck
                // carries no charge — you can touch them" (holdout77's lightning-rod-07)
                if (near >= NEAR && !DONT.matcher(nearest).find() && !AVOID.matcher(nearest).find()
                        && java.util.regex.Pattern.compile("(?i)(?<![a-z])" + java.util.regex.Pattern.quote(forbidden)).matcher(nearest).find()) {
                    out.add(new FactFlag(t.index(), "claim", said, "says to: " + nearest.strip()));
                }
            } else if (near < NEAR) {
                // read as "(card gives no such step for it; …)" after the claim
                out.add(new FactFlag(t.index(), "claim", said, "gives no such step for it; the customer raised a stop condition at turn " + raisedAt));
            } else if ((DONT.matcher(nearest).find() || AVOID.matcher(nearest).find()) && !DONT.matcher(s).find() && !AVOID.matcher(s).find()) {
                // the card's "don't" done: "Just knock the ladder off the line with a broom handle" nearest "Stay off the ladder near
                // that line" (holdout72's scaffold-rental-07)
                out.add(new FactFlag(t.index(), "claim", said, "says not to: " + nearest.strip()));
            }
        }
        return out;
    }

    /**
     * The sentences of a turn, a Chinese one cut at its commas too: "孩子头能伸出去就能缩回来，让老师从后面抓住肩膀使劲往回拉" gives its
     * instruction mid-sentence, and "…没关系，让他们接着玩，别吓着他们" carries a 别 that is not the instruction's (holdout76's huati-07).
     */
    private static List<String[]> instructions(String text) {
        List<String[]> out = new ArrayList<>();
        for (String sentence : Sentences.split(text)) {
            java.util.regex.Matcher m = CLAUSE.matcher(sentence);
            int from = 0;
            while (from < sentence.length()) {
                int end = m.find(from) ? m.start() : sentence.length();
                String clause = sentence.substring(from, end);
                if (!clause.isBlank()) {
                    out.add(new String[] {clause.strip(), sentence.substring(from).strip()});
                }
                from = end + 1;
            }
        }
        return out;
    }

    private static final Pattern CLAUSE = Pattern.compile("[，；](?=\\s*\\p{IsHan})");

    /** Help named as help: a number dialled ("打119", "叫120", not "120元"), or an ambulance, the fire brigade, 911. */
    private static final Pattern HELP_NAMED = Pattern.compile("(?:打|叫|拨|报)(?:个)?(?:119|120|110)(?!\\d)|\\b911\\b|急救|救护车|消防队"
            + "|\\bambulance\\b|\\bparamedics\\b|\\bfire department\\b", Pattern.CASE_INSENSITIVE);
    /** A call for help only supposed ("要是再有人被关住，打120吗？") or told of as past ("他当时不肯叫救护车"). */
    private static final Pattern NOT_NOW = Pattern.compile("要是|如果|万一|假如|下次|以后|上个?月|上周|上礼拜|上星期|去年|上次|那次|当时|那天|后来|没叫|没打|不肯"
            + "|\\b(?:if|in case|whenever|next time|last (?:week|month|year|time)|ago|back then|that (?:night|day)|refused|didn'?t|never)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The first customer turn that asks about calling for help now ("小马又被关在冷冻库里了…我是打119还是让人拿锤子砸？", holdout77's
     * lengku-07, told in words no trigger of the card's stop condition has), or -1: read as a loose raise.
     */
    static int helpAskedAt(ScoredCall call) {
        for (Turn t : call.turns) {
            if (t.speaker() != dev.rolecall.card.Role.CALLEE) {
                continue;
            }
            for (String sentence : Sentences.split(t.text())) {
                if (HELP_NAMED.matcher(sentence).find() && !NOT_NOW.matcher(sentence).find()) {
                    return t.index();
                }
            }
        }
        return -1;
    }

    /** Sentences talking the customer out of calling the help the card's own caller side says to call. */
    private static List<FactFlag> helpNotCalled(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            java.util.regex.Matcher m = NO_HELP_CALLED.matcher(sentence);
            if (m.find() && !sentence.matches("(?s).*[？?].*") && !FactFlag.covered(flagged, sentence)
                    && card.ownSentences.stream().anyMatch(c -> HELP_NUMBER.matcher(c).find() && !NO_HELP_CALLED.matcher(c).find())) {
                out.add(new FactFlag(t.index(), "claim", sentence.strip(), "says to call for help: talked out of it (\"" + m.group() + "\")"));
            }
        }
        return out;
    }
}
