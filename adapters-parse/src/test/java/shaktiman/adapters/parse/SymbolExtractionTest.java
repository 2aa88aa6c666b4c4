package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageRules.SymbolRule;
import shaktiman.core.index.symbols.ExtractedFile;
import shaktiman.core.index.symbols.ExtractedReference;
import shaktiman.core.index.symbols.ExtractedSymbol;
import shaktiman.core.index.symbols.ImportBinding;
import shaktiman.core.index.symbols.SymbolExtractor;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;

/**
 * Verifies symbol and reference extraction (IX-27…IX-29) on real trees of the shipped grammars: T-27, T-28, T-29, T-30,
 * T-31, T-33, T-16 and the owner part of T-25.
 */
class SymbolExtractionTest {

    private static Extractions extractions;

    @BeforeAll
    static void open() {
        extractions = new Extractions();
    }

    @AfterAll
    static void close() {
        extractions.close();
    }

    // T-27

    @Test
    void rustMod_declaresANamespaceAndQualifiesItsFunction() {
        ExtractedFile file = extractions.extract("src/lib.rs", "rust", "mod internal { pub fn validate() {} }\n");

        assertThat(file.symbols())
                .extracting(ExtractedSymbol::qualifiedName, ExtractedSymbol::kind)
                .containsExactly(
                        tuple("src/lib.rs", SymKind.FILE),
                        tuple("internal", SymKind.NAMESPACE),
                        tuple("internal.validate", SymKind.FUNCTION));
    }

    @Test
    void unmappableKind_dropsOnlyThatSymbolWithAWarnNamingFileLineAndNodeType() {
        LanguageRules rust = Extractions.TABLE.rules("rust");
        List<SymbolRule> injected = rust.symbols().stream()
                .map(rule -> rule.nodeType().equals("function_item")
                        ? new SymbolRule(
                                rule.nodeType(),
                                SymKind.FILE,
                                rule.name(),
                                null,
                                rule.tokens(),
                                rule.when(),
                                rule.notIn(),
                                rule.qualifier())
                        : rule)
                .toList();
        LanguageRules broken = new LanguageRules(
                rust.languageId(),
                rust.grammar(),
                rust.units(),
                injected,
                rust.containers(),
                rust.references(),
                rust.headers(),
                rust.comments(),
                rust.wrappers(),
                rust.modifiers(),
                rust.visibility());
        RecordingLogger log = new RecordingLogger();
        String text = "struct Point {}\n\nfn helper() { run(); }\n";

        ExtractedFile file = extractions.extract("src/a.rs", "rust", text, broken, new SymbolExtractor(log));

        assertThat(file.symbols()).extracting(ExtractedSymbol::qualifiedName).containsExactly("src/a.rs", "Point");
        assertThat(file.references()).extracting(ExtractedReference::target).containsExactly("run");
        assertThat(log.lines()).singleElement().satisfies(line -> {
            assertThat(line.level()).isEqualTo(Level.WARNING);
            assertThat(line.message()).contains("src/a.rs:3", "function_item");
        });
    }

    // T-28

    @Test
    void javaFixture_nestedClassMethodAndOverloadsHaveQualifiedNamesAndSignatures() {
        ExtractedFile file = extractions.fixture("java/src/main/java/com/example/UserService.java", "java");

        assertThat(file.symbols())
                .extracting(ExtractedSymbol::qualifiedName, ExtractedSymbol::kind, ExtractedSymbol::signature)
                .contains(
                        tuple("UserService.Cache.toString", SymKind.METHOD, "(): String"),
                        tuple("UserService.find", SymKind.METHOD, "(long id): User"),
                        tuple("UserService.find", SymKind.METHOD, "(String email): User"));
        assertThat(file.packageName()).isEqualTo("com.example");
    }

    @Test
    void pythonFixture_methodsAreMethodsQualifiedByTheirClass() {
        ExtractedFile file = extractions.fixture("py/service/user_service.py", "python");

        assertThat(symbol(file, "AdminService.__init__")).hasValueSatisfying(init -> {
            assertThat(init.kind()).isEqualTo(SymKind.METHOD);
            assertThat(init.signature()).isEqualTo("(self, repo, audit)");
        });
        assertThat(file.symbols())
                .filteredOn(symbol -> !symbol.containerPath().isEmpty())
                .extracting(ExtractedSymbol::kind)
                .containsOnly(SymKind.METHOD)
                .hasSize(5);
        assertThat(symbol(file, "validate_email")).map(ExtractedSymbol::kind).contains(SymKind.FUNCTION);
    }

