package io.finguard.adapters.redis;

import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.port.out.SeenProofs;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * DPoP proof ids spent in Redis: one key per key thumbprint and proof id, {@code <namespace>:{k:<thumbprint>}:<jti
 * hash>}, set with NX and a TTL by a Lua script. The hash tag keeps a key's proofs in one Cluster slot; the id is
 * hashed, so a client cannot choose key names.
 */
public final class RedisSeenProofs implements SeenProofs {
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_:.-]{1,64}");
    private static final LuaScript SEEN = LuaScript.named("proof_seen");
    private final RedisConnection redis;
    private final String namespace;

    public RedisSeenProofs(RedisConnection redis, String namespace) {
        this.redis = Objects.requireNonNull(redis, "redis");
        if (!NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("Redis key namespace must be 1-64 of [A-Za-z0-9_:.-] (no braces)");
        }
        this.namespace = namespace;
    }

    /** The default namespace {@code fg:dpop}. */
    public static RedisSeenProofs standard(RedisConnection redis) {
        return new RedisSeenProofs(redis, "fg:dpop");
    }

    @Override
    public boolean firstSighting(KeyThumbprint key, String jti, Duration remember) {
        String name = namespace + ":{k:" + key.value() + "}:" + HexFormat.of().formatHex(Sha256.digest(jti), 0, 16);
        List<Long> reply = redis.eval(SEEN, List.of(name), List.of(Long.toString(Math.max(1, remember.toMillis()))));
        return reply.get(0) == 1L;
    }
}
