-- Domain events (issue 15) wait here like codes in the outbox, written in the transaction of the change they report:
-- one row per event and subscriber, so each subscriber has its own attempts, order and dead letters. The payload is a
-- flat JSON object of strings that never holds a secret, a code, a token or a full phone number (masked or ids only).
-- seq orders a user's events for a subscriber: a row is only due when no earlier row of the same user and subscriber
-- is still PENDING (a DEAD one no longer holds the later ones back; redelivery makes it PENDING again).
CREATE TABLE event_deliveries (
    event_id        uuid        NOT NULL,
    subscriber      text        NOT NULL CHECK (subscriber ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    seq             bigint      GENERATED ALWAYS AS IDENTITY,
    user_id         uuid        NOT NULL,
    type            text        NOT NULL CHECK (type ~ '^[a-z]+(\.[a-z_]+)+$'),
    occurred_at     timestamptz NOT NULL,
    data            jsonb       NOT NULL CHECK (jsonb_typeof(data) = 'object'),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    ended_at        timestamptz,
    last_failure    text,
    PRIMARY KEY (event_id, subscriber),
    CONSTRAINT event_deliveries_ended_at CHECK ((status = 'PENDING') = (ended_at IS NULL))
);

CREATE UNIQUE INDEX event_deliveries_by_seq ON event_deliveries (seq);
CREATE INDEX event_deliveries_due ON event_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX event_deliveries_line ON event_deliveries (subscriber, user_id, seq) WHERE status = 'PENDING';
CREATE INDEX event_deliveries_dead ON event_deliveries (seq) WHERE status = 'DEAD';