    @Test
    void goFixture_receiverQualifiesTheMethodAndSignaturesKeepTheirTypes() {
        ExtractedFile file = extractions.fixture("go/server.go", "go");

        assertThat(symbol(file, "Server.Listen")).map(ExtractedSymbol::kind).contains(SymKind.METHOD);
        assertThat(symbol(file, "Server.Listen"))
                .map(ExtractedSymbol::containerPath)
                .contains(List.of("Server"));
        assertThat(symbol(file, "NewServer")).map(ExtractedSymbol::signature).contains("(st *Store): *Server");
        assertThat(file.packageName()).isEqualTo("main");
    }

    @Test
    void tsFixture_signatureDoesNotDoubleTheGrammarsColon() {
        ExtractedFile file = extractions.fixture("ts/src/auth/login.ts", "typescript");

        assertThat(symbol(file, "validateToken")).hasValueSatisfying(validate -> {
            assertThat(validate.signature()).isEqualTo("(token: string): boolean");
            assertThat(validate.visibility()).isEqualTo(Visibility.EXPORTED);
            assertThat(validate.isExported()).isTrue();
        });
    }

    @Test
    void rustImpl_qualifiesItsFunctionsByTheImplementedType() {
        ExtractedFile file = extractions.extract("rust.rs", "rust", Samples.forLanguage("rust"));

        assertThat(symbol(file, "Point.new")).hasValueSatisfying(created -> {
            assertThat(created.kind()).isEqualTo(SymKind.METHOD);
            assertThat(created.signature()).isEqualTo("(x: i32, y: i32): Self");
        });
    }

    @Test
    void symbolFields_linesHashAndFileSymbolFollowIx27AndIx28() {
        String text = "package a\n\nfunc A() {}\n";
        ExtractedFile file = extractions.extract("a.go", "go", text);

        assertThat(file.symbols().getFirst())
                .extracting(
                        ExtractedSymbol::name,
                        ExtractedSymbol::kind,
                        ExtractedSymbol::startLine,
                        ExtractedSymbol::endLine)
                .containsExactly("a.go", SymKind.FILE, 1, 3);
        assertThat(symbol(file, "A")).map(ExtractedSymbol::bodyHash).contains(sha256("func A() {}"));
    }

    // T-29

    @Test
    void visibility_followsEachLanguagesRule() {
        ExtractedFile java = extractions.extract(
                "V.java", "java", "class V {\n  public int x, y;\n  private static final String N = \"n\";\n}\n");
        ExtractedFile go = extractions.extract("v.go", "go", "package v\n\nfunc A() {}\n\nfunc b() {}\n");
        ExtractedFile rust = extractions.extract("v.rs", "rust", "pub(crate) fn c() {}\npub fn d() {}\n");
        ExtractedFile python = extractions.extract("v.py", "python", "_x = 1\ny = 2\n");
        ExtractedFile ts = extractions.extract("v.ts", "typescript", "export function e() {}\nfunction f() {}\n");

        assertThat(java.symbols())
                .extracting(ExtractedSymbol::qualifiedName, ExtractedSymbol::kind, ExtractedSymbol::visibility)
                .contains(
                        tuple("V.x", SymKind.VARIABLE, Visibility.PUBLIC),
                        tuple("V.y", SymKind.VARIABLE, Visibility.PUBLIC),
                        tuple("V.N", SymKind.CONSTANT, Visibility.PRIVATE));
        assertThat(visibilities(go)).containsExactly(tuple("A", Visibility.EXPORTED), tuple("b", Visibility.INTERNAL));
        assertThat(visibilities(rust)).containsExactly(tuple("c", Visibility.INTERNAL), tuple("d", Visibility.PUBLIC));
        assertThat(visibilities(python))
                .containsExactly(tuple("_x", Visibility.PRIVATE), tuple("y", Visibility.PUBLIC));
        assertThat(visibilities(ts)).containsExactly(tuple("e", Visibility.EXPORTED), tuple("f", Visibility.PUBLIC));
    }

    // T-30

    @Test
    void heritage_typeScriptExtendsAndImplements() {
        ExtractedFile file = extractions.extract("a.ts", "typescript", "class A extends B implements C {}\n");

        assertThat(references(file, "A"))
                .containsExactly(tuple(EdgeKind.INHERITS, "B"), tuple(EdgeKind.IMPLEMENTS, "C"));
    }

    @Test
    void heritage_javaGenericArgumentsAreTypeRefs() {
        ExtractedFile file = extractions.extract(
                "A.java", "java", "class A extends Cache<String, User> implements Serializable {}\n");

        assertThat(references(file, "A"))
                .containsExactly(
                        tuple(EdgeKind.INHERITS, "Cache"),
                        tuple(EdgeKind.TYPE_REF, "String"),
                        tuple(EdgeKind.TYPE_REF, "User"),
                        tuple(EdgeKind.IMPLEMENTS, "Serializable"));
    }

