package shaktiman.core.index.resolve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.model.SymKind;

/**
 * The stored index a resolver may consult, offered by the writer inside its transaction, so that answers include the
 * rows written earlier in the same batch. Every method is an indexed lookup: resolution runs once per reference.
 */
public interface CandidateLookup {
    /**
     * The symbols named exactly {@code name} whose kind is in {@code kinds} and whose file's language is in
     * {@code languages}, ordered by path, then start line.
     */
    List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages);

    /** Whether a file is indexed at {@code path} (project-relative). */
    default boolean fileExists(String path) {
        return false;
    }

    /** The indexed files directly in {@code directory} ({@code ""} for the root), sorted. */
    default List<String> filesIn(String directory) {
        return List.of();
    }

    /** The stored text of the file at {@code path} (its chunks joined), empty when it is not indexed. */
    default Optional<String> fileText(String path) {
        return Optional.empty();
    }

    /**
     * The types that the container {@code containerQualifiedName} of the file at {@code path} inherits or implements,
     * through its stored {@code inherits} and {@code implements} edges.
     */
    default List<Candidate> supertypes(String path, String containerQualifiedName) {
        return List.of();
    }
}
