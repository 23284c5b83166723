package io.finguard.bootstrap.dev;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConsoleOtpSenderTest {

    @Test
    void printsTheCodeForTheMaskedPhoneOnOneLine() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ConsoleOtpSender sender = new ConsoleOtpSender(new PrintStream(console, true, StandardCharsets.UTF_8));

        sender.send(PhoneNumber.of("+4915123456789"), new OtpCode("402913"));

        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("[dev] code for +491********89: 402913"
                + System.lineSeparator());
    }

    @Test
    void masksTheMiddleOfTheNumberAndNothingElse() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ConsoleOtpSender sender = new ConsoleOtpSender(new PrintStream(console, true, StandardCharsets.UTF_8));

        sender.send(PhoneNumber.of("+447700900123"), new OtpCode("00712345"));

        String line = console.toString(StandardCharsets.UTF_8);
        assertThat(line).doesNotContain("447700900123", "7700900");
        assertThat(line).contains("+447", "23: ", ": 00712345");
    }

    @Test
    void neverWritesThroughTheLogger() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try {
            new ConsoleOtpSender(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .send(PhoneNumber.of("+4915123456789"), new OtpCode("402913"));
            // Control: the capture does see what is logged, so an empty result below means nothing was.
            LoggerFactory.getLogger(ConsoleOtpSender.class).info("control");
        } finally {
            root.detachAppender(captured);
        }

        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("control");
    }
}
