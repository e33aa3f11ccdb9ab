package dev.rolecall.export;

import java.util.Map;

/**
 * How an export went.
 *
 * @param read       calls read from the inputs
 * @param train      records written to the output
 * @param validation records written to the validation file
 * @param dropped    reason → number of calls left out
 */
public record ExportResult(int read, int train, int validation, Map<String, Integer> dropped) {
    public int kept() {
        return train + validation;
    }
}
