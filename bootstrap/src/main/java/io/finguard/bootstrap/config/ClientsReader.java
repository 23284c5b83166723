package io.finguard.bootstrap.config;

import io.finguard.domain.model.RegisteredClient;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * FINGUARD_CLIENTS: comma-separated {@code id:sha256hex:audience|audience...}, one per resource server that may
 * introspect and revoke. Only the SHA-256 of each secret is configured, so the secret is never at rest in clear here.
 */
final class ClientsReader {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private ClientsReader() {
    }

    static List<RegisteredClient> clients(EnvironmentReader in, String audience) {
        List<RegisteredClient> clients = in.strictList(Setting.CLIENTS, "", ClientsReader::client);
        if (clients != null && clients.stream().map(RegisteredClient::id).distinct().count() != clients.size()) {
            in.problem(Setting.CLIENTS, "a client id is listed twice");
            return null;
        }
        if (clients != null && audience != null) {
            clients.stream().filter(c -> !c.audiences().contains(audience)).findFirst().ifPresent(c -> in.problem(
                    Setting.CLIENTS, "client '" + c.id() + "' names no audience FinGuard issues tokens for ('" + audience + "')"));
        }
        return clients;
    }

    /** The message never repeats the digest: only the id and what is wrong. */
    private static RegisteredClient client(String item) {
        String[] parts = item.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("each client is id:sha256hex:audience[|audience...]");
        }
        if (!SHA256_HEX.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException("client '" + parts[0] + "': the secret must be given as its SHA-256,"
                    + " 64 lowercase hex digits (printf %s \"$secret\" | sha256sum)");
        }
        List<String> audiences = Arrays.stream(parts[2].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        try {
            return RegisteredClient.of(parts[0], parts[1], new LinkedHashSet<>(audiences));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("client '" + parts[0] + "': " + e.getMessage());
        }
    }
}
