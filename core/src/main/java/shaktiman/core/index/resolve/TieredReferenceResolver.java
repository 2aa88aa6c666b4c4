package shaktiman.core.index.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;

/**
 * IX-30's resolver. Imports decide first: a reference that goes through an import (it has an import-qualified name)
 * takes its candidates only from the module IX-31 finds, and is {@code external} when there is none. Every other
 * reference searches same-named symbols of a fitting kind within its language family, tier by tier: (1) the enclosing
 * container and its supertypes, for a {@code this}/{@code self}/{@code super} receiver (in Go, the method's receiver)
 * or none; (2) the same file; (3) the same directory or declared package; (4) the files imported as whole modules or
 * by wildcard; (5) anywhere. The first tier with candidates decides: 1 to 3 give an edge each, more are {@code
 * ambiguous}, none {@code not_found}. A call may also construct a type, so its candidates include types, and within
 * the deciding tier callables win (a class's constructors over the class). A {@code super} receiver never resolves to
 * the caller's own same-named member.
 */
public final class TieredReferenceResolver implements ReferenceResolver {
    private static final int MAX_EDGES = 3;
    private static final int MAX_SUPERTYPE_DEPTH = 8;
    private static final Set<SymKind> CALLABLES = EnumSet.of(SymKind.FUNCTION, SymKind.METHOD);
    private static final Set<SymKind> TYPES = EnumSet.of(SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE);
    private static final Set<SymKind> CALLABLES_AND_TYPES =
            EnumSet.of(SymKind.FUNCTION, SymKind.METHOD, SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE);
    private static final Set<SymKind> IMPORTABLE = EnumSet.complementOf(EnumSet.of(SymKind.FILE));
    private static final Set<String> SELF_RECEIVERS =
            Set.of("this", "self", "super", "super()", "$this", "Self", "cls", "@");
    private static final Set<String> SUPER_RECEIVERS = Set.of("super", "super()");
    private static final Comparator<Candidate> BY_PLACE = Comparator.comparing(Candidate::path)
            .thenComparingInt(Candidate::startLine)
            .thenComparingLong(Candidate::symbolId);

