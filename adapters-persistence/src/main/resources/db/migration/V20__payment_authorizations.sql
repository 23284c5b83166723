-- Payment authorisations (PSD2 dynamic linking, issue 13): each is bound to the digest of one payment (payer, payee
-- account, amount, currency, idempotency key), lives five minutes, allows five wrong factors and is used once.
-- The digest is no secret (it is also the WebAuthn challenge the browser signs); the masked payee is what was shown.
CREATE TABLE payment_authorizations (
    id            uuid        PRIMARY KEY,
    payer_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    payee_account uuid        NOT NULL,
    payee_masked  text        NOT NULL,
    amount_minor  bigint      NOT NULL CHECK (amount_minor > 0),
    currency      text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    digest        text        NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL CHECK (expires_at > created_at),
    status        text        NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'USED', 'EXPIRED', 'FAILED')),
    failures      integer     NOT NULL CHECK (failures BETWEEN 0 AND 4),
    method        text        CHECK (method IN ('SMS', 'PIN', 'PASSWORD', 'PASSKEY')),
    ended_at      timestamptz,
    CONSTRAINT payment_authorizations_confirmed_has_method CHECK (status NOT IN ('CONFIRMED', 'USED') OR method IS NOT NULL),
    CONSTRAINT payment_authorizations_ended_has_time CHECK (status = 'PENDING' OR ended_at IS NOT NULL)
);

CREATE INDEX payment_authorizations_by_payer ON payment_authorizations (payer_id, created_at);

-- A third code purpose: the SMS confirming one payment authorisation.
ALTER TABLE otp_challenges DROP CONSTRAINT otp_challenges_purpose_check;
ALTER TABLE otp_challenges ADD CONSTRAINT otp_challenges_purpose_check
    CHECK (purpose IN ('PHONE_ENTRY', 'PHONE_CHANGE', 'TRANSACTION'));

-- A payment code's SMS states what it pays ("EUR 20.00 to +49 *** 78": amount and masked payee, no secret).
ALTER TABLE outbox ADD COLUMN payment text CHECK (payment IS NULL OR char_length(payment) <= 80);
