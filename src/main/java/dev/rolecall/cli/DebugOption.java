package dev.rolecall.cli;

import picocli.CommandLine.Option;

/** {@code --debug} on every command: stack traces and rolecall's own debug log. */
public class DebugOption {
    @Option(names = "--debug", description = "Print stack traces and debug logging.")
    public void setDebug(boolean debug) {
        if (debug) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.rolecall"))
                    .setLevel(ch.qos.logback.classic.Level.DEBUG);
        }
    }
}
