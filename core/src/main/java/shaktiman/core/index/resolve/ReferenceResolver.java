package shaktiman.core.index.resolve;

/**
 * Picks the targets of a reference among stored symbols (IX-30). Implementations are stateless and thread-safe; the
 * writer calls them inside its transaction with a lookup over that transaction's view.
 */
@FunctionalInterface
public interface ReferenceResolver {
    /** Resolves {@code reference} against the candidates {@code lookup} offers. */
    Resolution resolve(ReferenceQuery reference, CandidateLookup lookup);
}
