-- Phone numbers at rest (docs/adr/0023): every phone column gets a blind index (HMAC-SHA256 under the phone index
-- key, 32 bytes: what rows are found, claimed and kept unique by) and the number sealed with AES-256-GCM (nonce,
-- ciphertext and tag, bound to its key id and index) with the id of the key that sealed it. The service computes
-- both, the database never holds a key. V28 (a Java migration, run by the service with its keys) fills them from the
-- clear columns, which V29 then drops.

ALTER TABLE users ADD COLUMN phone_index bytea, ADD COLUMN phone_sealed bytea, ADD COLUMN phone_key_id text;
ALTER TABLE pre_users ADD COLUMN phone_index bytea, ADD COLUMN phone_sealed bytea, ADD COLUMN phone_key_id text;
ALTER TABLE otp_challenges ADD COLUMN phone_index bytea, ADD COLUMN phone_sealed bytea, ADD COLUMN phone_key_id text;
ALTER TABLE outbox ADD COLUMN phone_index bytea, ADD COLUMN phone_sealed bytea, ADD COLUMN phone_key_id text;
ALTER TABLE phone_changes ADD COLUMN new_phone_index bytea, ADD COLUMN new_phone_sealed bytea, ADD COLUMN new_phone_key_id text;
ALTER TABLE recoveries ADD COLUMN old_phone_index bytea, ADD COLUMN old_phone_sealed bytea, ADD COLUMN old_phone_key_id text,
                       ADD COLUMN new_phone_index bytea, ADD COLUMN new_phone_sealed bytea, ADD COLUMN new_phone_key_id text;
ALTER TABLE phone_claims ADD COLUMN phone_index bytea;
