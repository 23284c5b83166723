-- Security audit trail. Append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused by a
-- trigger, whatever the application does (the trigger function is shared with the ledger, see V4).
-- type is not constrained to a list: new audit kinds must not need a migration to be recorded.

CREATE TABLE audit_log (
    seq     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id      uuid        NOT NULL UNIQUE,
    at      timestamptz NOT NULL,
    type    text        NOT NULL,
    subject text        NOT NULL,
    details jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object')
);

CREATE INDEX audit_log_newest ON audit_log (at DESC, seq DESC);
CREATE INDEX audit_log_newest_by_subject ON audit_log (subject, at DESC, seq DESC);

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
