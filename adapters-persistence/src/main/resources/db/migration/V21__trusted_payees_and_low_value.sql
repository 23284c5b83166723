-- Exemptions from strong customer authentication (PSD2 RTS): trusted beneficiaries (Art. 13), added with strong
-- authentication, and each payer's tally of payments without it since the last one (Art. 16, low value).
CREATE TABLE trusted_payees (
    id            uuid        PRIMARY KEY,
    owner_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    payee_account uuid        NOT NULL,
    payee_masked  text        NOT NULL,
    added_at      timestamptz NOT NULL,
    CONSTRAINT trusted_payees_once UNIQUE (owner_id, payee_account)
);

CREATE TABLE low_value_tallies (
    payer_id     uuid    PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    payments     integer NOT NULL CHECK (payments >= 0),
    total_minor  bigint  NOT NULL CHECK (total_minor >= 0),
    currency     text    NOT NULL CHECK (currency ~ '^[A-Z]{3}$')
);
