package shaktiman.core.model.index;

import java.util.Objects;

/**
 * The {@code files} row of a parsed file (IX-37): {@code readMs} is when its content was read (the stale guard,
 * IX-46) and {@code contentHash} the SHA-256 of its raw bytes (IX-10).
 *
 * @param packageName the declared package or namespace, or {@code null} when the language has none
 * @param parseError why parsing degraded, or {@code null} when {@code parseQuality} is {@code full}
 */
public record FileMeta(
        String path,
        String language,
        String packageName,
        long size,
        long mtimeMs,
        long readMs,
        String contentHash,
        int lineCount,
        ParseQuality parseQuality,
        String parseError,
        boolean isTest) {

    public FileMeta {
        Hashes.requirePath(path);
        Hashes.requireNotBlank(language, "language");
        Hashes.requireSha256(contentHash, "contentHash");
        Objects.requireNonNull(parseQuality, "parseQuality");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + size + " for " + path);
        }
        if (lineCount < 0) {
            throw new IllegalArgumentException("lineCount must not be negative, was " + lineCount + " for " + path);
        }
    }
}
