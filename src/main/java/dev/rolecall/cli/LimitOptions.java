package dev.rolecall.cli;

import dev.rolecall.agent.RateLimiter;
import dev.rolecall.project.Endpoint;
import picocli.CommandLine.Option;

/** Endpoint rate limits shared by every call of a run. */
public class LimitOptions {
    @Option(names = "--rpm", paramLabel = "N", defaultValue = "0", description = "Max requests per minute to the endpoint (0 = no limit).") double rpm;

    @Option(names = "--tpm", paramLabel = "N", defaultValue = "0", description = "Max tokens per minute to the endpoint (0 = no limit).") double tpm;

    RateLimiter limiter() {
        return rpm == 0 && tpm == 0 ? RateLimiter.UNLIMITED : new RateLimiter(rpm, tpm);
    }

    /** A named endpoint's own limits when rolecall.yaml gives them, else these flags'. */
    RateLimiter limiter(Endpoint e) {
        if (e == null || (e.rpm() == null && e.tpm() == null)) {
            return limiter();
        }
        return new RateLimiter(e.rpm() == null ? 0 : e.rpm(), e.tpm() == null ? 0 : e.tpm());
    }
}
