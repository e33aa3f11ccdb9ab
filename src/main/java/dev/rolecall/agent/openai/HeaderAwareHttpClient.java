package dev.rolecall.agent.openai;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * langchain4j's HTTP client SPI on the JDK client, with these differences from langchain4j's own:
 * it speaks plain HTTP/1.1 (no h2c upgrade headers, which some local servers mishandle); an
 * error status keeps the {@code Retry-After} header ({@link StatusException}) so rolecall's retry
 * loop can honour it; the whole exchange, body included, has the timeout as its deadline and the
 * body a size limit; a 200 that is not a chat completion (HTML, bad JSON, no choices) is a
 * {@link BadResponseException} naming what came back; and the base URL's own query string
 * (Azure's {@code api-version}/{@code api-key}) goes on every request. Streaming is not used by rolecall.
 */
final class HeaderAwareHttpClient implements HttpClient {
    private final java.net.http.HttpClient client;
    private final Duration readTimeout;
    private final String query;

    private HeaderAwareHttpClient(Duration connectTimeout, Duration readTimeout, String query) {
        this.query = query;
        this.client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).build();
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(withQuery(request.url())))
                .timeout(readTimeout)
                .method(request.method().name(), request.body() == null
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        HttpResponse<String> response;
        // the JDK's request timeout stops at the response headers: a server that sends headers and then
        // trickles (or never finishes) the body would hold the call forever, so the whole exchange has a deadline
        CompletableFuture<HttpResponse<String>> future = client.sendAsync(b.build(), LimitedBody.handler(MAX_BODY_BYTES));
        try {
            response = future.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            future.cancel(true);
            throw new TimeoutException(new HttpTimeoutException("no complete response within " + readTimeout.toSeconds()
                    + " s (--timeout)"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException t) {
                throw new TimeoutException(t);
            }
            if (cause instanceof BadResponseException bad) {
                throw bad;
            }
            throw new RuntimeException(cause instanceof IOException ? cause : new IOException(cause));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
        Map<String, List<String>> headers = response.headers().map();
        if (response.statusCode() >= 400) {
            throw new StatusException(response.statusCode(), clip(response.body(), 2000),
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        checkChatCompletion(request.url(), response);
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(headers)
                .body(response.body()).build();
    }

    /** Bodies larger than this are refused (a chat completion is a few KB; 8 MB is far beyond any real one). */
    static final int MAX_BODY_BYTES = 8 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A 200 from a chat completion must be a JSON object with at least one choice. langchain4j would
     * otherwise fail deep inside with an exception that names neither the endpoint nor the problem
     * (an HTML login page, a proxy's error page, a truncated body, {@code "choices":[]}).
     */
    static void checkChatCompletion(String url, HttpResponse<String> response) {
        if (!url.contains("chat/completions")) {
            return;
        }
        String body = response.body() == null ? "" : response.body();
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        JsonNode json;
        try {
            json = body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new BadResponseException("HTTP " + response.statusCode() + " but the body is not a chat completion in JSON ("
                    + type + ", " + body.length() + " chars" + (body.isBlank() ? "" : ", starts '" + clip(body, 40) + "'")
                    + "); is --base-url the API (usually ending in /v1) rather than a web page or proxy?");
        }
        JsonNode choices = json.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw new BadResponseException("HTTP " + response.statusCode() + " with no choices in the reply"
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
