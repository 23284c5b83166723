package io.finguard.adapters.persistence.passkey;

import static io.finguard.adapters.persistence.jooq.Tables.PASSKEYS;

import io.finguard.adapters.persistence.jooq.tables.records.PasskeysRecord;
import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.CoseKey;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.Passkey;
import java.util.List;
import java.util.Optional;

/** Passkeys to and from passkeys rows. */
final class PasskeyMapper {
    private PasskeyMapper() {
    }

    static PasskeysRecord toRecord(Passkey passkey) {
        return new PasskeysRecord()
                .with(PASSKEYS.ID, passkey.id().value())
                .with(PASSKEYS.USER_ID, passkey.user().value())
                .with(PASSKEYS.CREDENTIAL_ID, passkey.credential().bytes())
                .with(PASSKEYS.PUBLIC_KEY, passkey.publicKey().encoded())
                .with(PASSKEYS.NAME, passkey.name())
                .with(PASSKEYS.TRANSPORTS, passkey.transports().toArray(String[]::new))
                .with(PASSKEYS.SIGN_COUNT, passkey.signCount())
                .with(PASSKEYS.CREATED_AT, passkey.createdAt())
                .with(PASSKEYS.LAST_USED_AT, passkey.lastUsedAt().orElse(null));
    }

    static Passkey fromRecord(PasskeysRecord row) {
        return new Passkey(new PasskeyId(row.getId()), UserId.of(row.getUserId()), CredentialId.of(row.getCredentialId()),
                CoseKey.of(row.getPublicKey()), row.getName(), List.of(row.getTransports()), row.getSignCount(),
                row.getCreatedAt(), Optional.ofNullable(row.getLastUsedAt()));
    }
}
