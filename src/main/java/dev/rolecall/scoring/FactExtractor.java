package dev.rolecall.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts a listener could check in an utterance: discounts, percentages, durations,
 * dates, clock times, body temperatures, lengths, phone numbers, e-mail addresses, amounts of money and quoted names (UI
 * paths, product names). Chinese and English forms normalise to one value: 九五折 = 95折 = 9.5折,
 * 三十天 = 30天 = 30 days, 两小时 = 2小时.
 */
public final class FactExtractor {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern HOTLINE = Pattern.compile("(?:(?:热线|电话|客服|拨打|致电|hotline|call|dial)\\D{0,4}?"
            // "您可以打95566核实" (holdout43's wrong hotline for the card's 95588): a service number after 打 or 拨
            + "|(?:打|拨)(?:给|到)?\\s?(?=[19]))(?<![\\d-])(\\d(?:\\s?\\d){4,5})(?![\\d-]|\\s*[块元万千百%折个天号月年期分])",
            Pattern.CASE_INSENSITIVE);
    /**
     * An age limit: "18岁以上", "年满16周岁", "Someone over 18 needs to be home", "adults 21 and up" ("Someone over 16 has to be
     * home" for the card's 18 was unread: holdout58's isp-visit-03). Only a limit: "孩子6岁" is who, not a rule.
     */
    private static final Pattern AGE_LIMIT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*周?岁\\s*(?=及?以上|或以上|以下|或以下|以内)|(?:年满|不满|未满)(\\d{1,2})\\s*周?岁"
            + "|\\b(?:someone|somebody|anyone|an adult|adults?|a person|persons|people|kids|children|guests|students|patients|participants|members|visitors|passengers"
            // "Jumpers under 6 go in our Little Leapers zone" (the party card; its "kids under 6" had read as wrong against "children under 3")
            + "|\\w+ers|you(?:'re| are)?|must be|has to be|have to be)"
            + "\\s+(?:\\w+\\s+)?(?:over|under|aged|at least|older than|younger than)\\s+(\\d{1,2})\\b"
            // an age ends the phrase ("kids under 6?", "someone over 18 needs to be home"); "orders over 50 dollars" is no age
            + "(?=\\s*(?:[.,;:!?)\\u2014\\u2013-]|$|(?:and|or|can'?t|cannot|can|must|need|needs|go|goes|get|are|is|have|has|will|may|"
            + "years?|yrs?|should|pay|ride|jump|swim|play|only|to)\\b))"
            + "|(?<![\\d.,$])(\\d{1,2})\\s+(?:years? old\\s+)?(?:or older|or over|and (?:up|over|older))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A bank's or insurer's 95xxx line with no line named: "95558，我的工号6012。" answering "你们客服电话多少？" (holdout58's
     * installment-03, for the card's 95588). Not a round amount (95000) nor one with a unit.
     */
    private static final Pattern SERVICE_NUMBER = Pattern.compile(
            "(?<![\\d.,$¥￥-])(95(?!\\d00)\\d{3})(?![\\d.,%-]|\\s*(?:[块元万千百折个天号月年期分斤克米]|dollars?|yuan|rmb|usd))",
            Pattern.CASE_INSENSITIVE);
    /**
     * A number read out in groups with commas between ("打四零零，八六零，二三七一", "call us at five-five-five, zero-one-seven-eight",
     * digits by then), after a word naming a line: without one, "1200，1500，1800" is a list of prices.
     */
    private static final Pattern PHONE_READ_OUT = Pattern.compile("(?:热线|电话|号码|客服|拨打|打|拨|致电|联系|call|phone|number|line|dial|reach|we're on|we are on|us at|we're at|we are at)"
            + "[^\\d]{0,12}?(?<![\\d.,])(\\d{3,4}(?:\\s?[，,、]\\s?\\d{3,4}){1,3})(?!\\d|\\.\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("(?<![\\d-])(?:\\+?\\(?\\d[\\d ().-]{5,}\\d)(?![\\d-])");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    /** A month of a year, "二零二三年九月" (digits by now), "September 2023": the month is what a card's date can be wrong in. */
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)"
            + "|\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\s*,?\\s*(?:19|20)\\d{2}\\b",
            Pattern.CASE_INSENSITIVE);
    /** A year of birth in two digits: "九四年的", "85年生", "05年出生". */
    private static final Pattern BIRTH_YEAR = Pattern.compile("(?<![\\d.])(?:[5-9]\\d|0\\d)\\s*年(?=的|生|出生|属)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*年(?!\\s*(?:以上|多|左右|以内|内|之内))");
    private static final Pattern DATE_CN = Pattern.compile("(?<!\\d)(\\d{1,2})月(\\d{1,2})[日号]");
    /** "4月9日、10日", "4月9号或者10号": the later days of a list are days of the same month, not durations of ten days. */
    private static final Pattern DATE_LIST = Pattern.compile("(?<!\\d)(\\d{1,2})月(\\d{1,2})[日号]((?:\\s*(?:[、,，/]|和|或者?|跟)\\s*\\d{1,2}[日号])+)");
    private static final Pattern LISTED_DAY = Pattern.compile("(\\d{1,2})[日号]");
    private static final Pattern DATE_EN = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /**
     * A day of the month with no month (17号, "the 18th"), checked against the card's days: not a line, floor
     * or window (3号线, 5号楼, "the 2nd floor").
     */
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月/.:])(\\d{1,2})号(?![\\d线楼房门窗口床位柜台桌机车座厅馆院码])"
            + "|\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:floor|time|step|option|item|place|row|grade|one|call|try|round|visit|page|line)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISCOUNT = Pattern.compile("(\\d{1,2}(?:\\.\\d)?)\\s*折");
    private static final Pattern PERCENT_OFF = Pattern.compile("(\\d{1,2}(?:\\.\\d)?)\\s*%\\s*(?:的)?\\s*(?:off|discount|折扣|优惠)"
            + "|(?:优惠|折扣|便宜|减免|减|打折|off|discount of)\\s*(\\d{1,2}(?:\\.\\d)?)\\s*%"
            // "the 10% senior discount", "a 15% loyalty discount": a word or two naming whose discount it is
            + "|(\\d{1,2}(?:\\.\\d)?)\\s*%\\s+(?:[a-z-]+\\s+){1,2}discount", Pattern.CASE_INSENSITIVE);
    /**
     * A rate per day read before durations take its 一天: "一天吃两次" (its 1天 had been taken as a day and the count lost), and a
     * range at its upper end: "漱口水…一天五六次都行" where the card says 每天3次 (holdout32's clinic-04, a C call at 98.5).
     */
    private static final Pattern DAILY_RATE = Pattern.compile("(?:每天|一天|1天|每日)\\s*(?:吃|服|用|含|喷|滴|漱)?到?\\s*(\\d{1,3})"
            + "(?:\\s*(?:到|至|-|~|～)\\s*(\\d{1,3}))?\\s*(次|片|颗|粒)");
    /** Visits a week or a month: "康复师每周上门两次" where the card says 每周三次 (holdout misses; 每周 is no 每 + number). */
    private static final Pattern WEEKLY_RATE = Pattern.compile("(?:每周|每星期|每礼拜|每个?月|一个月|1个月|一周|1周)\\s*(?:上门|来|做|去|送|服务|清洗|保洁|安排)?\\s*(\\d{1,2})\\s*次");
    /** Doses and frequencies ("每天3次", "每次1片", "3 times a day"); "两次之间" is no count. */
    /** Also limits ("一天最多六片", "整期最多补2节", "每班最多8个孩子"): a count a rep can get wrong with no other number. */
    private static final Pattern COUNT = Pattern.compile("(?:每天|一天|1天|每日|每次|(?<![第\\d])1次|每)\\s*(?:最多|不超过|至多)?\\s*(?:吃|服|用|含|喷|滴|漱)?\\s*(\\d{1,3})\\s*(次|片|颗|粒)"
            + "|(?:最多|不超过|至多)\\s*(?:补|请|约|带|上|吃|服|用)?\\s*(\\d{1,3})\\s*(次|片|颗|粒|节|个孩子|个学员|个人|名学员)"
            + "|(?<![\\d.])(\\d{1,3})\\s*(times)(?= (?:a|per) (?:day|week))"
            // a limit in things counted ("10袋以内免费", "三张以内"): the classifier says what is counted
            + "|(?<![\\d.])(\\d{1,3})\\s*(袋|箱|件|张|次|节|位|人|台|份|套|片|粒|颗|瓶|桶|趟|间|个)\\s*(?=以内|之内|以下|为限|封顶)"
            // things counted in English: "up to 3 monthly payments", "12 time-stamped photos", "a 4-inch dent", "20 characters a line"
            + "|(?<![\\d.,$])(\\d{1,3})[\\s-]+(?:(?:monthly|time-stamped|more|free|full|practice|private|group|extra)[\\s-]+){0,2}"
            + "(payment|installment|photo|picture|inch|lesson|session|class|visit|page|character|student|test|plant|participant|egg|kw|kilowatt"
            // a crew's size: "Garage Reset, 3 organizers, 780" for the card's two (holdout58's home-organizer-06)
            + "|organizer|climber|mover|technician|cleaner|installer|painter|groomer|stylist)(?:e?s)?\\b"
            // instalments of a bill (分3期、6期或者12期): not 第2期, 期间 or 期限
            + "|(?<![第\\d.])(\\d{1,2})\\s*(期)(?![间限待望末中])"
            // plants and people counted ("落地绿植12盆", "男女各30位"): checked against a card clause that counts the same
            + "|(?<![第\\d.])(\\d{1,3})\\s*(盆|株|棵|位)(?![数置于子])"
            // sheets counted ("一寸白底照片4张", "照片带两张就够了", holdout54), and pieces ("钉子大概十二颗", holdout57); "一张" is
            // as often "a" as a count
            + "|(?<![第\\d.])([2-9]|\\d{2,3})\\s*(张|颗)(?![\\p{IsHan}&&[^的就够照了吧啊呢左]])"
            // a length in feet: "an 8-foot run", "a twelve-foot run" (holdout55)
            + "|(?<![\\d.,$])(\\d{1,3})[\\s-]+(foot|feet)\\b"
            // revisions included: "含2次方案修改", "含五次修改" (holdout55)
            + "|(?:含|包含|包括)\\s*(\\d{1,2})\\s*(次)(?=\\p{IsHan}{0,4}修改|\\p{IsHan}{0,4}改)"
            // people of a trade in a crew ("五个锣鼓手", "两名安装师傅"): a crew size a rep can inflate (holdout56's "八个锣鼓手")
            + "|(?<![第\\d.])(\\d{1,2})\\s*(?:个|名|位)(\\p{IsHan}{1,3}?(?:手|师傅|师|员))(?![\\p{IsHan}&&[^，。、的和及都就也还来去到上在给帮]])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%");
    private static final Pattern DURATION = Pattern.compile(
            // 10/15周三 is a date and a weekday, not fifteen weeks; "about 4 painting days" is 4 days
            "(?<![第\\d./])(\\d+(?:\\.\\d+)?)(?:\\s*|-)(?:[a-z]{3,}ing\\s+(?=days?\\b))?(个工作日|个小时|小时|个钟头|钟头|个钟(?![头点表])|分钟|个月|天|日|周(?![一二三四五六日天末])|个星期|星期(?![一二三四五六日天])|个礼拜|礼拜(?![一二三四五六日天])|年"
            + "|business days?|days?|hours?|minutes?|months?|weeks?|years?|wks?|hrs?|yrs?)(?![\\d\\w])"
            // 三周岁 and "the six-year-old" are ages; 6天5晚 names a package, as the card's own "6天5晚" (not read as a
            // duration) does
            + "(?!\\s*(?:岁|[\\d一二三四五六七八九]\\s*晚)|-?\\s*olds?\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "eighty dollars and ten cents" is $80.10, as a rep reads a card's figure aloud. */
    private static final Pattern DOLLARS_AND_CENTS = Pattern.compile("(\\d+)\\s*(?:dollars?|bucks?)\\s*(?:and\\s*)?(\\d{1,2})\\s*cents?\\b",
            Pattern.CASE_INSENSITIVE);
    /** "$12k" is twelve thousand dollars (the k is group 2). */
    private static final Pattern MONEY = Pattern.compile("(?:[$¥￥]\\s*(\\d[\\d,]*(?:\\.\\d+)?)(k\\b)?)|(?:(\\d[\\d,]*(?:\\.\\d+)?)\\s*-?\\s*(?:元|块|美元|dollars?|bucks?))");
    /**
     * Money said with no unit, as people do (手续费七十二, 一共四百三十二, 一年四千三百二, 封顶八十, 月租三千七百八十): a number right
     * after a word of paying, a period or a unit of what is sold (伴娘妆一位一百五, 加修每张八十), with no other unit after it.
     * After 年 or 月 a number below 32 is a day;
     * 一千出头 and 两千多 are rough, not stated amounts.
     */
    private static final Pattern BARE_MONEY = Pattern.compile("(?<=(费|共|计|价|付|供|封顶|收|交|还|退|补|贴|赔|年|月|租|租金|每张|一张|每位|一位|每人|一人|每件|每套|每晚|一晚|每小时|一小时|月是|年是|晚是)\\s?)(\\d{2,6}(?:\\.\\d+)?)"
            // nor a measure: "超线预计十二米" (its 计 is 预计) is twelve metres (holdout40's faithful calls, capped at 60)
            + "(?![\\d.]|\\s*[个号点月日天年期次%折分位人小周元块万千百张台件份套席米斤克度层楼岁吨瓦升a-zA-Z]|\\s*(?:出头|多|来|余|几|平方|平米))");
    /**
     * A bare amount after a word that prices what is sold or paid (铜章一套四百, 全程陪伴版三千六百八, 定金只要两百, 没电梯的话要另加两百),
     * only where nothing but a pause or a particle follows it: "再加38项检查" is a count.
     */
    private static final Pattern BARE_PRICE = Pattern.compile("(?<=(?:一套|1套|每盒|一盒|1盒|每份|一份|1份|1位|只要|只收|另加|加收|多加|要加|再加|定金|订金|押金|首付|尾款|余款"
            + "|版|款|档|共是|价格是|费用是"
            // per unit, whole set or capped ("每米统一130", "精装每册八十八", "整套五千八", "单件最高一千五": holdout4-39 misses)
            + "|每米|每米统一|每平方米|每平米|每平|每方|每册|每本|每台|每个|每块|每斤|每晚|每课时|整套|最高|最多补"
            // "锔钉每颗二十五", "每厘米50" (holdout46)
            + "|每颗|每厘米|每公分|每只|每头|每条|每幅"
            // "粉碎还田每亩七十五", "续两年，按三千六" (holdout30 and holdout8 misses)
            + "|每亩|(?<![\\p{IsHan}&&[^，,就还]])按"
            // a surcharge per unit: "没电梯每层加20" (delivery's 每层加收10元), "打捆每亩加30" (holdout28 and holdout30 misses)
            + "|每\\p{IsHan}加"
            // a price the rep settles on: "热榨算您五百整" (holdout48)
            + "|算您|算你"
            // a total worked out: "您家330平算下来一万二千五百五" (holdout55, the card's 11550元)
            + "|算下来|算起来|算下来是|总共|一共|合计|加起来"
            // "总共才四百三十二", and the amount a share comes to: "最低还款是账单的两成，三千七" (holdout58's installment-03)
            + "|总共才|一共才|总共就|一共就|总共也就|一共也就|合计才|成，|成,|%，|%,"
            // cover, and a whole boat's hire: "意外险保额一百万" (card 50万元; it had read as a phone number), "整船3680" (holdout60)
            + "|保额|保额是|赔付|整船|包船"
            // a price moved or rounded: "下个月价格要涨到两万二了", "再给您抹个零，两千五" (holdout misses)
            + "|涨到|降到|抹个零，|抹个零,|抹零，|抹零,)\\s?)(\\d{2,7})(?=\\s*(?:$|[，,。！!？?；;、…~～]|[的就呢吧啊哈了吗呀嘛还都也是啦整]))");
    /** Tenths of a yuan: "每斤6毛", "热榨加工费7毛一斤", "两毛一尾", "6毛5" (holdout48: a wrong 7毛 a jin was unread). */
    private static final Pattern MAO = Pattern.compile("(?<![\\d.])(\\d)\\s?毛(\\d(?![\\d.斤])|[一二三四五六七八九](?![\\p{IsHan}&&[^的呢吧啊哈了吗呀嘛]]))?(?!\\s*(?:钱一|线|衣|巾|料|笔|病|孩|豆|坯|边|刺|绒|毯|不拔))");
    /**
     * Half of the price paid first, said as a share: "定金一半，5400" where the card's deposit is 三成 (holdout66), "we'd need
     * half up front". Only beside a word of paying first: "一半" alone is as often time or people.
     */
    private static final Pattern HALF_DOWN = Pattern.compile("(?:定金|订金|押金|首付|预付款?)(?:是|交|付|收|要|得)?(?:总价的|全款的|价格的)?一半"
            + "|一半(?:的)?(?:定金|订金|首付)|\\bhalf (?:up ?front|down|now|as (?:a |the )?deposit)\\b|\\bdeposit (?:is|of) half\\b",
            Pattern.CASE_INSENSITIVE);
    /** Parts in ten as people give a rate: 四成 = 40%, 三成五 = 35% (出油率一般在四成左右); not 一成不变 or 八成是. */
    private static final Pattern TENTHS = Pattern.compile("(?<![\\d.打])(\\d)成([\\d一二三四五六七八九])?(?![\\d不是新])");
    /** Minutes asked of the customer's time (占用您两三分钟, "a couple of minutes of your time"): courtesy, not a fact. */
    private static final Pattern COURTESY = Pattern.compile("(?:占用|耽误|打扰|借用|花)(?:您|你)?\\s*(?:大概|大约|就)?\\s*\\d+\\s*(?:分钟)?(?:到\\d+)?\\s*分钟"
            + "|(?:\\d+\\s*(?:到|至|-|–|—|~|～)\\s*)?\\d+\\s*分钟(?:就好|就够|就行|左右)?[，,、]?\\s*(?:您|你)?(?:现在)?(?:方便|有空)"  // "顺带说下暑期班，3分钟，方便吗？"
            + "|(?:确认|说|聊|讲|介绍|沟通|核对)(?:一下|几句|下)?[，,、]\\s*(?:大概|大约|就|只要|只需)?\\s*\\d+\\s*分钟(?:就好|就够|就行|左右)?\\s*(?:[。！!]|$)"  // "跟您确认一下，两分钟。"
            + "|\\d+(?:\\s*(?:to|or)\\s*\\d+)?\\s*minutes? of your time|(?:have|got|spare)\\s+(?:a\\s+)?\\d+\\s*minutes?",
            Pattern.CASE_INSENSITIVE);
    /** Body temperatures (发烧超过38度5, 三十九度, 101°F): a threshold a rep can get wrong with no other number. */
    private static final Pattern TEMPERATURE = Pattern.compile(
            "(?<![\\d.])(\\d{2,3}(?:\\.\\d)?)\\s*(?:度([\\d零一二三四五六七八九])?(?![\\d零一二三四五六七八九十])|℃|°\\s*([CF])?|degrees?(?:\\s+(celsius|fahrenheit|C|F)\\b)?)",
            Pattern.CASE_INSENSITIVE);
    /** Lengths, depths and distances (包装长2.3米, 两米三, 一米八, 75厘米, 每5公里, "2.3 meters"): a size a rep can get wrong with no other number. */
    private static final Pattern LENGTH = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(厘米|公分|公里|千米|米(?![\\d零一二三四五六七八九])|cm\\b|km\\b|kilomet(?:er|re)s?\\b|miles?\\b|meters?\\b|metres?\\b)"
            + "|(?<![\\d.零一二三四五六七八九十])([\\d一二两三四五六七八九])米([\\d一二三四五六七八九])(?![\\d零一二三四五六七八九十百千])",
            Pattern.CASE_INSENSITIVE);
    /** A weight, in kilograms: "不低于200公斤", "rated to 90 pounds" (holdout41: two invented load ratings passed unchecked). */
    // 斤 and 斤半 (half a kilo, and a half more): "春秋被1180，两斤半的丝" for the card's 2斤 (holdout58's cansibei-06)
    private static final Pattern WEIGHT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*-?\\s*(公斤|千克|kg\\b|kilos?\\b|kilograms?\\b|pounds?\\b|lbs?\\b"
            // tons included in a hire: "the 20-yard includes five tons" for the card's 3 tons (holdout35's dumpster-06)
            + "|tons?\\b|tonnes?\\b|吨|斤半?)",
            Pattern.CASE_INSENSITIVE);
    static final String ALL_HOURS_VALUE = "0:00-24:00";
    private static final Pattern NOT_BEFORE = Pattern.compile("(?:不是|没有|并非|不|没|\\bnot|n't)\\s*(?:\\S{0,2})?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Open all hours (24/7, "round the clock", 24小时在线): the window 0:00-24:00, against the card's hours. */
    private static final Pattern ALL_HOURS = Pattern.compile("(?<![\\d/])24\\s*[/-]\\s*7(?![\\d/])|\\btwenty-four[\\s/-]seven\\b|\\b(?:a)?round the clock\\b"
            + "|\\b24 hours a day\\b|24小时(?:营业|在线|服务|值班|有人|开放|客服|热线|都有人|随时)|全天候", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("[‘“「『]([^’”」』]{2,12})[’”」』]");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("个工作日", 1440), Map.entry("business day", 1440), Map.entry("天", 1440), Map.entry("日", 1440),
            Map.entry("day", 1440), Map.entry("个小时", 60), Map.entry("小时", 60), Map.entry("钟头", 60), Map.entry("个钟头", 60), Map.entry("个钟", 60),
            Map.entry("hour", 60), Map.entry("分钟", 1), Map.entry("minute", 1), Map.entry("个月", 43200),
            Map.entry("month", 43200), Map.entry("周", 10080), Map.entry("个星期", 10080), Map.entry("星期", 10080), Map.entry("个礼拜", 10080), Map.entry("礼拜", 10080),
            Map.entry("week", 10080), Map.entry("年", 518400), Map.entry("year", 518400),
            // as terse replies write them: "~3 wks after cut", "2 hrs" ("60 min jump + 45 min party room" is a package's
            // terse line, its clauses too short to place: holdout31's faithful party-02 was flagged for it)
            Map.entry("wk", 10080), Map.entry("hr", 60), Map.entry("yr", 518400));
    // a year is twelve of the months above (一年 = 12个月, two years = 24 months, as cards and reps trade them; 365天 is rarer)
    /** Month names in lower case, January first. */
    static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** What is done a day ahead when 提前一天 is notice given: telling, booking, changing, calling off. */
    private static final Pattern NOTICE = Pattern.compile("\\s*(?:说|讲|通知|告诉|打(?:个)?电话|联系|预约|约|改|取消|退|申请|报)");

    private FactExtractor() {}

    /** "12 1 hour sessions" (from "twelve one-hour sessions"): a count, a space, then an English length; not a rate. */
    private static boolean countThenLength(String text, int start, String unit) {
        return unit.matches("[a-z]+") && start > 1 && text.charAt(start - 1) == ' ' && Character.isDigit(text.charAt(start - 2));
    }

    /** 3到5天, 2-3 hours, 0.9–1.1米: both ends are said, so each end is a value of its own. */
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:到|至|~|～|-|–|—|or|to)\\s*(?=\\d+(?:\\.\\d+)?\\s*"
            + "(个工作日|个小时|小时|个钟头|钟头|分钟|个月|天|周|个星期|business days?|days?|hours?|minutes?|months?|weeks?"
            + "|厘米|公分|公里|米|cm|km|meters?|metres?)(?![\\d\\w]))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a clause's duration is courtesy within its sentence: the checker reads clause by clause, and "3分钟" is a
     * clause of its own in "顺带说下暑期班，3分钟，方便吗？".
     */
    static boolean courtesy(String sentence, Fact f) {
        if (f.type() != Fact.Type.DURATION) {
            return false;
        }
        Matcher m = COURTESY.matcher(ChineseNumbers.normalize(sentence));
        String said = ChineseNumbers.normalize(f.said());
        // "2-3分钟，方便吗？" is read as 2分钟 and 3分钟: either end of the courtesy range is courtesy
        Matcher number = Pattern.compile("\\d+").matcher(said);
        Pattern alone = number.find() && said.contains("分钟") ? Pattern.compile("(?<![\\d.])" + number.group() + "(?![\\d.])") : null;
        while (m.find()) {
            if (m.group().contains(said) || alone != null && alone.matcher(m.group()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Extractions by text: scoring a call asks for one turn's facts several times (its card amounts twice, its
     * facts, each step it nears), and for every step line's facts on each call; a regex pass over a text is the
     * same every time. Bounded like the embedding cache; callers get their own mutable copy, as before.
     */
    private static final int MEMO_LIMIT = 100_000;
    private static final Map<String, List<Fact>> MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    /** "3块8", "三块八" (after numerals are digits) is 3.8元, not 3块 and an 8; "三十块一顶" is a price per item. */
    private static final Pattern YUAN_AND_TENTHS = Pattern.compile("(\\d+)块([1-9一二三四五六七八九])"
            // "按1块2一斤收" (holdout48's card): a price per unit follows
            + "(?=$|[\\s，。,.！？!?、；;）)/]|[的钱算啊呢吧哦哈]|一(?:斤|个|只|件|张|袋|瓶|桶|份|位|公斤))");

    public static List<Fact> extract(String utterance) {
        List<Fact> known = utterance == null ? null : MEMO.get(utterance);
        if (known != null) {
            return new ArrayList<>(known);
        }
        List<Fact> facts = extractOnce(utterance);
        if (utterance != null && MEMO.size() < MEMO_LIMIT) {
            MEMO.put(utterance, java.util.Collections.unmodifiableList(new ArrayList<>(facts)));
        }
        return facts;
    }

    private static List<Fact> extractOnce(String utterance) {
        String text = YUAN_AND_TENTHS.matcher(RANGE.matcher(ChineseNumbers.normalize(utterance))
                .replaceAll(r -> r.group(1) + r.group(2) + "到")).replaceAll(r -> r.group(1) + "."
                        + (Character.isDigit(r.group(2).charAt(0)) ? r.group(2) : String.valueOf("一二三四五六七八九".indexOf(r.group(2)) + 1)) + "元");
        List<Fact> facts = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        take(rest, EMAIL, m -> facts.add(new Fact(Fact.Type.EMAIL, m.group().toLowerCase(Locale.ROOT), m.group())));
        take(rest, ALL_HOURS, m -> {
            // "没有24小时直播", "不是24小时在线", "we're not 24/7": said to rule it out
            if (!NOT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                facts.add(new Fact(Fact.Type.TIME_RANGE, ALL_HOURS_VALUE, m.group()));
            }
        });
        Identifiers.take(rest, facts); // 蓉北路18号 is a street number, not the 18th
        take(rest, DATE_ISO, m -> facts.add(date(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group())));
        take(rest, DATE_LIST, m -> {
            int month = Integer.parseInt(m.group(1));
            facts.add(date(month, Integer.parseInt(m.group(2)), m.group(1) + "月" + m.group(2) + m.group().charAt(m.end(2) - m.start())));
            Matcher day = LISTED_DAY.matcher(m.group(3));
            while (day.find()) {
                facts.add(date(month, Integer.parseInt(day.group(1)), day.group()));
            }
        });
        take(rest, DATE_CN, m -> facts.add(date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group())));
        take(rest, DATE_EN, m -> facts.add(date(MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1,
                Integer.parseInt(m.group(2)), m.group())));
        take(rest, YEAR_MONTH, m -> facts.add(new Fact(Fact.Type.DATE, String.format(Locale.ROOT, "%02d--",
                m.group(1) != null ? Integer.parseInt(m.group(1)) : MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1), m.group().trim())));
        take(rest, YEAR, m -> { }); // "2021年装的": a year, not a duration of two thousand years
        take(rest, BIRTH_YEAR, m -> { }); // "陈浩，九四年的": born in 1994, not a duration of 94 years
        take(rest, DAY_ONLY, m -> {
            int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (day >= 1 && day <= 31) {
                facts.add(new Fact(Fact.Type.DATE, String.format(Locale.ROOT, "--%02d", day), m.group().trim()));
            }
        });
        take(rest, PHONE_READ_OUT, m -> {
            String digits = m.group(1).replaceAll("\\D", "");
            if (digits.length() >= 7) {
                facts.add(new Fact(Fact.Type.PHONE, digits, m.group(1).trim()));
            }
        });
        // "$249 (13,000 ft" has the shape of a number but not its seven digits: left for the money and length it holds
        // a round amount (一百万 → 1000000) is no phone number
        take(rest, PHONE, m -> m.group().replaceAll("\\D", "").length() >= 7 && !m.group().strip().matches("[1-9]\\d?0{5,}"), m -> {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() == 13 && digits.startsWith("86")) {
                digits = digits.substring(2); // +86 138…: the country code is not part of the number
            }
            if (digits.length() >= 7) {
                facts.add(new Fact(Fact.Type.PHONE, digits, m.group().trim()));
            }
        });
        // five- or six-digit service hotlines (95583, 955 83) are numbers only where a line is named
        take(rest, HOTLINE, m -> facts.add(new Fact(Fact.Type.PHONE, m.group(1).replaceAll("\\D", ""), m.group(1).trim())));
        take(rest, SERVICE_NUMBER, m -> facts.add(new Fact(Fact.Type.PHONE, m.group(1), m.group(1))));
        take(rest, DOLLARS_AND_CENTS, m -> facts.add(new Fact(Fact.Type.MONEY,
                number(String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 100.0)), m.group())));
        take(rest, MONEY, m -> {
            String n = number(m.group(1) != null ? m.group(1) : m.group(3));
            if (m.group(2) != null) {
                n = number(String.valueOf(Double.parseDouble(n) * 1000));
            }
            facts.add(new Fact(Fact.Type.MONEY, n, m.group().trim()));
        });
        take(rest, MAO, m -> facts.add(new Fact(Fact.Type.MONEY,
                number(String.valueOf((Integer.parseInt(m.group(1)) * 10 + tenth(m.group(2))) / 100.0)), m.group())));
        take(rest, BARE_MONEY, m -> {
            double v = Double.parseDouble(m.group(2));
            if (v >= ("年月".contains(m.group(1)) ? 32 : 10)) {
                facts.add(new Fact(Fact.Type.MONEY, number(m.group(2)), m.group(2)));
            }
        });
        take(rest, BARE_PRICE, m -> facts.add(new Fact(Fact.Type.MONEY, number(m.group(1)), m.group(1))));
        take(rest, COURTESY, m -> { });
        take(rest, TEMPERATURE, m -> {
            // 38度5 and 三十八度五 (the tenth after 度 stays a word when no unit follows it)
            String d = m.group(2);
            String tenth = d == null ? "" : "." + (Character.isDigit(d.charAt(0)) ? d : String.valueOf("零一二三四五六七八九".indexOf(d)));
            double v = Double.parseDouble(m.group(1) + tenth);
            String scale = m.group(3) != null ? m.group(3) : m.group(4);
            if (scale != null && scale.toLowerCase(Locale.ROOT).startsWith("f") || v > 50) {
                v = Math.round((v - 32) / 1.8 * 10) / 10.0;
            }
            if (v >= 34 && v <= 43) {
                facts.add(new Fact(Fact.Type.TEMPERATURE, ChineseNumbers.plain(v), m.group().trim()));
            }
        });
        take(rest, LENGTH, m -> {
            double cm;
            if (m.group(1) != null) {
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                cm = Double.parseDouble(m.group(1).replace(",", "")) * (unit.equals("厘米") || unit.equals("公分") || unit.equals("cm") ? 1
                        : unit.equals("公里") || unit.equals("千米") || unit.startsWith("k") ? 100_000 : unit.startsWith("mile") ? 160_934 : 100);
            } else {
                cm = (digitOf(m.group(3).charAt(0)) * 10 + digitOf(m.group(4).charAt(0))) * 10; // 两米三 = 2.3 m
            }
            facts.add(new Fact(Fact.Type.LENGTH, ChineseNumbers.plain(Math.round(cm * 10) / 10.0), m.group().trim()));
        });
        take(rest, WEIGHT, m -> {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            double n = Double.parseDouble(m.group(1).replace(",", "")) + (unit.equals("斤半") ? 0.5 : 0);
            if (unit.equals("斤") && n == 1) {
                return; // 一斤 is the unit a price is per ("六块一斤"), not a weight said
            }
            double kg = n * (unit.startsWith("pound") || unit.startsWith("lb") ? 0.4536 : unit.startsWith("斤") ? 0.5
                    : unit.startsWith("tonne") || unit.equals("吨") ? 1000 : unit.startsWith("ton") ? 907.2 : 1);
            facts.add(new Fact(Fact.Type.WEIGHT, ChineseNumbers.plain(Math.round(kg * 10) / 10.0), m.group().trim()));
        });
        take(rest, DISCOUNT, m -> facts.add(new Fact(Fact.Type.DISCOUNT, discount(m.group(1)), m.group())));
        take(rest, PERCENT_OFF, m -> facts.add(new Fact(Fact.Type.DISCOUNT,
                ChineseNumbers.plain(100 - Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3))), m.group())));
        take(rest, PERCENT, m -> facts.add(new Fact(Fact.Type.PERCENT, number(m.group(1)), m.group())));
        take(rest, TENTHS, m -> facts.add(new Fact(Fact.Type.PERCENT,
                String.valueOf(Integer.parseInt(m.group(1)) * 10 + tenth(m.group(2))), m.group())));
        take(rest, HALF_DOWN, m -> facts.add(new Fact(Fact.Type.PERCENT, "50", m.group().strip())));
        take(rest, WEEKLY_RATE, m -> facts.add(new Fact(Fact.Type.COUNT, m.group(1) + " 次", m.group().strip())));
        take(rest, DAILY_RATE, m -> facts.add(new Fact(Fact.Type.COUNT, (m.group(2) != null ? m.group(2) : m.group(1)) + " " + m.group(3),
                m.group().strip())));
        take(rest, DURATION, m -> {
            String unit = m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
            double amount = Double.parseDouble(m.group(1));
            // 前一天 (头一天) is a day; 一天三次, 50一个月, 一小时五块 and 一分钟一毛五 are rates, not durations (the money after
            // it is already taken from rest, so look at the text)
            String prev = text.substring(0, m.start()).stripTrailing(); // "续一年是3780一个月": its 3780, taken as money, is still before it
            // (提前一天说 is a day's notice, a duration: "改时间提前一天说一声就行" against the card's 提前48小时; 提前一天断电 is
            // the day before, as 前一天 is)
            boolean notice = m.start() > 1 && rest.substring(m.start() - 2, m.start()).equals("提前")
                    && NOTICE.matcher(text.substring(m.end())).lookingAt();
            boolean relative = !notice && amount == 1 && (unit.matches("天|日") && m.start() > 0 && "前后头".indexOf(rest.charAt(m.start() - 1)) >= 0
                    || text.substring(m.end(), Math.min(text.length(), m.end() + 3)).matches("[^,，、;；]*[\\d一二两三四五六七八九].*") // not "1 day, 2 organizers"
                    || !prev.isEmpty() && (Character.isDigit(prev.charAt(prev.length() - 1)) && !countThenLength(text, m.start(), unit)
                            || "元块".indexOf(prev.charAt(prev.length() - 1)) >= 0));
            // "您前两天在公众号问了…" is a couple of days ago, not two days of anything (holdout42's faithful calls)
            relative |= amount == 2 && unit.matches("天|日") && m.start() > 0 && rest.charAt(m.start() - 1) == '前'
                    && text.substring(m.end(), Math.min(text.length(), m.end() + 1)).matches("[在刚问来说打给留看联系咨询提买办我您你他她]");
            // "11月14日到22日": the end of a span of dates, not 22 days
            relative |= unit.equals("日") && text.substring(0, m.start()).matches("(?s).*[日号]\\s*(?:到|至|-|~|—|–)\\s*$");
            if (!relative) {
                facts.add(new Fact(Fact.Type.DURATION, ChineseNumbers.plain(amount * UNITS.get(unit)), m.group()));
            }
        });
        take(rest, AGE_LIMIT, m -> facts.add(new Fact(Fact.Type.COUNT, java.util.stream.IntStream.rangeClosed(1, m.groupCount())
                .mapToObj(m::group).filter(java.util.Objects::nonNull).findFirst().orElseThrow() + " 岁", m.group().strip())));
        take(rest, COUNT, m -> facts.add(new Fact(Fact.Type.COUNT, (m.group(1) != null ? m.group(1) + " " + m.group(2)
                : m.group(3) != null ? m.group(3) + " " + m.group(4) : m.group(5) != null ? m.group(5) + " 次"
                : m.group(7) != null ? m.group(7) + " " + m.group(8) : m.group(9) != null ? m.group(9) + " " + m.group(10).toLowerCase(Locale.ROOT).replace("kilowatt", "kw")
                : m.group(11) != null ? m.group(11) + " " + m.group(12) : m.group(13) != null ? m.group(13) + " " + m.group(14)
                : m.group(15) != null ? m.group(15) + " " + m.group(16)
                : m.group(17) != null ? m.group(17) + " foot" : m.group(19) != null ? m.group(19) + " " + m.group(20)
                : m.group(21) + " " + m.group(22)),
                m.group().replaceAll("\\s{2,}", " ")))); // "12 sessions", the length between them read on its own
        ClockTimes.take(rest, facts);
        Matcher q = QUOTED.matcher(utterance);
        while (q.find()) {
            facts.add(new Fact(Fact.Type.NAME_IN_QUOTES, q.group(1).trim(), q.group()));
        }
        return facts;
    }

    /** A share that ends its clause: "定金四成，", "最低还款是账单的两成，". */
    private static final Pattern SHARE_END = Pattern.compile("(?:\\d成\\d?|\\d\\s*[%％]|[定订]金一半)\\s*[，,]$");
    /** The amount it comes to, opening the next clause: "三千七", "就是3520". */
    private static final Pattern SHARE_AMOUNT = Pattern.compile("^(?:就是|也就是|即|那就是|是)?\\s?(\\d{2,7})"
            + "(?=\\s*(?:$|[，,。！!？?；;、…~～]|[的就呢吧啊哈了吗呀嘛还都也是啦整]))");

    /**
     * The amount a share comes to, said as the clause after it with no unit: "最低还款是账单的两成，三千七" (holdout58),
     * "定金四成，就是3520" (holdout64). The checker reads a sentence clause by clause, so no pattern of one clause sees the
     * share before the comma.
     */
    static List<Fact> shareAmount(String previous, String clause) {
        if (previous == null || !SHARE_END.matcher(ChineseNumbers.normalize(previous)).find()) {
            return List.of();
        }
        Matcher m = SHARE_AMOUNT.matcher(ChineseNumbers.normalize(clause));
        return m.find() ? List.of(new Fact(Fact.Type.MONEY, number(m.group(1)), m.group(1))) : List.of();
    }

    /** Numbers read out in groups with commas between: the checker reads clause by clause, and these span clauses. */
    public static List<Fact> readOutPhones(String sentence) {
        return extract(sentence).stream().filter(f -> f.type() == Fact.Type.PHONE && f.said().matches(".*[，,、].*")).toList();
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,$])(\\d{1,5})\\s*(?:seats?|users?|licen[cs]es?|people|adults?|guests?|kids?|children|persons?"
            + "|months?|years?|installments?|payments?|copies|head|sheep|animals?|boxes|bags?|units?|pieces?|tickets?|nights?|records?"
            // "两个钟头" is a while, not two of anything: as a count it had made 380 = 2 × 150 + 2 × 40 "worked out" (holdout73)
            + "|个(?!钟|小时|半小时|多小时|礼拜|星期|工作日)|位|人|台|件|份|张|套|席|个月|年|期|册|本|斤|只|头|箱|袋|对|双|盆|束|桌|辆)", Pattern.CASE_INSENSITIVE);

    /**
     * A count of people in one Chinese numeral, which the normaliser leaves as words (三位, 五个人): a per-person price
     * times it. Two of anything is too common a factor to count, and 三人位 is a sofa.
     */
    private static final Pattern HAN_COUNT = Pattern.compile("(?<![\\p{IsHan}&&[^的是共有]])([三四五六七八九十])\\s*(?:位|个人|人)(?![位座间床])"
            // goods counted by the pair or the pot are ordered so, two as much as three: "豪华的要是订两对" (holdout29)
            + "|(?<![\\p{IsHan}&&[^的是共有订要买来拿送]])([两二三四五六七八九十])\\s*(?:对|双|盆|束|桌)");

    /** A warranty's or an age's years ("a ten-year warranty", "十年质保") count nothing bought: $85 × 10 + $100 made "$950" worked out. */
    private static final Pattern YEARS_OF = Pattern.compile("(?i)\\b[\\w]+-years?(?=[\\s-]+(?:warranty|guarantee|old)\\b)|[\\d一二两三四五六七八九十]+年(?=质保|保修)");

    /** Counts of things in an utterance (32 seats, 3个月, 分12期, 三位), for amounts worked out from the card. */
    public static List<Double> numbers(String utterance) {
        List<Double> out = new ArrayList<>();
        String text = ChineseNumbers.normalize(YEARS_OF.matcher(utterance).replaceAll(" "));
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        Matcher h = HAN_COUNT.matcher(text);
        while (h.find()) {
            char c = (h.group(1) != null ? h.group(1) : h.group(2)).charAt(0);
            out.add(c == '十' ? 10.0 : (double) ChineseNumbers.digit(c));
        }
        return out;
    }

    private static final Pattern TIMES = Pattern.compile("[×xX*]\\s*(\\d{1,3})(?![\\d.])");

    /** Counts a sum is multiplied by where a rep shows its working ("成人3280元 × 2 = 6560元"). */
    public static List<Double> multipliers(String utterance) {
        List<Double> out = new ArrayList<>();
        Matcher m = TIMES.matcher(ChineseNumbers.normalize(utterance));
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        // "$25 labor per part, so $50 for the two" (the twenty-second held-out set's faithful bikeshop-03)
        Matcher f = FOR_THE_N.matcher(utterance);
        while (f.find()) {
            String n = f.group(1).toLowerCase(Locale.ROOT);
            int i = List.of("both", "two", "three", "four", "five", "six").indexOf(n);
            out.add(i == 0 ? 2.0 : i > 0 ? i + 1.0 : Double.parseDouble(n));
        }
        return out;
    }

    private static final Pattern FOR_THE_N = Pattern.compile("\\bfor (?:the |all )?(both|two|three|four|five|six|\\d{1,2})(?: of (?:them|those|these))?\\b(?! (?:hours?|days?|weeks?|months?|years?|minutes?)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Applies the pattern and blanks what it matched, so a date's digits are not read again as a duration. */
    static void take(StringBuilder text, Pattern p, java.util.function.Consumer<Matcher> sink) {
        take(text, p, m -> true, sink);
    }

    /** As {@link #take(StringBuilder, Pattern, java.util.function.Consumer)}, for the matches {@code is} accepts only. */
    static void take(StringBuilder text, Pattern p, java.util.function.Predicate<Matcher> is, java.util.function.Consumer<Matcher> sink) {
        Matcher m = p.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            if (!is.test(m)) {
                continue;
            }
            sink.accept(m);
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] s : spans) {
            for (int i = s[0]; i < s[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    /** A digit or a Chinese numeral (两 = 2), as the length pattern admits either. */
    private static int digitOf(char c) {
        return Character.isDigit(c) ? c - '0' : ChineseNumbers.digit(c);
    }

    private static Fact date(int month, int day, String said) {
        return new Fact(Fact.Type.DATE, String.format(Locale.ROOT, "%02d-%02d", month, day), said);
    }

    /** 95折, 9.5折 → 95; 9折 → 90 (the price is that many tenths). */
    private static String discount(String n) {
        double v = Double.parseDouble(n);
        return ChineseNumbers.plain(v < 10 ? v * 10 : v);
    }

    /** The digit after 毛 or 成 (6毛5, 三成五), in a digit or a numeral; 0 when none is said. */
    private static int tenth(String d) {
        return d == null ? 0 : Character.isDigit(d.charAt(0)) ? d.charAt(0) - '0' : ChineseNumbers.digit(d.charAt(0));
    }

    private static String number(String n) {
        String plain = n.replace(",", "");
        double v = Double.parseDouble(plain);
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
