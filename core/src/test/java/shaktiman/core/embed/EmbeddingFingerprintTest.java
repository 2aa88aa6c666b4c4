package shaktiman.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verifies the IX-52 embedding fingerprint's form and what changes it. */
class EmbeddingFingerprintTest {

    @Test
    void of_emptyPrefix_endsWithTheSha256OfNothing() {
        assertThat(EmbeddingFingerprint.of("hashing", "hashing-1024", 1024, ""))
                .isEqualTo(
                        "hashing:hashing-1024:1024:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void of_eachPartChanged_givesAnotherFingerprint() {
        String base = EmbeddingFingerprint.of("ollama", "nomic-embed-text", 768, "search_document: ");

        assertThat(EmbeddingFingerprint.of("local", "nomic-embed-text", 768, "search_document: "))
                .isNotEqualTo(base);
        assertThat(EmbeddingFingerprint.of("ollama", "mxbai", 768, "search_document: "))
                .isNotEqualTo(base);
        assertThat(EmbeddingFingerprint.of("ollama", "nomic-embed-text", 512, "search_document: "))
                .isNotEqualTo(base);
        assertThat(EmbeddingFingerprint.of("ollama", "nomic-embed-text", 768, ""))
                .isNotEqualTo(base);
    }

    @Test
    void of_200CharacterPrefix_staysShort() {
        String fingerprint = EmbeddingFingerprint.of("ollama", "nomic-embed-text", 768, "ä".repeat(200));

        assertThat(fingerprint).hasSize("ollama:nomic-embed-text:768:".length() + 64);
    }
}
