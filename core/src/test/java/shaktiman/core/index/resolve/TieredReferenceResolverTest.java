package shaktiman.core.index.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;

/** Verifies the resolver's import rule, tiers, limits and reasons (IX-30). */
class TieredReferenceResolverTest {
    private final TieredReferenceResolver resolver = new TieredReferenceResolver();

    private static ReferenceQuery call(String path, String language, String target) {
        return ReferenceQuery.ofFile(path, language, EdgeKind.CALLS, target, target, "");
    }

    /** A lookup over fixed candidates that filters by kind and records the languages it was asked for. */
    private static CandidateLookup over(List<Candidate> candidates, Set<String> seenLanguages) {
        return new CandidateLookup() {
            @Override
            public List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages) {
                seenLanguages.addAll(languages);
                return candidates.stream().filter(c -> kinds.contains(c.kind())).toList();
            }
        };
    }

    private static Candidate function(long id, String path) {
        return new Candidate(id, path, 1, SymKind.FUNCTION, "helper");
    }

    @Test
    void resolve_candidateInTheSameFile_winsOverOthers() {
        List<Candidate> all = List.of(function(1, "a/x.go"), function(2, "b/y.go"), function(3, "a/z.go"));

        Resolution resolution = resolver.resolve(call("a/x.go", "go", "helper"), over(all, new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Edges(List.of(function(1, "a/x.go"))));
    }

    @Test
    void resolve_candidateInTheSameDirectory_winsOverElsewhere() {
        List<Candidate> all = List.of(function(2, "b/y.go"), function(3, "a/z.go"));

        Resolution resolution = resolver.resolve(call("a/x.go", "go", "helper"), over(all, new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Edges(List.of(function(3, "a/z.go"))));
    }

    @Test
    void resolve_fourCandidatesInOneTier_isAmbiguous() {
        List<Candidate> all =
                List.of(function(1, "p/a.go"), function(2, "q/a.go"), function(3, "r/a.go"), function(4, "s/a.go"));

        Resolution resolution = resolver.resolve(call("x/x.go", "go", "helper"), over(all, new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Pending(PendingReason.AMBIGUOUS, ""));
    }

    @Test
    void resolve_noCandidate_isNotFound() {
        Resolution resolution = resolver.resolve(call("x/x.go", "go", "helper"), over(List.of(), new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Pending(PendingReason.NOT_FOUND, ""));
    }

    @Test
    void resolve_importWithNoCandidate_isExternalWithItsImportName() {
        ReferenceQuery reference = ReferenceQuery.ofFile(
                "ts/a.ts", "typescript", EdgeKind.IMPORTS, "createHmac", "createHmac", "crypto/createHmac");

        Resolution resolution = resolver.resolve(reference, over(List.of(), new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Pending(PendingReason.EXTERNAL, "crypto/createHmac"));
    }

    @Test
    void resolve_asksOnlyForTheSourcesLanguageFamily() {
        Set<String> asked = new HashSet<>();

        resolver.resolve(call("a.tsx", "tsx", "helper"), over(List.of(), asked));

        assertThat(asked).containsExactlyInAnyOrder("typescript", "tsx", "javascript");
    }

    private static ReferenceQuery ownedBy(
            String path, String owner, SymKind ownerKind, String text, String target, Set<String> imported) {
        return new ReferenceQuery(
                path,
                "python",
                "",
                owner,
                ownerKind,
                EdgeKind.CALLS,
                text,
                target,
                ReferenceQuery.qualifierOf(text, target),
                "",
                imported);
    }

    private static Candidate method(long id, String path, String qualifiedName) {
        return new Candidate(id, path, 1, SymKind.METHOD, qualifiedName);
    }

    @Test
    void resolve_selfReceiver_picksTheOwnContainersMemberOverTheFilesOthers() {
        List<Candidate> all = List.of(method(1, "a.py", "A.save"), method(2, "a.py", "B.save"));

        Resolution resolution = resolver.resolve(
                ownedBy("a.py", "A.run", SymKind.METHOD, "self.save", "save", Set.of()), over(all, new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Edges(List.of(method(1, "a.py", "A.save"))));
    }

    @Test
    void resolve_otherReceiver_skipsTierOne() {
        List<Candidate> all = List.of(method(1, "a.py", "A.save"), method(2, "a.py", "B.save"));

        Resolution resolution = resolver.resolve(
                ownedBy("a.py", "A.run", SymKind.METHOD, "other.save", "save", Set.of()), over(all, new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Edges(all));
    }

    @Test
    void resolve_importedModule_winsOverTheRestOfTheProject() {
        List<Candidate> all = List.of(function(1, "lib/x.py"), function(2, "mod/y.py"));

        Resolution resolution = resolver.resolve(
                ownedBy("app/m.py", "run", SymKind.FUNCTION, "helper", "helper", Set.of("mod/y.py")),
                over(all, new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Edges(List.of(function(2, "mod/y.py"))));
    }

    @Test
    void resolve_callThroughAnExternalImport_isExternalEvenWithAProjectCandidate() {
        ReferenceQuery reference = ReferenceQuery.ofFile(
                "go/s.go", "go", EdgeKind.CALLS, "http.ListenAndServe", "ListenAndServe", "net/http.ListenAndServe");

        Resolution resolution = resolver.resolve(reference, over(List.of(function(1, "go/s.go")), new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Pending(PendingReason.EXTERNAL, "net/http.ListenAndServe"));
    }

    @Test
    void resolve_threeCandidatesInOneTier_giveAnEdgeEachInPathOrder() {
        List<Candidate> all = List.of(function(3, "r/a.go"), function(1, "p/a.go"), function(2, "q/a.go"));

        Resolution resolution = resolver.resolve(call("x/x.go", "go", "helper"), over(all, new HashSet<>()));

        assertThat(resolution)
                .isEqualTo(new Resolution.Edges(
                        List.of(function(1, "p/a.go"), function(2, "q/a.go"), function(3, "r/a.go"))));
    }

    /** {@link #over} where {@code B} in {@code a.py} inherits {@code A} in the same file. */
    private static CandidateLookup withBExtendingA(List<Candidate> candidates) {
        CandidateLookup plain = over(candidates, new HashSet<>());
        return new CandidateLookup() {
            @Override
            public List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages) {
                return plain.symbolsNamed(name, kinds, languages);
            }

            @Override
            public List<Candidate> supertypes(String path, String containerQualifiedName) {
                return containerQualifiedName.equals("B")
                        ? List.of(new Candidate(9, "a.py", 1, SymKind.CLASS, "A"))
                        : List.of();
            }
        };
    }

    @Test
    void resolve_pythonSuperCall_picksTheSupertypesMemberNotTheCallersOwn() {
        List<Candidate> all = List.of(method(1, "a.py", "A.__init__"), method(2, "a.py", "B.__init__"));

        Resolution resolution = resolver.resolve(
                ownedBy("a.py", "B.__init__", SymKind.METHOD, "super().__init__", "__init__", Set.of()),
                withBExtendingA(all));

        assertThat(resolution).isEqualTo(new Resolution.Edges(List.of(method(1, "a.py", "A.__init__"))));
    }

    @Test
    void resolve_superReceiver_picksTheSupertypesMemberNotTheCallersOwn() {
        List<Candidate> all = List.of(method(1, "a.py", "A.save"), method(2, "a.py", "B.save"));

        Resolution resolution = resolver.resolve(
                ownedBy("a.py", "B.save", SymKind.METHOD, "super.save", "save", Set.of()), withBExtendingA(all));

        assertThat(resolution).isEqualTo(new Resolution.Edges(List.of(method(1, "a.py", "A.save"))));
    }

    @Test
    void resolve_constructorCallOfAClassWithoutConstructor_pointsAtTheClass() {
        Candidate type = new Candidate(1, "ts/s.ts", 1, SymKind.CLASS, "SessionStore");

        Resolution resolution =
                resolver.resolve(call("ts/s.ts", "typescript", "SessionStore"), over(List.of(type), new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Edges(List.of(type)));
    }

    @Test
    void resolve_constructorCallOfAClassWithAConstructor_pointsAtTheConstructorOnly() {
        Candidate type = new Candidate(1, "j/A.java", 3, SymKind.CLASS, "A");
        Candidate constructor = new Candidate(2, "j/A.java", 5, SymKind.METHOD, "A.A");

        Resolution resolution =
                resolver.resolve(call("j/B.java", "java", "A"), over(List.of(type, constructor), new HashSet<>()));

        assertThat(resolution).isEqualTo(new Resolution.Edges(List.of(constructor)));
    }

    @Test
    void fittingKinds_ofHeritage_areTypesOnly() {
        assertThat(TieredReferenceResolver.fittingKinds(EdgeKind.INHERITS))
                .containsExactlyInAnyOrder(SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE);
    }

    @Test
    void languageFamily_ofErb_isRuby() {
        assertThat(LanguageFamily.of("erb")).isEqualTo("ruby");
        assertThat(LanguageFamily.of("python")).isEqualTo("python");
    }
}
