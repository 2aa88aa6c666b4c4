package shaktiman.core.index.resolve;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;

/**
 * A first, name-only {@link ReferenceResolver}: same-named symbols of a fitting kind within the source's language
 * family, searched by IX-30's tiers (2) same file, (3) same directory, (5) anywhere; the first tier with candidates
 * decides, 1 to 3 candidates give edges, more give {@code ambiguous}, none {@code not_found}.
 *
 * <p>Simplified against IX-30/31: imports do not decide first and no module is resolved, so tier (1) (the enclosing
 * container for {@code this}/{@code self} receivers) and tier (4) (imported modules) are skipped, a qualifier is
 * ignored, and the same directory stands in for the same declared package. An {@code imports} reference that finds
 * no candidate is {@code external} with its import-qualified name, since an import that resolves nowhere is external.
 */
public final class NameReferenceResolver implements ReferenceResolver {
    private static final int MAX_EDGES = 3;
    private static final Set<SymKind> CALLABLES = EnumSet.of(SymKind.FUNCTION, SymKind.METHOD);
    private static final Set<SymKind> TYPES = EnumSet.of(SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE);
    private static final Set<SymKind> IMPORTABLE = EnumSet.complementOf(EnumSet.of(SymKind.FILE));

    /** The resolver; it holds no state. */
    public NameReferenceResolver() {}

    /** The symbol kinds a reference of {@code kind} may point at: callables for calls, types for heritage and type_ref. */
    public static Set<SymKind> fittingKinds(EdgeKind kind) {
        return switch (kind) {
            case CALLS -> CALLABLES;
            case INHERITS, IMPLEMENTS, TYPE_REF -> TYPES;
            case IMPORTS -> IMPORTABLE;
        };
    }

    @Override
    public Resolution resolve(ReferenceQuery reference, CandidateLookup lookup) {
        List<Candidate> all = lookup.symbolsNamed(
                reference.target(), fittingKinds(reference.kind()), LanguageFamily.members(reference.language()));
        String directory = directoryOf(reference.path());
        List<Predicate<Candidate>> tiers = List.of(
                candidate -> candidate.path().equals(reference.path()),
                candidate -> directoryOf(candidate.path()).equals(directory),
                candidate -> true);
        for (Predicate<Candidate> tier : tiers) {
            List<Candidate> found = all.stream()
                    .filter(tier)
                    .sorted(Comparator.comparing(Candidate::path)
                            .thenComparingInt(Candidate::startLine)
                            .thenComparingLong(Candidate::symbolId))
                    .toList();
            if (found.size() > MAX_EDGES) {
                return new Resolution.Pending(PendingReason.AMBIGUOUS, reference.importQualifiedName());
            }
            if (!found.isEmpty()) {
                return new Resolution.Edges(found);
            }
        }
        PendingReason reason = reference.kind() == EdgeKind.IMPORTS
                        && !reference.importQualifiedName().isEmpty()
                ? PendingReason.EXTERNAL
                : PendingReason.NOT_FOUND;
        return new Resolution.Pending(reason, reference.importQualifiedName());
    }

    private static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
