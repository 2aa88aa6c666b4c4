package shaktiman.app.bench;

import java.util.List;
import java.util.Objects;

/** A way of answering the quality benchmark's queries: one that runs, or one that cannot yet and says why. */
sealed interface QualityMode {

    /** The name the report prints, such as {@code keyword-only}. */
    String name();

    /** The best {@code k} results for a query, best first. */
    @FunctionalInterface
    interface Retriever {
        List<Retrieved> top(String query, int k);
    }

    /**
     * One result.
     *
     * @param file its project-relative file, which decides whether it answers the query
     * @param label what the detail report shows for it (a qualified name and line, or the file)
     */
    record Retrieved(String file, String label) {
        public Retrieved {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A mode that runs. */
    record Ready(String name, Retriever retriever) implements QualityMode {
        public Ready {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(retriever, "retriever");
        }
    }

    /** A mode that cannot run in this build; {@code reason} goes into the report. */
    record Unavailable(String name, String reason) implements QualityMode {
        public Unavailable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
