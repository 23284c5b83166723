package io.finguard.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A real Redis Cluster on this machine: {@code masters} redis-server processes with {@code replicasPerMaster}
 * replicas each, joined by {@code redis-cli --cluster create}, on free loopback ports (data and bus port each).
 * Node timeout 1 s, so a killed master's replica takes over within a few seconds; full slot coverage is required
 * (the Redis default), so while a slot has no master the cluster refuses every command (CLUSTERDOWN).
 */
public final class RedisClusterProcesses implements AutoCloseable {
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(1);
    private final List<RedisProcess> nodes = new ArrayList<>();

    private RedisClusterProcesses() {
    }

    /** True when this machine has the redis-server and redis-cli the cluster is made of. */
    public static boolean available() {
        return RedisProcess.serverBinary() != null && RedisProcess.cliBinary().toFile().canExecute();
    }

    public static RedisClusterProcesses start(int masters, int replicasPerMaster) {
        RedisClusterProcesses cluster = new RedisClusterProcesses();
        try {
            for (int i = 0; i < masters * (1 + replicasPerMaster); i++) {
                int port = FreePort.find();
                int busPort = FreePort.find();
                Path dir = RedisProcess.newDirectory("finguard-cluster-" + port + "-");
                RedisProcess node = new RedisProcess(port, dir, List.of("--port", String.valueOf(port),
                        "--bind", "127.0.0.1", "--cluster-enabled", "yes", "--cluster-port", String.valueOf(busPort),
                        "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", String.valueOf(NODE_TIMEOUT.toMillis()),
                        // A replica may take over however long it was cut off: the tests kill masters on purpose.
                        "--cluster-replica-validity-factor", "0",
                        "--dir", dir.toString(), "--save", "", "--appendonly", "no"));
                node.start();
                cluster.nodes.add(node);
            }
            List<String> create = new ArrayList<>(List.of(RedisProcess.cliBinary().toString(), "--cluster", "create"));
            cluster.nodes.forEach(n -> create.add(n.address()));
            create.addAll(List.of("--cluster-replicas", String.valueOf(replicasPerMaster), "--cluster-yes"));
            String out = RedisCli.exec(create);
            if (!out.contains("All 16384 slots covered")) {
                throw new IllegalStateException("redis-cli --cluster create failed: " + out);
            }
            cluster.awaitHealthy(Duration.ofSeconds(30));
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code redis-cluster://} URL of the seed nodes (every node). */
    public String url() {
        return "redis-cluster://" + nodes.stream().map(RedisProcess::address).collect(Collectors.joining(","));
    }

    public List<RedisProcess> nodes() {
        return List.copyOf(nodes);
    }

    /** The live nodes that are masters now (as the nodes themselves report). */
    public List<RedisProcess> masters() {
        return nodes.stream().filter(RedisProcess::alive)
                .filter(n -> n.cli("INFO", "replication").contains("role:master")).toList();
    }

    /** The node serving the slot of {@code key} now. */
    public RedisProcess masterOf(String key) {
        String slot = anyLive().cli("CLUSTER", "KEYSLOT", key).trim();
        int s = Integer.parseInt(slot);
        for (RedisProcess master : masters()) {
            for (String line : master.cli("CLUSTER", "NODES").lines().toList()) {
                String[] f = line.split(" ");
                if (f.length > 8 && f[2].contains("myself") && f[2].contains("master")) {
                    for (int i = 8; i < f.length; i++) {
                        String[] range = f[i].split("-");
                        if (range[0].startsWith("[")) {
                            continue;
                        }
                        int from = Integer.parseInt(range[0]);
                        int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                        if (s >= from && s <= to) {
                            return master;
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no live master serves slot " + s);
    }

    /** Waits until every live node reports cluster_state:ok and all slots assigned. */
    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!healthy()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cluster not healthy after " + timeout + ": "
                        + anyLive().cli("CLUSTER", "INFO"));
            }
            RedisProcess.sleep(100);
        }
    }

    /** Every live node says the cluster is ok: all 16384 slots served by a live master. */
    public boolean healthy() {
        return nodes.stream().filter(RedisProcess::alive).allMatch(n -> {
            String info = n.cli("CLUSTER", "INFO");
            return info.contains("cluster_state:ok") && info.contains("cluster_slots_ok:16384");
        });
    }

    /** A replica of {@code master}, when it has one alive. */
    public Optional<RedisProcess> replicaOf(RedisProcess master) {
        String id = master.cli("CLUSTER", "MYID").trim();
        return nodes.stream().filter(RedisProcess::alive).filter(n -> n != master)
                .filter(n -> n.cli("INFO", "replication").contains("role:slave"))
                .filter(n -> n.cli("CLUSTER", "NODES").lines().anyMatch(l -> l.contains("myself") && l.contains(id)))
                .findFirst();
    }

    private RedisProcess anyLive() {
        return nodes.stream().filter(RedisProcess::alive).findFirst()
                .orElseThrow(() -> new IllegalStateException("no live cluster node"));
    }

    @Override
    public void close() {
        nodes.forEach(RedisProcess::close);
    }
}
