package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

    @ParameterizedTest(name = "\"{0}\" numeric={1}")
    @CsvSource({
        "456, true",
        "0, true",
        "-7, true",
        "9223372036854775807, true",
        "-9223372036854775808, true",
        "9223372036854775808, false",
        "-9223372036854775809, false",
        "0456, false",
        "-0, false",
        "+4, false",
        "4.5, false",
        "1e3, false",
        "0x1F, false",
        "'٤٥٦', false",
        "' 456', false",
        "3f2b8c1e-9a4d-4c7e-8f10-2b6a5d9e0c11, false",
        "alice, false",
    })
    void onlyCanonicalDecimalIntegersThatFitInALongAreNumeric(String value, boolean numeric) {
        assertThat(UserId.of(value).isNumeric()).isEqualTo(numeric);
    }

    @Test
    void aNumericIdConvertsToItsLong() {
        assertThat(UserId.of("456").asLong()).isEqualTo(456L);
        assertThat(UserId.of(-9_223_372_036_854_775_808L).asLong()).isEqualTo(Long.MIN_VALUE);
        assertThat(UserId.of(789)).isEqualTo(UserId.of("789"));
    }

    @Test
    void aNonNumericIdRefusesToConvert() {
        assertThatThrownBy(() -> UserId.of("0456").asLong())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("user id is not numeric: 0456");
    }

    @Test
    void idsAreComparedAsStrings() {
        assertThat(UserId.of("456")).isNotEqualTo(UserId.of("0456"));
        assertThat(UserId.of("abc").toString()).isEqualTo("abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "a\nb", "nul\u0000", "\u007f"})
    void blankOrControlCharacterIdsAreRefused(String value) {
        assertThatThrownBy(() -> UserId.of(value)).isInstanceOf(IllegalArgumentException.class);
        assertThat(UserId.parse(value)).isEmpty();
    }

    @Test
    void idsLongerThan255CharactersAreRefused() {
        assertThat(UserId.parse("u".repeat(255))).isPresent();
        assertThat(UserId.parse("u".repeat(256))).isEmpty();
        assertThatThrownBy(() -> UserId.of("u".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("user id must be at most 255 characters");
    }

    @Test
    void parseAcceptsValidIdsAndNull() {
        assertThat(UserId.parse("456")).contains(UserId.of(456));
        assertThat(UserId.parse(null)).isEmpty();
    }
}
