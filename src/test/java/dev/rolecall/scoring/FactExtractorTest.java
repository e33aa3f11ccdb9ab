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
            "十五分钟|15分钟"})
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
        assertThat(values("上午8点半到下午5点")).containsExactly("TIME=8:30", "TIME=5:00");
        assertThat(values("登录后台‘账户中心’点击‘服务续费’")).containsExactly("NAME_IN_QUOTES=账户中心", "NAME_IN_QUOTES=服务续费");
    }

    @Test
    void aDateIsNotAlsoADuration() {
        assertThat(values("2025-01-01前续费，保留30天")).containsExactly("DATE=01-01", "DURATION=43200");
    }
}
