-- Signups in progress (PreUsers) and the users they become.
--
-- One phone number belongs to at most one holder at a time: a user, or a live signup (live = status not
-- CONVERTED and not EXPIRED). The rule spans two tables, which no single unique index can express, and a
-- trigger that merely looks for a conflicting row is racy under READ COMMITTED (two transactions each see
-- nothing and both commit). So every holder owns a row in phone_claims, whose primary key is the phone:
-- the second of two racing claims blocks on the first and fails with a unique violation once it commits.
-- Triggers keep the claims in step with the tables; the application never writes phone_claims itself.
--
-- Conversion (S5) writes the user and marks the signup CONVERTED in one transaction, in either order. So a
-- new user takes over the claim of a live signup, and a deferred check at commit makes sure that no live
-- signup is left with the phone of a user. Anyone else who wants the phone meanwhile waits on the claim row.

CREATE TABLE users (
    id                     uuid        PRIMARY KEY,
    phone                  text        NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    status                 text        NOT NULL CHECK (status IN ('ACTIVE', 'BLOCKED')),
    first_name             text        NOT NULL,
    last_name              text        NOT NULL,
    date_of_birth          date,
    address_line1          text        NOT NULL,
    address_line2          text        NOT NULL,
    city                   text        NOT NULL,
    postal_code            text        NOT NULL,
    country                text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    password_hash          text        NOT NULL,
    pin_hash               text        NOT NULL,
    created_at             timestamptz NOT NULL,
    credentials_changed_at timestamptz NOT NULL,
    blocked_reason         text,
    blocked_at             timestamptz,
    version                bigint      NOT NULL DEFAULT 0,
    CONSTRAINT users_phone_key UNIQUE (phone),
    CONSTRAINT users_blocked_has_reason CHECK ((status = 'BLOCKED') = (blocked_reason IS NOT NULL)),
    CONSTRAINT users_blocked_has_time CHECK ((blocked_reason IS NULL) = (blocked_at IS NULL))
);

CREATE TABLE pre_users (
    id             uuid        PRIMARY KEY,
    phone          text        NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    status         text        NOT NULL CHECK (status IN ('CREATED', 'CREDENTIALS_SET', 'PROFILE_COMPLETED',
                                                          'UNDER_REVIEW', 'REJECTED', 'CONVERTED', 'EXPIRED')),
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    otp_failures   integer     NOT NULL CHECK (otp_failures >= 0),
    password_hash  text,
    pin_hash       text,
    first_name     text,
    last_name      text,
    date_of_birth  date,
    address_line1  text,
    address_line2  text,
    city           text,
    postal_code    text,
    country        text CHECK (country ~ '^[A-Z]{2}$'),
    risk_reasons   text[],
    user_id        uuid,
    converted_at   timestamptz,
    rejected_at    timestamptz,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pre_users_lifetime CHECK (expires_at > created_at),
    -- Each state holds exactly what it has collected: the columns of later steps are empty before them.
    CONSTRAINT pre_users_credentials_by_state CHECK (
        (password_hash IS NOT NULL) = (status IN ('CREDENTIALS_SET', 'PROFILE_COMPLETED', 'UNDER_REVIEW', 'CONVERTED'))),
    CONSTRAINT pre_users_credentials_whole CHECK ((password_hash IS NULL) = (pin_hash IS NULL)),
    CONSTRAINT pre_users_profile_by_state CHECK (
        (first_name IS NOT NULL) = (status IN ('PROFILE_COMPLETED', 'UNDER_REVIEW', 'CONVERTED'))),
    CONSTRAINT pre_users_profile_whole CHECK (
        num_nulls(first_name, last_name, address_line1, address_line2, city, postal_code, country) IN (0, 7)),
    CONSTRAINT pre_users_profile_only_with_dob CHECK (date_of_birth IS NULL OR first_name IS NOT NULL),
    CONSTRAINT pre_users_reasons_by_state CHECK ((risk_reasons IS NOT NULL) = (status IN ('UNDER_REVIEW', 'REJECTED'))),
    CONSTRAINT pre_users_conversion_by_state CHECK ((status = 'CONVERTED') = (user_id IS NOT NULL)),
    CONSTRAINT pre_users_conversion_whole CHECK ((user_id IS NULL) = (converted_at IS NULL)),
    CONSTRAINT pre_users_rejection_by_state CHECK ((status = 'REJECTED') = (rejected_at IS NOT NULL))
);

