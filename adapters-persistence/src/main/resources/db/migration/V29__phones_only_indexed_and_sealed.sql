-- The clear phone columns go (docs/adr/0023). NOT NULL comes first: a row that V28 did not seal fails this
-- migration, which then leaves everything as it was, rather than losing the number. The claims, the unique indexes
-- and the lookups move to the blind index; the E.164 format CHECKs go with the columns (PhoneNumber validates).

ALTER TABLE users ALTER COLUMN phone_index SET NOT NULL, ALTER COLUMN phone_sealed SET NOT NULL,
                  ALTER COLUMN phone_key_id SET NOT NULL;
ALTER TABLE pre_users ALTER COLUMN phone_index SET NOT NULL, ALTER COLUMN phone_sealed SET NOT NULL,
                      ALTER COLUMN phone_key_id SET NOT NULL;
ALTER TABLE otp_challenges ALTER COLUMN phone_index SET NOT NULL, ALTER COLUMN phone_sealed SET NOT NULL,
                           ALTER COLUMN phone_key_id SET NOT NULL;
ALTER TABLE outbox ALTER COLUMN phone_index SET NOT NULL, ALTER COLUMN phone_sealed SET NOT NULL,
                   ALTER COLUMN phone_key_id SET NOT NULL;
ALTER TABLE phone_changes ALTER COLUMN new_phone_index SET NOT NULL, ALTER COLUMN new_phone_sealed SET NOT NULL,
                          ALTER COLUMN new_phone_key_id SET NOT NULL;
ALTER TABLE recoveries ALTER COLUMN old_phone_index SET NOT NULL, ALTER COLUMN old_phone_sealed SET NOT NULL,
                       ALTER COLUMN old_phone_key_id SET NOT NULL, ALTER COLUMN new_phone_index SET NOT NULL,
                       ALTER COLUMN new_phone_sealed SET NOT NULL, ALTER COLUMN new_phone_key_id SET NOT NULL;
ALTER TABLE phone_claims ALTER COLUMN phone_index SET NOT NULL;

ALTER TABLE users ADD CONSTRAINT users_phone_index_size CHECK (octet_length(phone_index) = 32);
ALTER TABLE pre_users ADD CONSTRAINT pre_users_phone_index_size CHECK (octet_length(phone_index) = 32);
ALTER TABLE phone_claims ADD CONSTRAINT phone_claims_phone_index_size CHECK (octet_length(phone_index) = 32);

DROP TRIGGER users_claim_phone ON users;
DROP TRIGGER users_phone_free_of_live_signups ON users;
DROP TRIGGER pre_users_claim_phone ON pre_users;

ALTER TABLE phone_claims DROP CONSTRAINT phone_claims_pkey;
ALTER TABLE phone_claims DROP COLUMN phone;
ALTER TABLE phone_claims ADD CONSTRAINT phone_claims_pkey PRIMARY KEY (phone_index);

-- Dropping a column drops its indexes and CHECKs; the ones the rules need come back on the index.
ALTER TABLE users DROP COLUMN phone;
CREATE UNIQUE INDEX users_phone_key ON users (phone_index) WHERE status <> 'PHONE_RELEASED';
ALTER TABLE pre_users DROP COLUMN phone;
CREATE UNIQUE INDEX pre_users_one_live_per_phone ON pre_users (phone_index) WHERE status NOT IN ('CONVERTED', 'EXPIRED');
ALTER TABLE otp_challenges DROP COLUMN phone;
CREATE UNIQUE INDEX otp_challenges_one_pending ON otp_challenges (phone_index, purpose)
    WHERE status = 'PENDING' AND purpose = 'PHONE_ENTRY';
ALTER TABLE outbox DROP COLUMN phone;
ALTER TABLE phone_changes DROP COLUMN new_phone;
ALTER TABLE recoveries DROP COLUMN old_phone, DROP COLUMN new_phone;
CREATE UNIQUE INDEX recoveries_one_open_per_new_phone ON recoveries (new_phone_index)
    WHERE status IN ('REQUESTED', 'IDENTITY_PENDING', 'APPROVED');
CREATE INDEX recoveries_by_new_phone ON recoveries (new_phone_index, requested_at DESC);

