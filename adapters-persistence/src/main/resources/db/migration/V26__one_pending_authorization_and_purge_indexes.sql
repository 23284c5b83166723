-- A payment that needs strong customer authentication has one PENDING authorisation at a time: a repeated or
-- concurrent first request of the same payment (same payer and digest) is answered with it (ADR 0016). The transfer
-- looks for it under the payer's account lock, which already serialises every transfer of that payer, so the
-- find-or-create cannot race; this index makes the look-up read only the payer's PENDING rows of that digest.
-- Not UNIQUE: the lock is the mechanism, and databases may still hold the duplicates earlier versions created.
CREATE INDEX payment_authorizations_pending ON payment_authorizations (payer_id, digest) WHERE status = 'PENDING';

-- The retention purge (ADR 0021) now also deletes delivered and dead event deliveries and ended payment
-- authorisations, picking them by the instant they ended; as in V25, an index on exactly what it filters by makes a
-- batch an index range scan. Only ended deliveries are in the first (a row enters it when it is settled), so the
-- pending rows dispatch works on are not; every payment authorisation has ended by its expiry, which its purge reads.
CREATE INDEX event_deliveries_ended ON event_deliveries (status, ended_at) WHERE ended_at IS NOT NULL;
CREATE INDEX payment_authorizations_expiry ON payment_authorizations (expires_at);
