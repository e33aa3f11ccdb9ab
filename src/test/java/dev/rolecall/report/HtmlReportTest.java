package dev.rolecall.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolecall.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static final String ATTACK = "</script><script>window.PWNED=1</script><img src=x onerror=alert(1)>";

    @Test
    void everyCallReachesTheViewerDataWithTextIntact() throws Exception {
        List<Transcript> calls = new ArrayList<>(SyntheticCalls.batch(2000, 0, 0.8));
        calls.add(SyntheticCalls.call(99_999, new double[] {0, 0, 0, 0, 0, 0}, new int[] {0, 0, 0}, 4, ATTACK));
        String page = HtmlReport.render(List.of(new HtmlReport.Input("a.jsonl", calls)));

        // the data block cannot be closed from inside: the attack's markup never appears raw
        assertThat(page).doesNotContain(ATTACK).doesNotContain("<img src=x").doesNotContain("<script>window");
        assertThat(Pattern.compile("<script").matcher(page).results().count()).isEqualTo(2);
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");

        JsonNode data = new ObjectMapper().readTree(dataBlock(page));
        assertThat(data.get("calls")).hasSize(calls.size());
        JsonNode last = data.get("calls").get(calls.size() - 1);
        assertThat(last.get(1).asLong()).isEqualTo(99_999);
        String said = data.get("texts").get(last.get(5).get(1).get(2).asInt()).asText();
        assertThat(said).isEqualTo(calls.get(calls.size() - 1).turns().get(1).text()).endsWith(ATTACK);
    }

    @Test
    void itemsTableListsTheWeakestItemFirstWithItsFailingCount() {
        List<Transcript> calls = SyntheticCalls.batch(3000, 0, 0.85);
        String page = HtmlReport.render(List.of(new HtmlReport.Input("a.jsonl", calls)));
        Metrics metrics = Metrics.of(List.of(calls));
        List<ItemTable.Row> rows = ItemTable.rows(Scored.of(calls, metrics), metrics);
        // the generator scores "questions" 0.4 below the rest
        assertThat(rows.get(0).m().key()).isEqualTo("questions");
        long failing = calls.stream().filter(t -> ScoreView.items(t).get("questions") < ItemTable.FAIL).count();
        assertThat(rows.get(0).failing()).isEqualTo((int) failing);
        double mean = calls.stream().mapToDouble(t -> ScoreView.items(t).get("questions")).average().orElseThrow();
        assertThat(rows.get(0).mean().mean()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.get(0).mean().lo()).isLessThan(mean);
        assertThat(rows.get(0).mean().hi()).isGreaterThan(mean);
        assertThat(page).contains("Items, worst first").contains("<td>questions</td><td>3000</td>");
        // the step titles (Chinese) label their rows
        assertThat(page).contains("step 1 步骤1");
    }

    @Test
    void heatmapAndHistogramFitThePageAtTenThousandCalls() {
        List<Transcript> calls = SyntheticCalls.batch(10_000, 0, 0.8);
        String page = HtmlReport.render(List.of(new HtmlReport.Input("a.jsonl", calls)));
        Matcher svg = Pattern.compile("<svg class=\"chart\" width=\"(\\d+)\"").matcher(page);
        int charts = 0;
        while (svg.find()) {
            charts++;
            assertThat(Integer.parseInt(svg.group(1))).isLessThanOrEqualTo(1100);
        }
        assertThat(charts).isGreaterThanOrEqualTo(3);
        String heat = page.substring(page.indexOf("Items and steps × calls"));
        heat = heat.substring(0, heat.indexOf("</svg>"));
        int rows = SyntheticCalls.ITEMS.size() + 3;
        assertThat(Pattern.compile("<rect ").matcher(heat).results().count())
                .isEqualTo((long) rows * CoverageMap.MAX_COLUMNS);
        // a click on a column lists its calls: the column score ranges run from the lowest score to the highest
        Matcher ranges = Pattern.compile("data-ranges=\"([^\"]+)\"").matcher(heat);
        assertThat(ranges.find()).isTrue();
        String[] cols = ranges.group(1).split(";");
        assertThat(cols).hasSize(CoverageMap.MAX_COLUMNS);
        double min = calls.stream().mapToDouble(ScoreView::overall).min().orElseThrow();
        double max = calls.stream().mapToDouble(ScoreView::overall).max().orElseThrow();
        assertThat(Double.parseDouble(cols[0].split(",")[0])).isLessThanOrEqualTo(min).isGreaterThan(min - 0.1);
        assertThat(Double.parseDouble(cols[cols.length - 1].split(",")[1])).isGreaterThanOrEqualTo(max).isLessThan(max + 0.1);
        // the histogram has a y-axis: a "calls" label and a tick at 0
        String hist = page.substring(page.indexOf("Score distribution"));
        hist = hist.substring(0, hist.indexOf("</svg>"));
        assertThat(hist).contains(">calls</text>").contains("text-anchor=\"end\">0</text>");
    }

    @Test
    void abPanelColoursOnlyChangesWhoseIntervalExcludesZero() {
        List<Transcript> a = SyntheticCalls.batch(500, 0, 0.7);
        String same = HtmlReport.render(List.of(new HtmlReport.Input("a", a), new HtmlReport.Input("a again", a)));
        String ab = section(same, "a vs a again");
        assertThat(ab).contains("class=\"same\">+0.000").doesNotContain("class=\"up\"").doesNotContain("class=\"down\"");
        assertThat(ab).contains("<td>500</td>").contains("paired by seed (500 seeds");

        // the same seeds, every item 0.2 higher before clamping: paired, and the change is shown
        List<Transcript> a2 = SyntheticCalls.batch(500, 0, 0.9);
        String pairedUp = section(HtmlReport.render(List.of(new HtmlReport.Input("a", a), new HtmlReport.Input("a2", a2))),
                "a vs a2");
        assertThat(pairedUp).contains("paired by seed").containsPattern("<td>opening</td><td>500</td><td>[0-9.]+</td>"
                + "<td>500</td><td>[0-9.]+</td><td class=\"up\">\\+0\\.[0-9]+</td>");

        List<Transcript> b = SyntheticCalls.batch(400, 1000, 0.9);
        String better = section(HtmlReport.render(List.of(new HtmlReport.Input("a", a), new HtmlReport.Input("b", b))),
                "a vs b");
        assertThat(better).contains("<td>opening</td><td>500</td>").contains("unpaired (Welch)");
        assertThat(better).containsPattern("<td>opening</td><td>500</td><td>[0-9.]+</td><td>400</td><td>[0-9.]+</td>"
                + "<td class=\"up\">\\+0\\.[0-9]+</td><td class=\"up\">\\+0\\.[0-9]+ … \\+0\\.[0-9]+</td>");
    }

    @Test
    void emptyAndUnscoredInputsStillMakeAPage() throws Exception {
        Transcript scored = SyntheticCalls.batch(1, 0, 0.8).get(0);
        Transcript unscored = scored.withScore(null);
        String page = HtmlReport.render(List.of(new HtmlReport.Input("empty", List.of()),
                new HtmlReport.Input("unscored", List.of(unscored, scored))));
        assertThat(section(page, "empty")).contains("not scored").doesNotContain("Items, worst first");
        assertThat(section(page, "unscored")).contains("mean score of 1 scored");
        JsonNode calls = new ObjectMapper().readTree(dataBlock(page)).get("calls");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).get(2).isNull()).isTrue();
    }

    private static String section(String page, String title) {
        String s = page.substring(page.indexOf("<h2>" + title + "</h2>"));
        return s.substring(0, s.indexOf("</section>"));
    }

    static String dataBlock(String page) {
        String open = "<script type=\"application/json\" id=\"call-data\">";
        int from = page.indexOf(open) + open.length();
        return page.substring(from, page.indexOf("</script>", from));
    }
}
