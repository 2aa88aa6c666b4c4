package shaktiman.core.index.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.SymKind;

/** Verifies IX-31's module resolution per language against a fixed set of indexed files. */
class ModuleResolverTest {

    /** A lookup over fixed files, file texts and symbols. */
    private static CandidateLookup files(List<String> paths, Map<String, String> texts, List<Candidate> symbols) {
        return new CandidateLookup() {
            @Override
            public List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages) {
                return symbols.stream()
                        .filter(c -> c.qualifiedName().endsWith(name) && kinds.contains(c.kind()))
                        .toList();
            }

            @Override
            public boolean fileExists(String path) {
                return paths.contains(path);
            }

            @Override
            public List<String> filesIn(String directory) {
                return paths.stream()
                        .filter(path -> Paths.directory(path).equals(directory))
                        .sorted()
                        .toList();
            }

            @Override
            public Optional<String> fileText(String path) {
                return Optional.ofNullable(texts.get(path));
            }
        };
    }

    private static CandidateLookup files(String... paths) {
        return files(List.of(paths), Map.of(), List.of());
    }

    @Test
    void resolve_typescriptRelativeMember_probesExtensionsAndKeepsTheMember() {
        Optional<ModuleMatch> match = ModuleResolver.resolve(
                "ts/auth/login.ts", "typescript", "../utils/hash/hashPassword", files("ts/utils/hash.ts"));

        assertThat(match).contains(new ModuleMatch(List.of("ts/utils/hash.ts"), List.of("hashPassword")));
    }

    @Test
    void resolve_typescriptDirectory_probesItsIndexFile() {
        Optional<ModuleMatch> match =
                ModuleResolver.resolve("a/b.ts", "typescript", "./lib/x", files("a/lib/index.js"));

        assertThat(match).contains(new ModuleMatch(List.of("a/lib/index.js"), List.of("x")));
    }

    @Test
    void resolve_typescriptBareSpecifier_isExternal() {
        assertThat(ModuleResolver.resolve("a/b.ts", "typescript", "crypto/createHmac", files("crypto.ts")))
                .isEmpty();
    }

    @Test
    void resolve_pythonDottedModule_findsAPackageInitUnderSrc() {
        Optional<ModuleMatch> match =
                ModuleResolver.resolve("tests/t.py", "python", "app.models.User", files("src/app/models/__init__.py"));

        assertThat(match).contains(new ModuleMatch(List.of("src/app/models/__init__.py"), List.of("User")));
    }

    @Test
    void resolve_pythonParentRelativeImport_climbsOnePackage() {
        Optional<ModuleMatch> match =
                ModuleResolver.resolve("pkg/sub/m.py", "python", "..util.clean", files("pkg/util.py", "util.py"));

        assertThat(match).contains(new ModuleMatch(List.of("pkg/util.py"), List.of("clean")));
    }

    @Test
    void resolve_goImportUnderTheModulePath_findsThePackageDirectory() {
        CandidateLookup lookup = files(
                List.of("svc/go.mod", "svc/store/a.go", "svc/store/b.go", "svc/store/x_test.txt", "svc/cmd/main.go"),
                Map.of("svc/go.mod", "module example.com/app\n\ngo 1.22\n"),
                List.of());

        Optional<ModuleMatch> match =
                ModuleResolver.resolve("svc/cmd/main.go", "go", "example.com/app/store.ListUsers", lookup);

        assertThat(match).contains(new ModuleMatch(List.of("svc/store/a.go", "svc/store/b.go"), List.of("ListUsers")));
    }

    @Test
    void resolve_goStandardLibrary_isExternal() {
        CandidateLookup lookup = files(List.of("go.mod", "http/x.go"), Map.of("go.mod", "module app\n"), List.of());

        assertThat(ModuleResolver.resolve("main.go", "go", "net/http.ListenAndServe", lookup))
                .isEmpty();
    }

    @Test
    void resolve_javaQualifiedType_findsTheFileDeclaringItsPackage() {
        CandidateLookup lookup = files(
                List.of(),
                Map.of(),
                List.of(
                        new Candidate(1, "a/User.java", 1, SymKind.CLASS, "User", "com.a"),
                        new Candidate(2, "b/User.java", 1, SymKind.CLASS, "User", "com.b")));

        Optional<ModuleMatch> match = ModuleResolver.resolve("c/Main.java", "java", "com.b.User", lookup);

        assertThat(match).contains(new ModuleMatch(List.of("b/User.java"), List.of("User")));
    }

    @Test
    void resolve_rustSuperPath_findsTheSiblingModule() {
        Optional<ModuleMatch> match = ModuleResolver.resolve(
                "src/net/client.rs", "rust", "super::codec::encode", files("src/net/codec.rs", "src/codec.rs"));

        assertThat(match).contains(new ModuleMatch(List.of("src/net/codec.rs"), List.of("encode")));
    }

    @Test
    void resolve_rustStandardLibrary_isExternal() {
        assertThat(ModuleResolver.resolve("src/main.rs", "rust", "std::io", files("src/main.rs")))
                .isEmpty();
    }

    @Test
    void resolve_cQuotedInclude_isRelativeToTheIncludingFile() {
        Optional<ModuleMatch> match =
                ModuleResolver.resolve("lib/a/main.c", "c", "../util.h", files("lib/util.h", "util.h"));

        assertThat(match).contains(new ModuleMatch(List.of("lib/util.h"), List.of()));
    }

    @Test
    void resolve_rubyRequireRelative_addsTheExtension() {
        Optional<ModuleMatch> match =
                ModuleResolver.resolve("app/a.rb", "ruby", "models/user", files("app/models/user.rb"));

        assertThat(match).contains(new ModuleMatch(List.of("app/models/user.rb"), List.of()));
    }
}
