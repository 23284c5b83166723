package io.finguard.adapters.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedCommonPasswordsTest {
    private static final ShippedCommonPasswords SHIPPED = new ShippedCommonPasswords();

    @Test
    void theShippedListIsLoadedWhole() {
        assertThat(SHIPPED.size()).isBetween(45_000, 50_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "password", "PASSWORD", "Password", "qwertyuiop", "iloveyou", "trustno1",
        "1qaz2wsx", "football", "Superman"})
    void commonPasswordsAreFoundWhateverTheirCase(String password) {
        assertThat(SHIPPED.contains(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery-staple-7Q", "vU9#kq!2Lmz", "", "password ", " password"})
    void uncommonPasswordsAreNotFound(String password) {
        assertThat(SHIPPED.contains(password)).isFalse();
    }

    @Test
    void caseFoldingIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "I".toLowerCase() is a dotless "ı"
            assertThat(SHIPPED.contains("ILOVEYOU")).isTrue();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anOwnListIsFoldedTheSameWay() {
        var own = new ShippedCommonPasswords(List.of("FinGuard2030", "ｆｉｎｇｕａｒｄ"));

        assertThat(own.contains("finguard2030")).isTrue();
        assertThat(own.contains("FINGUARD")).isTrue();
        assertThat(own.contains("finguard2031")).isFalse();
        assertThat(own.contains(null)).isFalse();
    }
}
