package io.finguard.bootstrap.embedded;

import static io.finguard.bootstrap.embedded.EmbeddedPostgresTest.acceptsConnections;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddedRedisTest {

    @Test
    void startsOnAFreePortAndAnswersPing() throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.start()) {
            assertThat(redis.port()).isNotEqualTo(6379);
            assertThat(redis.url()).isEqualTo("redis://127.0.0.1:" + redis.port());
            assertThat(redis.isRunning()).isTrue();
            assertThat(command(redis.port(), "PING")).isEqualTo("+PONG");
            assertThat(command(redis.port(), "SET counter 1")).isEqualTo("+OK");
        }
    }

    @Test
    void closingStopsTheServerAndTwiceIsHarmless() {
        EmbeddedRedis redis = EmbeddedRedis.start();
        int port = redis.port();
        redis.close();
        redis.close();

        assertThat(redis.isRunning()).isFalse();
        assertThat(acceptsConnections(port)).isFalse();
    }

    @Test
    void twoServersRunSideBySide() throws Exception {
        try (EmbeddedRedis one = EmbeddedRedis.start(); EmbeddedRedis two = EmbeddedRedis.start()) {
            assertThat(one.port()).isNotEqualTo(two.port());
            assertThat(command(two.port(), "PING")).isEqualTo("+PONG");
        }
    }

    /** An inline command over RESP; enough to prove the server is Redis and answers. */
    private static String command(int port, String inline) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((inline + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
