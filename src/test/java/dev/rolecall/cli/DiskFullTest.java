package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch writing to a disk that fills up: a small tmpfs, so the full disk is real (ENOSPC from
 * the kernel), not simulated. Needs root to mount; skipped (not failed) where mounting is not
 * allowed. Proves: the batch stops with one line and exit 2, every line already in the file reads
 * back, and once there is room the same command resumes and finishes with every seed exactly once.
 */
class DiskFullTest {
    @TempDir Path tmp;

    private static int sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @Test
    void batchOnAFullDiskStopsCleanlyKeepsEveryLineAndResumesWhenThereIsRoom() throws Exception {
        Path disk = tmp.resolve("disk");
        Files.createDirectories(disk);
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", disk.toString()) == 0,
                "needs permission to mount a tmpfs (root); skipped");
        try {
            Path out = disk.resolve("runs.jsonl");
            String[] cmd = {"batch", "-n", "60", "-c", "2", "-o", out.toString(), "--no-score", "--no-progress-bar"};
            Cli full = Cli.run(cmd);
            assertThat(full.exit()).as(full.err()).isEqualTo(ExitCodes.BAD_INPUT);
            List<String> lines = full.err().strip().lines().filter(l -> !l.startsWith("rolecall: engines")
                    && !l.matches("rolecall: \\d+/\\d+ calls.*")).toList();
            assertThat(lines.get(lines.size() - 1)).contains(out.toString()).contains("free the space")
                    .contains("rolecall batch -n 60").doesNotContain("\tat ");
            List<Transcript> before = TranscriptReader.readAll(out); // every complete line parses
            assertThat(before.size()).isBetween(1, 59);
            assertThat(before).extracting(Transcript::seed).doesNotHaveDuplicates();

            assertThat(sh("mount", "-o", "remount,size=8m", disk.toString())).isZero();
            Cli resumed = Cli.run(cmd);
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            List<Long> seeds = TranscriptReader.readAll(out).stream().map(Transcript::seed).sorted().toList();
            assertThat(seeds).isEqualTo(LongStream.rangeClosed(1, 60).boxed().toList());
            // the calls written before the disk filled were kept, not re-run
            assertThat(TranscriptReader.readAll(out).subList(0, before.size())).extracting(Transcript::id)
                    .isEqualTo(before.stream().map(Transcript::id).toList());
        } finally {
            sh("umount", "-l", disk.toString());
        }
    }
}
