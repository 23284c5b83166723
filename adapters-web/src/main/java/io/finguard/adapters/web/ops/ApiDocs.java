package io.finguard.adapters.web.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finguard.domain.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The hand-written OpenAPI 3.1 document (servers set to the public base URL) and the Swagger UI page that
 * shows it, with a CSP that allows the page's own inline start-up script by hash and nothing foreign. The page's two
 * Swagger UI files are read from the webjar on the classpath when asked for: serving the webjar as a static-file
 * directory would have Jetty mount the whole (fat) jar as a zip file system and keep its index on the heap for good.
 */
public final class ApiDocs {
    /** Where the hand-written contract lives on the classpath (the contract tests read it too). */
    public static final String OPENAPI_RESOURCE = "/io/finguard/adapters/web/openapi.json";
    private static final String PAGE_RESOURCE = "/io/finguard/adapters/web/docs.html";
    private static final String SWAGGER_UI_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String SWAGGER_UI_FILES = "/META-INF/resources/webjars/swagger-ui/";
    /** The files of the webjar that may be served, with their media types: the ones the page loads, nothing else. */
    private static final Map<String, String> SWAGGER_UI_TYPES = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8");
    /** Where the page loads those files from, under the webjar's version; {@link #SWAGGER_UI_ROUTE} serves them. */
    private static final String SWAGGER_UI_PATH = "/webjars/swagger-ui/";
    public static final String SWAGGER_UI_ROUTE = SWAGGER_UI_PATH + "{version}/{file}";
    private final String swaggerUiVersion;
    private final byte[] openApiJson;
    private final String page;
    private final String pageCsp;

    public ApiDocs(String publicBaseUrl) {
        this.openApiJson = withServer(read(OPENAPI_RESOURCE), publicBaseUrl);
        this.swaggerUiVersion = swaggerUiVersion().orElse("missing");
        String template = new String(read(PAGE_RESOURCE), StandardCharsets.UTF_8);
        this.page = template.replace("{{SWAGGER_UI}}", SWAGGER_UI_PATH + swaggerUiVersion);
        int start = page.indexOf("<script>") + "<script>".length();
        String script = page.substring(start, page.indexOf("</script>", start));
        this.pageCsp = "default-src 'none'; script-src 'self' 'sha256-" + sha256Base64(script) + "'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    /** A classpath resource to stream and its media type. */
    record Asset(String resource, String contentType) {
    }

    /** One of the page's Swagger UI files, when {@code file} is one of them and {@code version} the bundled one. */
    Optional<Asset> swaggerUiFile(String version, String file) {
        return Optional.ofNullable(SWAGGER_UI_TYPES.get(file))
                .filter(type -> version.equals(swaggerUiVersion))
                .map(type -> new Asset(SWAGGER_UI_FILES + version + "/" + file, type));
    }

    byte[] openApiJson() {
        return openApiJson.clone();
    }

    String page() {
        return page;
    }

    String pageContentSecurityPolicy() {
        return pageCsp;
    }

    private static byte[] withServer(byte[] document, String publicBaseUrl) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(document);
            ArrayNode servers = root.putArray("servers");
            servers.addObject().put("url", publicBaseUrl);
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled OpenAPI document is not valid JSON", e);
        }
    }

    private static Optional<String> swaggerUiVersion() {
        try (InputStream in = ApiDocs.class.getResourceAsStream(SWAGGER_UI_POM)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256Base64(String text) {
        return Base64.getEncoder().encodeToString(Sha256.digest(text));
    }
}
