package dev.rolecall.export;

import java.util.List;
import java.util.Map;

/**
 * How an export went.
 *
 * @param read       calls read from the inputs
 * @param train      records written to the output
 * @param validation records written to the validation file
 * @param dropped    reason → number of calls left out
 * @param tokens     tokens per record written
 * @param warnings   what makes the data poor for training although every record is valid
 */
public record ExportResult(int read, int train, int validation, Map<String, Integer> dropped, Tokens tokens,
                           List<String> warnings) {
    /** Tokens per record, in file order, of the training and the validation file. */
    public record Tokens(String encoding, List<Integer> train, List<Integer> validation) {
        public Tokens {
            train = List.copyOf(train);
            validation = List.copyOf(validation);
        }

        public long total() {
            return train.stream().mapToLong(Integer::longValue).sum() + validation.stream().mapToLong(Integer::longValue).sum();
        }

        public int max() {
            return java.util.stream.Stream.concat(train.stream(), validation.stream()).mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    public ExportResult {
        warnings = List.copyOf(warnings);
    }

    public int kept() {
        return train + validation;
    }
}
