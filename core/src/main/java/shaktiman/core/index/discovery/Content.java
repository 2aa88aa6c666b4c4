package shaktiman.core.index.discovery;

import java.util.Objects;

/** The result of reading a candidate file once: its decoded text and hash, or why it cannot be indexed. */
public sealed interface Content permits Content.Text, Refusal {

    /**
     * A file read as text (IX-6).
     *
     * @param text the UTF-8 decoding of the bytes, BOM dropped, malformed sequences as U+FFFD
     * @param sha256 the lowercase hex SHA-256 of the raw bytes (BOM included), IX-10's {@code content_hash}
     * @param size the number of bytes read
     */
    record Text(String text, String sha256, long size) implements Content {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
