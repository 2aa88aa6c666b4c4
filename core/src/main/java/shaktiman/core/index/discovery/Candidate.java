package shaktiman.core.index.discovery;

import java.util.Objects;

/**
 * A file the predicate of IX-1 accepts on its path and metadata: it is indexed once its bytes pass {@link
 * FileContent#read} (binary and size checks on the bytes actually read).
 *
 * @param path relative to the root, with {@code /}
 * @param language the IX-12 language id ({@code text} when no specific language applies)
 * @param size the size in bytes from the last stat
 * @param mtimeMs the modification time in milliseconds from the last stat
 */
public record Candidate(String path, String language, long size, long mtimeMs) implements Verdict, WalkEntry {

    public Candidate {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + size);
        }
    }
}
