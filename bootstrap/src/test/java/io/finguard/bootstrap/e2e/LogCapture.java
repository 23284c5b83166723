package io.finguard.bootstrap.e2e;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged in this JVM while the suite runs, captured from the root logger next to the console
 * appender. Each event is rendered when it is logged (message, raw arguments, MDC, throwable with its causes),
 * so the later search sees what any encoder could have written, even fields the JSON encoder leaves out.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> {
    private static final LogCapture INSTANCE = new LogCapture();
    private static boolean installed;

    private final List<String> lines = new ArrayList<>();

    private LogCapture() {
    }

    /** Attaches the capture to the root logger once per JVM; safe to call again. */
    static synchronized LogCapture install() {
        if (!installed) {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            INSTANCE.setContext(context);
            INSTANCE.setName("e2e-capture");
            INSTANCE.start();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(INSTANCE);
            installed = true;
        }
        return INSTANCE;
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder()
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
                .append(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            line.append(" args=").append(Arrays.deepToString(event.getArgumentArray()));
        }
        line.append(" mdc=").append(event.getMDCPropertyMap());
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(thrown));
        }
        lines.add(line.toString());
    }

    /** A copy of every line so far (doAppend holds the appender's lock, so copying under it is consistent). */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
