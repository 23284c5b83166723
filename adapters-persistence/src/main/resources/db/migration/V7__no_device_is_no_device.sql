-- A client that names no device has none: its session stores no device and makes no device known. Sessions and
-- known devices stored before under the placeholder 'unknown' lose it, so a missing device id is a new device.

ALTER TABLE refresh_families ALTER COLUMN device_id DROP NOT NULL;

UPDATE refresh_families SET device_id = NULL WHERE device_id = 'unknown';

DELETE FROM user_devices WHERE device_id = 'unknown';
