package io.finguard.bootstrap.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * The encoder of logback.xml's console appender: JSON lines until a command selects otherwise through
 * {@link LogOutput}. Logback is configured before the command line is read, so the format is switched here rather
 * than by reconfiguring logback.
 */
public final class SwitchableEncoder extends EncoderBase<ILoggingEvent> {
    private static volatile LogFormat format = LogFormat.JSON;
    private static volatile boolean colours;

    private final JsonEncoder json = new JsonEncoder();

    static void use(LogFormat chosen, boolean withColours) {
        format = chosen;
        colours = withColours;
    }

    @Override
    public void start() {
        json.setContext(getContext());
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.setWithContext(false);
        json.setWithMessage(false);
        json.setWithArguments(false);
        json.setWithFormattedMessage(true);
        json.setWithMDC(true);
        json.setWithThrowable(true);
        json.start();
        super.start();
    }

    @Override
    public void stop() {
        json.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return switch (format) {
            case JSON -> json.encode(event);
            case TEXT -> TextLine.of(event, colours).getBytes(StandardCharsets.UTF_8);
        };
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
