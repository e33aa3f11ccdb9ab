package dev.rolecall.cli;

import dev.rolecall.batch.Merger;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rolecall merge}: combine shard files, each (card, seed) once. */
@Command(addMethodSubcommands = false, name = "merge",
        description = "Combine batch files (e.g. shards) into one, dropping duplicate seeds (a completed call wins over a failed one).")
final class MergeCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSONL files to merge.") List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Merged JSONL file.") Path out;

    @Override
    public Integer call() {
        Merger.Result r = Merger.merge(inputs, out);
        var stdout = out();
        stdout.println("merged " + inputs.size() + " files: " + r.written() + " calls, " + r.duplicates()
                + " duplicates dropped" + (r.tornLines() > 0 ? ", " + r.tornLines() + " torn lines skipped" : "")
                + " -> " + out);
        stdout.flush();
        return ExitCodes.OK;
    }
}
