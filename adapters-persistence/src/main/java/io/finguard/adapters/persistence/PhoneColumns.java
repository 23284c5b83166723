package io.finguard.adapters.persistence;

import static io.finguard.adapters.persistence.jooq.Tables.OTP_CHALLENGES;
import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;
import static io.finguard.adapters.persistence.jooq.Tables.PHONE_CHANGES;
import static io.finguard.adapters.persistence.jooq.Tables.PRE_USERS;
import static io.finguard.adapters.persistence.jooq.Tables.RECOVERIES;
import static io.finguard.adapters.persistence.jooq.Tables.USERS;

import java.util.List;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Every place a phone number is kept (docs/adr/0023): the three columns of each, for the adapters that read and write
 * them, and with its table and row key, for the job that seals them again after a key rotation. {@code phone_claims}
 * is not here: it holds only an index, which a rotation of the sealing key does not touch.
 */
public final class PhoneColumns {
    public static final StoredPhones.Columns USERS_PHONE =
            new StoredPhones.Columns(USERS.PHONE_INDEX, USERS.PHONE_SEALED, USERS.PHONE_KEY_ID);
    public static final StoredPhones.Columns PRE_USERS_PHONE =
            new StoredPhones.Columns(PRE_USERS.PHONE_INDEX, PRE_USERS.PHONE_SEALED, PRE_USERS.PHONE_KEY_ID);
    public static final StoredPhones.Columns OTP_CHALLENGES_PHONE =
            new StoredPhones.Columns(OTP_CHALLENGES.PHONE_INDEX, OTP_CHALLENGES.PHONE_SEALED, OTP_CHALLENGES.PHONE_KEY_ID);
    public static final StoredPhones.Columns OUTBOX_PHONE =
            new StoredPhones.Columns(OUTBOX.PHONE_INDEX, OUTBOX.PHONE_SEALED, OUTBOX.PHONE_KEY_ID);
    public static final StoredPhones.Columns PHONE_CHANGES_NEW_PHONE =
            new StoredPhones.Columns(PHONE_CHANGES.NEW_PHONE_INDEX, PHONE_CHANGES.NEW_PHONE_SEALED, PHONE_CHANGES.NEW_PHONE_KEY_ID);
    public static final StoredPhones.Columns RECOVERIES_OLD_PHONE =
            new StoredPhones.Columns(RECOVERIES.OLD_PHONE_INDEX, RECOVERIES.OLD_PHONE_SEALED, RECOVERIES.OLD_PHONE_KEY_ID);
    public static final StoredPhones.Columns RECOVERIES_NEW_PHONE =
            new StoredPhones.Columns(RECOVERIES.NEW_PHONE_INDEX, RECOVERIES.NEW_PHONE_SEALED, RECOVERIES.NEW_PHONE_KEY_ID);

    /** One phone column with its table and the key that finds its row. */
    public record Place(Table<?> table, Field<?> key, StoredPhones.Columns columns) {
    }

    public static final List<Place> ALL = List.of(
            new Place(USERS, USERS.ID, USERS_PHONE),
            new Place(PRE_USERS, PRE_USERS.ID, PRE_USERS_PHONE),
            new Place(OTP_CHALLENGES, OTP_CHALLENGES.ID, OTP_CHALLENGES_PHONE),
            new Place(OUTBOX, OUTBOX.ID, OUTBOX_PHONE),
            new Place(PHONE_CHANGES, PHONE_CHANGES.CHALLENGE_ID, PHONE_CHANGES_NEW_PHONE),
            new Place(RECOVERIES, RECOVERIES.ID, RECOVERIES_OLD_PHONE),
            new Place(RECOVERIES, RECOVERIES.ID, RECOVERIES_NEW_PHONE));

    private PhoneColumns() {
    }
}
