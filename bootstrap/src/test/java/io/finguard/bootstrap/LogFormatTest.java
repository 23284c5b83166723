package io.finguard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The shipped logback.xml (there is no logback-test.xml) writes one JSON object per line, MDC included. */
class LogFormatTest {

    @Test
    @SuppressWarnings("unchecked") // logback's appender lookup is untyped
    void aLogLineIsOneJsonObjectCarryingTheRequestId() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console =
                (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) root.getAppender("CONSOLE");
        Encoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder = console.getEncoder();

        String line;
        MDC.put("requestId", "req-7f3a");
        try {
            LoggingEvent event = new LoggingEvent(LogFormatTest.class.getName(),
                    context.getLogger("io.finguard.adapters.web.Access"), Level.INFO, "login {} for {}", null,
                    new Object[] {"AUTHENTICATED", "+491********89"});
            event.prepareForDeferredProcessing();
            line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        } finally {
            MDC.remove("requestId");
        }

        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("loggerName").asText()).isEqualTo("io.finguard.adapters.web.Access");
        assertThat(json.get("formattedMessage").asText()).isEqualTo("login AUTHENTICATED for +491********89");
        assertThat(json.get("mdc").get("requestId").asText()).isEqualTo("req-7f3a");
        assertThat(json.has("arguments")).isFalse();
    }
}
