package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Three moves a rep makes in everyday words that no card backs unless it says so: asking for money
 * through a channel of the rep's own ("定金您直接微信转给我就行", "text me your card number", cash to the
 * technician), pressure the card does not give ("只剩最后两个位置了，今天不定明天就没了", "it goes over to
 * collections"), and running down other firms or boasting a standing ("别家那些检测公司连资质都没有", "we're the only
 * bin outfit in Iowa with a rescue-trained crew"). Cards forbid them in words of their own ("不许转到个人微信", "Never threaten collections"),
 * which no lexical red-line match meets, so they are read here by the move itself; a card whose own
 * caller side (less its red lines) makes the move backs it.
 */
final class OffBookMoves {
    private static final Pattern PAYMENT = Pattern.compile(
            "(?:微信|支付宝)(?:上)?(?:直接)?转(?:给|到)?(?:我|师傅|教练|司机|带队|他|她|个人)"
                    + "|转(?:到|给)?(?:我|师傅|教练|司机|带队师傅|他|她)(?:的)?(?:个人)?(?:微信|支付宝|账户|卡)"
                    + "|(?:直接)?(?:给|交给|付给)(?:带队)?(?:师傅|教练|司机|我)现金|现金(?:给|交给|付给)(?:带队)?(?:师傅|教练|司机|我)"
                    + "|(?:给|交给)(?:带队)?(?:师傅|教练|司机)(?:现金|就行)"
                    + "|\\b(?:text|email|message|send|read|give|tell) me (?:your|the) (?:card|credit card|debit card|bank|account) ?(?:number|details|info)"
                    + "|\\b(?:hand|give|pay) (?:him|her|them|the (?:technician|tech|driver|installer|crew|movers?))\\b[^.?!]{0,25}\\bcash\\b"
                    + "|\\bcash to (?:the )?(?:technician|tech|driver|installer|crew|movers?)|\\b(?:venmo|zelle|paypal) (?:me|it to me)\\b|\\bpay me (?:directly|personally)\\b"
                    // taking the money on the call: "I can take your card now and that'll lock it in"
                    + "|\\b(?:i can|i'?ll|let me|we can) (?:just )?(?:take|get|grab|run) (?:your|the) (?:card|credit card|card details|card number|payment)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A day said to be full: "周末排满了，最早下下周" where the card offers both weekend days (holdout54's delivery-04). Only a day
     * the card works: one it does not offer may be full for all the card says.
     */
    private static final Pattern DAY_FULL = Pattern.compile("(周[一二三四五六日末]|星期[一二三四五六日天])(?:的)?(?:都|也|已经|基本|全)?(?:排满|约满|订满)了?"
            + "|\\b(weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\\s+(?:is|are)\\s+(?:all |fully |already |completely )?(?:booked(?: up)?|full)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A Chinese payment move needs money in its sentence: "资料转给我同事" moves no money. */
    private static final Pattern MONEY_WORD = Pattern.compile("微信|支付宝|现金|定金|尾款|钱|费|款|元|块|\\d|[一二两三四五六七八九十百千]+|card|cash|pay",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESSURE = Pattern.compile(
            "只剩(?:下)?(?:最后)?[一两二三四五几\\d]+(?:个|位|间|套|档|台)|最后[一两二三几\\d](?:个|位)(?:名额|位置|档期)"
                    + "|名额(?:不多|有限|快满|紧张)|(?:名额|档期|位置)(?:基本|快|都|就)?(?:满了|约满了?|没了)"
                    + "|(?:今天|现在|马上)不(?:定|订|交|报|签|约|办|寄|下单)(?:的话)?[^。！？]{0,12}(?:没|被|不好留|留不住|订走|涨|排到)"
                    + "|被(?:别人|人家|其他人)(?:订|抢|约)走|过了今天(?:就)?|好几拨人|(?:明天|下周)(?:系统)?(?:就)?(?:涨价|恢复原价|调价|提价)"
                    // holdout76's C calls: "这个费率只到今天", "园长是要吃牢饭的", "commit now and I'll throw in another two hundred off"
                    + "|只(?:到|限)(?:今天|今晚|本周|这周)|坐牢|吃牢饭|蹲(?:大)?牢|吃官司|\\b(?:go|goes|going|end up) (?:to )?(?:jail|prison)\\b"
                    // holdout72-75's: "下个月起上门费就往上调了", "就剩周四这一个空位", "您要是挂了电话这个优惠就没了", "您要是现在拍板，两百块我自己做主给您免了",
                    // "外墙不检测要罚款的", "the fifteen percent disappears at five o'clock today"
                    + "|(?:下周|下个月|月底|过几天|过两天)(?:起|开始)?[^。！？，]{0,6}(?:往上调|上调|调价|提价)|就剩[^。！？，]{0,6}一个(?:空位|空档|名额|位置)"
                    + "|挂了电话[^。！？]{0,8}(?:就)?没了|(?:现在|今天)(?:就)?拍板|要罚款|会被罚款|罚款的"
                    + "|\\b(?:disappears?|goes away|vanishes|ends|expires) at [^.?!]{0,15}\\btoday\\b"
                    + "|\\b(?:commit|book|sign|decide|order) (?:now|today|tonight)(?:,| and) (?:i'?ll|we'?ll) (?:throw|knock|take|give)\\b"
                    + "|\\blast (?:one|two|few|spot|slot|unit)s?\\b|\\b(?:goes?|go|sent|send|turn(?:ed)?) (?:over )?to collections"
                    + "|\\b(?:hurt|show up on|affect|ding) your credit\\b|\\b(?:prices?|rates?|amount) (?:go|goes|will go) up\\b|\\bwon'?t last\\b"
                    + "|\\b(?:slots?|spots?|openings?|dates?|ones) (?:are|is) (?:almost|nearly) (?:gone|full|booked)\\b|\\bthey go fast\\b"
                    + "|\\bsomeone else (?:will|might|could) (?:take|grab|book) it\\b"
                    // holdout14's C calls: "我们下周开始就要涨价了", "先锁上嘛，不然真没了", "we're almost out of Shingrix this month",
                    // "if you don't book today I can't promise the zero-dollar price", "the insurance thing changes at the end of the week"
                    + "|(?:下周|下个月|月底|过几天|过两天)(?:开始)?(?:就)?(?:要)?(?:涨价|涨了|恢复原价)|不然(?:就|真|可)?(?:没了|被订走|约不上|排不上)"
                    + "|(?:下周|下个月|月底|过几天|过两天)[^。！？，]{0,10}(?:就)?(?:不让用|不能用了|作废|失效|用不了)"
                    // a price rise or a lost turn the card never mentions (holdout74's C calls): "消毒药剂厂家八月份起调价", "晚点就轮不到您了",
                    // "Our supplier's bumping the steel price come May first", "Come December the price sheet changes"
                    + "|(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:起|开始|以后|一号起)(?:就)?(?:要)?(?:调价|涨价|提价|涨)"
                    + "|(?:晚点|晚了|再等|回头)(?:的话)?(?:就|可就|可能就)?(?:轮不到|排不上|约不上)"
                    + "|\\b(?:bump(?:ing|s)?|rais(?:e|es|ing)|hik(?:e|es|ing)) (?:up )?(?:the |our |their |its )?(?:\\w+ )?(?:price|prices|rates)\\b"
                    + "|\\bprice (?:sheet|list)s? (?:changes?|goes? up)\\b"
                    + "|\\b(?:almost|nearly|running) out of\\b|\\bif you don'?t (?:book|sign|decide|commit|lock)[^.?!]{0,30}\\b(?:today|now|tonight)\\b"
                    + "|\\b(?:changes?|ends?|expires?|goes away) (?:at|by) the end of (?:the|this) (?:week|month)\\b"
                    // holdout15's: "these fill up fast", "Saturday's pretty much gone", "the best slot left", "the discount expires this Friday"
                    + "|\\b(?:fill|fills|filling|book|books|booking) up (?:fast|quickly)\\b|\\b(?:pretty much|all but) (?:gone|full|booked)\\b"
                    + "|\\b(?:best|last|only) (?:slot|spot|opening|time|day)s? (?:left|remaining)\\b"
                    + "|\\b(?:expires?|ends?|goes away|runs out) (?:this (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|week|weekend)|tomorrow|today|tonight)\\b"
                    // a price or a slot held only for today (session 55, over 30 C calls in 25 sets, no A call): "今天定再给您打九折",
                    // "您今天定，我给您减五百", "今天不定，师傅就排满了", "就剩这一个了", "I can only hold Friday if you book today", "the 15% only
                    // applies if you pay today", "if you book today I can take 15% off", "The slots will be gone by tomorrow"
                    + "|(?:今天|现在|马上)(?:就)?定(?:下来)?(?:的话)?[，,]?[^。！？]{0,8}?(?:打|减|送|优惠|折|便宜|抹|申请|让)"
                    + "|(?:今天|现在|马上)不(?:定|订|交|签|约|办|下单)(?:的话)?[^。！？]{0,12}(?:排满|满了|赶不上)|就剩(?:这|最后)?(?:一|1)个"
                    + "|\\bonly hold\\b[^.?!]{0,25}\\b(?:if|unless) you\\b"
                    + "|\\bonly (?:applies |works |counts |good )?(?:if|when) you (?:pay|book|sign|order|renew|commit)[^.?!]{0,25}\\b(?:today|now|tonight|in the next)\\b"
                    + "|\\bif you (?:book|sign|order|pay|renew|commit)[^.?!]{0,20}\\b(?:today|right now|tonight|on this call)\\b[^.?!]{0,25}\\b(?:off|free|discount|knock|throw in|add)\\b"
                    + "|\\b(?:off|knock|throw in|discount|only \\$[\\d,.]+)\\b[^.?!]{0,30}\\bif you (?:book|sign|order|pay|renew|commit)[^.?!]{0,15}\\b(?:today|right now|tonight|on this call)\\b"
                    + "|\\b(?:slots?|spots?|dates?|openings?) (?:will|'ll) be (?:gone|taken|full|booked)\\b|\\bbooked solid\\b|\\b(?:nearly|almost) full\\b"
                    + "|\\bneed (?:a|your) decision (?:right )?now\\b"
                    // holdout66's C calls: "过了礼拜五价格就上调了", "book today, because they'll have babies up there by next week"
                    + "|过了(?:这个?)?(?:周|星期|礼拜)[一二三四五六日天末](?:以后|之后)?[^。！？，]{0,4}(?:涨价|涨了|上调|上涨|恢复原价)"
                    + "|\\b(?:book|sign|decide|order) (?:today|now|tonight),? (?:because|or|otherwise)\\b"
                    // holdout71's C calls: "这周的空档只剩明天了", "过了这个月配件要贵一截", "您这分子筛说不定哪天就彻底罢工了", "the Saturday
                    // slot's the last until November", "our rates jump October first"
                    + "|(?:空档|空位|档期|名额|位置)(?:只剩|就剩)|过了(?:这个?月|月底|今天|这周|本周)[^。！？，]{0,8}(?:贵|涨)"
                    + "|说不定哪天就|随时(?:会|可能|都会)(?:坏|罢工|停机|出事)"
                    + "|\\b(?:the )?last (?:one |slot |opening |date |day )?(?:until|till|before) (?:next|the|january|february|march|april|may"
                    + "|june|july|august|september|october|november|december)\\b|\\b(?:rates?|prices?|fees?) (?:jump|jumps|rise|rises|increase|increases)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Other firms run down, or a standing boasted: "别家那种便宜网两年就生锈断了", "别的银行都比我们贵一倍", "我们银行的分期是全市最便宜的",
     * "我们合肥几百家幼儿园都在用我们", "we're the only yard in Connecticut with a heated shed", "Most farms in Marshall County have us
     * out every fall" (holdout41, 58, 62 and 76's C calls). Not "the only option"/"the only discount we have": the card's own limits.
     */
    private static final Pattern BOAST = Pattern.compile("(?:别家|别的(?:银行|公司|店|家|机构|平台|师傅|检测公司)|其他(?:家|公司|银行|机构)|外面那些|同行)"
                    + "[^。！？]{0,16}(?:都是|都没|连|没有|不如|比我们|便宜货|生锈|糊弄|瞄瞄|乱|坑|黑|假|不正规|没证|没资质)"
                    + "|(?:全市|全县|全省|全国|全城|本地|这一片)(?:都)?(?:最便宜|最好|最专业|第一|独一家|就我们)|(?:几百|几千|上百|上千)家[^。！？]{0,12}都在用"
                    + "|(?:整个|全)\\p{IsHan}{1,4}就我们|(?:十几|几十|上百|几百|好几十)(?:栋|家|户|个)[^。！？]{0,8}都是我们"
                    + "|\\b(?:half|most|all) (?:of )?the (?:other )?(?:outfits|companies|guys|shops|contractors|crews)\\b[^.?!]{0,30}\\b(?:just|don'?t|never|cheap)"
                    + "|\\bmost (?:outfits|companies|contractors|shops|crews) (?:around|in|near) [^.?!]{0,20}\\b(?:don'?t|never|just)\\b"
                    + "|\\bmost of (?-i:[A-Z])\\w+(?: (?-i:[A-Z])\\w+)? (?:already )?(?:has|have|uses?) (?:our|us)\\b"
                    + "|\\b(?:we'?re|we are) (?:the )?only (?:\\w+ ){0,3}(?:in|around|on this side of|this side of) (?:the )?(?:state|county|area|town|city|region"
                    + "|(?-i:[A-Z][a-z]+))\\b"
                    + "|\\b(?:most|every|all the|half the) (?:\\w+ ){0,2}(?:farms?|warehouses?|shops?|homes?|families|businesses|people|folks|schools?|companies)"
                    + " (?:\\w+ ){0,5}(?:uses? us|have us|call us|go with us|come to us)\\b"
                    + "|\\b(?:the|those|other) (?:\\w+ )?(?:guys|outfits?|companies|shops|competitors?)\\b[^.?!]{0,30}\\b(?:cheap|kids with|cut corners|don'?t even|no license|unlicensed|scam)",
            Pattern.CASE_INSENSITIVE);
    /** Said to rule it out: "不要转给教练个人", "never give the technician cash"; not the 别 of 特别, 分别, 区别, 级别. */
    private static final Pattern NEGATED = Pattern.compile("不要|不能|(?<![特分区级类个识告差])别|不用|不可以|禁止|不许|\\b(?:never|don'?t|do not|won'?t|can'?t|cannot|no need)\\b"
                    // "it's card or cheque, no cash to drivers" (holdout54's snow-plow-04)
                    + "|\\bno\\s*$",
            Pattern.CASE_INSENSITIVE);

    private OffBookMoves() {}

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            String pay = move(PAYMENT, sentence);
            String push = pay == null ? move(PRESSURE, sentence) : null;
            String boast = pay == null && push == null ? move(BOAST, sentence) : null;
            if (boast != null && !taken(flagged, boast) && !backed(BOAST, card)) {
                out.add(new FactFlag(t.index(), "boast", sentence.strip(), "no such standing, nor word of other firms"));
                continue;
            }
            if (pay == null && push == null) {
                String full = move(DAY_FULL, sentence);
                push = full != null && UnofferedDays.named(full).intersects(card.days) ? full : null;
            }
            String said = pay != null ? pay : push;
            // another check may have flagged a different error in the same sentence ("还能帮您走个内部价")
            if (said == null || taken(flagged, said)) {
                continue;
            }
            if (pay != null && MONEY_WORD.matcher(sentence).find() && !backed(PAYMENT, card)) {
                out.add(new FactFlag(t.index(), "payment", sentence.strip(), "the card's payment channels only"));
            } else if (push != null && !backed(PRESSURE, card)) {
                out.add(new FactFlag(t.index(), "pressure", sentence.strip(), "no such deadline, scarcity or consequence"));
            }
        }
        return out;
    }

    /** Another check has flagged these words, or words they hold ("还能帮您走个内部价"), already. */
    private static boolean taken(List<FactFlag> flagged, String said) {
        return flagged.stream().anyMatch(f -> f.said().contains(said) || said.contains(f.said()));
    }

    /** The words of the move, unless said to rule it out; null when the sentence does not make it. */
    private static String move(Pattern move, String sentence) {
        var m = move.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 12), m.start());
            if (!NEGATED.matcher(before).find()) {
                return m.group();
            }
        }
        return null;
    }

    private static boolean backed(Pattern move, CardProfile card) {
        // a move the card quotes to forbid it ("no \"prices go up in October\" pressure", outside its red lines) backs nothing
        return card.ownSentences.stream().anyMatch(s -> move(move, s) != null);
    }
}
