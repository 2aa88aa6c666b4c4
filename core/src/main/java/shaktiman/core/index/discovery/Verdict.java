package shaktiman.core.index.discovery;

import java.util.Objects;

/** What the one predicate of IX-1 says about a path: a candidate file, a directory to descend, or a refusal. */
public sealed interface Verdict permits Candidate, Refusal, Verdict.Directory {

    /**
     * A directory that is neither ignored nor excluded: the walk descends into it.
     *
     * @param path relative to the root, with {@code /} ({@code ""} for the root)
     */
    record Directory(String path) implements Verdict {
        public Directory {
            Objects.requireNonNull(path, "path");
        }
    }
}
