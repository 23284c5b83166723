-- One-time-code challenges and the transactional outbox that carries their codes to the SMS sender.
-- Only the keyed hash of a code is kept with its challenge. The plaintext code lives in the outbox row
-- while it waits for delivery and is wiped (set NULL) as soon as the row is delivered, expires or dies.

CREATE TABLE otp_challenges (
    id            uuid        PRIMARY KEY,
    phone         text        NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    purpose       text        NOT NULL CHECK (purpose IN ('PHONE_ENTRY')),
    code_key_id   text        NOT NULL,
    code_hash     text        NOT NULL,
    issued_at     timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    max_attempts  integer     NOT NULL CHECK (max_attempts >= 1),
    attempts      integer     NOT NULL CHECK (attempts >= 0),
    status        text        NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'EXPIRED', 'EXHAUSTED', 'SUPERSEDED')),
    verified_at   timestamptz,
    expired_at    timestamptz,
    superseded_at timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT otp_challenges_lifetime CHECK (expires_at > issued_at),
    -- The attempt cap holds even if a buggy caller skips the state machine: no more wrong codes than allowed.
    CONSTRAINT otp_challenges_attempt_cap CHECK (attempts <= max_attempts),
    CONSTRAINT otp_challenges_pending_below_cap CHECK (status <> 'PENDING' OR attempts < max_attempts),
    CONSTRAINT otp_challenges_verified_at CHECK ((status = 'VERIFIED') = (verified_at IS NOT NULL)),
    CONSTRAINT otp_challenges_expired_at CHECK ((status = 'EXPIRED') = (expired_at IS NOT NULL)),
    CONSTRAINT otp_challenges_superseded_at CHECK ((status = 'SUPERSEDED') = (superseded_at IS NOT NULL))
);

-- A resend supersedes the pending challenge; two racing sends cannot both leave a PENDING one behind.
CREATE UNIQUE INDEX otp_challenges_one_pending ON otp_challenges (phone, purpose) WHERE status = 'PENDING';
CREATE INDEX otp_challenges_by_expiry ON otp_challenges (expires_at);

CREATE TABLE outbox (
    id              uuid        PRIMARY KEY,
    challenge_id    uuid        NOT NULL,
    phone           text        NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    code            text        CHECK (code ~ '^[0-9]{6,8}$'),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'EXPIRED', 'DEAD')),
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    ended_at        timestamptz,
    last_failure    text,
    CONSTRAINT outbox_code_only_while_pending CHECK ((status = 'PENDING') = (code IS NOT NULL)),
    CONSTRAINT outbox_ended_at CHECK ((status = 'PENDING') = (ended_at IS NULL))
);

CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_by_challenge ON outbox (challenge_id);
