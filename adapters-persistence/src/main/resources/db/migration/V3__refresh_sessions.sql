-- Refresh-token families (one per login) and every token digest a family ever issued.
-- Only SHA-256 digests are stored. A digest belongs to exactly one family (primary key), so a presented
-- token, current or long consumed, always leads back to its family and reuse can be detected.

CREATE TABLE refresh_families (
    id                  uuid        PRIMARY KEY,
    user_id             uuid        NOT NULL,
    device_id           text        NOT NULL,
    created_at          timestamptz NOT NULL,
    absolute_expires_at timestamptz NOT NULL,
    status              text        NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    current_digest      text,
    previous_digest     text,
    rotated_at          timestamptz,
    last_used_at        timestamptz,
    acr                 text CHECK (acr IN ('AAL1', 'AAL2')),
    amr                 text[],
    auth_time           timestamptz,
    revoke_reason       text CHECK (revoke_reason IN ('LOGOUT', 'TOKEN_REUSE', 'EXPIRED', 'USER_BLOCKED',
                                                      'CREDENTIALS_CHANGED', 'REPLACED')),
    revoked_at          timestamptz,
    version             bigint      NOT NULL DEFAULT 0,
    CONSTRAINT refresh_families_lifetime CHECK (absolute_expires_at > created_at),
    -- An active family carries its token chain and assurance; a revoked one only why and when it ended.
    CONSTRAINT refresh_families_active_fields CHECK (
        (status = 'ACTIVE') = (num_nonnulls(current_digest, last_used_at, acr, amr, auth_time) = 5)),
    CONSTRAINT refresh_families_active_fields_whole CHECK (
        num_nonnulls(current_digest, last_used_at, acr, amr, auth_time) IN (0, 5)),
    CONSTRAINT refresh_families_rotation_whole CHECK ((previous_digest IS NULL) = (rotated_at IS NULL)),
    CONSTRAINT refresh_families_rotation_only_active CHECK (status = 'ACTIVE' OR previous_digest IS NULL),
    CONSTRAINT refresh_families_revocation CHECK (
        (status = 'REVOKED') = (revoke_reason IS NOT NULL) AND (revoke_reason IS NULL) = (revoked_at IS NULL))
);

CREATE INDEX refresh_families_active_by_user ON refresh_families (user_id) WHERE status = 'ACTIVE';
CREATE INDEX refresh_families_by_user_device ON refresh_families (user_id, device_id);

CREATE TABLE refresh_tokens (
    digest    text NOT NULL PRIMARY KEY CHECK (digest ~ '^[0-9a-f]{64}$'),
    family_id uuid NOT NULL REFERENCES refresh_families (id) ON DELETE CASCADE,
    CONSTRAINT refresh_tokens_digest_family UNIQUE (digest, family_id)
);

CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family_id);

-- The current and previous digests of a family are tokens of that same family. Deferred, because a new
-- family row and its first token are written in one transaction in either order.
ALTER TABLE refresh_families
    ADD CONSTRAINT refresh_families_current_token FOREIGN KEY (current_digest, id)
        REFERENCES refresh_tokens (digest, family_id) DEFERRABLE INITIALLY DEFERRED,
    ADD CONSTRAINT refresh_families_previous_token FOREIGN KEY (previous_digest, id)
        REFERENCES refresh_tokens (digest, family_id) DEFERRABLE INITIALLY DEFERRED;

-- Devices a user ever had a session on; kept when families are purged, so a known device stays known.
CREATE TABLE user_devices (
    user_id       uuid        NOT NULL,
    device_id     text        NOT NULL,
    first_seen_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, device_id)
);
