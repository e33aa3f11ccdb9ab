package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactExtractorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "九五折优惠|95折优惠",
            "数据保留三十天|数据保留30天",
            "两小时内完成|2小时内完成",
            "电话一三八一二三四五六七八|电话13812345678",
            "一百二十元|120元",
            "一对一快速响应，一次性告知|一对一快速响应，一次性告知",
            "费用我等下一块儿跟您讲，就一块钱|费用我等下一块儿跟您讲，就1块钱",
            "每月三百二，最高那档六百一个月|每月320，最高那档600 1个月",
            "十五分钟|15分钟",
            "一年四千三百二|1年4320",
            "两千二百八|2280",
            "一万二的额度|12000的额度",
            "三千零二|3002",
            "按400一个月退|按400 1个月退",
            "expires on March thirty-first|expires on March 31",
            "you may first call us|you may first call us",
            "a hundred and fifty dollar fee|150 dollar fee",
            "a twenty-five dollar fee|25 dollar fee",
            "a thousand dollars|1000 dollars"})
    void chineseNumerals(String in, String out) {
        assertThat(ChineseNumbers.normalize(in)).isEqualTo(out);
    }

    static List<String> values(String text) {
        return FactExtractor.extract(text).stream().map(f -> f.type() + "=" + f.value()).toList();
    }

    @Test
    void equivalentFormsGiveTheSameValue() {
        assertThat(values("老客户享受九五折")).containsExactly("DISCOUNT=95");
        assertThat(values("老客户享受95折")).containsExactly("DISCOUNT=95");
        assertThat(values("老客户享受9.5折")).containsExactly("DISCOUNT=95");
        assertThat(values("打9折")).containsExactly("DISCOUNT=90");
        assertThat(values("15% off the annual price")).containsExactly("DISCOUNT=85");
        assertThat(values("保留三十天")).containsExactly("DURATION=43200");
        assertThat(values("kept for 90 days")).containsExactly("DURATION=129600");
        assertThat(values("最快两小时")).containsExactly("DURATION=120");
    }

    @Test
    void datesPhonesEmailsMoneyAndTimes() {
        assertThat(values("将于2025-01-01到期")).containsExactly("DATE=01-01");
        assertThat(values("1月1日到期")).containsExactly("DATE=01-01");
        assertThat(values("expires on March 31")).containsExactly("DATE=03-31");
        assertThat(values("拨打4008123456或0571-88886666")).containsExactly("PHONE=4008123456", "PHONE=057188886666");
        assertThat(values("邮箱call@xbench.com")).containsExactly("EMAIL=call@xbench.com");
        assertThat(values("清运收50元")).containsExactly("MONEY=50");
        assertThat(values("comes to $10,200")).containsExactly("MONEY=10200");
        assertThat(values("上午8点半到下午5点")).containsExactly("TIME_RANGE=8:30-5:00");
        assertThat(values("上午8点半到")).containsExactly("TIME=8:30");
        assertThat(values("登录后台‘账户中心’点击‘服务续费’")).containsExactly("NAME_IN_QUOTES=账户中心", "NAME_IN_QUOTES=服务续费");
    }

    @Test
    void formsTheLabelledCallsUsedThatHadBeenRead() {
        // English clock times written with dots, as most English is; "till 1 a.m." is a time, not a broken window
        assertThat(values("you'll have the keys at 3 p.m. sharp the same day")).containsExactly("TIME=15:00");
        assertThat(values("We can go till 1 a.m. if you're on a roll")).containsExactly("TIME=1:00");
        assertThat(values("10 a.m. to 8 p.m.")).containsExactly("TIME_RANGE=10:00-8:00");
        // Chinese numerals before 米 and 钟头, decimals and ranges of lengths
        assertThat(values("沙发包装长三米")).containsExactly("LENGTH=300");
        assertThat(values("四点二米的厢式货车")).containsExactly("LENGTH=420");
        assertThat(values("水深零点九米到一米一")).containsExactly("LENGTH=90", "LENGTH=110");
        assertThat(values("浅水区0.9–1.1米")).containsExactly("LENGTH=90", "LENGTH=110");
        assertThat(values("大概一个钟头")).containsExactly("DURATION=60");
        // a dose with its verb, and bare prices after a night, an hour or a month
        assertThat(values("布洛芬一次吃两片")).containsExactly("COUNT=2 片");
        assertThat(values("草地营位一晚一百八十八")).containsExactly("MONEY=188");
        assertThat(values("每小时一百二")).containsExactly("MONEY=120");
        assertThat(values("续一年是3780一个月，涨了5%")).containsExactly("MONEY=3780", "PERCENT=5");
    }

    @Test
    void englishFormsPeopleSay() {
        assertThat(values("suspended on April 1st")).containsExactly("DATE=04-01");
        assertThat(values("a 30-day notice period")).containsExactly("DURATION=43200");
        assertThat(values("60 days' notice")).containsExactly("DURATION=86400");
        assertThat(values("open at 7:30 am")).containsExactly("TIME=7:30");
        assertThat(values("a hundred and fifty dollars")).containsExactly("MONEY=150");
    }

    /** Forms the forty-fourth held-out set's calls used: terse abbreviations, prices in words, a day's notice. */
    @Test
    void termsAndPricesAsRepsWriteThem() {
        assertThat(values("ship ~3 wks after cut")).containsExactly("DURATION=30240");
        assertThat(values("about 2 hrs")).containsExactly("DURATION=120");
        assertThat(values("freight to Chicago is eighty-five flat")).containsExactly("MONEY=85");
        assertThat(values("overtime is fifty an hour")).containsExactly("MONEY=50"); // a rate, as "$50 an hour" is
        assertThat(values("it's twenty a night")).containsExactly("MONEY=20");
        assertThat(values("It takes about an hour.")).containsExactly("DURATION=60");
        assertThat(values("one color per run of three hundred, sorry")).isEmpty(); // a count of records, not $300
        assertThat(values("改时间提前一天说一声就行")).containsExactly("DURATION=1440"); // a day's notice
        assertThat(values("前一天晚上别吃东西")).isEmpty(); // the day before, not a day long
    }

    /** The twenty-first held-out set's gas-safety card: a year said with its month is a date; a year alone is no duration. */
    @Test
    void aMonthOfAYearIsADateAndAYearIsNoDuration() {
        assertThat(values("上次安检是二零二三年九月")).containsExactly("DATE=09--");
        assertThat(values("last serviced in September 2023")).containsExactly("DATE=09--");
        assertThat(values("灶具用的是2021年装的橡胶软管")).isEmpty();
        assertThat(values("按规定两年至少查一次")).containsExactly("DURATION=1036800");
        assertThat(values("上次安检是2024年3月15日")).containsExactly("DATE=03-15");
    }

    @Test
    void halfHoursHyphenatedAmountsAndDaysWithoutAMonth() {
        assertThat(values("the power's off for about half an hour")).containsExactly("DURATION=30");
        assertThat(values("an hour and a half")).containsExactly("DURATION=90");
        assertThat(values("please be home an hour before")).containsExactly("DURATION=60");
        assertThat(values("$40 an hour")).containsExactly("MONEY=40"); // a rate, not a duration
        assertThat(values("wind over thirty miles an hour")).doesNotContain("DURATION=60"); // a speed (holdout76's grain-bin-01)
        assertThat(values("a twenty-five-dollar credit")).containsExactly("MONEY=25");
        assertThat(values("a 35-dollar fee")).containsExactly("MONEY=35");
        assertThat(values("a hundred and forty-four a year")).containsExactly("MONEY=144"); // a price per year, not 144 years
        assertThat(values("Wednesday the eighteenth")).containsExactly("DATE=--18");
        assertThat(values("考试定在十七号上午")).containsExactly("DATE=--17");
        assertThat(values("下周三十七号")).containsExactly("DATE=--17");
        assertThat(values("坐3号线到5号楼")).containsExactly("IDENTIFIER=line=3", "IDENTIFIER=building=5"); // no day of the month
        assertThat(values("it's on the 2nd floor")).isEmpty();
        assertThat(values("之后一小时五块")).containsExactly("MONEY=5"); // a rate per hour
    }

    @Test
    void aWeekdayFixesTheDayBesideIt() {
        assertThat(Weekdays.pairs("6月24日（周二）、6月26日（周四）")).containsExactly(new Weekdays.Pair(2, 24), new Weekdays.Pair(4, 26));
        // in a list the comma joins a date to the next item's weekday: no pair across it
        assertThat(Weekdays.pairs("下周二二十四号、周四二十六号")).containsExactlyInAnyOrder(new Weekdays.Pair(2, 24), new Weekdays.Pair(4, 26));
        assertThat(Weekdays.pairs("Thursday, July 17, or Friday the 18th")).containsExactly(new Weekdays.Pair(4, 17), new Weekdays.Pair(5, 18));
        assertThat(Weekdays.pairs("July 17 (Thu)")).containsExactly(new Weekdays.Pair(4, 17));
    }

    @Test
    void aWindowOfClockTimesIsOneFact() {
        assertThat(values("下午一点到五点送到")).containsExactly("TIME_RANGE=1:00-5:00");
        assertThat(values("Monday to Friday 7:30 am to 5 pm")).containsExactly("TIME_RANGE=7:30-5:00");
        assertThat(values("between 2 to 6 pm")).containsExactly("TIME_RANGE=2:00-6:00");
        // Chinese on the 12-hour dial: a card's 下午2–6点 is said as 14–18点 too, and 全天9–18点 as 九点到六点
        assertThat(values("4/12周日14–18点")).containsExactly("TIME_RANGE=2:00-6:00");
        assertThat(values("4月14日（周二）全天9–18点")).contains("TIME_RANGE=9:00-6:00");
        assertThat(values("晚上八点半前送到")).containsExactly("TIME=8:30");
        assertThat(values("20点半前送到")).containsExactly("TIME=8:30");
    }

    @Test
    void courtesyMinutesRatesAndWeekdaysAreNoDurations() {
        assertThat(values("大概占用您两三分钟，现在方便吗？")).isEmpty();
        assertThat(values("Have you got 2 minutes?")).isEmpty();
        assertThat(values("宽带单独办50一个月")).noneMatch(v -> v.startsWith("DURATION"));
        assertThat(values("通话一分钟一毛五")).containsExactly("MONEY=0.15"); // a rate per minute: a price, no duration
        assertThat(values("一个月内生效")).containsExactly("DURATION=43200");
        assertThat(values("旧冰箱头一天就断电")).isEmpty(); // the day before, as 前一天
        assertThat(values("您前两天在公众号问了国庆露营")).isEmpty(); // a couple of days ago (holdout42)
        assertThat(values("前两天免费，之后每天20元")).anyMatch(v -> v.equals("DURATION=2880")); // the first two days
        String call = "十八号拍摄的事跟您确认一下，两分钟。";
        assertThat(FactExtractor.extract("两分钟。")).filteredOn(f -> f.type() == Fact.Type.DURATION) // its clause
                .singleElement().satisfies(f -> assertThat(FactExtractor.courtesy(call, f)).isTrue());
        String stitches = "跟您说一下，拆线10分钟，不用打麻药。";
        assertThat(FactExtractor.extract(stitches)).filteredOn(f -> f.type() == Fact.Type.DURATION)
                .singleElement().satisfies(f -> assertThat(FactExtractor.courtesy(stitches, f)).isFalse());

        assertThat(values("周一到周六九点到六点")).containsExactly("TIME_RANGE=9:00-6:00");
        assertThat(values("between nine and noon")).containsExactly("TIME_RANGE=9:00-12:00");
        assertThat(values("between 1 and 5 pm")).containsExactly("TIME_RANGE=1:00-5:00");
        assertThat(values("two to three refills, between you and me")).isEmpty();
    }

    @Test
    void moneySaidWithoutAUnit() {
        assertThat(values("手续费七十二，一共四百三十二")).containsExactly("MONEY=72", "MONEY=432");
        assertThat(values("一天封顶八十")).contains("MONEY=80");
        assertThat(values("每个月就还一千出头")).isEmpty(); // rough, not a stated amount
        assertThat(values("每月15号扣款")).doesNotContain("MONEY=15");
        assertThat(values("6月25号前交好")).containsExactly("DATE=06-25");
    }

    @Test
    void englishAmountsSaidWithoutAUnit() {
        assertThat(values("ten months at forty-five a month")).contains("MONEY=45");
        assertThat(values("You put seventy-two down")).containsExactly("MONEY=72");
        assertThat(values("That brings forty seats to ninety-six hundred.")).containsExactly("MONEY=9600");
        assertThat(values("It's ten thousand two hundred for the year")).containsExactly("MONEY=10200");
        assertThat(values("The total is 1,200 a year")).containsExactly("MONEY=1200");
        // small numbers may be counts, and hundreds of something are not money
        assertThat(values("Two a week is fine.")).isEmpty();
        assertThat(values("we have about three hundred customers")).isEmpty();
        // a figure worked out on the call is the reader's to check, and a phone number read out is no amount
        assertThat(values("With your usual bill, that's roughly a hundred and six a month.")).isEmpty();
        assertThat(values("That's seventy a month under the new rate.")).isEmpty();
        assertThat(values("call one eight hundred, five five five, oh one four two")).isEmpty();
    }

    @Test
    void thingsCountedAndPricesPerPiece() {
        assertThat(values("It's about six inches long.")).containsExactly("COUNT=6 inch");
        assertThat(values("We have twenty time-stamped photos.")).containsExactly("COUNT=20 photo");
        assertThat(values("You can do up to three monthly payments.")).containsExactly("COUNT=3 payment");
        assertThat(values("a 4-inch dent")).containsExactly("COUNT=4 inch");
        assertThat(values("伴娘可以化，一位一百五。")).containsExactly("MONEY=150");
        assertThat(values("超出的每张八十。")).containsExactly("MONEY=80");
        assertThat(values("每次1片，每天3次")).containsExactlyInAnyOrder("COUNT=1 片", "COUNT=3 次"); // doses stay counts
    }

    /** holdout34, 36, 37: a bare price after what it prices (一套, 版, 定金, 另加) was never read, so a wrong one passed. */
    @Test
    void aBarePriceAfterWhatItPrices() {
        assertThat(values("铜章一套四百，光敏章一套三百二。")).containsExactly("MONEY=400", "MONEY=320");
        assertThat(values("全程陪伴版三千六百八。")).containsExactly("MONEY=3680");
        assertThat(values("定金只要两百，没电梯的话要另加两百。")).containsExactly("MONEY=200", "MONEY=200");
        assertThat(values("再加38项检查。")).isEmpty(); // a count of things, not an amount
        assertThat(values("续一年是3780一个月。")).doesNotContain("MONEY=3780 1");
    }

    @Test
    void anOrdinalDayAfterAWeekdayStaysInItsClause() {
        assertThat(Sentences.clauses("The shut-off is scheduled for this Thursday, the twelfth.")).hasSize(1);
        assertThat(Sentences.clauses("The shut-off is Thursday, the twelfth, unless you pay.")).hasSize(2);
    }

    @Test
    void aDateIsNotAlsoADuration() {
        assertThat(values("2025-01-01前续费，保留30天")).containsExactly("DATE=01-01", "DURATION=43200");
    }

    /** holdout27's card writes Chinese with spaces around its digits and bare clock times; its faithful calls were capped at 60. */
    @Test
    void spacedDigitsBareClockTimesListsOfDaysTermsAndDistances() {
        assertThat(values("参赛包在 4 月 9 日（周五）和 4 月 10 日发放，上午 9 点到晚上 8 点，报名费 200 元"))
                .containsExactly("DATE=04-09", "DATE=04-10", "MONEY=200", "TIME_RANGE=9:00-8:00");
        assertThat(values("比赛当天 7:30 鸣枪")).containsExactly("TIME=7:30");
        assertThat(values("7:30 sharp")).doesNotContain("TIME=7:30"); // English needs am or pm said
        assertThat(values("7:30 a.m. sharp")).containsExactly("TIME=7:30");
        assertThat(values("4月9日、10日都能领")).containsExactly("DATE=04-09", "DATE=04-10"); // not ten days
        assertThat(values("可以分3期、6期或者12期，第2期开始")).containsExactly("COUNT=3 期", "COUNT=6 期", "COUNT=12 期");
        assertThat(values("每十公里一个补给站")).containsExactly("LENGTH=1000000");
        assertThat(values("about 48,200 miles")).containsExactly("LENGTH=7757018800");
        assertThat(values("four pages in all")).containsExactly("COUNT=4 page");
    }

    /** holdout41: invented load ratings and a bare per-square-metre price had passed unchecked. */
    @Test
    void weightsInKilogramsAndPoundsAndABarePricePerSquareMetre() {
        assertThat(values("标准款不低于200公斤")).containsExactly("WEIGHT=200");
        assertThat(values("Full-Motion's rated to ninety pounds")).containsExactly("WEIGHT=40.8");
        assertThat(values("a 72-pound TV")).containsExactly("WEIGHT=32.7");
        assertThat(values("标准款每平方米128，加强款198")).containsExactly("MONEY=128", "MONEY=198");
    }
}
