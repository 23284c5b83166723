package io.finguard.application.session;

import io.finguard.domain.model.KnownDevice;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.ListDevices;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.Transactions;
import java.util.List;

/** Reads the user's known devices (DPoP keys that stepped up). */
public final class ListDevicesService implements ListDevices {
    private final Transactions tx;
    private final KnownKeys knownKeys;

    public ListDevicesService(Transactions tx, KnownKeys knownKeys) {
        this.tx = tx;
        this.knownKeys = knownKeys;
    }

    @Override
    public List<KnownDevice> devices(UserId user) {
        return tx.inTransaction(() -> knownKeys.of(user));
    }
}
