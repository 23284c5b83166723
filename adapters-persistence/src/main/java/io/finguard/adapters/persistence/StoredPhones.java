package io.finguard.adapters.persistence;

import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.PhoneVault;
import java.util.Objects;
import org.jooq.Field;
import org.jooq.Record;

/**
 * How the adapters keep a phone number in a row (docs/adr/0023): its blind index, which rows are found and kept
 * unique by, and the number sealed with the id of its key, which is how it is read back. Never the number itself.
 */
public final class StoredPhones {
    private final PhoneVault vault;

    public StoredPhones(PhoneVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    /** The three columns that hold one phone number. */
    public record Columns(Field<byte[]> index, Field<byte[]> sealed, Field<String> keyId) {
    }

    /** The blind index to find rows by. */
    public byte[] index(PhoneNumber phone) {
        return vault.index(phone).bytes();
    }

    /** The id of the key numbers are sealed under now. */
    public String currentKeyId() {
        return vault.currentKeyId();
    }

    /** The number sealed under the current key, bound to its index. */
    public Sealed seal(PhoneNumber phone) {
        return vault.seal(phone);
    }

    /** Sets the number's index, the sealed number and its key id on the record. */
    public <R extends Record> R put(R record, Columns columns, PhoneNumber phone) {
        Sealed sealed = seal(phone);
        record.set(columns.index(), index(phone));
        record.set(columns.sealed(), sealed.bytes());
        record.set(columns.keyId(), sealed.keyId());
        return record;
    }

    /** The number a row holds; one that does not open (a key id no longer configured, an altered row) is an error. */
    public PhoneNumber read(Record row, Columns columns) {
        Sealed sealed = new Sealed(row.get(columns.keyId()), row.get(columns.sealed()));
        return vault.open(sealed, new PhoneIndex(row.get(columns.index())))
                .orElseThrow(() -> new IllegalStateException("a stored phone number does not open under key id " + sealed.keyId()
                        + ": the key is not configured or the row was altered"));
    }
}