-- Redundant with phone_claims, but cheap, and it names the rule where someone reading pre_users looks for it.
CREATE UNIQUE INDEX pre_users_one_live_per_phone ON pre_users (phone) WHERE status NOT IN ('CONVERTED', 'EXPIRED');
CREATE INDEX pre_users_under_review ON pre_users (created_at) WHERE status = 'UNDER_REVIEW';
CREATE INDEX pre_users_by_expiry ON pre_users (expires_at);

CREATE TABLE phone_claims (
    phone       text PRIMARY KEY,
    pre_user_id uuid UNIQUE REFERENCES pre_users (id) ON DELETE CASCADE,
    user_id     uuid UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT phone_claims_one_holder CHECK (num_nonnulls(pre_user_id, user_id) = 1)
);

CREATE FUNCTION pre_user_is_live(status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN status NOT IN ('CONVERTED', 'EXPIRED');

CREATE FUNCTION pre_users_claim_phone() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF pre_user_is_live(NEW.status) THEN
            INSERT INTO phone_claims (phone, pre_user_id) VALUES (NEW.phone, NEW.id);
        END IF;
    ELSIF pre_user_is_live(OLD.status) AND NOT pre_user_is_live(NEW.status) THEN
        DELETE FROM phone_claims WHERE pre_user_id = OLD.id;
    ELSIF NOT pre_user_is_live(OLD.status) AND pre_user_is_live(NEW.status) THEN
        INSERT INTO phone_claims (phone, pre_user_id) VALUES (NEW.phone, NEW.id);
    ELSIF pre_user_is_live(NEW.status) AND NEW.phone <> OLD.phone THEN
        UPDATE phone_claims SET phone = NEW.phone WHERE pre_user_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER pre_users_claim_phone
    AFTER INSERT OR UPDATE OF status, phone ON pre_users
    FOR EACH ROW EXECUTE FUNCTION pre_users_claim_phone();

CREATE FUNCTION users_claim_phone() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.phone <> OLD.phone THEN
            UPDATE phone_claims SET phone = NEW.phone WHERE user_id = NEW.id;
        END IF;
        RETURN NULL;
    END IF;
    -- A claim held by another user cannot get here (users_phone_key refuses first); one held by a signup is
    -- taken over, and users_phone_free_of_live_signups checks at commit that the signup ended.
    INSERT INTO phone_claims (phone, user_id) VALUES (NEW.phone, NEW.id)
        ON CONFLICT (phone) DO UPDATE SET user_id = excluded.user_id, pre_user_id = NULL
        WHERE phone_claims.user_id IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the phone of a new user is claimed by another user'
            USING ERRCODE = 'unique_violation', TABLE = 'phone_claims', CONSTRAINT = 'phone_claims_pkey';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_claim_phone
    AFTER INSERT OR UPDATE OF phone ON users
    FOR EACH ROW EXECUTE FUNCTION users_claim_phone();

CREATE FUNCTION users_phone_free_of_live_signups() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pre_users WHERE phone = NEW.phone AND pre_user_is_live(status)) THEN
        -- No phone number in the message: it ends up in logs.
        RAISE EXCEPTION 'a user and a live signup would share a phone'
            USING ERRCODE = 'unique_violation', TABLE = 'phone_claims', CONSTRAINT = 'phone_claims_pkey';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER users_phone_free_of_live_signups
    AFTER INSERT OR UPDATE OF phone ON users
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION users_phone_free_of_live_signups();
