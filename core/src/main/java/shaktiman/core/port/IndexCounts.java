package shaktiman.core.port;

import java.util.Map;
import java.util.Objects;

/**
 * Totals of the committed index; {@code languages} maps a language id to its file count, ordered by count descending
 * then name.
 */
public record IndexCounts(
        long files,
        long testFiles,
        long chunks,
        long symbols,
        long edges,
        long parseErrors,
        Map<String, Long> languages) {

    public IndexCounts {
        Objects.requireNonNull(languages, "languages");
        languages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languages));
    }

    /** The counts of an empty index. */
    public static IndexCounts empty() {
        return new IndexCounts(0, 0, 0, 0, 0, 0, Map.of());
    }
}
