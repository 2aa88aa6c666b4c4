package shaktiman.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.contract.TokenCounterContract;

/** Verifies that the fixed-ratio fake keeps the vocabulary-free {@link TokenCounter} contract and its own formula. */
class FixedRatioTokenCounterTest extends TokenCounterContract {

    @Override
    protected TokenCounter newCounter() {
        return new FixedRatioTokenCounter();
    }

    @Test
    void count_atFourBytesPerToken_roundsTheUtf8LengthUp() {
        TokenCounter counter = new FixedRatioTokenCounter(4);

        int ascii = counter.count("validate"); // 8 bytes
        int mixed = counter.count("größe😀"); // g r (1+1) ö ß (2+2) e (1) 😀 (4) = 11 bytes

        assertThat(ascii).isEqualTo(2);
        assertThat(mixed).isEqualTo(3);
    }

    @Test
    void constructor_withZeroBytesPerToken_failsNamingTheArgument() {
        assertThatThrownBy(() -> new FixedRatioTokenCounter(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bytesPerToken");
    }
}
