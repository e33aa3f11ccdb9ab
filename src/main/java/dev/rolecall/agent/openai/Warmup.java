package dev.rolecall.agent.openai;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The first request of a run goes through code nothing has run yet: langchain4j maps the messages, Jackson builds
 * its serializers and deserializers, logging starts. That is about 0.3-0.5 s on a cold JVM between the card being
 * read and the first request leaving (issue 13). {@link #llmPath()} runs that path once with a canned reply,
 * through a client that does no I/O at all (nothing is sent anywhere), so the real first request finds it
 * loaded and linked. {@link #start} runs it on a background thread while the command line and the card are read;
 * the first model client built waits for its request side ({@link #await()}: mapping and serialising, most of it),
 * so the two never build langchain4j's request path at the same time; the canned reply is then read beside the
 * command's set-up, 200 ms before any real reply can need that code.
 */
public final class Warmup {
    private Warmup() {}

    private static Thread thread;
    private static final CountDownLatch LLM_PATH = new CountDownLatch(1);
    private static final CountDownLatch FIRST_REQUEST = new CountDownLatch(1);
    /**
     * How long work put off until the first request ({@link #afterFirstRequest}) waits at most: a run whose first
     * request is late (or never comes: the LLM guess was wrong) still gets it done.
     */
    static final long FIRST_REQUEST_WAIT_MS = 2000;

    /**
     * Starts {@link #llmPath()} on a daemon thread, then, once the first real request is in flight, {@code then}
     * (more of the same, e.g. the transcript writer, which the first request does not need: done while the process
     * waits for the endpoint, it takes no CPU from the start); once per JVM.
     */
    public static synchronized void start(Runnable then) {
        if (thread == null) {
            thread = new Thread(() -> {
                try {
                    llmPath();
                } finally {
                    LLM_PATH.countDown();
                }
                awaitFirstRequest();
                then.run();
            }, "rolecall-warmup");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Waits for a started warm-up's {@link #llmPath()} to have serialised its canned request (at most a few seconds:
     * it is only a head start); its reply is read beside the caller's own set-up.
     */
    static void await() {
        synchronized (Warmup.class) {
            if (thread == null || thread == Thread.currentThread()) {
                return;
            }
        }
        try {
            LLM_PATH.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized boolean isWarmupThread() {
        return thread == Thread.currentThread();
    }

    /** The HTTP client says a request has been sent: the process now waits for the endpoint, its CPU is free. */
    static void requestSent() {
        if (FIRST_REQUEST.getCount() > 0) {
            FIRST_REQUEST.countDown();
        }
    }

    private static void awaitFirstRequest() {
        try {
            FIRST_REQUEST.await(FIRST_REQUEST_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code task} once the first LLM request of this process is in flight (at most
     * {@link #FIRST_REQUEST_WAIT_MS} from now), on a daemon thread; at once, on this thread, when no warm-up was
     * started (no LLM request is expected). For start-up work the first request does not need, so that it does not
     * take the cores from the work that does (2 cores: the main thread, the warm-up and the JIT compiler already
     * share them until the first request leaves, issue 13).
     */
    public static void afterFirstRequest(Runnable task) {
        synchronized (Warmup.class) {
            if (thread == null) {
                task.run();
                return;
            }
        }
        Thread t = new Thread(() -> {
            awaitFirstRequest();
            task.run();
        }, "rolecall-deferred");
        t.setDaemon(true);
        t.start();
    }

    /** A chat completion as servers send it: one choice, usage with cached tokens. */
    private static final String CANNED = "{\"id\":\"warmup\",\"object\":\"chat.completion\",\"created\":0,\"model\":\"m\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"您好，我在。\"},"
            + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":4,"
            + "\"total_tokens\":16,\"prompt_tokens_details\":{\"cached_tokens\":0},"
            + "\"completion_tokens_details\":{\"reasoning_tokens\":0}},\"system_fingerprint\":null}";

    /** One exchange of an LLM side on a canned reply, without I/O; false if it failed (ignored: a head start only). */
    public static boolean llmPath() {
        return llmPath(1);
    }

    /**
     * The exchange of {@link #llmPath()} {@code times} times, on histories of 2 to 13 turns. Run enough times (the JIT
     * compiles a method after about 200 calls), the request path is compiled before the calls' own steps get there:
     * a batch of 10 calls x 12 utterances makes only 120 requests, so most of its steps ran that code interpreted
     * (issue 13, the client's share of each step). Done while the process waits for the endpoint.
     */
    public static boolean stepPath(int times) {
        return llmPath(times);
    }

    private static boolean llmPath(int times) {
        try {
            // the HTTP client's settings (system properties) before anything of the JDK's HTTP stack loads
            new HeaderAwareHttpClient.Builder().build();
            EndpointConfig endpoint = new EndpointConfig("http://127.0.0.1/v1", "OPENAI_API_KEY", null,
                    Duration.ofSeconds(60), 0, null);
            LlmSettings settings = new LlmSettings("m", 0.7, null, null);
            OpenAiChatModel model = OpenAiChatModel.builder()
                    .baseUrl(endpoint.requestBase())
                    .apiKey("no-key")
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(endpoint.timeout())
                    .maxRetries(0)
                    .httpClientBuilder(new Canned())
                    .build();
            RetryingChat chat = new RetryingChat(model, endpoint, settings, RateLimiter.UNLIMITED);
            OpenAiAgent agent = new OpenAiAgent(Role.CALLER, "你是客服。", "（电话接通）", 1, 0.5, chat);
            List<Turn> history = new java.util.ArrayList<>(List.of(
                    new Turn(0, Role.CALLER, "a", "您好。", 1, 1, 1, null, null, null, null),
                    new Turn(1, Role.CALLEE, "b", "你好，哪位？", 1, 1, 1, null, null, null, null)));
            for (int i = 0; i < times; i++) {
                agent.respond(List.copyOf(history));
                if (history.size() >= 13) {
                    history.subList(2, history.size()).clear();
                }
                int n = history.size();
                Role who = n % 2 == 0 ? Role.CALLER : Role.CALLEE;
                history.add(new Turn(n, who, who == Role.CALLER ? "a" : "b", "好的，我明白了，请继续说。", 1, 1, 1, null, null, null, null));
            }
            return true;
        } catch (AgentException | RuntimeException | LinkageError e) {
            // only a head start: the real request does the same work if this could not
            return false;
        }
    }

    /** Answers every request with {@link #CANNED}, after the same checks the real client makes; opens no connection. */
    private static final class Canned implements HttpClientBuilder, HttpClient {
        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            // the request side has run (messages mapped, body serialised): a real first request needs nothing more of
            // the warm-up, so the command may build its own client and send; reading the canned reply (Jackson's
            // deserialisers) waits until that request is in flight, 200 ms before any real reply can need that code,
            // so that it takes no CPU from the command's last steps to it (2 cores, issue 13)
            LLM_PATH.countDown();
            if (isWarmupThread()) {
                awaitFirstRequest();
            }
            HeaderAwareHttpClient.checkChatCompletion(request.url(), 200, "application/json", CANNED);
            return SuccessfulHttpResponse.builder().statusCode(200)
                    .headers(Map.of("Content-Type", List.of("application/json"))).body(CANNED).build();
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Duration connectTimeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            return this;
        }

        @Override
        public Duration readTimeout() {
            return Duration.ofSeconds(60);
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            return this;
        }

        @Override
        public HttpClient build() {
            return this;
        }
    }
}
