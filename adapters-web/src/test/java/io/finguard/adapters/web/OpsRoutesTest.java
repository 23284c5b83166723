package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpsRoutesTest extends RouteTest {

    @Test
    void jwksServesThePublicKeysItIsGiven() {
        api.stubs.authenticate.jwks = "{\"keys\":[{\"kty\":\"EC\",\"kid\":\"rotated-2\"}]}";

        var response = api.get("/.well-known/jwks.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("keys").get(0).get("kid").asText()).isEqualTo("rotated-2");
        assertThat(response.header("Cache-Control")).contains("public, max-age=300");
    }

    @Test
    void livenessIsUpWithoutAskingDependencies() {
        api.stubs.checkReadiness = () -> {
            throw new AssertionError("liveness must not check dependencies");
        };

        assertThat(api.management().get("/health/live").json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void readinessIs200WhenAllAreUpAnd503WhenOneIsDown() {
        var up = api.management().get("/health/ready");
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().get("checks").get("postgres").asText()).isEqualTo("UP");

        api.stubs.checkReadiness = () -> Map.of("postgres", true, "redis", false);
        var down = api.management().get("/health/ready");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(down.json().get("checks").get("redis").asText()).isEqualTo("DOWN");
    }

    @Test
    void aFailingReadinessCheckIsNotReadyRatherThanAnError() {
        api.stubs.checkReadiness = () -> {
            throw new IllegalStateException("pool closed");
        };

        var response = api.management().get("/health/ready");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("pool closed");
    }

    @Test
    void theOpenApiDocumentNamesThePublicBaseUrl() {
        var document = api.get("/openapi.json").json();

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("servers").get(0).get("url").asText()).isEqualTo("https://api.finguard.test");
    }

    @Test
    void theDocsPageLoadsSwaggerUiFromTheWebjarUnderItsOwnCsp() {
        var page = api.get("/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("/webjars/swagger-ui/").contains("/openapi.json").doesNotContain("{{SWAGGER_UI}}");
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self' 'sha256-").doesNotContain("unsafe-eval"));
        String bundle = page.body().replaceAll("(?s).*src=\"([^\"]+swagger-ui-bundle\\.js)\".*", "$1");

        var script = api.get(bundle);

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle");
        assertThat(script.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        String stylesheet = page.body().replaceAll("(?s).*href=\"([^\"]+swagger-ui\\.css)\".*", "$1");
        var css = api.get(stylesheet);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.header("Cache-Control")).contains("public, max-age=31536000, immutable");
    }

    @Test
    void onlyThePagesOwnSwaggerUiFilesAreServed() {
        String bundle = api.get("/docs").body().replaceAll("(?s).*src=\"([^\"]+swagger-ui-bundle\\.js)\".*", "$1");
        String folder = bundle.substring(0, bundle.lastIndexOf('/') + 1);

        for (String path : List.of(folder + "index.html", folder + "swagger-ui.js", folder + "swagger-initializer.js",
                "/webjars/swagger-ui/0.0.1/swagger-ui-bundle.js", folder + "..%2F..%2F..%2Fmaven%2Forg.webjars%2Fswagger-ui%2Fpom.xml")) {
            var response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().get("code").asText()).as(path).isEqualTo("not_found");
        }
    }

    @Test
    void metricsAreInPrometheusTextFormat() {
        api.management().get("/health/live");

        var response = api.management().get("/metrics");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("http_server_requests_seconds_bucket").contains("route=\"/health/live\"");
    }
}
