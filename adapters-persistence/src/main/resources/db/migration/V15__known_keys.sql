-- Known devices: DPoP keys that completed a step-up for a user. Kept when families are purged; deleted when the
-- user forgets the device.
CREATE TABLE known_keys (
    user_id        uuid        NOT NULL,
    key_thumbprint text        NOT NULL CHECK (key_thumbprint ~ '^[A-Za-z0-9_-]{43}$'),
    first_seen_at  timestamptz NOT NULL,
    last_seen_at   timestamptz NOT NULL,
    PRIMARY KEY (user_id, key_thumbprint),
    CONSTRAINT known_keys_seen_order CHECK (last_seen_at >= first_seen_at)
);