-- The claim rules of V1 and V12, unchanged but for the column they compare.
CREATE OR REPLACE FUNCTION pre_users_claim_phone() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF pre_user_is_live(NEW.status) THEN
            INSERT INTO phone_claims (phone_index, pre_user_id) VALUES (NEW.phone_index, NEW.id);
        END IF;
    ELSIF pre_user_is_live(OLD.status) AND NOT pre_user_is_live(NEW.status) THEN
        DELETE FROM phone_claims WHERE pre_user_id = OLD.id;
    ELSIF NOT pre_user_is_live(OLD.status) AND pre_user_is_live(NEW.status) THEN
        INSERT INTO phone_claims (phone_index, pre_user_id) VALUES (NEW.phone_index, NEW.id);
    ELSIF pre_user_is_live(NEW.status) AND NEW.phone_index <> OLD.phone_index THEN
        UPDATE phone_claims SET phone_index = NEW.phone_index WHERE pre_user_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER pre_users_claim_phone
    AFTER INSERT OR UPDATE OF status, phone_index ON pre_users
    FOR EACH ROW EXECUTE FUNCTION pre_users_claim_phone();

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
        ELSIF NEW.phone_index <> OLD.phone_index THEN
            UPDATE phone_claims SET phone_index = NEW.phone_index WHERE user_id = NEW.id;
        END IF;
        RETURN NULL;
    END IF;
    IF NEW.status = 'PHONE_RELEASED' THEN
        RETURN NULL;
    END IF;
    -- A claim held by another user cannot get here (users_phone_key refuses first); one held by a signup is
    -- taken over, and users_phone_free_of_live_signups checks at commit that the signup ended.
    INSERT INTO phone_claims (phone_index, user_id) VALUES (NEW.phone_index, NEW.id)
        ON CONFLICT (phone_index) DO UPDATE SET user_id = excluded.user_id, pre_user_id = NULL
        WHERE phone_claims.user_id IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the phone of a new user is claimed by another user'
            USING ERRCODE = 'unique_violation', TABLE = 'phone_claims', CONSTRAINT = 'phone_claims_pkey';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_claim_phone
    AFTER INSERT OR UPDATE OF phone_index, status ON users
    FOR EACH ROW EXECUTE FUNCTION users_claim_phone();

CREATE OR REPLACE FUNCTION users_phone_free_of_live_signups() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
BEGIN
    IF NEW.status <> 'PHONE_RELEASED'
            AND EXISTS (SELECT 1 FROM pre_users WHERE phone_index = NEW.phone_index AND pre_user_is_live(status)) THEN
        -- No phone number in the message: it ends up in logs.
        RAISE EXCEPTION 'a user and a live signup would share a phone'
            USING ERRCODE = 'unique_violation', TABLE = 'phone_claims', CONSTRAINT = 'phone_claims_pkey';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER users_phone_free_of_live_signups
    AFTER INSERT OR UPDATE OF phone_index ON users
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION users_phone_free_of_live_signups();

-- Dropping a column only marks it dropped: every row written before keeps the number's bytes in the table's files,
-- and the row versions V28 replaced are still there until a vacuum. CLUSTER writes each table anew (dropped columns
-- as NULL, no dead rows) and deletes the old files at commit, so the files of a migrated database hold no number.
-- (WAL archives and backups taken before this migration still do: retire them, operations.md.)
CLUSTER users USING users_pkey;
CLUSTER pre_users USING pre_users_pkey;
CLUSTER otp_challenges USING otp_challenges_pkey;
CLUSTER outbox USING outbox_pkey;
CLUSTER phone_changes USING phone_changes_pkey;
CLUSTER recoveries USING recoveries_pkey;
CLUSTER phone_claims USING phone_claims_pkey;
ALTER TABLE users SET WITHOUT CLUSTER;
ALTER TABLE pre_users SET WITHOUT CLUSTER;
ALTER TABLE otp_challenges SET WITHOUT CLUSTER;
ALTER TABLE outbox SET WITHOUT CLUSTER;
ALTER TABLE phone_changes SET WITHOUT CLUSTER;
ALTER TABLE recoveries SET WITHOUT CLUSTER;
ALTER TABLE phone_claims SET WITHOUT CLUSTER;
