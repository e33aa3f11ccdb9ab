package dev.rolecall.cli;

import dev.rolecall.report.HtmlReport;
import dev.rolecall.transcript.TranscriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rolecall report}: one self-contained HTML page (no network) over one or two transcript files. */
@Command(addMethodSubcommands = false, name = "report",
        description = "Write one self-contained HTML page: numbers, charts, invented facts and a transcript viewer; an A vs B panel for two files.")
final class ReportCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Transcript JSONL files (one, or two for A vs B).") List<Path> files;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "report.html", description = "Default: ${DEFAULT-VALUE}.") Path out;

    @Override
    public Integer call() throws IOException {
        // each file is read whole (a bad line fails before anything is written); a torn last line is said, never dropped silently
        List<HtmlReport.Input> inputs = new java.util.ArrayList<>();
        for (Path f : files) {
            List<dev.rolecall.transcript.Transcript> calls = new java.util.ArrayList<>();
            for (TranscriptReader.Problem p : TranscriptReader.forEach(f, calls::add)) {
                err().println("rolecall: " + p);
            }
            inputs.add(new HtmlReport.Input(f.getFileName().toString(), calls));
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(out, HtmlReport.render(inputs), StandardCharsets.UTF_8);
        out().println("report: " + out + " (" + inputs.stream().mapToInt(i -> i.calls().size()).sum() + " calls)");
        return ExitCodes.OK;
    }
}
