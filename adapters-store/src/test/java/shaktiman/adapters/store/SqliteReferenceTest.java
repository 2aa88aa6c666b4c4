package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.testkit.TestFiles;

/**
 * Verifies edges and pending rows in SQLite (IX-30…IX-33, T-34, T-35, T-36) with hand-built references. The in-memory
 * fake resolves no references, so these tests are adapter-specific.
 */
@Timeout(60)
class SqliteReferenceTest {
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

    private static ParsedFile caller() {
        return TestFiles.file("a/a.go")
                .function("caller", "func caller() {\n\thelper()\n}")
                .calls("caller", "helper")
                .build();
    }

    private static ParsedFile target(long readAt, String name, String body) {
        return TestFiles.file("b/b.go")
                .readAt(readAt)
                .function(name, "func " + name + "() {\n\t" + body + "\n}")
                .build();
    }

    @Test
    void apply_callToAMissingName_storesANotFoundRow() {
        subject.write(caller());

        assertThat(subject.dump.pending()).containsExactly("caller helper calls not_found");
        assertThat(subject.dump.edges()).isEmpty();
    }

    @Test
    void apply_targetCreatedLater_resolvesThePendingRowInTheSameCommit() {
        subject.write(caller());

        subject.write(target(1_000, "helper", "return 1"));

        assertThat(subject.dump.edgeNames()).containsExactly("caller->helper calls");
        assertThat(subject.dump.pending()).isEmpty();
    }

    @Test
    void apply_callerAndTargetInOneBatch_resolveInEitherOrder() {
        subject.write(caller(), target(1_000, "helper", "return 1"));

        assertThat(subject.dump.edgeNames()).containsExactly("caller->helper calls");
        assertThat(subject.dump.pending()).isEmpty();
    }

    @Test
    void apply_bodyEditOfTheTarget_keepsTheEdgeId() {
        subject.write(caller(), target(1_000, "helper", "return 1"));
        List<String> edges = subject.dump.edges();

        subject.write(target(2_000, "helper", "return 2"));

        assertThat(subject.dump.edges()).isEqualTo(edges);
    }

    @Test
    void apply_targetRenamed_rependsTheEdge() {
        subject.write(caller(), target(1_000, "helper", "return 1"));

        subject.write(target(2_000, "helper2", "return 1"));

        assertThat(subject.dump.edges()).isEmpty();
        assertThat(subject.dump.pending()).containsExactly("caller helper calls not_found");
    }

    @Test
    void apply_targetRenamedBack_restoresTheEdge() {
        subject.write(caller(), target(1_000, "helper", "return 1"));
        subject.write(target(2_000, "helper2", "return 1"));

        subject.write(target(3_000, "helper", "return 1"));

        assertThat(subject.dump.edgeNames()).containsExactly("caller->helper calls");
        assertThat(subject.dump.pending()).isEmpty();
    }

    @Test
    void apply_targetFileDeleted_rependsTheEdge() {
        subject.write(caller(), target(1_000, "helper", "return 1"));

        subject.delete("b/b.go");

        assertThat(subject.dump.edges()).isEmpty();
        assertThat(subject.dump.pending()).containsExactly("caller helper calls not_found");
    }

    @Test
    void apply_targetFileRecreated_resolvesAgain() {
        subject.write(caller(), target(1_000, "helper", "return 1"));
        subject.delete("b/b.go");

        subject.write(target(3_000, "helper", "return 1"));

        assertThat(subject.dump.edgeNames()).containsExactly("caller->helper calls");
        assertThat(subject.dump.pending()).isEmpty();
    }

    @Test
    void apply_targetMovedToAnotherFileInOneBatch_keepsTheEdge() {
        subject.write(caller(), target(1_000, "helper", "return 1"));
        ParsedFile moved = TestFiles.file("c/c.go")
                .function("helper", "func helper() {\n\treturn 3\n}")
                .build();

        subject.apply(new IndexJob.Delete("b/b.go", DeleteCause.VANISHED, 5_000), new IndexJob.Upsert(moved));

        assertThat(subject.dump.lines("SELECT f.path FROM edges e JOIN symbols s ON s.id = e.dst_symbol_id"
                        + " JOIN files f ON f.id = s.file_id"))
                .containsExactly("c/c.go");
        assertThat(subject.dump.pending()).isEmpty();
    }

