package io.finguard.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** redis-cli as a subprocess, for the admin commands of cluster and sentinel tests (CLUSTER, SENTINEL, --cluster). */
final class RedisCli {
    private RedisCli() {
    }

    static String run(int port, String... args) {
        List<String> command = new ArrayList<>(List.of(RedisProcess.cliBinary().toString(), "-h", "127.0.0.1",
                "-p", String.valueOf(port)));
        command.addAll(List.of(args));
        return exec(command);
    }

    static String exec(List<String> command) {
        try {
            Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = cli.getInputStream().readAllBytes();
            if (!cli.waitFor(60, TimeUnit.SECONDS)) {
                cli.destroyForcibly();
                return "";
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
