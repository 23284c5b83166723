-- A refresh-token family bound to a DPoP key (RFC 9449) records the key's RFC 7638 SHA-256 thumbprint (base64url);
-- NULL for a Bearer family. Fixed at login like the device.
ALTER TABLE refresh_families ADD COLUMN key_thumbprint text
    CONSTRAINT refresh_families_key_thumbprint_format CHECK (key_thumbprint ~ '^[A-Za-z0-9_-]{43}$');

CREATE INDEX refresh_families_active_by_user_key ON refresh_families (user_id, key_thumbprint)
    WHERE status = 'ACTIVE' AND key_thumbprint IS NOT NULL;
