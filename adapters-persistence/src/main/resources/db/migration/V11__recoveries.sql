-- Lost-phone recovery (issue 11): REQUESTED -> IDENTITY_PENDING -> APPROVED / REJECTED -> COMPLETED, or EXPIRED while
-- open. At most one open recovery per user and per new number.

CREATE TABLE recoveries (
    id            uuid        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    old_phone     text        NOT NULL CHECK (old_phone ~ '^\+[1-9][0-9]{7,14}$'),
    new_phone     text        NOT NULL CHECK (new_phone ~ '^\+[1-9][0-9]{7,14}$'),
    status        text        NOT NULL CHECK (status IN ('REQUESTED', 'IDENTITY_PENDING', 'APPROVED', 'REJECTED', 'COMPLETED',
                                                         'EXPIRED')),
    reference     text,
    requested_at  timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    decided_at    timestamptz,
    completed_at  timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT recoveries_lifetime CHECK (expires_at > requested_at),
    CONSTRAINT recoveries_reference_by_state CHECK (status IN ('REQUESTED', 'EXPIRED') OR reference IS NOT NULL),
    CONSTRAINT recoveries_decided_by_state CHECK (status NOT IN ('APPROVED', 'REJECTED') OR decided_at IS NOT NULL),
    CONSTRAINT recoveries_completed_by_state CHECK ((completed_at IS NOT NULL) = (status = 'COMPLETED'))
);

CREATE UNIQUE INDEX recoveries_one_open_per_user ON recoveries (user_id)
    WHERE status IN ('REQUESTED', 'IDENTITY_PENDING', 'APPROVED');
CREATE UNIQUE INDEX recoveries_one_open_per_new_phone ON recoveries (new_phone)
    WHERE status IN ('REQUESTED', 'IDENTITY_PENDING', 'APPROVED');
CREATE INDEX recoveries_by_new_phone ON recoveries (new_phone, requested_at DESC);
