-- Notices become a kind of outbox message (issue 15): one table, one claim (one row at a time, leased for 30 s from the
-- claim, ADR 0005). The notices table had its own copy of the claim that leased a whole batch for the first retry delay
-- only, so a slow gateway could let another dispatcher send the same notice again. kind is CODE for a one-time code
-- (sealed, with its challenge) or the NoticeKind of a notice (no code, no challenge: the kind names a fixed text).

ALTER TABLE outbox ADD COLUMN kind text NOT NULL DEFAULT 'CODE' CHECK (kind IN ('CODE', 'PHONE_NUMBER_CHANGED'));
ALTER TABLE outbox ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE outbox ALTER COLUMN challenge_id DROP NOT NULL;

ALTER TABLE outbox DROP CONSTRAINT outbox_sealed_code_only_while_pending;
ALTER TABLE outbox ADD CONSTRAINT outbox_sealed_code_only_while_pending
    CHECK (kind <> 'CODE' OR (status = 'PENDING') = (sealed_code IS NOT NULL));
ALTER TABLE outbox ADD CONSTRAINT outbox_code_has_challenge CHECK (kind <> 'CODE' OR challenge_id IS NOT NULL);
ALTER TABLE outbox ADD CONSTRAINT outbox_notice_has_no_code CHECK (kind = 'CODE' OR (sealed_code IS NULL AND challenge_id IS NULL));

INSERT INTO outbox (id, challenge_id, phone, kind, status, created_at, expires_at, attempts, next_attempt_at, ended_at, last_failure)
SELECT id, NULL, phone, kind, status, created_at, expires_at, attempts, next_attempt_at, ended_at, last_failure FROM notices;

DROP TABLE notices;
