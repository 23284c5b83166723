package io.finguard.bootstrap.config;

import io.finguard.adapters.telco.StubSimSwapCheck;
import io.finguard.bootstrap.config.PhoneSignalConfig.SimSwapProvider;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Reads {@link PhoneSignalConfig}: dormancy, the SIM-swap window and cache, and the network that answers. */
final class PhoneSignalReader {
    private static final String DEFAULT_SCOPE = "sim-swap:check sim-swap:retrieve-date";

    private PhoneSignalReader() {
    }

    static PhoneSignalConfig read(EnvironmentReader in) {
        Integer dormancyDays = in.integer(Setting.DORMANCY_DAYS, 180, 1, 3650, "a dormant account is one unused this long");
        Integer windowHours = in.integer(Setting.SIM_SWAP_WINDOW_HOURS, 72, 1, 2400, "CAMARA's maxAge is 1..2400 hours");
        Integer cacheSeconds = in.integer(Setting.SIM_SWAP_CACHE_SECONDS, 60, 0, 3600, "answers go stale");
        SimSwapProvider provider = provider(in);
        if (dormancyDays == null || windowHours == null || cacheSeconds == null || provider == null) {
            return null;
        }
        return new PhoneSignalConfig(Duration.ofDays(dormancyDays), Duration.ofHours(windowHours), Duration.ofSeconds(cacheSeconds),
                provider);
    }

    private static SimSwapProvider provider(EnvironmentReader in) {
        String name = in.orDefault(Setting.SIM_SWAP_PROVIDER, in.mode() == Mode.DEV ? "stub" : "none");
        Optional<String> answers = in.optional(Setting.DEV_SIM_SWAP_ANSWERS);
        return switch (name) {
            case "none" -> new SimSwapProvider.None();
            case "camara" -> camara(in);
            case "stub" -> {
                if (in.mode() == Mode.SERVE) {
                    in.problem(Setting.SIM_SWAP_PROVIDER, "stub is for dev only; serve takes camara or none");
                    yield null;
                }
                try {
                    StubSimSwapCheck.parse(answers.orElse(""), Clock.systemUTC());
                } catch (IllegalArgumentException e) {
                    in.problem(Setting.DEV_SIM_SWAP_ANSWERS, e.getMessage());
                    yield null;
                }
                yield new SimSwapProvider.Stub(answers.orElse(""));
            }
            default -> {
                in.problem(Setting.SIM_SWAP_PROVIDER, "'" + name + "' is none of camara, none" + (in.mode() == Mode.DEV ? ", stub" : ""));
                yield null;
            }
        };
    }

    private static SimSwapProvider camara(EnvironmentReader in) {
        URI apiRoot = url(in, Setting.SIM_SWAP_CAMARA_API_ROOT, "e.g. https://api.operator.example/sim-swap/v1");
        URI tokenUrl = url(in, Setting.SIM_SWAP_CAMARA_TOKEN_URL, "e.g. https://auth.operator.example/oauth2/token");
        String clientId = in.required(Setting.SIM_SWAP_CAMARA_CLIENT_ID, "the OAuth2 client id the operator gave");
        String secretText = in.required(Setting.SIM_SWAP_CAMARA_CLIENT_SECRET, "the OAuth2 client secret the operator gave");
        boolean exampleSecret = secretText != null && in.refusedAsExample(Setting.SIM_SWAP_CAMARA_CLIENT_SECRET, secretText);
        String scope = in.orDefault(Setting.SIM_SWAP_CAMARA_SCOPE, DEFAULT_SCOPE);
        Integer timeoutMs = in.integer(Setting.SIM_SWAP_CAMARA_TIMEOUT_MS, 2000, 100, 10_000, "a login waits for it");
        Integer failures = in.integer(Setting.SIM_SWAP_CAMARA_BREAKER_FAILURES, 5, 1, 100, "failures in a row");
        Integer openSeconds = in.integer(Setting.SIM_SWAP_CAMARA_BREAKER_OPEN_SECONDS, 30, 1, 3600, "seconds");
        if (apiRoot == null || tokenUrl == null || clientId == null || secretText == null || exampleSecret || timeoutMs == null
                || failures == null || openSeconds == null) {
            return null;
        }
        return new SimSwapProvider.Camara(apiRoot, tokenUrl, clientId, Secret.ofText(secretText),
                scope.isBlank() ? Optional.empty() : Optional.of(scope), Duration.ofMillis(timeoutMs), failures,
                Duration.ofSeconds(openSeconds));
    }

    /** https, or plain http to a loopback host only (a local test operator): the token and numbers travel here. */
    private static URI url(EnvironmentReader in, Setting setting, String hint) {
        String text = in.required(setting, hint);
        if (text == null) {
            return null;
        }
        URI uri = in.uri(setting, text, "not a URL");
        if (uri == null) {
            return null;
        }
        if (uri.getHost() == null || !ConfigReader.isHttpsOrLoopbackHttp(uri)) {
            in.problem(setting, "not an https:// URL with a host (plain http only to a loopback host)");
            return null;
        }
        return uri;
    }
}
