package dev.rolecall.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real OpenAI-compatible HTTP server on 127.0.0.1 (ephemeral port) for tests and benchmarks:
 * {@code POST /v1/chat/completions} answered by a scripted {@link Responder}, with latency,
 * error statuses, {@code Retry-After} and abrupt connection drops. Records every request.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to answer one request with. */
    public record Response(String text, int status, String retryAfter, long delayMs, boolean dropConnection,
                           int promptTokens, int completionTokens, int cachedTokens) {
        public static Response reply(String text) {
            return new Response(text, 200, null, 0, false, -1, -1, 0);
        }

        public static Response status(int status) {
            return new Response(null, status, null, 0, false, -1, -1, 0);
        }

        public static Response rateLimited(String retryAfterSeconds) {
            return new Response(null, 429, retryAfterSeconds, 0, false, -1, -1, 0);
        }

        /** Close the connection without answering (a reset, as a crashed proxy would). */
        public static Response drop() {
            return new Response(null, 0, null, 0, true, -1, -1, 0);
        }

        public Response after(long ms) {
            return new Response(text, status, retryAfter, ms, dropConnection, promptTokens, completionTokens, cachedTokens);
        }

        public Response cached(int tokens) {
            return new Response(text, status, retryAfter, delayMs, dropConnection, promptTokens, completionTokens, tokens);
        }
    }

    /** A received chat request. */
    public record Request(JsonNode body, long receivedNanos) {
        public List<JsonNode> messages() {
            List<JsonNode> out = new ArrayList<>();
            body.path("messages").forEach(out::add);
            return out;
        }

        public String model() {
            return body.path("model").asText();
        }

        public JsonNode lastMessage() {
            List<JsonNode> m = messages();
            return m.get(m.size() - 1);
        }
    }

    @FunctionalInterface
    public interface Responder extends Function<Request, Response> {}

    private final HttpServer server;
    private final ExecutorService pool;
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile Responder responder;

    public FakeOpenAiServer(Responder responder) {
        this.responder = responder;
        // headers and body leave in two writes; without TCP_NODELAY, Nagle + the client's delayed ACK
        // add ~40 ms to every response, which would be charged to rolecall in the benchmarks
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // latency is a sleep per request: a cached pool keeps concurrent requests from queueing
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-openai");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /** Replies from a list, in order, then repeats the last one. */
    public static FakeOpenAiServer scripted(Response... script) {
        AtomicInteger i = new AtomicInteger();
        return new FakeOpenAiServer(r -> script[Math.min(i.getAndIncrement(), script.length - 1)]);
    }

    public void setResponder(Responder responder) {
        this.responder = responder;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int requestCount() {
        return count.get();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
            Request req = new Request(body, System.nanoTime());
            requests.add(req);
            count.incrementAndGet();
            Response r = responder.apply(req);
            if (r.delayMs() > 0) {
                try {
                    Thread.sleep(r.delayMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (r.dropConnection()) {
                // a response header line that is not HTTP makes the client see a broken connection
                ex.getResponseBody().close();
                return;
            }
            if (r.status() != 200) {
                if (r.retryAfter() != null) {
                    ex.getResponseHeaders().add("Retry-After", r.retryAfter());
                }
                byte[] err = ("{\"error\":{\"message\":\"scripted " + r.status() + "\",\"type\":\"test\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(r.status(), err.length);
                ex.getResponseBody().write(err);
                return;
            }
            int prompt = r.promptTokens() >= 0 ? r.promptTokens() : body.toString().length() / 2;
            int completion = r.completionTokens() >= 0 ? r.completionTokens() : Math.max(1, r.text().length() / 2);
            ObjectNode out = JSON.createObjectNode();
            out.put("id", "chatcmpl-fake-" + count.get());
            out.put("object", "chat.completion");
            out.put("created", System.currentTimeMillis() / 1000);
            out.put("model", body.path("model").asText("fake"));
            ObjectNode choice = out.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", r.text());
            choice.put("finish_reason", "stop");
            ObjectNode usage = out.putObject("usage");
            usage.put("prompt_tokens", prompt);
            usage.put("completion_tokens", completion);
            usage.put("total_tokens", prompt + completion);
            usage.putObject("prompt_tokens_details").put("cached_tokens", r.cachedTokens());
            byte[] bytes = JSON.writeValueAsBytes(out);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
