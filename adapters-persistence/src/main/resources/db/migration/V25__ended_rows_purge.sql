-- The retention purge (docs/adr/0021) picks ended rows by the instant they ended, a bounded batch at a time. These
-- indexes are on exactly the expressions it filters by, so a batch is an index range scan rather than a walk over
-- every live row of the large tables. (pre_users has pre_users_by_expiry; recoveries and passkey_challenges are small.)

CREATE INDEX otp_challenges_ended ON otp_challenges ((coalesce(verified_at, superseded_at, expired_at, expires_at)));
CREATE INDEX refresh_families_ended ON refresh_families ((coalesce(revoked_at, absolute_expires_at)));
CREATE INDEX phone_changes_ended ON phone_changes ((coalesce(ended_at, expires_at)));
