package io.finguard.domain.port.out;

import java.util.UUID;

/** Source of new identifiers (random UUIDs in production, predictable ones in tests). */
public interface Ids {
    UUID next();
}
