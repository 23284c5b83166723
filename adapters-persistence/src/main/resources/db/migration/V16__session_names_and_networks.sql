-- Sessions management: the name a client gave its session at login and the coarse network it began from (an IPv4 /24
-- or an IPv6 /48: the schema refuses any narrower prefix, so a client's own address is never kept here). Both are facts
-- of the family, fixed at login. Two more reasons a family ends: the per-user session cap, and an operator.
ALTER TABLE refresh_families
    ADD COLUMN session_name text CHECK (char_length(session_name) BETWEEN 1 AND 64),
    ADD COLUMN network      text CHECK (network ~ '^[0-9a-f.:]+/(24|48)$');

ALTER TABLE refresh_families DROP CONSTRAINT refresh_families_revoke_reason_check;
ALTER TABLE refresh_families ADD CONSTRAINT refresh_families_revoke_reason_check
    CHECK (revoke_reason IN ('LOGOUT', 'TOKEN_REUSE', 'EXPIRED', 'USER_BLOCKED', 'CREDENTIALS_CHANGED', 'PHONE_CHANGED',
                             'ACCOUNT_CLOSED', 'REPLACED', 'SESSION_LIMIT', 'OPERATOR', 'PHONE_RELEASED'));
