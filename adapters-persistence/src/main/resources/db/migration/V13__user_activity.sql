-- When each user last logged in or refreshed a session, to tell a dormant account (default 180 days) from a live
-- one. Its own table, so recording activity on every refresh never bumps the user's version (optimistic locking)
-- nor rewrites the user row.
CREATE TABLE user_activity (
    user_id        uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    last_active_at timestamptz NOT NULL
);

-- Users from before: their latest session start or rotation still on record, else nothing (the application then
-- counts from the day the user was created).
INSERT INTO user_activity (user_id, last_active_at)
SELECT user_id, max(greatest(created_at, coalesce(rotated_at, created_at), coalesce(last_used_at, created_at)))
FROM refresh_families
WHERE user_id IN (SELECT id FROM users)
GROUP BY user_id;
