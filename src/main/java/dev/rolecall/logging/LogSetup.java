package dev.rolecall.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Context;
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
        Stderr stderr = new Stderr();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.ERROR);
        root.addAppender(stderr);
        context.getLogger("dev.rolecall").setLevel(Level.toLevel(level(), Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The console appender and its pattern, built at the first event that reaches them: a run that logs nothing
     * (the usual one: libraries only speak on errors) never builds them. PatternLayout's registry of converters
     * spins some 60 lambdas and its pattern is parsed and compiled, about 30 ms of CPU in the LLM warm-up before a
     * batch's first request (issue 13). Events go through {@link AppenderBase#doAppend}, which holds this appender's
     * lock, so the console appender is built once.
     */
    static final class Stderr extends AppenderBase<ILoggingEvent> {
        private ConsoleAppender<ILoggingEvent> console;

        @Override
        protected void append(ILoggingEvent event) {
            if (console == null) {
                console = console(getContext());
            }
            console.doAppend(event);
        }

        @Override
        public void stop() {
            if (console != null) {
                console.stop();
            }
            super.stop();
        }

        private static ConsoleAppender<ILoggingEvent> console(Context context) {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern(PATTERN);
            encoder.start();
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setContext(context);
            console.setName("STDERR");
            console.setTarget("System.err");
            console.setEncoder(encoder);
            console.start();
            return console;
        }
    }

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    /** ${ROLECALL_LOG_LEVEL:-WARN}, as logback.xml said it: a system property first, then the environment. */
    static String level() {
        String v = System.getProperty("ROLECALL_LOG_LEVEL");
        if (v == null) {
            v = System.getenv("ROLECALL_LOG_LEVEL");
        }
        return v == null || v.isBlank() ? "WARN" : v.trim();
    }
}
