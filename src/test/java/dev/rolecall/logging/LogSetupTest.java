package dev.rolecall.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stderr appender is built at the first event and writes what the pattern layout writes. */
class LogSetupTest {
    @Test
    void linesAreThePatternsAndOnlyWhatTheLevelsLetThrough() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's service provider sets it
        new LogSetup().configure(context);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(seen);
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(LogSetup.PATTERN);
        layout.start();

        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            context.getLogger("dev.langchain4j.model.openai.OpenAiChatModel").warn("retrying"); // root: ERROR
            context.getLogger("dev.rolecall.batch.BatchRunner").info("started"); // dev.rolecall: WARN
            context.getLogger("dev.rolecall.batch.BatchRunner").warn("call {} failed", 7);
            Logger lib = context.getLogger("dev.langchain4j.http.client.HttpClient");
            lib.error("request failed", new IllegalStateException("boom", new RuntimeException("cause")));
        } finally {
            System.setErr(saved);
        }

        assertThat(seen.list).hasSize(2);
        String expected = layout.doLayout(seen.list.get(0)) + layout.doLayout(seen.list.get(1));
        String written = err.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(expected);
        assertThat(written).matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  d\\.r\\.b\\.BatchRunner - call 7 failed\\R"
                + "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR d\\.l\\.h\\.c\\.HttpClient - request failed\\R"
                + "java\\.lang\\.IllegalStateException: boom\\R\\tat .*Caused by: java\\.lang\\.RuntimeException: cause\\R.*");
        context.stop();
    }
}
