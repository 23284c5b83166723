package io.finguard.adapters.redis;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key names: one Cluster slot per subject, subjects hidden behind a keyed hash, a namespace without braces. */
class RedisKeysTest {
    private final byte[] hmacKey = filled(32, (byte) 7);
    private final RedisKeys keys = new RedisKeys("fg:rl", hmacKey);
    private final PhoneNumber phone = PhoneNumber.of("+447700900123");

    @Test
    void allKeysOfOneSubjectShareASlotSoOneScriptMayTouchThemOnACluster() {
        List<String> phoneKeys = List.of(keys.phone(phone, "cooldown"), keys.phone(phone, "burst"),
                keys.phone(phone, "daily"), keys.phone(phone, "lock"), keys.phone(phone, "fail"), keys.phone(phone, "locks"));
        UserId user = UserId.of(UUID.randomUUID());
        List<String> userKeys = List.of(keys.user(user, "lock"), keys.user(user, "fail"), keys.user(user, "locks"),
                keys.user(user, "ceiling"), keys.user(user, "streak"));

        assertThat(phoneKeys).extracting(JedisClusterCRC16::getSlot).containsOnly(JedisClusterCRC16.getSlot(phoneKeys.get(0)));
        assertThat(userKeys).extracting(JedisClusterCRC16::getSlot).containsOnly(JedisClusterCRC16.getSlot(userKeys.get(0)));
        assertThat(keys.global("breaker")).satisfies(k ->
                assertThat(JedisClusterCRC16.getSlot(k)).isEqualTo(JedisClusterCRC16.getSlot(keys.global("send"))));
    }

    @Test
    void differentSubjectsSpreadOverSlots() {
        long slots = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> keys.phone(PhoneNumber.of(String.format("+4477009%05d", i)), "burst"))
                .map(JedisClusterCRC16::getSlot).distinct().count();
        assertThat(slots).isGreaterThan(150);
    }

    @Test
    void phonesPrefixesAndAddressesAppearOnlyAsAKeyedHash() {
        ClientAddress ip = new ClientAddress("2001:db8::1");
        String phoneKey = keys.phone(phone, "burst");

        assertThat(phoneKey).matches("fg:rl:\\{p:[0-9a-f]{32}}:burst").doesNotContain(phone.digits());
        assertThat(keys.ip(ip, "send")).matches("fg:rl:\\{i:[0-9a-f]{32}}:send");
        assertThat(keys.prefix("+4477", "send")).matches("fg:rl:\\{x:[0-9a-f]{32}}:send");
        assertThat(new RedisKeys("fg:rl", filled(32, (byte) 8)).phone(phone, "burst")).isNotEqualTo(phoneKey);
    }

    @Test
    void aClientsKeysNameItsNetworkAsAKeyedHashNeverItsAddress() {
        String key = keys.ip(new ClientAddress("2001:db8:1:2::1"), "send");

        assertThat(key).matches("fg:rl:\\{i:[0-9a-f]{32}}:send");
        assertThat(keys.ip(new ClientAddress("2001:db8:1:2:ffff::9"), "send")).isEqualTo(key);
        assertThat(keys.ip(new ClientAddress("2001:db8:1:3::1"), "send")).isNotEqualTo(key);
        assertThat(keys.ip(new ClientAddress("::ffff:198.51.100.7"), "send"))
                .isEqualTo(keys.ip(new ClientAddress("198.51.100.7"), "send"))
                .isNotEqualTo(keys.ip(new ClientAddress("198.51.100.8"), "send"));
        ClientAddress client = new ClientAddress("198.51.100.7");
        assertThat(keys.network(client.coarseNetwork(), "send"))
                .matches("fg:rl:\\{i:[0-9a-f]{32}}:send")
                .isNotEqualTo(keys.ip(client, "send"))
                .isEqualTo(keys.network(new ClientAddress("198.51.100.200").coarseNetwork(), "send"));
    }

    @Test
    void aNamespaceWithBracesOrAShortHmacKeyIsRefused() {
        assertThatThrownBy(() -> new RedisKeys("fg:{rl}", hmacKey)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisKeys("fg:rl", filled(31, (byte) 1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
