package io.finguard.adapters.persistence.phone;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.challengeId;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.finguard.adapters.persistence.Migrations;
import io.finguard.adapters.persistence.PostgresPersistence;
import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.domain.fixtures.InMemoryPhoneVault;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.phone.PhoneChange;
import io.finguard.domain.phone.PhoneChangeFacts;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryFacts;
import io.finguard.domain.port.out.Notice;
import io.finguard.domain.port.out.NoticeKind;
import io.finguard.domain.user.User;
import io.finguard.testsupport.SharedPostgres;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * After the phone key rotates, every stored number (all seven phone columns) is sealed again under the new key in
 * bounded batches, still reads back and is still found by number, and the previous key can then be retired. A schema
 * of its own: the shared one holds other tests' rows under the shared vault's key.
 */
class PostgresPhoneResealsTest {
    private final String schema = "finguard_reseal_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final PGSimpleDataSource dataSource = SharedPostgres.shared().dataSource();
    private final DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
    private final InMemoryPhoneVault vault = new InMemoryPhoneVault();
    private PostgresPersistence db;

    private final PhoneNumber holder = phone();
    private final PhoneNumber signup = phone();
    private final PhoneNumber entering = phone();
    private final PhoneNumber texted = phone();
    private final PhoneNumber noticed = phone();
    private final PhoneNumber changingTo = phone();
    private final PhoneNumber recoveringTo = phone();
    private final User.Active user = Samples.user(holder, T0);

    PostgresPhoneResealsTest() {
        dataSource.setCurrentSchema(schema);
    }

    private <T> T inTx(Supplier<T> work) {
        return db.transactions().inTransaction(work);
    }

    @BeforeEach
    void oneRowOfEveryKindSealedUnderTheFirstKey() {
        Migrations.migrate(dataSource, schema, vault);
        db = new PostgresPersistence(dataSource, OutboxRetry.defaults(), vault);
        PhoneChange.Pending change = PhoneChange.request(new PhoneChangeFacts(challengeId(), user.id(), changingTo, T0,
                T0.plusSeconds(300)));
        Recovery.Requested recovery = Recovery.request(new RecoveryFacts(RecoveryId.of(UUID.randomUUID()), user.id(), holder,
                recoveringTo, T0, T0.plus(Duration.ofHours(72))));
        inTx(() -> {
            db.users().add(user);
            db.preUsers().add(Samples.created(signup, T0));
            db.otpChallenges().add(Samples.pendingChallenge(entering, T0));
            db.outbox().enqueue(Samples.outboxMessage(texted, T0));
            db.notices().enqueue(new Notice(UUID.randomUUID(), noticed, NoticeKind.PHONE_NUMBER_CHANGED, T0, T0.plusSeconds(3600)));
            db.phoneChanges().add(change);
            db.recoveries().add(recovery);
            return null;
        });
    }

    @AfterEach
    void dropTheSchema() {
        sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void nothingIsOutdatedWhileTheKeyHasNotRotated() {
        assertThat(inTx(() -> db.phoneReseals().outdated())).isZero();
        assertThat(inTx(() -> db.phoneReseals().resealOutdated(100))).isZero();
    }

    @Test
    void afterARotationEveryNumberIsSealedAgainInBatchesAndTheOldKeyCanBeRetired() {
        vault.rotateTo("second");
        assertThat(inTx(() -> db.phoneReseals().outdated())).as("seven columns, the outbox twice").isEqualTo(8);

        assertThat(inTx(() -> db.phoneReseals().resealOutdated(3))).isEqualTo(3);
        assertThat(inTx(() -> db.phoneReseals().outdated())).isEqualTo(5);
        assertThat(inTx(() -> db.phoneReseals().resealOutdated(100))).isEqualTo(5);
        assertThat(inTx(() -> db.phoneReseals().outdated())).isZero();
        assertThat(keyIds()).containsOnly("second");

        vault.retire(InMemoryPhoneVault.KEY_ID);
        inTx(() -> {
            assertThat(db.users().findByPhone(holder)).contains(user);
            assertThat(db.preUsers().lockLiveByPhone(signup)).get().extracting(p -> p.facts().phone()).isEqualTo(signup);
            assertThat(db.otpChallenges().lockPending(entering, OtpPurpose.PHONE_ENTRY)).get()
                    .extracting(c -> c.facts().phone()).isEqualTo(entering);
            assertThat(db.notices().pending()).extracting(Notice::to).containsExactly(noticed);
            assertThat(db.recoveries().lockNewestFor(recoveringTo)).get().extracting(r -> r.facts().oldPhone()).isEqualTo(holder);
            return null;
        });
    }

    @Test
    void retiringTheOldKeyBeforeTheResealLeavesNumbersThatNoLongerOpen() {
        vault.rotateTo("second");
        vault.retire(InMemoryPhoneVault.KEY_ID);

        assertThatIllegalStateException().isThrownBy(() -> inTx(() -> db.phoneReseals().resealOutdated(100)))
                .withMessageContaining("in-memory-phone");
        assertThat(inTx(() -> db.phoneReseals().outdated())).as("nothing half done").isEqualTo(8);
    }

    private List<String> keyIds() {
        return sql.fetch("SELECT phone_key_id AS k FROM users UNION ALL SELECT phone_key_id FROM pre_users"
                        + " UNION ALL SELECT phone_key_id FROM otp_challenges UNION ALL SELECT phone_key_id FROM outbox"
                        + " UNION ALL SELECT new_phone_key_id FROM phone_changes UNION ALL SELECT old_phone_key_id FROM recoveries"
                        + " UNION ALL SELECT new_phone_key_id FROM recoveries")
                .getValues("k", String.class);
    }
}