    @Test
    void heritage_pythonKeepsClassesAndSkipsTheMetaclass() {
        ExtractedFile file = extractions.extract("a.py", "python", "class A(B, mod.C, metaclass=M):\n    pass\n");

        assertThat(file.references())
                .extracting(ExtractedReference::kind, ExtractedReference::text, ExtractedReference::target)
                .containsExactly(tuple(EdgeKind.INHERITS, "B", "B"), tuple(EdgeKind.INHERITS, "mod.C", "C"));
    }

    @Test
    void heritage_rustTraitImplIsOwnedByTheImplementingType() {
        ExtractedFile file = extractions.extract(
                "a.rs", "rust", "struct Point {}\nimpl Display for Point {\n    fn fmt(&self) {}\n}\n");

        assertThat(references(file, "Point")).containsExactly(tuple(EdgeKind.IMPLEMENTS, "Display"));
    }

    @Test
    void heritage_kotlinCSharpPhpAndScalaEachGiveTheirBases() {
        ExtractedFile kotlin = extractions.extract("a.kt", "kotlin", "class A : B(), C\n");
        ExtractedFile csharp = extractions.extract("a.cs", "csharp", "class A : B, IC {}\n");
        ExtractedFile php = extractions.extract("a.php", "php", "<?php\nclass A extends B implements C {}\n");
        ExtractedFile scala = extractions.extract("a.scala", "scala", "class A extends B with C\n");

        assertThat(references(kotlin, "A"))
                .containsExactly(tuple(EdgeKind.INHERITS, "B"), tuple(EdgeKind.INHERITS, "C"));
        assertThat(references(csharp, "A"))
                .containsExactly(tuple(EdgeKind.INHERITS, "B"), tuple(EdgeKind.INHERITS, "IC"));
        assertThat(references(php, "A"))
                .containsExactly(tuple(EdgeKind.INHERITS, "B"), tuple(EdgeKind.IMPLEMENTS, "C"));
        assertThat(references(scala, "A"))
                .containsExactly(tuple(EdgeKind.INHERITS, "B"), tuple(EdgeKind.INHERITS, "C"));
    }

    // T-31

    @Test
    void imports_areOwnedByTheFileSymbolWithImportQualifiedNames() {
        ExtractedFile java = extractions.extract("A.java", "java", "import java.util.List;\nclass A {}\n");
        ExtractedFile go = extractions.extract("a.go", "go", "package a\n\nimport \"net/http\"\n");
        ExtractedFile rust = extractions.extract("a.rs", "rust", "use std::{io, fs};\n");
        ExtractedFile python = extractions.extract("a.py", "python", "from a.b import c\n");

        assertThat(importNames(java)).containsExactly("java.util.List");
        assertThat(importNames(go)).containsExactly("net/http");
        assertThat(importNames(rust)).containsExactly("std::io", "std::fs");
        assertThat(importNames(python)).containsExactly("a.b.c");
        assertThat(List.of(java, go, rust, python))
                .flatExtracting(ExtractedFile::references)
                .allSatisfy(reference -> assertThat(reference.ownerIndex()).isZero());
    }

    @Test
    void imports_insideAFunction_areStillOwnedByTheFileSymbol() {
        ExtractedFile file = extractions.extract("a.py", "python", "def f():\n    import os\n    os.getcwd()\n");

        assertThat(file.references())
                .extracting(ExtractedReference::kind, ExtractedReference::ownerIndex)
                .containsExactly(tuple(EdgeKind.IMPORTS, 0), tuple(EdgeKind.CALLS, 1));
    }

    @Test
    void imports_typeScriptNamedImportBindsTheNameToItsSpecifier() {
        ExtractedFile file = extractions.fixture("ts/src/auth/login.ts", "typescript");

        assertThat(file.imports().byLocalName("hashPassword")).hasValueSatisfying(binding -> {
            assertThat(binding.specifier()).isEqualTo("../utils/hash");
            assertThat(binding.importedName()).isEqualTo("hashPassword");
            assertThat(binding.scope()).isEqualTo(ImportBinding.Scope.MEMBER);
        });
        assertThat(file.references())
                .filteredOn(reference -> reference.kind() == EdgeKind.IMPORTS)
                .extracting(ExtractedReference::ownerIndex, ExtractedReference::importQualifiedName)
                .containsExactly(tuple(0, "crypto/createHmac"), tuple(0, "../utils/hash/hashPassword"));
    }

