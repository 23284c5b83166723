package io.finguard.adapters.persistence;

import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.PhoneVault;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V28 (docs/adr/0023): fills the blind index and the sealed number of every clear phone column that V27 gave them,
 * with the service's {@link PhoneVault}; V29 then drops the clear columns. The database never holds the keys, so
 * only the service can run it: {@link Migrations} hands it to Flyway. A schema with no rows (the build's code
 * generator migrates an empty one without it) needs nothing from it.
 */
final class SealPhoneNumbers implements JavaMigration {
    private static final int BATCH = 1_000;

    /** One clear phone column, found by its row's key; claims get only the index (they are the key). */
    private record Column(String table, String key, String phone, boolean sealed) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("users", "id", "phone", true),
            new Column("pre_users", "id", "phone", true),
            new Column("otp_challenges", "id", "phone", true),
            new Column("outbox", "id", "phone", true),
            new Column("phone_changes", "challenge_id", "new_phone", true),
            new Column("recoveries", "id", "old_phone", true),
            new Column("recoveries", "id", "new_phone", true),
            new Column("phone_claims", "phone", "phone", false));

    private final PhoneVault vault;

    SealPhoneNumbers(PhoneVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("28");
    }

    @Override
    public String getDescription() {
        return "seal phone numbers";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Column column : COLUMNS) {
            seal(connection, column);
        }
    }

    private void seal(Connection connection, Column c) throws SQLException {
        String select = "SELECT " + c.key() + ", " + c.phone() + " FROM " + c.table() + " WHERE " + c.phone() + "_index IS NULL";
        String update = c.sealed()
                ? "UPDATE " + c.table() + " SET " + c.phone() + "_index = ?, " + c.phone() + "_sealed = ?, " + c.phone()
                        + "_key_id = ? WHERE " + c.key() + " = ?"
                : "UPDATE " + c.table() + " SET " + c.phone() + "_index = ? WHERE " + c.key() + " = ?";
        try (PreparedStatement read = connection.prepareStatement(select); PreparedStatement write = connection.prepareStatement(update)) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    bind(write, c, rows.getObject(1), rows.getString(2));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private void bind(PreparedStatement write, Column c, Object key, String e164) throws SQLException {
        if (!PhoneNumber.isValid(e164)) {
            // The column's CHECK allowed only E.164; no value in the message: it ends up in logs.
            throw new IllegalStateException(c.table() + "." + c.phone() + " holds a value that is not E.164");
        }
        PhoneNumber phone = PhoneNumber.of(e164);
        PhoneIndex index = vault.index(phone);
        int i = 1;
        write.setBytes(i++, index.bytes());
        if (c.sealed()) {
            Sealed sealed = vault.seal(phone);
            write.setBytes(i++, sealed.bytes());
            write.setString(i++, sealed.keyId());
        }
        write.setObject(i, key);
    }
}
