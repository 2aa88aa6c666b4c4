package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.ParsedFile;

/**
 * Verifies IX-30…IX-32 resolution on real SQLite with sources parsed by the real grammars: imports first, the tiers,
 * module resolution and language families (T-31, T-32, T-36, T-37).
 */
@Timeout(120)
class SqliteResolutionTest {
    private static final ParsedSources SOURCES = new ParsedSources();

    @TempDir
    Path dir;

    private StoreUnderTest subject;

    @BeforeEach
    void open() {
        subject = new StoreUnderTest(dir);
    }

    @AfterEach
    void close() {
        subject.close();
    }

    @AfterAll
    static void closeParser() {
        SOURCES.close();
    }

    /** Edges as {@code srcPath:srcQn -> dstPath:dstQn kind}. */
    private List<String> edges() {
        return subject.dump.lines("SELECT sf.path || ':' || s.qualified_name || ' -> ' || df.path || ':' ||"
                + " d.qualified_name || ' ' || e.kind FROM edges e JOIN symbols s ON s.id = e.src_symbol_id"
                + " JOIN files sf ON sf.id = s.file_id JOIN symbols d ON d.id = e.dst_symbol_id"
                + " JOIN files df ON df.id = d.file_id ORDER BY 1");
    }

    private List<String> edgesTo(String dstQualifiedName) {
        return subject.dump.lines("SELECT s.qualified_name || ' ' || e.kind FROM edges e"
                + " JOIN symbols s ON s.id = e.src_symbol_id JOIN symbols d ON d.id = e.dst_symbol_id"
                + " WHERE d.qualified_name = '" + dstQualifiedName + "' ORDER BY 1");
    }

    private List<String> pendingNamed(String dstName) {
        return subject.dump.pending().stream()
                .filter(row -> row.split(" ")[1].equals(dstName))
                .toList();
    }

    private static ParsedFile[] fixtures(String... paths) {
        ParsedFile[] files = new ParsedFile[paths.length];
        for (int i = 0; i < paths.length; i++) {
            files[i] = SOURCES.fixture(paths[i]);
        }
        return files;
    }

    // T-37

    @Test
    void apply_mcpFixture_callersOfValidateTokenIncludeAuthGuardRefreshTokenAndLogin() {
        subject.write(fixtures(
                "ts/src/auth/login.ts",
                "ts/src/auth/refresh.ts",
                "ts/src/auth/middleware.ts",
                "ts/src/utils/hash.ts",
                "ts/src/auth/login.test.ts"));

        assertThat(edgesTo("validateToken")).contains("authGuard calls", "refreshToken calls", "login calls");
    }

    @Test
    void apply_mcpFixture_createHmacHasAPendingImportRowAndAPendingCallRow() {
        subject.write(fixtures("ts/src/auth/login.ts", "ts/src/utils/hash.ts"));

        assertThat(pendingNamed("createHmac"))
                .containsExactlyInAnyOrder(
                        "ts/src/auth/login.ts createHmac imports external crypto/createHmac",
                        "validateToken createHmac calls external crypto/createHmac");
    }

    // T-31

    @Test
    void apply_typescriptImportOfAProjectFunction_isAnEdgeFromTheFileSymbolIntoItsFile() {
        subject.write(fixtures("ts/src/auth/login.ts", "ts/src/utils/hash.ts"));

        assertThat(edges())
                .contains(
                        "ts/src/auth/login.ts:ts/src/auth/login.ts -> ts/src/utils/hash.ts:hashPassword imports",
                        "ts/src/auth/login.ts:login -> ts/src/utils/hash.ts:hashPassword calls");
    }

    @Test
    void apply_importedFileIndexedLater_resolvesTheExternalRowsInThatCommit() {
        subject.write(fixtures("ts/src/auth/login.ts"));
        assertThat(pendingNamed("hashPassword")).isNotEmpty();

        subject.write(fixtures("ts/src/utils/hash.ts"));

        assertThat(pendingNamed("hashPassword")).isEmpty();
        assertThat(edgesTo("hashPassword")).containsExactly("login calls", "ts/src/auth/login.ts imports");
    }

    @Test
    void apply_libraryImports_arePendingExternalWithTheirImportQualifiedNames() {
        subject.write(
                SOURCES.file("j/A.java", "package j;\nimport java.util.List;\nclass A { List<String> x; }\n"),
                SOURCES.file(
                        "g/main.go",
                        "package main\n\nimport \"net/http\"\n\nfunc main() { http.ListenAndServe(\":1\", nil) }\n"),
                SOURCES.file("r/src/main.rs", "use std::{io, fs};\n\nfn main() {}\n"),
                SOURCES.file("p/m.py", "from a.b import c\n\ndef run():\n    c()\n"));

        assertThat(subject.dump.pending())
                .contains(
                        "j/A.java List imports external java.util.List",
                        "g/main.go http imports external net/http",
                        "r/src/main.rs io imports external std::io",
                        "r/src/main.rs fs imports external std::fs",
                        "p/m.py c imports external a.b.c",
                        "run c calls external a.b.c");
    }

