package dev.rolecall.orchestrator;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Call ids that sort by start time and still say which seed they ran: {@code 20261124-114233-s42-9f3a}. */
final class CallIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private CallIds() {}

    static String next(long seed) {
        return LocalDateTime.now().format(STAMP) + "-s" + seed + "-"
                + Integer.toHexString(0x10000 + ThreadLocalRandom.current().nextInt(0xF0000)).substring(1);
    }
}
