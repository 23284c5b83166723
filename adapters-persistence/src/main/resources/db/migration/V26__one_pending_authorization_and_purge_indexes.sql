-- A payment that needs strong customer authentication has one PENDING authorisation at a time: a repeated or
-- concurrent first request of the same payment (same payer and digest) is answered with it (ADR 0016). The transfer
-- looks for it under the payer's account lock, which already serialises every transfer of that payer, so the
-- find-or-create cannot race; this index makes the look-up read only the payer's PENDING rows of that digest.
-- Not UNIQUE: the lock is the mechanism, and databases may still hold the duplicates earlier versions created.
CREATE INDEX payment_authorizations_pending ON payment_authorizations (payer_id, digest) WHERE status = 'PENDING';

