package io.finguard.bootstrap.cli;

import io.finguard.adapters.crypto.oauth.NimbusClientAssertions;
import io.finguard.bootstrap.config.ConfigReader;
import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.Validated;
import io.finguard.domain.model.ClientCredential;
import io.finguard.domain.model.RegisteredClient;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.port.out.ClientRegistry;
import io.finguard.domain.port.out.DuplicateException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code finguard clients add|list|remove}: the resource servers stored in the database (FINGUARD_DATABASE_*), next to
 * FINGUARD_CLIENTS, which wins for an id both name. Only a secret's SHA-256 or a public JWK is stored; serve reads the
 * clients at start.
 */
@Command(name = "clients", mixinStandardHelpOptions = true,
        description = "Registers resource servers that may introspect and revoke tokens (stored in the database).")
final class ClientsCommand implements Callable<Integer> {
    /** A secret is compared as SHA-256, so it must be random and long, like those `finguard secrets` draws. */
    static final int MIN_SECRET_CHARS = 32;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Connects with the FINGUARD_DATABASE_* variables, or reports what is wrong with them. */
    static int withRegistry(CommandContext context, CommandSpec spec, Function<ClientRegistry, Integer> work) {
        return switch (ConfigReader.readDatabase(context.env(), Mode.SERVE)) {
            case Validated.Invalid<DatabaseSettings> invalid ->
                    ConfigProblems.report(spec.commandLine().getErr(), "clients", invalid.problems());
            case Validated.Valid<DatabaseSettings> valid -> context.application().withClientRegistry(valid.value(), work);
        };
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Registers a client with a secret (read from stdin) or a public P-256 JWK (private_key_jwt).")
    static final class Add implements Callable<Integer> {
        private final CommandContext context;
        private final InputStream stdin;

        @Spec
        private CommandSpec spec;

        @Option(names = "--id", required = true, description = "The client id: 1..64 of A-Z a-z 0-9 . _ -")
        private String id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Credential credential;

        @Option(names = "--audience", required = true, paramLabel = "AUD",
                description = "A token audience the client may ask about (repeat for more); FinGuard's is FINGUARD_AUDIENCE.")
        private List<String> audiences;

        @Option(names = "--scope", paramLabel = "SCOPE",
                description = "Only tokens carrying one of these scopes are the client's (repeat; default: any scope).")
        private List<String> scopes = List.of();

        static final class Credential {
            @Option(names = "--secret-from-stdin", required = true,
                    description = "Read the client's secret (at least " + MIN_SECRET_CHARS + " characters) from stdin.")
            boolean secretFromStdin;

            @Option(names = "--jwk-file", required = true, paramLabel = "FILE",
                    description = "The client's public JWK (EC P-256) for private_key_jwt.")
            Path jwkFile;
        }

        Add(CommandContext context, InputStream stdin) {
            this.context = context;
            this.stdin = stdin;
        }

        @Override
        public Integer call() throws IOException {
            RegisteredClient client;
            try {
                client = new RegisteredClient(id, credential(), new LinkedHashSet<>(audiences), scopes());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("finguard clients add: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return withRegistry(context, spec, registry -> {
                try {
                    registry.add(client);
                } catch (DuplicateException e) {
                    spec.commandLine().getErr().println("finguard clients add: a client '" + id + "' exists (remove it first)");
                    return ExitCodes.FAILURE;
                }
                spec.commandLine().getOut().println("finguard clients add: registered '" + id + "' ("
                        + ClientsCommand.method(client) + "); serve reads it at its next start");
                return ExitCodes.OK;
            });
        }

        private ClientCredential credential() throws IOException {
            if (credential.jwkFile != null) {
                String json = Files.readString(credential.jwkFile, StandardCharsets.UTF_8);
                return new ClientCredential.PublicJwk(NimbusClientAssertions.publicKey(json).toPublicJWK().toJSONString());
            }
            String secret = new String(stdin.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (secret.length() < MIN_SECRET_CHARS) {
                throw new IllegalArgumentException("the secret must be at least " + MIN_SECRET_CHARS
                        + " characters of a random value (e.g. openssl rand -base64 32)");
            }
            return new ClientCredential.SecretDigest(Sha256.digest(secret));
        }

        private Set<Scope> scopes() {
            Set<Scope> parsed = new LinkedHashSet<>();
            for (String name : scopes) {
                Scope scope = Scope.fromWireName(name);
                if (scope == null) {
                    throw new IllegalArgumentException("unknown scope '" + name + "' (one of "
                            + Arrays.stream(Scope.values()).map(Scope::wireName).collect(Collectors.joining(", ")) + ")");
                }
                parsed.add(scope);
            }
            return parsed;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the stored clients: id, method, audiences, scopes (never a secret's digest).")
    static final class ListClients implements Callable<Integer> {
        private final CommandContext context;

        @Spec
        private CommandSpec spec;

        ListClients(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return withRegistry(context, spec, registry -> {
                for (RegisteredClient client : registry.all()) {
                    spec.commandLine().getOut().println(client.id() + "\t" + method(client) + "\t"
                            + String.join(",", client.audiences().stream().sorted().toList()) + "\t"
                            + (client.scopes().isEmpty() ? "*" : client.scopes().stream().map(Scope::wireName).sorted()
                            .collect(Collectors.joining(","))));
                }
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a stored client.")
    static final class Remove implements Callable<Integer> {
        private final CommandContext context;

        @Spec
        private CommandSpec spec;

        @Option(names = "--id", required = true, description = "The client id.")
        private String id;

        Remove(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return withRegistry(context, spec, registry -> {
                if (!registry.remove(id)) {
                    spec.commandLine().getErr().println("finguard clients remove: no stored client '" + id + "'");
                    return ExitCodes.FAILURE;
                }
                spec.commandLine().getOut().println("finguard clients remove: removed '" + id
                        + "'; serve stops accepting it at its next start");
                return ExitCodes.OK;
            });
        }
    }

    static String method(RegisteredClient client) {
        return switch (client.credential()) {
            case ClientCredential.SecretDigest secret -> "client_secret";
            case ClientCredential.PublicJwk key -> "private_key_jwt";
        };
    }
}
