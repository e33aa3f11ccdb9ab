package dev.rolecall.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Sums over the turns, so batch summaries need not re-read every turn. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Totals(int turns, long latencyMs, long durationMs, Integer promptTokens,
                     Integer completionTokens, Integer cachedTokens, int retries, int llmRequests) {}
