package dev.rolecall.bench;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.CallContext;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.card.Role;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.testing.Fixtures;
import java.util.List;
import java.util.Map;

/** Per-request overhead of the LLM path over the server's fixed latency (a diagnostic for bench). */
public final class LatencyProbe {
    public static void main(String[] args) throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(r -> FakeOpenAiServer.Response.reply("好").after(200))) {
            Agent a = Bench.llmFactory(server, RateLimiter.UNLIMITED, 0)
                    .create(new CallContext(Fixtures.renewal(), Fixtures.prompts(), Role.CALLER, 1, Map.of()));
            for (int i = 0; i < 5; i++) {
                a.respond(List.of());
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                a.respond(List.of());
            }
            System.out.printf("mean request %.1f ms for 200 ms server latency%n", (System.nanoTime() - t0) / 20 / 1e6);
        }
    }
}
