package dev.rolecall.agent;

/**
 * Requests-per-minute and tokens-per-minute limits for one endpoint, shared by every call of a
 * run. Reservation model: each request takes its share at once (the bucket may go negative) and
 * waits until that share has been refilled, so waiting callers are served in arrival order and
 * the long-run rate never exceeds the limit. Requests are smooth (no burst); tokens may burst one
 * second's worth, because a single request can need many.
 */
public final class RateLimiter {

    public static final RateLimiter UNLIMITED = new RateLimiter(0, 0);

    private final double requestsPerNano;
    private final double tokensPerNano;
    private final double tokenBurst;
    private double requestCredit = 1;
    private double tokenCredit;
    private long last = System.nanoTime();

    /** @param rpm requests per minute, 0 = no limit; @param tpm tokens per minute, 0 = no limit */
    public RateLimiter(double rpm, double tpm) {
        if (rpm < 0 || tpm < 0) {
            throw new IllegalArgumentException("--rpm and --tpm must be positive (0 = no limit)");
        }
        this.requestsPerNano = rpm / 60e9;
        this.tokensPerNano = tpm / 60e9;
        this.tokenBurst = tpm / 60;
        this.tokenCredit = tokenBurst;
    }

    public boolean limited() {
        return requestsPerNano > 0 || tokensPerNano > 0;
    }

    /** Blocks until one request of about {@code estimatedTokens} may be sent. */
    public void acquire(int estimatedTokens) throws InterruptedException {
        if (!limited()) {
            return;
        }
        long waitNanos = reserve(estimatedTokens);
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    /** Corrects the token bucket once the real usage is known. */
    public synchronized void settle(int estimatedTokens, int actualTokens) {
        if (tokensPerNano > 0) {
            tokenCredit -= actualTokens - estimatedTokens;
        }
    }

    private synchronized long reserve(int tokens) {
        long now = System.nanoTime();
        long elapsed = now - last;
        last = now;
        long wait = 0;
        if (requestsPerNano > 0) {
            requestCredit = Math.min(1, requestCredit + elapsed * requestsPerNano) - 1;
            if (requestCredit < 0) {
                wait = (long) (-requestCredit / requestsPerNano);
            }
        }
        if (tokensPerNano > 0) {
            tokenCredit = Math.min(tokenBurst, tokenCredit + elapsed * tokensPerNano) - tokens;
            if (tokenCredit < 0) {
                wait = Math.max(wait, (long) (-tokenCredit / tokensPerNano));
            }
        }
        return wait;
    }
}
