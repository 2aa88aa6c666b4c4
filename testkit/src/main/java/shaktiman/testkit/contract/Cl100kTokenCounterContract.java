package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.core.port.TokenCounter;

/**
 * Verifies that a {@link TokenCounter} gives exactly the reference tokenizer's cl100k_base count for every string of
 * the committed MCP-1 reference list, on top of {@link TokenCounterContract}; the production counter runs it.
 */
public abstract class Cl100kTokenCounterContract extends TokenCounterContract {

    /** For subclasses, which only build the subject. */
    protected Cl100kTokenCounterContract() {}

    static List<Cl100kReference.Entry> referenceEntries() {
        return Cl100kReference.entries();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("shaktiman.testkit.contract.Cl100kTokenCounterContract#referenceEntries")
    void count_ofReferenceString_matchesTheReferenceTokenizer(Cl100kReference.Entry entry) {
        TokenCounter counter = counter();

        int count = counter.count(entry.text());

        assertThat(count).isEqualTo(entry.count());
    }
}
