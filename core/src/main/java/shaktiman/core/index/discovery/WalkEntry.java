package shaktiman.core.index.discovery;

import java.util.Objects;

/** One thing the {@link Walker} reports: a candidate file, a refused entry, or a directory it did not descend. */
public sealed interface WalkEntry permits Candidate, WalkEntry.Skipped, WalkEntry.Pruned {

    /** The entry's path, relative to the root with {@code /}. */
    String path();

    /**
     * A file (or link, or unreadable directory) that is refused.
     *
     * @param path relative to the root, with {@code /}
     * @param refusal why
     */
    record Skipped(String path, Refusal refusal) implements WalkEntry {
        public Skipped {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * A directory that is ignored or excluded and therefore never descended. Only {@link Walker#survey} reports it.
     *
     * @param path relative to the root, with {@code /}
     * @param refusal why
     */
    record Pruned(String path, Refusal refusal) implements WalkEntry {
        public Pruned {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
