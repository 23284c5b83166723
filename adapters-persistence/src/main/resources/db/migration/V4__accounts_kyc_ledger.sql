-- Accounts, KYC submissions, transfers and the double-entry ledger behind them.

CREATE TABLE accounts (
    id              uuid        PRIMARY KEY,
    owner_id        uuid        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN', 'CLOSED')),
    kyc_status      text        NOT NULL CHECK (kyc_status IN ('NOT_SUBMITTED', 'PENDING', 'VERIFIED', 'REJECTED')),
    kyc_submissions integer     NOT NULL CHECK (kyc_submissions >= 0),
    -- Balances never go negative, whatever a caller computes: two racing debits cannot overdraw.
    balance_minor   bigint      NOT NULL CHECK (balance_minor >= 0),
    currency        text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    opened_at       timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT accounts_one_per_owner UNIQUE (owner_id),
    CONSTRAINT accounts_unsubmitted_has_none CHECK (kyc_status <> 'NOT_SUBMITTED' OR kyc_submissions = 0),
    CONSTRAINT accounts_submitted_has_some CHECK (kyc_status NOT IN ('PENDING', 'REJECTED') OR kyc_submissions >= 1)
);

CREATE TABLE kyc_submissions (
    reference    text        PRIMARY KEY,
    account_id   uuid        NOT NULL,
    submitted_at timestamptz NOT NULL,
    status       text        NOT NULL CHECK (status IN ('NOT_SUBMITTED', 'PENDING', 'VERIFIED', 'REJECTED')),
    decided_at   timestamptz
);

CREATE INDEX kyc_submissions_by_account ON kyc_submissions (account_id);

CREATE TABLE transfers (
    id                     uuid        PRIMARY KEY,
    initiator_id           uuid        NOT NULL,
    idempotency_key        text        NOT NULL,
    request_hash           text        NOT NULL,
    source_account_id      uuid        NOT NULL,
    destination_account_id uuid        NOT NULL,
    amount_minor           bigint      NOT NULL CHECK (amount_minor > 0),
    currency               text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    created_at             timestamptz NOT NULL,
    CONSTRAINT transfers_between_two_accounts CHECK (source_account_id <> destination_account_id),
    -- A retried request with the same Idempotency-Key finds the first transfer instead of making a second.
    CONSTRAINT transfers_idempotency_key UNIQUE (initiator_id, idempotency_key)
);

CREATE INDEX transfers_outgoing ON transfers (source_account_id, created_at);

CREATE TABLE deposits (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id   uuid        NOT NULL,
    amount_minor bigint      NOT NULL CHECK (amount_minor > 0),
    currency     text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    created_at   timestamptz NOT NULL
);

-- Entries of one posting (a transfer or a deposit). account_id NULL is the system funding account that
-- balances stub deposits; it is the only side allowed to go below zero.
CREATE TABLE ledger_entries (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transfer_id  uuid        REFERENCES transfers (id),
    deposit_id   uuid        REFERENCES deposits (id),
    account_id   uuid,
    amount_minor bigint      NOT NULL CHECK (amount_minor <> 0),
    currency     text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    created_at   timestamptz NOT NULL,
    CONSTRAINT ledger_entries_one_posting CHECK (num_nonnulls(transfer_id, deposit_id) = 1),
    CONSTRAINT ledger_entries_funding_only_for_deposits CHECK (account_id IS NOT NULL OR deposit_id IS NOT NULL)
);

CREATE INDEX ledger_entries_by_transfer ON ledger_entries (transfer_id) WHERE transfer_id IS NOT NULL;
CREATE INDEX ledger_entries_by_deposit ON ledger_entries (deposit_id) WHERE deposit_id IS NOT NULL;
CREATE INDEX ledger_entries_by_account ON ledger_entries (account_id, created_at);

-- The entries of a posting sum to zero in one currency. Checked at commit (deferred), because a posting's
-- entries are inserted one by one and are unbalanced in between.
CREATE FUNCTION ledger_entries_balanced() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
DECLARE
    total      numeric;
    currencies integer;
BEGIN
    SELECT coalesce(sum(amount_minor), 0), count(DISTINCT currency) INTO total, currencies
      FROM ledger_entries
     WHERE (NEW.transfer_id IS NOT NULL AND transfer_id = NEW.transfer_id)
        OR (NEW.deposit_id IS NOT NULL AND deposit_id = NEW.deposit_id);
    IF total <> 0 OR currencies <> 1 THEN
        RAISE EXCEPTION 'ledger posting % is unbalanced (sum %, % currencies)',
              coalesce(NEW.transfer_id, NEW.deposit_id), total, currencies
              USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_entries_balanced';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER ledger_entries_balanced
    AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_balanced();

-- Booked entries are history: corrections are new postings, never edits.
CREATE FUNCTION reject_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER ledger_entries_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