    // T-32

    @Test
    void apply_selfCall_picksItsOwnClassesMethodOverOtherClassesAndFiles() {
        subject.write(
                SOURCES.file(
                        "a/model.py",
                        "class Model:\n    def save(self):\n        pass\n\n    def run(self):\n        self.save()\n\n\n"
                                + "class Other:\n    def save(self):\n        pass\n"),
                SOURCES.file("b/store.py", "def save():\n    pass\n"));

        assertThat(edges()).containsExactly("a/model.py:Model.run -> a/model.py:Model.save calls");
    }

    @Test
    void apply_selfCallOfAnInheritedMethod_resolvesThroughTheSupertype() {
        subject.write(fixtures("py/service/user_service.py"));

        assertThat(edgesTo("UserService.find_user")).containsExactly("AdminService.ban_user calls");
    }

    @Test
    void apply_selfCallOfAMethodInheritedFromAnotherFile_prefersTheSupertypeOverTheDirectory() {
        subject.write(
                SOURCES.file("svc/base.py", "class Base:\n    def find(self):\n        pass\n"),
                SOURCES.file("svc/helpers.py", "def find():\n    pass\n"),
                SOURCES.file(
                        "svc/admin.py",
                        "from svc.base import Base\n\n\nclass Admin(Base):\n    def ban(self):\n        self.find()\n"));

        assertThat(edges()).contains("svc/admin.py:Admin.ban -> svc/base.py:Base.find calls");
        assertThat(edges()).noneMatch(edge -> edge.contains("svc/helpers.py"));
    }

    @Test
    void apply_goFieldCall_resolvesIntoStoreGo() {
        subject.write(fixtures("go/main.go", "go/server.go", "go/store.go"));

        assertThat(edges())
                .contains(
                        "go/server.go:Server.handleListUsers -> go/store.go:Store.ListUsers calls",
                        "go/server.go:Server.Listen -> go/server.go:Server.routes calls");
    }

    @Test
    void apply_callThroughAnInterfaceField_givesAnEdgeToTheInterfaceAndTheImplementation() {
        subject.write(fixtures(
                "java/src/main/java/com/example/User.java",
                "java/src/main/java/com/example/UserRepository.java",
                "java/src/main/java/com/example/InMemoryUserRepository.java",
                "java/src/main/java/com/example/UserService.java"));

        assertThat(edgesTo("UserRepository.findById")).containsExactly("UserService.getUser calls");
        assertThat(edgesTo("InMemoryUserRepository.findById")).containsExactly("UserService.getUser calls");
    }

    @Test
    void apply_importedLibraryCall_staysExternalWhenTheProjectDefinesTheName() {
        ParsedFile impostor = SOURCES.file("other/h.go", "package other\n\nfunc ListenAndServe() {}\n");
        subject.write(impostor);

        subject.write(fixtures("go/server.go"));

        assertThat(edgesTo("ListenAndServe")).isEmpty();
        assertThat(pendingNamed("ListenAndServe"))
                .containsExactly("Server.Listen ListenAndServe calls external net/http.ListenAndServe");
    }

    @Test
    void apply_projectDefinesTheNameAfterTheLibraryCall_theRowStaysExternal() {
        subject.write(fixtures("go/server.go"));

        subject.write(SOURCES.file("other/h.go", "package other\n\nfunc ListenAndServe() {}\n"));

        assertThat(edgesTo("ListenAndServe")).isEmpty();
        assertThat(pendingNamed("ListenAndServe"))
                .containsExactly("Server.Listen ListenAndServe calls external net/http.ListenAndServe");
    }

    @Test
    void apply_fourCandidatesInTierFive_isPendingAmbiguous() {
        for (int i = 0; i < 4; i++) {
            subject.write(SOURCES.file("lib" + i + "/h.py", "def helper():\n    return " + i + "\n"));
        }

        subject.write(SOURCES.file("app/main.py", "def run():\n    helper()\n"));

        assertThat(pendingNamed("helper")).containsExactly("run helper calls ambiguous");
    }