    /** The resolver; it holds no state. */
    public TieredReferenceResolver() {}

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
        if (!reference.importQualifiedName().isEmpty()) {
            return throughImport(reference, lookup);
        }
        String name = reference.target();
        Set<String> family = LanguageFamily.members(reference.language());
        // A call may construct a type: `new SessionStore()` of a class that declares no constructor.
        Set<SymKind> kinds = reference.kind() == EdgeKind.CALLS ? CALLABLES_AND_TYPES : fittingKinds(reference.kind());
        List<Candidate> all = lookup.symbolsNamed(name, kinds, family);
        if (superReceiver(reference)) {
            // super.m() never means the caller's own m, which shares its name and file.
            String own = reference.container() + "." + name;
            all = all.stream()
                    .filter(candidate -> !(candidate.path().equals(reference.path())
                            && candidate.qualifiedName().equals(own)))
                    .toList();
        }
        if (all.isEmpty()) {
            return pending(PendingReason.NOT_FOUND, reference);
        }
        String directory = Paths.directory(reference.path());
        List<Predicate<Candidate>> tiers = new ArrayList<>();
        if (selfReceiver(reference)) {
            Set<String> members = containerMembers(reference, name, lookup);
            tiers.add(candidate -> members.contains(candidate.path() + '\u0000' + candidate.qualifiedName()));
        }
        tiers.add(candidate -> candidate.path().equals(reference.path()));
        tiers.add(candidate -> Paths.directory(candidate.path()).equals(directory)
                || !reference.packageName().isEmpty() && candidate.packageName().equals(reference.packageName()));
        tiers.add(candidate -> reference.importedFiles().contains(candidate.path()));
        tiers.add(candidate -> true);
        for (Predicate<Candidate> tier : tiers) {
            List<Candidate> found = all.stream().filter(tier).toList();
            if (!found.isEmpty()) {
                return decide(reference.kind() == EdgeKind.CALLS ? callablesFirst(found) : found, reference);
            }
        }
        return pending(PendingReason.NOT_FOUND, reference);
    }

    /** The callables among {@code found} when there are any (a class's constructors over the class), else all. */
    private static List<Candidate> callablesFirst(List<Candidate> found) {
        List<Candidate> callables =
                found.stream().filter(c -> CALLABLES.contains(c.kind())).toList();
        return callables.isEmpty() ? found : callables;
    }

    /** The import rule: candidates only from the imported module, or {@code external} when it is not in the project. */
    private static Resolution throughImport(ReferenceQuery reference, CandidateLookup lookup) {
        Set<String> family = LanguageFamily.members(reference.language());
        Optional<ModuleMatch> module =
                ModuleResolver.resolve(reference.path(), reference.language(), reference.importQualifiedName(), lookup);
        if (module.isEmpty()) {
            return pending(PendingReason.EXTERNAL, reference);
        }
        List<String> paths = module.get().paths();
        List<String> rest = module.get().rest();
        if (rest.isEmpty() && reference.kind() == EdgeKind.IMPORTS) {
            // An import of a whole module points at its files' file symbols, whose name is their path.
            List<Candidate> files = new ArrayList<>();
            for (String path : paths) {
                files.addAll(lookup.symbolsNamed(path, EnumSet.of(SymKind.FILE), family));
            }
            return files.isEmpty() ? pending(PendingReason.NOT_FOUND, reference) : decide(files, reference);
        }
        String name = rest.isEmpty() ? reference.target() : rest.getLast();
        Set<SymKind> kinds = EnumSet.copyOf(fittingKinds(reference.kind()));
        if (reference.kind() == EdgeKind.CALLS) {
            // A call through an import may construct an imported type.
            kinds.addAll(TYPES);
        }
        List<Candidate> inModule = lookup.symbolsNamed(name, kinds, family).stream()
                .filter(candidate -> paths.contains(candidate.path()))
                .toList();
        String memberPath = String.join(".", rest);
        List<Candidate> exact = inModule.stream()
                .filter(candidate -> candidate.qualifiedName().equals(memberPath))
                .toList();
        List<Candidate> chosen = exact.isEmpty() ? inModule : exact;
        if (reference.kind() == EdgeKind.CALLS && chosen.stream().anyMatch(c -> CALLABLES.contains(c.kind()))) {
            chosen = chosen.stream().filter(c -> CALLABLES.contains(c.kind())).toList();
        }
        return chosen.isEmpty() ? pending(PendingReason.NOT_FOUND, reference) : decide(chosen, reference);
    }

    private static Resolution decide(List<Candidate> found, ReferenceQuery reference) {
        if (found.size() > MAX_EDGES) {
            return pending(PendingReason.AMBIGUOUS, reference);
        }
        return new Resolution.Edges(found.stream().sorted(BY_PLACE).toList());
    }

    private static Resolution pending(PendingReason reason, ReferenceQuery reference) {
        return new Resolution.Pending(reason, reference.importQualifiedName());
    }

    /**
     * Whether tier 1 applies: no receiver, a {@code this}/{@code self}/{@code super} receiver, or in Go a one-word
     * receiver inside a method. Go names the receiver freely; the extractor does not record it, so Go's convention of
     * naming it after its type's initial ({@code s *Server}) stands in for it.
     */
    private static boolean superReceiver(ReferenceQuery reference) {
        return SUPER_RECEIVERS.contains(reference.qualifier())
                && !reference.container().isEmpty();
    }

    private static boolean selfReceiver(ReferenceQuery reference) {
        String container = reference.container();
        if (container.isEmpty()) {
            return false;
        }
        String qualifier = reference.qualifier();
        if (qualifier.isEmpty() || SELF_RECEIVERS.contains(qualifier)) {
            return true;
        }
        if (reference.language().equals("go") && reference.ownerKind() == SymKind.METHOD) {
            String type = container.substring(container.lastIndexOf('.') + 1);
            return qualifier.chars().allMatch(Character::isJavaIdentifierPart)
                    && !type.isEmpty()
                    && Character.toLowerCase(type.charAt(0)) == qualifier.charAt(0);
        }
        return false;
    }

    /**
     * The (path, qualified name) keys of the members named {@code name} that the reference's container and its
     * supertypes would declare, walking the stored heritage edges breadth first.
     */
    private static Set<String> containerMembers(ReferenceQuery reference, String name, CandidateLookup lookup) {
        record TypeAt(String path, String qualifiedName, int depth) {}
        Set<String> keys = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<TypeAt> queue = new ArrayDeque<>();
        queue.add(new TypeAt(reference.path(), reference.container(), 0));
        while (!queue.isEmpty()) {
            TypeAt type = queue.removeFirst();
            if (!seen.add(type.path() + '\u0000' + type.qualifiedName())) {
                continue;
            }
            keys.add(type.path() + '\u0000' + type.qualifiedName() + "." + name);
            if (type.depth() < MAX_SUPERTYPE_DEPTH) {
                for (Candidate supertype : lookup.supertypes(type.path(), type.qualifiedName())) {
                    queue.add(new TypeAt(supertype.path(), supertype.qualifiedName(), type.depth() + 1));
                }
            }
        }
        return keys;
    }
}
