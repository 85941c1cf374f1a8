package io.kubemate.bot;

import ch.qos.logback.classic.pattern.Abbreviator;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line per event, as the pattern {@code %d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n} writes it, followed by
 * the stack trace of an exception when the event has one. Not a {@code PatternLayout}: that class registers some fifty
 * converters, each a lambda the JVM links at its first use, ~0.1 s of every start before anything else can run.
 */
final class LogLine extends LayoutBase<ILoggingEvent> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Abbreviator loggerName = new TargetLengthBasedClassNameAbbreviator(24);
    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    public String doLayout(ILoggingEvent event) {
        String level = event.getLevel().toString();
        StringBuilder line = new StringBuilder(128)
                .append(TIME.format(LocalTime.ofInstant(event.getInstant(), zone))).append(' ')
                .append(level).append(" ".repeat(Math.max(0, 5 - level.length()))).append(' ')
                .append(loggerName.abbreviate(event.getLoggerName())).append(" - ")
                .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown));
        }
        return line.toString();
    }
}
