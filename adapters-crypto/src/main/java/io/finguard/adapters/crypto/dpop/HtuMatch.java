package io.finguard.adapters.crypto.dpop;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * RFC 9449 section 4.3 point 9: {@code htu} is compared with the request URL without query and fragment, after
 * syntax-based normalisation (RFC 3986 section 6.2.2 and 6.2.3: case of scheme and host, default ports, empty path).
 */
final class HtuMatch {

    private HtuMatch() {
    }

    static boolean matches(String htu, String requestUrl) {
        Optional<String> claimed = normalise(htu);
        return claimed.isPresent() && claimed.equals(normalise(requestUrl));
    }

    static Optional<String> normalise(String url) {
        try {
            URI uri = new URI(url).normalize();
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"https".equals(scheme) && !"http".equals(scheme) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
