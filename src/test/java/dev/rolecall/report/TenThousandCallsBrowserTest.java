package dev.rolecall.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.transcript.Transcript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report holds a whole batch: 10,000 calls load in headless Chromium without a console error,
 * and the viewer reaches the worst call although it is the last line of the file. Prints the page's
 * size and its load time (navigation to drawn viewer), the figures the README quotes.
 */
class TenThousandCallsBrowserTest {
    @TempDir static Path tmp;
    static Path html;
    static List<Transcript> calls;
    static final long WORST = 777_777;
    static final String ATTACK = "</script><script>document.title='PWNED'</script><img src=x onerror=alert(1)>";

    @BeforeAll
    static void render() throws Exception {
        calls = new ArrayList<>(SyntheticCalls.batch(9_999, 0, 0.8));
        // the worst call, written last: file order alone would never show it
        calls.add(SyntheticCalls.call(WORST, new double[] {0, 0, 0, 0.05, 0, 0}, new int[] {0, 0, 0}, 6, ATTACK));
        html = tmp.resolve("report.html");
        Files.writeString(html, HtmlReport.render(List.of(new HtmlReport.Input("batch.jsonl", calls))), StandardCharsets.UTF_8);
    }

    @Test
    void loadsWithoutErrorsAndShowsTheWorstCallFirst() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.in(tmp);
        HeadlessChromium.Page page = chromium.dump(html.toUri().toString(), 10_000);
        assertThat(page.log()).doesNotContain("Uncaught").doesNotContain("PWNED");
        assertThat(page.dom()).contains("10000 calls shown · page 1 of " + (10_000 + Viewer.PAGE - 1) / Viewer.PAGE);
        assertThat(firstSeed(page.dom())).isEqualTo(WORST);
        assertThat(page.dom()).doesNotContain("<title>PWNED");

        Matcher ready = Pattern.compile("data-ready-ms=\"(\\d+)\"").matcher(page.dom());
        assertThat(ready.find()).as("the viewer script finished").isTrue();
        System.out.printf("report at %d calls: %.1f MB, viewer drawn %s ms after navigation (headless Chromium)%n",
                calls.size(), Files.size(html) / 1e6, ready.group(1));
    }

    @Test
    void aLinkToAFailingItemListsItsWorstCallsAndASearchOpensTheCall() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.in(tmp);
        HeadlessChromium.Page failing = chromium.dump(html.toUri() + "#metric=questions", 10_000);
        long expected = calls.stream().filter(t -> ScoreView.items(t).get("questions") < ItemTable.FAIL).count();
        assertThat(failing.dom()).contains(expected + " calls shown");
        assertThat(firstSeed(failing.dom())).isEqualTo(WORST);

        // one match opens: its text is shown as text, the injected markup inert
        HeadlessChromium.Page found = chromium.dump(html.toUri() + "#q=PWNED", 10_000);
        assertThat(found.dom()).contains("1 calls shown").contains("&lt;/script&gt;&lt;script&gt;document.title='PWNED'");
        assertThat(found.dom()).doesNotContain("<title>PWNED").doesNotContain("<img src=\"x\"");
        // it says why each item failed, and outlines the turn the scorer points at
        int k = SyntheticCalls.ITEMS.indexOf("questions");
        assertThat(found.dom()).contains("questions 0: synthetic reason " + k).contains("class=\"bubble callee flagged\"");
        assertThat(found.log()).doesNotContain("Uncaught");
    }

    private static long firstSeed(String dom) {
        Matcher m = Pattern.compile("<details class=\"call\" data-seed=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as("the viewer drew a call").isTrue();
        return Long.parseLong(m.group(1));
    }
}
