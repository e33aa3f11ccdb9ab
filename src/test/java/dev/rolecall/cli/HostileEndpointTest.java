package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.testing.HostileServer;
import dev.rolecall.testing.HostileServer.Action;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endpoints that misbehave after two good replies. Each time: the run ends within a bound set by
 * --timeout and --max-retries, the call is saved with the two turns it had and end.reason
 * llm_error with a detail naming what went wrong, the JSONL file reads back line by line, the
 * readable .txt is written, stderr's last line is that one error naming the endpoint, and the exit
 * code is 3 (endpoint failure).
 */
class HostileEndpointTest {
    @TempDir Path tmp;

    /** Two good replies (caller, callee), then {@code bad} for every later request. */
    private Transcript runAgainst(Supplier<Action> bad, String expectedDetail, long maxSeconds, int expectedRequests)
            throws Exception {
        AtomicInteger n = new AtomicInteger();
        try (HostileServer server = new HostileServer(req -> n.incrementAndGet() <= 2
                ? Action.reply(req.callee() ? "多少钱？" : "您好张强，我是长江云服务李明。") : bad.get())) {
            Path out = tmp.resolve("calls.jsonl");
            long t0 = System.nanoTime();
            Cli r = Cli.run("run", "--base-url", server.baseUrl(), "--model", "m", "--timeout", "1", "--max-retries", "1",
                    "--seed", "7", "--no-score", "--quiet", "-o", out.toString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(seconds).as("bounded time").isLessThan(maxSeconds);
            assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.ENDPOINT);
            List<String> errLines = r.err().strip().lines().toList();
            assertThat(errLines.get(errLines.size() - 1)).startsWith("rolecall: " + server.baseUrl() + ": ")
                    .contains(expectedDetail).doesNotContain("\tat ");
            List<Transcript> all = TranscriptReader.readAll(out); // throws on a malformed line
            assertThat(Files.readAllLines(out)).hasSize(1);
            Transcript t = all.get(0);
            assertThat(t.end().reason()).isEqualTo(EndReason.LLM_ERROR);
            assertThat(t.end().detail()).contains(expectedDetail);
            assertThat(t.turns()).hasSize(2);
            assertThat(Files.readString(tmp.resolve(t.id() + ".txt"))).contains(expectedDetail);
            assertThat(server.requests()).hasSize(expectedRequests);
            return t;
        }
    }

    @Test
    void endpointThatAcceptsAndNeverAnswersIsBoundedByTheTimeout() throws Exception {
        // 1 s timeout, 1 retry: two attempts and one backoff, well under 10 s
        runAgainst(Action::hang, "no answer within the timeout after 2 attempts", 10, 4);
    }

    @Test
    void htmlWithStatus200IsNotAChatCompletion() throws Exception {
        Transcript t = runAgainst(() -> Action.http(200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><body>Please log in</body></html>"), "not a chat completion in JSON (text/html", 10, 3);
        assertThat(t.end().detail()).contains("starts '<!DOCTYPE html>").contains("--base-url");
    }

    @Test
    void invalidJsonIsNotAChatCompletion() throws Exception {
        runAgainst(() -> Action.http(200, "application/json", "{\"id\":\"x\",\"choices\":[{\"message\":"),
                "not a chat completion in JSON (application/json", 10, 3);
    }

    @Test
    void emptyChoicesIsNamed() throws Exception {
        runAgainst(() -> Action.http(200, "application/json", "{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[]}"),
                "no choices in the reply", 10, 3);
    }

    @Test
    void oneMegabyteReplyEndsTheCallInsteadOfBecomingATurn() throws Exception {
        Transcript t = runAgainst(() -> Action.reply("长".repeat(1 << 20)), "a reply of 1048576 characters, over the 20000", 15, 3);
        assertThat(Files.size(tmp.resolve("calls.jsonl"))).isLessThan(20_000);
        assertThat(t.turns()).allSatisfy(turn -> assertThat(turn.text().length()).isLessThan(100));
    }

    @Test
    void connectionClosedMidBodyIsRetriedThenRecorded() throws Exception {
        runAgainst(() -> Action.closedMidBody(5000), "connection lost before the reply was complete", 10, 4);
    }

    @Test
    void bodyThatNeverEndsIsBoundedByTheTimeoutToo() throws Exception {
        // headers arrive at once, the body never completes: the JDK's own timeout stops at the headers
        runAgainst(() -> Action.partialThenHang("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000"
                + "\r\n\r\n{\"id\":"), "no answer within the timeout after 2 attempts", 10, 4);
    }

    @Test
    void bodyThatTricklesIsBoundedByTheTimeoutToo() throws Exception {
        // a byte every 100 ms: no single read ever times out, the whole exchange must
        runAgainst(() -> Action.trickle("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000"
                + "\r\n\r\n{\"id\":"), "no answer within the timeout after 2 attempts", 10, 4);
    }

    @Test
    void bodyOverEightMegabytesIsRefused() throws Exception {
        runAgainst(() -> Action.http(200, "application/json", "{\"pad\":\"" + "x".repeat(9 << 20) + "\"}"),
                "the response body is over 8 MB", 15, 3);
    }
}
