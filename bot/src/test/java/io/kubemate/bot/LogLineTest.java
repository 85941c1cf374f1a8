package io.kubemate.bot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log line is the one the pattern it replaces wrote, stack trace included. */
class LogLineTest {

    private final LoggerContext context = new LoggerContext();

    private String pattern(LoggingEvent event) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        layout.start();
        return layout.doLayout(event);
    }

    private String line(LoggingEvent event) {
        LogLine layout = new LogLine();
        layout.setContext(context);
        layout.start();
        return layout.doLayout(event);
    }

    private LoggingEvent event(Level level, String logger, String message, Throwable thrown, Object... args) {
        LoggingEvent event = new LoggingEvent("fqcn", context.getLogger(logger), level, message, thrown, args);
        event.setInstant(Instant.parse("2026-12-04T03:19:01.042Z"));
        return event;
    }

    @Test
    void writes_what_the_pattern_wrote() {
        for (LoggingEvent event : new LoggingEvent[]{
                event(Level.INFO, "io.kubemate.bot.cli.ServeCommand", "Kubemate ChatOps console at {}", null, "http://localhost:8080"),
                event(Level.WARN, "io.fabric8.kubernetes.client.dsl.internal.VersionUsageUtils", "unstable version", null),
                event(Level.ERROR, "Main", "短消息", null),
                event(Level.DEBUG, "io.micronaut.context.env.DefaultEnvironment", "x", null)}) {
            assertEquals(pattern(event), line(event));
        }
    }

    @Test
    void an_exception_is_followed_by_its_stack_trace() {
        LoggingEvent event = event(Level.ERROR, "io.kubemate.bot.chat.ChatService", "failed", new IllegalStateException("boom"));
        String line = line(event);
        assertTrue(line.startsWith(pattern(event).stripTrailing().split("\n")[0]), line);
        assertTrue(line.contains("java.lang.IllegalStateException: boom"), line);
        assertTrue(line.contains("at io.kubemate.bot.LogLineTest"), line);
    }
}
