package dev.rolecall.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --debug} on every command (declared on rolecall, inherited): stack traces and rolecall's own debug log. */
public class DebugOption {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces and debug logging.")
    public void setDebug(boolean debug) {
        if (debug) {
            // slf4j hands a stand-in logger to a thread that asks while another initialises it (the LLM
            // warm-up may be): wait for that first, initialisation holds this lock
            synchronized (org.slf4j.LoggerFactory.class) {
                org.slf4j.LoggerFactory.getILoggerFactory();
            }
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.rolecall"))
                    .setLevel(ch.qos.logback.classic.Level.DEBUG);
        }
    }
}
