package io.finguard.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.PhoneVault;
import io.finguard.domain.model.ChallengeId;
import io.finguard.testsupport.SharedPostgres;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Upgrading a database that holds phone numbers in clear (V26) to sealed ones (V27 to V29, docs/adr/0023): every row
 * stays, every number opens to what it was, rows are still found by number, claims still hold, no digit is left.
 */
class SealPhoneNumbersMigrationTest {
    private static final UUID USER = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID RELEASED = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID SIGNUP = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final UUID CHALLENGE = UUID.fromString("00000000-0000-4000-8000-000000000004");
    private static final UUID CODE = UUID.fromString("00000000-0000-4000-8000-000000000005");
    private static final UUID NOTICE = UUID.fromString("00000000-0000-4000-8000-000000000006");
    private static final UUID CHANGE = UUID.fromString("00000000-0000-4000-8000-000000000007");
    private static final UUID RECOVERY = UUID.fromString("00000000-0000-4000-8000-000000000008");
    private static final String HOLDER = "+447700900101";
    private static final String SIGNUP_PHONE = "+447700900102";
    private static final String ENTERING = "+447700900103";
    private static final String NOTICED = "+447700900104";
    private static final String CHANGING_TO = "+447700900105";
    private static final String RECOVERING_TO = "+447700900106";

    private final String schema = "finguard_phones_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final PGSimpleDataSource dataSource = SharedPostgres.shared().dataSource();
    private final DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
    private final PhoneVault vault = TestDatabase.phones();

    SealPhoneNumbersMigrationTest() {
        dataSource.setCurrentSchema(schema);
    }

