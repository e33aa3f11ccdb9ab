package dev.rolecall.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import org.slf4j.Logger;

/**
 * rolecall's logging, set up in code (found by logback through {@code META-INF/services}) rather
 * than from a {@code logback.xml}: parsing XML through Joran cost about a quarter of a second at
 * every start (issue 13). Without any configuration logback logs at DEBUG. rolecall prints its own
 * one-line messages: libraries only speak on errors; {@code ROLECALL_LOG_LEVEL} (a system property
 * or the environment, default WARN) or {@code --debug} sets the level of rolecall itself.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getStatusManager().add(new NopStatusListener());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.ERROR);
        root.addAppender(stderr);
        context.getLogger("dev.rolecall").setLevel(Level.toLevel(level(), Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** ${ROLECALL_LOG_LEVEL:-WARN}, as logback.xml said it: a system property first, then the environment. */
    static String level() {
        String v = System.getProperty("ROLECALL_LOG_LEVEL");
        if (v == null) {
            v = System.getenv("ROLECALL_LOG_LEVEL");
        }
        return v == null || v.isBlank() ? "WARN" : v.trim();
    }
}
