-- Resource servers registered with `finguard clients add` (issue 15), next to those of FINGUARD_CLIENTS. Nothing
-- here is secret: a client proves itself either with a secret, of which only the SHA-256 is kept, or with the private
-- key of a public JWK (private_key_jwt). Exactly one of the two per client.
CREATE TABLE oauth_clients (
    id            text        PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]{1,64}$'),
    secret_sha256 bytea       CHECK (octet_length(secret_sha256) = 32),
    public_jwk    text        CHECK (char_length(public_jwk) BETWEEN 2 AND 4096),
    audiences     text[]      NOT NULL CHECK (cardinality(audiences) > 0),
    scopes        text[]      NOT NULL,
    created_at    timestamptz NOT NULL,
    CHECK ((secret_sha256 IS NULL) <> (public_jwk IS NULL))
);
