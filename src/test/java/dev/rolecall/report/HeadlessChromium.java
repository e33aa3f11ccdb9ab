package dev.rolecall.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Debian's headless Chromium for page tests: the DOM after scripts ran, its log, a screenshot. No network. */
final class HeadlessChromium {
    private final String binary;
    private final Path work;

    record Page(String dom, String log) {}

    private HeadlessChromium(String binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** The installed browser (installed on first use when this machine can, as root with apt-get), else the test is skipped. */
    static HeadlessChromium in(Path work) throws IOException, InterruptedException {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(c))) {
                return new HeadlessChromium(c, work);
            }
        }
        if (Files.isExecutable(Path.of("/usr/bin/apt-get")) && "root".equals(System.getProperty("user.name"))) {
            Process p = new ProcessBuilder("sh", "-c",
                    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(10, TimeUnit.MINUTES);
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                return new HeadlessChromium("/usr/bin/chromium", work);
            }
        }
        Assumptions.abort("headless Chromium is not installed and could not be installed (apt-get install chromium)");
        return null;
    }

    /** Loads {@code url} and returns the DOM once scripts have run (virtual time lets them finish). */
    Page dump(String url, int budgetMs) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "chromium", ".log");
        Process p = new ProcessBuilder(flags("--virtual-time-budget=" + budgetMs, "--dump-dom", url))
                .redirectError(log.toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish loading " + url);
        }
        return new Page(dom, Files.readString(log));
    }

    /** A PNG of the page at the given window size. */
    Path screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(flags("--hide-scrollbars", "--window-size=" + width + "," + height,
                "--virtual-time-budget=5000", "--screenshot=" + png, url))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish the screenshot of " + url);
        }
        return png;
    }

    private List<String> flags(String... more) throws IOException {
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        List<String> all = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        all.addAll(List.of(more));
        return all;
    }
}
