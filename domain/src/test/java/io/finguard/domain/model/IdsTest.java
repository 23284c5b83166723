package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every id type parses exactly the canonical UUID text it prints, and nothing else. */
class IdsTest {
    private static final String CANONICAL = "3f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b";

    /** For each id type: how to parse it and how to make it from a UUID. */
    static Stream<Arguments> idTypes() {
        return Stream.of(
                ids("UserId", UserId::parse, UserId::of),
                ids("AccountId", AccountId::parse, AccountId::of),
                ids("ChallengeId", ChallengeId::parse, ChallengeId::of),
                ids("FamilyId", FamilyId::parse, FamilyId::of),
                ids("PreUserId", PreUserId::parse, PreUserId::of),
                ids("TransferId", TransferId::parse, TransferId::of));
    }

    private static Arguments ids(String name, Function<String, Object> parse, Function<UUID, Object> of) {
        return Arguments.argumentSet(name, parse, of);
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void parseAndToStringRoundTrip(Function<String, Object> parse, Function<UUID, Object> of) {
        Object id = parse.apply(CANONICAL);

        assertThat(id).isEqualTo(of.apply(UUID.fromString(CANONICAL)));
        assertThat(id).hasToString(CANONICAL);
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void parseIgnoresCaseAsRfc9562Allows(Function<String, Object> parse, Function<UUID, Object> of) {
        assertThat(parse.apply(CANONICAL.toUpperCase())).isEqualTo(parse.apply(CANONICAL));
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void parseRefusesTextThatIsNotACanonicalUuid(Function<String, Object> parse, Function<UUID, Object> of) {
        Stream.of("", "not-a-uuid", CANONICAL + "0", CANONICAL.substring(1), CANONICAL.replace('-', '_'),
                        " " + CANONICAL, CANONICAL + " ", "{" + CANONICAL + "}",
                        // short groups: java.util.UUID.fromString accepts these and pads them with zeros
                        "1-1-1-1-1", "3f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1", "3f2b8c1e-9a4d-4e7b-821-5d6e7f809a1bb",
                        // a sign or a fullwidth digit: UUID.fromString reads these as the same UUID, too
                        "+f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b", "\uFF13f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b")
                .forEach(text -> assertThatIllegalArgumentException().as("parse(%s)", text).isThrownBy(() -> parse.apply(text)));
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void anIdAlwaysHasAValue(Function<String, Object> parse, Function<UUID, Object> of) {
        assertThatNullPointerException().isThrownBy(() -> of.apply(null));
    }
}
