package io.finguard.adapters.redis;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three URL forms of FINGUARD_REDIS_URL, and the ones refused without repeating a password. */
class RedisTopologyTest {

    @Test
    void aRedisUrlIsOneNodeWithItsDatabaseAndCredentials() {
        RedisTopology.Single single = (RedisTopology.Single) RedisTopology.parse("rediss://app:p%40ss@cache.internal:6380/2");
        assertThat(single.node()).isEqualTo(new HostAndPort("cache.internal", 6380));
        assertThat(single.tls()).isTrue();
        assertThat(single.database()).isEqualTo(2);
        assertThat(single.credentials().user()).isEqualTo("app");
        assertThat(single.credentials().password()).isEqualTo("p@ss");
        assertThat(((RedisTopology.Single) RedisTopology.parse("redis://127.0.0.1")).node().getPort()).isEqualTo(6379);
    }

    @Test
    void aSentinelUrlListsTheSentinelsAndNamesTheMaster() {
        RedisTopology.Sentinel sentinel = (RedisTopology.Sentinel) RedisTopology.parse(
                "redis-sentinel://:secret@s1:26379,s2,10.0.0.3:26380/finguard/1");
        assertThat(sentinel.sentinels()).containsExactlyInAnyOrder(new HostAndPort("s1", 26379),
                new HostAndPort("s2", 26379), new HostAndPort("10.0.0.3", 26380));
        assertThat(sentinel.masterName()).isEqualTo("finguard");
        assertThat(sentinel.database()).isEqualTo(1);
        assertThat(sentinel.credentials().user()).isNull();
        assertThat(sentinel.credentials().password()).isEqualTo("secret");
    }

    @Test
    void aClusterUrlListsSeedNodes() {
        RedisTopology.Cluster cluster = (RedisTopology.Cluster) RedisTopology.parse("redis-cluster://h1:7000,h2:7001,[::1]:7002");
        assertThat(cluster.seeds()).containsExactlyInAnyOrder(new HostAndPort("h1", 7000), new HostAndPort("h2", 7001),
                new HostAndPort("::1", 7002));
        assertThat(cluster.tls()).isFalse();
        assertThat(RedisTopology.parse("rediss-cluster://h1:7000").tls()).isTrue();
    }

    @Test
    void malformedUrlsAreRefusedWithoutRepeatingThem() {
        for (String bad : new String[] {"http://u:s3cret@h:1", "redis://u:s3cret@h1:1,h2:2", "redis-sentinel://u:s3cret@h1:1",
                "redis-cluster://u:s3cret@h1:1/3", "redis://u:s3cret@h:99999", "redis://u:s3cret@h:1/ x",
                "redis-sentinel://u:s3cret@h1:1/a b"}) {
            assertThatThrownBy(() -> RedisTopology.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void credentialsNeverPrintTheirPassword() {
        assertThat(RedisTopology.parse("redis://u:s3cret@h:1").credentials().toString()).doesNotContain("s3cret");
    }
}
