package io.finguard.adapters.telco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SimSwapStatus;
import io.finguard.domain.port.out.SimSwapCheck;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SimSwapCheck} over the GSMA CAMARA SIM Swap API (two-legged: the number travels in the body).
 * {@code POST {apiRoot}/check} with {@code {phoneNumber, maxAge}} (hours, 1..2400) answers {@code {swapped}}; when it
 * says swapped, {@code POST {apiRoot}/retrieve-date} dates the change ({@code latestSimChange}, RFC 3339). Every
 * request carries an OAuth2 client-credentials token and an {@code x-correlator}, and has a connect and a request
 * timeout; a circuit breaker stops calling an operator that keeps failing (5xx, 429, timeouts, no connection). Any
 * answer that is not a clear yes or no is {@code Unknown}; nothing is thrown. Logs carry status and CAMARA error code,
 * never the number, the token or the secret.
 */
public final class CamaraSimSwapCheck implements SimSwapCheck {
    private static final Logger LOG = LoggerFactory.getLogger(CamaraSimSwapCheck.class);
    private static final long MAX_AGE_HOURS = 2400;

    private final CamaraConfig config;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final ClientCredentialsTokens tokens;
    private final CircuitBreaker breaker;
    private final Clock clock;

    public CamaraSimSwapCheck(CamaraConfig config, Clock clock) {
        this(config, HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build(),
                clock);
    }

    CamaraSimSwapCheck(CamaraConfig config, HttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
        this.tokens = new ClientCredentialsTokens(config, http, json, clock);
        this.breaker = new CircuitBreaker(config.failureThreshold(), config.openFor(), clock);
    }

    /** The breaker's state, for health reporting and tests. */
    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    @Override
    public SimSwapStatus check(PhoneNumber phone, Duration maxAge) {
        if (!breaker.tryAcquire()) {
            LOG.debug("CAMARA SIM swap: breaker open, not asking");
            return new SimSwapStatus.Unknown();
        }
        try {
            SimSwapStatus status = ask(phone, maxAge);
            breaker.onSuccess();
            return status;
        } catch (CamaraFailure failure) {
            if (failure.outage()) {
                breaker.onFailure();
            } else {
                breaker.onSuccess();
            }
            LOG.warn("CAMARA SIM swap: no answer ({})", failure.getMessage());
        } catch (IOException | RuntimeException e) {
            breaker.onFailure();
            LOG.warn("CAMARA SIM swap: no answer ({})", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaker.onFailure();
        }
        return new SimSwapStatus.Unknown();
    }

    private SimSwapStatus ask(PhoneNumber phone, Duration maxAge) throws IOException, InterruptedException {
        JsonNode answer = post("/check", json.createObjectNode().put("phoneNumber", phone.e164()).put("maxAge", hours(maxAge)));
        JsonNode swapped = answer.get("swapped");
        if (swapped == null || !swapped.isBoolean()) {
            throw new CamaraFailure("/check answered without a boolean swapped", true);
        }
        return swapped.booleanValue() ? new SimSwapStatus.Swapped(latestChange(phone)) : new SimSwapStatus.NotSwapped();
    }

    /**
     * When the swap the check reported happened. Without a date (null for privacy, or the call failed) the swap is
     * taken to be now: the check already said it lies inside the window, and "now" keeps the window longest.
     */
    private Instant latestChange(PhoneNumber phone) throws InterruptedException {
        try {
            JsonNode latest = post("/retrieve-date", json.createObjectNode().put("phoneNumber", phone.e164())).get("latestSimChange");
            if (latest != null && latest.isTextual()) {
                return OffsetDateTime.parse(latest.asText()).toInstant();
            }
        } catch (CamaraFailure | IOException | DateTimeParseException e) {
            LOG.warn("CAMARA SIM swap: swapped, but no date ({}); counting from now", e.getMessage());
        }
        return clock.instant();
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.apiRoot() + path))
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + tokens.current())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("x-correlator", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 200) {
            return json.readTree(response.body());
        }
        if (status == 401) {
            tokens.invalidate();
        }
        throw new CamaraFailure(path + " answered " + status + " " + errorCode(response.body()), status >= 500 || status == 429);
    }

    /** The CAMARA ErrorInfo code ({@code {status, code, message}}), or "-" when the body is not one. */
    private String errorCode(String body) {
        try {
            JsonNode code = json.readTree(body).get("code");
            return code != null && code.isTextual() && code.asText().matches("[A-Z0-9_.]{1,64}") ? code.asText() : "-";
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }

    private static long hours(Duration maxAge) {
        long hours = (maxAge.toSeconds() + 3599) / 3600;
        return Math.max(1, Math.min(MAX_AGE_HOURS, hours));
    }
}
