package dev.rolecall.agent;

/**
 * An agent could not produce a reply. The message is one line a user can act on: it names the
 * endpoint and what to do, never the key.
 */
public class AgentException extends Exception {

    public enum Kind {
        /** 401/403: wrong or missing key. Fatal for a batch. */
        AUTH(true),
        /** 404: wrong model name or base URL path. Fatal for a batch. */
        NOT_FOUND(true),
        /** 400: the endpoint rejected the request as malformed (e.g. max tokens too high). Fatal. */
        BAD_REQUEST(true),
        /** 429 after the retries. */
        RATE_LIMITED(false),
        /** 5xx after the retries. */
        SERVER(false),
        /** No answer in time, after the retries. */
        TIMEOUT(false),
        /** Refused, reset or unknown host, after the retries. */
        CONNECTION(false),
        /** Anything else; kept for what we did not foresee. */
        OTHER(false);

        private final boolean fatal;

        Kind(boolean fatal) {
            this.fatal = fatal;
        }

        /** Fatal kinds would fail the same way on every call: a batch aborts instead of retrying. */
        public boolean fatal() {
            return fatal;
        }
    }

    private final Kind kind;
    private final int requests;

    public AgentException(Kind kind, String message, int requests, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.requests = requests;
    }

    public Kind kind() {
        return kind;
    }

    /** Chat requests spent before giving up, retries included. */
    public int requests() {
        return requests;
    }
}