    @Test
    void calls_throughAnImportCarryTheImportQualifiedName() {
        ExtractedFile go = extractions.fixture("go/server.go", "go");
        ExtractedFile ts = extractions.fixture("ts/src/auth/login.ts", "typescript");

        assertThat(calls(go, "Server.Listen"))
                .extracting(ExtractedReference::text, ExtractedReference::importQualifiedName)
                .contains(tuple("s.routes", ""), tuple("http.ListenAndServe", "net/http.ListenAndServe"));
        assertThat(calls(ts, "validateToken"))
                .extracting(ExtractedReference::text, ExtractedReference::importQualifiedName)
                .contains(tuple("createHmac", "crypto/createHmac"));
    }

    // T-33 and T-25

    @Test
    void moduleLevelCall_beforeADef_isOwnedByTheFileSymbol() {
        ExtractedFile file = extractions.extract("m.py", "python", "setup()\n\n\ndef process():\n    return 1\n");

        assertThat(file.references()).singleElement().satisfies(call -> {
            assertThat(call.target()).isEqualTo("setup");
            assertThat(call.ownerIndex()).isZero();
        });
        assertThat(calls(file, "process")).isEmpty();
    }

    @Test
    void mainGuardCall_isOwnedByTheFileSymbolNotTheFunctionAbove() {
        ExtractedFile file = extractions.extract(
                "m.py", "python", "import os\n\ndef a():\n    return 1\n\nif __name__ == \"__main__\":\n    a()\n");

        assertThat(file.references())
                .filteredOn(reference -> reference.kind() == EdgeKind.CALLS)
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.line()).isEqualTo(7);
                    assertThat(file.symbols().get(call.ownerIndex()).kind()).isEqualTo(SymKind.FILE);
                });
    }

    // T-16

    @Test
    void erb_callInsideATagKeepsTheTemplatesLineAndIsOwnedByTheFile() {
        String template = "<html>\n<body>\n<h1>Users</h1>\n<p>\n  All users\n</p>\n<% @users.each do |u| %>\n"
                + "  <li><%= u.name %></li>\n<% end %>\n</body>\n</html>\n";

        ExtractedFile file = extractions.extract("app/views/users/index.html.erb", "erb", template);

        assertThat(file.references())
                .filteredOn(reference -> reference.target().equals("each"))
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.kind()).isEqualTo(EdgeKind.CALLS);
                    assertThat(call.text()).isEqualTo("@users.each");
                    assertThat(call.line()).isEqualTo(7);
                    assertThat(call.ownerIndex()).isZero();
                });
        assertThat(file.symbols()).extracting(ExtractedSymbol::kind).containsExactly(SymKind.FILE);
    }

    // IX-29 type_ref

    @Test
    void typeRefs_areDeduplicatedPerOwnerAndSkipPrimitivesAndTypeParameters() {
        ExtractedFile file = extractions.extract(
                "a.ts",
                "typescript",
                "function f<T>(a: User, b: User, c: string, d: T): Map<string, User> { return null; }\n");

        assertThat(file.references())
                .extracting(ExtractedReference::kind, ExtractedReference::target)
                .containsExactly(tuple(EdgeKind.TYPE_REF, "User"), tuple(EdgeKind.TYPE_REF, "Map"));
    }

    private static Optional<ExtractedSymbol> symbol(ExtractedFile file, String qualifiedName) {
        return file.symbols().stream()
                .filter(symbol -> symbol.qualifiedName().equals(qualifiedName))
                .findFirst();
    }

    private static List<Tuple> visibilities(ExtractedFile file) {
        return file.symbols().stream()
                .filter(symbol -> symbol.kind() != SymKind.FILE)
                .map(symbol -> tuple(symbol.qualifiedName(), symbol.visibility()))
                .toList();
    }

    private static List<Tuple> references(ExtractedFile file, String owner) {
        return file.references().stream()
                .filter(reference -> file.symbols()
                        .get(reference.ownerIndex())
                        .qualifiedName()
                        .equals(owner))
                .map(reference -> tuple(reference.kind(), reference.target()))
                .toList();
    }

    private static List<ExtractedReference> calls(ExtractedFile file, String owner) {
        return file.references().stream()
                .filter(reference -> reference.kind() == EdgeKind.CALLS)
                .filter(reference -> file.symbols()
                        .get(reference.ownerIndex())
                        .qualifiedName()
                        .equals(owner))
                .toList();
    }

    private static List<String> importNames(ExtractedFile file) {
        return file.references().stream()
                .filter(reference -> reference.kind() == EdgeKind.IMPORTS)
                .map(ExtractedReference::importQualifiedName)
                .toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
