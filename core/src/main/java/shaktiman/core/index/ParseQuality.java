package shaktiman.core.index;

import java.util.Locale;

/** How well a file parsed ({@code files.parse_quality}, IX-15). */
public enum ParseQuality {
    /** Parsed with no ERROR or MISSING node, or plain text, which needs no parse. */
    FULL,
    /** Parsed, but the tree holds ERROR or MISSING nodes; chunked and extracted normally. */
    PARTIAL,
    /** The parse failed or timed out; the file is indexed as text and {@code parse_error} says why. */
    ERROR;

    /** The stored name: {@code full}, {@code partial} or {@code error}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
