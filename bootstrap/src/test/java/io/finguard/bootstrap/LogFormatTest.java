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
import io.finguard.bootstrap.logging.LogFormat;
import io.finguard.bootstrap.logging.LogOutput;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The shipped logback.xml (there is no logback-test.xml) writes one JSON object per line, MDC included, or one
 * readable line per event when a command selects text (FINGUARD_LOG_FORMAT, dev's default).
 */
class LogFormatTest {

    @AfterEach
    void backToJson() {
        LogOutput.select(Map.of(), "FINGUARD_LOG_FORMAT", LogFormat.JSON);
    }

    @Test
    void aLogLineIsOneJsonObjectCarryingTheRequestId() throws Exception {
        LogOutput.select(Map.of("FINGUARD_LOG_FORMAT", "json"), "FINGUARD_LOG_FORMAT", LogFormat.TEXT);

        String line = encodeThroughTheShippedAppender();

        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("loggerName").asText()).isEqualTo("io.finguard.adapters.web.Access");
        assertThat(json.get("formattedMessage").asText()).isEqualTo("login AUTHENTICATED for +491********89");
        assertThat(json.get("mdc").get("requestId").asText()).isEqualTo("req-7f3a");
        assertThat(json.has("arguments")).isFalse();
    }

    @Test
    void devTextIsOneReadableLineWithTheShortLoggerNameAndTheRequestIdAndNoColourOffATerminal() throws Exception {
        LogOutput.select(Map.of(), "FINGUARD_LOG_FORMAT", LogFormat.TEXT);

        String line = encodeThroughTheShippedAppender();

        assertThat(line).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  web\\.Access  login AUTHENTICATED for \\+491\\*{8}89 \\[req-7f3a\\]\n");
    }

    @Test
    void theEnvironmentOverridesTheCommandsDefaultAndNoColourIsHonoured() throws Exception {
        assertThat(LogOutput.select(Map.of("FINGUARD_LOG_FORMAT", "TEXT", "NO_COLOR", "1"), "FINGUARD_LOG_FORMAT",
                LogFormat.JSON)).isEqualTo(LogFormat.TEXT);
        assertThat(encodeThroughTheShippedAppender()).doesNotContain("\u001b[").doesNotStartWith("{");
        assertThat(LogOutput.select(Map.of("FINGUARD_LOG_FORMAT", "yaml"), "FINGUARD_LOG_FORMAT", LogFormat.JSON))
                .as("an unknown value keeps the default; config refuses it").isEqualTo(LogFormat.JSON);
    }

    @SuppressWarnings("unchecked") // logback's appender lookup is untyped
    private static String encodeThroughTheShippedAppender() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console =
                (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) root.getAppender("CONSOLE");
        Encoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder = console.getEncoder();
        MDC.put("requestId", "req-7f3a");
        try {
            LoggingEvent event = new LoggingEvent(LogFormatTest.class.getName(),
                    context.getLogger("io.finguard.adapters.web.Access"), Level.INFO, "login {} for {}", null,
                    new Object[] {"AUTHENTICATED", "+491********89"});
            event.prepareForDeferredProcessing();
            return new String(encoder.encode(event), StandardCharsets.UTF_8);
        } finally {
            MDC.remove("requestId");
        }
    }
}