    @AfterEach
    void dropTheSchema() {
        sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void everyClearNumberIsSealedWithItsIndexAndTheRowsAreFoundByNumberAsBefore() {
        Migrations.migrateTo(dataSource, schema, vault, "26");
        clearNumbersOfV26();
        Map<String, Integer> rowsBefore = rowCounts();
        assertThatThrownBy(() -> ClearText.assertNoneHolds(ClearText.everyStoredValue(sql), HOLDER.substring(1)))
                .as("the scan below sees a number in clear").isInstanceOf(AssertionError.class);

        assertThat(Migrations.migrate(dataSource, schema, vault)).as("V27 to V29").isEqualTo(3);

        assertThat(rowCounts()).isEqualTo(rowsBefore);
        assertThat(opened("users", "phone", "id", USER)).isEqualTo(HOLDER);
        assertThat(opened("users", "phone", "id", RELEASED)).isEqualTo(HOLDER);
        assertThat(opened("pre_users", "phone", "id", SIGNUP)).isEqualTo(SIGNUP_PHONE);
        assertThat(opened("otp_challenges", "phone", "id", CHALLENGE)).isEqualTo(ENTERING);
        assertThat(opened("outbox", "phone", "id", CODE)).isEqualTo(ENTERING);
        assertThat(opened("outbox", "phone", "id", NOTICE)).isEqualTo(NOTICED);
        assertThat(opened("phone_changes", "new_phone", "challenge_id", CHANGE)).isEqualTo(CHANGING_TO);
        assertThat(opened("recoveries", "old_phone", "id", RECOVERY)).isEqualTo(HOLDER);
        assertThat(opened("recoveries", "new_phone", "id", RECOVERY)).isEqualTo(RECOVERING_TO);
        assertThat(claimIndex("user_id", USER)).isEqualTo(index(HOLDER));
        assertThat(claimIndex("pre_user_id", SIGNUP)).isEqualTo(index(SIGNUP_PHONE));

        PostgresPersistence db = new PostgresPersistence(dataSource, OutboxRetry.defaults(), vault);
        db.transactions().inTransaction(() -> {
            assertThat(db.users().findByPhone(PhoneNumber.of(HOLDER))).get().extracting(u -> u.id()).isEqualTo(UserId.of(USER));
            assertThat(db.preUsers().lockLiveByPhone(PhoneNumber.of(SIGNUP_PHONE))).get().extracting(p -> p.facts().id().value())
                    .isEqualTo(SIGNUP);
            assertThat(db.otpChallenges().lockPending(PhoneNumber.of(ENTERING), OtpPurpose.PHONE_ENTRY)).get()
                    .extracting(c -> c.facts().id()).isEqualTo(ChallengeId.of(CHALLENGE));
            assertThat(db.notices().pending()).extracting(n -> n.to().e164()).containsExactly(NOTICED);
            assertThat(db.phoneChanges().lock(ChallengeId.of(CHANGE))).get().extracting(c -> c.facts().newPhone().e164())
                    .isEqualTo(CHANGING_TO);
            assertThat(db.recoveries().lockNewestFor(PhoneNumber.of(RECOVERING_TO))).get()
                    .extracting(r -> r.facts().oldPhone().e164()).isEqualTo(HOLDER);
            return null;
        });
        List<ClearText.Value> stored = ClearText.everyStoredValue(sql);
        for (String number : List.of(HOLDER, SIGNUP_PHONE, ENTERING, NOTICED, CHANGING_TO, RECOVERING_TO)) {
            ClearText.assertNoneHolds(stored, number.substring(1));
        }
    }

    @Test
    void theFilesOfTheMigratedTablesHoldNoNumber_notEvenInDroppedColumnsOrReplacedRowVersions() {
        Migrations.migrateTo(dataSource, schema, vault, "26");
        clearNumbersOfV26();
        assertThat(filesHolding(HOLDER)).as("the raw scan sees a stored number").contains("users");

        Migrations.migrate(dataSource, schema, vault);

        for (String number : List.of(HOLDER, SIGNUP_PHONE, ENTERING, NOTICED, CHANGING_TO, RECOVERING_TO)) {
            assertThat(filesHolding(number)).as(number.substring(0, 5) + "...").isEmpty();
        }
    }

    /**
     * The tables that held numbers whose files on the server, read after a checkpoint, contain {@code number}'s ASCII
     * bytes: what a copy of the data directory would show, dropped columns and dead row versions included.
     */
    private List<String> filesHolding(String number) {
        sql.execute("CHECKPOINT");
        return List.of("users", "pre_users", "otp_challenges", "outbox", "phone_changes", "recoveries", "phone_claims").stream()
                .filter(table -> sql.fetchSingle("SELECT position(convert_to(?, 'UTF8') IN pg_read_binary_file("
                        + "pg_relation_filepath(?::regclass))) > 0", number, table).get(0, Boolean.class))
                .toList();
    }

    /** One row of each kind that held a number at V26, written as that release wrote them. */
    private void clearNumbersOfV26() {
        String person = "'Ada', 'Lovelace', '1 Way', '', 'London', 'N1', 'GB', 'pw', 'pin', now(), now()";
        String people = "id, phone, status, first_name, last_name, address_line1, address_line2, city, postal_code, country, "
                + "password_hash, pin_hash, created_at, credentials_changed_at";
        sql.execute("INSERT INTO users (" + people + ") VALUES ('" + USER + "', '" + HOLDER + "', 'ACTIVE', " + person + ")");
        // A dormant user who released the number keeps it, as V12 lets them.
        sql.execute("INSERT INTO users (" + people + ", phone_released_at) VALUES ('" + RELEASED + "', '" + HOLDER
                + "', 'PHONE_RELEASED', " + person + ", now())");
        sql.execute("INSERT INTO pre_users (id, phone, status, created_at, expires_at, otp_failures) VALUES ('" + SIGNUP + "', '"
                + SIGNUP_PHONE + "', 'CREATED', now(), now() + interval '1 day', 0)");
        sql.execute("INSERT INTO otp_challenges (id, phone, purpose, code_key_id, code_hash, issued_at, expires_at, max_attempts, "
                + "attempts, status) VALUES ('" + CHALLENGE + "', '" + ENTERING + "', 'PHONE_ENTRY', 'k1', 'hash', now(), "
                + "now() + interval '5 minutes', 5, 0, 'PENDING')");
        sql.execute("INSERT INTO outbox (id, challenge_id, phone, kind, code_key_id, status, created_at, expires_at, "
                + "next_attempt_at, ended_at) VALUES ('" + CODE + "', '" + CHALLENGE + "', '" + ENTERING + "', 'CODE', 'k1', "
                + "'DELIVERED', now(), now() + interval '5 minutes', now(), now())");
        sql.execute("INSERT INTO outbox (id, phone, kind, status, created_at, expires_at, next_attempt_at) VALUES ('" + NOTICE
                + "', '" + NOTICED + "', 'PHONE_NUMBER_CHANGED', 'PENDING', now(), now() + interval '1 hour', now())");
        sql.execute("INSERT INTO phone_changes (challenge_id, user_id, new_phone, status, requested_at, expires_at) VALUES ('"
                + CHANGE + "', '" + USER + "', '" + CHANGING_TO + "', 'PENDING', now(), now() + interval '5 minutes')");
        sql.execute("INSERT INTO recoveries (id, user_id, old_phone, new_phone, status, requested_at, expires_at) VALUES ('"
                + RECOVERY + "', '" + USER + "', '" + HOLDER + "', '" + RECOVERING_TO + "', 'REQUESTED', now(), "
                + "now() + interval '3 days')");
    }

    private Map<String, Integer> rowCounts() {
        return Map.of("users", count("users"), "pre_users", count("pre_users"), "otp_challenges", count("otp_challenges"),
                "outbox", count("outbox"), "phone_changes", count("phone_changes"), "recoveries", count("recoveries"),
                "phone_claims", count("phone_claims"));
    }

    private int count(String table) {
        return sql.fetchCount(DSL.table(DSL.name(table)));
    }

    /** The number a row's columns open to, with the vault the migration sealed it with. */
    private String opened(String table, String column, String key, UUID id) {
        var row = sql.fetchSingle("SELECT " + column + "_index, " + column + "_sealed, " + column + "_key_id FROM " + table
                + " WHERE " + key + " = ?", id);
        return vault.open(new Sealed(row.get(2, String.class), row.get(1, byte[].class)),
                new PhoneIndex(row.get(0, byte[].class))).orElseThrow().e164();
    }

    private byte[] claimIndex(String holder, UUID id) {
        return sql.fetchSingle("SELECT phone_index FROM phone_claims WHERE " + holder + " = ?", id).get(0, byte[].class);
    }

    private byte[] index(String e164) {
        return vault.index(PhoneNumber.of(e164)).bytes();
    }
}
