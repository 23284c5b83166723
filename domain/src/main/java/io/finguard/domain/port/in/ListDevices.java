package io.finguard.domain.port.in;

import io.finguard.domain.model.KnownDevice;
import io.finguard.domain.model.UserId;
import java.util.List;

/** The user's known devices: DPoP keys that stepped up for them, with first and last seen. */
public interface ListDevices {

    /** Most recently seen first; empty for a user without any. */
    List<KnownDevice> devices(UserId user);
}
