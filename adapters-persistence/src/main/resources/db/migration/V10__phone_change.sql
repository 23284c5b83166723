-- Change of number (issue 11): a second code purpose, the pending changes, the user's phone_changed_at (the start of
-- the cooling-off), the session revocation reason, and the outbox of notices (messages without a code).

ALTER TABLE otp_challenges DROP CONSTRAINT otp_challenges_purpose_check;
ALTER TABLE otp_challenges ADD CONSTRAINT otp_challenges_purpose_check CHECK (purpose IN ('PHONE_ENTRY', 'PHONE_CHANGE'));

-- One pending entry code per phone as before. PHONE_CHANGE codes are one per user's pending change instead (below), so
-- two users may each be proving the same new number: phone_claims decides who gets it when both confirm.
DROP INDEX otp_challenges_one_pending;
CREATE UNIQUE INDEX otp_challenges_one_pending ON otp_challenges (phone, purpose) WHERE status = 'PENDING' AND purpose = 'PHONE_ENTRY';

ALTER TABLE users ADD COLUMN phone_changed_at timestamptz;

ALTER TABLE refresh_families DROP CONSTRAINT refresh_families_revoke_reason_check;
ALTER TABLE refresh_families ADD CONSTRAINT refresh_families_revoke_reason_check
    CHECK (revoke_reason IN ('LOGOUT', 'TOKEN_REUSE', 'EXPIRED', 'USER_BLOCKED', 'CREDENTIALS_CHANGED', 'PHONE_CHANGED',
                             'ACCOUNT_CLOSED', 'REPLACED'));

-- A change is named by the PHONE_CHANGE challenge that proves it (no foreign key: the purge job deletes ended
-- challenges on its own schedule).
CREATE TABLE phone_changes (
    challenge_id  uuid        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    new_phone     text        NOT NULL CHECK (new_phone ~ '^\+[1-9][0-9]{7,14}$'),
    status        text        NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'SUPERSEDED', 'EXPIRED')),
    requested_at  timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    ended_at      timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT phone_changes_lifetime CHECK (expires_at > requested_at),
    CONSTRAINT phone_changes_ended_at CHECK ((status = 'PENDING') = (ended_at IS NULL))
);

CREATE UNIQUE INDEX phone_changes_one_pending_per_user ON phone_changes (user_id) WHERE status = 'PENDING';

-- Notices wait here like codes in the outbox, written in the transaction of the change they report. They carry no
-- code and no text (the kind names a fixed message); the phone is the one the outbox would hold too.
CREATE TABLE notices (
    id              uuid        PRIMARY KEY,
    phone           text        NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    kind            text        NOT NULL CHECK (kind IN ('PHONE_NUMBER_CHANGED')),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'EXPIRED', 'DEAD')),
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    ended_at        timestamptz,
    last_failure    text,
    CONSTRAINT notices_ended_at CHECK ((status = 'PENDING') = (ended_at IS NULL))
);

CREATE INDEX notices_due ON notices (next_attempt_at) WHERE status = 'PENDING';
