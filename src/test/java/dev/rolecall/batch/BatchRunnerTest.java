package dev.rolecall.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.AgentFactory;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.testing.SeedAgentFactory;
import dev.rolecall.testing.TestCards;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir Path tmp;
    PromptSet prompts;

    @BeforeEach
    void prompts() throws IOException {
        Files.writeString(tmp.resolve("caller.md"), "caller {{self_name}}");
        Files.writeString(tmp.resolve("callee.md"), "callee {{self_name}}");
        prompts = PromptSet.load(tmp);
    }

    BatchConfig config(AgentFactory caller, AgentFactory callee, long n, int c, Shard shard, Path out, boolean retry) {
        return new BatchConfig(TestCards.minimal(), prompts, caller, callee, 100, n, c, 30, shard, out, retry,
                null, null);
    }

    static List<Long> seeds(Path out) {
        return TranscriptReader.readAll(out).stream().map(Transcript::seed).sorted().toList();
    }

    @Test
    void runsEverySeedOnceConcurrently() {
        Path out = tmp.resolve("b.jsonl");
        BatchResult r = new BatchRunner().run(config(SeedAgentFactory.healthy(), SeedAgentFactory.healthy(), 50, 8,
                null, out, false), BatchListener.NONE);
        assertThat(seeds(out)).isEqualTo(LongStream.range(100, 150).boxed().toList());
        assertThat(r.stats().calls()).isEqualTo(50);
        assertThat(r.stats().byReason()).containsEntry(EndReason.END_CONDITION, 50L);
        // callee ends on its (2 + seed%3)-th reply: 2*(2 + seed%3) utterances per call
        TranscriptReader.forEach(out, t -> assertThat(t.turns()).hasSize(2 * (2 + (int) (t.seed() % 3))));
    }

    @Test
    void rerunningSkipsDoneSeedsAndRetryFailedReplacesFailures() {
        Path out = tmp.resolve("b.jsonl");
        SeedAgentFactory flaky = new SeedAgentFactory(s -> s % 4 == 0, AgentException.Kind.SERVER, 0);
        BatchResult first = new BatchRunner().run(config(flaky, flaky, 20, 4, null, out, false), BatchListener.NONE);
        assertThat(first.stats().failures()).isEqualTo(5);
        assertThat(seeds(out)).hasSize(20);

        BatchResult again = new BatchRunner().run(config(SeedAgentFactory.healthy(), SeedAgentFactory.healthy(), 20, 4,
                null, out, false), BatchListener.NONE);
        assertThat(again.skipped()).isEqualTo(20);
        assertThat(again.stats().calls()).isZero();

        BatchResult retried = new BatchRunner().run(config(SeedAgentFactory.healthy(), SeedAgentFactory.healthy(), 20,
                4, null, out, true), BatchListener.NONE);
        assertThat(retried.failedRetried()).isEqualTo(5);
        assertThat(retried.stats().calls()).isEqualTo(5);
        List<Transcript> all = TranscriptReader.readAll(out);
        assertThat(all).extracting(Transcript::seed).doesNotHaveDuplicates().hasSize(20);
        assertThat(all).allSatisfy(t -> assertThat(t.end().reason()).isEqualTo(EndReason.END_CONDITION));
    }

    @Test
    void tornLastLineFromACrashIsRepairedAndItsSeedRerun() throws IOException {
        Path out = tmp.resolve("b.jsonl");
        new BatchRunner().run(config(SeedAgentFactory.healthy(), SeedAgentFactory.healthy(), 10, 2, null, out, false),
                BatchListener.NONE);
        List<String> lines = Files.readAllLines(out);
        String last = lines.get(lines.size() - 1);
        long tornSeed = TranscriptReader.readAll(out).get(lines.size() - 1).seed();
        Files.writeString(out, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"
                + last.substring(0, last.length() / 3));

        BatchResult resumed = new BatchRunner().run(config(SeedAgentFactory.healthy(), SeedAgentFactory.healthy(), 10,
                2, null, out, false), BatchListener.NONE);
        assertThat(resumed.tornLines()).isEqualTo(1);
        assertThat(resumed.stats().calls()).isEqualTo(1);
        assertThat(TranscriptReader.readAll(out).get(9).seed()).isEqualTo(tornSeed);
        assertThat(seeds(out)).isEqualTo(LongStream.range(100, 110).boxed().toList());
    }

    @Test
    void shardsAreDisjointAndCoverTheBatch() {
        Path whole = tmp.resolve("whole.jsonl");
        new BatchRunner().run(config(SeedAgentFactory.healthy(), SeedAgentFactory.healthy(), 31, 4, null, whole, false),
                BatchListener.NONE);
        List<Long> union = new java.util.ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path part = tmp.resolve("part" + k + ".jsonl");
            new BatchRunner().run(config(SeedAgentFactory.healthy(), SeedAgentFactory.healthy(), 31, 4,
                    new Shard(k, 3), part, false), BatchListener.NONE);
            union.addAll(seeds(part));
        }
        assertThat(union).doesNotHaveDuplicates();
        assertThat(union.stream().sorted().toList()).isEqualTo(seeds(whole));
    }

    @Test
    void authFailureAbortsTheBatchFast() {
        Path out = tmp.resolve("b.jsonl");
        SeedAgentFactory denied = new SeedAgentFactory(s -> true, AgentException.Kind.AUTH, 0);
        BatchResult r = new BatchRunner().run(config(denied, denied, 1000, 4, null, out, false), BatchListener.NONE);
        assertThat(r.abort().kind()).isEqualTo(BatchResult.AbortKind.ENDPOINT);
        assertThat(r.abort().message()).contains("AUTH");
        assertThat(r.stats().calls()).isLessThanOrEqualTo(4);
        assertThat(denied.requests.get()).isLessThanOrEqualTo(4);
    }

    @Test
    void stopInterruptsCallsInFlightAndKeepsTheFileValid() throws Exception {
        Path out = tmp.resolve("b.jsonl");
        SeedAgentFactory slow = new SeedAgentFactory(s -> false, null, 50);
        BatchRunner runner = new BatchRunner();
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                return;
            }
            runner.stop();
        });
        stopper.start();
        BatchResult r = runner.run(config(slow, slow, 10_000, 4, null, out, false), BatchListener.NONE);
        stopper.join();
        assertThat(r.interrupted()).isTrue();
        List<Transcript> all = TranscriptReader.readAll(out);
        assertThat(all.size()).isBetween(1, 100);
        assertThat(all).anySatisfy(t -> assertThat(t.end().reason()).isEqualTo(EndReason.INTERRUPTED));
        assertThat(all).extracting(Transcript::seed).doesNotHaveDuplicates();
    }

    @Test
    void temperatureRangeAndPersonasAreDrawnBySeedAndRecorded() {
        Path out = tmp.resolve("p.jsonl");
        PersonaSampler sampler = new PersonaSampler(TestCards.minimal(), true, TemperatureRange.parse("0.5:0.9"));
        new BatchRunner().run(new BatchConfig(TestCards.minimal(), prompts, SeedAgentFactory.healthy(), SeedAgentFactory.healthy(),
                1, 20, 4, 30, null, out, false, sampler::sample, null), BatchListener.NONE);
        List<Transcript> all = TranscriptReader.readAll(out);
        assertThat(all).allSatisfy(t -> assertThat(((Number) t.persona().get("temperature")).doubleValue()).isBetween(0.5, 0.9));
        assertThat(all.stream().map(t -> t.persona().get("temperature")).distinct().count()).isGreaterThan(5);
        assertThat(all).allSatisfy(t -> assertThat(t.persona()).isEqualTo(sampler.sample(t.seed())));
    }
}
