package io.finguard.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One readable line per event: {@code 15:58:10.123 INFO  web.Access  login AUTHENTICATED [req-7f3a]}. */
final class TextLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[2m";

    private TextLine() {
    }

    static String of(ILoggingEvent event, boolean colours) {
        StringBuilder line = new StringBuilder(160);
        paint(line, colours, DIM, TIME.format(Instant.ofEpochMilli(event.getTimeStamp())));
        line.append(' ');
        paint(line, colours, levelColour(event.getLevel()), String.format("%-5s", event.getLevel()));
        line.append(' ');
        paint(line, colours, DIM, shortName(event.getLoggerName()));
        line.append("  ").append(event.getFormattedMessage());
        String requestId = event.getMDCPropertyMap().get("requestId");
        if (requestId != null) {
            line.append(' ');
            paint(line, colours, DIM, "[" + requestId + "]");
        }
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            line.append("\n    caused by ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return line.append('\n').toString();
    }

    /** {@code io.finguard.adapters.web.Access} -> {@code web.Access}: the last two segments say enough. */
    static String shortName(String logger) {
        int last = logger.lastIndexOf('.');
        int previous = last > 0 ? logger.lastIndexOf('.', last - 1) : -1;
        return logger.substring(previous + 1);
    }

    private static String levelColour(Level level) {
        return switch (level.toInt()) {
            case Level.ERROR_INT -> "\u001b[31m";
            case Level.WARN_INT -> "\u001b[33m";
            case Level.INFO_INT -> "\u001b[32m";
            default -> DIM;
        };
    }

    private static void paint(StringBuilder line, boolean colours, String colour, String text) {
        if (colours) {
            line.append(colour).append(text).append(RESET);
        } else {
            line.append(text);
        }
    }
}
