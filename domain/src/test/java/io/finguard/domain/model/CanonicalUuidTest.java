package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one reader of id text that adapters and services share; the id types' parse factories use it too. */
class CanonicalUuidTest {
    private static final String CANONICAL = "3f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b";

    @Test
    void canonicalTextInEitherCaseIsRead() {
        assertThat(CanonicalUuid.read(CANONICAL)).contains(UUID.fromString(CANONICAL));
        assertThat(CanonicalUuid.read(CANONICAL.toUpperCase())).contains(UUID.fromString(CANONICAL));
    }

    @Test
    void otherSpellingsThatUuidFromStringWouldTakeAreEmptyNotAnException() {
        for (String alias : new String[] {"1-1-1-1-1", "+f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b",
                "\uFF13f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b", "0000000000000-1-1-1-0000000000000001"}) {
            assertThat(UUID.fromString(alias)).as("UUID.fromString takes %s", alias).isNotNull();
            assertThat(CanonicalUuid.read(alias)).as("read(%s)", alias).isEmpty();
        }
        assertThat(CanonicalUuid.read(null)).isEmpty();
        assertThat(CanonicalUuid.read("")).isEmpty();
    }
}
