package shaktiman.adapters.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.contract.Cl100kTokenCounterContract;

/** Verifies that the jtokkit counter keeps the whole {@link TokenCounter} contract, exact cl100k_base counts included. */
class JtokkitTokenCounterTest extends Cl100kTokenCounterContract {

    @Override
    protected TokenCounter newCounter() {
        return new JtokkitTokenCounter();
    }

    @Test
    void count_ofSpecialTokenText_isNotOneSpecialToken() {
        TokenCounter counter = counter();

        int count = counter.count("<|endoftext|>");

        // cl100k_base as ordinary text: "<", "|", "endo", "ft", "ext", "|", ">".
        assertThat(count).isEqualTo(7);
    }

    @Test
    void withUnpairedSurrogatesReplaced_ofWellFormedText_returnsTheSameInstance() {
        String text = "emoji 😀 and 日本語";

        String result = JtokkitTokenCounter.withUnpairedSurrogatesReplaced(text);

        assertThat(result).isSameAs(text);
    }

    @Test
    void withUnpairedSurrogatesReplaced_ofLoneAndReversedSurrogates_replacesEachOne() {
        String text = "a\uD800b\uDC00\uD83D😀\uDE00";

        String result = JtokkitTokenCounter.withUnpairedSurrogatesReplaced(text);

        assertThat(result).isEqualTo("a\uFFFDb\uFFFD\uFFFD😀\uFFFD");
    }
}
