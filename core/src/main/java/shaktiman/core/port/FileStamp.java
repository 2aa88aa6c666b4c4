package shaktiman.core.port;

import java.util.Objects;

/**
 * What the index remembers of a stored file for change detection (IX-10) and the stale guard (IX-46): its size,
 * modification time and read time in epoch milliseconds, and the SHA-256 of its bytes.
 */
public record FileStamp(String path, long size, long mtimeMs, long readMs, String contentHash) {
    public FileStamp {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
