package shaktiman.core.index.resolve;

import java.util.List;
import java.util.Set;
import shaktiman.core.model.SymKind;

/**
 * The stored symbols a resolver may choose from, offered by the writer inside its transaction, so that candidates
 * include the rows written earlier in the same batch.
 */
@FunctionalInterface
public interface CandidateLookup {
    /**
     * The symbols named exactly {@code name} whose kind is in {@code kinds} and whose file's language is in
     * {@code languages}, ordered by path, then start line.
     */
    List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages);
}
