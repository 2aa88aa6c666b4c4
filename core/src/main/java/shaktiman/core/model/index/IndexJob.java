package shaktiman.core.model.index;

import java.util.Objects;

/** One unit of work for the single writer (IX-42); every job names the path it changes. */
public sealed interface IndexJob {

    /** The path, relative to the project root, that this job changes. */
    String path();

    /** Stores a parsed file, replacing its previous rows under IX-33 and IX-43; discarded if stale (IX-46). */
    record Upsert(ParsedFile file) implements IndexJob {
        public Upsert {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String path() {
            return file.path();
        }
    }

    /**
     * Removes a stored file and its rows; {@code observedMs} is when its absence (or refusal) was seen, and the job is
     * discarded when a newer read of the path is stored (IX-46).
     */
    record Delete(String path, DeleteCause cause, long observedMs) implements IndexJob {
        public Delete {
            Hashes.requirePath(path);
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** Updates only the stored mtime and read time of a file whose content hash is unchanged (IX-10). */
    record TouchMtime(String path, long mtimeMs, long readMs) implements IndexJob {
        public TouchMtime {
            Hashes.requirePath(path);
        }
    }

    /**
     * Records a refused file in {@code skipped_files} (IX-9).
     *
     * @param size the file's size in bytes, or {@code null} when unknown
     * @param detail the limit, OS message or other detail, or {@code null}
     */
    record Skip(String path, SkipReason reason, Long size, String detail) implements IndexJob {
        public Skip {
            Hashes.requirePath(path);
            Objects.requireNonNull(reason, "reason");
        }
    }
}
