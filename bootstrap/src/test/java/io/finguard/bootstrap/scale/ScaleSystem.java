package io.finguard.bootstrap.scale;

import io.finguard.adapters.crypto.otp.AesKeyRing;
import io.finguard.adapters.crypto.phone.AesGcmPhoneVault;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.testsupport.RedisClusterProcesses;
import io.finguard.testsupport.StoppablePostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The multi-process system of the scale tests, all on this machine: a Redis Cluster of 3 masters and 3 replicas
 * (redis-server processes), one embedded PostgreSQL that can be stopped and started, the recording SMS gateway,
 * and 3 FinGuard instances from the built jar ({@code bootstrap/target/finguard.jar}, or {@code -Dfinguard.jar})
 * in serve mode with the secrets {@code finguard secrets} generates. One per test JVM, shared by the scale test
 * classes; a test that breaks something (kills a master, stops the database) puts it back before it ends.
 */
final class ScaleSystem implements AutoCloseable {
    static final int INSTANCES = 3;
    /**
     * Requests in flight per route class and instance (FINGUARD_MAX_IN_FLIGHT_*): the hashing default on 2 cores, the
     * database and cheap ones lowered to it, because this one machine cannot also hold the thousand connections a load
     * past the defaults (160 and 256 per instance) would need.
     */
    static final int IN_FLIGHT_PER_CLASS = 64;

    private static ScaleSystem shared;

    final RedisClusterProcesses redis;
    final StoppablePostgres postgres;
    final RecordingGateway gateway;
    final List<FinGuardProcess> instances = new ArrayList<>();
    final Map<String, String> secrets;
    final Path work;

    private ScaleSystem() throws IOException {
        Path jar = Path.of(System.getProperty("finguard.jar", "target/finguard.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -pl bootstrap -am package -DskipTests)");
        }
        work = Files.createTempDirectory("finguard-scale-");
        redis = RedisClusterProcesses.start(3, 1);
        postgres = startedOrClosed(StoppablePostgres::started);
        secrets = startedOrClosed(() -> generateSecrets(jar, work));
        gateway = startedOrClosed(() -> new RecordingGateway(Base64.getDecoder().decode(secrets.get("FINGUARD_SMS_WEBHOOK_KEY"))));
        Map<String, String> env = new HashMap<>(secrets);
        env.put("FINGUARD_DATABASE_URL", postgres.jdbcUrl());
        env.put("FINGUARD_DATABASE_USER", "postgres");
        env.put("FINGUARD_REDIS_URL", redis.url());
        env.put("FINGUARD_AUDIENCE", "finguard-api");
        env.put("FINGUARD_ALLOWED_COUNTRIES", "+49,+44");
        env.put("FINGUARD_SMS_WEBHOOK_URL", gateway.url().toString());
        env.put("FINGUARD_MAX_IN_FLIGHT_HASHING", String.valueOf(IN_FLIGHT_PER_CLASS));
        env.put("FINGUARD_MAX_IN_FLIGHT_DATABASE", String.valueOf(IN_FLIGHT_PER_CLASS));
        env.put("FINGUARD_MAX_IN_FLIGHT_CHEAP", String.valueOf(IN_FLIGHT_PER_CLASS));
        startedOrClosed(() -> {
            migrate(jar, env);
            for (int i = 0; i < INSTANCES; i++) {
                instances.add(new FinGuardProcess("instance-" + (char) ('a' + i), jar, work, env));
            }
            CompletableFuture.allOf(instances.stream().map(p -> CompletableFuture.runAsync(p::start)).toArray(CompletableFuture[]::new)).join();
            return null;
        });
        System.out.printf("[scale] up: %s, %s, gateway %s, instances %s; logs in %s%n", redis.url(), postgres,
                gateway.url(), instances, work);
    }

    /** A step of the start-up; if it fails, what was started so far is stopped, so no process outlives the test JVM. */
    private <T> T startedOrClosed(Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    static synchronized ScaleSystem shared() {
        if (shared == null) {
            try {
                shared = new ScaleSystem();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Full run ({@code -Dfinguard.scale.full=true}, benchmarks/scale) or the reduced one of CI. */
    static boolean full() {
        return Boolean.getBoolean("finguard.scale.full");
    }

    FinGuardProcess instance(int i) {
        return instances.get(Math.floorMod(i, INSTANCES));
    }

    String adminBearer() {
        return "Bearer " + secrets.get("FINGUARD_ADMIN_TOKEN");
    }

    /**
     * The numbers' blind indexes as an SQL list, for {@code WHERE phone_index IN (...)}: the rows hold no number in
     * clear (docs/adr/0023), so they are found as the service finds them, under the deployment's index key.
     */
    String phoneIndexList(List<String> phones) {
        AesGcmPhoneVault vault = new AesGcmPhoneVault(Base64.getDecoder().decode(secrets.get("FINGUARD_PHONE_INDEX_KEY")),
                AesKeyRing.single("unused", new byte[AesKeyRing.KEY_BYTES]));
        return phones.stream().map(phone -> "'\\x" + HexFormat.of().formatHex(vault.index(PhoneNumber.of(phone)).bytes()) + "'::bytea")
                .collect(Collectors.joining(","));
    }

    /** Waits until every instance is ready (after a restart of one of them or of a dependency). */
    void awaitAllReady(Duration timeout) {
        instances.forEach(i -> i.awaitReady(timeout));
    }

    /** One number from a query (count, sum) against the system's database. */
    long queryLong(String sql) {
        try (Connection c = database().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    List<String> queryStrings(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection c = database().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    private PGSimpleDataSource database() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(postgres.jdbcUrl());
        ds.setUser("postgres");
        return ds;
    }

    /** Redis commands processed so far by all live masters (INFO stats), for operations-per-flow figures. */
    long redisCommandsOnMasters() {
        return redis.masters().stream().mapToLong(m -> {
            String stats = m.cli("INFO", "stats");
            return stats.lines().filter(l -> l.startsWith("total_commands_processed:"))
                    .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).trim())).sum();
        }).sum();
    }

    private static Map<String, String> generateSecrets(Path jar, Path work) throws IOException {
        Path env = work.resolve("secrets.env");
        run(List.of(FinGuardProcess.javaBinary(), "-jar", jar.toString(), "secrets", "--output", env.toString()), Map.of(), work);
        Map<String, String> secrets = new HashMap<>();
        for (String line : Files.readAllLines(env)) {
            if (line.startsWith("FINGUARD_")) {
                String value = line.substring(line.indexOf('=') + 1);
                if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                    value = value.substring(1, value.length() - 1);
                }
                secrets.put(line.substring(0, line.indexOf('=')), value);
            }
        }
        return secrets;
    }

    private static void migrate(Path jar, Map<String, String> env) {
        run(List.of(FinGuardProcess.javaBinary(), "-jar", jar.toString(), "migrate"), env, jar.getParent());
    }

    private static void run(List<String> command, Map<String, String> env, Path dir) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().keySet().removeIf(key -> key.startsWith("FINGUARD_"));
            builder.environment().putAll(env);
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command.get(command.size() - 1) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        instances.forEach(FinGuardProcess::close);
        if (gateway != null) {
            gateway.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        redis.close();
    }
}
