-- Passkeys (WebAuthn credentials) as a step-up and transaction factor. Nothing here is secret: a public key, the
-- authenticator's credential id and counter, and server challenges, which are nonces (knowing one lets nobody sign it).
CREATE TABLE passkeys (
    id            uuid        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id bytea       NOT NULL UNIQUE CHECK (octet_length(credential_id) BETWEEN 1 AND 1023),
    public_key    bytea       NOT NULL CHECK (octet_length(public_key) > 0),
    name          text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
    transports    text[]      NOT NULL,
    sign_count    bigint      NOT NULL CHECK (sign_count BETWEEN 0 AND 4294967295),
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz
);

CREATE INDEX passkeys_by_user ON passkeys (user_id, created_at);

-- One live challenge per user and purpose; a new one replaces it, and using one deletes it (single use).
CREATE TABLE passkey_challenges (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    text        NOT NULL CHECK (purpose IN ('REGISTRATION', 'STEP_UP')),
    challenge  bytea       NOT NULL CHECK (octet_length(challenge) BETWEEN 16 AND 64),
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, purpose)
);
