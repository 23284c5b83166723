-- The profile step (S3) refuses a PIN made of the birth date, but the PIN was chosen in S2 before the birth date was
-- known. Checking that against the Argon2id PIN hash took up to eight slow hashes per profile request, which let one
-- signup ticket exhaust the hashing pool. S2 now also stores a keyed tag of the PIN (HMAC-SHA256 under the password
-- pepper, see HmacPinTags), held only while the profile may still change, so S3 needs no slow hash.
ALTER TABLE pre_users ADD COLUMN pin_tag text;

-- Signups that chose their PIN before this release have no tag and cannot be checked: they start S2 again (their
-- ticket stays valid; the resumed login says SET_CREDENTIALS).
UPDATE pre_users
SET status = 'CREATED', password_hash = NULL, pin_hash = NULL, first_name = NULL, last_name = NULL, date_of_birth = NULL,
    address_line1 = NULL, address_line2 = NULL, city = NULL, postal_code = NULL, country = NULL, version = version + 1
WHERE status IN ('CREDENTIALS_SET', 'PROFILE_COMPLETED');

ALTER TABLE pre_users ADD CONSTRAINT pre_users_pin_tag_by_state
    CHECK ((pin_tag IS NOT NULL) = (status IN ('CREDENTIALS_SET', 'PROFILE_COMPLETED')));
