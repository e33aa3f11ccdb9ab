package dev.rolecall.compare;

import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.CallInputs;
import dev.rolecall.transcript.TranscriptJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where compare keeps a variant's calls: one file per set of inputs ({@code compare/<hash>.jsonl}),
 * so a re-run reuses calls only when card, rendered prompts, engines, settings and max turns are
 * all unchanged, and an edit starts a new file instead of mixing with the old one.
 */
public final class CompareCache {
    private CompareCache() {}

    public static Path file(Path outDir, CallInputs inputs) {
        byte[] json = TranscriptJson.MAPPER.valueToTree(inputs).toString().getBytes(StandardCharsets.UTF_8);
        return outDir.resolve("compare").resolve(PromptSet.sha256(json).substring(0, 16) + ".jsonl");
    }
}
