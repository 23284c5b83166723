-- Codes waiting in the outbox are sealed by the service (AES-256-GCM, bound to the row's id, challenge and phone)
-- before they are written, so neither this table nor the WAL nor a backup holds a readable code. sealed_code is
-- the nonce, ciphertext and tag; code_key_id names the key that sealed it, so the key can rotate. The sealed code
-- is wiped (set NULL) as soon as the row is delivered, expires or dies, as the plaintext code was before.
--
-- Plaintext codes still waiting cannot be sealed here (the database never holds the key): they are expired and
-- wiped, and their owners ask for a new code. Stop the old version before migrating: it writes the dropped column.

UPDATE outbox SET status = 'EXPIRED', code = NULL, ended_at = now() WHERE status = 'PENDING';

ALTER TABLE outbox DROP CONSTRAINT outbox_code_only_while_pending;
ALTER TABLE outbox DROP COLUMN code;
ALTER TABLE outbox ADD COLUMN code_key_id text;
ALTER TABLE outbox ADD COLUMN sealed_code bytea;

ALTER TABLE outbox ADD CONSTRAINT outbox_sealed_code_only_while_pending
    CHECK ((status = 'PENDING') = (sealed_code IS NOT NULL));
ALTER TABLE outbox ADD CONSTRAINT outbox_sealed_code_has_key_id
    CHECK (sealed_code IS NULL OR code_key_id IS NOT NULL);
