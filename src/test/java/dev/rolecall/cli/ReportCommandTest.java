package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.PlainTextTranscripts;
import dev.rolecall.transcript.TranscriptReader;
import dev.rolecall.transcript.TranscriptWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir static Path tmp;
    static Path a;
    static Path b;
    static Path html;
    static final String ATTACK = "<script>window.PWNED=1;document.title='PWNED'</script><img src=x onerror=alert(1)>";

    @BeforeAll
    static void build() throws Exception {
        a = tmp.resolve("a.jsonl");
        b = tmp.resolve("b.jsonl");
        assertThat(Cli.run("batch", "-n", "25", "-o", a.toString()).exit()).isZero();
        assertThat(Cli.run("batch", "-n", "25", "--seed-start", "100", "-o", b.toString()).exit()).isZero();
        // model output is untrusted: a transcript that tries to inject markup must stay text
        Path log = Files.writeString(tmp.resolve("attack.txt"), "李明：您好 " + ATTACK + "\n张强：" + ATTACK + "\n");
        Path scored = tmp.resolve("attack.jsonl");
        assertThat(Cli.run("score", log.toString(), "-o", scored.toString()).exit()).isZero();
        try (TranscriptWriter w = new TranscriptWriter(a)) {
            TranscriptReader.forEach(scored, w::append);
        }
        html = tmp.resolve("report.html");
        Cli r = Cli.run("report", a.toString(), b.toString(), "-o", html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(PlainTextTranscripts.parseSpeakers("a=caller")).containsEntry("a", Role.CALLER);
    }

    @Test
    void pageIsSelfContainedAndEscapesTranscriptText() throws Exception {
        String page = Files.readString(html);
        assertThat(page).contains("<svg").contains("Items and steps × calls").contains("How calls ended")
                .contains("a.jsonl vs b.jsonl").contains("id=\"call-data\"");
        // transcript text travels as JSON whose < > & are unicode escapes: it cannot close the data block
        assertThat(page).doesNotContain(ATTACK).doesNotContain("<img src=x").contains("\\u003cscript\\u003ewindow.PWNED");
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(page.split("<script>", -1)).hasSize(2); // exactly our own viewer script (the data block is typed JSON)
    }

    @Test
    void loadsInHeadlessChromiumWithoutErrors() throws Exception {
        String chromium = chromium();
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        List<String> flags = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0");
        Process p = new ProcessBuilder(concat(flags, "--virtual-time-budget=3000", "--dump-dom", html.toUri().toString()))
                .redirectError(tmp.resolve("chromium.log").toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(tmp.resolve("chromium.log"));
        assertThat(log).doesNotContain("Uncaught").doesNotContain("PWNED");
        assertThat(dom).contains("51 calls shown"); // the filter script ran: 26 + 25 calls
        assertThat(dom).doesNotContain("<title>PWNED");
        assertThat(dom).contains("<svg");

        // a search that finds the one hostile call opens it: the markup shows as text and never runs
        Process found = new ProcessBuilder(concat(flags, "--virtual-time-budget=3000", "--dump-dom", html.toUri() + "#q=PWNED"))
                .redirectError(tmp.resolve("found.log").toFile()).start();
        String foundDom = new String(found.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(found.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(foundDom).contains("1 calls shown").contains("class=\"bubble caller").contains("&lt;script&gt;window.PWNED");
        assertThat(foundDom).doesNotContain("<title>PWNED").doesNotContain("<img src=\"x\"");
        assertThat(Files.readString(tmp.resolve("found.log"))).doesNotContain("Uncaught");

        Path png = tmp.resolve("report.png");
        Process shot = new ProcessBuilder(concat(flags, "--window-size=1200,1600", "--screenshot=" + png, html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("shot.log").toFile()).start();
        assertThat(shot.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    private static List<String> concat(List<String> a, String... more) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(List.of(more));
        return all;
    }

    /** Debian's chromium, installed on first use when this machine can (root with apt-get). */
    static String chromium() throws IOException, InterruptedException {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        if (Files.isExecutable(Path.of("/usr/bin/apt-get")) && "root".equals(System.getProperty("user.name"))) {
            Process p = new ProcessBuilder("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(10, TimeUnit.MINUTES);
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                return "/usr/bin/chromium";
            }
        }
        Assumptions.abort("headless Chromium is not installed and could not be installed (apt-get install chromium)");
        return null;
    }
}
