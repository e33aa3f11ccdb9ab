package dev.rolecall.agent.openai;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.AgentException.Kind;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Classifies what langchain4j threw, and words it as one line a user can act on. */
final class Failures {
    private Failures() {}

    static Kind kind(Throwable e) {
        int status = status(e);
        if (e instanceof AuthenticationException || status == 401 || status == 403) {
            return Kind.AUTH;
        }
        if (e instanceof ModelNotFoundException || status == 404) {
            return Kind.NOT_FOUND;
        }
        if (e instanceof RateLimitException || status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (e instanceof InternalServerException || status >= 500) {
            return Kind.SERVER;
        }
        if (e instanceof InvalidRequestException || (status >= 400 && status < 500)) {
            return Kind.BAD_REQUEST;
        }
        if (has(e, BadResponseException.class)) {
            return Kind.OTHER;
        }
        if (e instanceof TimeoutException || has(e, HttpTimeoutException.class)) {
            return Kind.TIMEOUT;
        }
        if (has(e, ConnectException.class) || has(e, UnknownHostException.class) || has(e, java.io.IOException.class)) {
            return Kind.CONNECTION;
        }
        return Kind.OTHER;
    }

    static boolean retryable(Throwable e) {
        Kind k = kind(e);
        return k == Kind.RATE_LIMITED || k == Kind.SERVER || k == Kind.TIMEOUT || k == Kind.CONNECTION;
    }

    /** The server's Retry-After, if the failure carried one. */
    static Duration retryAfter(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StatusException s) {
                return s.retryAfter();
            }
        }
        return null;
    }

    static AgentException toAgentException(Throwable e, EndpointConfig endpoint, String model, int requests) {
        Kind kind = kind(e);
        int status = status(e);
        String url = endpoint.displayUrl();
        String tries = requests > 1 ? " after " + requests + " attempts" : "";
        String message = switch (kind) {
            case AUTH -> url + ": " + status + " unauthorized; check the key in $" + endpoint.apiKeyEnv()
                    + (endpoint.hasKey() ? "" : " (it is not set)") + " or pick another with --api-key-env";
            case NOT_FOUND -> url + ": 404 not found for model '" + model + "'; check --model/--caller-model/--callee-model"
                    + " and that --base-url ends in /v1 (or the provider's equivalent)";
            case BAD_REQUEST -> url + ": " + status + " bad request for model '" + model + "' (" + brief(e)
                    + "); check --max-tokens, --temperature and the model name";
            case RATE_LIMITED -> url + ": 429 rate limited" + tries + "; lower --concurrency, set --rpm/--tpm, or raise --max-retries";
            case SERVER -> url + ": server error " + status + tries + "; try again later or raise --max-retries";
            case TIMEOUT -> url + ": no answer within the timeout" + tries + "; raise --timeout or check the server";
            case CONNECTION -> has(e, ConnectException.class) || has(e, UnknownHostException.class)
                    ? url + ": cannot connect (" + brief(e) + ")" + tries + "; is the server running? check --base-url"
                    : url + ": connection lost before the reply was complete (" + brief(e) + ")" + tries
                    + "; check the server, or a proxy in between";
            case OTHER -> badResponse(e) != null ? url + ": " + badResponse(e).getMessage()
                    : url + ": request failed (" + brief(e) + ")";
        };
        return new AgentException(kind, redact(message, endpoint), requests, e);
    }

    /**
     * Belt and braces: a key echoed back in an error body, or a URL with credentials in an
     * exception message, must not reach the terminal or a transcript.
     */
    static String redact(String text, EndpointConfig endpoint) {
        // a very short "key" (a placeholder like x) would mangle ordinary words; real keys are long
        String out = endpoint.hasKey() && endpoint.apiKey().length() >= 8 ? text.replace(endpoint.apiKey(), "***") : text;
        return dev.rolecall.text.Redact.text(out);
    }

    private static BadResponseException badResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadResponseException b) {
                return b;
            }
        }
        return null;
    }

    private static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                return h.statusCode();
            }
        }
        return -1;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String brief(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String text = root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        text = text.replaceAll("\\s+", " ");
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
