package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.PlainTextTranscripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers that name a thing, not measure it: the blind sets' wrong addresses and phone endings ("蓉北路18号血液中心三楼",
 * "尾号3360", "your number ending 7741", "41 Larkspur Lane", "RF-3318") had passed as no fact at all.
 */
class IdentifiersTest {
    @TempDir
    Path tmp;

    private static List<String> values(String text) {
        return FactExtractor.extract(text).stream().filter(f -> f.type() == Fact.Type.IDENTIFIER).map(Fact::value).toList();
    }

    @Test
    void eachIdentifierIsReadAsWhatItNamesAndItsNumber() {
        assertThat(values("地址是金牛区蓉北路88号，血液中心一楼机采室，地铁6号线蓉北站B口出来步行6分钟"))
                .containsExactly("street:蓉北路=88", "line=6", "floor:中心=1", "exit=B");
        assertThat(values("确认短信会发到您尾号3306的手机上")).containsExactly("tail:phone=3306");
        assertThat(values("text to the number ending in seven seven one four, VIN ending 4471"))
                .containsExactly("tail:phone=7714", "tail:vin=4471");
        assertThat(values("at 14 Larkspur Lane; membership GS-77215-B, refund reference RF-3381, Suite 200"))
                .containsExactly("ref:GS=77215", "ref:RF=3381", "street:larkspur=14", "suite=200");
        assertThat(values("滨江区星河湾3幢1单元901")).containsExactly("flat=901", "building=3", "unit=1");
        assertThat(values("地址是幸福里小区5栋1102吧？")).containsExactly("flat=1102", "building=5");
    }

    @Test
    void wordsThatOnlyLookLikeIdentifiersAreNone() {
        assertThat(values("多一层保障；我家住5层，新家在2楼；a room a bit bigger; the gate code; the CR-V EX")).isEmpty();
        // a street number is not a day of the month
        assertThat(FactExtractor.extract("蓉北路18号").stream().map(Fact::type)).containsExactly(Fact.Type.IDENTIFIER);
    }

    @Test
    void aWrongNumberForTheCardsOwnThingIsInventedAndTheCustomersOwnIsUnchecked() throws Exception {
        Path dir = Path.of("src/test/resources/labelled/holdout26/calls");
        Scorer xueye = new Scorer(CardParser.parse(dir.resolve("xueye.md")), Weights.defaultWeights());
        String call = """
                林晓雯：您好，邓志刚邓先生吗？我是成都市血液中心的招募专员林晓雯，谢谢您3月8号在春熙路献的全血，今天想请您来献一次血小板。
                邓志刚：在哪献？
                林晓雯：地址是金牛区蓉北路88号，血液中心一楼机采室，地铁6号线蓉北站B口出来步行6分钟。
                邓志刚：我住3幢，离得近。那就7月18日周六上午9点。
                林晓雯：好的，您住3幢离得近。跟您确认一下：7月18日周六上午9点，确认短信会发到您尾号3306的手机上。
                邓志刚：对。
                林晓雯：谢谢您，到时候见！[END:1]
                """;
        Map<String, Role> who = Map.of("林晓雯", Role.CALLER, "邓志刚", Role.CALLEE);
        Scorecard right = xueye.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("right.txt"), call), who));
        Scorecard wrong = xueye.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("wrong.txt"), call
                .replace("蓉北路88号，血液中心一楼", "蓉北路18号，血液中心三楼").replace("6号线", "3号线").replace("尾号3306", "尾号3360")), who));
        assertThat(right.invented()).noneMatch(f -> f.type().equals("identifier"));
        assertThat(wrong.invented()).filteredOn(f -> f.type().equals("identifier"))
                .extracting(FactFlag::said, FactFlag::card)
                .contains(org.assertj.core.groups.Tuple.tuple("蓉北路18号", "蓉北路88号"),
                        org.assertj.core.groups.Tuple.tuple("3号线", "6号线"))
                .anySatisfy(t -> assertThat(t.toList()).first().isEqualTo("尾号3360"))
                .hasSize(4);
        assertThat(wrong.critical()).anySatisfy(c -> assertThat(c).contains("尾号3360"));
    }
}
