package io.finguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real Sentinel setup on this machine: one master, one replica and three sentinels (quorum 2), all
 * redis-server processes on free loopback ports; the master is named {@value #MASTER}. Down after 1 s.
 */
public final class RedisSentinelProcesses implements AutoCloseable {
    public static final String MASTER = "finguard";
    private final List<RedisProcess> data = new ArrayList<>();
    private final List<RedisProcess> sentinels = new ArrayList<>();

    private RedisSentinelProcesses() {
    }

    public static RedisSentinelProcesses start() {
        RedisSentinelProcesses setup = new RedisSentinelProcesses();
        try {
            RedisProcess master = dataNode(List.of());
            setup.data.add(master);
            RedisProcess replica = dataNode(List.of("--replicaof", "127.0.0.1", String.valueOf(master.port())));
            setup.data.add(replica);
            for (int i = 0; i < 3; i++) {
                int port = FreePort.find();
                Path dir = RedisProcess.newDirectory("finguard-sentinel-" + port + "-");
                Path conf = dir.resolve("sentinel.conf");
                Files.writeString(conf, String.join("\n",
                        "port " + port, "bind 127.0.0.1", "dir " + dir,
                        "sentinel monitor " + MASTER + " 127.0.0.1 " + master.port() + " 2",
                        "sentinel down-after-milliseconds " + MASTER + " 1000",
                        "sentinel failover-timeout " + MASTER + " 5000", ""));
                RedisProcess sentinel = new RedisProcess(port, dir, List.of(conf.toString(), "--sentinel"));
                sentinel.start();
                setup.sentinels.add(sentinel);
            }
            setup.awaitReplicaSeen(Duration.ofSeconds(30));
            return setup;
        } catch (IOException e) {
            setup.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            setup.close();
            throw e;
        }
    }

    private static RedisProcess dataNode(List<String> extra) {
        int port = FreePort.find();
        Path dir = RedisProcess.newDirectory("finguard-sentinel-data-" + port + "-");
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--appendonly", "no"));
        args.addAll(extra);
        RedisProcess node = new RedisProcess(port, dir, args);
        node.start();
        return node;
    }

    /** {@code redis-sentinel://} URL of the three sentinels and the master name. */
    public String url() {
        return "redis-sentinel://" + sentinels.stream().map(RedisProcess::address).collect(Collectors.joining(","))
                + "/" + MASTER;
    }

    /** host:port of the master as the first sentinel reports it. */
    public String currentMaster() {
        List<String> lines = sentinels.get(0).cli("SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER).lines().toList();
        return lines.size() < 2 ? "" : lines.get(0).trim() + ":" + lines.get(1).trim();
    }

    /** SENTINEL FAILOVER, then waits until the sentinels name the other node and it accepts writes. */
    public String failover(Duration timeout) {
        String before = currentMaster();
        sentinels.get(0).cli("SENTINEL", "FAILOVER", MASTER);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String now = currentMaster();
            if (!now.isEmpty() && !now.equals(before)) {
                RedisProcess promoted = data.stream().filter(n -> n.address().equals(now)).findFirst().orElseThrow();
                if (promoted.cli("INFO", "replication").contains("role:master")) {
                    return now;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no failover within " + timeout + " (master still " + before + ")");
            }
            RedisProcess.sleep(100);
        }
    }

    private void awaitReplicaSeen(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!sentinels.stream().allMatch(s -> s.cli("SENTINEL", "REPLICAS", MASTER).contains(data.get(1).address().split(":")[1]))
                || !data.get(1).cli("INFO", "replication").contains("master_link_status:up")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("sentinels did not see the replica within " + timeout);
            }
            RedisProcess.sleep(200);
        }
    }

    @Override
    public void close() {
        sentinels.forEach(RedisProcess::close);
        data.forEach(RedisProcess::close);
    }
}
