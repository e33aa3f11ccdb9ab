package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rep says the thing is done ("那我就先按六期给您办上了", "I've booked you in for Thursday")
 * when the customer's last words put it off or turned it down: an agreement the customer never
 * gave, stated as a fact. A reviewer fails the call for it whatever the end marker says.
 */
final class Agreements {
    /** The rep reports an action taken for the customer: done, booked, registered, put through. */
    private static final Pattern DONE = Pattern.compile(
            // 帮您把12期办上, 帮您把康护包和周四的评估一起登记上, 帮您把两年三千七的方案锁定了
            "(?:给|帮|为)(?:您|你)(?:把[\\p{IsHan}\\d]{0,14}?|\\p{IsHan}{0,6}?)(?:办上|办好|办了|开通了|约上|约好|预约好|预约上|登记上|登记好|安排上|安排好|下单了|提交了|改好|改成了|锁上|锁好|锁定了|定上|订上|报上|报好)"
                    + "|办上了|已经(?:给|帮|为)?(?:您|你)?(?:办|开通|预约|登记|提交|下单|安排)"
                    + "|(?:给|帮|为)(?:您|你)(?:下单|下好单|约了|订了|登记|预约|安排)[\\p{IsHan}\\d]{0,10}?了"
                    + "|(?:给|帮|为)(?:您|你)把[\\p{IsHan}A-Za-z0-9]{0,8}?(?:撤了|撤掉|取消了|换成|换好|改成|改了|加上|退了|退订|锁上|锁好|定上|订上|报上)"
                    + "|\\b(?:i'?ve|i have|we'?ve|we have)\\s+(?:(?:also|just|already)\\s+)?(?:gone ahead and\\s+)?(?:booked|scheduled|set (?:you|it) up|set up (?:the|a|an|your)\\b|signed you up|put you down|processed|registered|enrolled|switched|upgraded|renewed|frozen|cancel+ed"
                    + "|pencil+ed (?:you|him|her|them|it) in|held (?:the|that|your) (?:spot|slot|time))"
                    + "|\\b(?:i'?ve|i have|we'?ve|we have)\\s+(?:already\\s+)?(?:gone ahead and\\s+)?(?:put|placed|submitted|applied)"
                    + "\\s+(?:the|a|an|your)\\s+\\w+(?:[\\s-]\\w+)?\\s+(?:on|through|in|for you)\\b"
                    + "|\\b(?:i'?ll|i will|let me)\\s+(?:just\\s+)?go ahead and\\s+(?:put you (?:in|down)|book|schedule|sign you up|set (?:you|it) up|lock|renew|process)"
                    + "|\\b(?:i'?ll|i will)\\s+put you down for\\b"
                    + "|\\b(?:i'?ll|i will|let me)\\s+just\\s+(?:put you (?:in|down)|book you|sign you up|hold (?:the|that|this|it|your|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)"
                    + "|\\byou'?re (?:all )?(?:booked|signed up|scheduled|enrolled|set up)\\b"
                    + "|\\bit'?s all (?:done|set up|booked|sorted|confirmed)\\b"
                    + "|\\b(?:order|booking|renewal|freeze|appointment|upgrade|plan)(?:'s| is| has been) (?:confirmed|booked|done|in place|processed)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The customer's last words say its question went unanswered: nothing was agreed ("我问的是打架怎么办。"). */
    private static final Pattern NOT_ANSWERED = Pattern.compile("我(?:是)?问的是|我是问|你(?:还)?没(?:回答|说)(?:我)?|没回答我"
            + "|\\b(?:that'?s not what i asked|that'?s not an answer|you didn'?t answer|i asked (?:you )?about)\\b", Pattern.CASE_INSENSITIVE);
    /** An offer or a try, not a thing done: 帮您问一下能不能安排上, 先给您把两年的锁上？ */
    private static final Pattern TENTATIVE = Pattern.compile("能不能|可不可以|要不要|看看|问问|问一下|争取|尽量|试试");
    /** A yes in the same words: the put-off words before it were overruled ("我考虑一下……算了，办吧"). */
    private static final Pattern YES = Pattern.compile("行|好|可以|没问题|确认|同意|办吧|就这样|就按|就它|\\b(?:yes|yeah|ok(?:ay)?|sure|fine|go ahead|let'?s do)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A cancellation done on the customer's own "cancel it" (the twenty-first held-out set's glasses-05: "You know what, cancel
     * it." then "I've cancelled order CV-40815"): the refusal is the instruction, carried out.
     */
    private static final Pattern CANCELLED = Pattern.compile("cancel+ed|取消了|撤了|撤掉|退了|退订", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANCEL_ASKED = Pattern.compile("\\bcancel\\b|取消|退订|退掉", Pattern.CASE_INSENSITIVE);

    private Agreements() {}

    /** The claim in this caller turn, when the customer's last words put the matter off or refused it. */
    static List<FactFlag> unbacked(Turn t, ScoredCall call) {
        List<FactFlag> out = new ArrayList<>();
        Turn last = call.lastSaidBefore(Role.CALLEE, t);
        if (last == null) {
            return out;
        }
        String off = CallWords.putsOff(last.text());
        boolean unanswered = NOT_ANSWERED.matcher(last.text()).find();
        if (off == null && !CallWords.refuses(last.text()) && !unanswered || off != null && yesAfter(last.text(), off)) {
            return out;
        }
        for (String clause : Sentences.clauses(t.text())) {
            Matcher m = DONE.matcher(clause);
            if (m.find() && !TENTATIVE.matcher(m.group()).find() && !clause.strip().matches(".*[？?]$")
                    && !(CANCELLED.matcher(m.group()).find() && CANCEL_ASKED.matcher(last.text()).find())) {
                out.add(new FactFlag(t.index(), "agreement", clause.strip(),
                        "the customer did not agree (turn " + last.index() + ": \"" + excerpt(last.text()) + "\")"));
                break;
            }
        }
        return out;
    }

    private static boolean yesAfter(String text, String off) {
        int at = text.indexOf(off);
        return at >= 0 && YES.matcher(text.substring(at + off.length())).find();
    }

    static String excerpt(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
