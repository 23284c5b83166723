package io.finguard.adapters.redis;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a connection from a URL, and the health check bootstrap uses. */
class RedisConnectionTest {

    @Test
    void pingAnswersWithItsRoundTrip() {
        try (RedisConnection redis = RedisConnection.open(TestRedis.url(), TestRedis.settings())) {
            assertThat(redis.ping()).isPositive().isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void aUrlThatIsNotRedisIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> RedisConnection.open("http://user:s3cret@127.0.0.1:6379", TestRedis.settings()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> RedisConnection.open("redis://user:s3cret@127.0.0.1:6379/ x", TestRedis.settings()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void settingsRefuseAnEndlessWaitOrNoPool() {
        assertThatThrownBy(() -> new RedisConnectionConfig(0, Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisConnectionConfig(8, Duration.ZERO, Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(RedisConnectionConfig.defaults().worstCase()).isLessThan(Duration.ofSeconds(2));
    }
}
