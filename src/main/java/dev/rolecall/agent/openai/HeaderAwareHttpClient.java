package dev.rolecall.agent.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * langchain4j's HTTP client SPI on the JDK's blocking {@link HttpURLConnection}, with these differences
 * from langchain4j's own: it speaks plain HTTP/1.1 (no h2c upgrade headers, which some local servers
 * mishandle); an error status keeps the {@code Retry-After} header ({@link StatusException}) so
 * rolecall's retry loop can honour it; the whole exchange, body included, has the timeout as its
 * deadline and the body a size limit; a 200 that is not a chat completion (HTML, bad JSON, no
 * choices) is a {@link BadResponseException} naming what came back; a body cut short of its
 * Content-Length is a lost connection; redirects are not followed; and the base URL's own query
 * string (Azure's {@code api-version}/{@code api-key}) goes on every request. Streaming is not used
 * by rolecall.
 *
 * <p>Why not {@code java.net.http.HttpClient} (measured, issue 13): each exchange there hops between
 * the calling thread, a selector thread and an executor (about 4 ms a request on 2 busy cores),
 * building one initialises TLS even for http://, and its selector thread sits in native code, which
 * makes every JVM exit wait 300 ms for it. Here the request runs on the calling thread and the JDK
 * pools keep-alive connections. Blocking socket I/O ignores {@link Thread#interrupt()} and a per-read
 * timeout cannot bound a body that trickles, so one shared daemon {@link Watchdog} closes an exchange
 * that passes its deadline or whose thread was interrupted.
 */
final class HeaderAwareHttpClient implements HttpClient {
    static {
        // the JDK keeps at most 5 idle keep-alive connections per server by default; a batch runs up to C at once
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "1024");
        }
        // closing a connection whose body was not read to the end (an exchange the watchdog ends) closes the
        // socket; by default the JDK hands it to a background thread that drains up to 512 KB to reuse it, which
        // a server trickling bytes keeps busy forever, holding the stream's lock
        if (System.getProperty("http.KeepAlive.remainingData") == null) {
            System.setProperty("http.KeepAlive.remainingData", "0");
        }
        // a POST whose body is sent from a buffer (see FRESH) is never re-sent by the JDK behind our back when the
        // server closes the connection without answering: our retry policy decides, and counts the request
        System.setProperty("sun.net.http.retryPost", "false");
    }

    /**
     * A body is sent in fixed-length streaming mode only when the pooled connection may be stale: for a streaming
     * POST the JDK first probes a kept-alive connection with a 1 ms read timeout (about 1.3 ms every request,
     * measured, the largest part of the client's share of each step, issue 13). The pool hands out the connection
     * put back last, so when an exchange with the same server ended less than half a second ago, that connection has
     * been idle for less than that, far below any server's keep-alive timeout (seconds), and the probe is skipped.
     * (Requests that take connections at the same moment may get older ones, which the JDK keeps at most 5 s; one a
     * server closed meanwhile fails its request as a connection error, which rolecall retries and counts. The JDK
     * itself never re-sends it: sun.net.http.retryPost is false. A server where that happens once, e.g. one that
     * closes every connection right after answering, is probed on every request from then on, as before.)
     */
    static final long FRESH_NANOS = 500_000_000L;
    /** When an exchange with each server (scheme://host:port) last left its connection to the pool. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Long> LAST_DONE = new java.util.concurrent.ConcurrentHashMap<>();
    /** Servers where an unprobed request failed on the connection: always probed. */
    private static final java.util.Set<String> PROBE_ALWAYS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final int connectTimeoutMs;
    private final Duration readTimeout;
    private final String query;

    private HeaderAwareHttpClient(Duration connectTimeout, Duration readTimeout, String query) {
        this.query = query;
        this.connectTimeoutMs = (int) Math.min(Integer.MAX_VALUE, Math.max(1, connectTimeout.toMillis()));
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        if (Thread.currentThread().isInterrupted()) {
            throw new RuntimeException(new InterruptedException("interrupted before the request"));
        }
        Watchdog.Exchange exchange = Watchdog.start(readTimeout);
        String server = null;
        boolean unprobed = false;
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(withQuery(request.url())).toURL().openConnection();
            exchange.attach(c);
            c.setConnectTimeout(connectTimeoutMs);
            c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, readTimeout.toMillis())));
            c.setUseCaches(false);
            c.setInstanceFollowRedirects(false);
            c.setRequestMethod(request.method().name());
            boolean accept = false;
            for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
                accept |= h.getKey().equalsIgnoreCase("Accept");
                for (String v : h.getValue()) {
                    c.addRequestProperty(h.getKey(), v);
                }
            }
            if (!accept) {
                // else HttpURLConnection sends its own browser-like default
                c.setRequestProperty("Accept", "application/json");
            }
            server = server(c.getURL());
            if (request.body() != null) {
                byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
                c.setDoOutput(true);
                Long last = LAST_DONE.get(server);
                unprobed = last != null && System.nanoTime() - last <= FRESH_NANOS && !PROBE_ALWAYS.contains(server);
                if (!unprobed) {
                    // fixed length: sent as is, and never re-sent behind our back (one LLM call per request); the
                    // JDK checks first that a kept-alive connection is still open
                    c.setFixedLengthStreamingMode(body.length);
                }
                try (OutputStream os = c.getOutputStream()) {
                    os.write(body);
                }
            }
            Warmup.requestSent(); // sent (or, from a buffer, about to be): start-up work put off till now may run
            int status = c.getResponseCode();
            String text = readBody(c, status);
            exchange.checkAborted();
            LAST_DONE.put(server, System.nanoTime());
            if (status >= 400) {
                throw new StatusException(status, clip(text, 2000), retryAfter(c.getHeaderField("Retry-After")));
            }
            String type = c.getContentType();
            checkChatCompletion(request.url(), status, type, text);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            c.getHeaderFields().forEach((k, v) -> {
                if (k != null) {
                    headers.put(k, v);
                }
            });
            return SuccessfulHttpResponse.builder().statusCode(status).headers(headers).body(text).build();
        } catch (IOException e) {
            exchange.checkAborted(); // closed by the watchdog: say why
            if (unprobed && !(e instanceof SocketTimeoutException)) {
                PROBE_ALWAYS.add(server);
            }
            if (e instanceof SocketTimeoutException) {
                HttpTimeoutException t = new HttpTimeoutException("request timed out (" + e.getMessage() + ")");
                t.initCause(e);
                throw new TimeoutException(t);
            }
            throw new RuntimeException(e);
        } finally {
            exchange.end();
        }
    }

    /** The body as UTF-8 text, at most {@link #MAX_BODY_BYTES}; a body shorter than its Content-Length is a lost connection. */
    private static String readBody(HttpURLConnection c, int status) throws IOException {
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in == null) {
            return "";
        }
        long declared = c.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            c.disconnect();
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 4096);
        byte[] buf = new byte[16384];
        try (in) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BODY_BYTES) {
                    c.disconnect();
                    throw tooLarge();
                }
            }
        }
        if (declared >= 0 && out.size() < declared) {
            throw new IOException("connection closed after " + out.size() + " of " + declared + " body bytes");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static BadResponseException tooLarge() {
        return new BadResponseException("the response body is over " + (MAX_BODY_BYTES >> 20)
                + " MB; no chat completion is that large, is --base-url an API endpoint?");
    }

    /** Bodies larger than this are refused (a chat completion is a few KB; 8 MB is far beyond any real one). */
    static final int MAX_BODY_BYTES = 8 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A 200 from a chat completion must be a JSON object with at least one choice. langchain4j would
     * otherwise fail deep inside with an exception that names neither the endpoint nor the problem
     * (an HTML login page, a proxy's error page, a truncated body, {@code "choices":[]}).
     */
    static void checkChatCompletion(String url, int status, String contentType, String body) {
        if (!url.contains("chat/completions")) {
            return;
        }
        body = body == null ? "" : body;
        String type = contentType == null ? "no content type" : contentType;
        JsonNode json;
        try {
            json = body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new BadResponseException("HTTP " + status + " but the body is not a chat completion in JSON ("
                    + type + ", " + body.length() + " chars" + (body.isBlank() ? "" : ", starts '" + clip(body, 40) + "'")
                    + "); is --base-url the API (usually ending in /v1) rather than a web page or proxy?");
        }
        JsonNode choices = json.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw new BadResponseException("HTTP " + status + " with no choices in the reply"
                    + (json.has("error") ? " (error: " + clip(json.get("error").toString(), 120) + ")" : "")
                    + "; the server answered but produced no message");
        }
    }

    /** One line, at most {@code max} characters. */
    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > max ? one.substring(0, max) + "…" : one;
    }

    private static String server(java.net.URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + (url.getPort() < 0 ? url.getDefaultPort() : url.getPort());
    }

    /** The endpoint's own query (e.g. Azure's {@code api-version}, {@code api-key}) on every request URL. */
    String withQuery(String url) {
        if (query == null) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + query;
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("rolecall does not stream");
    }

    /** Seconds as an integer (the common form); HTTP dates are rare from LLM APIs and ignored. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(header.trim());
            return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private String query;

        /** A query string (without '?') appended to every request URL; null for none. */
        Builder query(String query) {
            this.query = query;
            return this;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            if (timeout != null) {
                this.connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            if (timeout != null) {
                this.readTimeout = timeout;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            return new HeaderAwareHttpClient(connectTimeout, readTimeout, query);
        }
    }
}
