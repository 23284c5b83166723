package io.finguard.adapters.redis;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.ClientNetwork;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.UserId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Key names of the rate limiter, e.g. {@code fg:rl:{p:9f2c...}:burst}: one namespace, a hash tag per
 * subject so a subject's keys share one Cluster slot, and phones, prefixes and IPs only as a keyed hash.
 */
public final class RedisKeys {
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_:.-]{1,64}");
    private static final int HASH_BYTES = 16;

    private final String namespace;
    private final Mac prototype;

    /** {@code subjectKey} is the HMAC-SHA256 key (at least 32 bytes) that hides phones and IPs in key names. */
    public RedisKeys(String namespace, byte[] subjectKey) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(subjectKey, "subjectKey");
        if (!NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("Redis key namespace must be 1-64 of [A-Za-z0-9_:.-] (no braces)");
        }
        if (subjectKey.length < 32) {
            throw new IllegalArgumentException("the Redis key HMAC key must be at least 32 bytes");
        }
        this.namespace = namespace;
        try {
            this.prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(subjectKey, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }

    /** The default namespace {@code fg:rl}. */
    public static RedisKeys standard(byte[] subjectKey) {
        return new RedisKeys("fg:rl", subjectKey);
    }

    public String namespace() {
        return namespace;
    }

    String phone(PhoneNumber phone, String part) {
        return key("p:" + hash("phone", phone.e164()), part);
    }

    String prefix(String e164Prefix, String part) {
        return key("x:" + hash("prefix", e164Prefix), part);
    }

    /** A client's keys name its network (IPv4 address, IPv6 /64): a host owning a /64 is one client, not 2^64. */
    String ip(ClientAddress client, String part) {
        return network(client.network(), part);
    }

    String network(ClientNetwork network, String part) {
        return key("i:" + hash("ip", network.cidr()), part);
    }

    String user(UserId user, String part) {
        return key("u:" + user.value(), part);
    }

    String signup(PreUserId signup, String part) {
        return key("s:" + signup.value(), part);
    }

    String global(String part) {
        return key("g", part);
    }

    private String key(String subject, String part) {
        return namespace + ":{" + subject + "}:" + part;
    }

    /** Hex of the first 16 bytes of HMAC-SHA256(kind NUL value); the kind keeps a prefix apart from an IP. */
    private String hash(String kind, String value) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 Mac cannot be cloned", e);
        }
        byte[] digest = mac.doFinal((kind + '\0' + value).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
    }
}
