-- Closing an account (operator route) ends every session of its user with the reason ACCOUNT_CLOSED.
ALTER TABLE refresh_families DROP CONSTRAINT refresh_families_revoke_reason_check;
ALTER TABLE refresh_families ADD CONSTRAINT refresh_families_revoke_reason_check
    CHECK (revoke_reason IN ('LOGOUT', 'TOKEN_REUSE', 'EXPIRED', 'USER_BLOCKED', 'CREDENTIALS_CHANGED', 'ACCOUNT_CLOSED', 'REPLACED'));
