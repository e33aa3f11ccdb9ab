package dev.rolecall.cli;

import dev.rolecall.card.Role;
import dev.rolecall.export.ExportFormat;
import dev.rolecall.export.ExportRequest;
import dev.rolecall.export.ExportResult;
import dev.rolecall.export.Exporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rolecall export}: training data from transcripts ({@link Exporter} does the work). */
@Command(addMethodSubcommands = false, name = "export", sortOptions = false,
        description = {"Turn transcripts into training data from one side's view (OpenAI chat JSONL or ShareGPT).",
                "Failed, truncated and looping calls are dropped; so are calls under --min-score and near duplicates."})
final class ExportCommand extends Subcommand {
    @Mixin SourceOptions sourceOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "rolecall JSONL transcript files.") List<Path> files;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Output JSONL.") Path out;

    @Option(names = "--format", paramLabel = "openai|sharegpt", defaultValue = "openai", description = "Default: ${DEFAULT-VALUE}.") ExportFormat format;

    @Option(names = "--side", paramLabel = "caller|callee", defaultValue = "caller", description = "Whose turns are the assistant's. Default: ${DEFAULT-VALUE}.") Role side;

    @Option(names = "--min-score", paramLabel = "X", description = "Keep calls whose overall score is at least X (0..100); unscored calls are dropped.") Double minScore;

    @Option(names = "--dedupe", paramLabel = "J", defaultValue = "0.9",
            description = "Drop a call whose exported side is this similar (Jaccard of 4-character shingles) to one kept. 1 = exact only. Default: ${DEFAULT-VALUE}.") double dedupe;

    @Option(names = "--val-fraction", paramLabel = "F", description = "Put this fraction of seeds (chosen by seed hash) in a validation file beside the output.") Double valFraction;

    @Override
    public Integer call() throws IOException {
        ExportRequest request = new ExportRequest(files, out, format, side, minScore, dedupe, valFraction);
        PrintWriter err = err();
        ExportResult r = new Exporter(request, sourceOptions.sources()).run(problem -> err.println("rolecall: " + problem));
        PrintWriter stdout = out();
        Path valOut = request.valOut();
        stdout.println("exported " + r.kept() + " of " + r.read() + " calls (" + format + ", " + side.id() + " side) -> "
                + out + (valOut == null ? "" : " (" + r.train() + " train) and " + valOut + " (" + r.validation() + " validation)"));
        r.dropped().forEach((why, n) -> stdout.println("  dropped " + n + ": " + why));
        if (r.kept() > 0) {
            stdout.printf(java.util.Locale.ROOT, "  tokens (%s): %d in all, %d per record on average, %d at most; per record in %s%n",
                    r.tokens().encoding(), r.tokens().total(), r.tokens().total() / r.kept(), r.tokens().max(), request.metaOut());
        }
        r.warnings().forEach(w -> err.println("rolecall: warning: " + w));
        stdout.flush();
        return ExitCodes.OK;
    }
}