    @Test
    void apply_goImportOfAProjectPackage_resolvesThroughGoMod() {
        subject.write(
                SOURCES.file("svc/go.mod", "module example.com/app\n\ngo 1.22\n"),
                SOURCES.file("svc/store/store.go", "package store\n\nfunc ListUsers() []string { return nil }\n"),
                SOURCES.file("other/x.go", "package other\n\nfunc ListUsers() []string { return nil }\n"),
                SOURCES.file(
                        "svc/cmd/main.go",
                        "package main\n\nimport \"example.com/app/store\"\n\nfunc main() { store.ListUsers() }\n"));

        assertThat(edges())
                .contains(
                        "svc/cmd/main.go:main -> svc/store/store.go:ListUsers calls",
                        "svc/cmd/main.go:svc/cmd/main.go -> svc/store/store.go:svc/store/store.go imports");
    }

    // T-36

    @Test
    void apply_javaCaller_neverResolvesToAPythonSymbol() {
        subject.write(
                SOURCES.file("py/h.py", "def helper():\n    pass\n"),
                SOURCES.file("j/A.java", "class A {\n    void run() { helper(); }\n}\n"));

        assertThat(edges()).isEmpty();
        assertThat(pendingNamed("helper")).containsExactly("A.run helper calls not_found");
    }

    @Test
    void apply_typescriptCaller_resolvesToAJavascriptSymbol() {
        subject.write(
                SOURCES.file("js/h.js", "function helper() {}\n"),
                SOURCES.file("ts/a.ts", "function run() { helper(); }\n"));

        assertThat(edges()).containsExactly("ts/a.ts:run -> js/h.js:helper calls");
    }

    // IX-31 module resolution

    @Test
    void apply_typescriptDirectoryImport_resolvesToItsIndexFile() {
        subject.write(
                SOURCES.file("src/util/index.ts", "export function slug(s: string) { return s; }\n"),
                SOURCES.file("src/slug.ts", "export function slug(s: string) { return s; }\n"),
                SOURCES.file(
                        "src/app/main.ts", "import { slug } from '../util';\nexport function go() { slug('x'); }\n"));

        assertThat(edgesTo("slug")).containsExactly("go calls", "src/app/main.ts imports");
        assertThat(edges()).allMatch(edge -> !edge.contains("src/slug.ts"));
    }

    @Test
    void apply_pythonRelativeImport_resolvesWithinThePackage() {
        subject.write(
                SOURCES.file("pkg/__init__.py", "\n"),
                SOURCES.file("pkg/util.py", "def clean(x):\n    return x\n"),
                SOURCES.file("other/util.py", "def clean(x):\n    return x\n"),
                SOURCES.file("pkg/main.py", "from .util import clean\n\ndef run():\n    clean(1)\n"));

        assertThat(edges()).contains("pkg/main.py:run -> pkg/util.py:clean calls");
        assertThat(edges()).noneMatch(edge -> edge.contains("other/util.py"));
    }

    @Test
    void apply_javaImportOfAProjectType_resolvesByPackage() {
        subject.write(
                SOURCES.file("a/com/x/User.java", "package com.x;\npublic class User {}\n"),
                SOURCES.file("b/com/y/User.java", "package com.y;\npublic class User {}\n"),
                SOURCES.file("c/Main.java", "package app;\nimport com.y.User;\nclass Main { User u; }\n"));

        assertThat(edges())
                .contains(
                        "c/Main.java:c/Main.java -> b/com/y/User.java:User imports",
                        "c/Main.java:Main -> b/com/y/User.java:User type_ref");
        assertThat(edges()).noneMatch(edge -> edge.contains("a/com/x"));
    }

    @Test
    void apply_rustCratePath_resolvesToTheModuleFile() {
        subject.write(
                SOURCES.file("r/src/util.rs", "pub fn helper() {}\n"),
                SOURCES.file("r/src/other.rs", "pub fn helper() {}\n"),
                SOURCES.file("r/src/main.rs", "use crate::util::helper;\n\nfn main() { helper(); }\n"));

        assertThat(edges()).contains("r/src/main.rs:main -> r/src/util.rs:helper calls");
    }

    @Test
    void apply_cInclude_resolvesRelativeToTheIncludingFile() {
        subject.write(
                SOURCES.file("c/lib/util.h", "int helper(void);\n"),
                SOURCES.file(
                        "c/lib/main.c", "#include \"util.h\"\n#include <stdio.h>\n\nint main(void) { return 0; }\n"));

        assertThat(edges()).contains("c/lib/main.c:c/lib/main.c -> c/lib/util.h:c/lib/util.h imports");
        assertThat(pendingNamed("stdio.h")).containsExactly("c/lib/main.c stdio.h imports external stdio.h");
    }
}
