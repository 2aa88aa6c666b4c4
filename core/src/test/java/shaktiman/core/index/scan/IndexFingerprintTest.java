package shaktiman.core.index.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Verifies that the index fingerprint changes with every input of IX-40 and with nothing else. */
class IndexFingerprintTest {

    private static IndexFingerprint base() {
        return new IndexFingerprint(
                1, new TreeMap<>(Map.of("tree-sitter", "0.26.6")), 1024, 20, 1, "1/2", true, Map.of());
    }

    @Test
    void value_sameInputs_isStableHex() {
        assertThat(base().value()).isEqualTo(base().value()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void value_eachInputChanged_differs() {
        String value = base().value();

        assertThat(new IndexFingerprint(2, base().grammarVersions(), 1024, 20, 1, "1/2", true, Map.of()).value())
                .isNotEqualTo(value);
        assertThat(new IndexFingerprint(
                                1, new TreeMap<>(Map.of("tree-sitter", "0.26.7")), 1024, 20, 1, "1/2", true, Map.of())
                        .value())
                .isNotEqualTo(value);
        assertThat(new IndexFingerprint(1, base().grammarVersions(), 512, 20, 1, "1/2", true, Map.of()).value())
                .isNotEqualTo(value);
        assertThat(new IndexFingerprint(1, base().grammarVersions(), 1024, 20, 2, "1/2", true, Map.of()).value())
                .isNotEqualTo(value);
        assertThat(new IndexFingerprint(1, base().grammarVersions(), 1024, 20, 1, "1/3", true, Map.of()).value())
                .isNotEqualTo(value);
        assertThat(new IndexFingerprint(1, base().grammarVersions(), 1024, 20, 1, "1/2", false, Map.of()).value())
                .isNotEqualTo(value);
        assertThat(new IndexFingerprint(1, base().grammarVersions(), 1024, 20, 1, "1/2", true, Map.of("h", "cpp"))
                        .value())
                .isNotEqualTo(value);
    }
}
