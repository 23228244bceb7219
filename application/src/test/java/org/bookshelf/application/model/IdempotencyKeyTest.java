package org.bookshelf.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bookshelf.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    private static final String EVERY_PRINTABLE =
            " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`" + "abcdefghijklmnopqrstuvwxyz{|}~";

    @ParameterizedTest
    @ValueSource(strings = {"k", "9f2c4e1a-7d3b-4c8e-a5f6-0b1d2e3f4a5b", EVERY_PRINTABLE})
    void aKeyOfPrintableAsciiIsKeptExactly(String key) {
        assertThat(new IdempotencyKey("alice", key).key()).isEqualTo(key);
        assertThat(new IdempotencyKey("alice", "x".repeat(IdempotencyKey.MAX_LENGTH)).key())
                .hasSize(255);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "tab\there",
                "new\nline",
                "nul\u0000",
                "del\u007f",
                "caf\u00e9",
                "\u4e09\u4f53",
                "\uD83D\uDCDA"
            })
    void anEmptyKeyOrOneWithAControlOrNonAsciiCharacterIsRefused(String key) {
        assertThatThrownBy(() -> new IdempotencyKey("alice", key)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 10_000})
    void aKeyOver255CharactersIsRefused(int length) {
        assertThatThrownBy(() -> new IdempotencyKey("alice", "x".repeat(length)))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 256})
    void aPrincipalNameIs1To255Characters(int length) {
        assertThat(new IdempotencyKey("p".repeat(255), "k").principal()).hasSize(255);
        assertThatThrownBy(() -> new IdempotencyKey("p".repeat(length), "k"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
