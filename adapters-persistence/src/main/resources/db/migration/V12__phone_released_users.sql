-- Recycled numbers. A dormant user whose number was proven by someone else, who said "this is not my account",
-- moves to PHONE_RELEASED: its row, account and history stay (an operator can see them, with the number it had),
-- its sessions end, and it no longer holds the number, which a new signup may then claim.

ALTER TABLE users DROP CONSTRAINT users_status_check;
ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('ACTIVE', 'BLOCKED', 'PHONE_RELEASED'));
ALTER TABLE users ADD COLUMN phone_released_at timestamptz;
ALTER TABLE users ADD CONSTRAINT users_released_has_time CHECK ((status = 'PHONE_RELEASED') = (phone_released_at IS NOT NULL));

-- One holder per number among the users who still hold one; released users keep the number they had, many may.
ALTER TABLE users DROP CONSTRAINT users_phone_key;
CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE status <> 'PHONE_RELEASED';

-- The claim follows the status too: releasing gives the claim up (in the same transaction the new signup takes it).
CREATE OR REPLACE FUNCTION users_claim_phone() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.status = 'PHONE_RELEASED' THEN
            IF OLD.status <> 'PHONE_RELEASED' THEN
                DELETE FROM phone_claims WHERE user_id = NEW.id;
            END IF;
        ELSIF OLD.status = 'PHONE_RELEASED' THEN
            RAISE EXCEPTION 'a user who released its number cannot take one back'
                USING ERRCODE = 'check_violation', TABLE = 'users', CONSTRAINT = 'users_status_check';
        ELSIF NEW.phone <> OLD.phone THEN
            UPDATE phone_claims SET phone = NEW.phone WHERE user_id = NEW.id;
        END IF;
        RETURN NULL;
    END IF;
    IF NEW.status = 'PHONE_RELEASED' THEN
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

DROP TRIGGER users_claim_phone ON users;
CREATE TRIGGER users_claim_phone
    AFTER INSERT OR UPDATE OF phone, status ON users
    FOR EACH ROW EXECUTE FUNCTION users_claim_phone();

-- A released user shares its former number with whoever holds it now, live signups included.
CREATE OR REPLACE FUNCTION users_phone_free_of_live_signups() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF NEW.status <> 'PHONE_RELEASED'
            AND EXISTS (SELECT 1 FROM pre_users WHERE phone = NEW.phone AND pre_user_is_live(status)) THEN
        -- No phone number in the message: it ends up in logs.
        RAISE EXCEPTION 'a user and a live signup would share a phone'
            USING ERRCODE = 'unique_violation', TABLE = 'phone_claims', CONSTRAINT = 'phone_claims_pkey';
    END IF;
    RETURN NULL;
END
$$;

-- Releasing a number ends every session of the dormant user.
ALTER TABLE refresh_families DROP CONSTRAINT refresh_families_revoke_reason_check;
ALTER TABLE refresh_families ADD CONSTRAINT refresh_families_revoke_reason_check
    CHECK (revoke_reason IN ('LOGOUT', 'TOKEN_REUSE', 'EXPIRED', 'USER_BLOCKED', 'CREDENTIALS_CHANGED', 'PHONE_CHANGED',
                             'ACCOUNT_CLOSED', 'REPLACED', 'PHONE_RELEASED'));
