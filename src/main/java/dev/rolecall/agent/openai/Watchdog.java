package dev.rolecall.agent.openai;

import dev.langchain4j.exception.TimeoutException;
import java.net.HttpURLConnection;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds blocking HTTP exchanges from outside: one daemon thread (started on first use, asleep while
 * nothing is in flight) checks the exchanges in flight every {@value #TICK_MS} ms and closes the
 * connection of one that has passed its deadline (a body that trickles never trips a per-read
 * timeout) or whose thread was interrupted (Ctrl-C: socket reads ignore interrupts). The exchange's
 * own thread then sees its I/O fail and {@link Exchange#checkAborted()} says which of the two it was.
 * Waiting for the response headers, that is at once; once the body is being read, closing waits for
 * the read in progress (a server that trickles is closed between two bytes; one that falls silent
 * in the middle of a body trips the per-read timeout, at most {@code --timeout} later).
 * Being a daemon that waits in Java, not in native code, it never delays the JVM's exit.
 */
final class Watchdog {
    static final long TICK_MS = 20;

    private static final Set<Exchange> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final Object LOCK = new Object();
    private static Thread thread;

    private Watchdog() {}

    /** One exchange from now until {@link Exchange#end()}, with {@code timeout} as its deadline. */
    static Exchange start(Duration timeout) {
        Exchange e = new Exchange(Thread.currentThread(), timeout);
        IN_FLIGHT.add(e);
        synchronized (LOCK) {
            if (thread == null) {
                thread = new Thread(Watchdog::loop, "rolecall-http-watchdog");
                thread.setDaemon(true);
                thread.start();
            }
            LOCK.notifyAll();
        }
        return e;
    }

    private static void loop() {
        while (true) {
            try {
                synchronized (LOCK) {
                    while (IN_FLIGHT.isEmpty()) {
                        LOCK.wait();
                    }
                }
                Thread.sleep(TICK_MS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Exchange e : IN_FLIGHT) {
                if (now - e.deadline > 0) {
                    e.abort(Exchange.TIMED_OUT);
                } else if (e.owner.isInterrupted()) {
                    e.abort(Exchange.INTERRUPTED);
                }
            }
        }
    }

    static final class Exchange {
        static final int TIMED_OUT = 1;
        static final int INTERRUPTED = 2;

        private final Thread owner;
        private final long deadline;
        private final Duration timeout;
        private volatile HttpURLConnection connection;
        private volatile int aborted;
        private volatile boolean ended;

        private Exchange(Thread owner, Duration timeout) {
            this.owner = owner;
            this.timeout = timeout;
            this.deadline = System.nanoTime() + timeout.toNanos();
        }

        void attach(HttpURLConnection c) {
            connection = c;
            if (aborted != 0) {
                c.disconnect();
            }
        }

        private void abort(int why) {
            if (aborted == 0 && !ended) {
                aborted = why;
                HttpURLConnection c = connection;
                if (c != null) {
                    // while the body is being read, disconnect() waits for the read in progress to return (the
                    // stream's lock): on a thread of its own, so the watchdog keeps watching the other exchanges
                    Thread closer = new Thread(c::disconnect, "rolecall-http-abort");
                    closer.setDaemon(true);
                    closer.start();
                }
            }
        }

        /** Throws what the exchange ended as if the watchdog closed it; returns when it did not. */
        void checkAborted() {
            if (aborted == TIMED_OUT) {
                throw new TimeoutException(new HttpTimeoutException("no complete response within " + timeout.toSeconds()
                        + " s (--timeout)"));
            }
            if (aborted == INTERRUPTED) {
                throw new RuntimeException(new InterruptedException("interrupted"));
            }
        }

        void end() {
            ended = true;
            IN_FLIGHT.remove(this);
        }
    }
}