    @Test
    void apply_callerDeleted_removesItsEdgesAndPendingRows() {
        subject.write(caller(), target(1_000, "helper", "return 1"));

        subject.delete("a/a.go");

        assertThat(subject.dump.edges()).isEmpty();
        assertThat(subject.dump.pending()).isEmpty();
    }

    @Test
    void apply_sameNameInTheSameFileAndElsewhere_prefersTheSameFile() {
        ParsedFile local = TestFiles.file("x/x.go")
                .function("run", "func run() { save() }")
                .function("save", "func save() {}")
                .calls("run", "save")
                .build();
        ParsedFile elsewhere = TestFiles.file("y/y.go")
                .function("save", "func save() { other }")
                .build();

        subject.write(elsewhere, local);

        assertThat(subject.dump.lines("SELECT f.path FROM edges e JOIN symbols s ON s.id = e.dst_symbol_id"
                        + " JOIN files f ON f.id = s.file_id"))
                .containsExactly("x/x.go");
    }

    @Test
    void apply_fourCandidatesAnywhere_storesAnAmbiguousRow() {
        for (int i = 0; i < 4; i++) {
            subject.write(TestFiles.file("p" + i + "/h.go")
                    .function("helper", "func helper() { " + i + " }")
                    .build());
        }

        subject.write(caller());

        assertThat(subject.dump.pending()).containsExactly("caller helper calls ambiguous");
    }

    @Test
    void apply_threeCandidatesAnywhere_givesThreeEdges() {
        for (int i = 0; i < 3; i++) {
            subject.write(TestFiles.file("p" + i + "/h.go")
                    .function("helper", "func helper() { " + i + " }")
                    .build());
        }

        subject.write(caller());

        assertThat(subject.dump.edgeNames()).hasSize(3);
        assertThat(subject.dump.pending()).isEmpty();
    }

    @Test
    void apply_javaCaller_neverResolvesToAPythonSymbol() {
        subject.write(TestFiles.file("py/h.py")
                .function("helper", "def helper(): pass")
                .build());

        subject.write(TestFiles.file("j/A.java")
                .function("run", "void run() { helper(); }")
                .calls("run", "helper")
                .build());

        assertThat(subject.dump.edges()).isEmpty();
        assertThat(subject.dump.pending()).containsExactly("run helper calls not_found");
    }

    @Test
    void apply_typescriptCaller_resolvesToAJavascriptSymbol() {
        subject.write(TestFiles.file("js/h.js")
                .function("helper", "function helper() {}")
                .build());

        subject.write(TestFiles.file("ts/a.ts")
                .function("run", "function run() { helper(); }")
                .calls("run", "helper")
                .build());

        assertThat(subject.dump.edgeNames()).containsExactly("run->helper calls");
    }

    @Test
    void apply_importOfAnUnknownName_storesAnExternalRowWithTheImportName() {
        ParsedFile file = TestFiles.file("ts/login.ts")
                .function("login", "function login() {}")
                .imports("createHmac", "crypto/createHmac")
                .build();

        subject.write(file);

        assertThat(subject.dump.pending()).containsExactly("ts/login.ts createHmac imports external crypto/createHmac");
    }

    @Test
    void apply_importOfAProjectName_isAnEdgeFromTheFileSymbol() {
        subject.write(TestFiles.file("ts/utils/hash.ts")
                .function("hashPassword", "function hashPassword() {}")
                .build());

        subject.write(TestFiles.file("ts/auth/login.ts")
                .function("login", "function login() {}")
                .imports("hashPassword", "../utils/hash/hashPassword")
                .build());

        assertThat(subject.dump.edgeNames()).containsExactly("ts/auth/login.ts->hashPassword imports");
    }

    @Test
    void apply_twoCallsToTheSameTarget_giveOneEdgeAtTheFirstLine() {
        subject.write(target(1_000, "helper", "return 1"));
        ParsedFile twice = TestFiles.file("a/a.go")
                .function("caller", "func caller() {\n\thelper()\n\thelper()\n}")
                .reference("caller", shaktiman.core.model.EdgeKind.CALLS, "helper", "helper", "")
                .reference("caller", shaktiman.core.model.EdgeKind.CALLS, "x.helper", "helper", "")
                .build();

        subject.write(twice);

        assertThat(subject.dump.edges()).hasSize(1);
    }
}
